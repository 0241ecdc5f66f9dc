// The word lists of the promise rules (rules/data/promises-*.txt), read and compiled once per
// process, on the first draft that needs them.
import type { Language } from "../../src/types.js";
import { normalizeWord } from "../../src/text/normalize.js";
import { loadList } from "../shared/data-files.js";
import { compilePattern, type PhrasePattern } from "./phrase-matcher.js";

export interface PromiseLexicon {
  /** German commitment cues ("wir rufen … an"); English goes through compromise instead. */
  commitmentCuesDe: PhrasePattern[];
  vagueTime: Record<Language, PhrasePattern[]>;
  /** Times chrono-node does not read but that pin a promise down ("later in the day", "noch heute"). */
  concreteTime: Record<Language, PhrasePattern[]>;
  thirdParty: Record<Language, PhrasePattern[]>;
  appointment: Record<Language, PhrasePattern[]>;
  /** Infinitives that after "I will" state a feeling or a need, not a promise. */
  noncommittalVerbsEn: Set<string>;
  /** Infinitives that after "wir werden" state a wait or a state ("wir werden sehen"). */
  noncommittalVerbsDe: Set<string>;
  /** Words that put a German sentence in the past. */
  pastMarkersDe: Set<string>;
}

function patterns(name: string): PhrasePattern[] {
  return loadList(name).map(compilePattern);
}

function load(): PromiseLexicon {
  return {
    commitmentCuesDe: patterns("promises-commitment-cues-de.txt"),
    vagueTime: { de: patterns("promises-vague-time-de.txt"), en: patterns("promises-vague-time-en.txt") },
    concreteTime: { de: patterns("promises-concrete-time-de.txt"), en: patterns("promises-concrete-time-en.txt") },
    thirdParty: { de: patterns("promises-third-party-de.txt"), en: patterns("promises-third-party-en.txt") },
    appointment: { de: patterns("promises-appointment-de.txt"), en: patterns("promises-appointment-en.txt") },
    noncommittalVerbsEn: new Set(loadList("promises-noncommittal-verbs-en.txt")),
    noncommittalVerbsDe: new Set(loadList("promises-noncommittal-verbs-de.txt").map(normalizeWord)),
    pastMarkersDe: new Set(loadList("promises-past-markers-de.txt").map(normalizeWord)),
  };
}

let cached: PromiseLexicon | undefined;

/** The promise rules' word lists, read and compiled on first use. */
export function promiseLexicon(): PromiseLexicon {
  cached ??= load();
  return cached;
}
