// internal-content: the reply-all accident. A mail that goes outside the organisation carries
// something only colleagues should read: a note marked "Intern:", a remark about the customer
// ("die Kundin nervt"), a request to colleagues ("can someone take this one?"), or a quoted
// thread in which colleagues talked among themselves ("just refund her and tell her to f***
// off"). The customer reads every word, quoted history included.
//
// Precision first. A draft without external recipients is never read. Markers count only in
// marker positions. Quoted text counts only when a colleague wrote it; whatever follows a
// message that one of the recipients wrote themselves is not new to them and is not read.
import type { Draft, Language, Mailbox, QuoteHeader, Recipient, Rule, RuleContext, Zone } from "../src/types.js";
import { bareAddress, describeMailboxes, externalRecipients, internalDomainsOf, isInternalAddress, mailboxLabel } from "./internal-address.js";
import { loadLeakList, loadLeakListByLanguage } from "./leaks-data.js";
import { compileMarkers, findMarkers, type MarkerPattern } from "./leaks-markers.js";
import {
  compilePhrase,
  firstMatchAt,
  indexPhrases,
  normalizeListWord,
  subjectPredicateAt,
  type Phrase,
  type PhraseIndex,
  type PhraseMatch,
  type TokenText,
} from "./leaks-phrases.js";

/** What gives a passage away as internal. */
export type LeakKind =
  | "marker" // "Intern:", "[vertraulich]"
  | "code-name" // a project code name from the options
  | "internal-thread" // a quoted message from a colleague to colleagues only
  | "colleague-greeting" // "Hallo zusammen," to one single customer
  | "colleague-request" // "can someone take this one?"
  | "third-person" // "die Kundin nervt"
  | "instruction"; // "refund her", in a colleague's quoted message

export interface LeakSignal {
  kind: LeakKind;
  /** Body offsets of the words that give it away. */
  start: number;
  end: number;
  /** Those words (for an internal thread: the header's first line). */
  text: string;
  /** For an internal thread: who wrote to whom. */
  thread?: { author: Mailbox; to: Mailbox[] };
}

/** How a zone is read: what the sender writes now, a colleague's quoted message, or quoted text of unknown origin. */
export type Reading = "authored" | "internal-author" | "unknown-author";

export interface LeakLists {
  markers: readonly string[];
  greetings: PhraseIndex;
  requests: PhraseIndex;
  subjects: PhraseIndex;
  predicates: PhraseIndex;
  instructions: PhraseIndex;
  fillers: ReadonlySet<string>;
  roleAddresses: readonly string[];
  disclaimers: readonly string[];
}

let lists: LeakLists | undefined;

/** The word lists of rules/data/leaks-*.txt, both languages together (a thread mixes them). */
export function leakLists(): LeakLists {
  if (!lists) {
    const both = (file: string) => {
      const { de, en } = loadLeakListByLanguage(file);
      return [...de, ...en];
    };
    const phrases = (file: string) => indexPhrases(both(file).map(compilePhrase));
    lists = {
      markers: loadLeakList("leaks-markers.txt"),
      greetings: phrases("leaks-colleague-greetings.txt"),
      requests: phrases("leaks-colleague-requests.txt"),
      subjects: phrases("leaks-third-person-subjects.txt"),
      predicates: phrases("leaks-third-person-predicates.txt"),
      instructions: phrases("leaks-person-instructions.txt"),
      fillers: new Set(both("leaks-fillers.txt").map(normalizeListWord)),
      roleAddresses: loadLeakList("leaks-role-addresses.txt").map((entry) => entry.toLowerCase()),
      disclaimers: loadLeakList("leaks-disclaimer-phrases.txt").map((entry) => entry.toLowerCase()),
    };
  }
  return lists;
}

/** Everything a zone is checked against, prepared once per draft. */
export interface Checks {
  lists: LeakLists;
  markerPattern: MarkerPattern | undefined;
  codeNames: readonly Phrase[];
  codeNameIndex: PhraseIndex;
  /** True when a group greeting ("Hallo zusammen") in the authored text cannot address the recipients. */
  groupGreetingIsInternal: boolean;
}

