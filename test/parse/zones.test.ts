import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { splitZones, type ZoneSplit } from "../../src/parse/zones.js";

interface ZoneView {
  kind: ZoneSplit["kind"];
  depth: number;
  text: string;
}

/** The zones as kind, depth and text, with the zone invariants checked on the way. */
function zonesOf(body: string, opaque?: { start: number; end: number }[]): ZoneView[] {
  const { zones } = splitZones(body, opaque);
  expectCovering(body, zones);
  return zones.map((z) => ({ kind: z.kind, depth: z.depth, text: body.slice(z.start, z.end) }));
}

function expectCovering(body: string, zones: ZoneSplit[]): void {
  if (body === "") return expect(zones).toEqual([]);
  expect(zones[0].start).toBe(0);
  expect(zones.at(-1)?.end).toBe(body.length);
  for (let i = 1; i < zones.length; i++) expect(zones[i].start).toBe(zones[i - 1].end);
  for (const z of zones) expect(z.end).toBeGreaterThan(z.start);
}

/** The text of the spans of one kind. */
function spanTexts(body: string, kind: "quote-marker" | "quote-header", opaque?: { start: number; end: number }[]): string[] {
  return splitZones(body, opaque)
    .spans.filter((s) => s.kind === kind)
    .map((s) => body.slice(s.start, s.end));
}

function headerOf(body: string, kind: ZoneSplit["kind"] = "quoted") {
  return splitZones(body).zones.find((z) => z.kind === kind)?.quoteHeader;
}

const kindsOf = (body: string) => zonesOf(body).map((z) => `${z.kind}:${z.depth}`);

describe("bodies without history", () => {
  it("is one authored zone", () => {
    const body = "Hallo Anna,\n\ndas Angebot passt. Wir liefern am 27.11.2026.\n";
    expect(zonesOf(body)).toEqual([{ kind: "authored", depth: 0, text: body }]);
    expect(splitZones(body).spans).toEqual([]);
  });
  it("has no zones when empty", () => {
    expect(zonesOf("")).toEqual([]);
  });
});

