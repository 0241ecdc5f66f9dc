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
// Characters that close a clause when they stand between two words.
const CLAUSE_END = /[,;:.!?…–—()\[\]"“”„]/;

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
  const gap = text.prose.slice(current.end, next.start);
  if (/^[ \t]*(?:\n[ \t]*)?$/.test(gap)) return true;
  return TITLES.has(current.norm) && /^\.[ \t]*(?:\n[ \t]*)?$/.test(gap);
}

/** True when a clause ends right after token k: punctuation, a blank line or the end of the tokens follows. */
export function clauseEndsAfter(text: TokenText, k: number): boolean {
  const current = text.tokens[k];
  const next = text.tokens[k + 1];
  if (!current) return true;
  if (!next) return true;
  const gap = text.prose.slice(current.end, next.start);
  return CLAUSE_END.test(gap) || /\n[ \t]*\n/.test(gap);
}

/** Lower case, ß as ss (as token norms are), and one kind of apostrophe. */
export function normalizeListWord(word: string): string {
  return word.toLowerCase().replaceAll("ß", "ss").replaceAll("’", "'");
}

function wordMatches(word: PhraseWord, token: Token | undefined): boolean {
  if (!token) return false;
  if (word.kind === "any") return true;
  if (word.kind === "end") return false;
  const norm = token.norm.replaceAll("’", "'");
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
  fillers: ReadonlySet<string> = new Set(),
): number {
  let at = i;
  let skipped = 0;
  for (let w = 0; w < phrase.words.length; w++) {
    const word = phrase.words[w];
    if (word.kind === "end") {
      if (at === i || !clauseEndsAfter(text, at - 1)) return -1;
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
}

export function indexPhrases(phrases: readonly Phrase[]): PhraseIndex {
  const index: PhraseIndex = { byFirstWord: new Map(), others: [] };
  for (const phrase of phrases) {
    const first = phrase.words[0];
    if (first?.kind === "word" && !first.prefix) {
      const list = index.byFirstWord.get(first.text) ?? [];
      list.push(phrase);
      index.byFirstWord.set(first.text, list);
    } else index.others.push(phrase);
  }
  return index;
}

/** The longest of the indexed phrases that matches at token index `i`. */
export function firstMatchAt(
  text: TokenText,
  i: number,
  phrases: PhraseIndex,
  fillers?: ReadonlySet<string>,
): PhraseMatch | undefined {
  const token = text.tokens[i];
  if (!token) return undefined;
  let best: PhraseMatch | undefined;
  const byWord = phrases.byFirstWord.get(token.norm.includes("’") ? token.norm.replaceAll("’", "'") : token.norm);
  for (const candidates of [byWord ?? NONE, phrases.others]) {
    for (const phrase of candidates) {
      const after = matchPhraseAt(text, i, phrase, fillers);
      if (after >= 0 && (!best || after > best.after)) best = { phrase, first: i, after };
    }
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
): PhraseMatch | undefined {
  const subject = firstMatchAt(text, i, subjects);
  if (!subject) return undefined;
  let at = subject.after;
  for (let skipped = 0; skipped <= MAX_FILLERS; skipped++) {
    if (!joined(text, at - 1)) return undefined;
    const predicate = firstMatchAt(text, at, predicates, fillers);
    if (predicate) return { phrase: predicate.phrase, first: i, after: predicate.after };
    if (!fillers.has(text.tokens[at]?.norm ?? "")) return undefined;
    at++;
  }
  return undefined;
}
