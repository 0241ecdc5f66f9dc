// Finds spans in plain text that are not prose: template placeholders, URLs and e-mail
// addresses. Rules never read words inside them. All patterns are linear (no nested
// quantifiers over overlapping classes).
import type { Span } from "../types.js";

// {{first_name}}, {{ amount }}, {name}, %NAME%, %customer_email%: the one definition of a
// template placeholder (recipients written as one are classified by it too, src/recipients.ts).
const PLACEHOLDER = /\{\{[^{}\n]{1,100}\}\}|\{[A-Za-z_][\w.-]{0,60}\}|%[A-Za-z_][\w.-]{0,60}%/;

/** True when the text holds a template placeholder. */
export function containsPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

const PATTERNS: { kind: Span["kind"]; pattern: RegExp }[] = [
  { kind: "placeholder", pattern: new RegExp(PLACEHOLDER.source, "g") },
  { kind: "url", pattern: /\b(?:https?|ftp):\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]}]|\bwww\.[^\s<>"'`]+[^\s<>"'`.,;:!?)\]}]/gi },
  { kind: "email", pattern: /(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/g },
];

/** Non-prose spans in `text`, as body offsets shifted by `base`. */
export function findNonProse(text: string, base = 0): Span[] {
  const spans: Span[] = [];
  for (const { kind, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = base + (match.index ?? 0);
      spans.push({ kind, start, end: start + match[0].length });
    }
  }
  return spans;
}
