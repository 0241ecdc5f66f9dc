// The body's source map: for every UTF-16 unit of the body text, the file byte offset its
// encoding starts at, and from there the file line:column (FileLines.position).
//
// Exact map: the body is decoded again from the file with positions (eml-decode.ts) and
// accepted only when that text equals postal-mime's, unit for unit. Otherwise (HTML
// converted to text, inline message/rfc822 parts, a charset we decode differently) each body
// line is aligned with a decoded source line that contains it verbatim; a line that cannot
// be aligned maps to the first body line of the part.
//
// Columns. Lines are the file's own lines (a line after a quoted-printable soft break is the
// next file line, a CRLF file's line 5 is the 5th line). Columns are source columns, as in
// ESLint: UTF-16 units of the file line as an editor shows it, before the character's
// encoding starts. So a word after "f=C3=BCr " in a quoted-printable line starts 8 columns
// (the width of "f=C3=BCr ") after "f", not 4. We chose this over columns in the decoded text
// because every consumer of a position shows the raw file: the editor a user jumps into,
// GitHub code scanning rendering SARIF, reviewdog; none of them shows a decoded view with the
// file's line structure (a decoded view joins soft-broken lines anyway). For 7bit/8bit bodies
// both conventions agree (a Latin-1 byte or a UTF-8 sequence is one character either way).
// A base64 body maps a character to the base64 character that carries its first bits.

import type { Position } from "../types.js";
import { decodePart, doubled, normaliseLineEnds, type TrackedText } from "./eml-decode.js";
import type { FileLines } from "./eml-lines.js";
import type { MimePart, TextEntry } from "./eml-structure.js";
import { repairWindows1252 } from "./eml-windows1252.js";

/** Body text as the Draft carries it: line ends "\n", windows-1252 characters repaired (same length). */
export function normaliseBodyText(text: string): string {
  return repairWindows1252(text.replace(/\r\n?/g, "\n"));
}

/** Pieces joined with "\n" (as postal-mime joins text parts); a separator is sourced where the piece before it ends. */
function joinTracked(pieces: TrackedText[], fallbackSource: number): TrackedText {
  if (pieces.length === 1) return pieces[0];
  const text = pieces.map((piece) => piece.text).join("\n");
  const sources = new Int32Array(text.length);
  let written = 0;
  pieces.forEach((piece, index) => {
    if (index > 0) {
      sources[written] = written > 0 ? sources[written - 1] : fallbackSource;
      written++;
    }
    sources.set(piece.sources, written);
    written += piece.sources.length;
  });
  return { text, sources };
}

/**
 * The exact map of postal-mime's plain text, or undefined when the text is not made of
 * text/plain parts only or when our positional decoding does not reproduce it exactly.
 */
export function exactBodyMap(file: FileLines, entries: readonly TextEntry[], body: string, fallbackSource: number): TrackedText | undefined {
  const parts = plainParts(entries);
  if (!parts) return undefined;
  const tracked = decodePlainBody(file, parts, fallbackSource);
  return tracked.text === body ? tracked : undefined;
}

/** The text/plain parts the body is made of, or undefined when it has HTML or inline messages in it. */
export function plainParts(entries: readonly TextEntry[]): MimePart[] | undefined {
  if (entries.some((entry) => entry.subMessage || entry.plain.length === 0)) return undefined;
  return entries.flatMap((entry) => entry.plain);
}

/** The body text of text/plain parts as postal-mime joins them ("\n" between parts), line ends normalised, with sources. */
export function decodePlainBody(file: FileLines, parts: readonly MimePart[], fallbackSource: number): TrackedText {
  return normaliseLineEnds(joinTracked(parts.map((part) => decodePart(file, part)), fallbackSource));
}

interface SourceLine {
  text: string;
  sources: Int32Array;
  /** Source of the line break after the line. */
  breakSource: number;
}

function splitLines(tracked: TrackedText, fallbackSource: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  while (start <= tracked.text.length) {
    let end = tracked.text.indexOf("\n", start);
    if (end < 0) end = tracked.text.length;
    const sources = tracked.sources.slice(start, end);
    const breakSource = tracked.sources[end] ?? sources[sources.length - 1] ?? fallbackSource;
    lines.push({ text: tracked.text.slice(start, end), sources, breakSource });
    start = end + 1;
  }
  return lines;
}

