// A boundary walk over the raw lines of an .eml file, for positions only: which file lines
// hold the body of which MIME part, and which text parts postal-mime assembles the body
// text from. postal-mime does the real parsing (and gives no positions); this walk mirrors
// its line handling (boundary matching, part headers, first-occurrence content headers, the
// text/plain-over-HTML choice per multipart/alternative) so that the part found here is the
// part postal-mime decoded. eml-sourcemap.ts checks that claim by comparing decoded texts.
// package.json pins postal-mime to the version mirrored here and in eml-decode.ts;
// test/parse/postal-mime-version.test.ts fails when an upgrade changes the mirrored sources.

import { groupFields } from "./eml-headers.js";
import { ParseError } from "./parse-error.js";
import type { FileLines, FileLine } from "./eml-lines.js";

export interface MimePart {
  parent?: MimePart;
  /** 0 for the message, as postal-mime counts nesting. */
  depth: number;
  children: MimePart[];
  state: "header" | "body" | "finished";
  /** 0-based indexes of the part's header lines and body lines in the file. */
  headerLines: number[];
  bodyLines: number[];
  /** Lower-case media type, e.g. "text/plain". */
  contentType: string;
  /** Content-Type parameters; names lower-case. */
  params: Record<string, string>;
  /** The multipart subtype ("alternative", "mixed", ...) or false. */
  multipart: string | false;
  /** Lower-case Content-Transfer-Encoding token ("" when absent). */
  transferEncoding: string;
  /** Lower-case Content-Disposition value ("" when absent). */
  disposition: string;
}

/** The text parts the body is assembled from, one entry per postal-mime text selector. */
export interface TextEntry {
  plain: MimePart[];
  html: MimePart[];
  /** An inline message/rfc822: postal-mime renders its headers and text, which we do not map. */
  subMessage: boolean;
}

/** postal-mime's own limit (MAX_NESTING_DEPTH): a deeper part ends the parse with this message. */
const MAX_NESTING_DEPTH = 256;

function newPart(parent: MimePart | undefined): MimePart {
  const contentType = parent?.multipart === "digest" ? "message/rfc822" : "text/plain";
  const depth = parent ? parent.depth + 1 : 0;
  if (depth > MAX_NESTING_DEPTH) throw new ParseError(`Cannot parse this e-mail: Maximum MIME nesting depth of ${MAX_NESTING_DEPTH} levels exceeded`);
  const part: MimePart = {
    parent,
    depth,
    children: [],
    state: "header",
    headerLines: [],
    bodyLines: [],
    contentType,
    params: {},
    multipart: false,
    transferEncoding: "",
    disposition: "",
  };
  parent?.children.push(part);
  return part;
}

/** Removes RFC 822 comments "(...)" outside quoted strings, as postal-mime does before parsing. */
function stripComments(value: string): string {
  let result = "";
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === "\\" && i + 1 < value.length) {
      if (depth === 0) result += char + value[i + 1];
      i++;
      continue;
    }
    if (char === '"' && depth === 0) quoted = !quoted;
    else if (!quoted && char === "(") {
      depth++;
      continue;
    } else if (!quoted && char === ")" && depth > 0) {
      depth--;
      continue;
    }
    if (depth === 0) result += char;
  }
  return result;
}

/** `type/subtype; name=value; name="quoted value"` -> lower-case value and parameters. */
export function parseStructuredValue(header: string): { value: string; params: Record<string, string> } {
  const segments: string[] = [];
  let segment = "";
  let quoted = false;
  const text = stripComments(header);
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === "\\" && i + 1 < text.length) {
      segment += text[++i];
      continue;
    }
    if (char === '"') quoted = !quoted;
    else if (char === ";" && !quoted) {
      segments.push(segment);
      segment = "";
    } else segment += char;
  }
  segments.push(segment);
  const params: Record<string, string> = {};
  for (const parameter of segments.slice(1)) {
    const equals = parameter.indexOf("=");
    if (equals < 0) continue;
    const name = parameter.slice(0, equals).trim().toLowerCase();
    // A duplicated parameter resolves to its first occurrence, as in postal-mime.
    if (name && !Object.prototype.hasOwnProperty.call(params, name)) params[name] = parameter.slice(equals + 1).trim();
  }
  return { value: segments[0].trim().toLowerCase(), params };
}

function readPartHeaders(file: FileLines, part: MimePart): void {
  const seen = new Set<string>();
  for (const field of groupFields(file, part.headerLines)) {
    if (seen.has(field.key)) continue; // content headers: the first occurrence wins
    seen.add(field.key);
    if (field.key === "content-type") {
      const parsed = parseStructuredValue(field.value);
      if (parsed.value) part.contentType = parsed.value;
      part.params = parsed.params;
    } else if (field.key === "content-transfer-encoding") {
      part.transferEncoding = (stripComments(field.value).toLowerCase().match(/[\w-]+/) ?? [""])[0];
    } else if (field.key === "content-disposition") {
      part.disposition = parseStructuredValue(field.value).value;
    }
  }
  part.multipart = part.contentType.startsWith("multipart/") ? part.contentType.slice("multipart/".length) : false;
}

