// Builds the Draft every rule reads from a file's bytes: picks the parser by format,
// classifies recipients (src/recipients.ts), finds non-prose spans, splits the body into zones and detects the
// language per paragraph. Parsers are imported on demand so that linting a text template
// never loads the MIME or Markdown parser.
import type {
  Attachment,
  Draft,
  DraftFormat,
  HeaderField,
  Language,
  Mailbox,
  Paragraph,
  Position,
  Recipient,
  RecipientField,
  Sentence,
  SourceRange,
  Span,
  Token,
  Zone,
  ZoneKind,
  QuoteHeader,
} from "./types.js";
import type { FrontMatter, FrontMatterItem } from "./parse/front-matter.js";
import { findNonProse } from "./parse/non-prose.js";
import { classifyRecipients, internalDomainsOf, type ParsedRecipient } from "./recipients.js";
import { splitZones } from "./parse/zones.js";
import { decodeText } from "./parse/text.js";
import { lineStarts, positionAt } from "./parse/line-index.js";
import { languageOf, scoreLanguage } from "./text/language.js";
import { splitSentences } from "./text/sentences.js";
import { tokenize, WordForms } from "./text/tokens.js";
import { endsAfter, firstIndexWhere } from "./text/binary-search.js";

export interface DraftOptions {
  /** Config `internalDomains`; when empty, the From address's domain. */
  internalDomains: readonly string[];
  internalOnlyRecipients: readonly string[];
  /** Forced language; undefined detects it per paragraph. */
  language?: Language;
}

/** Span kinds that are never quote markers or zone boundaries (zones.ts must skip them). */
const OPAQUE_KINDS = new Set<Span["kind"]>(["code", "html", "comment", "front-matter"]);

export function formatOf(filePath: string): DraftFormat {
  const lower = filePath.toLowerCase();
  if (lower.endsWith(".eml")) return "eml";
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "markdown";
  return "text";
}

/** What a parser reads from a file: its headers and its body, with the body's non-prose spans so far. */
export interface ParsedSource {
  headers: HeaderField[];
  from?: Mailbox;
  replyTo: Mailbox[];
  recipients: ParsedRecipient[];
  subject?: string;
  date?: Date;
  inReplyTo?: string;
  references: string[];
  attachments: Attachment[];
  body: string;
  spans: Span[];
  language?: Language;
  position(offset: number): Position;
  /** What the user should know about how the file was read (it becomes a warning). */
  notes?: string[];
}

export async function buildDraft(filePath: string, bytes: Uint8Array, options: DraftOptions): Promise<Draft> {
  return draftFrom(filePath, await parseSource(filePath, bytes), options);
}

/** Reads a file's headers and body with the parser of its format. */
export async function parseSource(filePath: string, bytes: Uint8Array): Promise<ParsedSource> {
  const format = formatOf(filePath);
  return format === "eml" ? await parseMail(bytes) : await parseTemplate(bytes, format);
}

/**
 * The part [start, end) of a parsed body as a source of its own, with the same headers and the
 * given spans (those of the parsed source that reach into the part): its offsets count from
 * `start`, and positions are those in the file. A draft too large to read at once is linted one
 * such window at a time (src/engine/windows.ts).
 */
export function windowOf(parsed: ParsedSource, start: number, end: number, spans: readonly Span[]): ParsedSource {
  return {
    ...parsed,
    body: parsed.body.slice(start, end),
    // Clipped, not dropped: a code block longer than a window stays code in each window it reaches.
    spans: spans.map((span) => ({ ...span, start: Math.max(span.start, start) - start, end: Math.min(span.end, end) - start })),
    position: start === 0 ? parsed.position : (offset) => parsed.position(offset + start),
  };
}

