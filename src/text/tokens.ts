// Splits prose into word tokens with body offsets. A token is a run of letters and digits,
// joined by inner apostrophes, hyphens and the masking symbols people use to disguise
// swearwords ("f***", "A****loch", "sh1t"), so that masked words stay one token.
import type { Token } from "../types.js";
import { normalizeWord } from "./normalize.js";
import { firstIndexWhere } from "./binary-search.js";

// Letters/digits, optionally joined by ' ’ - or runs of masking symbols * # @ $ % !
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’-](?=[\p{L}\p{N}])|[*#@$%!]+(?=[\p{L}\p{N}*]))*[*]*/gu;

/**
 * A word's written and normalised form, shared by every token of a draft that writes it so: a
 * token holds the same strings as the first token of its word rather than copies of its own.
 * A draft repeats its words (a reply thread its quoted history), and without pointer compression
 * (Node 20) each copy costs 24-32 bytes: the strings were a third of the ~96 bytes a token took.
 */
export class WordForms {
  private readonly forms = new Map<string, { text: string; norm: string }>();

  /** Words kept at most: past this (a draft of random strings) new words are no longer kept. */
  constructor(private readonly limit = 100_000) {}

  /** `text` as kept (or kept from now on) and its normalised form. */
  of(text: string): { text: string; norm: string } {
    let forms = this.forms.get(text);
    if (forms === undefined) {
      forms = { text, norm: normalizeWord(text) };
      if (this.forms.size < this.limit) this.forms.set(text, forms);
    }
    return forms;
  }
}

/** Tokens of `prose` between body offsets `start` and `end`; `words` shares their strings with other zones'. */
export function tokenize(prose: string, start = 0, end = prose.length, words = new WordForms()): Token[] {
  const tokens: Token[] = [];
  const slice = prose.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    const { text, norm } = words.of(match[0]);
    const offset = start + (match.index ?? 0);
    tokens.push({ start: offset, end: offset + text.length, text, norm });
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
