// chrono-node's casual English and German parsers (what `chrono.en.parse` and `chrono.de.parse`
// run), set up to do less work per sentence with the same results.
//
// chrono runs the regular expression of every parser over every sentence, and V8 compiles each
// the first time: the time-unit patterns ("3 days ago", "in two weeks") were a large part of an
// English one-draft run (docs/performance.md). Here a parser runs only on a sentence holding a word that every match of
// its pattern contains (EN_GATES, DE_GATES below, read off chrono-node 2.10's patterns): a pattern
// that needs a digit cannot match a sentence without one, so skipping it changes no result. No
// parser or refiner is removed: readDates keeps results of every kind, directly or merged by a
// refiner ("Mittwoch um 10 Uhr" takes the weekday parser's result into a time; "3 days ago" has
// a day), so a removed parser would change findings.
//
// Two German parsers (time units: "vor zwei Wochen", "in 3 Tagen") build their large RegExp anew
// on every call, only to compare it with the one they built before; they get theirs once.
import * as de from "chrono-node/de";
import * as en from "chrono-node/en";
import type { Language } from "../types.js";

type Parser = en.Parser;
type Configuration = ConstructorParameters<typeof en.Chrono>[0] & {};

type ParsingContext = Parameters<Parser["pattern"]>[0];

/** A test of the sentence that several parsers share: run once per parse, not once per parser. */
class Gate {
  private context: ParsingContext | undefined;
  private open = false;

  constructor(private readonly words: RegExp) {}

  admits(context: ParsingContext): boolean {
    if (context !== this.context) {
      this.context = context;
      this.open = this.words.test(context.text);
    }
    return this.open;
  }
}

const DIGIT = new Gate(/[0-9]/);
// Month names and their abbreviations (MONTH_DICTIONARY) all contain one of these.
const EN_MONTH = new Gate(/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i);

/** For each parser (by class name), what every match of its pattern contains. */
const EN_GATES: Record<string, Gate> = {
  // "2026-11-27", "11/27/2026", "11/2026", "2026/11/27", "10:00", "3 pm": digits are not optional.
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENYearMonthDayParser: DIGIT,
  ENTimeExpressionParser: DIGIT,
  ENMonthNameLittleEndianParser: EN_MONTH,
  ENMonthNameMiddleEndianParser: EN_MONTH,
  ENMonthNameParser: EN_MONTH,
  ENYearMonthNameParser: EN_MONTH,
  // Weekday names and abbreviations (WEEKDAY_DICTIONARY), "weekend", "weekday".
  ENWeekdayParser: new Gate(/sun|mon|tue|wed|thu|fri|sat|week/i),
  // The words after the time units: "3 days ago", "two weeks later", "2 hours from now".
  ENTimeUnitAgoFormatParser: new Gate(/ago|before|earlier/i),
  ENTimeUnitLaterFormatParser: new Gate(/later|after|from now|henceforth|forward|out/i),
  // The words before them: "next 2 weeks", "last 3 days", "+2 days".
  ENTimeUnitCasualRelativeFormatParser: new Gate(/this|last|past|next|after|\+|-/i),
  // "within 2 days", "in 3 hours", "for 10 minutes" (the pattern without the words is used only
  // with the forwardDate option, which readDates does not set). chrono puts `(\W|^)` before the
  // word, and it resumes after a result (which ends before a non-word character) or one
  // character into a rejected word ("or", "n", "ithin" start no word here), so the word always
  // starts the sentence or follows a non-word character.
  ENTimeUnitWithinFormatParser: new Gate(/(?:^|\W)(?:within|in|for)/i),
};

const DE_GATES: Record<string, Gate> = {
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  // "um 10 Uhr", "10:30", "8h10": the hour is written in digits.
  DETimeExpressionParser: DIGIT,
  DESpecificTimeExpressionParser: DIGIT,
};

/** The German parsers whose pattern() builds a new RegExp on every call; the pattern depends on nothing. */
const DE_PATTERN_REBUILT = new Set(["DETimeUnitAgoFormatParser", "DETimeUnitWithinFormatParser"]);

// Matches nothing: chrono's loop ends at once for a parser that cannot match.
const NO_MATCH = /(?!)/;

// A bundler may rename a class to "_Name" (static members) or "Name2" (a clash): the letters stay.
const CLASS_NAME = /^_*([A-Za-z]*)/;

function className(parser: Parser): string {
  return CLASS_NAME.exec(parser.constructor.name)![1];
}

/** `parser`, run only on text in which `gate` finds what every match of its pattern contains. */
function gated(parser: Parser, gate: Gate): Parser {
  return {
    pattern: (context) => (gate.admits(context) ? parser.pattern(context) : NO_MATCH),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** `parser` with the RegExp it builds on its first call reused for every later call. */
function patternOnce(parser: Parser): Parser {
  let pattern: RegExp | undefined;
  return {
    pattern: (context) => (pattern ??= parser.pattern(context)),
    extract: (context, match) => parser.extract(context, match),
  };
}

function lean(configuration: Configuration, gates: Record<string, Gate>, rebuilt = new Set<string>()): en.Chrono {
  const parsers = configuration.parsers.map((parser) => {
    const name = className(parser);
    const steady = rebuilt.has(name) ? patternOnce(parser) : parser;
    return gates[name] ? gated(steady, gates[name]) : steady;
  });
  return new en.Chrono({ parsers, refiners: configuration.refiners });
}

/** The class names the gates and pattern caches above expect (tests check chrono still has them). */
export const ADAPTED_PARSERS: Record<Language, string[]> = {
  en: Object.keys(EN_GATES),
  de: [...Object.keys(DE_GATES), ...DE_PATTERN_REBUILT],
};

/** Parsers per language; `parse` gives what `chrono.en.parse` / `chrono.de.parse` give. */
export const chronoParsers: Record<Language, en.Chrono> = {
  en: lean(en.configuration.createCasualConfiguration(false), EN_GATES),
  de: lean(de.createCasualConfiguration(), DE_GATES, DE_PATTERN_REBUILT),
};
