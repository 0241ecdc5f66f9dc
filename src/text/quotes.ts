// Quotation marks in a sentence: the spans between them. A word in quotation marks is often
// mentioned rather than used: a title ("The Idiot"), a word under discussion ("the word
// 'idiot'"), or what someone else said.
import type { Sentence } from "../types.js";

export interface QuoteSpan {
  /** Offsets of the quoted text, inside the marks. */
  start: number;
  end: number;
}

const QUOTE_MARKS = new Set(['"', "„", "“", "”", "«", "»", "‹", "›", "‚", "‘", "’", "'"]);

/** Spans between quotation marks in a sentence; apostrophes ("don't", "it’s") are not marks. */
export function quoteSpans(prose: string, sentence: Pick<Sentence, "start" | "end">): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = prose[i];
    if (!QUOTE_MARKS.has(ch)) continue;
    const letterBefore = i > 0 && /[\p{L}\p{N}]/u.test(prose[i - 1]);
    const letterAfter = i + 1 < prose.length && /[\p{L}\p{N}]/u.test(prose[i + 1]);
    if ((ch === "'" || ch === "’") && letterBefore && letterAfter) continue;
    if (open < 0) {
      if (letterBefore && (ch === "'" || ch === "’")) continue; // "Hans' Auto"
      open = i;
    } else {
      spans.push({ start: open + 1, end: i });
      open = -1;
    }
  }
  return spans;
}
