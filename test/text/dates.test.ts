import { findDates, isLoneWeekday, mayContainDate, mayNameWeekday } from "../../src/text/dates.js";
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

  it("resolves time units before and after a reference day", async () => {
    expect(await findDates("I sent it 3 days ago and will call you in two weeks.", "en", MONDAY_23_NOV_2026)).toMatchObject([
      { text: "3 days ago", day: 20, month: 11, year: 2026 },
      { text: "in two weeks", day: 7, month: 12, year: 2026 },
    ]);
    expect(await findDates("We'll ship it 2 days later, or 5 hours from now.", "en", MONDAY_23_NOV_2026)).toMatchObject([
      { text: "2 days later", day: 25 },
      { text: "5 hours from now", day: 23, hasTime: true },
    ]);
    expect(await findDates("Find out more within a day in the FAQ.", "en", MONDAY_23_NOV_2026)).toMatchObject([{ text: "within a day", day: 24 }]);
    const german = await findDates("Wir melden uns in 3 Tagen, vor 2 Wochen kam die Ware.", "de", MONDAY_23_NOV_2026);
    expect(german.map((d) => [d.text.trim(), d.day, d.month])).toEqual([["in 3 Tagen", 26, 11], ["vor 2 Wochen", 9, 11]]);
  });

  it("finds nothing in the words around time units when no unit is counted", async () => {
    expect(await findDates("Thanks for the info before the monthly meeting, Monica.", "en", MONDAY_23_NOV_2026)).toEqual([]);
    expect(await findDates("We went out later, after the weekday shift.", "en", MONDAY_23_NOV_2026)).toEqual([]);
    expect(await findDates("In der Tagesordnung steht für die Woche nichts.", "de", MONDAY_23_NOV_2026)).toEqual([]);
    expect(await findDates("Vor allem die Tage davor waren voll.", "de", MONDAY_23_NOV_2026)).toEqual([]);
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

describe("findDates next to German dates (chrono-node only for what the German parser cannot read)", () => {
  it("still finds what chrono-node reads beside a German date", async () => {
    const hours = await findDates("Wir liefern am 27.11.2026, Sie hören in zwei Stunden von uns.", "de", MONDAY_23_NOV_2026);
    expect(hours).toMatchObject([{ text: "27.11.2026" }, { text: "in zwei Stunden", hasTime: true }]);
    const today = await findDates("Wir liefern am 27.11.2026 oder schon heute.", "de", MONDAY_23_NOV_2026);
    expect(today).toMatchObject([{ text: "27.11.2026" }, { text: "heute", day: 23 }]);
    const dayBefore = await findDates("Wir liefern am 27.11.2026 und rufen Sie am Vortag an.", "de", MONDAY_23_NOV_2026);
    expect(dayBefore).toMatchObject([{ text: "27.11.2026" }, { text: "Vortag", day: 22 }]);
    const glued = await findDates("Wir liefern am 27.11.2026, spätestens in dreiTagen.", "de", MONDAY_23_NOV_2026);
    expect(glued).toMatchObject([{ text: "27.11.2026" }, { text: "in dreiTagen", day: 26 }]);
    const clock = await findDates("Wir liefern am 27.11.2026, der Fahrer ruft um 10 Uhr an.", "de", MONDAY_23_NOV_2026);
    expect(clock).toMatchObject([{ text: "27.11.2026" }, { text: "um 10 Uhr", hasTime: true }]);
  });

  it("gives the German dates alone when nothing else in the sentence is a date", async () => {
    const [date, ...rest] = await findDates("Den Termin am Freitag, 27.11.2026 bestätigen wir gern.", "de", MONDAY_23_NOV_2026);
    expect(date).toMatchObject({ text: "Freitag, 27.11.2026", weekday: 5, day: 27, month: 11, year: 2026, hasTime: false });
    expect(rest).toEqual([]);
    expect(await findDates("Wir haben am Montagabend geschlossen, auch am Mittag.", "de", MONDAY_23_NOV_2026)).toEqual([]);
  });

  it("answers a repeated sentence alike, and a caller's change stays its own", async () => {
    const first = await findDates("Wir liefern morgen.", "de", MONDAY_23_NOV_2026);
    first[0].day = 1;
    expect(await findDates("Wir liefern morgen.", "de", MONDAY_23_NOV_2026)).toMatchObject([{ day: 24 }]);
    // The same words on another reference day name another day.
    expect(await findDates("Wir liefern morgen.", "de", { year: 2026, month: 11, day: 30 })).toMatchObject([{ day: 1, month: 12 }]);
  });
});

describe("mayNameWeekday", () => {
  it("knows every weekday word chrono-node and the German parser read, abbreviations too", () => {
    expect(mayNameWeekday("am Mittwoch", "de")).toBe(true);
    expect(mayNameWeekday("Mi., 27.11.", "de")).toBe(true);
    expect(mayNameWeekday("Wed, 27 Nov", "en")).toBe(true);
    expect(mayNameWeekday("this weekend", "en")).toBe(true);
    expect(mayNameWeekday("Thurs. 3 Dec", "en")).toBe(true);
  });

  it("is false for dates that carry no written weekday", () => {
    expect(mayNameWeekday("Wir liefern am 27.11.2026 und morgen.", "de")).toBe(false);
    expect(mayNameWeekday("We deliver on 27 November 2026, tomorrow or in 3 days.", "en")).toBe(false);
    expect(mayNameWeekday("Sunshine, Monaco and Samba.", "en")).toBe(false);
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
