// The built-in tone rules, in the order --list-rules shows them.
import type { Rule } from "../src/types.js";

export const toneRules: Rule[] = [];
