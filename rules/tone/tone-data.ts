// Loads the tone word lists (rules/tone/data/*.txt) and compiles them, once, into one lexicon.
// The lists reach the rules in one form, a pack (rules/tone/tone-pack.ts): made from the list
// files at build time for the bundled CLI (scripts/bundle.mjs, so that a start neither parses
// the files nor makes all their entries), and from the same files on first use when the sources
// run (vitest, tsx, tsc's dist/). Tests and the CLI read the lists through the same code.
import {
  compileLexicon,
  lexiconKey,
  lexiconOf,
  loadWordList,
  parseLexicon,
  readWordListFile,
  userEntries,
  type Language,
  type Lexicon,
  type LexiconEntry,
} from "../../src/rule-api.js";
import { PackedEntries, packLists, type ListSource } from "./tone-pack.js";

export type ToneKind = "insult" | "profanity" | "condescension";

const KINDS: readonly ToneKind[] = ["insult", "profanity", "condescension"];
const LANGUAGES: readonly Language[] = ["de", "en"];

// Defined by scripts/bundle.mjs as packToneEntries() of the lists at build time.
declare const MAIL_LINT_BUILT_TONE_ENTRIES: string | undefined;

let packed: PackedEntries | undefined;
function toneLists(): PackedEntries {
  packed ??= new PackedEntries(typeof MAIL_LINT_BUILT_TONE_ENTRIES === "string" ? MAIL_LINT_BUILT_TONE_ENTRIES : packToneEntries());
  return packed;
}

/** Every entry of every tone list. */
export function toneEntries(): LexiconEntry[] {
  return toneLists().all();
}

function list(name: string): URL {
  return new URL(`./data/${name}`, import.meta.url);
}

/** The list files as written, in the order their entries are matched. */
export function readToneLists(): ListSource[] {
  return KINDS.flatMap((kind) => LANGUAGES.map((language) => ({ kind, language, text: readWordListFile(list(`${kind}-${language}.txt`)) })));
}

/** The lists as a pack (JSON); scripts/bundle.mjs calls it at build time. */
export function packToneEntries(): string {
  return packLists(readToneLists());
}

export interface UserWords {
  /** Words or phrases the user wants flagged as this rule's kind. */
  extraWords: readonly string[];
  /** Words or phrases the user never wants flagged. */
  allowWords: readonly string[];
}

const compiled = new Map<string, Lexicon>();

/** The compiled lexicon: all lists, plus the user's words for `kind` (cached per word set). */
export function toneLexicon(kind: ToneKind, user: UserWords): Lexicon {
  // Without user words every rule shares one lexicon.
  const cacheKey = user.extraWords.length + user.allowWords.length === 0 ? "" : JSON.stringify([kind, user.extraWords, user.allowWords]);
  let lexicon = compiled.get(cacheKey);
  if (!lexicon) {
    const lists = toneLists();
    lexicon =
      cacheKey === ""
        ? lexiconOf(lists, lists.compounds, lists.longestPhrase)
        : compileLexicon([...toneEntries(), ...userEntries(user.extraWords, kind, "sure"), ...userEntries(user.allowWords, kind, "ok")]);
    compiled.set(cacheKey, lexicon);
  }
  return lexicon;
}

let persons: Record<Language, Set<string>> | undefined;

/** Lexicon keys of nouns that name people ("Kundin", "customer"): the subjects an insult can be aimed at. */
export function personNouns(language: Language): Set<string> {
  persons ??= {
    de: new Set(parseLexicon(readWordListFile(list("persons-de.txt")), "person", "de").map((e) => e.words[0])),
    en: new Set(parseLexicon(readWordListFile(list("persons-en.txt")), "person", "en").map((e) => e.words[0])),
  };
  return persons[language];
}

const wordSets = new Map<string, Set<string>>();

/** A plain list file (one word a line, "#" comments) as a set of lexicon keys. */
export function wordSet(name: string): Set<string> {
  let set = wordSets.get(name);
  if (!set) {
    set = new Set(loadWordList(list(name)).map(lexiconKey));
    wordSets.set(name, set);
  }
  return set;
}
