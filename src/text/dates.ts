// Finds the dates a sentence names, on top of chrono-node (`chrono.en`, `chrono.de`) plus a
// German parser for the forms chrono misses (src/text/date-german.ts). What matters to the
// promise rules is what was *written*: chrono's knownValues (weekday, day, month, year as
// written) versus impliedValues (guessed) is exactly the "which Wednesday?" signal.
// chrono-node is loaded with `await import()` and only for text that passes a cheap prefilter.
import type { DateMention, Language } from "../types.js";
import { findGermanDates, type WrittenDate } from "./date-german.js";
import type { CalendarDay } from "./date-calendar.js";
import { SentenceCache } from "./sentence-cache.js";

export type { DateMention };

/** A weekday with nothing to say which week: "am Mittwoch", "on Friday". */
export function isLoneWeekday(m: DateMention): boolean {
  return m.weekday !== undefined && m.day === undefined && !m.hasTime;
}

/** A mention that pins down a day or a time. */
export function isConcrete(m: DateMention): boolean {
  return m.day !== undefined || m.hasTime;
}

// Cheap test before chrono is loaded: digits, weekday and month names, and the relative words
// chrono understands. False positives only cost a parse; false negatives lose a date.
const MAY_HAVE_DATE: Record<Language, RegExp> = {
  de:
    /\d|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|januar|februar|märz|april|\bmai\b|juni|juli|august|september|oktober|november|dezember|heute|morgen|übermorgen|gestern|woche|monat|tag|uhr|jetzt/i,
  en:
    /\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|\bmay\b|june|july|august|september|october|november|december|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|today|tonight|tomorrow|yesterday|week|month|\bday|noon|midnight|morning|afternoon|evening|\bnow\b/i,
};

export function mayContainDate(text: string, language: Language): boolean {
  return MAY_HAVE_DATE[language].test(text);
}

// Every word from which chrono-node or findGermanDates takes a weekday: full names, the
// abbreviations (also where they are ordinary words: "so", "do", "sat"), "weekend"/"weekday".
// Relative dates ("tomorrow", "in drei Tagen") carry a weekday too, but always the one of the
// day they compute, so it can neither stand alone nor contradict its date.
const WEEKDAY_WORD: Record<Language, RegExp> = {
  de: /montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|(?<![a-z0-9])(?:mo|di|mi|do|fr|sa|so)(?![a-z0-9])/i,
  en: /sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|weekday|(?<![a-z0-9])(?:sun|mon|tues?|wed|thu|thurs?|fri|sat)(?![a-z0-9])/i,
};

/** False when no date found in `text` can carry a weekday that was written. */
export function mayNameWeekday(text: string, language: Language): boolean {
  return WEEKDAY_WORD[language].test(text);
}

const FULL_WEEKDAY_EN = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
// "Guten Morgen", "heute Morgen", "am Morgen": the noun Morgen (morning), not morgen (tomorrow).
const MORNING_NOUN = /(?:guten|gute|schönen|schöner|heute|am|jeden|einen|den|dem|diesen|diesem)\s+$/i;

// Words that chrono-node's German parser needs for a result that findDates keeps and that the
// German parser has not read: digits, "heute", "morgen", "gestern", "jetzt", "letzte Nacht", and
// units of hours or days ("in zwei Tagen", "Vortag", "nächste Woche"). Its other results are
// dropped there: weekdays alone (the German parser reads those), months and years without a day
// ("nächstes Jahr"), and times of day it only guesses ("abends"). A unit may be glued to the
// words before it, as chrono reads them ("Vortag", "zweiTage").
const GERMAN_UNIT_PREFIX =
  "(?:n(?:ä|ae)chste|kommende|folgende|letzte|vergangene|vorige|vor(?:her|an)gegangene)[snmr]?|vor|in|für|während|" +
  "eins|eine[mnr]?|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|halbe?|hal|einigen?|wenigen?|mehreren?";
const GERMAN_UNIT = "sek|sekunden?|min|minuten?|h|std|stunden?|tag|tagen?|tage|wochen?";
const CHRONO_READS_DE = new RegExp(
  String.raw`\d|jetzt|heute|morgen|gestern|nacht|(?<![a-z0-9_])(?:${GERMAN_UNIT_PREFIX})*(?:${GERMAN_UNIT})(?![a-z0-9_])`,
  "i",
);

