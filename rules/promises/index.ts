// The built-in promises rules, in the order --list-rules shows them.
import type { Rule } from "../../src/rule-api.js";
import unconfirmedPromise from "./unconfirmed-promise.js";
import ambiguousDate from "./ambiguous-date.js";

export const promisesRules: Rule[] = [unconfirmedPromise, ambiguousDate];
