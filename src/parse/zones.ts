// Splits a mail body into zones: what the sender writes now (authored), the signature, reply
// history (quoted) and forwarded mail, with the parsed quote header of each quoted zone.
//
// The body is read line by line, once (linear time; bodies may be 20 MB):
// - ">" markers give a line's quote depth ("> > " and ">>" are both 2).
// - An attribution ("On ... wrote:", "Am ... schrieb ...:") just above deeper-quoted lines
//   opens a quoted zone one level deeper; the header lines belong to that zone. Without ">"
//   lines below, only a client-made attribution (date, time, address) opens an unmarked history.
// - Outlook separators and From/Sent/To/Subject blocks, and forward banners, have no ">" after
//   them: everything below, down to the end or to a line with fewer ">" markers than the block,
//   is history. Each such block adds one level, so a thread of nested Outlook replies gets
//   depth 1, 2, 3 ... from newest to oldest, and ">" lines inside add their markers on top.
// - Forward banners open a "forwarded" zone (depth as for Outlook blocks); quotes inside a
//   forwarded mail are "quoted".
// - Blank lines, lines of bare markers (">") and lines in opaque ranges (code blocks) join the
//   zone of the line before them; they never start or end a zone.
// - In authored stretches, the signature starts at "-- " or at a closing followed by a short
//   name block (see signature.ts).
// - An attribution's header stays with its depth until a new header at that depth replaces it,
//   so the later quotes of an interleaved reply keep the author of the first.
import type { QuoteHeader, Span, ZoneKind } from "../types.js";
import {
  headerFromFields,
  isForwardBanner,
  isOriginalMessageSeparator,
  isUnderscoreSeparator,
  MAX_ATTRIBUTION_LENGTH,
  parseAttribution,
  parseFieldLine,
  type Attribution,
  type FieldLine,
} from "./quote-header.js";
import { findSignatureStart } from "./signature.js";

export interface ZoneSplit {
  kind: ZoneKind;
  start: number;
  end: number;
  depth: number;
  quoteHeader?: QuoteHeader;
}

interface Line {
  start: number;
  /** End of the line, before its "\n". */
  end: number;
  /** After the quote markers and the one space that follows them. */
  contentStart: number;
  markerDepth: number;
  opaque: boolean;
}

interface Assignment {
  kind: ZoneKind;
  depth: number;
  header?: QuoteHeader;
}

/** A region opened by an Outlook block or a forward banner: history down to fewer markers. */
interface OpenBlock {
  markerDepth: number;
  kind: "quoted" | "forwarded";
}

/** Blank lines allowed between a banner or separator and its header fields. */
const MAX_BLANKS_BEFORE_FIELDS = 2;
/** Blank lines allowed between an attribution and the quoted lines below it. */
const MAX_BLANKS_AFTER_ATTRIBUTION = 3;
/** Header fields a From/Von line needs below it to be an Outlook block without separator. */
const MIN_FIELDS_AFTER_BARE_FROM = 2;

const AUTHORED: Assignment = { kind: "authored", depth: 0 };
const SIGNATURE: Assignment = { kind: "signature", depth: 0 };
// Times as attribution lines print them; a standalone attribution (no ">" below) needs one.
const CLOCK_TIME = /\d{1,2}:\d{2}/;

/**
 * Splits a decoded body ("\n" line ends) into zones in order, non-overlapping, covering the
 * body (blank lines may fall into either neighbour). Returns spans of kind "quote-marker" (the
 * "> " / ">> " prefixes) and "quote-header" (the header lines: "On ... wrote:", the Outlook
 * block lines, forward banners) so the caller can blank them in the prose. Offsets are body
 * offsets. `opaque` lists body ranges already known not to be prose (code blocks in
 * Markdown): quote markers inside them are ignored. An empty body has no zones.
 */
export function splitZones(
  body: string,
  opaque: readonly { start: number; end: number }[] = [],
): { zones: ZoneSplit[]; spans: Span[] } {
  if (body === "") return { zones: [], spans: [] };
  const lines = scanLines(body, opaque);
  const spans = markerSpans(lines);
  const assignments = new ZoneAssigner(body, lines, spans).run();
  markSignatures(body, lines, assignments);
  return { zones: mergeIntoZones(body, lines, assignments), spans };
}

