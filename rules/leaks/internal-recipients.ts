// internal-recipients: an internal-only address (a team list, "intern@", "*-internal@") stands
// among the recipients of a mail that also goes outside. The customer sees the internal list
// and can write to it, and every reply-all from the list reaches the customer. Also warns
// when a reply goes to a large audience, where one careless reply-all reaches everyone.
import type {
  Draft,
  HeaderField,
  Language,
  Recipient,
  RecipientField,
  Rule,
  RuleContext,
  SourceRange,
} from "../../src/rule-api.js";
import { bareAddress, describeMailboxes, mailboxLabel } from "./internal-address.js";

const DEFAULT_MAX_RECIPIENTS = 25;
const REPLY_SUBJECT = /^\s*(?:re|aw|antw|sv|vs)\s*(?:\[\d+\]\s*)?:/i;

/** True when the draft answers another mail (In-Reply-To, References or a "Re:"/"AW:" subject). */
export function isReply(draft: Pick<Draft, "inReplyTo" | "references" | "subject">): boolean {
  return Boolean(draft.inReplyTo) || draft.references.length > 0 || REPLY_SUBJECT.test(draft.subject ?? "");
}

// Words of an internal address that name it internal-only: "ops-internal@", "team-kundenservice-intern@",
// "internal-sales-only@", "all-staff@". Customers are not given such lists to write to.
const INTERNAL_ONLY_WORDS = new Set([
  "intern", "internal", "interne", "internes", "allstaff", "all-staff", "allhands", "staff", "mitarbeiter", "mitarbeitende",
  "mitarbeiterinnen", "belegschaft", "employees", "everyone", "everybody", "kollegium", "kollegen", "colleagues",
]);
// "all"/"alle" names everyone in the organisation when it is the whole local part or stands with
// another word ("all-hands@", "alle-vertrieb@"): a list of the whole staff or a whole department.
const EVERYONE_WORDS = new Set(["all", "alle", "jeder"]);

/** True for an address of the organisation whose local part names it internal-only. */
export function namedInternalOnly(recipient: Recipient): boolean {
  if (!recipient.internal) return false;
  const local = recipient.address.slice(0, recipient.address.lastIndexOf("@")).toLowerCase();
  if (INTERNAL_ONLY_WORDS.has(local)) return true;
  const words = local.split(/[-._+]+/);
  if (namesInvestigationDesk(local)) return true;
  return words.some((word, n) => INTERNAL_ONLY_WORDS.has(word) || EVERYONE_WORDS.has(word) || LIST_WORDS.has(word) || (n > 0 && FOR_SOME_ONLY.has(word)) || INTERNAL_COMPOUND.test(word) || (WIDE.has(word) && n > 0 && WHOLE.has(words[n - 1]))) ||
    /(?:^|[-._+])all[-._]?staff(?:$|[-._+])/.test(local);
}

// A desk that investigates customers ("counterfraud@", "anti-fraud@", "betrugsabwehr@", "siu@"):
// copying it on a mail to an outside person tells them they are suspected. A bare "fraud@" stays
// silent: banks give it to customers to report fraud, and agents copy it on a victim's report.
const INVESTIGATION_DESKS = /^(?:counter|anti)[-._]?fraud(?:$|[-._])|(?:^|[-._])fraud[-._]?(?:investigations?|unit)(?:$|[-._])|^betrugs(?:abwehr|bekaempfung|bekämpfung|ermittlung(?:en)?|pruefung|prüfung)(?:$|[-._])|^siu$/;

/** True for the local part of an organisation's desk that investigates suspected fraud. */
function namesInvestigationDesk(local: string): boolean {
  return INVESTIGATION_DESKS.test(local);
}

// Words of a list's name that keep it in the house: a distribution list ("verteiler-lager@",
// "dl-support@"), or a list for some only ("management-only@", "leitung-nur@"; "Nur" first is a name).
const LIST_WORDS = new Set(["verteiler", "dl", "distlist", "intranet", "firmenweit", "companywide", "wholecompany"]);
const FOR_SOME_ONLY = new Set(["only", "nur"]);
// The internal words inside a compound: "teamintern@", "allemployees@", "mitarbeiterinfo@",
// "belegschaftsinfo@" ("international@", "internships@" and "interns@" are addresses outsiders write to).
const INTERNAL_COMPOUND = /intern(?!ation|ship|s$)|^(?:all|alle)(?:staff|employees|mitarbeiter\w*|hands)$|^mitarbeiter|^belegschaft|^kollegen/;
// "company-wide@", "firma-weit@".
const WIDE = new Set(["wide", "weit"]);
const WHOLE = new Set(["company", "firma", "firmen", "org", "organisation", "organization"]);

/**
 * The internal-only recipients, each address once: those config `internalOnlyRecipients` marks,
 * and the organisation's addresses whose name says so ("ops-internal@", "vertrieb-intern@").
 */
