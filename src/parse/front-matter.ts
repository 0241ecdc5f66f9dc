// YAML front matter at the top of a template ("---" ... "---"): its keys become headers
// (subject, to, cc, bcc, from, lang, attachments, ...), with the position of every value so
// that a finding on a recipient points into the front matter.
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from "yaml";
import type { HeaderField, SourceRange } from "../types.js";
import { ParseError } from "./parse-error.js";

export interface FrontMatterValue {
  /** The value as text; lists are joined with ", ". */
  text: string;
  /** Each scalar of the value with its file range (one for a string, several for a list). */
  items: FrontMatterItem[];
  range: SourceRange;
}

export interface FrontMatter {
  /** Body offset where the front matter block ends (after its closing "---" line). */
  end: number;
  values: Map<string, FrontMatterValue>;
  headers: HeaderField[];
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export interface FrontMatterItem {
  text: string;
  range: SourceRange;
  /** The scalar as written in the file (quotes included when it is quoted). */
  source: string;
  /** The file range of `source.slice(from, to)`. */
  rangeAt(from: number, to: number): SourceRange;
}

/** Parses front matter at the start of `source` ("\n" line ends), or returns undefined. */
export function parseFrontMatter(source: string): FrontMatter | undefined {
  if (!OPENING.test(source)) return undefined;
  const yamlStart = source.indexOf("\n") + 1;
  CLOSING.lastIndex = 0;
  const closing = CLOSING.exec(source.slice(yamlStart));
  if (!closing) return undefined;
  const yamlText = source.slice(yamlStart, yamlStart + closing.index);
  const lineEnd = source.indexOf("\n", yamlStart + closing.index);
  const end = lineEnd < 0 ? source.length : lineEnd + 1;

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const pos = lineCounter.linePos(error.pos[0]);
    throw new ParseError(`Invalid front matter: ${error.message.split("\n")[0]}`, pos.line + 1, pos.col);
  }
  // yaml's positions are relative to yamlText, which starts on line 2 of the file.
  const rangeBetween = (from: number, to: number): SourceRange => {
    const a = lineCounter.linePos(from);
    const b = lineCounter.linePos(to);
    return { start: { line: a.line + 1, column: a.col }, end: { line: b.line + 1, column: b.col } };
  };
  const rangeOf = (node: Node): SourceRange => rangeBetween(node.range?.[0] ?? 0, node.range?.[1] ?? 0);

  const values = new Map<string, FrontMatterValue>();
  const headers: HeaderField[] = [];
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new ParseError("Front matter must be a mapping of keys to values (e.g. 'subject: ...')", 2, 1);
  }
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    if (!isScalar(pair.key) || !pair.value) continue;
    const key = String(pair.key.value).toLowerCase();
    const value = pair.value as Node;
    const scalars = isSeq(value) ? value.items.filter(isScalar) : isScalar(value) ? [value] : [];
    const items = scalars.map((s): FrontMatterItem => {
      const [from, to] = s.range ?? [0, 0];
      return { text: String(s.value ?? ""), range: rangeOf(s), source: yamlText.slice(from, to), rangeAt: (a, b) => rangeBetween(from + a, from + b) };
    });
    const text = items.map((i) => i.text).join(", ");
    const keyRange = rangeOf(pair.key as Node);
    const range = { start: keyRange.start, end: rangeOf(value).end };
    values.set(key, { text, items, range });
    headers.push({ name: key, value: text, range });
  }
  return { end, values, headers };
}
