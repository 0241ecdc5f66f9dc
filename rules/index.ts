// Every built-in rule. Each rule file is written only against the public rule API
// (src/types.ts), exactly as a third-party plugin's rule would be.
import type { Rule } from "../src/types.js";
import { toneRules } from "./tone/index.js";
import { leaksRules } from "./leaks/index.js";
import { promisesRules } from "./promises/index.js";
import { hygieneRules } from "./hygiene/index.js";

export const builtinRules: readonly Rule[] = [...toneRules, ...leaksRules, ...promisesRules, ...hygieneRules];