export function internalOnlyRecipients(draft: Pick<Draft, "recipients">): Recipient[] {
  const seen = new Set<string>();
  return draft.recipients.filter((r) => {
    if (!(r.internalOnly || namedInternalOnly(r)) || seen.has(r.address)) return false;
    seen.add(r.address);
    return true;
  });
}

/** Where a recipient stands: its address in the header line, or else the whole header field. */
export function recipientRange(recipient: Recipient, headers: readonly HeaderField[]): SourceRange | undefined {
  return recipient.range ?? headers.find((h) => h.name === recipient.field)?.range;
}

const FIELD_NAMES: Record<Language, Record<RecipientField, string>> = {
  de: { to: "An", cc: "Cc", bcc: "Bcc" },
  en: { to: "To", cc: "Cc", bcc: "Bcc" },
};

export function internalOnlyMessage(recipient: Recipient, externals: string, language: Language): string {
  const label = mailboxLabel(recipient);
  const address = bareAddress(recipient);
  const field = FIELD_NAMES[language][recipient.field];
  return language === "de"
    ? `${label} ist ein rein interner Empfänger, aber die Mail geht auch nach außen an ${externals}: dort ist die interne Adresse zu sehen, und jedes „Allen antworten“ aus dem internen Verteiler landet draußen. Entfernen Sie ${address} aus ${field} oder schicken Sie zwei getrennte Mails.`
    : `${label} is an internal-only recipient, but this mail also goes to ${externals} outside your organisation: they see the internal address, and every reply-all from the internal list reaches them. Remove ${address} from ${field}, or send two separate mails.`;
}

export function audienceMessage(count: number, max: number, externalCount: number, language: Language): string {
  return language === "de"
    ? `Diese Antwort geht an ${count} Empfänger (mehr als ${max}), ${externalCount} davon außerhalb Ihrer Organisation: jedes weitere „Allen antworten“ erreicht sie alle, auch mit internen Bemerkungen. Antworten Sie nur denen, die es betrifft, oder setzen Sie den Verteiler in Bcc.`
    : `This reply goes to ${count} recipients (more than ${max}), ${externalCount} of them outside your organisation: every later reply-all reaches all of them, internal remarks included. Reply only to those it concerns, or put the list in Bcc.`;
}

const rule: Rule = {
  meta: {
    id: "internal-recipients",
    category: "leaks",
    description: "A mail to an external recipient also goes to an internal-only address, or a reply goes to a large audience.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/internal-recipients.md",
    defaultSeverity: "error",
    languages: ["de", "en"],
    scope: "mail",
    schema: {
      type: "object",
      properties: {
        maxRecipients: {
          type: "integer",
          minimum: 0,
          description: "Warn when a reply with external recipients goes to more recipients than this; 0 turns the warning off.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { maxRecipients: DEFAULT_MAX_RECIPIENTS },
    help:
      "An internal-only list (config internalOnlyRecipients) in To, Cc or Bcc of a mail to a customer shows the " +
      "customer the internal address, lets them write to it, and sends every reply-all from the list to the " +
      "customer. Remove the internal list and write to colleagues in a separate mail. A reply to a large audience " +
      "is where one careless reply-all reaches everyone: reply only to those it concerns, or use Bcc.",
  },
  create(context: RuleContext) {
    const { draft } = context;
    const externals = context.recipients.external;
    if (externals.length === 0) return;
    const language = context.languageAt(context.zones()[0]?.start ?? 0);
    for (const recipient of internalOnlyRecipients(draft)) {
      const externalsText = describeMailboxes(externals, language);
      const range = recipientRange(recipient, draft.headers);
      const address = bareAddress(recipient);
      context.report({
        message: internalOnlyMessage(recipient, externalsText, language),
        ...(range ? { range } : { start: 0, end: 0 }),
        suggestions: [
          { desc: language === "de" ? `${address} aus den Empfängern entfernen` : `Remove ${address} from the recipients` },
        ],
      });
    }

    const max = typeof context.options.maxRecipients === "number" ? context.options.maxRecipients : DEFAULT_MAX_RECIPIENTS;
    // Each address once, first occurrence kept (a Set: findIndex per recipient is quadratic
    // for a mail to 10,000 recipients).
    const seenAddresses = new Set<string>();
    const distinct = draft.recipients.filter((r) => {
      if (r.address === "" || seenAddresses.has(r.address)) return false;
      seenAddresses.add(r.address);
      return true;
    });
    if (max > 0 && distinct.length > max && isReply(draft)) {
      // Point at the first recipient past the limit: that is where the audience became large.
      const beyond = distinct[max];
      const range = recipientRange(beyond, draft.headers);
      context.report({
        message: audienceMessage(distinct.length, max, externals.length, language),
        ...(range ? { range } : { start: 0, end: 0 }),
        severity: "warn",
        suggestions: [{ desc: language === "de" ? "Nur dem Absender antworten" : "Reply to the sender only" }],
      });
    }
  },
};

export default rule;