/**
 * False when chrono-node cannot add a date to what the German parser found: nothing it reads is
 * left outside the German dates. It would only confirm them, and it costs far more per sentence
 * than everything else. (Where it overlaps a German date, findDates keeps only its clock time,
 * which says nothing more about a mention that has a day: see isConcrete.)
 */
function chronoMayAddToGerman(text: string, german: readonly WrittenDate[]): boolean {
  let rest = text;
  for (const d of german) rest = rest.slice(0, d.start) + " ".repeat(d.end - d.start) + rest.slice(d.end);
  return CHRONO_READS_DE.test(rest);
}

// Only chrono-node's English and German parsers (a quarter of the whole package's code to load),
// set up to skip the work that cannot find anything in a sentence (chrono-parsers.ts).
type ChronoParsers = typeof import("./chrono-parsers.js").chronoParsers;
let chronoModule: Promise<ChronoParsers> | undefined;

function loadChrono(): Promise<ChronoParsers> {
  chronoModule ??= import("./chrono-parsers.js").then((module) => module.chronoParsers);
  return chronoModule;
}

// Each distinct sentence is read once per language and reference day.
const readSentences = new SentenceCache<readonly DateMention[]>();

/**
 * The dates written in `text` (a sentence), in order. Relative phrases ("tomorrow", "in zwei
 * Wochen") are resolved against `reference`; weekdays on their own keep no day.
 */
export async function findDates(text: string, language: Language, reference: CalendarDay): Promise<DateMention[]> {
  if (!mayContainDate(text, language)) return [];
  const key = `${language} ${reference.year}-${reference.month}-${reference.day} ${text}`;
  const found = await readSentences.get(key, () => readDates(text, language, reference));
  return found.map((m) => ({ ...m }));
}

async function readDates(text: string, language: Language, reference: CalendarDay): Promise<DateMention[]> {
  const german = language === "de" ? findGermanDates(text) : [];
  const mentions: DateMention[] = german.map((d) => ({ ...d, hasTime: false }));
  if (language === "de" && !chronoMayAddToGerman(text, german)) return mentions;
  const parser = (await loadChrono())[language];
  // Noon UTC of the reference day with a zero offset: relative words move whole days from it.
  const instant = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));

  for (const result of parser.parse(text, { instant, timezone: 0 })) {
    const start = result.index;
    const end = start + result.text.length;
    const c = result.start;
    const weekdayOnly = c.isCertain("weekday") && !c.isCertain("day");
    if (weekdayOnly && (language === "de" || !FULL_WEEKDAY_EN.test(result.text))) {
      // German lone weekdays come from findGermanDates; chrono's "so", "do", "mi", "fr" are words.
      // English: "Sat" or "sun" alone is too often a verb or a noun.
      continue;
    }
    // "now" / "jetzt" is the moment of writing, not a time anyone promised.
    if (/^(?:now|right now|jetzt)$/i.test(result.text.trim())) continue;
    if (language === "de" && /^Morgen\b/.test(result.text) && MORNING_NOUN.test(text.slice(0, start))) continue;
    if (mentions.some((m) => start < m.end && end > m.start)) {
      // The German parser already read this stretch; keep a clock time chrono saw next to it.
      const overlapping = mentions.find((m) => start < m.end && end > m.start);
      if (overlapping && c.isCertain("hour")) overlapping.hasTime = true;
      continue;
    }
    const hasDay = c.isCertain("day");
    const weekday = c.isCertain("weekday") ? (c.get("weekday") ?? undefined) : undefined;
    // A month alone ("I may march", "in March") names no day: not a date to hold anyone to.
    if (!hasDay && weekday === undefined && !c.isCertain("hour")) continue;
    // For a lone weekday keep just the weekday word ("on Wednesday" -> "Wednesday").
    const weekdayWord = weekdayOnly ? FULL_WEEKDAY_EN.exec(result.text) : null;
    const from = weekdayWord ? start + weekdayWord.index : start;
    const to = weekdayWord ? from + weekdayWord[0].length : end;
    mentions.push({
      start: from,
      end: to,
      text: text.slice(from, to),
      weekday,
      day: hasDay ? (c.get("day") ?? undefined) : undefined,
      month: hasDay ? (c.get("month") ?? undefined) : undefined,
      year: hasDay && c.isCertain("year") ? (c.get("year") ?? undefined) : undefined,
      hasTime: c.isCertain("hour"),
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