describe("'>' quotes with attribution lines", () => {
  const gmail = [
    "Hi Anna,",
    "",
    "Friday works.",
    "",
    "On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com> wrote:",
    "",
    "> Hi Tom,",
    "> can you deliver by Friday?",
    "",
  ].join("\n");

  it("puts the attribution and the quote in one quoted zone", () => {
    expect(zonesOf(gmail)).toEqual([
      { kind: "authored", depth: 0, text: "Hi Anna,\n\nFriday works.\n\n" },
      { kind: "quoted", depth: 1, text: gmail.slice(gmail.indexOf("On Tue")) },
    ]);
  });

  it("parses the quote header with body offsets of the header line", () => {
    const header = headerOf(gmail);
    expect(header).toMatchObject({
      style: "on-wrote",
      author: { name: "Anna Berg", address: "anna@example.com" },
      to: [],
      cc: [],
      dateText: "Tue, Nov 24, 2026 at 10:12 AM",
    });
    expect(header?.date?.getTime()).toBe(new Date(2026, 10, 24, 10, 12).getTime());
    expect(gmail.slice(header?.start, header?.end)).toBe("On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com> wrote:");
  });

  it("returns the header line and the markers as spans", () => {
    expect(spanTexts(gmail, "quote-header")).toEqual(["On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com> wrote:"]);
    expect(spanTexts(gmail, "quote-marker")).toEqual(["> ", "> "]);
  });

  it("joins an attribution wrapped over two lines", () => {
    const body = "Sure.\n\nOn Tue, Nov 24, 2026 at 10:12 AM Anna Berg <\nanna@example.com> wrote:\n> Hi Tom\n";
    expect(kindsOf(body)).toEqual(["authored:0", "quoted:1"]);
    const header = headerOf(body);
    expect(header?.author).toEqual({ name: "Anna Berg", address: "anna@example.com" });
    expect(body.slice(header?.start, header?.end)).toBe("On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <\nanna@example.com> wrote:");
    expect(spanTexts(body, "quote-header")).toEqual(["On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <", "anna@example.com> wrote:"]);
  });

  it.each([
    ["German Gmail", "Am Di., 24. Nov. 2026 um 10:12 Uhr schrieb Anna Berg <anna@example.com>:", "anna@example.com"],
    ["German Thunderbird", "Am 24.11.2026 um 10:12 schrieb Anna Berg:", ""],
    ["Thunderbird", "On 11/24/26 10:12 AM, Anna Berg wrote:", ""],
    ["Apple Mail", "On 24 Nov 2026, at 10:12, Anna Berg <anna@example.com> wrote:", "anna@example.com"],
    ["German Apple Mail", "Am 24.11.2026 um 10:12 schrieb Anna Berg <anna@example.com>:", "anna@example.com"],
    ["German Gmail mobile", "Anna Berg <anna@example.com> schrieb am Di., 24. Nov. 2026, 10:12:", "anna@example.com"],
  ])("reads %s attributions", (_client, line, address) => {
    const body = `Passt.\n\n${line}\n> Geht Freitag?\n`;
    expect(kindsOf(body)).toEqual(["authored:0", "quoted:1"]);
    const header = headerOf(body);
    expect(header?.author).toEqual({ name: "Anna Berg", address });
    expect(header?.date?.getTime()).toBe(new Date(2026, 10, 24, 10, 12).getTime());
  });

  it("gives nested quotes their depth, with '>>' and '> >' alike", () => {
    const body = [
      "Answer.",
      "Am 24.11.2026 um 10:12 schrieb Anna Berg:",
      "> Question?",
      ">",
      "> Am 23.11.2026 um 09:00 schrieb Tom Braun:",
      ">> Offer attached.",
      "> > Second line.",
      ">",
      "> Anna again.",
    ].join("\n");
    const zones = splitZones(body).zones;
    expect(zones.map((z) => `${z.kind}:${z.depth}`)).toEqual(["authored:0", "quoted:1", "quoted:2", "quoted:1"]);
    expect(zones[1].quoteHeader?.author?.name).toBe("Anna Berg");
    expect(zones[2].quoteHeader?.author?.name).toBe("Tom Braun");
    // Back at depth 1 the quote is Anna's again.
    expect(zones[3].quoteHeader).toBe(zones[1].quoteHeader);
    expect(spanTexts(body, "quote-header")).toEqual([
      "Am 24.11.2026 um 10:12 schrieb Anna Berg:",
      "Am 23.11.2026 um 09:00 schrieb Tom Braun:",
    ]);
    expect(spanTexts(body, "quote-marker")).toEqual(["> ", ">", "> ", ">> ", "> > ", ">", "> "]);
  });

  it("keeps the author for the later quotes of an interleaved reply", () => {
    const body = [
      "On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com> wrote:",
      "> Can you deliver on Friday?",
      "",
      "Yes.",
      "",
      "> And the invoice?",
      "",
      "Next week.",
    ].join("\n");
    const zones = splitZones(body).zones;
    expect(zones.map((z) => `${z.kind}:${z.depth}`)).toEqual(["quoted:1", "authored:0", "quoted:1", "authored:0"]);
    expect(zones[2].quoteHeader?.author?.address).toBe("anna@example.com");
  });

  it("quotes '>' lines without any attribution, with no header", () => {
    const body = "Hello,\n> what you asked\nanswer";
    expect(zonesOf(body)).toEqual([
      { kind: "authored", depth: 0, text: "Hello,\n" },
      { kind: "quoted", depth: 1, text: "> what you asked\n" },
      { kind: "authored", depth: 0, text: "answer" },
    ]);
    expect(headerOf(body)).toBeUndefined();
  });

  it("trusts an unmarked history only below a dated, timed attribution", () => {
    const dated = "Fine.\n\nOn Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com> wrote:\nHi Tom, the old text.\n";
    expect(kindsOf(dated)).toEqual(["authored:0", "quoted:1"]);
    const undated = "Fine.\n\nAnna Berg <anna@example.com> wrote:\nHi Tom, the old text.\n";
    expect(kindsOf(undated)).toEqual(["authored:0"]);
    const prose = "Sorry.\n\nOn 24 Nov 2026 at 10:12 our technician wrote:\nthe device is broken.\n";
    expect(kindsOf(prose)).toEqual(["authored:0"]);
  });
});

