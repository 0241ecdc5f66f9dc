import { findDates, isLoneWeekday, mayContainDate } from "../../src/text/dates.js";
import { findGermanDates } from "../../src/text/date-german.js";
import {
  closestYear,
  formatDay,
  headerOffsetMinutes,
  nextWeekday,
  referenceDay,
  weekdayOf,
} from "../../src/text/date-calendar.js";

const MONDAY_23_NOV_2026 = { year: 2026, month: 11, day: 23 };

describe("findGermanDates", () => {
  it("reads numeric dates with and without a year", () => {
    expect(findGermanDates("bis 27.11. liefern wir")).toMatchObject([{ text: "27.11.", day: 27, month: 11 }]);
    expect(findGermanDates("bis 27.11. liefern wir")[0].year).toBeUndefined();
    expect(findGermanDates("am 27.11.2026")).toMatchObject([{ day: 27, month: 11, year: 2026 }]);
    expect(findGermanDates("am 27.11.26")).toMatchObject([{ day: 27, month: 11, year: 2026 }]);
  });

  it("reads named months and a weekday before the date", () => {
    expect(findGermanDates("bis 27. November")).toMatchObject([{ text: "27. November", day: 27, month: 11 }]);
    expect(findGermanDates("Freitag, 27.11.2026")).toMatchObject([{ weekday: 5, day: 27, month: 11, year: 2026 }]);
    expect(findGermanDates("am Freitag, den 27. Nov. 2026")).toMatchObject([{ weekday: 5, day: 27, month: 11, year: 2026 }]);
    expect(findGermanDates("Fr., 27.11.")).toMatchObject([{ weekday: 5, day: 27, month: 11 }]);
  });

  it("keeps numbers, IP addresses and habits out", () => {
    expect(findGermanDates("Der Zins steigt um 3.5 Prozent.")).toEqual([]);
    expect(findGermanDates("Server 192.168.1.1 ist erreichbar.")).toEqual([]);
    expect(findGermanDates("Wir haben mittwochs geschlossen, auch am Aschermittwoch.")).toEqual([]);
    expect(findGermanDates("Version 31.13. ist kein Datum")).toEqual([]);
  });

  it("finds a full weekday on its own, but no abbreviation on its own", () => {
    expect(findGermanDates("Wir telefonieren am Mittwoch.")).toMatchObject([{ text: "Mittwoch", weekday: 3 }]);
    expect(findGermanDates("so wie besprochen, do it, mi casa, Fr Müller")).toEqual([]);
  });
});

describe("findDates (chrono-node with guards)", () => {
  it("does not read the German words so, do, mi, fr as weekdays", async () => {
    expect(await findDates("So wie besprochen: Das Paket ist da, do it.", "de", MONDAY_23_NOV_2026)).toEqual([]);
    expect(await findDates("Das ist mi fr so do.", "de", MONDAY_23_NOV_2026)).toEqual([]);
  });

  it("does not read 'Guten Morgen' as tomorrow, but reads 'morgen'", async () => {
    expect(await findDates("Guten Morgen, Herr Maier", "de", MONDAY_23_NOV_2026)).toEqual([]);
    const tomorrow = await findDates("Wir rufen Sie morgen an.", "de", MONDAY_23_NOV_2026);
    expect(tomorrow).toMatchObject([{ text: "morgen", day: 24, month: 11, year: 2026 }]);
  });

  it("keeps a lone weekday without a day: the 'which Wednesday?' signal", async () => {
    const [de] = await findDates("Wir telefonieren am Mittwoch.", "de", MONDAY_23_NOV_2026);
    expect(isLoneWeekday(de)).toBe(true);
    const [en] = await findDates("We'll talk on Wednesday.", "en", MONDAY_23_NOV_2026);
    expect(en).toMatchObject({ text: "Wednesday", weekday: 3 });
    expect(isLoneWeekday(en)).toBe(true);
  });

  it("reads full English dates and clock times", async () => {
    const [date] = await findDates("by Friday, 27 November 2026", "en", MONDAY_23_NOV_2026);
    expect(date).toMatchObject({ weekday: 5, day: 27, month: 11, year: 2026 });
    const [time] = await findDates("tomorrow at 3pm", "en", MONDAY_23_NOV_2026);
    expect(time).toMatchObject({ day: 24, hasTime: true });
  });

  it("ignores a month on its own and English words that look like weekdays", async () => {
    expect(await findDates("I may march on.", "en", MONDAY_23_NOV_2026)).toEqual([]);
    expect(await findDates("I sat down on the sun deck.", "en", MONDAY_23_NOV_2026)).toEqual([]);
  });

  it("prefilters text without any date words", () => {
    expect(mayContainDate("Vielen Dank für Ihre Nachricht.", "de")).toBe(false);
    expect(mayContainDate("Thanks for your note.", "en")).toBe(false);
    expect(mayContainDate("bis 27.11.", "de")).toBe(true);
  });
});

describe("calendar", () => {
  it("resolves a weekday across the year boundary", () => {
    const wednesday30Dec = { year: 2026, month: 12, day: 30 };
    expect(weekdayOf(wednesday30Dec)).toBe(3);
    expect(nextWeekday(wednesday30Dec, 1)).toEqual({ year: 2027, month: 1, day: 4 });
    expect(formatDay(nextWeekday(wednesday30Dec, 1), "de")).toBe("Montag, 04.01.2027");
    expect(formatDay(nextWeekday(wednesday30Dec, 1), "en")).toBe("Monday, 4 January 2027");
  });

  it("means next week's weekday when the weekday is today", () => {
    expect(nextWeekday(MONDAY_23_NOV_2026, 1)).toEqual({ year: 2026, month: 11, day: 30 });
  });

  it("gives a date without a year the year closest to the reference day", () => {
    expect(closestYear(27, 12, { year: 2026, month: 12, day: 30 })).toBe(2026);
    expect(closestYear(5, 1, { year: 2026, month: 12, day: 30 })).toBe(2027);
    expect(closestYear(28, 12, { year: 2027, month: 1, day: 2 })).toBe(2026);
  });

  it("takes the Date header's local day, not the UTC day", () => {
    const header = "Wed, 30 Dec 2026 23:30:00 -0500";
    const instant = new Date(Date.parse(header));
    expect(instant.getUTCDate()).toBe(31); // already the 31st in UTC
    expect(headerOffsetMinutes(header)).toBe(-300);
    expect(referenceDay(instant, header, new Date())).toEqual({ year: 2026, month: 12, day: 30 });
    const tokyo = "Thu, 31 Dec 2026 08:00:00 +0900";
    expect(referenceDay(new Date(Date.parse(tokyo)), tokyo, new Date())).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it("falls back to settings.now without a Date header", () => {
    expect(referenceDay(undefined, undefined, new Date(2026, 10, 23, 9))).toEqual(MONDAY_23_NOV_2026);
  });
});
