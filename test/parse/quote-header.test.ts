import { describe, expect, it } from "vitest";
import {
  headerFromFields,
  isForwardBanner,
  isOriginalMessageSeparator,
  isSignatureDelimiter,
  isUnderscoreSeparator,
  parseAttribution,
  parseFieldLine,
  parseHeaderDate,
  parseMailbox,
  parseMailboxList,
} from "../../src/parse/quote-header.js";
import { isClosing } from "../../src/parse/signature.js";

/** Local wall-clock time, as a header without a zone is read. */
const local = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => new Date(y, mo - 1, d, h, mi, s).getTime();
const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);

describe("parseHeaderDate", () => {
  it.each([
    ["Tue, 24 Nov 2026 10:12:00 +0100", utc(2026, 11, 24, 9, 12)],
    ["24 Nov 2026 10:12:30 -0500", utc(2026, 11, 24, 15, 12, 30)],
    ["Tue, 24 Nov 2026 10:12:00 GMT", utc(2026, 11, 24, 10, 12)],
    ["24 November 2026 at 10:12:00 CET", utc(2026, 11, 24, 9, 12)],
    ["24. November 2026 um 10:12:00 MESZ", utc(2026, 11, 24, 8, 12)],
    ["November 24, 2026 at 10:12:00 PM GMT+1", utc(2026, 11, 24, 21, 12)],
    ["Di., 24. Nov. 2026 um 10:12 Uhr (+01:00)", utc(2026, 11, 24, 9, 12)],
  ])("reads %s with its zone as an exact instant", (text, expected) => {
    expect(parseHeaderDate(text)?.getTime()).toBe(expected);
  });

  it.each([
    ["24.11.2026 10:12", local(2026, 11, 24, 10, 12)],
    ["24.11.26 um 10:12", local(2026, 11, 24, 10, 12)],
    ["Tuesday, November 24, 2026 10:12 AM", local(2026, 11, 24, 10, 12)],
    ["Tuesday, November 24, 2026 1:05 PM", local(2026, 11, 24, 13, 5)],
    ["Dienstag, 24. November 2026 10:12", local(2026, 11, 24, 10, 12)],
    ["Tue, Nov 24, 2026 at 10:12 AM", local(2026, 11, 24, 10, 12)],
    ["Tue, Nov 24, 2026 at 12:30 PM", local(2026, 11, 24, 12, 30)],
    ["Tue, Nov 24, 2026 at 12:05 AM", local(2026, 11, 24, 0, 5)],
    ["Di., 24. Nov. 2026 um 10:12 Uhr", local(2026, 11, 24, 10, 12)],
    ["Mi., 4. März 2026 um 08:00 Uhr", local(2026, 3, 4, 8, 0)],
    ["24 Nov 2026, at 10:12", local(2026, 11, 24, 10, 12)],
    ["11/24/26 10:12 AM", local(2026, 11, 24, 10, 12)],
    ["24/11/2026 10:12", local(2026, 11, 24, 10, 12)],
    ["2026-11-24 10:12", local(2026, 11, 24, 10, 12)],
    ["Dienstag, 24. November 2026", local(2026, 11, 24)],
  ])("reads %s as local time", (text, expected) => {
    expect(parseHeaderDate(text)?.getTime()).toBe(expected);
  });

  it.each([
    "31.02.2026 10:12", // no such day
    "24.11.2026 25:70", // no such time
    "24.11.2026 13:00 PM",
    "24. Nov. um 10:12", // no year
    "Tuesday",
    "next week",
    "",
  ])("gives nothing for %j", (text) => {
    expect(parseHeaderDate(text)).toBeUndefined();
  });
});

describe("parseMailbox", () => {
  it("reads name and address, lower-casing the address", () => {
    expect(parseMailbox("Anna Berg <Anna.Berg@Example.COM>")).toEqual({ name: "Anna Berg", address: "anna.berg@example.com" });
  });
  it("unquotes a display name with a comma", () => {
    expect(parseMailbox('"Berg, Anna" <anna@example.com>')).toEqual({ name: "Berg, Anna", address: "anna@example.com" });
  });
  it("reads Outlook's [mailto:] form", () => {
    expect(parseMailbox("Anna Berg [mailto:anna@example.com]")).toEqual({ name: "Anna Berg", address: "anna@example.com" });
  });
  it("keeps a bare address without a name", () => {
    expect(parseMailbox("anna@example.com")).toEqual({ name: "", address: "anna@example.com" });
    expect(parseMailbox("anna@example.com <anna@example.com>")).toEqual({ name: "", address: "anna@example.com" });
  });
  it("keeps a bare name with an empty address", () => {
    expect(parseMailbox("Anna Berg")).toEqual({ name: "Anna Berg", address: "" });
  });
  it("gives nothing for empty text", () => {
    expect(parseMailbox("  ;")).toBeUndefined();
  });
});

