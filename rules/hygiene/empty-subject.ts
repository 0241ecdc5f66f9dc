// empty-subject: a mail without a subject, or with nothing but "Re:" / "AW:" / "Fwd:". The
// reader cannot tell from the inbox what it is about, finds it again only by luck, and spam
// filters trust it less.
import type { Draft, Language, Rule, RuleContext, SourceRange } from "../../src/rule-api.js";

// Reply and forward prefixes in the languages mail clients write them: Re, AW (Antwort),
// Antw, Fwd, Fw, WG (Weitergeleitet), Wtr, SV, VS, TR, RV; optionally counted ("Re[2]:").
const PREFIX = /^\s*(?:re|aw|antw|antwort|fwd?|wg|wtr|sv|vs|tr|rv|enc|r)\s*(?:(?:\[\d+\]|\(\d+\))\s*)?:\s*/i;

/** The subject without its reply and forward prefixes ("Re: AW: Fwd: x" -> "x"). */
export function subjectText(subject: string): string {
  let rest = subject;
  for (let match = PREFIX.exec(rest); match; match = PREFIX.exec(rest)) rest = rest.slice(match[0].length);
  return rest.trim();
}

/** Whether a subject says nothing: missing, blank, or only prefixes and punctuation. */
export function isEmptySubject(subject: string | undefined): boolean {
  if (subject === undefined) return true;
  return !/[\p{L}\p{N}]/u.test(subjectText(subject));
}

/** Where to point: the Subject header when there is one, else the first header line. */
function subjectRange(draft: Draft): SourceRange {
  const header = draft.headers.find((h) => h.name === "subject") ?? draft.headers[0];
  return header?.range ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

function message(language: Language, missing: boolean): string {
  if (language === "de") {
    const what = missing ? "Die Mail hat keinen Betreff" : "Der Betreff besteht nur aus „Re:“, „AW:“ oder „WG:“";
    return `${what}. Der Empfänger sieht im Posteingang nicht, worum es geht, findet die Mail später schwer wieder, und Spamfilter trauen ihr weniger: nennen Sie das Thema in wenigen Worten.`;
  }
  const what = missing ? "The mail has no subject" : "The subject is only \"Re:\", \"AW:\" or \"Fwd:\"";
  return `${what}. The reader cannot tell from the inbox what it is about, will struggle to find it again, and spam filters trust it less: name the topic in a few words.`;
}

const rule: Rule = {
  meta: {
    id: "empty-subject",
    category: "hygiene",
    description: "The mail has no subject, or only \"Re:\" / \"AW:\" / \"Fwd:\".",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/empty-subject.md",
    defaultSeverity: "warn",
    formats: ["eml"],
    languages: ["de", "en"],
    scope: "mail",
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    help:
      "The subject is what the reader sees in the inbox and what they search for later. A mail without one, or " +
      "with only \"Re:\"/\"AW:\"/\"Fwd:\", looks like an accident and is easily overlooked or filtered. Name the " +
      "topic in a few words (\"Angebot Nr. 4711: neue Lieferzeit\").",
  },
  create(context: RuleContext) {
    const { draft } = context;
    if (!isEmptySubject(draft.subject)) return;
    const firstAuthored = context.zones()[0];
    const language = firstAuthored ? context.languageAt(firstAuthored.start) : (draft.paragraphs[0]?.language ?? "en");
    context.report({ message: message(language, (draft.subject ?? "").trim() === ""), range: subjectRange(draft) });
  },
};

export default rule;