describe("near-misses that stay authored", () => {
  it.each([
    ["'wrote:' mid-sentence", "As Anna wrote: the price is fine.\nWe agree.\n"],
    ["'wrote:' at the end of prose before a list", "Here is what the customer wrote:\n- broken\n- late\n"],
    ["an undated 'On ... wrote:'", "On Monday Tom wrote:\nthe parcel is lost.\n"],
    ["'From:' in prose", "From: our side, everything is fine.\nTo: be honest, we were late.\n"],
    ["a From line with one field", "From: Anna Berg\nTo: Tom\n\nThis is how we address letters.\n"],
    ["German 'Von:' in prose", "Von: 9 bis 17 Uhr sind wir erreichbar.\nAn: allen Werktagen.\n"],
    ["an underscore line without From", "Notes\n________________________________\nSome text\n"],
    ["a Markdown rule", "Intro\n\n---\n\nMore text\n"],
    ["a German attribution without a date", "Am Montag schrieb er:\nDas passt nicht.\n"],
  ])("%s", (_name, body) => {
    expect(zonesOf(body)).toEqual([{ kind: "authored", depth: 0, text: body }]);
    expect(spanTexts(body, "quote-header")).toEqual([]);
  });

  it("does not join a finished sentence with a later 'wrote:' line", () => {
    const body = "On 24.11.2026 we met.\nAnna wrote:\n> price is fine\n";
    expect(zonesOf(body)).toEqual([
      { kind: "authored", depth: 0, text: "On 24.11.2026 we met.\nAnna wrote:\n" },
      { kind: "quoted", depth: 1, text: "> price is fine\n" },
    ]);
    expect(spanTexts(body, "quote-header")).toEqual([]);
  });

  it("keeps a '>' prefix in prose as a quote only outside opaque ranges", () => {
    const body = "Run this:\n\n```\n> npm test\n>> log.txt\n```\n\nDone.\n";
    const codeStart = body.indexOf("```");
    const codeEnd = body.lastIndexOf("```") + 3;
    const opaque = [{ start: codeStart, end: codeEnd }];
    expect(zonesOf(body, opaque)).toEqual([{ kind: "authored", depth: 0, text: body }]);
    expect(spanTexts(body, "quote-marker", opaque)).toEqual([]);
    // Without the opaque range the same lines are quotes.
    expect(kindsOf(body)).toEqual(["authored:0", "quoted:1", "quoted:2", "authored:0"]);
  });

  it("keeps a quoted code block quoted", () => {
    const body = "Hi\n\n> ```\n> > not a marker\n> ```\n> after\n";
    const opaque = [{ start: body.indexOf("```"), end: body.lastIndexOf("```") + 3 }];
    expect(kindsOf(body)).toContain("quoted:2");
    expect(zonesOf(body, opaque).map((z) => `${z.kind}:${z.depth}`)).toEqual(["authored:0", "quoted:1"]);
  });

  it("does not read an attribution inside an opaque range", () => {
    const body = "Example:\nOn 24.11.2026 at 10:12, Anna wrote:\n> quoted\nEnd\n";
    const start = body.indexOf("On 24");
    const opaque = [{ start, end: body.indexOf("End") }];
    expect(zonesOf(body, opaque)).toEqual([{ kind: "authored", depth: 0, text: body }]);
  });
});

