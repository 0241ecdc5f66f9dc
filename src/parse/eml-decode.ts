// Positional decoding of a MIME part's body: transfer encoding (7bit/8bit, quoted-printable,
// base64), then charset, then format=flowed, then line ends, keeping for every UTF-16 unit
// of the result the file byte offset where its encoding starts. The steps mirror
// postal-mime's decoders step for step, so that the text comes out identical to postal-mime's
// (eml-sourcemap.ts verifies it and falls back when it does not).

import type { FileLines } from "./eml-lines.js";
import type { MimePart } from "./eml-structure.js";
import { repairWindows1252 } from "./eml-windows1252.js";

/** Decoded text and, per UTF-16 unit, the byte offset in the file where that unit's encoding starts. */
export interface TrackedText {
  text: string;
  /** One byte offset per UTF-16 unit of `text`, in typed arrays: a number array takes 8 bytes per unit and more while it grows. */
  sources: Int32Array;
}

interface TrackedBytes {
  bytes: Uint8Array;
  sources: Int32Array;
}

/** A typed array twice as long holding `array`'s values: how the builders below grow. */
export function doubled<T extends Uint8Array | Int32Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * Decoded bytes and their sources, appended one at a time into typed arrays: as number arrays
 * they took 16 bytes and more per byte of the part (Node 20 keeps 8-byte tagged values), the
 * larger part of what parsing a 5 MB .eml held at its peak.
 */
class BytesBuilder {
  private bytes: Uint8Array;
  private sources: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(capacity, 16));
    this.sources = new Int32Array(Math.max(capacity, 16));
  }

  push(byte: number, source: number): void {
    if (this.length === this.bytes.length) {
      this.bytes = doubled(this.bytes);
      this.sources = doubled(this.sources);
    }
    this.bytes[this.length] = byte;
    this.sources[this.length] = source;
    this.length++;
  }

  done(): TrackedBytes {
    // Views, not copies: the capacity was the part's size, and a copy would double the peak.
    return { bytes: this.bytes.subarray(0, this.length), sources: this.sources.subarray(0, this.length) };
  }
}

/** Sources appended one at a time when their number is not known in advance. */
class Int32Builder {
  private values: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.values = new Int32Array(Math.max(capacity, 16));
  }

  push(value: number): void {
    if (this.length === this.values.length) this.values = doubled(this.values);
    this.values[this.length++] = value;
  }

  done(): Int32Array {
    return this.values.slice(0, this.length);
  }
}

const EQUALS = 0x3d;

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/** 7bit, 8bit, binary and unknown encodings: every line as it stands, each followed by LF. */
function passThrough(file: FileLines, lineIndexes: readonly number[], out: BytesBuilder): void {
  for (const index of lineIndexes) {
    const { start, end } = file.lines[index];
    for (let p = start; p < end; p++) out.push(file.bytes[p], p);
    out.push(0x0a, end);
  }
}

/** Quoted-printable: "=XX" is one byte (sourced at its "="), a line ending in "=" is a soft break. */
function quotedPrintable(file: FileLines, lineIndexes: readonly number[], out: BytesBuilder): void {
  const bytes = file.bytes;
  for (const index of lineIndexes) {
    const { start, end } = file.lines[index];
    const softBreak = end > start && bytes[end - 1] === EQUALS;
    const stop = softBreak ? end - 1 : end;
    for (let p = start; p < stop; p++) {
      const high = bytes[p] === EQUALS && p + 2 < stop ? hexValue(bytes[p + 1]) : -1;
      const low = high >= 0 ? hexValue(bytes[p + 2]) : -1;
      if (low >= 0) {
        out.push((high << 4) | low, p);
        p += 2;
      } else {
        out.push(bytes[p], p);
      }
    }
    if (!softBreak) out.push(0x0a, end);
  }
}

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUES = new Int16Array(256).fill(-1);
for (let i = 0; i < BASE64_ALPHABET.length; i++) BASE64_VALUES[BASE64_ALPHABET.charCodeAt(i)] = i;

