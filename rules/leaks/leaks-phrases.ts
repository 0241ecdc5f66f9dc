// Matches the leak rules' word lists ("kann das jemand übernehmen", "die Kundin" + "nervt")
// against a zone's tokens. A phrase never crosses a sentence: between two of its words there
// may only be white space (one line break at most, for wrapped and quoted lines) and at most
// two filler words ("kann das bitte mal jemand übernehmen").
import type { Token } from "../../src/rule-api.js";

/** One element of a phrase: a word (or word prefix "nerv*"), any one word "*", or the clause end "$". */
export type PhraseWord = { kind: "word"; text: string; prefix: boolean } | { kind: "any" } | { kind: "end" };

export interface Phrase {
  /** The phrase as written in the list. */
  source: string;
  words: PhraseWord[];
}

/** The tokens a phrase is matched against, and the prose they come from (for the gaps). */
export interface TokenText {
  tokens: readonly Token[];
  prose: string;
}

const MAX_FILLERS = 2;
const NONE: readonly Phrase[] = [];
// Titles after which a period does not end anything: "Mr. Smith", "Frau Dr. Weber".
const TITLES = new Set(["mr", "mrs", "ms", "dr", "hr", "fr", "prof"]);
// Characters that close a clause when they stand between two words (all in the BMP: one code unit each).
const CLAUSE_END_CODES = new Set([...',;:.!?…–—()[]"“”„'].map((c) => c.charCodeAt(0)));

export function compilePhrase(source: string): Phrase {
  const words = source
    .trim()
    .split(/\s+/)
    .map((word): PhraseWord => {
      if (word === "*") return { kind: "any" };
      if (word === "$") return { kind: "end" };
      const prefix = word.length > 1 && word.endsWith("*");
      return { kind: "word", text: normalizeListWord(prefix ? word.slice(0, -1) : word), prefix };
    });
  return { source, words };
}

/** True when only white space (at most one line break) separates token k from token k + 1. */
export function joined(text: TokenText, k: number): boolean {
  const current = text.tokens[k];
  const next = text.tokens[k + 1];
  if (!current || !next) return false;
  // Read in place, character by character: this runs for every word of every phrase tried
  // (a slice and a regular expression per call cost more than the rest of the match).
  const { prose } = text;
  let at = current.end;
  // "Mr. Smith", "Frau Dr. Weber": a period after a title joins.
  if (prose.charCodeAt(at) === 46 /* . */ && TITLES.has(current.norm)) at++;
  return onlyBlanksAndOneBreak(prose, at, next.start);
}

/** True when prose[from, to) holds only spaces and tabs, with at most one line break. */
function onlyBlanksAndOneBreak(prose: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let p = from; p < to; p++) {
    const c = prose.charCodeAt(p);
    if (c === 32 || c === 9) continue;
    if (c === 10 && breaks === 0) {
      breaks++;
      continue;
    }
    return false;
  }
  return true;
}


/** True when a clause ends right after token k: punctuation, a blank line or the end of the tokens follows. */
export function clauseEndsAfter(text: TokenText, k: number): boolean {
  const current = text.tokens[k];
  const next = text.tokens[k + 1];
  if (!current) return true;
  if (!next) return true;
  const { prose } = text;
  // A clause-ending character, or a line break followed by blanks and another line break.
  let afterBreak = false;
  for (let p = current.end; p < next.start; p++) {
    const c = prose.charCodeAt(p);
    if (CLAUSE_END_CODES.has(c)) return true;
    if (c === 10) {
      if (afterBreak) return true;
      afterBreak = true;
    } else if (c !== 32 && c !== 9) afterBreak = false;
  }
  return false;
}

/** Lower case, ß as ss (as token norms are), and one kind of apostrophe. */
export function normalizeListWord(word: string): string {
  return word.toLowerCase().replaceAll("ß", "ss").replaceAll("’", "'");
}

/** The norm with one kind of apostrophe (no copy when there is none, the usual case). */
function apostrophesFolded(norm: string): string {
  return norm.includes("’") ? norm.replaceAll("’", "'") : norm;
}

const NO_FILLERS: ReadonlySet<string> = new Set();

function wordMatches(word: PhraseWord, token: Token | undefined): boolean {
  if (!token) return false;
  if (word.kind === "any") return true;
  if (word.kind === "end") return false;
  const norm = apostrophesFolded(token.norm);
  return word.prefix ? norm.startsWith(word.text) : norm === word.text;
}

/**
 * Matches `phrase` at token index `i`. Returns the index after the last matched token, or -1.
 * Filler words may be skipped between (never before or after) the phrase's words.
 */
export function matchPhraseAt(
  text: TokenText,
  i: number,
  phrase: Phrase,
  fillers: ReadonlySet<string> = NO_FILLERS,
): number {
  let at = i;
  let skipped = 0;
  for (let w = 0; w < phrase.words.length; w++) {
    const word = phrase.words[w];
    if (word.kind === "end") {
      if (at === i) return -1;
      // Fillers may close the clause: "the customer is being difficult again," ends there too.
      let end = at;
      while (!clauseEndsAfter(text, end - 1) && skipped < MAX_FILLERS && fillers.has(text.tokens[end]?.norm ?? "") && joined(text, end - 1)) {
        end++;
        skipped++;
      }
      if (!clauseEndsAfter(text, end - 1)) return -1;
      continue;
    }
    if (w > 0) {
      if (!joined(text, at - 1)) return -1;
      // Skip fillers only when the expected word is not the filler itself ("so" in "so a pain").
      while (!wordMatches(word, text.tokens[at]) && fillers.has(text.tokens[at]?.norm ?? "") && skipped < MAX_FILLERS) {
        if (!joined(text, at)) return -1;
        at++;
        skipped++;
      }
    }
    if (!wordMatches(word, text.tokens[at])) return -1;
    at++;
  }
  return at;
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Token indexes: first matched token and the index after the last. */
  first: number;
  after: number;
}

