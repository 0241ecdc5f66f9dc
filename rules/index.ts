// Every built-in rule. Each rule file is written only against the public rule API
// (src/types.ts), exactly as a third-party plugin's rule would be.
import type { Rule } from "../src/types.js";
import { toneRules } from "./tone.js";
import { leaksRules } from "./leaks.js";
import { promisesRules } from "./promises.js";
import { hygieneRules } from "./hygiene.js";

export const builtinRules: readonly Rule[] = [...toneRules, ...leaksRules, ...promisesRules, ...hygieneRules];
