// Every built-in rule, by category (rules/<category>/index.ts). Each rule file is written only
// against the public rule API (the context and src/rule-api.ts, both exported by the package),
// exactly as a third-party plugin's rule would be.
import type { Rule } from "../src/rule-api.js";
import { toneRules } from "./tone/index.js";
import { leaksRules } from "./leaks/index.js";
import { promisesRules } from "./promises/index.js";
import { hygieneRules } from "./hygiene/index.js";

export const builtinRules: readonly Rule[] = [...toneRules, ...leaksRules, ...promisesRules, ...hygieneRules];
