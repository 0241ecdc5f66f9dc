// The word lists of the promise rules (rules/promises/data/*.txt), each read and compiled once per
// process, when a draft first needs it.
import { loadWordList, normalizeWord, type Language } from "../../src/rule-api.js";
import { compilePattern, type PhrasePattern } from "./phrase-matcher.js";

export interface PromiseLexicon {
  vagueTime: Record<Language, PhrasePattern[]>;
  /** Times chrono-node does not read but that pin a promise down ("later in the day", "noch heute"). */
  concreteTime: Record<Language, PhrasePattern[]>;
  thirdParty: Record<Language, PhrasePattern[]>;
  /** Infinitives that after "I will" state a feeling or a need, not a promise. */
  noncommittalVerbsEn: Set<string>;
  /** Infinitives that after "wir werden" state a wait or a state ("wir werden sehen"). */
  noncommittalVerbsDe: Set<string>;
  /** Words that put a German sentence in the past. */
  pastMarkersDe: Set<string>;
  /** German verb forms of things the reader waits for ("schicke", "schickt", "zuschicken"). */
  actionFormsDe: Set<string>;
  /** Finite forms of the stems of separable action verbs, with their particles ("spielt" -> "ein"). */
  separableDe: Map<string, Set<string>>;
  /** English base forms of things the reader waits for ("send", "ship"). */
  actionVerbsEn: Set<string>;
  /** Nouns (word endings) for people and teams acting for the sender. */
  senderRolesDe: RoleNouns;
  senderRolesEn: RoleNouns;
  /** Nouns (word endings) for parties outside the sender's side. */
  thirdPartyNouns: RoleNouns;
  hedges: Record<Language, PhrasePattern[]>;
  courtesy: Record<Language, PhrasePattern[]>;
  /** Single report verbs ("bestätigt", "informed") and the patterns with gaps ("gibt … an"). */
  reportVerbs: Record<Language, Set<string>>;
  reportPatterns: Record<Language, PhrasePattern[]>;
  refersBack: Record<Language, PhrasePattern[]>;
  /** The words a refersBack pattern can start with: a sentence without one cannot refer back. */
  refersBackFirstWords: Record<Language, Set<string>>;
  policyDe: PhrasePattern[];
  /** "auf Wunsch", "on request", "anbei", "attached": an offer or a delivery made now. */
  offerMarkers: Record<Language, PhrasePattern[]>;
}

/** Role nouns, looked up by a word's endings (every clause asks, so no scan of the list per word). */
export interface RoleNouns {
  words: Set<string>;
  shortest: number;
  longest: number;
  /** Starts of compounds that name the same kind ("partner-": Partnerwerkstatt, Partnerfirma). */
  prefixes: string[];
}

/** Role nouns, one a line; a line ending in "-" is the start of compounds ("partner-"). */
function roleNouns(lines: string[]): RoleNouns {
  const words = lines.filter((w) => !w.endsWith("-"));
  const lengths = words.map((w) => w.length);
  return { words: new Set(words), shortest: Math.min(...lengths), longest: Math.max(...lengths), prefixes: lines.filter((w) => w.endsWith("-")).map((w) => w.slice(0, -1)) };
}

/** The finite forms of a German infinitive from the action list (regular conjugation). */
function germanForms(infinitive: string): string[] {
  const stem = infinitive.endsWith("en") ? infinitive.slice(0, -2) : infinitive.endsWith("n") ? infinitive.slice(0, -1) : "";
  if (!stem) return [infinitive];
  return [infinitive, stem + "e", stem + "st", stem + "t", stem + "et", stem + "est"];
}

const PARTICLES_DE = ["zurück", "vorbei", "weiter", "zusammen", "nach", "wieder", "durch", "auf", "aus", "ein", "mit", "vor", "weg", "her", "hin", "ab", "an", "bei", "zu", "um", "los", "fest", "frei"];

