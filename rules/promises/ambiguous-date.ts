// ambiguous-date: dates the reader cannot pin down or that cannot be right.
//  - a weekday without a date in a commitment or appointment ("Wir telefonieren am Mittwoch":
//    which Wednesday?), with the date it most likely means, counted from the Date header;
//  - a weekday that contradicts its date ("Mittwoch, 27.11.2026" is a Friday): an error,
//    because one of the two is wrong and the reader cannot know which;
//  - a promised date that is already past on the day the mail is written.
// Quoted history is not read; questions and requests leave the date to the reader.
import {
  addDays,
  closestYear,
  daysBetween,
  formatDay,
  isValidDay,
  mayNameWeekday,
  nextWeekday,
  weekdayName,
  weekdayOf,
  type CalendarDay,
  type DateMention,
  type Language,
  type Rule,
  type RuleContext,
} from "../../src/rule-api.js";
import type { SentenceReading } from "./clauses.js";
import { promiseLexicon, type PromiseLexicon } from "./lexicon.js";
import { sentenceReading } from "./sentence-facts.js";

export interface DateFinding {
  kind: "lone-weekday" | "contradiction" | "past";
  mention: DateMention;
  /** lone-weekday: the day it most likely means; contradiction: the day the date really is; past: the date. */
  day: CalendarDay;
  /** contradiction: the nearest day with the weekday as written. */
  alternative?: CalendarDay;
}

// Weekday names and digits: nothing else can make a finding of this rule.
const CANDIDATE = /\d|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i;

/** The day a written date means: its own year, else the year closest to the reference day. */
export function writtenDay(m: DateMention, reference: CalendarDay): CalendarDay | undefined {
  if (m.day === undefined || m.month === undefined) return undefined;
  const day = { year: m.year ?? closestYear(m.day, m.month, reference), month: m.month, day: m.day };
  return isValidDay(day) ? day : undefined;
}

/** The day nearest to `day` that falls on `weekday`. */
function nearestWithWeekday(day: CalendarDay, weekday: number): CalendarDay {
  const forward = (weekday - weekdayOf(day) + 7) % 7;
  return forward <= 3 ? addDays(day, forward) : addDays(day, forward - 7);
}

/** A weekday with nothing to say which week ("am Mittwoch", "next Wednesday", "Monday morning"). */
function isBareWeekday(m: DateMention): boolean {
  return m.weekday !== undefined && m.day === undefined;
}

/** Weekdays that contradict their dates: wherever they stand, one of the two is wrong. */
export function contradictions(dates: readonly DateMention[], reference: CalendarDay): DateFinding[] {
  const findings: DateFinding[] = [];
  for (const mention of dates) {
    const day = writtenDay(mention, reference);
    if (day && mention.weekday !== undefined && weekdayOf(day) !== mention.weekday) {
      findings.push({ kind: "contradiction", mention, day, alternative: nearestWithWeekday(day, mention.weekday) });
    }
  }
  return findings;
}

/** Bare weekdays and past dates in the clauses that schedule something for the reader. */
export function scheduleFindings(reading: SentenceReading, reference: CalendarDay): DateFinding[] {
  const findings: DateFinding[] = [];
  for (const clause of reading.clauses) {
    if (!clause.commitment || clause.blocked) continue;
    for (const mention of clause.dates) {
      if (clause.vague.some((v) => v.start < mention.end && v.end > mention.start)) continue;
      if (isBareWeekday(mention)) {
        // "today or Monday" rests on the weekday; "Morgen, Mittwoch, ..." names the day
        const named = clause.dates.some((d) => d !== mention && d.day !== undefined && !/\b(?:or|oder)\b/i.test(between(reading, d, mention)));
        if (!named) findings.push({ kind: "lone-weekday", mention, day: nextWeekday(reference, mention.weekday!) });
        continue;
      }
      const day = writtenDay(mention, reference);
      if (day && !clause.conditional && /\d/.test(mention.text) && daysBetween(day, reference) < 0 && (mention.weekday === undefined || weekdayOf(day) === mention.weekday)) {
        findings.push({ kind: "past", mention, day });
      }
    }
  }
  return findings;
}

function between(reading: SentenceReading, a: { start: number; end: number }, b: { start: number; end: number }): string {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return to > from ? reading.view.text.slice(from - reading.view.start, to - reading.view.start) : "";
}

