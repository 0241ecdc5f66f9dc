// Offset -> line:column for text whose lines are the file's lines (templates, and the
// fallback for mail bodies). Columns are 1-based UTF-16 code units, as in ESLint.
import type { Position } from "../types.js";
import { firstIndexWhere } from "../text/binary-search.js";

/** Offsets where each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: readonly number[], text: string, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, text.length));
  // The last line starting at or before the offset (starts[0] is 0).
  const line = firstIndexWhere(starts, isAfter, clamped) - 1;
  return { line: line + 1, column: clamped - starts[line] + 1 };
}

function isAfter(start: number, offset: number): boolean {
  return start > offset;
}