/** Phrases indexed by their first word, so that a long mail is not matched against every phrase at every word. */
export interface PhraseIndex {
  byFirstWord: Map<string, Phrase[]>;
  /** Phrases starting with a prefix ("nerv*") or a wildcard: tried everywhere. */
  others: Phrase[];
  /**
   * `others` by the first character a word must have to match their first element (a prefix's
   * first character), each list in the order of `others`, with the phrases that start with a
   * wildcard in their places; `othersAnyStart` alone for words that start with none of them.
   */
  othersByFirstChar: Map<string, Phrase[]>;
  othersAnyStart: Phrase[];
}

export function indexPhrases(phrases: readonly Phrase[]): PhraseIndex {
  const index: PhraseIndex = { byFirstWord: new Map(), others: [], othersByFirstChar: new Map(), othersAnyStart: [] };
  for (const phrase of phrases) {
    const first = phrase.words[0];
    if (first?.kind === "word" && !first.prefix) {
      const list = index.byFirstWord.get(first.text) ?? [];
      list.push(phrase);
      index.byFirstWord.set(first.text, list);
    } else index.others.push(phrase);
  }
  const firstChars = new Set<string>();
  for (const phrase of index.others) {
    const first = phrase.words[0];
    if (first?.kind === "word") firstChars.add(first.text[0]);
  }
  for (const char of firstChars) {
    index.othersByFirstChar.set(
      char,
      index.others.filter((phrase) => phrase.words[0]?.kind !== "word" || (phrase.words[0] as { text: string }).text[0] === char),
    );
  }
  index.othersAnyStart = index.others.filter((phrase) => phrase.words[0]?.kind !== "word");
  return index;
}

/**
 * An index built the first time a match is tried in it: the predicates and judgments read after
 * a third-person subject (about 1,300 phrases) are needed by few drafts, and compiling them was a
 * tenth of a one-draft run with an outside recipient.
 */
export function lazyPhraseIndex(phrases: () => readonly Phrase[]): PhraseIndex {
  let index: PhraseIndex | undefined;
  const built = () => (index ??= indexPhrases(phrases()));
  return {
    get byFirstWord() {
      return built().byFirstWord;
    },
    get others() {
      return built().others;
    },
    get othersByFirstChar() {
      return built().othersByFirstChar;
    },
    get othersAnyStart() {
      return built().othersAnyStart;
    },
  };
}

/** The longest of the indexed phrases that matches at token index `i` (of equally long ones, the first indexed). */
export function firstMatchAt(
  text: TokenText,
  i: number,
  phrases: PhraseIndex,
  fillers?: ReadonlySet<string>,
): PhraseMatch | undefined {
  const token = text.tokens[i];
  if (!token) return undefined;
  const norm = apostrophesFolded(token.norm);
  let best: PhraseMatch | undefined;
  const byWord = phrases.byFirstWord.get(norm);
  if (byWord) {
    for (const phrase of byWord) {
      const after = matchPhraseAt(text, i, phrase, fillers);
      if (after >= 0 && (!best || after > best.after)) best = { phrase, first: i, after };
    }
  }
  // Only the prefix phrases whose first character fits can match (wordMatches compares the same norm).
  const others = phrases.others.length === 0 ? NONE : (phrases.othersByFirstChar.get(norm[0] ?? "") ?? phrases.othersAnyStart);
  for (const phrase of others) {
    const after = matchPhraseAt(text, i, phrase, fillers);
    if (after >= 0 && (!best || after > best.after)) best = { phrase, first: i, after };
  }
  return best;
}

/**
 * A subject followed by a predicate ("die Kundin" + "nervt", "this guy" + "is exhausting"),
 * with at most two fillers between them. Returns the match of the whole remark.
 */
export function subjectPredicateAt(
  text: TokenText,
  i: number,
  subjects: PhraseIndex,
  predicates: PhraseIndex,
  fillers: ReadonlySet<string>,
  /** More predicates read in code (a copula and a judgment). */
  otherPredicateAt?: (at: number) => PhraseMatch | undefined,
): PhraseMatch | undefined {
  const subject = firstMatchAt(text, i, subjects);
  if (!subject) return undefined;
  let at = subject.after;
  for (let skipped = 0; skipped <= MAX_FILLERS; skipped++) {
    if (!joined(text, at - 1)) return undefined;
    const predicate = firstMatchAt(text, at, predicates, fillers) ?? otherPredicateAt?.(at);
    if (predicate) return { phrase: predicate.phrase, first: i, after: predicate.after };
    if (!fillers.has(text.tokens[at]?.norm ?? "")) return undefined;
    at++;
  }
  return undefined;
}