describe("Outlook blocks", () => {
  const english = [
    "Thanks, see below.",
    "",
    "-----Original Message-----",
    "From: Anna Berg [mailto:anna@example.com]",
    "Sent: Tuesday, November 24, 2026 10:12 AM",
    "To: Tom Braun <tom@x.de>; Berg, Carla",
    "Cc: team@example.com",
    "Subject: RE: Offer",
    "",
    "Hi Tom,",
    "please refund her.",
    "",
    "-----Original Message-----",
    "From: Tom Braun <tom@x.de>",
    "Sent: Monday, November 23, 2026 9:00 AM",
    "To: Anna Berg",
    "Subject: Offer",
    "",
    "Older text.",
  ].join("\n");

  it("makes everything after the block history, one level deeper per nested block", () => {
    const zones = zonesOf(english);
    expect(zones.map((z) => `${z.kind}:${z.depth}`)).toEqual(["authored:0", "quoted:1", "quoted:2"]);
    expect(zones[1].text).toMatch(/^-----Original Message-----\nFrom: Anna[^]*please refund her\.\n\n$/);
    expect(zones[2].text).toMatch(/^-----Original Message-----\nFrom: Tom[^]*Older text\.$/);
  });

  it("parses author, recipients, cc, date and subject", () => {
    const header = headerOf(english);
    expect(header).toMatchObject({
      style: "outlook",
      author: { name: "Anna Berg", address: "anna@example.com" },
      to: [
        { name: "Tom Braun", address: "tom@x.de" },
        { name: "Berg, Carla", address: "" },
      ],
      cc: [{ name: "", address: "team@example.com" }],
      dateText: "Tuesday, November 24, 2026 10:12 AM",
      subject: "RE: Offer",
    });
    expect(header?.date?.getTime()).toBe(new Date(2026, 10, 24, 10, 12).getTime());
    expect(english.slice(header?.start, header?.end)).toMatch(/^-----Original Message-----\n[^]*Subject: RE: Offer$/);
    expect(spanTexts(english, "quote-header")).toContain("Cc: team@example.com");
    expect(spanTexts(english, "quote-header")).not.toContain("please refund her.");
  });

  it("reads the German block with Von/Gesendet/An/Cc/Betreff", () => {
    const body = [
      "Anbei die Antwort.",
      "",
      "-----Ursprüngliche Nachricht-----",
      "Von: Anna Berg <anna@example.com>",
      "Gesendet: Dienstag, 24. November 2026 10:12",
      "An: Tom Braun <tom@x.de>; Carla Weiß <carla@example.com>",
      "Cc: Team",
      "Betreff: Angebot",
      "",
      "Hallo Tom,",
    ].join("\n");
    expect(kindsOf(body)).toEqual(["authored:0", "quoted:1"]);
    const header = headerOf(body);
    expect(header?.author).toEqual({ name: "Anna Berg", address: "anna@example.com" });
    expect(header?.to.map((m) => m.address)).toEqual(["tom@x.de", "carla@example.com"]);
    expect(header?.cc).toEqual([{ name: "Team", address: "" }]);
    expect(header?.subject).toBe("Angebot");
    expect(header?.date?.getTime()).toBe(new Date(2026, 10, 24, 10, 12).getTime());
  });

  it("reads new Outlook's underscore separator", () => {
    const body = "Ok.\n\n________________________________\nVon: Anna Berg <anna@example.com>\nGesendet: Dienstag, 24. November 2026 10:12\nAn: Tom\nBetreff: Angebot\n\nAlter Text\n";
    expect(kindsOf(body)).toEqual(["authored:0", "quoted:1"]);
    expect(headerOf(body)?.author?.address).toBe("anna@example.com");
    expect(spanTexts(body, "quote-header")[0]).toBe("________________________________");
  });

  it("reads a bare From/Sent/To/Subject block", () => {
    const body = "Ok.\n\nFrom: Anna Berg <anna@example.com>\nSent: Tuesday, November 24, 2026 10:12 AM\nTo: Tom Braun\nSubject: Offer\n\nOld text\n";
    expect(kindsOf(body)).toEqual(["authored:0", "quoted:1"]);
    expect(headerOf(body)).toMatchObject({ style: "outlook", subject: "Offer", to: [{ name: "Tom Braun", address: "" }] });
  });

  it("continues a wrapped recipient list", () => {
    const body = "Ok.\n\n-----Original Message-----\nFrom: Anna Berg <anna@example.com>\nTo: Tom <tom@x.de>;\n Carla <carla@example.com>\nSubject: Offer\n\nText\n";
    expect(headerOf(body)?.to.map((m) => m.address)).toEqual(["tom@x.de", "carla@example.com"]);
  });

  it("keeps an Outlook block inside a '>' quote inside that quote", () => {
    const body = [
      "Answer",
      "On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com> wrote:",
      "> Hi",
      "> -----Original Message-----",
      "> From: Tom <tom@x.de>",
      "> Subject: Offer",
      "> Old text",
      "After the quote",
    ].join("\n");
    const zones = splitZones(body).zones;
    expect(zones.map((z) => `${z.kind}:${z.depth}`)).toEqual(["authored:0", "quoted:1", "quoted:2", "authored:0"]);
    expect(zones[2].quoteHeader?.author?.address).toBe("tom@x.de");
    expect(spanTexts(body, "quote-marker")).toEqual(["> ", "> ", "> ", "> ", "> "]);
    expect(spanTexts(body, "quote-header")).toEqual([
      "On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com> wrote:",
      "-----Original Message-----",
      "From: Tom <tom@x.de>",
      "Subject: Offer",
    ]);
  });

  it("marks the markers of a quoted attribution wrapped over two lines", () => {
    const body = "Ok\n> On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <\n> anna@example.com> wrote:\n>> old\n";
    expect(kindsOf(body)).toEqual(["authored:0", "quoted:2"]);
    expect(spanTexts(body, "quote-marker")).toEqual(["> ", "> ", ">> "]);
  });

  it("keeps a reply's Outlook block quoted, even in a forward ('Fwd')", () => {
    const body = "FYI\n\n-----Original Message-----\nFrom: Anna Berg <anna@example.com>\nSent: 24.11.2026 10:12\nSubject: Fwd: Offer\n\nText\n";
    expect(kindsOf(body)).toEqual(["authored:0", "quoted:1"]);
  });
});

