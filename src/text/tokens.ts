// Splits prose into word tokens with body offsets. A token is a run of letters and digits,
// joined by inner apostrophes, hyphens and the masking symbols people use to disguise
// swearwords ("f***", "A****loch", "sh1t"), so that masked words stay one token.
import type { Token } from "../types.js";
import { normalizeWord } from "./normalize.js";

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