export function prepareChecks(draft: Pick<Draft, "recipients">, options: Record<string, unknown>, leak = leakLists()): Checks {
  const ignored = new Set(stringList(options.ignoreMarkers).map((m) => m.toLowerCase()));
  const markers = [...leak.markers, ...stringList(options.markers)].filter((m) => !ignored.has(m.toLowerCase()));
  return {
    lists: leak,
    markerPattern: compileMarkers(markers),
    codeNames: stringList(options.codeNames).map(compilePhrase),
    codeNameIndex: indexPhrases(stringList(options.codeNames).map(compilePhrase)),
    groupGreetingIsInternal: greetingCannotAddressRecipients(draft.recipients, leak.roleAddresses),
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];
}

/**
 * "Hallo zusammen" or "Hi team" addresses a group. It reads as a note for colleagues only when
 * the mail goes to one single external person: with several recipients the group may well be
 * them, and a shared mailbox (info@, team@) is read by a group.
 */
export function greetingCannotAddressRecipients(recipients: readonly Recipient[], roleAddresses: readonly string[]): boolean {
  if (recipients.length !== 1 || recipients[0].internal) return false;
  const local = recipients[0].address.slice(0, recipients[0].address.lastIndexOf("@")).toLowerCase();
  return !roleAddresses.some((role) => (role.endsWith("*") ? local.startsWith(role.slice(0, -1)) : local === role));
}

// ---------------------------------------------------------------------------------------
// What a zone gives away

/** The signals in one zone, read as `reading`, in text order. */
export function findSignals(zone: Zone, draft: Pick<Draft, "body" | "prose">, reading: Reading, checks: Checks): LeakSignal[] {
  const signals: LeakSignal[] = [];
  for (const hit of findMarkers(draft.prose, checks.markerPattern, zone.start, zone.end)) {
    if (!inDisclaimer(draft.prose, hit.start, checks.lists.disclaimers)) signals.push({ kind: "marker", ...hit });
  }

  const text: TokenText = { tokens: zone.tokens, prose: draft.prose };
  const { lists: leak } = checks;
  const signalOf = (kind: LeakKind, match: PhraseMatch): LeakSignal => {
    const start = text.tokens[match.first].start;
    const end = text.tokens[match.after - 1].end;
    return { kind, start, end, text: draft.body.slice(start, end) };
  };

  const talksLikeColleague = reading !== "unknown-author";
  const greetingsCount = reading === "internal-author" || checks.groupGreetingIsInternal;
  // Instructions about a person ("tell her", "sag ihr") are ordinary in a mail to the customer
  // ("please tell her to bring the receipt"), so only a colleague's quoted message is read for them.
  const instructionsCount = reading === "internal-author";
  // The strongest signal starting at word i, if any.
  const signalAt = (i: number): [LeakKind, PhraseMatch] | undefined => {
    let match = firstMatchAt(text, i, checks.codeNameIndex);
    if (match) return ["code-name", match];
    if (!talksLikeColleague) return undefined;
    if (greetingsCount && (match = greetingAt(text, i, leak.greetings))) return ["colleague-greeting", match];
    if ((match = firstMatchAt(text, i, leak.requests, leak.fillers))) return ["colleague-request", match];
    if ((match = subjectPredicateAt(text, i, leak.subjects, leak.predicates, leak.fillers))) return ["third-person", match];
    if (instructionsCount && (match = firstMatchAt(text, i, leak.instructions, leak.fillers))) return ["instruction", match];
    return undefined;
  };
  for (let i = 0; i < text.tokens.length; i++) {
    const found = signalAt(i);
    if (!found) continue;
    const [kind, match] = found;
    signals.push(signalOf(kind, match));
    i = match.after - 1;
  }
  return signals.sort((a, b) => a.start - b.start);
}

/** A salutation: at the start of a line, followed by a comma, "!", ":" or the line end. */
function greetingAt(text: TokenText, i: number, greetings: PhraseIndex): PhraseMatch | undefined {
  const match = firstMatchAt(text, i, greetings);
  if (!match) return undefined;
  const start = text.tokens[i].start;
  const lineStart = text.prose.lastIndexOf("\n", start - 1) + 1;
  if (text.prose.slice(lineStart, start).trim() !== "") return undefined;
  const after = text.tokens[match.after - 1].end;
  return /^[ \t]*(?:[,!:]|\n|$)/.test(text.prose.slice(after, after + 40)) ? match : undefined;
}

/**
 * True when the marker stands in a legal disclaimer ("CONFIDENTIAL: ... intended recipient ...").
 * The paragraph is read from the prose, where quote markers are blanked, so that a quoted
 * disclaimer is one paragraph too.
 */
