// Splits prose into word tokens with body offsets. A token is a run of letters and digits,
// joined by inner apostrophes, hyphens and the masking symbols people use to disguise
// swearwords ("f***", "A****loch", "sh1t"), so that masked words stay one token.
import type { Token } from "../types.js";
import { normalizeWord } from "./normalize.js";
import { firstIndexWhere } from "./binary-search.js";

// Letters/digits, optionally joined by ' ’ - or runs of masking symbols * # @ $ % !
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’-](?=[\p{L}\p{N}])|[*#@$%!]+(?=[\p{L}\p{N}*]))*[*]*/gu;

/** Tokens of `prose` between body offsets `start` and `end`. */
export function tokenize(prose: string, start = 0, end = prose.length): Token[] {
  const tokens: Token[] = [];
  const slice = prose.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    const text = match[0];
    const offset = start + (match.index ?? 0);
    tokens.push({ start: offset, end: offset + text.length, text, norm: normalizeWord(text) });
  }
  return tokens;
}

/**
 * The tokens lying within body offsets [start, end), from a zone's sorted token list. A
 * binary search, not a filter: called once per sentence, a filter over all the zone's
 * tokens makes a long draft quadratic (a 20 MB draft has ~4 million tokens).
 */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  const first = firstIndexWhere(tokens, startsAtOrAfter, start);
  let stop = first;
  while (stop < tokens.length && tokens[stop].end <= end) stop++;
  return tokens.slice(first, stop);
}

function startsAtOrAfter(token: Token, offset: number): boolean {
  return token.start >= offset;
}