describe("forwarded messages", () => {
  it("reads Gmail's banner and header lines", () => {
    const body = [
      "FYI",
      "",
      "---------- Forwarded message ---------",
      "From: Anna Berg <anna@example.com>",
      "Date: Tue, Nov 24, 2026 at 10:12 AM",
      "Subject: Angebot",
      "To: Tom <tom@x.de>",
      "",
      "",
      "The forwarded body",
      "> with its own quote",
    ].join("\n");
    expect(kindsOf(body)).toEqual(["authored:0", "forwarded:1", "quoted:2"]);
    const header = headerOf(body, "forwarded");
    expect(header).toMatchObject({
      style: "forward",
      author: { name: "Anna Berg", address: "anna@example.com" },
      to: [{ name: "Tom", address: "tom@x.de" }],
      subject: "Angebot",
      dateText: "Tue, Nov 24, 2026 at 10:12 AM",
    });
    expect(body.slice(header?.start, header?.end)).toMatch(/^-{10} Forwarded message -{9}\n[^]*To: Tom <tom@x\.de>$/);
  });

  it("reads Thunderbird's German banner with tab-separated fields", () => {
    const body = [
      "Zur Info.",
      "",
      "-------- Weitergeleitete Nachricht --------",
      "Betreff: \tAngebot",
      "Datum: \tTue, 24 Nov 2026 10:12:00 +0100",
      "Von: \tAnna Berg <anna@example.com>",
      "An: \tTom Braun <tom@x.de>",
      "",
      "Text",
    ].join("\n");
    expect(kindsOf(body)).toEqual(["authored:0", "forwarded:1"]);
    const header = headerOf(body, "forwarded");
    expect(header?.subject).toBe("Angebot");
    expect(header?.author?.address).toBe("anna@example.com");
    expect(header?.date?.toISOString()).toBe("2026-11-24T09:12:00.000Z");
  });

  it.each(["Begin forwarded message:", "Anfang der weitergeleiteten Nachricht:"])("reads Apple Mail's %j", (banner) => {
    const body = `See below.\n\n${banner}\n\nFrom: Anna Berg <anna@example.com>\nSubject: Offer\nDate: 24 November 2026 at 10:12:00 CET\nTo: Tom <tom@x.de>\n\nText\n`;
    expect(kindsOf(body)).toEqual(["authored:0", "forwarded:1"]);
    expect(headerOf(body, "forwarded")?.date?.toISOString()).toBe("2026-11-24T09:12:00.000Z");
  });

  it("nests an Outlook reply inside the forwarded mail", () => {
    const body = "FYI\n---------- Forwarded message ---------\nFrom: Anna <anna@example.com>\n\nText\n\n-----Original Message-----\nFrom: Tom\n\nOlder\n";
    expect(kindsOf(body)).toEqual(["authored:0", "forwarded:1", "quoted:2"]);
  });
});

