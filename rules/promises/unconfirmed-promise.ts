// unconfirmed-promise: the sender commits to something ("we will send", "Sie erhalten",
// "wir rufen Sie an") without a date, with a vague one ("soon", "in Kürze", "about two weeks"),
// or on someone else's word ("says our supplier"). Customers remember promises and hold the
// sender to them; a promise without a day is one the reader cannot check and will be
// disappointed by. One finding per sentence, the most serious first: third party, vague, none.
import {
  addDays,
  formatDay,
  fridayOnOrAfter,
  isConcrete,
  type CalendarDay,
  type Language,
  type Rule,
  type RuleContext,
} from "../../src/rule-api.js";
import { promiseLexicon } from "./lexicon.js";
import { mayHoldPromise, sentenceFacts, type SentenceFacts } from "./sentence-facts.js";
import type { PhraseMatch } from "./phrase-matcher.js";

export interface PromiseFinding {
  kind: "third-party" | "vague" | "undated";
  /** Body offsets of the words to mark. */
  start: number;
  end: number;
  /** The hedge, the vague phrase or the committing words, as written. */
  words: string;
  /** An example deadline to suggest. */
  deadline: CalendarDay;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && a.end > b.start;
}

/** A deadline to suggest: what chrono made of the vague phrase, else a few days on; always a Friday. */
function exampleDeadline(facts: SentenceFacts, phrase: PhraseMatch | undefined, reference: CalendarDay): CalendarDay {
  const resolved = phrase && facts.dates.find((d) => overlaps(d, phrase) && d.day !== undefined && d.year !== undefined);
  if (resolved?.day && resolved.month && resolved.year) {
    return fridayOnOrAfter({ year: resolved.year, month: resolved.month, day: resolved.day });
  }
  return fridayOnOrAfter(addDays(reference, 3));
}

/**
 * The finding for one sentence, if any. `previous` gives the sentence before it in the same zone:
 * "Die Ware trifft am 27.11.2026 ein. Wir schicken Ihnen dann die Sendungsnummer." is dated.
 * The commitment and the previous sentence are asked for last, and only when the finding
 * depends on them: finding an English commitment takes compromise.
 */
export async function promiseFinding(
  facts: SentenceFacts,
  previous: (() => Promise<SentenceFacts>) | undefined,
  reference: CalendarDay,
): Promise<PromiseFinding | null> {
  const text = (m: { start: number; end: number }) => facts.view.text.slice(m.start - facts.view.start, m.end - facts.view.start);
  const vague = facts.vague[0];
  const futureDate = facts.dates.some((d) => isConcrete(d) && !facts.vague.some((v) => overlaps(v, d)) && !facts.past);
  const hedge = facts.thirdParty[0];
  if (hedge && !facts.question && (vague || futureDate || (await facts.commitment()))) {
    return { kind: "third-party", start: hedge.start, end: hedge.end, words: text(hedge), deadline: exampleDeadline(facts, vague, reference) };
  }
  // A concrete time anywhere in the sentence wins over a vague phrase next to it
  // ("I'll send it later in the day to see when we can meet").
  if (futureDate || facts.concrete.length > 0) return null;
  if (vague) {
    if (!(await facts.commitment())) return null;
    return { kind: "vague", start: vague.start, end: vague.end, words: text(vague), deadline: exampleDeadline(facts, vague, reference) };
  }
  // Any date, even a lone weekday (ambiguous-date's business), gives the promise a time.
  const dated = facts.dates.some((d) => !facts.vague.some((v) => overlaps(v, d)));
  if (facts.conditional || dated) return null;
  const commitment = await facts.commitment();
  // "We will be marketing the conference": an activity described, not a deliverable promised.
  if (!commitment || commitment.progressive) return null;
  if (previous && (await previous()).dates.some(isConcrete)) return null;
  return { kind: "undated", start: commitment.start, end: commitment.end, words: commitment.text, deadline: exampleDeadline(facts, undefined, reference) };
}

function deadlinePhrase(deadline: CalendarDay, language: Language): string {
  return language === "de" ? `bis ${formatDay(deadline, "de")}` : `by ${formatDay(deadline, "en")}`;
}

export function promiseMessage(finding: PromiseFinding, language: Language): string {
  const example = deadlinePhrase(finding.deadline, language);
  if (language === "de") {
    switch (finding.kind) {
      case "third-party":
        return `„${finding.words}“: Diese Zusage hängt am Wort eines Dritten. Hält er sie nicht, hält sich der Kunde an Sie. Sagen Sie, was Sie selbst tun und bis wann, z. B. „Wir melden uns ${example}“.`;
      case "vague":
        return `„${finding.words}“ ist kein Termin: Der Kunde wartet und erinnert sich. Nennen Sie einen Tag, den Sie halten können, z. B. „${example}“.`;
      case "undated":
        return `„${finding.words}“ ohne Termin: Der Kunde kann die Zusage nicht prüfen und wartet ins Ungewisse. Nennen Sie einen Tag, z. B. „${example}“.`;
    }
  }
  switch (finding.kind) {
    case "third-party":
      return `"${finding.words}": this promise rests on someone else's word. If they slip, the reader holds you to it. Say what you will do and by when, e.g. "we will update you ${example}".`;
    case "vague":
      return `"${finding.words}" is not a date: the reader will wait and remember. Name a day you can keep, e.g. "${example}".`;
    case "undated":
      return `"${finding.words}" has no date: the reader cannot tell when to expect it and will wait. Name a day, e.g. "${example}".`;
  }
}

const rule: Rule = {
  meta: {
    id: "unconfirmed-promise",
    category: "promises",
    description: "Commitments without a date, with a vague one (\"soon\", \"in Kürze\") or resting on a third party.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/unconfirmed-promise.md",
    defaultSeverity: "warn",
    languages: ["de", "en"],
    schema: {
      type: "object",
      properties: {
        undated: {
          type: "boolean",
          description: "Also report commitments that name no time at all (\"we will send you the invoice\").",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { undated: true },
    help:
      "Customers remember promises. \"You'll get a confirmation soon\" or \"delivery in about two weeks, says our " +
      "supplier\" is a promise the reader cannot check, and one the sender rarely keeps. Write a day you can keep " +
      "(\"by Friday, 27 November 2026\" / \"bis Freitag, 27.11.2026\"), and say what you will do yourself instead of " +
      "passing on a supplier's estimate.",
  },
  async create(context: RuleContext) {
    const reference = context.today;
    const lexicon = promiseLexicon();
    for (const zone of context.zones()) {
      const views = context.sentences(zone);
      for (let i = 0; i < views.length; i++) {
        if (!mayHoldPromise(views[i], lexicon)) continue;
        const facts = await sentenceFacts(context, views[i], lexicon);
        const previous = i > 0 ? () => sentenceFacts(context, views[i - 1], lexicon) : undefined;
        const finding = await promiseFinding(facts, previous, reference);
        if (!finding || (finding.kind === "undated" && context.options.undated === false)) continue;
        const language = facts.view.language;
        const example = deadlinePhrase(finding.deadline, language);
        context.report({
          message: promiseMessage(finding, language),
          start: finding.start,
          end: finding.end,
          suggestions:
            finding.kind === "vague"
              ? [{ desc: language === "de" ? `Schreiben Sie „${example}“` : `Write "${example}"`, text: example }]
              : [{ desc: language === "de" ? `Nennen Sie einen Termin, z. B. „${example}“` : `Name a date, e.g. "${example}"` }],
        });
      }
    }
  },
};

export default rule;