/** How many source lines past the last aligned place a word (or a short line) is looked for. */
const WORD_WINDOW = 3;
/** Shorter words are too likely to stand somewhere else (inside a tag, in another word). */
const MIN_WORD_LENGTH = 3;
/** A word this long is distinctive enough to be looked for anywhere ahead. */
const MIN_FAR_WORD_LENGTH = 6;
/** A shorter line is looked for whole only within the window too: "Hi" stands everywhere. */
const MIN_FAR_LINE_LENGTH = 10;
/** A match must not continue a longer word on either side. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface LineMap {
  /** Source of each aligned character of a body line (undefined where not aligned). */
  own: (number | undefined)[];
  /** Line index just after an aligned stretch -> the source just after that stretch. */
  after: Map<number, number>;
}

/**
 * Alignment for a body that could not be mapped exactly (HTML converted to text, inline
 * messages, a charset we decode differently). Each body line is looked up, trimmed and
 * verbatim, in the decoded lines of the given parts, forward from the last aligned place;
 * a line that is not found whole (HTML joins source lines and drops tags) has its words of
 * three or more characters looked up in order, as whole words, within a few source lines of
 * the last aligned place or of the first source line holding one of its long words. Aligned
 * characters map to their own sources, characters between them to the place after the
 * previous aligned word; a line with nothing aligned maps to `fallbackSource` (the part's
 * first body line).
 */
export function alignedBodyMap(file: FileLines, parts: readonly MimePart[], body: string, fallbackSource: number): TrackedText {
  const sourceLines = parts.flatMap((part) => splitLines(normaliseLineEnds(decodePart(file, part)), fallbackSource));
  const cursor = { line: 0, column: 0 };
  let afterLast = fallbackSource; // the source just after the last aligned text

  /** The next place where `needle` stands as whole words (not inside a longer word: "und" in "Freundliche"). */
  const find = (needle: string, lastLine: number): { line: number; at: number } | undefined => {
    for (let k = cursor.line; k < Math.min(sourceLines.length, lastLine + 1); k++) {
      const text = sourceLines[k].text;
      for (let at = text.indexOf(needle, k === cursor.line ? cursor.column : 0); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (!WORD_CHAR.test(text.charAt(at - 1)) && !WORD_CHAR.test(text.charAt(at + needle.length))) return { line: k, at };
      }
    }
    return undefined;
  };
  /** Maps body[from, from + length) onto the source text found for it; notes the source after it. */
  const take = (line: LineMap, from: number, length: number, hit: { line: number; at: number }): void => {
    const source = sourceLines[hit.line];
    for (let j = 0; j < length; j++) line.own[from + j] = source.sources[hit.at + j];
    cursor.line = hit.line;
    cursor.column = hit.at + length;
    afterLast = source.sources[hit.at + length] ?? source.breakSource;
    line.after.set(from + length, afterLast);
  };

  const sources = new Int32Array(body.length); // one per unit, line breaks included
  let written = 0;
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf("\n", start);
    if (end < 0) end = body.length;
    const text = body.slice(start, end);
    const line: LineMap = { own: new Array(text.length).fill(undefined), after: new Map() };
    const trimmed = text.trim();
    const reach = trimmed.length >= MIN_FAR_LINE_LENGTH ? Infinity : cursor.line + WORD_WINDOW;
    const whole = trimmed ? find(trimmed, reach) : undefined;
    if (whole) take(line, text.indexOf(trimmed), trimmed.length, whole);
    else {
      const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].filter((word) => word[0].length >= MIN_WORD_LENGTH);
      // the first distinctive word found anywhere ahead anchors the window for all the line's words
      const anchor = words
        .filter((word) => word[0].length >= MIN_FAR_WORD_LENGTH)
        .reduce<number | undefined>((found, word) => found ?? find(word[0], Infinity)?.line, undefined);
      for (const word of words) {
        const hit = find(word[0], Math.max(cursor.line, anchor ?? 0) + WORD_WINDOW);
        if (hit) take(line, word.index ?? 0, word[0].length, hit);
      }
    }
    const firstAligned = line.own.find((source) => source !== undefined);
    const aligned = firstAligned !== undefined;
    // Characters before the first aligned word map to it, characters after a word to the place after it.
    let between = firstAligned ?? (trimmed ? fallbackSource : afterLast);
    for (let j = 0; j < text.length; j++) {
      between = line.after.get(j) ?? between;
      sources[written++] = line.own[j] ?? between;
    }
    if (end < body.length) sources[written++] = aligned || !trimmed ? afterLast : fallbackSource;
    start = end + 1;
  }
  return { text: body, sources };
}

