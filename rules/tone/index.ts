// The built-in tone rules, in the order --list-rules shows them.
import type { Rule } from "../../src/rule-api.js";
import noInsult from "./no-insult.js";
import noProfanity from "./no-profanity.js";
import noShouting from "./no-shouting.js";
import noCondescension from "./no-condescension.js";

export const toneRules: Rule[] = [noInsult, noProfanity, noShouting, noCondescension];