function dateMessage(f: DateFinding, language: Language, reference: CalendarDay, fromHeader: boolean): string {
  const written = f.mention.text;
  if (language === "de") {
    const basis = fromHeader ? `vom Datum der Mail (${formatDay(reference, "de")}) aus` : `von heute (${formatDay(reference, "de")}) aus`;
    switch (f.kind) {
      case "lone-weekday":
        return `„${written}“ ohne Datum: Welcher ${written}? ${capitalize(basis)} wohl ${formatDay(f.day, "de")}. Der Kunde merkt sich den Tag; schreiben Sie das Datum dazu: „${formatDay(f.day, "de")}“.`;
      case "contradiction":
        return `„${written}“: Der ${formatDay(f.day, "de").split(", ")[1]} ist ein ${weekdayName(weekdayOf(f.day), "de")}, kein ${weekdayName(f.mention.weekday!, "de")}. Der Kunde weiß nicht, welcher Tag gilt; korrigieren Sie Wochentag oder Datum.`;
      case "past":
        return `„${written}“ liegt vor dem Datum der Mail (${formatDay(reference, "de")}): Eine Zusage für einen vergangenen Tag kann der Kunde nur als Versehen lesen. Nennen Sie einen künftigen Tag.`;
    }
  }
  const basis = fromHeader ? `counted from the mail's date (${formatDay(reference, "en")})` : `counted from today (${formatDay(reference, "en")})`;
  switch (f.kind) {
    case "lone-weekday":
      return `"${written}" without a date: which ${written}? ${capitalize(basis)} it is most likely ${formatDay(f.day, "en")}. The reader will hold you to the day; write the date: "${formatDay(f.day, "en")}".`;
    case "contradiction":
      return `"${written}": ${formatDay(f.day, "en").split(", ")[1]} is a ${weekdayName(weekdayOf(f.day), "en")}, not a ${weekdayName(f.mention.weekday!, "en")}. The reader cannot tell which day holds; fix the weekday or the date.`;
    case "past":
      return `"${written}" is before the mail's date (${formatDay(reference, "en")}): a promise for a day already past reads as a mistake. Name a day to come.`;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const rule: Rule = {
  meta: {
    id: "ambiguous-date",
    category: "promises",
    description: "Weekdays without a date in promises, weekdays that contradict their date, promised dates already past.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/ambiguous-date.md",
    defaultSeverity: "warn",
    languages: ["de", "en"],
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    help:
      "\"Wir telefonieren am Mittwoch\" leaves the reader to guess which Wednesday, and the guess is often not " +
      "yours. Write weekday and date together (\"Mittwoch, 02.12.2026\" / \"Wednesday, 2 December 2026\"), check " +
      "that they agree, and never promise a day that has already passed.",
  },
  async create(context: RuleContext) {
    const reference = context.today;
    const fromHeader = context.todayFromDateHeader;
    let lexicon: PromiseLexicon | undefined;
    for (const zone of context.zones()) {
      const views = context.sentences(zone);
      for (let i = 0; i < views.length; i++) {
        const view = views[i];
        if (!CANDIDATE.test(view.text)) continue;
        lexicon ??= promiseLexicon();
        const found: DateFinding[] = [];
        if (mayNameWeekday(view.text, view.language)) found.push(...contradictions(await context.dates(view), reference));
        const reading = await sentenceReading(context, views, i, lexicon);
        if (reading) {
          for (const f of scheduleFindings(reading, reference)) if (!found.some((g) => g.mention.start === f.mention.start)) found.push(f);
        }
        found.sort((a, b) => a.mention.start - b.mention.start);
        for (const finding of found) {
          const language = view.language;
          const { mention } = finding;
          const suggestions =
            finding.kind === "lone-weekday"
              ? [{ desc: language === "de" ? `Schreiben Sie „${formatDay(finding.day, "de")}“` : `Write "${formatDay(finding.day, "en")}"`, text: formatDay(finding.day, language) }]
              : finding.kind === "contradiction"
                ? [finding.day, finding.alternative!].map((d) => ({
                    desc: language === "de" ? `Schreiben Sie „${formatDay(d, "de")}“` : `Write "${formatDay(d, "en")}"`,
                    text: formatDay(d, language),
                  }))
                : undefined;
          context.report({
            message: dateMessage(finding, language, reference, fromHeader),
            start: mention.start,
            end: mention.end,
            ...(finding.kind === "contradiction" ? { severity: "error" as const } : {}),
            ...(suggestions ? { suggestions } : {}),
          });
        }
      }
    }
  },
};

export default rule;
