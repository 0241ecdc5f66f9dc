import { monthAbbreviations, monthAlternation, monthName, monthNumbers, monthPrefixes } from "../../src/text/months.js";
import { formatDay } from "../../src/text/date-calendar.js";

describe("the month table", () => {
  it("reads German and English spellings to the same month", () => {
    const both = monthNumbers(["de", "en"]);
    for (const [word, month] of [["märz", 3], ["maerz", 3], ["march", 3], ["jänner", 1], ["sept", 9], ["dez", 12], ["dec", 12], ["mai", 5], ["may", 5]] as const) {
      expect(both.get(word)).toBe(month);
    }
    expect(monthNumbers(["de"]).get("may")).toBeUndefined();
  });

  it("gives an alternation that matches whole German month words, longest spelling first", () => {
    const pattern = new RegExp(`^(?:${monthAlternation("de")})\\b`);
    expect(pattern.exec("September 2026")?.[0]).toBe("September");
    expect(pattern.exec("Sept. 2026")?.[0]).toBe("Sept");
    expect(pattern.exec("Jänner")?.[0]).toBe("Jänner");
    expect(pattern.test("Mayday")).toBe(false);
  });

  it("names months for messages and lists abbreviations and prefixes for the sentence splitter", () => {
    expect(monthName(11, "en")).toBe("November");
    expect(formatDay({ year: 2026, month: 11, day: 27 }, "en")).toBe("Friday, 27 November 2026");
    expect(monthAbbreviations(["de", "en"])).toEqual(expect.arrayContaining(["nov", "sept", "dez", "dec", "mär", "mar"]));
    expect(monthAbbreviations(["de", "en"])).not.toContain("maerz");
    expect(new Set(monthPrefixes())).toEqual(new Set(["Jan", "Feb", "Mär", "Mar", "Apr", "Mai", "May", "Jun", "Jul", "Aug", "Sep", "Okt", "Oct", "Nov", "Dez", "Dec"]));
  });
});