describe("signatures", () => {
  it("starts at the '-- ' delimiter and runs to the next quote", () => {
    const body = "Hi Anna,\n\nok.\n\n-- \nTom Braun\nACME GmbH\n\nOn Tue, Nov 24, 2026 at 10:12 AM Anna <anna@example.com> wrote:\n> Hi\n";
    expect(zonesOf(body).slice(0, 2)).toEqual([
      { kind: "authored", depth: 0, text: "Hi Anna,\n\nok.\n\n" },
      { kind: "signature", depth: 0, text: "-- \nTom Braun\nACME GmbH\n\n" },
    ]);
  });

  it("accepts a delimiter whose trailing space was stripped", () => {
    expect(kindsOf("Text here.\n--\nTom\n")).toEqual(["authored:0", "signature:0"]);
  });

  it.each([
    ["Mit freundlichen Grüßen", "Tom Braun\nACME GmbH\nTel. +49 30 123456"],
    ["Viele Grüße", "Tom"],
    ["Beste Grüße,", "Tom"],
    ["Best regards,", "Tom Braun\nSales"],
    ["Kind regards", "{{agent_name}}"],
    ["Regards", "Tom"],
    ["Thanks,", "Tom"],
    ["Cheers,", "Tom"],
  ])("starts at the closing %j", (closing, nameBlock) => {
    const body = `Hello Anna,\n\nthe parcel leaves today.\n\n${closing}\n${nameBlock}\n`;
    expect(zonesOf(body)).toEqual([
      { kind: "authored", depth: 0, text: "Hello Anna,\n\nthe parcel leaves today.\n\n" },
      { kind: "signature", depth: 0, text: `${closing}\n${nameBlock}\n` },
    ]);
  });

  it("starts at the closing above a delimiter", () => {
    const body = "Text.\n\nViele Grüße\nTom\n-- \nTom Braun\nACME GmbH\nMusterstraße 1\n12345 Berlin\nTel. 030 123\nFax 030 124\nwww.acme.example\n";
    expect(zonesOf(body)[1]).toMatchObject({ kind: "signature", text: body.slice(body.indexOf("Viele")) });
  });

  it("keeps a contact line that starts with a web or mail address in lower case in the name block", () => {
    const body = "Text.\n\nViele Grüße\nTom Braun\nshop-beispiel.de | Tel. 030 123\ninfo@shop-beispiel.de | Fax 030 124\n";
    expect(zonesOf(body)[1]).toMatchObject({ kind: "signature", text: body.slice(body.indexOf("Viele")) });
    // A lower-case sentence after the closing is still the mail.
    expect(kindsOf("Hi Anna,\n\nThanks,\nwe will call you back\n")).toEqual(["authored:0"]);
  });

  it("ends the signature at the quote below it", () => {
    const body = "Ok.\n\nViele Grüße\nTom\n\nAm 24.11.2026 um 10:12 schrieb Anna Berg:\n> Frage\n";
    expect(kindsOf(body)).toEqual(["authored:0", "signature:0", "quoted:1"]);
  });

  it.each([
    ["a closing followed by more prose", "Hi,\n\nThanks,\nthis is exactly what we need. Please send the invoice to our office in Berlin.\n\nTom\n"],
    ["a closing in the middle of a long text", "Viele Grüße\nan das ganze Team.\nEs gibt Neuigkeiten zum Projekt, die wir besprechen sollten.\nBitte melden Sie sich bis Freitag.\n"],
    ["a closing followed by too many lines", "Text.\n\nRegards\nA\nB\nC\nD\nE\nF\nG\n"],
    ["'Thanks' without a comma", "We got it.\nThanks\nTom\n"],
    ["'Thanks for ...' as a sentence", "We got it.\n\nThanks for the quick reply.\nTom\n"],
    ["a closing inside a code block", "Text.\n\n```\nViele Grüße\n```\n"],
    ["'Danke,' followed by a short sentence", "Hallo Anna,\n\nDanke,\nwir melden uns.\n"],
    ["'Thanks,' followed by a lower-case clause", "Hi Anna,\n\nThanks,\nwe will call you back\n"],
  ])("is not started by %s", (_name, body) => {
    const opaque = body.includes("```") ? [{ start: body.indexOf("```"), end: body.lastIndexOf("```") + 3 }] : undefined;
    expect(zonesOf(body, opaque).map((z) => z.kind)).toEqual(["authored"]);
  });

  it("is never found inside a quote", () => {
    const body = "Ok.\n\n> Viele Grüße\n> Anna\n";
    expect(kindsOf(body)).toEqual(["authored:0", "quoted:1"]);
  });
});

