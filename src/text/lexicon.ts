// One compiled matcher for every word and phrase list: a trie over the lexicon keys of whole
// words (multi-word phrases are paths), plus two letter tries for German-style compounds
// ("*idiot" ends "Vollidiot", "drecks*" starts "Drecksladen"). Matching walks each word once
// per phrase start, so the cost is linear in the text (times the longest phrase).
//
// Before matching, the words of a sentence are turned into units: letters spaced out to hide a
// word ("i d i o t") are joined, a short word followed by symbols ("F% $!") is read as one
// masked word, and each unit carries every key it may stand for (plain, leetspeak folded,
// de-stretched, or the list words its mask fits).
import type { Language, Token } from "../types.js";
import { fitsMask, foldLeetspeak, isMasked, isStretched, lexiconKey, maskShape, skeleton } from "./disguise.js";

export interface LexiconEntry {
  /** The phrase as written in its list (after expansion), for messages. */
  phrase: string;
  /** Lexicon keys, one per word. A compound entry is one word starting or ending with "*". */
  words: string[];
  /** Which list it comes from: "insult", "profanity", "condescension", ... */
  kind: string;
  language: Language;
  /**
   * How sure the list is: "sure" (always meant badly), "aimed" (only when said to or of
   * someone, e.g. "Esel", "pig"), "person" (only when said of a person, e.g. "Zumutung",
   * "nightmare"), "ok" (an innocent phrase that overrides shorter matches inside it, e.g.
   * "dumm gelaufen", "idiot-proof").
   */
  level: string;
  /** What to write instead, when the list says. */
  hint?: string;
}

export interface LexiconMatch {
  /** Body offsets of the matched words, end exclusive. */
  start: number;
  end: number;
  /** Index of the first and last matched token in the tokens given to `matchLexicon`. */
  firstToken: number;
  lastToken: number;
  entry: LexiconEntry;
  /** Letters hidden behind symbols fit several list words ("F%$!": fuck, fags), so the kind is a guess. */
  ambiguous: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entries: LexiconEntry[];
}

/**
 * Whole-word and phrase entries by their first word: a Map, or a source that unpacks them on
 * demand (the tone lists as packed at build time, rules/tone/tone-pack.ts).
 */
export interface EntriesByFirstWord {
  get(word: string): LexiconEntry[] | undefined;
  values(): Iterable<LexiconEntry[]>;
}

export interface Lexicon {
  /**
   * The trie below each first word is built the first time a text holds that word: a draft
   * uses a few dozen of the ~1,800 first words, and building them all was a tenth of a
   * one-draft run.
   */
  readonly byFirstWord: EntriesByFirstWord;
  readonly tries: Map<string, TrieNode>;
  /** Letter tries for compound entries: prefixes ("drecks*") and reversed suffixes ("*idiot"). */
  readonly prefixes: TrieNode;
  readonly suffixes: TrieNode;
  /** Every whole word of every entry by first letter and length, for masked words (built on first use). */
  wordsByShape?: Map<string, string[]>;
  /** Every whole word by skeleton ("idiot" for "idiooooot"), for stretched words (built on first use). */
  wordsBySkeleton?: Map<string, string[]>;
  /** The most words in one entry. */
  readonly longestPhrase: number;
}

// A compound part must leave this many letters for the rest of the word ("Vollidiot" → "voll").
const MIN_COMPOUND_REST = 2;

const newNode = (): TrieNode => ({ children: new Map(), entries: [] });

/** Whether an entry is part of a compound word ("*idiot", "drecks*") rather than whole words. */
export function isCompoundEntry(entry: LexiconEntry): boolean {
  return entry.words.length === 1 && (entry.words[0].startsWith("*") || entry.words[0].endsWith("*"));
}

/** Compiles entries from any number of lists into one matcher. */
export function compileLexicon(entries: Iterable<LexiconEntry>): Lexicon {
  const byFirstWord = new Map<string, LexiconEntry[]>();
  const compounds: LexiconEntry[] = [];
  let longestPhrase = 1;
  for (const entry of entries) {
    if (isCompoundEntry(entry)) {
      compounds.push(entry);
      continue;
    }
    const list = byFirstWord.get(entry.words[0]);
    if (list) list.push(entry);
    else byFirstWord.set(entry.words[0], [entry]);
    longestPhrase = Math.max(longestPhrase, entry.words.length);
  }
  return lexiconOf(byFirstWord, compounds, longestPhrase);
}

/** A matcher over whole-word entries by first word and compound entries. */
export function lexiconOf(byFirstWord: EntriesByFirstWord, compounds: Iterable<LexiconEntry>, longestPhrase: number): Lexicon {
  const prefixes = newNode();
  const suffixes = newNode();
  for (const entry of compounds) {
    const [part] = entry.words;
    if (part.endsWith("*")) descend(prefixes, part.slice(0, -1).split("")).entries.push(entry);
    else descend(suffixes, part.slice(1).split("").reverse()).entries.push(entry);
  }
  return { byFirstWord, tries: new Map(), prefixes, suffixes, longestPhrase };
}

