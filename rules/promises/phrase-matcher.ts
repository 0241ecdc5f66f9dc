// Matches phrase patterns from the rules/data/promises-*.txt lists against a sentence's tokens.
// A pattern is a sequence of token alternatives: "in den nächsten|kommenden tagen", with
// "{n}" for a number ("ca. {n} wochen") and "…" for a gap of up to GAP_TOKENS tokens, which is
// how German separable verbs are written ("wir rufen … an" matches "Wir rufen Sie morgen an").
import type { Token } from "../../src/types.js";
import { normalizeWord } from "../../src/text/normalize.js";

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

/** Every match of any pattern in the tokens, the longest at each start, none overlapping. */
export function findPhrases(patterns: readonly PhrasePattern[], tokens: readonly Token[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let t = 0; t < tokens.length; t++) {
    let best: PhraseMatch | undefined;
    for (const pattern of patterns) {
      const last = matchFrom(pattern.steps, 0, tokens, t);
      if (last > t && (!best || last > best.last)) {
        best = { pattern: pattern.source, first: t, last, start: tokens[t].start, end: tokens[last - 1].end };
      }
    }
    if (best) {
      matches.push(best);
      t = best.last - 1; // no second, shorter match inside this one
    }
  }
  return matches;
}