describe("parseMailboxList", () => {
  it("splits Outlook lists at semicolons only, keeping 'Berg, Anna' whole", () => {
    expect(parseMailboxList("Berg, Anna; Tom <tom@x.de>; carla@example.com")).toEqual([
      { name: "Berg, Anna", address: "" },
      { name: "Tom", address: "tom@x.de" },
      { name: "", address: "carla@example.com" },
    ]);
  });
  it("splits comma lists after complete mailboxes", () => {
    expect(parseMailboxList('Anna Berg <anna@example.com>, "Braun, Tom" <tom@x.de>, carla@example.com')).toEqual([
      { name: "Anna Berg", address: "anna@example.com" },
      { name: "Braun, Tom", address: "tom@x.de" },
      { name: "", address: "carla@example.com" },
    ]);
  });
  it("does not split an unquoted 'Last, First <address>'", () => {
    expect(parseMailboxList("Berg, Anna <anna@example.com>, Tom Braun")).toEqual([
      { name: "Berg, Anna", address: "anna@example.com" },
      { name: "Tom Braun", address: "" },
    ]);
  });
  it("gives an empty list for an empty value", () => {
    expect(parseMailboxList("")).toEqual([]);
  });
});

describe("parseAttribution", () => {
  it("splits a Gmail line into date and author", () => {
    const a = parseAttribution("On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com> wrote:");
    expect(a?.author).toEqual({ name: "Anna Berg", address: "anna@example.com" });
    expect(a?.dateText).toBe("Tue, Nov 24, 2026 at 10:12 AM");
    expect(a?.date?.getTime()).toBe(local(2026, 11, 24, 10, 12));
  });
  it("joins a line wrapped inside the angle brackets", () => {
    const a = parseAttribution("On Tue, Nov 24, 2026 at 10:12 AM Anna Berg < anna@example.com> wrote:");
    expect(a?.author).toEqual({ name: "Anna Berg", address: "anna@example.com" });
  });
  it("reads Thunderbird's and Apple's forms with a comma before the name", () => {
    expect(parseAttribution("On 11/24/26 10:12 AM, Anna Berg wrote:")).toMatchObject({
      author: { name: "Anna Berg", address: "" },
      dateText: "11/24/26 10:12 AM",
    });
    const apple = parseAttribution("On 24 Nov 2026, at 10:12, Anna Berg <anna@example.com> wrote:");
    expect(apple?.author?.address).toBe("anna@example.com");
    expect(apple?.date?.getTime()).toBe(local(2026, 11, 24, 10, 12));
  });
  it("keeps a zone with the date, not with the name", () => {
    const a = parseAttribution("On Tue, Nov 24, 2026 at 10:12:00AM +0100, Anna Berg wrote:");
    expect(a?.author?.name).toBe("Anna Berg");
    expect(a?.date?.getTime()).toBe(utc(2026, 11, 24, 9, 12));
  });
  it("reads a name with a comma after the time", () => {
    expect(parseAttribution("On Tue, Nov 24, 2026 at 10:12 AM Berg, Anna <anna@example.com> wrote:")?.author).toEqual({
      name: "Berg, Anna",
      address: "anna@example.com",
    });
  });
  it("reads the German forms", () => {
    const gmail = parseAttribution("Am Di., 24. Nov. 2026 um 10:12 Uhr schrieb Anna Berg <anna@example.com>:");
    expect(gmail?.author).toEqual({ name: "Anna Berg", address: "anna@example.com" });
    expect(gmail?.dateText).toBe("Di., 24. Nov. 2026 um 10:12 Uhr");
    expect(gmail?.date?.getTime()).toBe(local(2026, 11, 24, 10, 12));
    const thunderbird = parseAttribution("Am 24.11.2026 um 10:12 schrieb Anna Berg:");
    expect(thunderbird?.author).toEqual({ name: "Anna Berg", address: "" });
    const mobile = parseAttribution("Anna Berg <anna@example.com> schrieb am Di., 24. Nov. 2026, 10:12:");
    expect(mobile?.author?.address).toBe("anna@example.com");
    expect(mobile?.date?.getTime()).toBe(local(2026, 11, 24, 10, 12));
  });
  it("reads 'Name <address> wrote:' without a date", () => {
    expect(parseAttribution("Anna Berg <anna@example.com> wrote:")).toEqual({ author: { name: "Anna Berg", address: "anna@example.com" } });
  });
  it.each([
    "As Anna wrote: the price is fine.",
    "Here is what the customer wrote:",
    "On Monday Tom wrote:",
    "Am Montag schrieb er:",
    "On 24.11.2026 we agreed on this:",
    "Anna wrote:",
    "On 24.11.2026 Anna wrote: the price is fine",
  ])("is not fooled by %j", (text) => {
    expect(parseAttribution(text)).toBeUndefined();
  });
  it("rejects overlong lines", () => {
    expect(parseAttribution(`On 24.11.2026 at 10:12 ${"x ".repeat(400)}wrote:`)).toBeUndefined();
  });
});