function inDisclaimer(prose: string, offset: number, disclaimers: readonly string[]): boolean {
  const { start, end } = paragraphAround(prose, offset);
  const paragraph = prose.slice(start, end).toLowerCase().replace(/\s+/g, " ");
  return disclaimers.some((phrase) => paragraph.includes(phrase));
}

/** The lines around `offset` up to the nearest blank lines (at most ~4,000 characters). */
function paragraphAround(prose: string, offset: number): { start: number; end: number } {
  const LIMIT = 2000;
  let start = prose.lastIndexOf("\n", offset - 1) + 1;
  while (start > 0 && offset - start < LIMIT) {
    const previous = prose.lastIndexOf("\n", start - 2) + 1;
    if (prose.slice(previous, start - 1).trim() === "") break;
    start = previous;
  }
  let end = prose.indexOf("\n", offset);
  while (end >= 0 && end - offset < LIMIT) {
    const next = prose.indexOf("\n", end + 1);
    const line = prose.slice(end + 1, next < 0 ? prose.length : next);
    if (line.trim() === "") break;
    end = next;
  }
  return { start, end: end < 0 ? prose.length : end };
}

// ---------------------------------------------------------------------------------------
// Quoted history

/** Who wrote a quoted message, as far as its quote header tells. */
export type QuoteOrigin =
  | { kind: "internal-thread"; header: QuoteHeader } // a colleague, to colleagues only
  | { kind: "internal-author"; header: QuoteHeader } // a colleague; recipients not shown or not all internal
  | { kind: "external-author"; header: QuoteHeader; isRecipient: boolean }
  | { kind: "unknown" };

/**
 * Classifies a quoted message by its header. An "On ... X wrote:" line never shows the
 * recipients, and a colleague's earlier answer to the customer is quoted in every support
 * thread, so a colleague as author alone is not enough: such a message is read for what it
 * says (markers, remarks about the customer). Only a header that shows a colleague writing to
 * colleagues alone (Outlook "From/To", "Von/An") marks the whole message as internal. A
 * forwarded message is forwarded on purpose, so it too is only read for what it says.
 */
export function classifyQuote(
  header: QuoteHeader | undefined,
  domains: readonly string[],
  externals: readonly Recipient[],
): QuoteOrigin {
  const author = header?.author?.address ?? "";
  if (!header || !author.includes("@")) return { kind: "unknown" };
  if (!isInternalAddress(author, domains)) {
    return { kind: "external-author", header, isRecipient: externals.some((r) => r.address === author) };
  }
  const addressees = [...header.to, ...header.cc];
  const shown = addressees.length > 0 && addressees.every((m) => m.address.includes("@"));
  if (header.style !== "forward" && shown && addressees.every((m) => isInternalAddress(m.address, domains))) {
    return { kind: "internal-thread", header };
  }
  return { kind: "internal-author", header };
}

export interface QuotedLeak {
  signal: LeakSignal;
  /** Body offset where the internal quoted part starts (its header, or the zone). */
  partStart: number;
}

/**
 * The first internal part of the quoted history, if any. Zones are read in body order; a zone
 * without a header of its own belongs to the last header seen at its depth. Reading stops at
 * a message written by one of the external recipients: they already have everything below it.
 */
