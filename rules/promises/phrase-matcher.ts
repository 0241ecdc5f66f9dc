// Matches phrase patterns from the rules/promises/data/*.txt lists against a sentence's tokens.
// A pattern is a sequence of token alternatives: "in den nächsten|kommenden tagen", with
// "{n}" for a number ("ca. {n} wochen") and "…" for a gap of up to GAP_TOKENS tokens, which is
// how German separable verbs are written ("wir rufen … an" matches "Wir rufen Sie morgen an").
import { normalizeWord, type Token } from "../../src/rule-api.js";

const GAP_TOKENS = 8;

const NUMBER_WORDS = new Set(
  ("one two three four five six seven eight nine ten eleven twelve a an couple few several " +
    "ein eine einen einem einer zwei drei vier fünf sechs sieben acht neun zehn elf zwölf anderthalb paar").split(" "),
);

type Step = { kind: "words"; words: Set<string> } | { kind: "number" } | { kind: "gap" };

export interface PhrasePattern {
  source: string;
  steps: Step[];
}

export interface PhraseMatch {
  pattern: string;
  /** Index of the first and one past the last matched token. */
  first: number;
  last: number;
  /** Body offsets of the matched words. */
  start: number;
  end: number;
}

export function compilePattern(source: string): PhrasePattern {
  const steps: Step[] = source
    .split(/\s+/)
    .filter((part) => part !== "")
    .map((part): Step => {
      if (part === "…" || part === "...") return { kind: "gap" };
      if (part === "{n}") return { kind: "number" };
      return { kind: "words", words: new Set(part.split("|").map(normalizeWord)) };
    });
  return { source, steps };
}

function isNumber(token: Token): boolean {
  return /^\d+(?:[.,]\d+)?$/.test(token.norm) || NUMBER_WORDS.has(token.norm);
}

/** Matches `steps[s..]` from token `t`; returns one past the last matched token, or -1. */
function matchFrom(steps: Step[], s: number, tokens: readonly Token[], t: number): number {
  if (s === steps.length) return t;
  const step = steps[s];
  if (step.kind === "gap") {
    for (let skip = 0; skip <= GAP_TOKENS && t + skip <= tokens.length; skip++) {
      const end = matchFrom(steps, s + 1, tokens, t + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (t >= tokens.length) return -1;
  const token = tokens[t];
  const ok = step.kind === "number" ? isNumber(token) : step.words.has(token.norm);
  return ok ? matchFrom(steps, s + 1, tokens, t + 1) : -1;
}

/** A pattern and its place in its list: of two matches of equal length, the earlier pattern's wins. */
type Candidate = { pattern: PhrasePattern; position: number };
const NO_CANDIDATES: readonly Candidate[] = [];

/**
 * The patterns of a list by the word they start with, so that a token is tried only against
 * patterns that can start there (a sentence is matched against five lists, every word a start).
 */
interface PatternIndex {
  byFirstWord: Map<string, Candidate[]>;
  /** Patterns that start with a number or a gap: tried at every token. */
  anyStart: Candidate[];
}

const indexes = new WeakMap<readonly PhrasePattern[], PatternIndex>();

function indexOf(patterns: readonly PhrasePattern[]): PatternIndex {
  let index = indexes.get(patterns);
  if (!index) {
    index = { byFirstWord: new Map(), anyStart: [] };
    patterns.forEach((pattern, position) => {
      const first = pattern.steps[0];
      if (first?.kind !== "words") {
        index!.anyStart.push({ pattern, position });
        return;
      }
      for (const word of first.words) {
        const list = index!.byFirstWord.get(word);
        if (list) list.push({ pattern, position });
        else index!.byFirstWord.set(word, [{ pattern, position }]);
      }
    });
    indexes.set(patterns, index);
  }
  return index;
}

type Best = Candidate & { last: number };

/** The longest match from token `t` among `candidates` and `best` (the earlier pattern on equal length). */
function longerMatch(candidates: readonly Candidate[], tokens: readonly Token[], t: number, best: Best | undefined): Best | undefined {
  for (const candidate of candidates) {
    const last = matchFrom(candidate.pattern.steps, 0, tokens, t);
    if (last > t && (!best || last > best.last || (last === best.last && candidate.position < best.position))) {
      best = { ...candidate, last };
    }
  }
  return best;
}

/** Every match of any pattern in the tokens, the longest at each start, none overlapping. */
export function findPhrases(patterns: readonly PhrasePattern[], tokens: readonly Token[]): PhraseMatch[] {
  const index = indexOf(patterns);
  const matches: PhraseMatch[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const startingHere = index.byFirstWord.get(tokens[t].norm) ?? NO_CANDIDATES;
    const best = longerMatch(index.anyStart, tokens, t, longerMatch(startingHere, tokens, t, undefined));
    if (best) {
      matches.push({ pattern: best.pattern.source, first: t, last: best.last, start: tokens[t].start, end: tokens[best.last - 1].end });
      t = best.last - 1; // no second, shorter match inside this one
    }
  }
  return matches;
}