interface Boundary {
  value: Uint8Array;
  part: MimePart;
}

/** Whether a line is a boundary delimiter of an open multipart (innermost first), as postal-mime reads it. */
function matchBoundary(file: FileLines, line: FileLine, boundaries: Boundary[]): { part: MimePart; terminator: boolean } | null {
  const bytes = file.bytes;
  const length = line.end - line.start;
  if (boundaries.length === 0 || length <= 2 || bytes[line.start] !== 0x2d || bytes[line.start + 1] !== 0x2d) return null;
  for (let b = boundaries.length - 1; b >= 0; b--) {
    const { value, part } = boundaries[b];
    if (length < value.length + 2) continue;
    let matches = true;
    for (let j = 0; j < value.length && matches; j++) matches = bytes[line.start + 2 + j] === value[j];
    if (!matches) continue;
    let end = value.length + 2;
    const terminator = length >= value.length + 4 && bytes[line.start + end] === 0x2d && bytes[line.start + end + 1] === 0x2d;
    if (terminator) end += 2;
    let trailingBlanks = true;
    for (let j = end; j < length && trailingBlanks; j++) {
      const byte = bytes[line.start + j];
      trailingBlanks = byte === 0x20 || byte === 0x09;
    }
    if (trailingBlanks) return { part, terminator };
  }
  return null;
}

const encoder = new TextEncoder();

/** Walks the file's lines into the MIME part tree (root = the message itself). */
export function walkMime(file: FileLines): MimePart {
  const boundaries: Boundary[] = [];
  const root = newPart(undefined);

  const endHeaders = (part: MimePart): void => {
    readPartHeaders(file, part);
    const boundary = part.params.boundary;
    if (part.multipart && boundary) boundaries.push({ value: encoder.encode(boundary), part });
  };
  const finish = (part: MimePart): void => {
    if (part.state === "finished") return;
    if (part.state === "header") endHeaders(part);
    for (let b = boundaries.length - 1; b >= 0; b--) {
      if (boundaries[b].part === part) {
        boundaries.splice(b, 1);
        break;
      }
    }
    part.children.forEach(finish);
    part.state = "finished";
  };

  let current = root;
  file.lines.forEach((line, index) => {
    const boundary = matchBoundary(file, line, boundaries);
    if (boundary) {
      if (boundary.terminator) {
        finish(boundary.part);
        current = boundary.part.parent ?? root;
      } else {
        boundary.part.children.forEach(finish);
        current = newPart(boundary.part);
      }
      return;
    }
    if (current.state === "header") {
      if (line.end === line.start) {
        endHeaders(current);
        current.state = "body";
      } else current.headerLines.push(index);
    } else if (current.state === "body") current.bodyLines.push(index);
  });
  finish(root);
  return root;
}

function isLeafOfType(part: MimePart, types: readonly string[]): boolean {
  if (!part.multipart && types.includes(part.contentType)) return true;
  return part.children.some((child) => isLeafOfType(child, types));
}

/**
 * The text entries postal-mime builds its body from, in its order: every inline text/plain
 * or text/html leaf, grouped under its closest multipart/alternative (one entry per
 * alternative), and inline message/rfc822 parts (unless the message is a delivery or
 * feedback report, whose enclosed message is evidence, not content).
 */
export function selectTextEntries(root: MimePart): TextEntry[] {
  const reportParts = isLeafOfType(root, ["message/delivery-status", "message/feedback-report"]);
  const entries = new Map<MimePart, TextEntry>();
  const entryOf = (selector: MimePart): TextEntry => {
    let entry = entries.get(selector);
    if (!entry) entries.set(selector, (entry = { plain: [], html: [], subMessage: false }));
    return entry;
  };
  const collect = (part: MimePart, alternative: MimePart | undefined): void => {
    if (!part.multipart) {
      const inline = part.disposition !== "attachment";
      if (part.contentType === "message/rfc822" && !reportParts && (part.disposition || "inline") === "inline") {
        entryOf(part).subMessage = true;
      } else if (inline && part.contentType === "text/plain") entryOf(alternative ?? part).plain.push(part);
      else if (inline && part.contentType === "text/html") entryOf(alternative ?? part).html.push(part);
    } else if (part.multipart === "alternative") alternative = part;
    for (const child of part.children) collect(child, alternative);
  };
  collect(root, undefined);
  return [...entries.values()];
}