/** The trie of the entries that start with `word` (the node after it), or undefined. */
function trieAfter(lexicon: Lexicon, word: string): TrieNode | undefined {
  let node = lexicon.tries.get(word);
  if (node === undefined) {
    const entries = lexicon.byFirstWord.get(word);
    if (!entries) return undefined;
    node = newNode();
    for (const entry of entries) descend(node, entry.words.slice(1)).entries.push(entry);
    lexicon.tries.set(word, node);
  }
  return node;
}

/** The indexes masked and stretched words are looked up in, built the first time one shows up. */
function wordIndexes(lexicon: Lexicon): { byShape: Map<string, string[]>; bySkeleton: Map<string, string[]> } {
  if (!lexicon.wordsByShape || !lexicon.wordsBySkeleton) {
    const byShape = new Map<string, string[]>();
    const bySkeleton = new Map<string, string[]>();
    const seen = new Set<string>();
    for (const entries of lexicon.byFirstWord.values()) {
      for (const word of entries.flatMap((entry) => entry.words)) {
        if (seen.has(word)) continue;
        seen.add(word);
        // Words are lexicon keys already: their shape is first letter and length.
        addToIndex(byShape, `${word[0]}${[...word].length}`, word);
        // Also under the length of its "ß" spelling ("scheisse" as "scheiße"): see fitsMask.
        if (word.includes("ss")) addToIndex(byShape, `${word[0]}${[...word].length - 1}`, word);
        addToIndex(bySkeleton, skeleton(word), word);
      }
    }
    lexicon.wordsByShape = byShape;
    lexicon.wordsBySkeleton = bySkeleton;
  }
  return { byShape: lexicon.wordsByShape, bySkeleton: lexicon.wordsBySkeleton };
}

function descend(node: TrieNode, path: string[]): TrieNode {
  let current = node;
  for (const step of path) {
    let child = current.children.get(step);
    if (!child) current.children.set(step, (child = newNode()));
    current = child;
  }
  return current;
}

function addToIndex(index: Map<string, string[]>, key: string, word: string): void {
  const list = index.get(key);
  if (!list) index.set(key, [word]);
  else if (!list.includes(word)) list.push(word);
}

/** A word (or joined letters) as the matcher sees it: its body offsets and possible keys. */
interface Unit {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  keys: string[];
  /** A masked word that fits more than one list word. */
  ambiguous: boolean;
}

/**
 * Every lexicon entry of `language` found in `tokens` (the tokens of one paragraph, in order).
 * `prose` is the text the token offsets index (the draft's prose), needed to see the symbols
 * between words. Overlapping matches are all returned; the caller picks.
 */
export function matchLexicon(lexicon: Lexicon, tokens: readonly Token[], prose: string, language: Language): LexiconMatch[] {
  const units = new UnitWindow(unitsOf(lexicon, tokens, prose));
  const matches: LexiconMatch[] = [];
  const record = (i: number, j: number, found: LexiconEntry[]) => {
    for (const entry of found) {
      if (entry.language !== language) continue;
      let ambiguous = false;
      for (let k = i; k <= j; k++) ambiguous ||= units.at(k).ambiguous;
      matches.push({ start: units.at(i).start, end: units.at(j).end, firstToken: units.at(i).firstToken, lastToken: units.at(j).lastToken, entry, ambiguous });
    }
  };
  for (let i = 0; units.has(i); i++) {
    units.forgetBefore(i);
    let states: TrieNode[] = [];
    for (const key of units.at(i).keys) {
      const node = trieAfter(lexicon, key);
      if (!node || states.includes(node)) continue;
      states.push(node);
      record(i, i, node.entries);
    }
    for (let j = i + 1; j - i < lexicon.longestPhrase && states.length > 0 && units.has(j); j++) {
      const next: TrieNode[] = [];
      for (const state of states) {
        for (const key of units.at(j).keys) {
          const child = state.children.get(key);
          if (!child || next.includes(child)) continue;
          next.push(child);
          record(i, j, child.entries);
        }
      }
      states = next;
    }
    for (const key of units.at(i).keys) {
      record(i, i, compoundEntries(lexicon.prefixes, key, false));
      record(i, i, compoundEntries(lexicon.suffixes, key, true));
    }
  }
  return matches;
}

/**
 * The units of a paragraph, made as the matcher reaches them and forgotten once it has passed
 * them: a phrase spans at most `longestPhrase` units, so only those are held. Making all of
 * them first held ~100 bytes per word at once (a 5 MB paragraph on one line: +160 MB for each
 * of the three tone rules).
 */