/**
 * Base64: every decoded byte is sourced at the first base64 character that carries its bits.
 * As in postal-mime, characters outside the alphabet are skipped and a run of "=" closes a
 * unit (some mailers pad every line); a unit's lone trailing character carries no byte.
 */
function base64(file: FileLines, lineIndexes: readonly number[], out: BytesBuilder): void {
  let unit: number[] = []; // byte offsets of the open unit's characters
  const flush = (): void => {
    const usable = unit.length % 4 === 1 ? unit.length - 1 : unit.length;
    for (let i = 0; i < usable; i += 4) {
      const group = unit.slice(i, Math.min(i + 4, usable)).map((p) => BASE64_VALUES[file.bytes[p]]);
      const [a, b, c = 0, d = 0] = group;
      const decoded = [((a << 2) | (b >> 4)) & 0xff, ((b << 4) | (c >> 2)) & 0xff, ((c << 6) | d) & 0xff];
      for (let k = 0; k < group.length - 1; k++) out.push(decoded[k], unit[i + k]);
    }
    unit = [];
  };
  for (const index of lineIndexes) {
    const { start, end } = file.lines[index];
    for (let p = start; p < end; p++) {
      const byte = file.bytes[p];
      if (BASE64_VALUES[byte] >= 0) unit.push(p);
      else if (byte === EQUALS && unit.length > 0) flush();
    }
  }
  flush();
}

/** The transfer decoder postal-mime picks for a Content-Transfer-Encoding token. */
export function decodeTransfer(file: FileLines, part: MimePart): TrackedBytes {
  // Room for the part's lines and their line ends: no part decodes to more bytes than that.
  let capacity = 0;
  for (const index of part.bodyLines) capacity += file.lines[index].end - file.lines[index].start + 1;
  const out = new BytesBuilder(capacity);
  if (/base64/i.test(part.transferEncoding)) base64(file, part.bodyLines, out);
  else if (/quoted-printable/i.test(part.transferEncoding)) quotedPrintable(file, part.bodyLines, out);
  else passThrough(file, part.bodyLines, out);
  return out.done();
}

