// Markdown templates: unified + remark-parse find what is not prose (code, raw HTML and
// comments, link targets, images, front matter) so it can be blanked; blockquotes stay in
// the text and become quoted zones like ">" lines in a mail.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import type { Root, RootContent } from "mdast";
import type { Span } from "../types.js";
import { ParseError } from "./parse-error.js";

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
/** For every piece but the first: front matter is only front matter at the start of the file. */
const bodyParser = unified().use(remarkParse);

/**
 * What remark (micromark) is handed at most. It takes time quadratic in the brackets left open in
 * one paragraph (5,000 nested "![" in 30 KB: over 30 s; 1,000: 1.9 s) and in the depth of nested
 * lists (200 levels: 2.5-3.7 s, 1,000: over 30 s). No template comes near these bounds; past them
 * the file gets one clear parse error instead of a hang (a .txt name lints it as plain text).
 */
export const MARKDOWN_LIMITS = { bracketsPerParagraph: 1000, indentColumns: 160 };

/**
 * Characters of Markdown handed to remark at once, at least. micromark copies every event of the
 * document read so far each time a block quote or list closes (micromark-util-edit-map's
 * `consume`, called from the document tokenizer), so a reply thread of thousands of quotes took
 * time quadratic in its length (5 MB: 240 s and 765 MB). A document is therefore parsed in
 * pieces of at least this size, cut only where nothing is open (see `pieces`), which gives every
 * node the position the whole parse gives it.
 */
export const MARKDOWN_PIECE = 64 * 1024;

/**
 * A block quote this long with no place to cut in it (no blank line between its parts: a thread
 * whose quote depth changes from one line to the next) is cut all the same, between two quoted
 * lines outside quoted fenced code: micromark is quadratic inside one block quote too (800 KB
 * whose depth changes every line: 7.8 s, 400 KB: 2.7 s, 200 KB: 1.3 s). Such a cut is not exact:
 * a paragraph or an HTML block of the quote that goes on across it is read as two (a code span
 * or link written across that line break is missed). No template comes near.
 */
export const MARKDOWN_FORCED_PIECE = 128 * 1024;

/** Non-prose spans of a Markdown source ("\n" line ends), as body offsets. */
export function markdownNonProse(source: string, pieceSize = MARKDOWN_PIECE, forcedPiece = MARKDOWN_FORCED_PIECE): Span[] {
  checkMarkdownBounds(source);
  if (source.length <= pieceSize) return spansOf(parser.parse(source) as Root, 0, 0);
  // Each piece's tree is dropped once its spans and definitions are read: all trees at once took
  // about 100 bytes per character (a 24 MB thread: 430 MB at the run's peak).
  const parsed: { start: number; end: number; labels: Set<string>; spans: Span[] }[] = [];
  for (const piece of pieces(source, pieceSize, forcedPiece)) {
    parsed.push({ start: piece.start, end: piece.end, labels: new Set(definitions(piece.tree)), spans: spansOf(piece.tree, piece.start, piece.start, piece.end) });
  }
  // Link reference definitions are the one thing a piece needs from the others: "[x]" and "![x]"
  // are references only where "[x]: ..." is defined anywhere in the document. A piece that may
  // use another piece's definition is parsed again after a line defining each of them (all are
  // known before any inline text is read, in the whole parse too, so order does not matter).
  const all = new Set(parsed.flatMap((piece) => [...piece.labels]));
  const spans: Span[] = [];
  parsed.forEach((piece, i) => {
    const missing = [...all].filter((label) => !piece.labels.has(label));
    const text = source.slice(piece.start, piece.end);
    let pieceSpans = piece.spans;
    if (missing.length > 0 && text.includes("[")) {
      const lines = missing.map((label) => `[${label}]: x\n`).join("");
      pieceSpans =
        i === 0
          ? // After the first piece, which ends after a blank line with nothing open: front matter
            // is only front matter at the very start.
            spansOf(parser.parse(text + lines) as Root, piece.start, piece.start, piece.end)
          : // Before the others, whose last block may be left open to the end of the file.
            spansOf(bodyParser.parse(lines + "\n" + text) as Root, piece.start - lines.length - 1, piece.start, piece.end);
    }
    for (const span of pieceSpans) spans.push(span);
  });
  return spans;
}

