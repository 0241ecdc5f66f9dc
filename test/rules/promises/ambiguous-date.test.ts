import { RuleTester, lintText } from "../../../src/index.js";
import rule from "../../../rules/promises/ambiguous-date.js";

// Monday, 23 November 2026, 10:00 in Berlin: "today" for drafts without a Date header.
const now = new Date("2026-11-23T10:00:00+01:00");

function eml(date: string, body: string): string {
  return `Date: ${date}\nFrom: Support <support@shop.example>\nTo: kunde@example.org\nSubject: Ihre Bestellung\n\n${body}\n`;
}

new RuleTester().run(rule, {
  valid: [
    // concrete dates and times
    { code: "Wir telefonieren am Mittwoch, 25.11.2026 um 10 Uhr.", now },
    { code: "We'll talk on Wednesday, 25 November 2026.", now },
    { code: "Wir liefern am Freitag, 27.11.2026.", now },
    { code: "Wir rufen Sie morgen um 10 Uhr an.", now },
    // facts in the past
    { code: "We talked on Wednesday and shipped yesterday.", now },
    { code: "Wir hatten am Mittwoch telefoniert.", now },
    // requests to the reader: the date is theirs to pick
    { code: "Could you call me on Wednesday?", now },
    { code: "Bitte rufen Sie mich am Mittwoch an.", now },
    // a weekday in text that is neither a promise nor an appointment
    { code: "Unser Laden ist am Mittwoch geschlossen, wie jede Woche.", now },
    // chrono's German traps
    { code: "Guten Morgen, so wie besprochen: Das Paket ist da.", now },
    { code: "Die Aktion läuft mi, fr und so nicht.", now },
    // conditions: a date in a condition is no promise, even if past
    { code: "If it does not arrive by Friday, 27.11.2026, we will refund you.", now },
    { code: "Falls die Ware nicht bis Freitag, 20.11.2026 ankommt, erstatten wir den Betrag.", now },
    // quoted customer text is not the sender's promise
    { code: "Danke für Ihre Nachricht.\n\n> Wir telefonieren am Mittwoch, 27.11.2026.\n> Ich rufe am Montag an.\n", now },
    // a past date in a report, not a promise
    { code: "Wir haben die Ware am 20.11.2026 verschickt.", now },
    // no weekday and no commitment: a past date is no finding (and the sentence is not parsed)
    { code: "Die Rechnung vom 20.11.2026 liegt bei.", now },
    { code: "The invoice of 20 November 2026 is attached.", now },
    // relative dates carry the weekday of the day they compute: nothing to contradict
    { code: "Wir rufen Sie übermorgen an, in zwei Tagen haben wir die Ware.", now },
    { code: "We will call you tomorrow and ship in 3 days.", now },
    // an abbreviation that agrees with its date
    { code: "Wir liefern am Fr., 27.11.2026.", now },
    { code: "We deliver on Fri, 27 Nov 2026.", now },
  ],
  invalid: [
    {
      code: "Wir telefonieren am Mittwoch.",
      now,
      errors: [
        {
          message: /Welcher Mittwoch\?.*Mittwoch, 25\.11\.2026/,
          line: 1,
          column: 21,
          endColumn: 29,
          // Replaces the weekday only: "Wir telefonieren am Mittwoch, 25.11.2026."
          suggestions: [{ desc: "Schreiben Sie „Mittwoch, 25.11.2026“", text: "Mittwoch, 25.11.2026" }],
        },
      ],
    },
    {
      code: "We'll talk on Wednesday.",
      now,
      errors: [
        {
          message: /which Wednesday\?.*Wednesday, 25 November 2026/,
          line: 1,
          column: 15,
          endColumn: 24,
          suggestions: [{ desc: 'Write "Wednesday, 25 November 2026"', text: "Wednesday, 25 November 2026" }],
        },
      ],
    },
    {
      code: "Ich melde mich am Freitag bei Ihnen.",
      now,
      errors: [{ message: /Freitag, 27\.11\.2026/ }],
    },
    {
      name: "weekday contradicting its date (27.11.2026 is a Friday)",
      code: "Wir liefern am Mittwoch, 27.11.2026.",
      now,
      errors: [
        {
          message: /ist ein Freitag, kein Mittwoch/,
          column: 16,
          endColumn: 36,
          // Either the date is right (a Friday) or the weekday is (the Wednesday nearest the date).
          suggestions: [
            { desc: "Schreiben Sie „Freitag, 27.11.2026“", text: "Freitag, 27.11.2026" },
            { desc: "Schreiben Sie „Mittwoch, 25.11.2026“", text: "Mittwoch, 25.11.2026" },
          ],
        },
      ],
    },
    {
      name: "contradiction in English",
      code: "Our technician will visit you on Wednesday, 27 November 2026.",
      now,
      errors: [
        {
          message: /27 November 2026 is a Friday, not a Wednesday/,
          suggestions: [
            { desc: 'Write "Friday, 27 November 2026"', text: "Friday, 27 November 2026" },
            { desc: 'Write "Wednesday, 25 November 2026"', text: "Wednesday, 25 November 2026" },
          ],
        },
      ],
    },
    {
      name: "contradiction written with a German abbreviation (27.11.2026 is a Friday)",
      code: "Wir liefern am Mi., 27.11.2026.",
      now,
      errors: [{ message: /ist ein Freitag, kein Mittwoch/ }],
    },
    {
      name: "contradiction written with an English abbreviation",
      code: "We deliver on Wed, 27 Nov 2026.",
      now,
      errors: [{ message: /is a Friday, not a Wednesday/ }],
    },
    {
      name: "a promised date already past, in English, without a weekday",
      code: eml("Mon, 23 Nov 2026 09:00:00 +0100", "We will send the refund by 20 November 2026."),
      filename: "reply.eml",
      errors: [{ message: /is before the mail's date/ }],
    },
    {
      name: "a promised date already past at the Date header",
      code: eml("Mon, 23 Nov 2026 09:00:00 +0100", "Sie erhalten die Gutschrift bis 20.11.2026."),
      filename: "reply.eml",
      // No suggestion: only the sender knows the day they can still keep.
      errors: [{ message: /liegt vor dem Datum der Mail/, line: 6, column: 33, suggestions: [] }],
    },
    {
      name: "year boundary: Date header 2026-12-30, 'am Montag' is 04.01.2027",
      code: eml("Wed, 30 Dec 2026 10:00:00 +0100", "Wir rufen Sie am Montag an."),
      filename: "reply.eml",
      errors: [{ message: /Montag, 04\.01\.2027/, line: 6, column: 18, suggestions: [{ desc: "Schreiben Sie „Montag, 04.01.2027“", text: "Montag, 04.01.2027" }] }],
    },
    {
      name: "year boundary: a date without a year just before the header is past",
      code: eml("Wed, 30 Dec 2026 10:00:00 +0100", "Wir liefern bis 28.12."),
      filename: "reply.eml",
      errors: [{ message: /liegt vor dem Datum der Mail/ }],
    },
    {
      name: "Date header in another time zone: its local day (Wednesday 30th) decides, not UTC (Thursday 31st)",
      code: eml("Wed, 30 Dec 2026 23:30:00 -0500", "We'll call you on Thursday."),
      filename: "reply.eml",
      errors: [{ message: /Thursday, 31 December 2026/, suggestions: [{ desc: 'Write "Thursday, 31 December 2026"', text: "Thursday, 31 December 2026" }] }],
    },
  ],
});

describe("ambiguous-date severities", () => {
  it("warns for a lone weekday and errors for a contradiction", async () => {
    const result = await lintText("Wir telefonieren am Mittwoch.\n\nWir liefern am Mittwoch, 27.11.2026.", {
      filePath: "reply.txt",
      config: { rules: { "unconfirmed-promise": "off" } },
    });
    const mine = result.messages.filter((m) => m.ruleId === "ambiguous-date");
    expect(mine.map((m) => m.severity)).toEqual([1, 2]);
  });

  it("stays silent on a draft without dates", async () => {
    const result = await lintText("Vielen Dank für Ihre Nachricht. Das klingt gut.", { filePath: "reply.txt" });
    expect(result.messages.filter((m) => m.ruleId === "ambiguous-date")).toEqual([]);
  });
});
