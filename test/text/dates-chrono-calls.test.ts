// chrono-node costs more per sentence than everything else: findDates must not call it where it
// cannot add anything, and must read a repeated sentence once; and where it runs, only the
// parsers that can match the sentence may run (src/text/chrono-parsers.ts), with results
// identical to chrono-node's own casual parsers.
import { ParsingContext, type ParsedResult } from "chrono-node";
import * as de from "chrono-node/de";
import * as en from "chrono-node/en";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ADAPTED_PARSERS, chronoParsers } from "../../src/text/chrono-parsers.js";
import { findDates } from "../../src/text/dates.js";

const MONDAY_23_NOV_2026 = { year: 2026, month: 11, day: 23 };
const REFERENCE = { instant: new Date(Date.UTC(2026, 10, 23, 12)), timezone: 0 };

describe("findDates calls chrono-node only where it can add a date", () => {
  const calls = { de: 0, en: 0 };
  beforeEach(() => {
    calls.de = 0;
    calls.en = 0;
    for (const language of ["de", "en"] as const) {
      const parse = chronoParsers[language].parse.bind(chronoParsers[language]);
      vi.spyOn(chronoParsers[language], "parse").mockImplementation((...args) => (calls[language]++, parse(...args)));
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it("skips it when the German parser has read every date word", async () => {
    const dates = await findDates("Der Ersatz wird am Donnerstag, 07.05.2026 verschickt.", "de", MONDAY_23_NOV_2026);
    expect(dates).toMatchObject([{ text: "Donnerstag, 07.05.2026", weekday: 4, day: 7, month: 5, year: 2026 }]);
    expect(await findDates("Den Termin am 27. November bestätigen wir.", "de", MONDAY_23_NOV_2026)).toHaveLength(1);
    expect(calls.de).toBe(0);
  });

  it("calls it when words beside the German date may be dates", async () => {
    await findDates("Wir liefern am 27.11.2026, Sie hören in zwei Stunden von uns.", "de", MONDAY_23_NOV_2026);
    await findDates("Bestellung 41648 kommt am 27.11.2026.", "de", MONDAY_23_NOV_2026);
    await findDates("Wir melden uns am Vortag.", "de", MONDAY_23_NOV_2026);
    expect(calls.de).toBe(3);
  });

  it("reads a repeated sentence once per reference day", async () => {
    for (let i = 0; i < 3; i++) await findDates("We will call you on Friday, 27 November 2026.", "en", MONDAY_23_NOV_2026);
    expect(calls.en).toBe(1);
    await findDates("We will call you on Friday, 27 November 2026.", "en", { year: 2026, month: 11, day: 24 });
    expect(calls.en).toBe(2);
  });
});

/** What findDates reads from a result: where it is, and each component with whether it was written. */
function summary(results: ParsedResult[]) {
  const components = ["year", "month", "day", "weekday", "hour", "minute", "meridiem", "timezoneOffset"] as const;
  const side = (c: ParsedResult["start"] | undefined) => c && components.map((name) => [name, c.isCertain(name), c.get(name)]);
  return results.map((r) => ({ index: r.index, text: r.text, start: side(r.start), end: side(r.end) }));
}

// Sentences that each parser with a gate or a cached pattern reads, and near-misses where the
// gate is open but nothing is a date, or the gate's word is part of another word.
const ENGLISH = [
  "I sent the form 3 days ago and will follow up in two weeks.",
  "We'll ship it 2 days later, or 5 hours from now at the latest.",
  "Reply within the next 3 days, before Thursday, 10 December 2026.",
  "The last 2 weeks were busy; next 3 days are free, +2 days if needed.",
  "Delivery on 2026-11-27T10:00:00Z, or 11/30/2026, or 2026/12/01, expected 12/2026.",
  "We'll call you at 3 pm on Monday, November 30th, or on the 1st of December.",
  "Expect a reply in 3 hours, on 3 January at the latest.",
  "Meet me in March 2026, or in 2027 April, this weekend, or next Tuesday.",
  "Thanks for the info: it was before the meeting, and the invoice is in the folder.",
  "We went out later, after the monthly review, with Monica and Satya.",
  "In the past few days, a couple of hours, the weekday shift.",
  "Find out more within our FAQ.",
  "Order 4711 is in stock.",
];
const GERMAN = [
  "Wir melden uns in drei Tagen, spätestens am 27.11.2026 um 10 Uhr.",
  "Vor zwei Wochen haben wir telefoniert, nächste Woche folgt der Rest.",
  "Innerhalb von 24 Stunden oder für 2 Tage: Termin 2026-12-02 14:30.",
  "Am Montag, den 30. November 2026 von 9 bis 11 Uhr, oder in 3 Wochen.",
  "In der Tagesordnung steht nichts, vor allem nicht für morgen früh.",
  "Wir haben Bestellung 41648 für Sie in Arbeit.",
];

describe("chronoParsers", () => {
  it("gives exactly what chrono-node's own casual parsers give", () => {
    for (const text of ENGLISH) expect(summary(chronoParsers.en.parse(text, REFERENCE)), text).toEqual(summary(en.casual.parse(text, REFERENCE)));
    for (const text of GERMAN) expect(summary(chronoParsers.de.parse(text, REFERENCE)), text).toEqual(summary(de.casual.parse(text, REFERENCE)));
    // Not vacuous: the sentences above hold dates of every kind.
    expect(chronoParsers.en.parse(ENGLISH[0], REFERENCE).map((r) => r.text)).toEqual(["3 days ago", "in two weeks"]);
    expect(chronoParsers.de.parse(GERMAN[1], REFERENCE).map((r) => r.text.trim())).toEqual(["Vor zwei Wochen", "nächste Woche"]);
    for (const text of [...ENGLISH.slice(0, 8), ...GERMAN.slice(0, 4)]) {
      expect(chronoParsers[ENGLISH.includes(text) ? "en" : "de"].parse(text, REFERENCE).length, text).toBeGreaterThan(1);
    }
  });

  it("gives the same on repeated calls (German parsers reuse their pattern)", () => {
    for (let i = 0; i < 3; i++) {
      expect(chronoParsers.de.parse("Wir melden uns in 3 Tagen oder vor 2 Wochen.", REFERENCE).map((r) => r.text)).toEqual(["in 3 Tagen", "vor 2 Wochen"]);
    }
  });

  it("runs the large time-unit patterns only on sentences holding their words", () => {
    const timeUnitPatterns = (text: string) =>
      chronoParsers.en.parsers
        .map((parser) => parser.pattern(new ParsingContext(text, REFERENCE)).source)
        .filter((source) => /ago\|before\|earlier|later\|after/.test(source));
    expect(timeUnitPatterns("We will call you on Monday, 30 November 2026 at 10:00.")).toEqual([]);
    expect(timeUnitPatterns("We refunded the amount today.")).toEqual([]);
    expect(timeUnitPatterns("I sent it 3 days ago.")).toHaveLength(1);
    expect(timeUnitPatterns("I sent it 3 days ago and will call 2 days later.")).toHaveLength(2);
  });

  it("finds in chrono-node every parser it adapts (an upgrade that renames one fails here)", () => {
    const names = (parsers: { constructor: { name: string } }[]) => parsers.map((p) => /^_*([A-Za-z]*)/.exec(p.constructor.name)![1]);
    expect(names(en.casual.parsers)).toEqual(expect.arrayContaining(ADAPTED_PARSERS.en));
    expect(names(de.casual.parsers)).toEqual(expect.arrayContaining(ADAPTED_PARSERS.de));
  });
});