/**
 * The spans of a tree parsed from a text that starts at `shift` in the source, but for the
 * definitions added before `from` or after `to`.
 */
function spansOf(tree: Root, shift: number, from: number, to = Infinity): Span[] {
  const spans: Span[] = [];
  const visit = (node: Root | RootContent) => {
    const rawStart = node.position?.start.offset;
    const rawEnd = node.position?.end.offset;
    if (rawStart === undefined || rawEnd === undefined) return;
    const start = rawStart + shift;
    const end = rawEnd + shift;
    if (node.type !== "root" && (end <= from || start >= to)) return;
    switch (node.type) {
      case "code":
      case "inlineCode":
        spans.push({ kind: "code", start, end });
        return;
      case "html":
        spans.push({ kind: node.value.trimStart().startsWith("<!--") ? "comment" : "html", start, end });
        return;
      case "yaml":
        spans.push({ kind: "front-matter", start, end });
        return;
      case "image":
      case "imageReference":
      case "definition":
        spans.push({ kind: "url", start, end });
        return;
      case "link": {
        // "[text](url)": keep the text, blank "](url)". An autolink "<url>" is all URL.
        const last = node.children.at(-1)?.position?.end.offset;
        const isAutolink = node.children.length === 1 && node.children[0].type === "text" && node.children[0].value === node.url;
        if (last === undefined || isAutolink) spans.push({ kind: "url", start, end });
        else spans.push({ kind: "url", start: last + shift, end });
        break;
      }
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return spans;
}

/** The identifiers of a tree's link reference definitions (they may sit in block quotes and lists). */
function definitions(tree: Root): string[] {
  const found: string[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === "definition") found.push(node.identifier);
    else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

interface Piece {
  start: number;
  end: number;
  tree: Root;
}

/**
 * The source parsed in pieces of at least `size` characters. A piece ends only before a line
 * that starts in its first column after a blank line: there every block quote, list, paragraph
 * and indented code block of the whole parse is closed, and the next line starts a block of the
 * document itself, so the piece parses alone as it does in the whole. What can stay open across
 * a blank line is front matter (never cut: the first piece reaches past its closing fence),
 * fenced code and the HTML blocks that end at a marker (<script>, <!--, <?, <!X, <![CDATA[).
 * `OpenBlocks` follows those line by line; as it cannot see list items, it may take a fence in a
 * list for one of the document, so each parsed piece is checked as well: when it ends in a
 * fence or HTML block still open, the piece grows to the line that closes it.
 */
function* pieces(source: string, size: number, forced: number): Generator<Piece> {
  const open = new OpenBlocks();
  const quotedOpen = new OpenBlocks(); // fences and HTML blocks in block quotes, as far as a line shows
  let quotedBefore = false;
  let start = 0;
  let minimumEnd = frontMatterEnd(source);
  let blankBefore = false;
  let lastLineEnd = 0; // after the last non-blank line's "\n"
  for (let lineStart = 0; lineStart < source.length; ) {
    const newline = source.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? source.length : newline;
    const first = source.charCodeAt(lineStart);
    const blank = isBlank(source, lineStart, lineEnd);
    if (blankBefore && !blank && first !== 0x20 && first !== 0x09 && !open.any() && lineStart - start >= size && lineStart >= minimumEnd) {
      const tree = (start === 0 ? parser : bodyParser).parse(source.slice(start, lineStart)) as Root;
      const unclosed = openAtEnd(tree, source, start);
      if (unclosed !== undefined) {
        // The piece's last block goes on: cut again only after the line that closes it.
        minimumEnd = closingLineEnd(source, lineStart, unclosed);
        open.expect(unclosed);
      } else if (spansOf(tree, start, start).some((span) => span.end > lastLineEnd)) {
        // A fence or HTML block in a list item, closed by the item: where it ends depends on the
        // line that closes the list (the end of the file here), so the cut goes elsewhere. The
        // piece doubles before the next try, which keeps adversarial lists linear too.
        minimumEnd = lineStart + (lineStart - start);
      } else {
        yield { start, end: lineStart, tree };
        start = lineStart;
      }
    } else if (first === 0x3e && quotedBefore && lineStart - start >= forced && !open.any() && !quotedOpen.any()) {
      yield { start, end: lineStart, tree: (start === 0 ? parser : bodyParser).parse(source.slice(start, lineStart)) as Root };
      start = lineStart;
    }
    if (!blank) {
      open.line(source, lineStart, lineEnd);
      lastLineEnd = lineEnd + 1;
    }
    quotedBefore = first === 0x3e;
    if (quotedBefore) quotedOpen.line(source, afterQuoteMarkers(source, lineStart, lineEnd), lineEnd);
    else quotedOpen.expect(undefined);
    blankBefore = blank;
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  yield { start, end: source.length, tree: (start === 0 ? parser : bodyParser).parse(source.slice(start)) as Root };
}

/** Where a quoted line's content starts: after its ">" markers and the blanks between them. */
function afterQuoteMarkers(source: string, from: number, to: number): number {
  let i = from;
  while (i < to && (source.charCodeAt(i) === 0x3e || source.charCodeAt(i) === 0x20 || source.charCodeAt(i) === 0x09)) i++;
  return i;
}

function isBlank(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/**
 * Where the first piece may end at the earliest: after front matter's closing fence, if any. A
 * "---" first line without one is no front matter, but remark tried to read it as such, and
 * lines it read while trying never open a block quote or a list (the document is read as if
 * none held one): such a document is parsed whole, which is linear without those.
 */
function frontMatterEnd(source: string): number {
  const opening = /^---[ \t]*\n/.exec(source);
  if (!opening) return 0;
  const closing = /^---[ \t]*$/m.exec(source.slice(opening[0].length));
  return closing ? opening[0].length + closing.index + closing[0].length : source.length;
}

/** How a block left open is closed: a fence of the same character at least as long, or an HTML end marker. */
type Closer = { fence: string } | { html: RegExp };

/** The block a parsed piece ends in while still open, as the closer to look for after it. */
function openAtEnd(tree: Root, source: string, pieceStart: number): Closer | undefined {
  const last = tree.children.at(-1);
  const start = last?.position?.start.offset;
  const end = last?.position?.end.offset;
  if (!last || start === undefined || end === undefined) return undefined;
  const text = source.slice(pieceStart + start, pieceStart + end);
  if (last.type === "code") {
    const fence = FENCE.exec(text)?.[1];
    if (!fence) return undefined; // indented code: closed by the unindented line after the piece
    const lastLine = text.slice(text.lastIndexOf("\n") + 1);
    const closed = text.includes("\n") && isClosingFence(lastLine, fence);
    return closed ? undefined : { fence };
  }
  if (last.type === "html") {
    const kind = htmlKind(text);
    if (kind && !kind.end.test(text.slice(kind.opening))) return { html: kind.end };
  }
  return undefined;
}

/** A fence opening fenced code: up to three spaces, then three or more ` or ~. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function isClosingFence(line: string, fence: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return match !== null && match[1][0] === fence[0] && match[1].length >= fence.length;
}

/**
 * An HTML block that goes on across blank lines (CommonMark kinds 1 to 5), by its first line: the
 * length of its opening and the end marker to look for after it.
 */
function htmlKind(text: string): { opening: number; end: RegExp } | undefined {
  const newline = text.indexOf("\n");
  const opening = /^ {0,3}<(?:(script|pre|style|textarea)(?=[ \t>]|$)|(!--)|(\?)|(![A-Za-z])|(!\[CDATA\[))/i.exec(newline < 0 ? text : text.slice(0, newline));
  if (!opening) return undefined;
  const length = opening[0].length;
  if (opening[1]) return { opening: length, end: /<\/(?:script|pre|style|textarea)>/i };
  if (opening[2]) return { opening: length, end: /-->/ };
  if (opening[3]) return { opening: length, end: /\?>/ };
  if (opening[4]) return { opening: length, end: />/ };
  return { opening: length, end: /\]\]>/ };
}

/** The end of the line that closes a block left open at `from` (the end of the source if none does). */
function closingLineEnd(source: string, from: number, closer: Closer): number {
  for (let lineStart = from; lineStart < source.length; ) {
    const newline = source.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd);
    if ("fence" in closer ? isClosingFence(line, closer.fence) : closer.html.test(line)) return lineEnd;
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return source.length;
}

/**
 * Fenced code and marker-ended HTML blocks opened by lines at the document's own level (at most
 * three spaces in), followed line by line so that no piece is cut inside one.
 */
class OpenBlocks {
  private closer: Closer | undefined;

  any(): boolean {
    return this.closer !== undefined;
  }

  /** A block known to be open (from a parsed piece), to be closed by `closer`; undefined: none. */
  expect(closer: Closer | undefined): void {
    this.closer = closer;
  }

  line(source: string, start: number, end: number): void {
    // Only lines that start with up to three spaces and then "`", "~" or "<" open or close anything.
    let i = start;
    while (i < end && i - start < 3 && source.charCodeAt(i) === 0x20) i++;
    const c = source.charCodeAt(i);
    if (this.closer === undefined && c !== 0x60 && c !== 0x7e && c !== 0x3c) return;
    const line = source.slice(start, end);
    if (this.closer !== undefined) {
      const closer = this.closer;
      if ("fence" in closer ? isClosingFence(line, closer.fence) : closer.html.test(line)) this.closer = undefined;
      return;
    }
    const fence = FENCE.exec(line)?.[1];
    if (fence) {
      // A backtick fence's info string has no backtick; otherwise it is inline code, not a fence.
      if (fence[0] === "`" && source.slice(i + fence.length, end).includes("`")) return;
      this.closer = { fence };
      return;
    }
    const html = htmlKind(line);
    // The end marker may be on the opening line itself, after the opening.
    if (html && !html.end.test(line.slice(html.opening))) this.closer = { html: html.end };
  }
}

/** Throws a ParseError, naming the line, for Markdown past MARKDOWN_LIMITS; linear in the source. */
function checkMarkdownBounds(source: string): void {
  let line = 1;
  let paragraphLine = 1;
  let brackets = 0;
  let indent = 0;
  let atLineStart = true;
  let blank = true;
  const tooComplex = (what: string, at: number) =>
    new ParseError(`This Markdown is too complex for its parser (${what}): it was not linted. Simplify it, or name it .txt to lint it as plain text.`, at);
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a) {
      if (blank) {
        brackets = 0; // a blank line ends the paragraph
        paragraphLine = line + 1;
      }
      line++;
      indent = 0;
      atLineStart = true;
      blank = true;
      continue;
    }
    if (atLineStart && (c === 0x20 || c === 0x09)) {
      indent += c === 0x09 ? 4 - (indent % 4) : 1;
      if (indent > MARKDOWN_LIMITS.indentColumns) throw tooComplex(`a line indented by more than ${MARKDOWN_LIMITS.indentColumns} columns, as in lists nested that deep`, line);
      continue;
    }
    atLineStart = false;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) blank = false;
    if (c === 0x5b && ++brackets > MARKDOWN_LIMITS.bracketsPerParagraph) {
      throw tooComplex(`more than ${MARKDOWN_LIMITS.bracketsPerParagraph} "[" in the paragraph from line ${paragraphLine}`, paragraphLine);
    }
  }
}
