// Parses an .eml file: postal-mime reads the message (headers, addresses, MIME structure,
// charsets, transfer encodings, encoded-words, attachments, text from HTML); the eml-*
// modules add what it does not give: where each header, address and body character stands
// in the file.

import PostalMime, { decodeWords, type Email } from "postal-mime";
import type { Attachment, HeaderField, Mailbox, Position, SourceRange } from "../types.js";
import { htmlBodyText } from "./eml-html.js";
import { locateAddresses, parseMailboxes, readHeaderBlock, toHeaderFields, type RawHeaderField } from "./eml-headers.js";
import { FileLines } from "./eml-lines.js";
import { alignedBodyMap, bodyPositions, decodePlainBody, exactBodyMap, normaliseBodyText, plainParts, positionsOf } from "./eml-sourcemap.js";
import { plainUtf8Body } from "./eml-plain-body.js";
import { selectTextEntries, walkMime, type MimePart, type TextEntry } from "./eml-structure.js";
import { repairWindows1252 } from "./eml-windows1252.js";
import { ParseError } from "./parse-error.js";

export interface AddressField extends Mailbox {
  /** Where the address text stands in the file. */
  range?: SourceRange;
}

export interface ParsedEml {
  /** Every top-level header, decoded (encoded-words), unfolded, with its range. */
  headers: HeaderField[];
  from?: Mailbox;
  replyTo: Mailbox[];
  /** Groups flattened; addresses lower-cased. */
  to: AddressField[];
  cc: AddressField[];
  bcc: AddressField[];
  subject?: string;
  date?: Date;
  /** The raw Date header (its zone offset says the sender's local time). */
  dateText?: string;
  inReplyTo?: string;
  references: string[];
  /** Real attachments: not the body's text parts, not images shown inline in the HTML. */
  attachments: Attachment[];
  /** Decoded text of the chosen part, line ends normalised to "\n". */
  body: string;
  /** text/plain is preferred; else the text of the HTML part. */
  bodySource: "text" | "html";
  /** Body offset -> 1-based line and column in the file (see eml-sourcemap.ts for columns). */
  position(offset: number): Position;
}

/** A header field line: a name of printable ASCII without ":" and a colon. */
const FIELD_LINE = /^[!-9;-~]+[ \t]*:/;
/** The "From sender date" separator line mbox files put before a message. */
const MBOX_SEPARATOR = /^From /;

/** Throws a ParseError for bytes that are not a mail at all: empty, binary, no header block. */
function assertMessage(file: FileLines): void {
  if (file.lines.length === 0 || file.lines.every((line) => line.end === line.start)) {
    throw new ParseError("The file is empty: an .eml draft starts with header lines such as 'From:' and 'Subject:'.");
  }
  let first = 0;
  const text = (index: number): string => new TextDecoder("latin1").decode(file.lineBytes(index));
  if (MBOX_SEPARATOR.test(text(0)) && file.lines.length > 1) first = 1;
  const headerEnd = file.lines.findIndex((line, index) => index >= first && line.end === line.start);
  const headerBytes = file.bytes.subarray(0, headerEnd < 0 ? file.bytes.length : file.lines[headerEnd].start);
  if (headerBytes.includes(0)) {
    throw new ParseError("This is binary data, not an e-mail: its header block contains NUL bytes.");
  }
  if (!FIELD_LINE.test(text(first))) {
    throw new ParseError(
      `This is not an e-mail: line ${first + 1} should be a header such as 'From: ...' but is not ("${text(first).slice(0, 40)}").`,
      first + 1,
    );
  }
}

