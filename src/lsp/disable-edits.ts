// "Disable <rule> for this file" as a text edit, in the form each format reads
// (src/engine/directives.ts):
// - .eml: the X-Mail-Lint-Disable header (a mail body has no comments: anything added would be sent);
// - Markdown: a <!-- mail-lint-disable rule --> comment at the top, after any front matter; a
//   finding inside the front matter (a recipient) comes before that comment, so there the front
//   matter key is used, as in plain text;
// - plain text: the x-mail-lint-disable key of the front matter, which is added when missing.
// An existing header or key with a plain one-line value gets the rule appended to its list
// (before any "-- reason"); one in another shape (folded, quoted, a list) gets no edit.
import type { DraftFormat } from "../types.js";

/** A text edit in 0-based lines and UTF-16 characters (LSP's own coordinates). */
export interface LineEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

const HEADER_LINE = /^x-mail-lint-disable[ \t]*:/i;
const FRONT_OPEN = /^---[ \t]*$/;
const FRONT_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** The edit that switches `rule` off for the whole file, or undefined when there is no safe one. */
export function disableRuleEdit(text: string, format: DraftFormat, rule: string, findingLine: number): LineEdit | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  if (format === "eml") return emlHeaderEdit(lines, eol, rule);
  const front = frontMatterLines(lines);
  if (format === "markdown" && !(front && findingLine <= front.close)) {
    const line = front ? front.close + 1 : 0;
    return insertAt(line, 0, `<!-- mail-lint-disable ${rule} -->${eol}`);
  }
  if (!front) return insertAt(0, 0, `---${eol}x-mail-lint-disable: ${rule}${eol}---${eol}`);
  for (let i = 1; i < front.close; i++) {
    if (HEADER_LINE.test(lines[i])) return appendRule(lines, i, rule, true);
  }
  return insertAt(front.close, 0, `x-mail-lint-disable: ${rule}${eol}`);
}

/** 0-based index of the front matter's closing line, when the text opens with front matter. */
function frontMatterLines(lines: readonly string[]): { close: number } | undefined {
  if (!FRONT_OPEN.test(lines[0] ?? "")) return undefined;
  for (let i = 1; i < lines.length; i++) if (FRONT_CLOSE.test(lines[i])) return { close: i };
  return undefined;
}

function emlHeaderEdit(lines: readonly string[], eol: string, rule: string): LineEdit | undefined {
  const blank = lines.findIndex((line) => line === "");
  const headerEnd = blank < 0 ? lines.length : blank;
  for (let i = 0; i < headerEnd; i++) {
    if (!HEADER_LINE.test(lines[i])) continue;
    const folded = i + 1 < headerEnd && /^[ \t]/.test(lines[i + 1]);
    // RFC 2047 encoded words would need the rule encoded too; no mailer writes this header so.
    if (folded || lines[i].includes("=?")) return undefined;
    return appendRule(lines, i, rule, false);
  }
  if (blank < 0) {
    const last = lines.length - 1;
    return insertAt(last, lines[last].length, `${eol}X-Mail-Lint-Disable: ${rule}`);
  }
  return insertAt(blank, 0, `X-Mail-Lint-Disable: ${rule}${eol}`);
}

/**
 * Appends ", rule" to the rule list of the directive on line `index` (before " -- reason").
 * In YAML (`yaml`), a quoted, block or flow value or a comment is not a plain list. An empty list
 * already disables every rule.
 */
function appendRule(lines: readonly string[], index: number, rule: string, yaml: boolean): LineEdit | undefined {
  const line = lines[index];
  const valueStart = line.indexOf(":") + 1;
  const value = line.slice(valueStart);
  const trimmed = value.trim();
  if (trimmed === "" || (yaml && (/^['"[|>{&*!]/.test(trimmed) || /\s#/.test(value)))) return undefined;
  const reason = /\s--(?:\s|$)/.exec(value);
  const listEnd = valueStart + (reason ? reason.index : value.trimEnd().length);
  const list = line.slice(valueStart, listEnd).trim();
  if (list === "" || list === "--") return undefined;
  return insertAt(index, listEnd, `, ${rule}`);
}

function insertAt(line: number, character: number, newText: string): LineEdit {
  return { range: { start: { line, character }, end: { line, character } }, newText };
}
