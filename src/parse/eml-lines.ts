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
    if (line.end - line.start <= LONG_LINE) return { line: index + 1, column: editorLength(this.bytes.subarray(line.start, stop)) + 1 };
    return { line: index + 1, column: this.longLineColumns(index).lengthBefore(stop) + 1 };
  }

  private readonly longLines = new Map<number, LongLineColumns>();

  /** Decoding a long line from its start for every position made one long line quadratic (a 400 KB paragraph: 15.8 s). */
  private longLineColumns(index: number): LongLineColumns {
    let columns = this.longLines.get(index);
    if (!columns) this.longLines.set(index, (columns = new LongLineColumns(this.bytes, this.lines[index])));
    return columns;
  }
}

/** Lines up to this many bytes are decoded for each position; longer ones get LongLineColumns. */
const LONG_LINE = 2048;
/** Bytes between two of LongLineColumns' checkpoints: what one position counts at most. */
const CHECKPOINT_BYTES = 1024;

const isContinuation = (byte: number) => (byte & 0xc0) === 0x80;

/**
 * editorLength(line bytes before `stop`) for any stop in one long line, in time bounded by
 * CHECKPOINT_BYTES: the line is checked once for the end of its valid UTF-8 prefix, and the UTF-16
 * length of that prefix is kept every CHECKPOINT_BYTES. A run of bytes is valid UTF-8 when it ends
 * within that prefix at a character boundary; its UTF-16 length is then one unit per character
 * and two for a 4-byte one. Otherwise it is one unit per byte, as editorLength says.
 */
class LongLineColumns {
  private readonly validEnd: number;
  /** UTF-16 units before byte line.start + k * CHECKPOINT_BYTES (within the valid prefix). */
  private readonly checkpoints: number[] = [0];

  constructor(
    private readonly bytes: Uint8Array,
    private readonly line: FileLine,
  ) {
    this.validEnd = validUtf8End(bytes, line.start, line.end);
    let units = 0;
    for (let i = line.start; i < this.validEnd; i++) {
      if ((i - line.start) % CHECKPOINT_BYTES === 0 && i > line.start) this.checkpoints.push(units);
      units += unitsOf(bytes[i]);
    }
  }

  lengthBefore(stop: number): number {
    const { bytes, line, validEnd } = this;
    const valid = stop === validEnd || (stop < validEnd && !isContinuation(bytes[stop]));
    if (!valid) return stop - line.start;
    const k = Math.floor((stop - line.start) / CHECKPOINT_BYTES);
    let units = this.checkpoints[k];
    for (let i = line.start + k * CHECKPOINT_BYTES; i < stop; i++) units += unitsOf(bytes[i]);
    return units;
  }
}

/** UTF-16 units a byte of valid UTF-8 adds: 1 for a lead or ASCII byte, 2 for a 4-byte lead, 0 for a continuation. */
function unitsOf(byte: number): number {
  return isContinuation(byte) ? 0 : byte >= 0xf0 ? 2 : 1;
}

/** The end of the longest prefix of bytes[start, end) made of whole, valid UTF-8 characters (as TextDecoder's fatal mode judges). */
function validUtf8End(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > end) return i;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let j = 2; j < length; j++) if (!isContinuation(bytes[i + j])) return i;
    i += length;
  }
  return end;
}