async function parseWithPostalMime(bytes: Uint8Array): Promise<Email> {
  try {
    return await PostalMime.parse(bytes);
  } catch (error) {
    throw new ParseError(`Cannot parse this e-mail: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Message-ids of a References header, in order. */
function messageIds(value: string): string[] {
  const bracketed = value.match(/<[^<>]*>/g);
  return bracketed ?? value.split(/\s+/).filter(Boolean);
}

/** Where unmapped body text points: the first body line of the first chosen part, else the message body's first line. */
function firstBodyLineSource(file: FileLines, parts: readonly MimePart[], bodyLine: number): number {
  const part = parts.find((candidate) => candidate.bodyLines.length > 0);
  const line = part ? part.bodyLines[0] : Math.min(bodyLine, file.lines.length - 1);
  return file.lines[Math.max(line, 0)]?.start ?? 0;
}

interface Body {
  body: string;
  bodySource: "text" | "html";
  position(offset: number): Position;
}

async function readBody(file: FileLines, email: Email, bodyLine: number, entries: TextEntry[]): Promise<Body> {
  if (email.text !== undefined) {
    const body = normaliseBodyText(email.text);
    // the parts postal-mime took the text from: text/plain, else HTML it converted
    const parts = entries.flatMap((entry) => (entry.plain.length > 0 ? entry.plain : entry.html));
    const fallback = firstBodyLineSource(file, parts, bodyLine);
    const map = exactBodyMap(file, entries, body, fallback) ?? alignedBodyMap(file, parts, body, fallback);
    return { body, bodySource: "text", position: bodyPositions(file, map, fallback) };
  }
  const parts = entries.flatMap((entry) => entry.html);
  const fallback = firstBodyLineSource(file, parts, bodyLine);
  if (email.html === undefined) {
    return { body: "", bodySource: "text", position: bodyPositions(file, { text: "", sources: new Int32Array(0) }, fallback) };
  }
  let html: string;
  try {
    html = await htmlBodyText(file.bytes);
  } catch (error) {
    throw new ParseError(`Cannot read the HTML body of this e-mail: ${error instanceof Error ? error.message : String(error)}`);
  }
  const body = normaliseBodyText(html);
  return { body, bodySource: "html", position: bodyPositions(file, alignedBodyMap(file, parts, body, fallback), fallback) };
}

/**
 * A body of text/plain parts this large is decoded by mail-lint alone, and postal-mime reads
 * the message without those parts' lines. postal-mime keeps every line of a part as a chunk of
 * its own and joins them through a Blob: a 5 MB reply thread peaked at 255 MB in postal-mime
 * alone (40x the file). Our own decoders give the same text: for smaller bodies every parse
 * checks that (exactBodyMap), and test/parse/eml-large-body.test.ts checks both ways on every
 * fixture. Past this size the check is what we give up, not the text; no real reply comes near.
 */
export const LARGE_PLAIN_BODY_BYTES = 256 * 1024;

/** The bytes of the message without the body lines of the given parts (boundaries and headers stay). */
function withoutBodies(file: FileLines, parts: readonly MimePart[]): Uint8Array {
  const pieces: Uint8Array[] = [];
  let cursor = 0;
  const inFileOrder = parts.filter((part) => part.bodyLines.length > 0).sort((a, b) => a.bodyLines[0] - b.bodyLines[0]);
  for (const part of inFileOrder) {
    const first = file.lines[part.bodyLines[0]].start;
    const afterLast = file.lines[part.bodyLines[part.bodyLines.length - 1] + 1]?.start ?? file.bytes.length;
    pieces.push(file.bytes.subarray(cursor, first));
    cursor = afterLast;
  }
  pieces.push(file.bytes.subarray(cursor));
  const result = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    result.set(piece, at);
    at += piece.length;
  }
  return result;
}

/** The text/plain parts of a body at least `largeBytes` long, in postal-mime's order; undefined for any other body. */
function largePlainParts(file: FileLines, entries: readonly TextEntry[], largeBytes: number): MimePart[] | undefined {
  const parts = plainParts(entries);
  if (!parts) return undefined;
  let size = 0;
  for (const part of parts) for (const line of part.bodyLines) size += file.lines[line].end - file.lines[line].start + 1;
  return size >= largeBytes ? parts : undefined;
}

async function parseMessage(bytes: Uint8Array, largeBytes: number): Promise<ParsedEml> {
  const file = new FileLines(bytes);
  assertMessage(file);
  // A file smaller than the limit has no body that large: postal-mime reads it first, as it
  // always did (its errors come first).
  const mayBeLarge = bytes.length >= largeBytes;
  const whole = mayBeLarge ? undefined : await parseWithPostalMime(bytes);
  const entries = selectTextEntries(walkMime(file));
  const large = mayBeLarge ? largePlainParts(file, entries, largeBytes) : undefined;
  const email = whole ?? (await parseWithPostalMime(large ? withoutBodies(file, large) : bytes));
  const { fields, bodyLine } = readHeaderBlock(file, 0);
  const first = (key: string): RawHeaderField | undefined => fields.find((field) => field.key === key);
  const all = (key: string): RawHeaderField[] => fields.filter((field) => field.key === key);
  const addresses = (key: string): AddressField[] => all(key).flatMap((field) => locateAddresses(file, field));

  const fromField = first("from");
  const subjectField = first("subject");
  const dateText = first("date")?.value;
  const date = dateText ? new Date(dateText) : undefined;
  const inReplyTo = first("in-reply-to")?.value;
  const references = first("references")?.value;

  return {
    headers: toHeaderFields(file, fields),
    from: fromField ? parseMailboxes(fromField.value)[0] : undefined,
    replyTo: all("reply-to").flatMap((field) => parseMailboxes(field.value)),
    to: addresses("to"),
    cc: addresses("cc"),
    bcc: addresses("bcc"),
    subject: subjectField ? repairWindows1252(decodeWords(subjectField.value)) : undefined,
    date: date && !Number.isNaN(date.getTime()) ? date : undefined,
    dateText,
    inReplyTo: inReplyTo ? decodeWords(inReplyTo) : undefined,
    references: references ? messageIds(decodeWords(references)) : [],
    // Images referenced from the HTML (multipart/related with a Content-ID) are part of how
    // the body looks, not files the reader receives.
    attachments: email.attachments
      .filter((attachment) => !attachment.related)
      .map((attachment) => ({
        filename: attachment.filename === null ? null : repairWindows1252(attachment.filename),
        mimeType: attachment.mimeType,
      }))
      // A message forwarded as an attachment: postal-mime shows it inline in the text, but the
      // reader receives it as an attached message.
      .concat(entries.filter((entry) => entry.subMessage).map(() => ({ filename: null, mimeType: "message/rfc822" }))),
    ...(large ? largePlainBody(file, large, bodyLine) : await readBody(file, email, bodyLine, entries)),
  };
}

/** The body of large text/plain parts, decoded here (see LARGE_PLAIN_BODY_BYTES). */
function largePlainBody(file: FileLines, parts: readonly MimePart[], bodyLine: number): Body {
  const fallback = firstBodyLineSource(file, parts, bodyLine);
  const plain = plainUtf8Body(file, parts);
  if (plain) return { body: plain.text, bodySource: "text", position: positionsOf(file, plain.text, plain.runs, fallback) };
  const map = decodePlainBody(file, parts, fallback);
  return { body: map.text, bodySource: "text", position: bodyPositions(file, map, fallback) };
}

/**
 * Parses the bytes of an .eml file. Throws ParseError (and nothing else) for input that is
 * not a mail or cannot be read.
 */
export async function parseEml(bytes: Uint8Array, largePlainBodyBytes = LARGE_PLAIN_BODY_BYTES): Promise<ParsedEml> {
  // A UTF-8 byte order mark (a draft saved by a Windows editor) is not part of the first
  // header's name; editors do not count it as a column either.
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return await parseMessage(hasBom ? bytes.subarray(3) : bytes, largePlainBodyBytes);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError(`Cannot read this e-mail: ${error instanceof Error ? error.message : String(error)}`);
  }
}
