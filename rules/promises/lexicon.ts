// The word lists of the promise rules (rules/data/promises-*.txt), read and compiled once per
// process, on the first draft that needs them.
import type { Language } from "../../src/types.js";
import { normalizeWord } from "../../src/text/normalize.js";
import { loadList } from "../data-files.js";
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

async function load(): Promise<PromiseLexicon> {
  const [cuesDe, vagueDe, vagueEn, concreteDe, concreteEn, thirdDe, thirdEn, apptDe, apptEn, noncommittalEn, noncommittalDe, pastDe] = await Promise.all([
    patterns("promises-commitment-cues-de.txt"),
    patterns("promises-vague-time-de.txt"),
    patterns("promises-vague-time-en.txt"),
    patterns("promises-concrete-time-de.txt"),
    patterns("promises-concrete-time-en.txt"),
    patterns("promises-third-party-de.txt"),
    patterns("promises-third-party-en.txt"),
    patterns("promises-appointment-de.txt"),
    patterns("promises-appointment-en.txt"),
    loadList("promises-noncommittal-verbs-en.txt"),
    loadList("promises-noncommittal-verbs-de.txt"),
    loadList("promises-past-markers-de.txt"),
  ]);
  return {
    commitmentCuesDe: cuesDe,
    vagueTime: { de: vagueDe, en: vagueEn },
    concreteTime: { de: concreteDe, en: concreteEn },
    thirdParty: { de: thirdDe, en: thirdEn },
    appointment: { de: apptDe, en: apptEn },
    noncommittalVerbsEn: new Set(noncommittalEn),
    noncommittalVerbsDe: new Set(noncommittalDe.map(normalizeWord)),
    pastMarkersDe: new Set(pastDe.map(normalizeWord)),
  };
}

let cached: Promise<PromiseLexicon> | undefined;

export function promiseLexicon(): Promise<PromiseLexicon> {
  cached ??= load();
  return cached;
}
