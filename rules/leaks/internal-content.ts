// internal-content: the reply-all accident. A mail that goes outside the organisation carries
// something only colleagues should read: a note marked "Intern:", a remark about the customer
// ("die Kundin nervt"), a request to colleagues ("can someone take this one?"), or a quoted
// thread in which colleagues talked among themselves ("just refund her and tell her to f***
// off"). The customer reads every word, quoted history included.
//
// Precision first. A draft without external recipients is never read. Markers count only in
// marker positions. Quoted text counts only when a colleague wrote it; whatever follows a
// message that one of the recipients wrote themselves is not new to them and is not read.
import type { Language, Rule, RuleContext } from "../../src/rule-api.js";
import { bareAddress, describeMailboxes, mailboxLabel } from "./internal-address.js";
import { findQuotedLeak } from "./leaks-quoted.js";
import { findSignals, findSignatureSignals, findSubjectSignal, prepareChecks, type LeakSignal } from "./leaks-signals.js";

// Messages: what is wrong, why it matters to the reader, what to do instead.

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
      case "aside": return `richtet sich an Kollegen, nicht an die Empfänger („${short(t)}“)`;
      case "internal-link": return `verlinkt ${linkWhy(signal, language)} („${short(t)}“)`;
      case "internal-figure": return `nennt interne Zahlen wie Einkaufspreis, Marge oder eigene Kosten („${short(t)}“)`;
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
    case "aside": return `speaks to colleagues, not to the recipients ("${short(t)}")`;
    case "internal-link": return `links to ${linkWhy(signal, language)} ("${short(t)}")`;
    case "internal-figure": return `names internal figures such as purchase price, margin or own costs ("${short(t)}")`;
  }
}

/** A long aside or sentence, cut to its first words for the message. */
function short(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 70 ? flat : `${flat.slice(0, 67).replace(/\s\S*$/, "")} …`;
}

function linkWhy(signal: LeakSignal, language: Language): string {
  const de = language === "de";
  switch (signal.linkReason) {
    case "private-address": return de ? "eine private Netzadresse, die nur im Firmennetz erreichbar ist" : "a private network address only reachable inside the company";
    case "configured": return de ? "einen internen Host (Einstellung internalHosts), den nur Kollegen öffnen können" : "an internal host (setting internalHosts) only colleagues can open";
    case "internal-tool": return de ? "ein internes Werkzeug, das nur Kollegen öffnen können" : "an internal tool only colleagues can open";
    default: return de ? "einen Rechner, der nur im Firmennetz einen Namen hat" : "a host that has a name only inside the company network";
  }
}

/** What to delete: the words themselves for what stands on one line, else the internal part. */
function deleteSuggestion(signal: LeakSignal, line: number, language: Language): string {
  if (signal.kind === "aside" || signal.kind === "internal-link" || signal.kind === "internal-figure") {
    return language === "de" ? `„${short(signal.text)}“ in Zeile ${line} löschen` : `Delete "${short(signal.text)}" on line ${line}`;
  }
  return language === "de" ? `Den internen Teil in Zeile ${line} löschen` : `Delete the internal part on line ${line}`;
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
    const externalList = context.recipients.external;
    if (externalList.length === 0) return;
    const checks = prepareChecks(draft, context.options, (offset) => context.languageAt(offset), {
      internalDomains: context.recipients.internalDomains,
      internalHosts: context.settings.internalHosts ?? [],
      isInternal: (address) => context.recipients.isInternal(address),
    });
    const externalsIn = (language: Language) => describeMailboxes(externalList, language);
    const addressesIn = (language: Language) => describeMailboxes(externalList, language, bareAddress);
    const bodyLanguage = context.languageAt(context.zones()[0]?.start ?? 0);

    if (draft.subject) {
      const signal = findSubjectSignal(draft.subject, checks, bodyLanguage);
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
    for (const zone of context.zones(["authored", "signature"])) {
      const signals = zone.kind === "signature" ? findSignatureSignals(zone, draft, checks) : findSignals(zone, draft, "authored", checks);
      for (const signal of signals) {
        const line = context.position(signal.start).line;
        if (reportedLines.has(line)) continue;
        reportedLines.add(line);
        const language = context.languageAt(signal.start);
        context.report({
          message: authoredMessage(signal, line, externalsIn(language), language),
          start: signal.start,
          end: signal.end,
          suggestions: [{ desc: deleteSuggestion(signal, line, language) }, removeRecipients(addressesIn(language), language)],
        });
      }
    }

    // The quoted history: one finding, where the first internal part starts; deleting the
    // thread from there (or dropping the recipient) is the fix for all of it.
    const leak = findQuotedLeak(context.zones(["quoted", "forwarded"]), draft, context.recipients, checks, draft.from);
    if (leak) {
      const language = context.languageAt(leak.signal.start);
      const partLine = context.position(leak.partStart).line;
      context.report({
        message: quotedMessage(leak.signal, partLine, context.position(leak.signal.start).line, externalsIn(language), addressesIn(language), language),
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
