// Positions for tone rule tests, computed from the test text itself so that each expected
// error names the words it must point at: at(code, "Idiot") is where "Idiot" stands.
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based line/column of the `occurrence`-th `words` in `code`, end exclusive (ESLint style). */
export function at(code: string, words: string, occurrence = 1): Span {
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = code.indexOf(words, index + 1);
    if (index < 0) throw new Error(`"${words}" (occurrence ${occurrence}) is not in the test text`);
  }
  const start = position(code, index);
  const end = position(code, index + words.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function position(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** A plain .eml reply: `authored` text, then the customer's mail quoted with "> ". */
export function emlReply(authored: string, quoted: string): string {
  const quotedLines = quoted
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  return (
    "From: Support <support@shop.example>\nTo: Kunde <kunde@example.org>\nSubject: Re: Ihre Bestellung\n" +
    "Content-Type: text/plain; charset=utf-8\n\n" +
    `${authored}\n\nAm 24.11.2026 um 10:00 schrieb Kunde <kunde@example.org>:\n${quotedLines}\n`
  );
}
