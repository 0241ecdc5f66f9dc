// The quoted history of a reply: who wrote each quoted message, as far as its quote header
// tells, and where the first internal part of the history starts.
import type { Draft, Mailbox, QuoteHeader, Recipients, Zone } from "../../src/rule-api.js";
import { organisationLabels } from "./leaks-links.js";
import { findSignals, type Checks, type LeakSignal, type Reading } from "./leaks-signals.js";

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
 * forwarded message is forwarded on purpose ("see our technician's answer below"), so it too is
 * only read for what it says; an internal thread forwarded to a customer gives itself away by
 * how colleagues write to each other ("Julia, realistisch schaffen wir das nicht ...": a
 * colleague greeted by first name, see findAsides).
 */
export function classifyQuote(
  header: QuoteHeader | undefined,
  recipients: Pick<Recipients, "external" | "isInternal">,
  sender?: Mailbox,
): QuoteOrigin {
  const author = header?.author?.address ?? "";
  if (header?.author && !author.includes("@")) {
    // A header with a name and no address ("Am ... schrieb Karen Holt:", "Von: Petra Siebert"):
    // the name of a recipient is their own message, the sender's name the sender's earlier one.
    const name = nameKey(header.author.name);
    if (name && recipients.external.some((r) => nameKey(r.name) === name || namedBy(name, r))) return { kind: "external-author", header, isRecipient: true };
    if (name && sender && nameKey(sender.name) === name) return { kind: "internal-author", header };
  }
  if (!header || !author.includes("@")) return { kind: "unknown" };
  if (!recipients.isInternal(author)) {
    return { kind: "external-author", header, isRecipient: recipients.external.some((r) => r.address === author) };
  }
  const addressees = [...header.to, ...header.cc];
  const shown = addressees.length > 0 && addressees.every((m) => m.address.includes("@"));
  if (header.style !== "forward" && shown && addressees.every((m) => recipients.isInternal(m.address))) {
    return { kind: "internal-thread", header };
  }
  return { kind: "internal-author", header };
}

/** A person's name as a key: its words of two letters or more, lower case, sorted ("Holt, Karen" = "Karen Holt"). */
function nameKey(name: string | undefined): string {
  const words = (name ?? "").toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1);
  return words.length >= 2 ? words.sort().join(" ") : "";
}

/**
 * Whether every word of a name key stands in the recipient's display name or address: "Wolfgang
 * Brenner" writes from "Familie Brenner <brenner.wolfgang@...>", "Karen Holt" from karen.holt@....
 */
function namedBy(key: string, recipient: Mailbox): boolean {
  const local = recipient.address.slice(0, Math.max(0, recipient.address.lastIndexOf("@")));
  const words = new Set(`${recipient.name} ${local}`.toLowerCase().split(/[^\p{L}]+/u));
  return key.split(" ").every((word) => words.has(word));
}

/** The organisation's names in its own domains: "tallowfield" for tallowfield.io, "harbourmere" for harbourmere-insurance.co.uk. */
function organisationNames(domains: readonly string[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const label of organisationLabels(domains.map((domain) => `x@${domain}`))) {
    names.add(label);
    const first = label.split("-")[0];
    if (first.length >= 5) names.add(first);
  }
  return names;
}

// Words before an organisation spoken of as another party: "to the Tallowfield people", "bei Tallowfield".
const OF_ANOTHER_PARTY = new Set(["the", "to", "from", "with", "at", "by", "die", "der", "den", "an", "von", "bei", "mit"]);

/** The organisation named as another party (capitalised, after "the", "to", "bei", ...); "Tallowfield policy: ..." is not. */
function namesOrganisation(zone: Zone, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  const { tokens } = zone;
  for (let k = 1; k < tokens.length; k++) {
    if (names.has(tokens[k].norm) && tokens[k].text[0] !== tokens[k].norm[0] && OF_ANOTHER_PARTY.has(tokens[k - 1].norm)) return true;
  }
  return false;
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
  recipients: Pick<Recipients, "external" | "isInternal">,
  checks: Checks,
  sender?: Mailbox,
): QuotedLeak | undefined {
  const headerAtDepth: (QuoteHeader | undefined)[] = [];
  const sorted = [...zones].sort((a, b) => a.start - b.start);
  const forwardedThread = forwardedInternalThread(sorted, recipients);
  const ownNames = organisationNames(checks.internalDomains);
  for (const zone of sorted) {
    headerAtDepth.length = Math.min(headerAtDepth.length, zone.depth + 1);
    if (zone.quoteHeader) headerAtDepth[zone.depth] = zone.quoteHeader;
    const header = zone.quoteHeader ?? headerAtDepth[zone.depth];
    const origin = classifyQuote(header, recipients, sender);
    if (origin.kind === "external-author") {
      if (origin.isRecipient) return undefined;
      continue;
    }
    const partStart = header ? header.start : zone.start;
    if (origin.kind === "internal-thread" || (origin.kind === "internal-author" && header === forwardedThread)) {
      // What gives the thread away, where the zone says it ("Sag ihm erstmal Mitte Januar"), else its header.
      const [said] = findSignals(zone, draft, "internal-author", checks);
      if (said && origin.kind === "internal-author") return { signal: said, partStart };
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
    // A quote of unknown origin that names the sender's organisation ("can you send this to the
    // Tallowfield people?") was written on the reader's side, where the organisation is "them".
    if (origin.kind === "unknown" && namesOrganisation(zone, ownNames)) continue;
    const reading: Reading = origin.kind === "internal-author" ? "internal-author" : "unknown-author";
    const [signal] = findSignals(zone, draft, reading, checks);
    if (signal) return { signal, partStart };
  }
  return undefined;
}


/**
 * The header of a forwarded internal thread: a forwarded message from a colleague to colleagues
 * alone ("Von: Tom ... An: Julia ...") that carries at least one more message of the thread,
 * every one of them written by a colleague (and, where the header shows them, to colleagues).
 * One forwarded answer of a colleague ("see our technician's answer below") is shared on
 * purpose and is read only for what it says; a whole internal conversation is not.
 */
export function forwardedInternalThread(
  sortedZones: readonly Zone[],
  recipients: Pick<Recipients, "isInternal">,
): QuoteHeader | undefined {
  const headers = sortedZones.map((zone) => zone.quoteHeader).filter((h): h is QuoteHeader => h !== undefined);
  const internal = (header: QuoteHeader) => {
    const author = header.author?.address ?? "";
    const shown = [...header.to, ...header.cc].filter((m) => m.address.includes("@"));
    return author.includes("@") && recipients.isInternal(author) && shown.every((m) => recipients.isInternal(m.address));
  };
  const first = headers.findIndex((h) => h.style === "forward" && h.to.length > 0 && internal(h));
  if (first < 0) return undefined;
  const rest = headers.slice(first);
  return rest.length >= 2 && rest.every(internal) ? headers[first] : undefined;
}
