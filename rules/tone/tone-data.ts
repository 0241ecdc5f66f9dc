// Loads the tone word lists (rules/data/tone-*.txt) and compiles them, once, into one lexicon.
// The lists are found in rules/data by the shared loader (rules/shared/data-files.ts), from the
// sources, from dist/ and from the bundle alike.
import { readFileSync } from "node:fs";
import type { Language } from "../../src/types.js";
import { dataFilePath, loadList } from "../shared/data-files.js";
import { compileLexicon, lexiconOf, type Lexicon, type LexiconEntry } from "../../src/text/lexicon.js";
import { PackedEntries, packEntries } from "./tone-pack.js";
import { parseLexicon, userEntries } from "../../src/text/lexicon-file.js";
import { lexiconKey } from "../../src/text/disguise.js";

export type ToneKind = "insult" | "profanity" | "condescension";

const KINDS: readonly ToneKind[] = ["insult", "profanity", "condescension"];
const LANGUAGES: readonly Language[] = ["de", "en"];

// scripts/bundle.mjs parses the lists at build time and defines this as their pack
// (packToneEntries, rules/tone/tone-pack.ts), so that the bundled CLI neither parses the list
// files nor makes all their entries on every start. From the sources (vitest, tsx) and from
// tsc's dist/ it is not defined, and the lists are read from disk.
declare const MAIL_LINT_BUILT_TONE_ENTRIES: string | undefined;

let built: PackedEntries | undefined;
function builtLists(): PackedEntries | undefined {
  if (typeof MAIL_LINT_BUILT_TONE_ENTRIES !== "string") return undefined;
  built ??= new PackedEntries(MAIL_LINT_BUILT_TONE_ENTRIES);
  return built;
}

let baseEntries: LexiconEntry[] | undefined;

/** Every entry of every tone list, parsed once. */
export function toneEntries(): LexiconEntry[] {
  baseEntries ??= builtLists()?.all() ?? readToneLists();
  return baseEntries;
}

function readToneLists(): LexiconEntry[] {
  return KINDS.flatMap((kind) =>
    LANGUAGES.flatMap((language) => parseLexicon(readFileSync(dataFilePath(`tone-${kind}-${language}.txt`), "utf8"), kind, language)),
  );
}

/** The parsed lists as JSON, for scripts/bundle.mjs. */
export function packToneEntries(): string {
  return packEntries(readToneLists());
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
    const lists = builtLists();
    lexicon =
      cacheKey === "" && lists
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
    de: new Set(parseLexicon(readFileSync(dataFilePath("tone-persons-de.txt"), "utf8"), "person", "de").map((e) => e.words[0])),
    en: new Set(parseLexicon(readFileSync(dataFilePath("tone-persons-en.txt"), "utf8"), "person", "en").map((e) => e.words[0])),
  };
  return persons[language];
}

const wordSets = new Map<string, Set<string>>();

/** A plain list file (one word a line, "#" comments) as a set of lexicon keys. */
export function wordSet(name: string): Set<string> {
  let set = wordSets.get(name);
  if (!set) {
    set = new Set(loadList(name).map(lexiconKey));
    wordSets.set(name, set);
  }
  return set;
}
