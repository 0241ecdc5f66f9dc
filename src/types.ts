// The public data model of mail-lint: the Draft every rule reads, the rule API, and the
// lint results reporters print. Rules, reporters and plugins depend on nothing but this file
// and the helpers of src/rule-api.ts; all of it is exported by the package.

export type Language = "de" | "en";
export type DraftFormat = "eml" | "markdown" | "text";
export type Severity = "off" | "warn" | "error";
/** ESLint's numeric severities: 1 = warning, 2 = error. */
export type SeverityLevel = 1 | 2;

/** 1-based line, 1-based column counted in UTF-16 code units (as ESLint and editors do). */
export interface Position {
  line: number;
  column: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
}

export interface Mailbox {
  /** Display name, decoded; "" when absent. */
  name: string;
  /** Lower-cased e-mail address. */
  address: string;
}

export type RecipientField = "to" | "cc" | "bcc";

export interface Recipient extends Mailbox {
  field: RecipientField;
  /** The address's domain is one of config `internalDomains` (subdomains included). */
  internal: boolean;
  /** The address matches config `internalOnlyRecipients`. */
  internalOnly: boolean;
  /** Where the address stands in the file (header line or front matter), when known. */
  range?: SourceRange;
}

export interface HeaderField {
  /** Lower-case header name, e.g. "subject". */
  name: string;
  /** Decoded, unfolded value. */
  value: string;
  /** Where the header (name and value) stands in the file, when known. */
  range?: SourceRange;
}

export interface Attachment {
  filename: string | null;
  mimeType: string;
}

/** What a quote header ("On ... wrote:", an Outlook "From/Sent/To" block) says about the quoted mail. */
export interface QuoteHeader {
  style: "on-wrote" | "outlook" | "forward";
  author?: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  /** The date as written in the header. */
  dateText?: string;
  date?: Date;
  subject?: string;
  /** Body offsets of the header lines. */
  start: number;
  end: number;
}

/**
 * Body zones. `authored` is what the sender writes now; `quoted` is reply history;
 * `forwarded` a forwarded message; `signature` the closing and signature block.
 */
export type ZoneKind = "authored" | "quoted" | "forwarded" | "signature";

/** Non-prose spans that rules must not read as words. Blanked out in `Draft.prose`. */
export type SpanKind =
  | "placeholder" // {{first_name}}, {name}, %NAME%
  | "code" // fenced, indented and inline code in Markdown
  | "url"
  | "email"
  | "comment" // HTML comments in Markdown (directives live here)
  | "html" // other raw HTML in Markdown
  | "front-matter"
  | "quote-marker" // the "> " prefixes of quoted lines
  | "quote-header"; // "On ... wrote:", Outlook header blocks

export interface Span {
  kind: SpanKind;
  /** Body offsets, end exclusive. */
  start: number;
  end: number;
}

/** A paragraph with its detected (or configured) language. Body offsets. */
export interface Paragraph {
  start: number;
  end: number;
  language: Language;
}

export interface Sentence {
  /** Body offsets, end exclusive; text === draft.prose.slice(start, end). */
  start: number;
  end: number;
  text: string;
  language: Language;
}

/** A sentence as rules read it: with its tokens, and whether the slow readers may read it. */
export interface SentenceView extends Sentence {
  readonly tokens: readonly Token[];
  /**
   * False past the first 200,000 characters of sentences in a zone: chrono-node and other slow readers
   * take far longer per character than everything else, so a pasted log or a 20 MB draft is read
   * up to that point and no further, which keeps lint time bounded. context.dates() gives no
   * dates for such a sentence, and rules should not hand it to other slow readers.
   */
  readonly withinNlpBudget: boolean;
}

