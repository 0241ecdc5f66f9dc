// Calendar days without time zones: a promise "bis Freitag, 27.11.2026" is about a day on the
// reader's wall calendar, not an instant. Arithmetic goes through Date.UTC so that the process
// time zone never shifts a day. Also: the reference day a draft's dates are read against, and
// how a day is written in German and English.
import type { CalendarDay, Language } from "../types.js";
import { monthName } from "./months.js";

export type { CalendarDay };

const DAY_MS = 86_400_000;

function toUtcMs(d: CalendarDay): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtcMs(ms: number): CalendarDay {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** True when day/month/year name a day that exists (no 31.02.). */
export function isValidDay(d: CalendarDay): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return false;
  const back = fromUtcMs(toUtcMs(d));
  return back.year === d.year && back.month === d.month && back.day === d.day;
}

/** 0 = Sunday ... 6 = Saturday, as Date#getDay and chrono-node count. */
export function weekdayOf(d: CalendarDay): number {
  return new Date(toUtcMs(d)).getUTCDay();
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromUtcMs(toUtcMs(d) + days * DAY_MS);
}

/** Negative when a is before b, 0 on the same day, else positive (in days). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((toUtcMs(a) - toUtcMs(b)) / DAY_MS);
}

/**
 * The next day with the given weekday after `from`. A weekday named on that very weekday
 * ("am Mittwoch", written on a Wednesday) most likely means a week later: today would be "heute".
 */
export function nextWeekday(from: CalendarDay, weekday: number): CalendarDay {
  const ahead = (weekday - weekdayOf(from) + 7) % 7 || 7;
  return addDays(from, ahead);
}

/**
 * The year a day written without one ("bis 27.11.") most likely means: the one that puts it
 * closest to the reference day, so "27.12." written on 30.12. is three days ago and "5.1." next year.
 */
export function closestYear(day: number, month: number, reference: CalendarDay): number {
  let best = reference.year;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = Math.abs(daysBetween({ year, month, day }, reference));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/** The day of `instant` on the wall calendar of a zone `offsetMinutes` east of UTC. */
export function dayAtOffset(instant: Date, offsetMinutes: number): CalendarDay {
  return fromUtcMs(instant.getTime() + offsetMinutes * 60_000);
}

/** The "+0100" / "-0500" offset at the end of an RFC 5322 Date header, in minutes; undefined without one. */
export function headerOffsetMinutes(headerValue: string): number | undefined {
  const match = /([+-])(\d{2}):?(\d{2})(?:\s*\([^()]*\))?\s*$/.exec(headerValue.trim());
  if (match) {
    const minutes = Number(match[2]) * 60 + Number(match[3]);
    return match[1] === "-" ? -minutes : minutes;
  }
  if (/\b(?:GMT|UTC|UT|Z)\s*$/i.test(headerValue.trim())) return 0;
  return undefined;
}

/**
 * The day the draft's dates are read against: the Date header's own local day (a mail sent
 * "Wed, 30 Dec 2026 23:30 -0500" was written on the 30th, although it is the 31st in UTC),
 * else today's local day from `now`.
 */
export function referenceDay(date: Date | undefined, dateHeader: string | undefined, now: Date): CalendarDay {
  if (date && !Number.isNaN(date.getTime())) {
    const offset = dateHeader === undefined ? undefined : headerOffsetMinutes(dateHeader);
    if (offset !== undefined) return dayAtOffset(date, offset);
    return dayAtOffset(date, -date.getTimezoneOffset());
  }
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

const WEEKDAY_NAMES: Record<Language, readonly string[]> = {
  de: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};


export function weekdayName(weekday: number, language: Language): string {
  return WEEKDAY_NAMES[language][weekday];
}

/** "Freitag, 27.11.2026" / "Friday, 27 November 2026": weekday and full date, nothing left to guess. */
export function formatDay(d: CalendarDay, language: Language): string {
  const weekday = weekdayName(weekdayOf(d), language);
  if (language === "de") {
    return `${weekday}, ${String(d.day).padStart(2, "0")}.${String(d.month).padStart(2, "0")}.${d.year}`;
  }
  return `${weekday}, ${d.day} ${monthName(d.month, "en")} ${d.year}`;
}

/** The Friday on or after a day: the natural deadline to suggest for "next week" or "soon". */
export function fridayOnOrAfter(d: CalendarDay): CalendarDay {
  return addDays(d, (5 - weekdayOf(d) + 7) % 7);
}