describe("invariants and speed", () => {
  const lineKinds = [
    "Hallo Anna,",
    "",
    "> quoted",
    ">> deeper",
    "> > deeper",
    ">",
    "On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com> wrote:",
    "Am 24.11.2026 um 10:12 schrieb Anna Berg:",
    "-----Original Message-----",
    "From: Anna <anna@example.com>",
    "Sent: 24.11.2026 10:12",
    "To: Tom",
    "Subject: Hi",
    "---------- Forwarded message ---------",
    "________________________________",
    "-- ",
    "Viele Grüße",
    "Thanks,",
    "Tom",
    "   > indented",
    "From: our side, all fine",
    "wrote:",
  ];

  it("covers every body with ordered zones and spans inside it", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lineKinds), { maxLength: 40 }), fc.boolean(), (lines, trailingNewline) => {
        const body = lines.join("\n") + (trailingNewline ? "\n" : "");
        const { zones, spans } = splitZones(body);
        expectCovering(body, zones);
        for (const z of zones) {
          expect(z.depth === 0).toBe(z.kind === "authored" || z.kind === "signature");
          if (z.quoteHeader) expect(body.slice(z.quoteHeader.start, z.quoteHeader.end).length).toBeGreaterThan(0);
        }
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(body.length);
          expect(s.end).toBeGreaterThan(s.start);
          expect(body.slice(s.start, s.end)).not.toContain("\n");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("takes time linear in the body's size (bodies may be 20 MB)", () => {
    const block = [
      "Hallo Anna, das ist eine ganz normale Zeile mit etwas Text darin.",
      "",
      "On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com> wrote:",
      "> Hi Tom, on Monday we met and Anna wrote: nothing.",
      ">> older",
      "-----Original Message-----",
      "From: Anna <anna@example.com>",
      "Sent: 24.11.2026 10:12",
      "Subject: Hi",
      "Viele Grüße",
      "",
    ].join("\n");
    const bodyOf = (bytes: number) => block.repeat(Math.ceil(bytes / block.length));
    // CPU time rather than wall time: other processes on a busy machine do not count.
    const timeOf = (body: string) => {
      const started = process.cpuUsage();
      splitZones(body);
      const used = process.cpuUsage(started);
      return used.user + used.system;
    };
    const small = bodyOf(1_000_000);
    const large = bodyOf(8_000_000);
    timeOf(small); // warm up the JIT
    const smallTime = Math.min(timeOf(small), timeOf(small), timeOf(small));
    const largeTime = timeOf(large);
    // 8 times the text: about 8 times the time when linear, 64 times when quadratic. The margin
    // absorbs garbage collection and a busy machine.
    expect(largeTime / smallTime).toBeLessThan(24);
  });

  it("stays fast on adversarial single lines", () => {
    const lines = [
      "-".repeat(2_000_000),
      "On " + "1 ".repeat(1_000_000) + "wrote:",
      ">".repeat(1_000_000),
      "From: " + "a;".repeat(1_000_000),
      "_".repeat(2_000_000) + "x",
      "-----Original Message-----\nFrom: " + "[mailto:a@".repeat(200_000) + "\nTo: " + "a,".repeat(1_000_000) + "\nSubject: " + '"'.repeat(1_000_000) + "x",
      "-----Original Message-----\nTo: a@" + "b.".repeat(1_000_000) + "(\nCc: " + ",".repeat(1_000_000) + "x",
    ];
    const started = process.cpuUsage();
    for (const line of lines) splitZones(line + "\n> quoted\n");
    const used = process.cpuUsage(started);
    // Each line is 2 MB or more: linear work takes milliseconds, quadratic work hours.
    expect((used.user + used.system) / 1000).toBeLessThan(5_000);
  });
});