function tryDecoder(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** The decoder for a charset label: UTF-8 when absent, windows-1252 when unknown (as postal-mime). */
export function charsetDecoder(charset: string | undefined): TextDecoder {
  const label = (charset || "utf-8").trim().toLowerCase();
  return tryDecoder(label) ?? tryDecoder(label.replace(/^x-/, "")) ?? new TextDecoder("windows-1252");
}

/** Encodings that map every byte to exactly one UTF-16 unit. */
export const SINGLE_BYTE = /^(ibm866|iso-8859-\d+|koi8-[ru]|macintosh|windows-\d+|x-mac-cyrillic|x-user-defined)$/;

/**
 * Calls `visit(unit, byte)` for every UTF-16 unit of `text` (valid UTF-8 without a BOM, decoded)
 * with the offset of the first byte of its code point's encoding: a surrogate pair is one 4-byte
 * code point, and both its units start at its first byte.
 */
export function forEachUtf8Unit(text: string, visit: (unit: number, byte: number) => void): void {
  let byte = 0;
  for (let unit = 0; unit < text.length; unit++) {
    const code = text.charCodeAt(unit);
    visit(unit, byte);
    if (code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00) {
      visit(++unit, byte);
      byte += 4;
    } else byte += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
}

/**
 * Source of every UTF-16 unit of valid, BOM-less UTF-8. Written over the byte sources, which are
 * read no more: a unit never comes before the first byte of its encoding (a 24 MB body: 96 MB less
 * at the parse's peak).
 */
function utf8Sources(text: string, byteSources: Int32Array): Int32Array {
  forEachUtf8Unit(text, (unit, byte) => (byteSources[unit] = byteSources[byte]));
  return byteSources.subarray(0, text.length);
}

/** Any charset, one byte at a time: each emitted unit is sourced at the first byte not yet emitted. */
function streamedSources(decoder: TextDecoder, bytes: Uint8Array, byteSources: ArrayLike<number>): TrackedText {
  let text = "";
  const sources = new Int32Builder(bytes.length);
  let pending = 0;
  const emit = (chunk: string): void => {
    text += chunk;
    for (let unit = 0; unit < chunk.length; unit++) sources.push(byteSources[Math.min(pending, byteSources.length - 1)]);
  };
  for (let i = 0; i < bytes.length; i++) {
    const chunk = decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    if (chunk) {
      emit(chunk);
      pending = i + 1;
    }
  }
  emit(decoder.decode());
  return { text, sources: sources.done() };
}

/**
 * Charset decoding with sources: the text of `new TextDecoder(label).decode(bytes)`, with
 * windows-1252's typographic characters repaired (see eml-windows1252.ts; same length).
 */
export function decodeCharset(input: TrackedBytes, charset: string | undefined): TrackedText {
  const decoded = decodeCharsetAsNode(input, charset);
  return { text: repairWindows1252(decoded.text), sources: decoded.sources };
}

function decodeCharsetAsNode(input: TrackedBytes, charset: string | undefined): TrackedText {
  const decoder = charsetDecoder(charset);
  const bytes = input.bytes;
  const text = decoder.decode(bytes);
  if (SINGLE_BYTE.test(decoder.encoding) && text.length === bytes.length) return { text, sources: input.sources };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (decoder.encoding === "utf-8" && !hasBom && !text.includes("\ufffd")) {
    return { text, sources: utf8Sources(text, input.sources) };
  }
  return streamedSources(charsetDecoder(charset), bytes, input.sources);
}

/** format=flowed (RFC 3676), as postal-mime unfolds it: a line ending in a space continues. */
export function unflow(input: TrackedText, deleteSpace: boolean): TrackedText {
  const { text } = input;
  let out = "";
  const sources = new Int32Array(text.length); // unfolding only drops units
  let written = 0;
  let lineStart = 0; // where the current unfolded line starts in `out`
  let lineLength = 0;
  let position = 0;
  let previousBreak = -1; // index in `text` of the break that ended the previous input line
  for (let i = 0; position <= text.length; i++) {
    let end = text.indexOf("\n", position);
    if (end < 0) end = text.length;
    const breakAt = end > position && text[end - 1] === "\r" ? end - 1 : end; // split on \r?\n
    let start = position;
    if (text[start] === " " && start < breakAt) start++; // space stuffing
    if (i > 0) {
      const isSignature = lineLength === 3 && out.slice(lineStart) === "-- ";
      if (out.endsWith(" ") && !isSignature) {
        if (deleteSpace) {
          out = out.slice(0, -1);
          written--;
          lineLength--;
        }
      } else {
        out += "\n";
        sources[written++] = input.sources[previousBreak];
        lineStart = out.length;
        lineLength = 0;
      }
    }
    out += text.slice(start, breakAt);
    for (let k = start; k < breakAt; k++) sources[written++] = input.sources[k];
    lineLength += breakAt - start;
    previousBreak = breakAt;
    position = end + 1;
  }
  return { text: out, sources: sources.subarray(0, written) };
}

/** CRLF and lone CR become LF (a CRLF keeps the CR's source). `input.sources` is reused for the result. */
export function normaliseLineEnds(input: TrackedText): TrackedText {
  if (!input.text.includes("\r")) return input;
  const sources = input.sources; // only drops units: each is written at or before where it was read
  let written = 0;
  for (let i = 0; i < input.text.length; i++) {
    sources[written++] = input.sources[i];
    if (input.text.charCodeAt(i) === 0x0d && input.text.charCodeAt(i + 1) === 0x0a) i++;
  }
  return { text: input.text.replace(/\r\n?/g, "\n"), sources: sources.subarray(0, written) };
}

/** The decoded text of a text part, with sources, before line-end normalisation. */
export function decodePart(file: FileLines, part: MimePart): TrackedText {
  const decoded = decodeCharset(decodeTransfer(file, part), part.params.charset);
  if (/^flowed$/i.test(part.params.format ?? "")) return unflow(decoded, /^yes$/i.test(part.params.delsp ?? ""));
  return decoded;
}