class UnitWindow {
  private held: Unit[] = [];
  private first = 0;
  private done = false;

  constructor(private readonly source: Iterator<Unit>) {}

  /** Whether unit `i` exists (at or after the last one forgotten). */
  has(i: number): boolean {
    while (!this.done && this.first + this.held.length <= i) {
      const next = this.source.next();
      if (next.done) this.done = true;
      else this.held.push(next.value);
    }
    return i < this.first + this.held.length;
  }

  at(i: number): Unit {
    return this.held[i - this.first];
  }

  forgetBefore(i: number): void {
    if (i <= this.first) return;
    this.held.splice(0, i - this.first);
    this.first = i;
  }
}

/**
 * Entries of a letter trie whose path is a proper start (or, `fromEnd`, a proper end) of `key`,
 * leaving a real rest. Keys are compared per UTF-16 unit, as the tries were built.
 */
function compoundEntries(trie: TrieNode, key: string, fromEnd: boolean): LexiconEntry[] {
  let found: LexiconEntry[] | undefined;
  let node: TrieNode | undefined = trie;
  const last = key.length - MIN_COMPOUND_REST;
  for (let i = 0; i < last && node; i++) {
    node = node.children.get(key[fromEnd ? key.length - 1 - i : i]);
    if (node && node.entries.length > 0) (found ??= []).push(...node.entries);
  }
  return found ?? NONE;
}

const NONE: LexiconEntry[] = [];

function* unitsOf(lexicon: Lexicon, tokens: readonly Token[], prose: string): Generator<Unit> {
  for (let i = 0; i < tokens.length; i++) {
    const spacedEnd = spacedLettersEnd(tokens, prose, i);
    if (spacedEnd > i) {
      const text = tokens.slice(i, spacedEnd + 1).map((t) => t.text).join("");
      yield unit(lexicon, text, tokens[i].start, tokens[spacedEnd].end, i, spacedEnd);
      i = spacedEnd;
      continue;
    }
    const token = tokens[i];
    const symbols = trailingSymbols(token, tokens[i + 1], prose);
    const text = token.text + symbols.text;
    yield unit(lexicon, text, token.start, symbols.end ?? token.end, i, i);
  }
}

// "i d i o t": at least this many single letters, each followed by exactly one space.
const MIN_SPACED_LETTERS = 4;

/** Index of the last token of a spaced-out word starting at `i`, or `i` when there is none. */
function spacedLettersEnd(tokens: readonly Token[], prose: string, i: number): number {
  let j = i;
  while (j < tokens.length && isSingleLetter(tokens[j].text) && (j === i || (tokens[j].start === tokens[j - 1].end + 1 && prose[tokens[j - 1].end] === " "))) j++;
  return j - i >= MIN_SPACED_LETTERS ? j - 1 : i;
}

function isSingleLetter(text: string): boolean {
  return text.length <= 2 && /^\p{L}$/u.test(text);
}

/**
 * The mask symbols after a short word that belong to it: "F% $! off" reads "F%$!" (a masked
 * four-letter word). A gap of only "!" or "?" is punctuation, not a mask.
 */
function trailingSymbols(token: Token, next: Token | undefined, prose: string): { text: string; end?: number } {
  if (!MASK_START.test(prose.slice(token.end, token.end + 1))) return NO_SYMBOLS;
  const gapEnd = next ? next.start : Math.min(prose.length, token.end + 12);
  const gap = prose.slice(token.end, gapEnd);
  const run = /^(?:[*#@$%!]+ ?)+/.exec(gap)?.[0].trimEnd();
  if (!run || !/[*#@$%]/.test(run) || (token.text.length > 3 && !isMasked(token.text))) return NO_SYMBOLS;
  return { text: run.replace(/ /g, ""), end: token.end + run.length };
}

const MASK_START = /^[*#@$%!]$/;
const NO_SYMBOLS = { text: "" };

function unit(lexicon: Lexicon, text: string, start: number, end: number, firstToken: number, lastToken: number): Unit {
  const key = lexiconKey(text);
  const keys = [key];
  const add = (word: string) => {
    if (!keys.includes(word)) keys.push(word);
  };
  let fitting = 0;
  if (isMasked(text)) {
    for (const word of wordIndexes(lexicon).byShape.get(maskShape(text) ?? "") ?? []) {
      if (fitsMask(text, word)) {
        add(word);
        fitting++;
      }
    }
  }
  // A masked word keeps its leetspeak reading too ("sh!t" is "shit" either way).
  const leet = foldLeetspeak(key);
  if (leet) add(leet);
  for (const form of [key, leet]) {
    if (form && isStretched(form)) for (const word of wordIndexes(lexicon).bySkeleton.get(skeleton(form)) ?? []) add(word);
  }
  return { start, end, firstToken, lastToken, keys, ambiguous: fitting > 1 };
}