/**
 * The per-unit sources as runs: a run starts where a unit's source is not the one after the
 * previous unit's (a line end, a character of several bytes, an encoded one), and inside a run
 * the source of unit `i` is the run's first source plus the units before `i`. A 5 MB body has
 * 5 million sources, 40 MB as a number array kept for every position the rules ask (8 bytes
 * each: Node 20 has no pointer compression); a plain-text reply thread has a run per line and per
 * non-ASCII character, 0.3 million here, kept in two Int32Arrays (2.4 MB).
 */
export class SourceRuns {
  constructor(
    private readonly units: Int32Array,
    private readonly sources: Int32Array,
  ) {}

  /** The runs of per-unit sources. */
  static of(sources: Int32Array): SourceRuns {
    const runs = new RunsBuilder(16);
    for (let i = 0; i < sources.length; i++) runs.add(i, sources[i]);
    return runs.done();
  }

  /** The source of unit `index` (0 <= index < the body's length). */
  at(index: number): number {
    let low = 0;
    let high = this.units.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.units[middle] <= index) low = middle;
      else high = middle - 1;
    }
    return this.sources[low] + (index - this.units[low]);
  }

  /** at() for indexes asked in increasing order: a pointer walks the runs instead of a search per index. */
  reader(): (index: number) => number {
    let run = 0;
    return (index) => {
      while (run + 1 < this.units.length && this.units[run + 1] <= index) run++;
      return this.sources[run] + (index - this.units[run]);
    };
  }
}

/** SourceRuns made one unit at a time, in order, without a source per unit. */
export class RunsBuilder {
  private units: Int32Array;
  private sources: Int32Array;
  private count = 0;
  private next = -1; // the source that continues the open run

  constructor(capacity: number) {
    this.units = new Int32Array(Math.max(capacity, 16));
    this.sources = new Int32Array(Math.max(capacity, 16));
  }

  /** Unit `unit` (the one after the last added) is sourced at `source`. */
  add(unit: number, source: number): void {
    if (source !== this.next) {
      if (this.count === this.units.length) {
        this.units = doubled(this.units);
        this.sources = doubled(this.sources);
      }
      this.units[this.count] = unit;
      this.sources[this.count] = source;
      this.count++;
    }
    this.next = source + 1;
  }

  done(): SourceRuns {
    return new SourceRuns(this.units.slice(0, this.count), this.sources.slice(0, this.count));
  }
}

/** body offset -> file position, through the per-unit sources. */
export function bodyPositions(file: FileLines, map: TrackedText, fallbackSource: number): (offset: number) => Position {
  return positionsOf(file, map.text, SourceRuns.of(map.sources), fallbackSource);
}

/** body offset -> file position, through the runs of the body's sources. */
export function positionsOf(file: FileLines, text: string, runs: SourceRuns, fallbackSource: number): (offset: number) => Position {
  const length = text.length;
  const endsWithLineBreak = text[length - 1] === "\n";
  const sourceAt = (index: number) => runs.at(index);
  return (offset: number): Position => {
    const index = Math.floor(Number.isFinite(offset) ? offset : 0);
    if (length === 0) return file.position(fallbackSource);
    if (index < 0) return file.position(sourceAt(0));
    if (index < length) return file.position(sourceAt(index));
    // The end of the body: just after its last character (a final line break is its line's end).
    const last = file.position(sourceAt(length - 1));
    if (endsWithLineBreak) return last;
    const line = file.lines[last.line - 1];
    const lineEnd = line ? file.position(line.end).column : last.column;
    return { line: last.line, column: Math.min(last.column + 1, lineEnd) };
  };
}
