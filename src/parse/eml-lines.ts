// The raw lines of an .eml file and the mapping from a byte offset in the file to the
// 1-based line:column an editor shows for it.
//
// Lines are split exactly as postal-mime reads them (on LF, trailing CR bytes are not part
// of the line's content), so that a line index here and a line postal-mime fed to its
// decoders are the same line. A CRLF file's 5th line is line 5.

import type { Position } from "../types.js";
import { firstIndexWhere, startsAfter } from "../text/binary-search.js";

export interface FileLine {
  /** Byte offset of the line's first byte. */
  start: number;
  /** Byte offset after the line's last content byte (CR and LF excluded). */
  end: number;
}

const LF = 0x0a;
const CR = 0x0d;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * UTF-16 length of a run of file bytes as an editor shows it: UTF-8 when the bytes are
 * valid UTF-8, else one unit per byte (an editor opens such a file as Latin-1/windows-1252,
 * or shows one replacement character per bad byte: one column either way).
 */
export function editorLength(bytes: Uint8Array): number {
  try {
    return strictUtf8.decode(bytes).length;
  } catch {
    return bytes.length;
  }
}

/** Decodes raw header or line bytes: UTF-8 when valid, else windows-1252 (raw 8-bit Latin-1 text). */
export function decodeRawText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export class FileLines {
  readonly lines: FileLine[] = [];

  constructor(readonly bytes: Uint8Array) {
    let start = 0;
    let end = 0;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte !== CR && byte !== LF) end = i + 1;
      if (byte === LF) {
        this.lines.push({ start, end: Math.max(end, start) });
        start = i + 1;
        end = start;
      }
    }
    if (start < bytes.length) this.lines.push({ start, end: Math.max(end, start) });
  }

  /** The content bytes of line `index` (0-based). */
  lineBytes(index: number): Uint8Array {
    const line = this.lines[index];
    return this.bytes.subarray(line.start, line.end);
  }

  /** 0-based index of the line holding byte offset `offset` (clamped into the file). */
  lineIndexAt(offset: number): number {
    return Math.max(firstIndexWhere(this.lines, startsAfter, offset) - 1, 0);
  }

  /**
   * 1-based line and column of a byte offset. The column counts UTF-16 units of the line's
   * text before the offset, as an editor shows the file; an offset in the line break (or
   * past the line) is the column just after the line's last character.
   */
  position(offset: number): Position {
    if (this.lines.length === 0) return { line: 1, column: 1 };
    const index = this.lineIndexAt(offset);
    const line = this.lines[index];
    const stop = Math.min(Math.max(offset, line.start), line.end);
    return { line: index + 1, column: editorLength(this.bytes.subarray(line.start, stop)) + 1 };
  }
}