export function findQuotedLeak(
  zones: readonly Zone[],
  draft: Pick<Draft, "body" | "prose">,
  domains: readonly string[],
  externals: readonly Recipient[],
  checks: Checks,
): QuotedLeak | undefined {
  const headerAtDepth: (QuoteHeader | undefined)[] = [];
  for (const zone of [...zones].sort((a, b) => a.start - b.start)) {
    headerAtDepth.length = Math.min(headerAtDepth.length, zone.depth + 1);
    if (zone.quoteHeader) headerAtDepth[zone.depth] = zone.quoteHeader;
    const header = zone.quoteHeader ?? headerAtDepth[zone.depth];
    const origin = classifyQuote(header, domains, externals);
    if (origin.kind === "external-author") {
      if (origin.isRecipient) return undefined;
      continue;
    }
    const partStart = header ? header.start : zone.start;
    if (origin.kind === "internal-thread") {
      const firstLineEnd = draft.body.indexOf("\n", origin.header.start);
      const end = firstLineEnd < 0 || firstLineEnd > origin.header.end ? origin.header.end : firstLineEnd;
      return {
        signal: {
          kind: "internal-thread",
          start: origin.header.start,
          end,
          text: draft.body.slice(origin.header.start, end),
          thread: { author: origin.header.author!, to: [...origin.header.to, ...origin.header.cc] },
        },
        partStart,
      };
    }
    const reading: Reading = origin.kind === "internal-author" ? "internal-author" : "unknown-author";
    const [signal] = findSignals(zone, draft, reading, checks);
    if (signal) return { signal, partStart };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Subject line

const REPLY_PREFIX = /^(?:\s*(?:re|aw|antw|wg|fw|fwd|sv|vs|tr)\s*(?:\[\d+\])?\s*:)+\s*/i;

/** A marker or code name in the subject ("[intern] Reklamation Meier"), with offsets into `subject`. */
export function findSubjectSignal(subject: string, checks: Checks): LeakSignal | undefined {
  const offset = REPLY_PREFIX.exec(subject)?.[0].length ?? 0;
  const [marker] = findMarkers(subject, checks.markerPattern, offset);
  if (marker) return { kind: "marker", ...marker };
  const lower = normalizeListWord(subject);
  for (const name of checks.codeNames) {
    const needle = name.source.trim().toLowerCase();
    const at = lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u"));
    if (at >= 0) return { kind: "code-name", start: at, end: at + needle.length, text: subject.slice(at, at + needle.length) };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Messages

function reason(signal: LeakSignal, language: Language): string {
  const t = signal.text;
  const author = signal.thread ? mailboxLabel(signal.thread.author) : "";
  const to = signal.thread ? describeMailboxes(signal.thread.to, language) : "";
  if (language === "de") {
    switch (signal.kind) {
      case "marker": return `ist als intern markiert („${t}“)`;
      case "code-name": return `nennt den internen Codenamen „${t}“`;
      case "internal-thread": return `ist interne Korrespondenz (${author} an ${to})`;
      case "colleague-greeting": return `spricht Kollegen an („${t}“)`;
      case "colleague-request": return `bittet Kollegen, den Fall zu übernehmen („${t}“)`;
      case "third-person": return `redet in der dritten Person über jemanden („${t}“)`;
      case "instruction": return `sagt Kollegen, wie mit jemandem umzugehen ist („${t}“)`;
    }
  }
  switch (signal.kind) {
    case "marker": return `is marked internal ("${t}")`;
    case "code-name": return `names the internal code name "${t}"`;
    case "internal-thread": return `is an internal conversation (${author} to ${to})`;
    case "colleague-greeting": return `addresses colleagues ("${t}")`;
    case "colleague-request": return `asks colleagues to take the case ("${t}")`;
    case "third-person": return `talks about someone in the third person ("${t}")`;
    case "instruction": return `tells colleagues how to deal with someone ("${t}")`;
  }
}

export function authoredMessage(signal: LeakSignal, line: number, externals: string, language: Language): string {
  return language === "de"
    ? `Zeile ${line} ${reason(signal, language)}, aber die Mail geht nach außen an ${externals}, und dort wird alles mitgelesen. Löschen Sie den internen Teil oder schicken Sie ihn nur an Kollegen.`
    : `Line ${line} ${reason(signal, language)}, but this mail goes to ${externals} outside your organisation, who would read it. Delete the internal part, or send it to colleagues only.`;
}

export function quotedMessage(
  signal: LeakSignal,
  partLine: number,
  line: number,
  externals: string,
  addresses: string,
  language: Language,
): string {
  const at = line === partLine ? "" : language === "de" ? ` in Zeile ${line}` : ` on line ${line}`;
  return language === "de"
    ? `Der zitierte Verlauf ab Zeile ${partLine} ${reason(signal, language)}${at}, aber diese Mail geht nach außen an ${externals}, und dort wird jedes zitierte Wort mitgelesen. Löschen Sie den zitierten Verlauf ab Zeile ${partLine} oder entfernen Sie ${addresses} aus den Empfängern.`
    : `The quoted history from line ${partLine} ${reason(signal, language)}${at}, but this mail goes to ${externals} outside your organisation, who would read every quoted word. Delete the quoted history from line ${partLine}, or remove ${addresses} from the recipients.`;
}

export function subjectMessage(signal: LeakSignal, externals: string, language: Language): string {
  return language === "de"
    ? `Der Betreff ${reason(signal, language)}, aber die Mail geht nach außen an ${externals}. Entfernen Sie das aus dem Betreff, oder schicken Sie die Mail nur an Kollegen.`
    : `The subject ${reason(signal, language)}, but this mail goes to ${externals} outside your organisation. Remove it from the subject, or send the mail to colleagues only.`;
}

function removeRecipients(externals: string, language: Language) {
  return { desc: language === "de" ? `${externals} aus den Empfängern entfernen` : `Remove ${externals} from the recipients` };
}

// ---------------------------------------------------------------------------------------

const rule: Rule = {
  meta: {
    id: "internal-content",
    category: "leaks",
    description: "A mail to an external recipient carries internal notes, remarks for colleagues or an internal quoted thread.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/internal-content.md",
    defaultSeverity: "error",
    languages: ["de", "en"],
    schema: {
      type: "object",
      properties: {
        markers: {
          type: "array",
          items: { type: "string" },
          description: 'More markers of internal text, counted in marker positions like "Intern:" ("Nur Team:", "[TODO]").',
        },
        codeNames: {
          type: "array",
          items: { type: "string" },
          description: "Internal project or product code names, counted anywhere in the text.",
        },
        ignoreMarkers: {
          type: "array",
          items: { type: "string" },
          description: 'Built-in markers not to report, e.g. "confidential" where client mail is routinely marked so.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { markers: [], codeNames: [], ignoreMarkers: [] },
    help:
      "When a reply goes outside the organisation, the recipient reads everything in it: the note marked " +
      '"Intern:", the remark about them ("die Kundin nervt", "this guy is exhausting"), the question to colleagues ' +
      '("can someone take this one?") and the whole quoted thread, in which colleagues may have written ' +
      '"just refund her and tell her to f*** off". Delete the internal part or the quoted thread, or remove the ' +
      "external recipient and send the internal part to colleagues only.",
  },
  create(context: RuleContext) {
    const { draft } = context;
    const externalList = externalRecipients(draft);
    if (externalList.length === 0) return;
    const checks = prepareChecks(draft, context.options);
    const domains = internalDomainsOf(context.settings, draft);
    const externalsIn = (language: Language) => describeMailboxes(externalList, language);
    const addressesIn = (language: Language) => describeMailboxes(externalList, language, bareAddress);
    const bodyLanguage = context.languageAt(context.zones()[0]?.start ?? 0);

    if (draft.subject) {
      const signal = findSubjectSignal(draft.subject, checks);
      const header = draft.headers.find((h) => h.name === "subject");
      if (signal && header?.range) {
        context.report({
          message: subjectMessage(signal, externalsIn(bodyLanguage), bodyLanguage),
          range: header.range,
          suggestions: [
            { desc: bodyLanguage === "de" ? `„${signal.text}“ aus dem Betreff entfernen` : `Remove "${signal.text}" from the subject` },
            removeRecipients(addressesIn(bodyLanguage), bodyLanguage),
          ],
        });
      }
    }

    // The text written now: every internal line is its own finding, one per line.
    const reportedLines = new Set<number>();
    for (const zone of context.zones(["authored"])) {
      for (const signal of findSignals(zone, draft, "authored", checks)) {
        const line = draft.position(signal.start).line;
        if (reportedLines.has(line)) continue;
        reportedLines.add(line);
        const language = context.languageAt(signal.start);
        context.report({
          message: authoredMessage(signal, line, externalsIn(language), language),
          start: signal.start,
          end: signal.end,
          suggestions: [
            { desc: language === "de" ? `Den internen Teil in Zeile ${line} löschen` : `Delete the internal part on line ${line}` },
            removeRecipients(addressesIn(language), language),
          ],
        });
      }
    }

    // The quoted history: one finding, where the first internal part starts; deleting the
    // thread from there (or dropping the recipient) is the fix for all of it.
    const leak = findQuotedLeak(context.zones(["quoted", "forwarded"]), draft, domains, externalList, checks);
    if (leak) {
      const language = context.languageAt(leak.signal.start);
      const partLine = draft.position(leak.partStart).line;
      context.report({
        message: quotedMessage(leak.signal, partLine, draft.position(leak.signal.start).line, externalsIn(language), addressesIn(language), language),
        start: leak.signal.start,
        end: leak.signal.end,
        suggestions: [
          { desc: language === "de" ? `Den zitierten Verlauf ab Zeile ${partLine} löschen` : `Delete the quoted history from line ${partLine}` },
          removeRecipients(addressesIn(language), language),
        ],
      });
    }
  },
};

export default rule;