// ---------------------------------------------------------------------------------------
// Lines and quote markers

function scanLines(body: string, opaque: readonly { start: number; end: number }[]): Line[] {
  const ranges = [...opaque].sort((a, b) => a.start - b.start);
  let nextRange = 0;
  let opaqueUntil = -1; // the furthest end of the ranges starting before the current line
  const lines: Line[] = [];
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf("\n", start);
    const end = newline < 0 ? body.length : newline;
    const first = firstNonSpace(body, start, end);
    while (nextRange < ranges.length && ranges[nextRange].start <= first) {
      opaqueUntil = Math.max(opaqueUntil, ranges[nextRange].end);
      nextRange++;
    }
    const isOpaque = first < end && first < opaqueUntil;
    let contentStart = start;
    let depth = 0;
    if (!isOpaque) {
      contentStart = afterMarkers(body, start, end);
      for (let k = start; k < contentStart; k++) if (body[k] === ">") depth++;
    }
    lines.push({ start, end, contentStart, markerDepth: depth, opaque: isOpaque });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** The "> " / ">> " prefixes, outside opaque ranges. */
function markerSpans(lines: readonly Line[]): Span[] {
  const spans: Span[] = [];
  for (const line of lines) {
    if (line.markerDepth > 0) spans.push({ kind: "quote-marker", start: line.start, end: line.contentStart });
  }
  return spans;
}

function firstNonSpace(body: string, from: number, end: number): number {
  let i = from;
  while (i < end && (body[i] === " " || body[i] === "\t")) i++;
  return i;
}

/** Quote markers at the line start: up to three spaces, then ">" each optionally followed by one space. */
function afterMarkers(body: string, start: number, end: number): number {
  let i = start;
  while (i < end && i - start < 3 && body[i] === " ") i++;
  if (body[i] !== ">") return start;
  while (i < end && body[i] === ">") {
    i++;
    if (body[i] === " " || body[i] === "\t") i++;
  }
  return i;
}

// ---------------------------------------------------------------------------------------
// Assigning each line to a zone kind and depth

class ZoneAssigner {
  /** null: the line joins its neighbour's zone (blank, bare markers, opaque). */
  private readonly assignments: (Assignment | null)[];
  private readonly blocks: OpenBlock[] = [];
  /** The current quote header for each depth. */
  private readonly headers: (QuoteHeader | undefined)[] = [];
  private lastContent: Assignment | undefined;
  private trimmedIndex = -1;
  private trimmed = "";

  constructor(
    private readonly body: string,
    private readonly lines: readonly Line[],
    private readonly spans: Span[],
  ) {
    this.assignments = new Array(lines.length).fill(null);
  }

  run(): Assignment[] {
    const { lines } = this;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].opaque || this.isBlank(i)) continue;
      i = this.readHeaderBlock(i) ?? this.readAttribution(i) ?? this.readContentLine(i);
    }
    return resolveJoiningLines(this.assignments);
  }

  /** Returns the index of the last line consumed. */
  private readContentLine(i: number): number {
    const m = this.lines[i].markerDepth;
    this.closeBlocksDeeperThan(m);
    const depth = m + this.blocks.length;
    const top = this.blocks.at(-1);
    let assignment: Assignment = AUTHORED;
    if (depth > 0) {
      const kind = top?.kind === "forwarded" && top.markerDepth === m ? "forwarded" : "quoted";
      const header = this.headers[depth];
      // Consecutive lines of one zone share one assignment (bodies may have millions of lines).
      const last = this.lastContent;
      const same = last && last.kind === kind && last.depth === depth && last.header === header;
      assignment = same ? last : { kind, depth, header };
    }
    this.assignments[i] = this.lastContent = assignment;
    return i;
  }

  /** The content line's text, trimmed, computed once for the header checks. */
  private trimmedText(i: number): string {
    if (this.trimmedIndex !== i) {
      this.trimmedIndex = i;
      this.trimmed = this.text(i).trim();
    }
    return this.trimmed;
  }

  /** An Outlook block, a separator or a forward banner at line i; the index of its last line. */
  private readHeaderBlock(i: number): number | undefined {
    const m = this.lines[i].markerDepth;
    const text = this.trimmedText(i);
    let style: "outlook" | "forward";
    let fields: { fields: FieldLine[]; last: number };
    if (isForwardBanner(text) || isOriginalMessageSeparator(text)) {
      style = isForwardBanner(text) ? "forward" : "outlook";
      fields = this.readFields(i + 1, m, MAX_BLANKS_BEFORE_FIELDS) ?? { fields: [], last: i };
    } else if (isUnderscoreSeparator(text)) {
      const found = this.readFields(i + 1, m, 1);
      if (!found || found.fields[0].field !== "from") return undefined;
      style = "outlook";
      fields = found;
    } else if (parseFieldLine(text)?.field === "from") {
      const found = this.readFields(i, m, 0);
      if (!found || !isOutlookBlock(found.fields)) return undefined;
      style = "outlook";
      fields = found;
    } else return undefined;

    this.closeBlocksDeeperThan(m);
    const kind = style === "forward" ? "forwarded" : "quoted";
    this.blocks.push({ markerDepth: m, kind });
    const depth = m + this.blocks.length;
    const header = headerFromFields(style, fields.fields, this.lines[i].contentStart, this.lines[fields.last].end);
    this.openHeader(i, fields.last, { kind, depth, header });
    return fields.last;
  }

  /**
   * Consecutive header field lines from line `from` (after at most `maxBlanks` blank lines), all
   * at marker depth m. A line indented with white space, or following a To/Cc value that ends in
   * ";" or ",", continues the previous field (long recipient lists wrap).
   */
  private readFields(from: number, m: number, maxBlanks: number): { fields: FieldLine[]; last: number } | undefined {
    const fields: FieldLine[] = [];
    let i = from;
    for (let blanks = 0; i < this.lines.length && this.isBlank(i) && blanks < maxBlanks; blanks++) i++;
    let last = -1;
    for (; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.opaque || line.markerDepth !== m || this.isBlank(i)) break;
      const raw = this.text(i);
      const field = parseFieldLine(raw.trim());
      const previous = fields.at(-1);
      if (field && !/^\s/.test(raw)) fields.push(field);
      else if (previous && (/^\s/.test(raw) || /[;,]$/.test(previous.value))) {
        previous.value = `${previous.value} ${raw.trim()}`;
      } else break;
      last = i;
    }
    return fields.length > 0 ? { fields, last } : undefined;
  }

  /** "On ... wrote:" / "Am ... schrieb ...:" starting at line i, wrapped over up to three lines. */
  private readAttribution(i: number): number | undefined {
    const m = this.lines[i].markerDepth;
    const first = this.trimmedText(i);
    if (!/^(?:On|Am)\s/.test(first) && !first.includes("@") && !first.includes(" schrieb am ")) return undefined;
    let joined = "";
    for (let last = i; last < i + 3 && last < this.lines.length; last++) {
      const line = this.lines[last];
      if (last > i && (line.opaque || line.markerDepth !== m || this.isBlank(last))) return undefined;
      // Clients wrap an attribution mid-phrase; a line ending a sentence is prose.
      if (last > i && /[.!?]$/.test(joined)) return undefined;
      const text = this.text(last).trim();
      joined = joined === "" ? text : `${joined} ${text}`;
      if (joined.length > MAX_ATTRIBUTION_LENGTH) return undefined;
      if (!text.endsWith(":")) continue;
      // A line ending in ":" ends the attribution, or shows that this is prose.
      const attribution = parseAttribution(joined);
      return attribution ? this.openAttribution(i, last, attribution) : undefined;
    }
    return undefined;
  }

  private openAttribution(first: number, last: number, attribution: Attribution): number | undefined {
    const m = this.lines[first].markerDepth;
    const header: QuoteHeader = {
      style: "on-wrote",
      ...(attribution.author ? { author: attribution.author } : {}),
      to: [],
      cc: [],
      ...(attribution.dateText !== undefined ? { dateText: attribution.dateText } : {}),
      ...(attribution.date ? { date: attribution.date } : {}),
      start: this.lines[first].contentStart,
      end: this.lines[last].end,
    };
    this.closeBlocksDeeperThan(m);
    if (this.quotedLinesFollow(last + 1, m)) {
      this.openHeader(first, last, { kind: "quoted", depth: m + 1 + this.blocks.length, header });
      return last;
    }
    // No ">" below: some clients (and HTML turned into text) write the history unmarked. Only an
    // attribution as a client writes it (date, time and the author's address) is trusted to open
    // it, not prose like "On 24 Nov 2026 at 10:12 our technician wrote:"; all below is history.
    if (!attribution.date || !CLOCK_TIME.test(attribution.dateText ?? "") || !attribution.author?.address) return undefined;
    this.blocks.push({ markerDepth: m, kind: "quoted" });
    this.openHeader(first, last, { kind: "quoted", depth: m + this.blocks.length, header });
    return last;
  }

  /** The next line with text below `from` (after a few blank lines) has more markers than m. */
  private quotedLinesFollow(from: number, m: number): boolean {
    for (let i = from, seen = 0; i < this.lines.length && seen <= MAX_BLANKS_AFTER_ATTRIBUTION; i++, seen++) {
      const line = this.lines[i];
      if (line.markerDepth > m) return true;
      if (!line.opaque && !this.isBlank(i)) return false;
    }
    return false;
  }

  /** Records a header for its depth, assigns its lines and blanks them as quote-header spans. */
  private openHeader(first: number, last: number, assignment: Assignment & { header: QuoteHeader }): void {
    this.headers.length = assignment.depth;
    this.headers[assignment.depth] = assignment.header;
    for (let i = first; i <= last; i++) {
      this.assignments[i] = assignment;
      const line = this.lines[i];
      const start = firstNonSpace(this.body, line.contentStart, line.end);
      let end = line.end;
      while (end > start && /\s/.test(this.body[end - 1])) end--;
      if (end > start) this.spans.push({ kind: "quote-header", start, end });
    }
  }

  private closeBlocksDeeperThan(markerDepth: number): void {
    while ((this.blocks.at(-1)?.markerDepth ?? -1) > markerDepth) this.blocks.pop();
  }

  private text(i: number): string {
    const line = this.lines[i];
    return this.body.slice(line.contentStart, line.end);
  }

  private isBlank(i: number): boolean {
    const line = this.lines[i];
    for (let k = line.contentStart; k < line.end; k++) {
      const ch = this.body[k];
      if (ch !== " " && ch !== "\t" && ch !== "\r") return false;
    }
    return true;
  }
}