/** A day on the calendar, without time or zone: what a promise "bis Freitag, 27.11.2026" is about. */
export interface CalendarDay {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** A date a sentence names, as written ("am Mittwoch", "27.11.2026", "tomorrow at 3 pm"). */
export interface DateMention {
  /** Offsets, end exclusive: body offsets from context.dates(), offsets into the text from findDates(). */
  start: number;
  end: number;
  text: string;
  /** 0 = Sunday ... 6 = Saturday, when a weekday is written. */
  weekday?: number;
  /** Day and month when written or computed from a relative phrase ("tomorrow", "morgen"). */
  day?: number;
  month?: number;
  /** The year, when written or computed from a relative phrase; absent for "bis 27.11.". */
  year?: number;
  /** A clock time is written ("um 10 Uhr", "at 3 pm"). */
  hasTime: boolean;
}

export interface Token {
  /** Body offsets, end exclusive. */
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case, ß→ss, look-alike letters folded. */
  norm: string;
}

export interface Zone {
  kind: ZoneKind;
  /** Body offsets, end exclusive. */
  start: number;
  end: number;
  /** Quote depth: 0 for authored text and signature, 1+ for quoted history. */
  depth: number;
  /** For quoted and forwarded zones: the parsed quote header, when there is one. */
  quoteHeader?: QuoteHeader;
  /** draft.prose.slice(start, end): the zone's prose with non-prose spans blanked. */
  text: string;
  /** Sentences and tokens, computed once and shared by all rules. */
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

/** The single model every rule reads. All body offsets index `body` and `prose` alike. */
export interface Draft {
  /** The path given on the command line (or the stdin file name). */
  filePath: string;
  format: DraftFormat;
  /** Headers from the .eml, or from the template's front matter. */
  headers: HeaderField[];
  from?: Mailbox;
  replyTo: Mailbox[];
  recipients: Recipient[];
  subject?: string;
  date?: Date;
  inReplyTo?: string;
  references: string[];
  attachments: Attachment[];
  /** Decoded body text with "\n" line ends. */
  body: string;
  /** `body` with every non-prose span replaced by spaces (same length, same offsets). */
  prose: string;
  spans: Span[];
  zones: Zone[];
  paragraphs: Paragraph[];
  // Two lookups beside the data, both reading what the parser built (rules reach them through
  // the context as well):
  /** Language of the paragraph containing a body offset (the next paragraph's between paragraphs). */
  languageAt(offset: number): Language;
  /** Maps a body offset to its exact line:column in the file. */
  position(offset: number): Position;
}

// ---------------------------------------------------------------------------------------
// Rule API

/** A small JSON Schema subset, enough to validate rule options (see src/engine/options-schema.ts). */
export interface OptionsSchema {
  type?: "object" | "array" | "string" | "number" | "integer" | "boolean";
  properties?: Record<string, OptionsSchema>;
  additionalProperties?: boolean;
  items?: OptionsSchema;
  enum?: readonly (string | number | boolean)[];
  minimum?: number;
  description?: string;
}

export interface RuleMeta {
  /** Stable id, part of the public interface: "no-insult". Plugins: "plugin/rule". */
  id: string;
  category: "tone" | "leaks" | "promises" | "hygiene" | (string & {});
  /** One line, shown by --list-rules. */
  description: string;
  /** Where the rule is documented. */
  docs?: string;
  defaultSeverity: Severity;
  /** Languages the rule understands; paragraphs in other languages are not its business. */
  languages?: readonly Language[];
  /**
   * What the rule judges: "text" (the default) reads zones and sentences; "mail" judges the mail
   * as a whole (its headers, its greeting, its register). A draft too large to read at once is
   * read in windows of its body: "text" rules read every window, "mail" rules the first one only.
   */
  scope?: "text" | "mail";
  /** Formats the rule runs on; all when absent. */
  formats?: readonly DraftFormat[];
  /** Severity per format, overriding defaultSeverity (e.g. error for .eml, off for templates). */
  defaultSeverityByFormat?: Partial<Record<DraftFormat, Severity>>;
  /** Options schema (an object schema) and defaults. */
  schema?: OptionsSchema;
  defaultOptions?: Record<string, unknown>;
  /** Longer help text for SARIF and docs: why it matters and what to write instead. */
  help?: string;
}

export interface Suggestion {
  /** What the fix does, e.g. "Write 'bis Freitag, 27.11.2026'". */
  desc: string;
  /** Replacement text for the reported range, when the fix is a plain replacement. */
  text?: string;
}

export interface ReportDescriptor {
  message: string;
  /** Body offsets of the offending words (end exclusive). */
  start?: number;
  end?: number;
  /** Or a file range, for findings outside the body (a header, a recipient). */
  range?: SourceRange;
  /** Overrides the configured severity upwards or downwards for this one finding. */
  severity?: "warn" | "error";
  suggestions?: Suggestion[];
}

/** Project-wide settings a rule may read. */
export interface SharedSettings {
  internalDomains: string[];
  internalOnlyRecipients: string[];
  /** Config `internalHosts`: hosts or host/path globs of links only colleagues can open. */
  internalHosts: string[];
  /** Forced language, or undefined for per-paragraph detection. */
  language?: Language;
  /** "Today", for resolving dates in drafts without a Date header. */
  now: Date;
}

/** The draft's recipients as the organisation sees them, classified once per draft. */
export interface Recipients {
  /** Every recipient (To, Cc, Bcc), in header order. */
  readonly all: readonly Recipient[];
  /**
   * Those outside the organisation (not internal, not internal-only), each once; a placeholder
   * recipient of a template ("{{customer_email}}") counts as outside. Empty when no internal
   * domain is known (no From address, no config internalDomains).
   */
  readonly external: readonly Recipient[];
  /** Config `internalDomains` (lower case), or by default the From address's domain. */
  readonly internalDomains: readonly string[];
  /** Whether an address (a recipient's, or one in a quoted message's header) is inside the organisation. */
  isInternal(address: string): boolean;
}

/**
 * What a rule reads. The engine builds one per rule and draft; what it computes from the draft
 * (sentences, dates, recipients, per-draft values) is computed once per draft and shared by all
 * rules, so a rule sees the same whatever rules ran before it.
 */
export interface RuleContext {
  readonly id: string;
  readonly draft: Draft;
  /** The rule's options: defaultOptions merged with the user's. */
  readonly options: Record<string, unknown>;
  readonly settings: SharedSettings;
  readonly recipients: Recipients;
  /** The day the draft's dates are read against: the Date header's day (in its own time zone), else settings.now. */
  readonly today: CalendarDay;
  /** Whether `today` comes from the draft's Date header (messages say "counted from the mail's date"). */
  readonly todayFromDateHeader: boolean;
  /** The zones of the given kinds (default: authored only). */
  zones(kinds?: readonly ZoneKind[]): Zone[];
  /** A zone's sentences in the rule's languages (meta.languages), with their tokens. */
  sentences(zone: Zone): readonly SentenceView[];
  /** The dates a sentence (from `sentences`) names, with body offsets; read once per draft. */
  dates(sentence: SentenceView): Promise<readonly DateMention[]>;
  /**
   * A value computed once per draft and shared by every rule that asks with the same key: how
   * rules of one family share what they read (say, "promises/sentence-facts").
   */
  perDraft<T>(key: string, compute: () => T): T;
  /** Language of the paragraph containing a body offset. */
  languageAt(offset: number): Language;
  /** The exact line:column in the file of a body offset. */
  position(offset: number): Position;
  /**
   * Reports a finding. A body-offset finding in a paragraph whose language is not in the rule's
   * meta.languages is dropped by the engine.
   */
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  /**
   * Reads the draft through the context and reports findings. May be async, so that a rule
   * can load a heavy library (chrono-node) with `await import()` only when the
   * draft has candidate sentences: start-up time is what a pre-commit hook user waits for.
   */
  create(context: RuleContext): void | Promise<void>;
}

export interface Plugin {
  /** Plugin name; its rules are addressed as "name/rule". */
  name: string;
  rules: Rule[];
}

// ---------------------------------------------------------------------------------------
// Results (ESLint-compatible JSON shape)

export interface LintMessage {
  ruleId: string | null;
  severity: SeverityLevel;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** True for a file that could not be read or parsed. */
  fatal?: boolean;
  suggestions?: Suggestion[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}
