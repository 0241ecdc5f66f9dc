// Whether a suggestion's replacement can be written into an .eml file exactly (issue 19, item 3).
//
// A finding's range is in the file's own coordinates (src/parse/eml-sourcemap.ts), but its
// suggestion replaces body text, which in a quoted-printable or base64 part is not what the file
// holds there. An edit is offered only when
// - the body was mapped exactly from text/plain parts (not converted from HTML, not aligned),
// - the file text at the range is, character for character, the body text the finding covers
//   (so "f=C3=BCr", a soft line break or base64 inside the range rule it out), and
// - the replacement can be written in the part's transfer encoding and charset: as it is in a
//   7bit/8bit part (non-ASCII only when the part is UTF-8), quoted-printable-encoded in a
//   quoted-printable part (non-ASCII only when the part is UTF-8), never in base64.
// Anything else: the suggestion stays a description without an edit.
import type { Position } from "../types.js";
import { parseEml } from "../parse/eml.js";
import { FileLines } from "../parse/eml-lines.js";
import { exactBodyMap } from "../parse/eml-sourcemap.js";
import { selectTextEntries, walkMime, type MimePart } from "../parse/eml-structure.js";

export interface FileRange {
  start: Position;
  end: Position;
}

/** Answers, for one version of an .eml text, what a replacement of a finding's range must be written as. */
export interface EmlEditor {
  /** The text to put at `range` in the file for `replacement`, or undefined when that would not be exact. */
  fileText(range: FileRange, rangeText: string, replacement: string): string | undefined;
}

const NEVER: EmlEditor = { fileText: () => undefined };

/** Parses `text` (the editor's text of an .eml file) once for all the edits of its findings. */
export async function emlEditor(text: string): Promise<EmlEditor> {
  const bytes = new TextEncoder().encode(text);
  let mail;
  try {
    mail = await parseEml(bytes);
  } catch {
    return NEVER; // an unparsable draft has no findings with suggestions anyway
  }
  if (mail.bodySource !== "text") return NEVER;
  const file = new FileLines(bytes);
  const root = walkMime(file);
  const map = exactBodyMap(file, selectTextEntries(root), mail.body, 0);
  if (!map) return NEVER;
  const body = mail.body;
  const compare = (a: Position, b: Position) => a.line - b.line || a.column - b.column;
  /** The first body offset whose position is `at`, if any (positions grow with offsets in an exact map). */
  const offsetAt = (at: Position): number | undefined => {
    let low = 0;
    let high = body.length; // position(body.length) is the end of the body
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(mail.position(mid), at) < 0) low = mid + 1;
      else high = mid;
    }
    return compare(mail.position(low), at) === 0 ? low : undefined;
  };

  return {
    fileText(range, rangeText, replacement) {
      const start = offsetAt(range.start);
      const end = offsetAt(range.end);
      if (start === undefined || end === undefined || end < start) return undefined;
      if (body.slice(start, end) !== rangeText) return undefined;
      const part = partAtLine(root, range.start.line - 1);
      if (!part || part !== partAtLine(root, range.end.line - 1)) return undefined;
      return encodeFor(part, replacement);
    },
  };
}

/** The leaf part whose body holds the 0-based file line `index`. */
function partAtLine(part: MimePart, index: number): MimePart | undefined {
  if (part.children.length === 0) return part.bodyLines.includes(index) ? part : undefined;
  for (const child of part.children) {
    const found = partAtLine(child, index);
    if (found) return found;
  }
  return undefined;
}

const ASCII = /^[\x20-\x7e]*$/;

/** The replacement as the part's bytes would carry it, written as editor text; undefined when it cannot be. */
function encodeFor(part: MimePart, replacement: string): string | undefined {
  if (replacement.includes("\n") || replacement.includes("\r")) return undefined;
  const utf8 = /^utf-?8$/i.test(part.params.charset ?? "");
  switch (part.transferEncoding) {
    case "":
    case "7bit":
    case "8bit":
    case "binary":
      return ASCII.test(replacement) || utf8 ? replacement : undefined;
    case "quoted-printable":
      if (!ASCII.test(replacement) && !utf8) return undefined;
      return quotedPrintable(replacement);
    default:
      return undefined; // base64 and unknown encodings
  }
}

/** Quoted-printable of a one-line UTF-8 text: printable ASCII but "=" as it is, everything else =XX. */
function quotedPrintable(text: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    out += byte >= 0x20 && byte <= 0x7e && byte !== 0x3d ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
