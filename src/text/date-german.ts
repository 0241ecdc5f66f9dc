// German dates as people write them in mail, which chrono-node's German parser misses or
// misreads: "bis 27.11.", "27.11.2026", "27. November", "Freitag, 27.11.2026", "Fr., 27.11.",
// and weekdays on their own ("am Mittwoch"). Weekday abbreviations count only directly before
// a date: on their own "so", "do", "mi", "fr" are ordinary words ("so wie besprochen").

import { monthAlternation, monthNumbers } from "./months.js";

export interface WrittenDate {
  /** Offsets into the searched text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** 0 = Sunday ... 6 = Saturday, when a weekday is written. */
  weekday?: number;
  /** Day and month when a date is written; year only when written. */
  day?: number;
  month?: number;
  year?: number;
}

const WEEKDAYS_DE: Record<string, number> = {
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
  so: 0, mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6,
};

const MONTHS_DE = monthNumbers(["de"]);

const FULL_WEEKDAY = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag";
const SHORT_WEEKDAY = "Mo|Di|Mi|Do|Fr|Sa|So";
const MONTH_NAME = monthAlternation("de");

// A date: "27.11.2026", "27.11.26", "27.11." (the closing dot is required without a year, so
// that "3.5 Prozent" stays a number), or "27. November 2026", "27. Nov.".
const NUMERIC = String.raw`(?<nd>\d{1,2})\.(?<nm>\d{1,2})\.(?:(?<ny>\d{4}|\d{2})(?![\d.]\d))?`;
const NAMED = String.raw`(?<ld>\d{1,2})\.\s?(?<lm>${MONTH_NAME})\b\.?(?:\s+(?<ly>\d{4})\b)?`;
const WEEKDAY_BEFORE_DATE = String.raw`(?:(?<wd>${FULL_WEEKDAY})|(?<ws>${SHORT_WEEKDAY})\.?)(?:,\s*|\s+)(?:den\s+)?`;
const DATE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:${WEEKDAY_BEFORE_DATE})?(?:${NUMERIC}|${NAMED})(?!\d)`,
  "gu",
);
// A full weekday name on its own; "mittwochs" (every Wednesday) is a habit, not a date.
const LONE_WEEKDAY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${FULL_WEEKDAY})(?![\p{L}\p{N}])`, "gu");

function expandYear(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  const year = Number(written);
  return written.length === 2 ? 2000 + year : year;
}

/** Dates and lone weekdays written the German way, in order of appearance. */
export function findGermanDates(text: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const g = match.groups ?? {};
    const weekdayWord = g.wd ?? g.ws;
    const day = Number(g.nd ?? g.ld);
    const month = g.nm !== undefined ? Number(g.nm) : (MONTHS_DE.get((g.lm ?? "").toLowerCase()) ?? 0);
    if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) continue;
    const start = match.index ?? 0;
    found.push({
      start,
      end: start + match[0].length,
      text: match[0],
      weekday: weekdayWord === undefined ? undefined : WEEKDAYS_DE[weekdayWord.toLowerCase()],
      day,
      month,
      year: expandYear(g.ny ?? g.ly),
    });
  }
  for (const match of text.matchAll(LONE_WEEKDAY)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (found.some((d) => start < d.end && end > d.start)) continue;
    found.push({ start, end, text: match[0], weekday: WEEKDAYS_DE[match[0].toLowerCase()] });
  }
  return found.sort((a, b) => a.start - b.start);
}
