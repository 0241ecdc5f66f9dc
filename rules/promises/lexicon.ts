// The word lists of the promise rules (rules/promises/data/*.txt), read and compiled once per
// process, on the first draft that needs them.
import { loadWordList, normalizeWord, type Language } from "../../src/rule-api.js";
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

function list(name: string): string[] {
  return loadWordList(new URL(`./data/${name}`, import.meta.url));
}

function patterns(name: string): PhrasePattern[] {
  return list(name).map(compilePattern);
}

function load(): PromiseLexicon {
  return {
    commitmentCuesDe: patterns("commitment-cues-de.txt"),
    vagueTime: { de: patterns("vague-time-de.txt"), en: patterns("vague-time-en.txt") },
    concreteTime: { de: patterns("concrete-time-de.txt"), en: patterns("concrete-time-en.txt") },
    thirdParty: { de: patterns("third-party-de.txt"), en: patterns("third-party-en.txt") },
    appointment: { de: patterns("appointment-de.txt"), en: patterns("appointment-en.txt") },
    noncommittalVerbsEn: new Set(list("noncommittal-verbs-en.txt")),
    noncommittalVerbsDe: new Set(list("noncommittal-verbs-de.txt").map(normalizeWord)),
    pastMarkersDe: new Set(list("past-markers-de.txt").map(normalizeWord)),
  };
}

let cached: PromiseLexicon | undefined;

/** The promise rules' word lists, read and compiled on first use. */
export function promiseLexicon(): PromiseLexicon {
  cached ??= load();
  return cached;
}