/** The Draft every rule reads, from what the parser read. */
export function draftFrom(filePath: string, parsed: ParsedSource, options: DraftOptions): Draft {
  const format = formatOf(filePath);
  const { body } = parsed;
  const spans = [...parsed.spans, ...findNonProse(body)];
  const opaque = spans.filter((s) => OPAQUE_KINDS.has(s.kind));
  const split = splitZones(body, opaque);
  // A loop, not push(...spans): a 20 MB thread has more quote markers than a call takes arguments.
  for (const span of split.spans) spans.push(span);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const prose = blankSpans(body, spans);

  const paragraphs = detectParagraphs(prose, options.language ?? parsed.language);
  const languageAt = (offset: number) => paragraphAt(paragraphs, offset)?.language ?? paragraphs.at(-1)?.language ?? "en";
  const words = new WordForms();
  const zones = split.zones.map((z) => new DraftZone(z.kind, z.start, z.end, z.depth, z.quoteHeader, prose, languageAt, words));

  const recipients = classifyRecipients(
    parsed.recipients,
    internalDomainsOf(options.internalDomains, parsed.from),
    options.internalOnlyRecipients,
  );

  const draft: Draft = {
    filePath,
    format,
    headers: parsed.headers,
    ...(parsed.from ? { from: parsed.from } : {}),
    replyTo: parsed.replyTo,
    recipients,
    ...(parsed.subject !== undefined ? { subject: parsed.subject } : {}),
    ...(parsed.date ? { date: parsed.date } : {}),
    ...(parsed.inReplyTo ? { inReplyTo: parsed.inReplyTo } : {}),
    references: parsed.references,
    attachments: parsed.attachments,
    body,
    prose,
    spans,
    zones,
    paragraphs,
    languageAt,
    position: parsed.position,
  };
  return draft;
}

async function parseMail(bytes: Uint8Array): Promise<ParsedSource> {
  const { parseEml } = await import("./parse/eml.js");
  const mail = await parseEml(bytes);
  const withField = (field: RecipientField, list: typeof mail.to) =>
    list.map(({ range, ...mailbox }) => ({ field, mailbox, ...(range ? { range } : {}) }));
  return {
    headers: mail.headers,
    ...(mail.from ? { from: mail.from } : {}),
    replyTo: mail.replyTo,
    recipients: [...withField("to", mail.to), ...withField("cc", mail.cc), ...withField("bcc", mail.bcc)],
    ...(mail.subject !== undefined ? { subject: mail.subject } : {}),
    ...(mail.date ? { date: mail.date } : {}),
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    references: mail.references,
    attachments: mail.attachments,
    body: mail.body,
    spans: [],
    position: mail.position,
    // Parts were read when attachments were: an empty text part next to them is the sender's choice.
    ...(mail.body.trim() === "" && mail.attachments.length === 0 && hasBodyBytes(bytes)
      ? { notes: ["The message has content after its headers, but no text could be read from it (a missing or wrong MIME boundary, or a part in an encoding that cannot be read): nothing in the body was checked."] }
      : {}),
  };
}

/** Whether anything but blanks follows the header block (the first empty line). */
function hasBodyBytes(bytes: Uint8Array): boolean {
  let i = 0;
  for (; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    const next = bytes[i + 1] === 0x0d ? i + 2 : i + 1;
    if (bytes[next] === 0x0a) {
      i = next + 1;
      break;
    }
  }
  for (; i < bytes.length; i++) if (bytes[i] > 0x20) return true;
  return false;
}