describe("header fields", () => {
  it("reads English, German, bold and tab-separated labels", () => {
    expect(parseFieldLine("From: Anna Berg <anna@example.com>")).toEqual({ field: "from", value: "Anna Berg <anna@example.com>" });
    expect(parseFieldLine("Gesendet: Dienstag, 24. November 2026 10:12")).toMatchObject({ field: "date" });
    expect(parseFieldLine("Betreff:\tAngebot")).toEqual({ field: "subject", value: "Angebot" });
    expect(parseFieldLine("*From:* Anna Berg")).toEqual({ field: "from", value: "Anna Berg" });
    expect(parseFieldLine("CC: tom@x.de")).toMatchObject({ field: "cc" });
    expect(parseFieldLine("Cc:")).toEqual({ field: "cc", value: "" });
  });
  it("ignores words that merely start like labels", () => {
    expect(parseFieldLine("from: lower case is prose")).toBeUndefined();
    expect(parseFieldLine("Fromage: cheese")).toBeUndefined();
    expect(parseFieldLine("Anbei: die Rechnung")).toBeUndefined();
    expect(parseFieldLine("To:do list")).toBeUndefined();
  });
  it("builds a QuoteHeader from fields", () => {
    const header = headerFromFields(
      "outlook",
      [
        { field: "from", value: "Anna Berg <anna@example.com>" },
        { field: "date", value: "24.11.2026 10:12" },
        { field: "to", value: "Tom <tom@x.de>; Carla" },
        { field: "cc", value: "team@example.com" },
        { field: "subject", value: "Angebot" },
      ],
      5,
      90,
    );
    expect(header).toEqual({
      style: "outlook",
      author: { name: "Anna Berg", address: "anna@example.com" },
      to: [
        { name: "Tom", address: "tom@x.de" },
        { name: "Carla", address: "" },
      ],
      cc: [{ name: "", address: "team@example.com" }],
      dateText: "24.11.2026 10:12",
      date: new Date(2026, 10, 24, 10, 12),
      subject: "Angebot",
      start: 5,
      end: 90,
    });
  });
});

describe("banners, separators, closings", () => {
  it("recognises forward banners in both languages", () => {
    for (const line of [
      "---------- Forwarded message ---------",
      "-------- Forwarded Message --------",
      "-------- Weitergeleitete Nachricht --------",
      "Begin forwarded message:",
      "Anfang der weitergeleiteten Nachricht:",
    ]) {
      expect(isForwardBanner(line), line).toBe(true);
    }
    expect(isForwardBanner("I forwarded the message yesterday.")).toBe(false);
    expect(isForwardBanner("Begin forwarded message: see below")).toBe(false);
  });
  it("recognises Outlook separators", () => {
    expect(isOriginalMessageSeparator("-----Original Message-----")).toBe(true);
    expect(isOriginalMessageSeparator("----- Original Message -----")).toBe(true);
    expect(isOriginalMessageSeparator("-----Ursprüngliche Nachricht-----")).toBe(true);
    expect(isOriginalMessageSeparator("The original message is below.")).toBe(false);
    expect(isUnderscoreSeparator("________________________________")).toBe(true);
    expect(isUnderscoreSeparator("___")).toBe(false);
  });
  it("recognises the signature delimiter, with or without its space", () => {
    expect(isSignatureDelimiter("-- ")).toBe(true);
    expect(isSignatureDelimiter("--")).toBe(true);
    expect(isSignatureDelimiter("---")).toBe(false);
    expect(isSignatureDelimiter("-- Anna")).toBe(false);
  });
  it("recognises closings, some only with a comma", () => {
    for (const line of ["Mit freundlichen Grüßen", "Mit freundlichen Gruessen", "Viele Grüße,", "Beste Grüße", "Best regards,", "Kind regards", "Regards", "Thanks,", "Cheers,", "LG"]) {
      expect(isClosing(line), line).toBe(true);
    }
    for (const line of ["Thanks", "Thanks for the quick reply.", "Best", "Cheers", "Regards to your team", "Viele Grüße an Tom"]) {
      expect(isClosing(line), line).toBe(false);
    }
  });
});
