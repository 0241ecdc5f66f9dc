// unconfirmed-promise: the sender's side commits to something ("we will send", "Sie erhalten",
// "die Monteurin kommt", "Antwort folgt", "A new charger will be sent to you") without a date, with
// a vague one ("soon", "in Kürze", "in KW 50"), hedged ("voraussichtlich", "we'll try to") or on
// someone else's word ("says our supplier", "DHL informed us that ..."). Customers remember promises
// and hold the sender to them; a promise without a day is one the reader cannot check. Sentences
// are read clause by clause (clauses.ts): one finding per commitment, the most serious first:
// third party, hedge, vague, none. A weekday without a date is ambiguous-date's finding.
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
import type { ClauseReading, SentenceReading, Words } from "./clauses.js";
import { promiseLexicon } from "./lexicon.js";
import { sentenceReading } from "./sentence-facts.js";

export interface PromiseFinding {
  kind: "third-party" | "hedged" | "vague" | "undated";
  /** Body offsets of the words to mark. */
  start: number;
  end: number;
  /** The third party's words, the hedge, the vague phrase or the committing words, as written. */
  words: string;
  /** An example deadline to suggest. */
  deadline: CalendarDay;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && a.end > b.start;
}

/** A deadline to suggest: what chrono made of the vague phrase, else a few days on; always a Friday. */
function exampleDeadline(reading: SentenceReading, phrase: Words | undefined, reference: CalendarDay): CalendarDay {
  const resolved = phrase && reading.dates.find((d) => overlaps(d, phrase) && d.day !== undefined && d.year !== undefined);
  if (resolved?.day && resolved.month && resolved.year) {
    return fridayOnOrAfter({ year: resolved.year, month: resolved.month, day: resolved.day });
  }
  return fridayOnOrAfter(addDays(reference, 3));
}

function finding(kind: PromiseFinding["kind"], at: Words, reading: SentenceReading, vague: Words | undefined, reference: CalendarDay): PromiseFinding {
  return { kind, start: at.start, end: at.end, words: at.text, deadline: exampleDeadline(reading, vague, reference) };
}

/** The finding for one commitment clause, if it is unconfirmed. */
function clauseFinding(clause: ClauseReading, reading: SentenceReading, reference: CalendarDay): PromiseFinding | null {
  if (!clause.commitment || clause.blocked) return null;
  const vagueWords = clause.time.kind === "vague" ? clause.time.words : undefined;
  if (clause.joint && !clause.thirdParty && clause.time.kind !== "weekday") return null;
  if (clause.thirdParty) return finding("third-party", clause.thirdParty, reading, vagueWords, reference);
  if (clause.hedge) return finding("hedged", clause.hedge, reading, vagueWords, reference);
  // A condition that is not the reader's ("Falls die Ware beschädigt ist, erstatten wir ...") is a
  // rule for a case that may not arise, not a promise about this one.
  if (clause.conditional) return null;
  if (clause.time.kind === "vague") {
    const at = clause.time.inherited || !vagueWords ? clause.commitment : vagueWords;
    const words = vagueWords ?? clause.commitment;
    return { ...finding("vague", at, reading, vagueWords, reference), words: words.text };
  }
  // "The brake pads are due in on Thursday. We'll fit them then": a weekday without a date, taken
  // from the sentence before (ambiguous-date marks weekdays in their own clause only)
  if (clause.time.kind === "weekday" && clause.time.inherited && clause.time.words) {
    return { ...finding("vague", clause.commitment, reading, undefined, reference), words: clause.time.words.text };
  }
  if (clause.time.kind === "none" && !clause.joint) return finding("undated", clause.commitment, reading, undefined, reference);
  return null;
}

// "Unser Partner sagt, das Angebot gilt bis Jahresende", "the supplier says the price is valid until
// March": how long terms hold is a state of the terms, not a delivery the reader waits for.
const VALIDITY = /(?:^|[^\p{L}])(?:gilt|gelten|gültig|valid|applies|apply)(?:[^\p{L}]|$)/iu;

/** The findings of one sentence, in order: one per unconfirmed commitment. */
export function promiseFindings(reading: SentenceReading, reference: CalendarDay): PromiseFinding[] {
  const findings: PromiseFinding[] = [];
  for (const clause of reading.clauses) {
    const f = clauseFinding(clause, reading, reference);
    if (f && !findings.some((g) => g.start === f.start)) findings.push(f);
  }
  // "Die Lieferung verzögert sich um ca. zwei Wochen, laut Lieferant": a delay passed on as a
  // promise, though no clause of it commits the sender.
  if (findings.length === 0 && !reading.question) {
    const third = reading.thirdPartyPhrase;
    const timed = reading.clauses.some((c) => c.vague.length > 0) || reading.dates.some((d) => isConcrete(d));
    if (third && timed && !VALIDITY.test(reading.view.text) && reading.clauses.every((c) => c.blocked !== "past" && c.blocked !== "negated")) {
      const vague = reading.clauses.find((c) => c.time.kind === "vague")?.time.words;
      findings.push(finding("third-party", third, reading, vague, reference));
    }
  }
  return findings;
}

/** The first finding of a sentence (tests and tools). */
export function promiseFinding(reading: SentenceReading | null, reference: CalendarDay): PromiseFinding | null {
  return reading ? (promiseFindings(reading, reference)[0] ?? null) : null;
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
      case "hedged":
        return `„${finding.words}“: Diese Zusage ist eingeschränkt – der Kunde kann sich nicht darauf verlassen, wird sich aber den Tag merken. Sagen Sie, was Sie sicher zusagen können, und bis wann, z. B. „${example}“.`;
      case "vague":
        return `„${finding.words}“ ist kein Termin: Der Kunde wartet und erinnert sich. Nennen Sie einen Tag, den Sie halten können, z. B. „${example}“.`;
      case "undated":
        return `„${finding.words}“ ohne Termin: Der Kunde kann die Zusage nicht prüfen und wartet ins Ungewisse. Nennen Sie einen Tag, z. B. „${example}“.`;
    }
  }
  switch (finding.kind) {
    case "third-party":
      return `"${finding.words}": this promise rests on someone else's word. If they slip, the reader holds you to it. Say what you will do and by when, e.g. "we will update you ${example}".`;
    case "hedged":
      return `"${finding.words}" hedges this promise: the reader cannot rely on it, yet will remember the day. State what you can commit to and by when, e.g. "${example}".`;
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
    description: "Commitments without a date, with a vague one (\"soon\", \"in Kürze\"), hedged, or resting on a third party.",
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
        const reading = await sentenceReading(context, views, i, lexicon);
        if (!reading) continue;
        const language = reading.view.language;
        for (const finding of promiseFindings(reading, reference)) {
          if (finding.kind === "undated" && context.options.undated === false) continue;
          const example = deadlinePhrase(finding.deadline, language);
          context.report({
            message: promiseMessage(finding, language),
            start: finding.start,
            end: finding.end,
            suggestions:
              finding.kind === "vague" && finding.start !== finding.end && reading.view.text.slice(finding.start - reading.view.start, finding.end - reading.view.start) === finding.words
                ? [{ desc: language === "de" ? `Schreiben Sie „${example}“` : `Write "${example}"`, text: example }]
                : [{ desc: language === "de" ? `Nennen Sie einen Termin, z. B. „${example}“` : `Name a date, e.g. "${example}"` }],
          });
        }
      }
    }
  },
};

export default rule;