async function parseTemplate(bytes: Uint8Array, format: DraftFormat): Promise<ParsedSource> {
  const notes: string[] = [];
  const body = decodeText(bytes, notes);
  // The YAML parser is loaded only for templates that open with "---": most have no front matter.
  const front = body.startsWith("---") ? (await import("./parse/front-matter.js")).parseFrontMatter(body) : undefined;
  const spans: Span[] = front ? [{ kind: "front-matter", start: 0, end: front.end }] : [];
  if (format === "markdown" && mayHaveNonProseMarkdown(body)) {
    const { markdownNonProse } = await import("./parse/markdown.js");
    for (const span of markdownNonProse(body)) if (span.kind !== "front-matter") spans.push(span);
  }
  const starts = lineStarts(body);
  const fromFront = front ? await templateHeaders(front) : undefined;
  return {
    headers: front?.headers ?? [],
    replyTo: [],
    recipients: [],
    references: [],
    attachments: [],
    ...fromFront,
    body,
    spans,
    position: (offset) => positionAt(starts, body, offset),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/**
 * Markdown's non-prose constructs all need one of these: ` or ~~~ (code), < (HTML, comments,
 * autolinks), [ (links, images, definitions) or a line indented by four spaces or a tab
 * (indented code). Text without any of them is prose as it stands, and skipping the Markdown
 * parser (about 0.3 MB/s) keeps canned replies fast.
 */
function mayHaveNonProseMarkdown(source: string): boolean {
  return /[`<[]|~~~|^(?: {4}|\t)/m.test(source);
}

const ADDRESS_KEYS = ["to", "cc", "bcc", "from", "reply-to"] as const;

/** Header values a template's front matter may set: recipients, subject, date, language. */
async function templateHeaders(front: FrontMatter): Promise<Partial<ParsedSource>> {
  const result: Partial<ParsedSource> = {};
  const namesAddresses = ADDRESS_KEYS.some((key) => front.values.has(key));
  const { parseAddresses } = namesAddresses ? await import("./parse/addresses.js") : { parseAddresses: () => [] };
  const mailboxes = (key: (typeof ADDRESS_KEYS)[number]) =>
    (front.values.get(key)?.items ?? []).flatMap((item) => locateMailboxes(item, parseAddresses(item.text)));
  result.recipients = (["to", "cc", "bcc"] as const).flatMap((field) =>
    mailboxes(field).map((r) => ({ field, ...r })),
  );
  const from = mailboxes("from")[0];
  if (from) result.from = from.mailbox;
  result.replyTo = mailboxes("reply-to").map((r) => r.mailbox);
  const subject = front.values.get("subject");
  if (subject) result.subject = subject.text;
  const date = front.values.get("date");
  if (date && !Number.isNaN(Date.parse(date.text))) result.date = new Date(date.text);
  const lang = (front.values.get("lang") ?? front.values.get("language"))?.text.toLowerCase();
  if (lang === "de" || lang === "en") result.language = lang;
  return result;
}

/**
 * Each mailbox of a front matter value with the range of its own address, found in the value as
 * written, in order: "to: anna@x.example, tom@y.example" names two recipients, each with a place
 * of its own (as in an .eml header). An address not written as such (escapes in a quoted
 * scalar) keeps the whole value's range.
 */
function locateMailboxes(item: FrontMatterItem, mailboxes: Mailbox[]): { mailbox: Mailbox; range: SourceRange }[] {
  const source = item.source.toLowerCase();
  // Lower case that changes a length ("İ") would shift every offset after it.
  const comparable = source.length === item.source.length;
  let cursor = 0;
  return mailboxes.map((mailbox) => {
    const at = comparable && mailbox.address ? source.indexOf(mailbox.address, cursor) : -1;
    if (at < 0) return { mailbox, range: item.range };
    cursor = at + mailbox.address.length;
    return { mailbox, range: item.rangeAt(at, cursor) };
  });
}

/** Replaces every character inside a span with a space, keeping line breaks. */
function blankSpans(body: string, spans: readonly Span[]): string {
  if (spans.length === 0) return body;
  const parts: string[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    parts.push(body.slice(cursor, start), blanked(body.slice(start, span.end)));
    cursor = span.end;
  }
  parts.push(body.slice(cursor));
  return parts.join("");
}

/**
 * `text` with every character but a line break turned into a space, as a flat string. Not
 * `text.replace(/[^\n]/g, " ")`: V8 builds that result one character at a time, as a rope with a
 * node of 32 bytes per character, and all of them stay alive until blankSpans joins its parts (a
 * 5 MB thread: 28 MB at the run's peak).
 */
function blanked(text: string): string {
  return text
    .split("\n")
    .map((line) => (line.length <= SPACES.length ? SPACES.slice(0, line.length) : " ".repeat(line.length)))
    .join("\n");
}

/** Spaces to slice a run from (a slice shares this string's characters). */
const SPACES = " ".repeat(1024);

/** Paragraphs are separated by blank lines; each gets its own language. */
function detectParagraphs(prose: string, forced: Language | undefined): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const scores: ReturnType<typeof scoreLanguage>[] = [];
  const total = { de: 0, en: 0 };
  for (const { start, end } of nonBlankLineRuns(prose)) {
    paragraphs.push({ start, end, language: forced ?? "en" });
    if (forced) continue;
    const score = scoreLanguage(prose.slice(start, end));
    scores.push(score);
    total.de += score.de;
    total.en += score.en;
  }
  if (forced) return paragraphs;
  const fallback = languageOf(total) ?? (total.de > total.en ? "de" : "en");
  paragraphs.forEach((p, i) => (p.language = languageOf(scores[i]) ?? fallback));
  return paragraphs;
}

/**
 * Runs of consecutive lines that have a non-space character: from the first line's start to
 * the last line's end (before its "\n"). A line scan rather than one regex: the regex
 * /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)* /g is quadratic on a long blank line (a blanked URL or
 * code block is all spaces), retrying from every position of it.
 */
function* nonBlankLineRuns(prose: string): Generator<{ start: number; end: number }> {
  let runStart = -1;
  let runEnd = -1;
  for (let lineStart = 0; lineStart <= prose.length; ) {
    const newline = prose.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? prose.length : newline;
    if (/\S/.test(prose.slice(lineStart, lineEnd))) {
      if (runStart < 0) runStart = lineStart;
      runEnd = lineEnd;
    } else if (runStart >= 0) {
      yield { start: runStart, end: runEnd };
      runStart = -1;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  if (runStart >= 0) yield { start: runStart, end: runEnd };
}

/** The paragraph holding `offset`; between paragraphs (blank lines), the next one. */
function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | undefined {
  return paragraphs[firstIndexWhere(paragraphs, endsAfter, offset)];
}

/** A zone whose sentences and tokens are computed on first use and then shared by all rules. */
class DraftZone implements Zone {
  readonly text: string;
  private sentenceCache?: Sentence[];
  private tokenCache?: Token[];

  constructor(
    readonly kind: ZoneKind,
    readonly start: number,
    readonly end: number,
    readonly depth: number,
    readonly quoteHeader: QuoteHeader | undefined,
    private readonly prose: string,
    private readonly languageAt: (offset: number) => Language,
    private readonly words: WordForms,
  ) {
    this.text = prose.slice(start, end);
  }

  get sentences(): readonly Sentence[] {
    this.sentenceCache ??= splitSentences(this.prose, this.start, this.end).map(({ start, end }) => ({
      start,
      end,
      text: this.prose.slice(start, end),
      language: this.languageAt(start),
    }));
    return this.sentenceCache;
  }

  get tokens(): readonly Token[] {
    this.tokenCache ??= tokenize(this.prose, this.start, this.end, this.words);
    return this.tokenCache;
  }
}

const derivedByZone = new WeakMap<Zone, Map<string, unknown>>();

/**
 * A value computed from a zone alone (the engine's sentence views), made once and kept for as
 * long as the zone lives: `compute` must give the same value whenever it runs.
 */
export function derivedFromZone<T>(zone: Zone, key: string, compute: () => T): T {
  let values = derivedByZone.get(zone);
  if (!values) derivedByZone.set(zone, (values = new Map()));
  if (!values.has(key)) values.set(key, compute());
  return values.get(key) as T;
}