/** Stem forms of separable action verbs ("einspielen": spiele, spielt, ... -> ein), for verb-second clauses. */
function separableForms(infinitives: string[]): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const infinitive of infinitives) {
    const particle = PARTICLES_DE.find((p) => infinitive.startsWith(p) && infinitive.length > p.length + 3);
    if (!particle) continue;
    for (const form of germanForms(infinitive.slice(particle.length))) {
      if (!forms.has(form)) forms.set(form, new Set());
      forms.get(form)!.add(particle);
    }
  }
  return forms;
}

function list(name: string): string[] {
  return loadWordList(new URL(`./data/${name}`, import.meta.url));
}

function patterns(name: string): PhrasePattern[] {
  return list(name).map(compilePattern);
}

/** The words the patterns start with (patterns that start with a number or a gap add none). */
function firstWords(list: PhrasePattern[]): Set<string> {
  const words = new Set<string>();
  for (const p of list) if (p.steps[0]?.kind === "words") for (const w of p.steps[0].words) words.add(w);
  return words;
}

/** A value made the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/** An object whose every field is made the first time it is read. */
function lazily<T extends object>(makers: { [K in keyof T]: () => T[K] }): T {
  const object = {} as T;
  for (const key of Object.keys(makers) as (keyof T)[]) Object.defineProperty(object, key, { get: once(makers[key]), enumerable: true });
  return object;
}

/** One value per language, each made the first time a draft in that language asks for it. */
function byLanguage<T>(make: (language: Language) => T): Record<Language, T> {
  return lazily({ de: () => make("de"), en: () => make("en") });
}

// Every list is read and compiled the first time a rule asks for it: an English draft needs none
// of the German lists (the German verb forms alone are ~800 words), and a draft with no candidate
// sentence none at all. Reading them all was 3-5 ms of a one-draft run.
function load(): PromiseLexicon {
  const reports = byLanguage((language) => list(`third-party-reports-${language}.txt`));
  const actionVerbsDe = once(() => list("action-verbs-de.txt").map(normalizeWord));
  const lexicon: PromiseLexicon = lazily<PromiseLexicon>({
    vagueTime: () => byLanguage((language) => patterns(`vague-time-${language}.txt`)),
    concreteTime: () => byLanguage((language) => patterns(`concrete-time-${language}.txt`)),
    thirdParty: () => byLanguage((language) => patterns(`third-party-${language}.txt`)),
    noncommittalVerbsEn: () => new Set(list("noncommittal-verbs-en.txt")),
    noncommittalVerbsDe: () => new Set(list("noncommittal-verbs-de.txt").map(normalizeWord)),
    pastMarkersDe: () => new Set(list("past-markers-de.txt").map(normalizeWord)),
    actionFormsDe: () => new Set(actionVerbsDe().flatMap(germanForms)),
    separableDe: () => separableForms(actionVerbsDe()),
    actionVerbsEn: () => new Set(list("action-verbs-en.txt").map(normalizeWord)),
    senderRolesDe: () => roleNouns(list("sender-roles-de.txt").map(normalizeWord)),
    senderRolesEn: () => roleNouns(list("sender-roles-en.txt").map(normalizeWord)),
    thirdPartyNouns: () => roleNouns(list("third-party-nouns.txt").map(normalizeWord)),
    hedges: () => byLanguage((language) => patterns(`hedges-${language}.txt`)),
    courtesy: () => byLanguage((language) => patterns(`courtesy-${language}.txt`)),
    reportVerbs: () => byLanguage((language) => new Set(reports[language].filter((w) => !w.includes(" ")).map(normalizeWord))),
    reportPatterns: () => byLanguage((language) => reports[language].filter((w) => w.includes(" ")).map(compilePattern)),
    refersBack: () => byLanguage((language) => patterns(`refers-back-${language}.txt`)),
    refersBackFirstWords: () => byLanguage((language) => firstWords(lexicon.refersBack[language])),
    policyDe: () => patterns("policy-de.txt"),
    offerMarkers: () => byLanguage((language) => patterns(`offer-markers-${language}.txt`)),
  });
  return lexicon;
}

let cached: PromiseLexicon | undefined;

/** The promise rules' word lists, read and compiled on first use. */
export function promiseLexicon(): PromiseLexicon {
  cached ??= load();
  return cached;
}
