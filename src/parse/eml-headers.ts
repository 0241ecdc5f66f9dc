// Header fields with their place in the file: the top-level header block of a message and
// the header blocks of MIME parts, grouped and unfolded exactly as postal-mime does, plus
// where each recipient's address text stands inside its (possibly folded) header.

import { addressParser, decodeWords } from "postal-mime";
import type { HeaderField, Mailbox, SourceRange } from "../types.js";
import { decodeRawText, type FileLines } from "./eml-lines.js";
import { repairWindows1252 } from "./eml-windows1252.js";

/** A header field as it stands in the file. */
export interface RawHeaderField {
  /** Lower-case name. */
  key: string;
  /** Unfolded value, still with its encoded-words (as postal-mime's `headers[].value`). */
  value: string;
  /** 0-based indexes of the file lines the field spans (first line, then continuations). */
  lineIndexes: number[];
}

/** Blanks around a field name or value: only SP and HTAB, as RFC 5322 (and postal-mime) say. */
function trimBlanks(text: string): string {
  // A loop, not /[ \t]+$/: that regex retries from every blank of an inner run (quadratic
  // on a long header with many blanks).
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === " " || text[start] === "\t")) start++;
  while (end > start && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return text.slice(start, end);
}

/**
 * Reads the header block starting at `firstLine`, up to the empty line that ends it (or the
 * end of the file). Returns its fields and the index of the body's first line.
 */
export function readHeaderBlock(file: FileLines, firstLine: number): { fields: RawHeaderField[]; bodyLine: number } {
  const headerLines: number[] = [];
  let index = firstLine;
  for (; index < file.lines.length; index++) {
    const line = file.lines[index];
    if (line.end === line.start) {
      index++;
      break;
    }
    headerLines.push(index);
  }
  return { fields: groupFields(file, headerLines), bodyLine: index };
}

/** Groups header lines into fields: a line starting with SP or HTAB continues the field above. */
export function groupFields(file: FileLines, headerLines: readonly number[]): RawHeaderField[] {
  const groups: number[][] = [];
  for (const index of headerLines) {
    const first = file.bytes[file.lines[index].start];
    const continues = first === 0x20 || first === 0x09;
    if (continues && groups.length > 0) groups[groups.length - 1].push(index);
    else groups.push([index]);
  }
  return groups.map((lineIndexes) => {
    const unfolded = lineIndexes.map((i) => decodeRawText(file.lineBytes(i))).join("");
    const colon = unfolded.indexOf(":");
    const key = trimBlanks(colon < 0 ? unfolded : unfolded.slice(0, colon)).toLowerCase();
    const value = colon < 0 ? "" : trimBlanks(unfolded.slice(colon + 1).replace(/[\r\n]+/g, " "));
    return { key, value, lineIndexes };
  });
}

/** Where a field stands: from its name to the end of its last continuation line. */
export function fieldRange(file: FileLines, field: RawHeaderField): SourceRange {
  const first = file.lines[field.lineIndexes[0]];
  const last = file.lines[field.lineIndexes[field.lineIndexes.length - 1]];
  return { start: file.position(first.start), end: file.position(last.end) };
}

/** The public header list: every field decoded (encoded-words) and unfolded, with its range. */
export function toHeaderFields(file: FileLines, fields: RawHeaderField[]): HeaderField[] {
  return fields.map((field) => ({
    name: field.key,
    value: repairWindows1252(decodeWords(field.value)),
    range: fieldRange(file, field),
  }));
}

/** Mailboxes of an address header, groups flattened, addresses lower-cased, empty ones dropped. */
export function parseMailboxes(value: string): Mailbox[] {
  const mailboxes: Mailbox[] = [];
  for (const entry of addressParser(value, { flatten: true })) {
    if (entry.address) mailboxes.push({ name: repairWindows1252(entry.name ?? ""), address: entry.address.toLowerCase() });
  }
  return mailboxes;
}

/**
 * Where each `<text>` of a line starts ('<' offsets, ascending), by its text ASCII-lower-cased:
 * exactly the places findBytes would find `<address>` (an address holds neither '<' nor '>', so
 * its '<' is the last one before the '>').
 */
function bracketedTexts(file: FileLines, start: number, end: number): Map<string, number[]> {
  const found = new Map<string, number[]>();
  let open = -1;
  for (let i = start; i < end; i++) {
    const byte = file.bytes[i];
    if (byte === 0x3c) open = i;
    else if (byte === 0x3e && open >= 0) {
      const key = asciiLowerKey(file.bytes, open + 1, i);
      const list = found.get(key);
      if (list) list.push(open);
      else found.set(key, [open]);
      open = -1;
    }
  }
  return found;
}

/** Bytes as a string key, ASCII letters lower-cased (as findBytes compares). */
function asciiLowerKey(bytes: Uint8Array, start: number, end: number): string {
  let key = "";
  for (let i = start; i < end; i++) key += String.fromCharCode(lowerAscii(bytes[i]));
  return key;
}

/** The first offset in ascending `offsets` that is >= `from`, or -1. */
function firstFrom(offsets: number[] | undefined, from: number): number {
  if (!offsets) return -1;
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle] < from) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length ? offsets[low] : -1;
}

function lowerAscii(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}

/** Byte offset of `needle` in the file between `from` and `to`, ASCII case-insensitive, or -1. */
function findBytes(file: FileLines, needle: Uint8Array, from: number, to: number): number {
  outer: for (let i = from; i + needle.length <= to; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (lowerAscii(file.bytes[i + j]) !== lowerAscii(needle[j])) continue outer;
    }
    return i;
  }
  return -1;
}

const encoder = new TextEncoder();

/**
 * Mailboxes of an address field, each with the range of its address text in the header.
 * Addresses are looked up in order within the field's own lines (an address never spans a
 * fold), the `<address>` form first so that an address repeated in a display name does not
 * win. An address that does not stand in the raw text (an IDN written differently, say)
 * gets the whole field's range.
 */
export function locateAddresses(file: FileLines, field: RawHeaderField): Array<Mailbox & { range: SourceRange }> {
  const located: Array<Mailbox & { range: SourceRange }> = [];
  let cursorLine = 0;
  let cursor = file.lines[field.lineIndexes[0]].start;
  const bracketedByLine = new Map<number, Map<string, number[]>>();
  for (const mailbox of parseMailboxes(field.value)) {
    const address = encoder.encode(mailbox.address);
    const key = asciiLowerKey(address, 0, address.length);
    let range: SourceRange | undefined;
    for (let l = cursorLine; l < field.lineIndexes.length && !range; l++) {
      const line = file.lines[field.lineIndexes[l]];
      const from = Math.max(cursor, line.start);
      // The `<address>` form through an index of the line's brackets: searching the rest of the
      // line for it, for every bare address, made 10,000 addresses on one line take 6.8 s.
      let bracketed = bracketedByLine.get(l);
      if (!bracketed) bracketedByLine.set(l, (bracketed = bracketedTexts(file, line.start, line.end)));
      let at = firstFrom(bracketed.get(key), from);
      at = at >= 0 ? at + 1 : findBytes(file, address, from, line.end);
      if (at >= 0) {
        range = { start: file.position(at), end: file.position(at + address.length) };
        cursorLine = l;
        cursor = at + address.length;
      }
    }
    located.push({ ...mailbox, range: range ?? fieldRange(file, field) });
  }
  return located;
}
