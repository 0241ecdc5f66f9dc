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

/**
 * What remark (micromark) is handed at most. It takes time quadratic in the brackets left open in
 * one paragraph (5,000 nested "![" in 30 KB: over 30 s; 1,000: 1.9 s) and in the depth of nested
 * lists (200 levels: 2.5-3.7 s, 1,000: over 30 s). No template comes near these bounds; past them
 * the file gets one clear parse error instead of a hang (a .txt name lints it as plain text).
 */
export const MARKDOWN_LIMITS = { bracketsPerParagraph: 1000, indentColumns: 160 };

/** Non-prose spans of a Markdown source ("\n" line ends), as body offsets. */
export function markdownNonProse(source: string): Span[] {
  checkMarkdownBounds(source);
  const tree = parser.parse(source) as Root;
  const spans: Span[] = [];
  const visit = (node: Root | RootContent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
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
        else spans.push({ kind: "url", start: last, end });
        break;
      }
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return spans;
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
