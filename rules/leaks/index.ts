// The built-in leaks rules, in the order --list-rules shows them.
import type { Rule } from "../../src/rule-api.js";
import internalRecipients from "./internal-recipients.js";
import internalContent from "./internal-content.js";

export const leaksRules: Rule[] = [internalRecipients, internalContent];
