// Inline directives that switch rules off for part or all of a draft:
// - Markdown comments: <!-- mail-lint-disable rule-a, rule-b -- reason -->, mail-lint-enable,
//   mail-lint-disable-line and mail-lint-disable-next-line (no rule list = all rules);
// - a mail body has no comments (anything added would be sent), so .eml drafts use a header
//   "X-Mail-Lint-Disable: rule -- reason" and templates the same key in their front matter;
//   both switch the rules off for the whole file.
import type { Draft, LintMessage, Position, SourceRange } from "../types.js";

export interface Directive {
  kind: "disable" | "enable" | "disable-line" | "disable-next-line" | "disable-file";
  /** Rule ids; empty means all rules. */
  rules: string[];
  /** Where the directive stands (for unused-directive reports). */
  range: SourceRange;
}

const COMMENT = /^<!--\s*mail-lint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->$/;
const HEADER_NAME = "x-mail-lint-disable";

/** All directives of a draft, in document order. */
export function findDirectives(draft: Draft): Directive[] {
  const directives: Directive[] = [];
  for (const header of draft.headers) {
    if (header.name !== HEADER_NAME) continue;
    const range = header.range ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    directives.push({ kind: "disable-file", rules: ruleList(header.value), range });
  }
  for (const span of draft.spans) {
    if (span.kind !== "comment") continue;
    const match = COMMENT.exec(draft.body.slice(span.start, span.end).trim());
    if (!match) continue;
    const range = { start: draft.position(span.start), end: draft.position(span.end) };
    directives.push({ kind: match[1] as Directive["kind"], rules: ruleList(match[2]), range });
  }
  return directives;
}

/** "rule-a, rule-b -- why" -> ["rule-a", "rule-b"]. */
function ruleList(text: string): string[] {
  const withoutReason = text.split(/\s--\s|\s--$|^--\s/)[0];
  return withoutReason.split(/[\s,]+/).filter(Boolean);
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column < b.column);

/**
 * Drops the messages that directives suppress. Returns the kept messages and, for every
 * directive (or rule named in one) that suppressed nothing, a description for reporting.
 */
export function applyDirectives(
  messages: LintMessage[],
  directives: readonly Directive[],
): { kept: LintMessage[]; unused: { directive: Directive; rule?: string }[] } {
  const used = new Set<string>();
  const key = (i: number, rule?: string) => `${i}:${rule ?? "*"}`;
  const suppressor = (message: LintMessage): string | undefined => {
    const at = { line: message.line, column: message.column };
    const names = (d: Directive) => d.rules.length === 0 || (message.ruleId !== null && d.rules.includes(message.ruleId));
    const tag = (i: number, d: Directive) => key(i, d.rules.length === 0 ? undefined : message.ruleId!);
    // Block directives: the last disable/enable before the message that names its rule wins.
    let blockDisabledBy: string | undefined;
    directives.forEach((d, i) => {
      if (!names(d)) return;
      if (d.kind === "disable-file") blockDisabledBy ??= tag(i, d);
      else if ((d.kind === "disable" || d.kind === "enable") && before(d.range.start, at)) {
        blockDisabledBy = d.kind === "disable" ? tag(i, d) : undefined;
      }
    });
    if (blockDisabledBy) return blockDisabledBy;
    for (const [i, d] of directives.entries()) {
      if (!names(d)) continue;
      if (d.kind === "disable-line" && d.range.start.line === message.line) return tag(i, d);
      if (d.kind === "disable-next-line" && d.range.end.line + 1 === message.line) return tag(i, d);
    }
    return undefined;
  };

  const kept: LintMessage[] = [];
  for (const message of messages) {
    const by = message.fatal ? undefined : suppressor(message);
    if (by) used.add(by);
    else kept.push(message);
  }
  const unused: { directive: Directive; rule?: string }[] = [];
  directives.forEach((directive, i) => {
    if (directive.kind === "enable") return;
    if (directive.rules.length === 0) {
      if (!used.has(key(i))) unused.push({ directive });
    } else {
      for (const rule of directive.rules) if (!used.has(key(i, rule))) unused.push({ directive, rule });
    }
  });
  return { kept, unused };
}
