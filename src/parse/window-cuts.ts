// Where a body too large to read at once is cut into windows (src/engine/windows.ts lints one
// window at a time, so that what a draft holds while its rules run stays bounded). A cut goes
// where the reading of the text on either side changes least: before a paragraph the sender
// writes (after a blank line, not quoted), else at a line start, else after a sentence end,
// else after a blank, else anywhere but inside a surrogate pair. Each search looks at one
// window's length of text only, so cutting stays linear in the body.
import type { Span } from "../types.js";
import { firstIndexWhere, startsAfter } from "../text/binary-search.js";

/**
 * The parts of a body for cuts `[0, c1, c2, ..., body.length]`: window i is [cuts[i], cuts[i + 1]).
 * `opaque`: spans no cut should fall inside, sorted by start.
 */
export function windowCuts(body: string, size: number, opaque: readonly Span[]): number[] {
  const inside = insideAny(opaque);
  const cuts = [0];
  for (let from = 0; body.length - from > size * 1.5; ) {
    const cut = cutBetween(body, from + size, Math.min(from + 2 * size, body.length), inside);
    cuts.push(cut);
    from = cut;
  }
  cuts.push(body.length);
  return cuts;
}

const SEARCHES: RegExp[] = [
  /\n[ \t]*\n(?=[^\s>])/g, // a blank line, then a paragraph of the sender's own
  /\n(?=[^\n])/g, // any line start
  /[.!?]["')\]]?[ \t]+(?=\S)/g, // a sentence end
  /\s(?=\S)/g, // the last blank before a word
];

/** The best cut in [from, to): the first place of the most preferred kind that no opaque span covers. */
function cutBetween(body: string, from: number, to: number, inside: (offset: number) => boolean): number {
  // A slice of a flat string shares its characters: the regexes never look past `to`.
  const region = body.slice(from, to);
  for (const search of SEARCHES) {
    search.lastIndex = 0;
    for (let match = search.exec(region); match; match = search.exec(region)) {
      const cut = from + match.index + match[0].length;
      if (cut < to && !inside(cut)) return cut;
    }
  }
  const code = body.charCodeAt(from);
  return code >= 0xdc00 && code <= 0xdfff ? from + 1 : from; // never between the halves of a surrogate pair
}

/** Whether an offset lies strictly inside one of the spans (sorted by start; a span may start at a cut). */
function insideAny(sorted: readonly Span[]): (offset: number) => boolean {
  if (sorted.length === 0) return () => false;
  // The largest end among the spans that start at or before each one: nested spans need not be sorted by end.
  const reach = new Float64Array(sorted.length);
  sorted.forEach((span, i) => (reach[i] = Math.max(span.end, i > 0 ? reach[i - 1] : 0)));
  return (offset) => {
    // The spans before this index start before `offset` (offsets are whole numbers).
    const before = firstIndexWhere(sorted, startsAfter, offset - 1);
    return before > 0 && reach[before - 1] > offset;
  };
}