/** A From/Von line is an Outlook block only with at least two of Sent/Date, To, Cc, Subject below it. */
function isOutlookBlock(fields: readonly FieldLine[]): boolean {
  const others = new Set(fields.slice(1).map((f) => f.field));
  let count = 0;
  for (const field of ["date", "to", "cc", "subject"] as const) if (others.has(field)) count++;
  return count >= MIN_FIELDS_AFTER_BARE_FROM;
}

/** Lines without an assignment join the zone above them (those at the very top, the one below). */
function resolveJoiningLines(assignments: (Assignment | null)[]): Assignment[] {
  const firstAssigned = assignments.find((a) => a !== null) ?? AUTHORED;
  let previous = firstAssigned;
  return assignments.map((a) => (previous = a ?? previous));
}

// ---------------------------------------------------------------------------------------
// Signatures and zones

/** Turns the tail of each authored stretch into the signature, where there is one. */
function markSignatures(body: string, lines: readonly Line[], assignments: Assignment[]): void {
  let stretchStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const authored = i < lines.length && assignments[i].kind === "authored";
    if (authored && stretchStart < 0) stretchStart = i;
    if (authored || stretchStart < 0) continue;
    const stretch = lines.slice(stretchStart, i).map((line) => ({
      text: body.slice(line.contentStart, line.end),
      opaque: line.opaque,
    }));
    const signatureStart = findSignatureStart(stretch);
    if (signatureStart >= 0) assignments.fill(SIGNATURE, stretchStart + signatureStart, i);
    stretchStart = -1;
  }
}

function mergeIntoZones(body: string, lines: readonly Line[], assignments: readonly Assignment[]): ZoneSplit[] {
  const zones: ZoneSplit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = assignments[i];
    const current = zones.at(-1);
    if (current && current.kind === a.kind && current.depth === a.depth && current.quoteHeader === a.header) continue;
    const start = current ? lines[i].start : 0;
    if (current) current.end = start;
    zones.push({ kind: a.kind, start, end: body.length, depth: a.depth, ...(a.header ? { quoteHeader: a.header } : {}) });
  }
  return zones;
}
