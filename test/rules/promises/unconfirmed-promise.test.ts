import { RuleTester } from "../../../src/index.js";
import rule, { promiseFinding } from "../../../rules/promises/unconfirmed-promise.js";
import { promiseLexicon } from "../../../rules/promises/lexicon.js";
import { readSentence, readSkeleton } from "../../../rules/promises/clauses.js";
import { tokenize } from "../../../src/text/tokens.js";
import type { Language, SentenceView } from "../../../src/types.js";
import { findDates } from "../../../src/text/dates.js";

// Monday, 23 November 2026: suggestions count from here ("bis Freitag, 27.11.2026"), the Friday
// of this week for a vague phrase without a day of its own.
const now = new Date("2026-11-23T10:00:00+01:00");

new RuleTester().run(rule, {
  valid: [
    // concrete dates and times
    { code: "Sie erhalten die Bestätigung bis Freitag, 27.11.2026.", now },
    { code: "Wir rufen Sie morgen um 10 Uhr an.", now },
    { code: "You will receive the confirmation by Friday, 27 November 2026.", now },
    { code: "I'll call you tomorrow at 3 pm.", now },
    { code: "We ship on Friday, 27 November 2026, and I will email you the tracking number the same day.", now },
    { code: "Die Ware trifft am 27.11.2026 bei uns ein. Wir schicken Ihnen dann die Sendungsnummer.", now },
    // facts in the past
    { code: "We shipped yesterday.", now },
    { code: "Wir haben Ihnen die Ware gestern geschickt.", now },
    // requests to the reader and questions
    { code: "Could you call me on Wednesday?", now },
    { code: "Bitte rufen Sie mich an, wenn Sie Fragen haben.", now },
    { code: "Will you be in the office tomorrow?", now },
    { code: "Call me tonight and I'll give you the details.", now },
    // conditions
    { code: "If it does not arrive by Friday, 27.11.2026, we will refund you.", now },
    { code: "If you have any questions, we will be happy to help.", now },
    { code: "Falls die Ware beschädigt ist, erstatten wir den Kaufpreis.", now },
    // feelings, needs and states are no promises; neither are negations and passives
    { code: "We will be happy to help.", now },
    { code: "I'll need your order number.", now },
    { code: "We will not charge you for the repair.", now },
    { code: "Wir werden oft gefragt, ob das geht.", now },
    { code: "Wir werden sehen.", now },
    // greetings and chrono's traps
    { code: "Guten Morgen, so wie besprochen: Das Paket ist da.", now },
    // quoted customer text
    { code: "Danke für Ihre Nachricht.\n\n> Sie erhalten in Kürze eine Bestätigung, sagt Ihr Lieferant.\n> We will send it soon.\n", now },
    // a vague phrase that is no promise of ours
    { code: "Die Nachfrage ist derzeit hoch.", now },
  ],
  invalid: [
    {
      code: "Sie erhalten in Kürze eine Bestätigung.",
      now,
      errors: [
        {
          message: /„in Kürze“ ist kein Termin.*bis Freitag, 27\.11\.2026/,
          line: 1,
          column: 14,
          endColumn: 22,
          // Replaces "in Kürze": "Sie erhalten bis Freitag, 27.11.2026 eine Bestätigung."
          suggestions: [{ desc: "Schreiben Sie „bis Freitag, 27.11.2026“", text: "bis Freitag, 27.11.2026" }],
        },
      ],
    },
    {
      code: "Die Lieferung verzögert sich um ca. zwei Wochen, laut Lieferant.",
      now,
      errors: [
        {
          message: /„laut Lieferant“: Diese Zusage hängt am Wort eines Dritten/,
          column: 50,
          endColumn: 64,
          // No text: the hedge is no date to replace, the sentence needs rewriting.
          suggestions: [{ desc: "Nennen Sie einen Termin, z. B. „bis Freitag, 27.11.2026“" }],
        },
      ],
    },
    {
      code: "Delivery is delayed about two weeks, says our supplier.",
      now,
      errors: [{ message: /"says our supplier": this promise rests on someone else's word/, column: 38, endColumn: 55 }],
    },
    {
      code: "According to the carrier, you will receive the parcel next week.",
      now,
      // The example is the Friday of the week "next week" names.
      errors: [{ message: /"According to the carrier"/, suggestions: [{ desc: 'Name a date, e.g. "by Friday, 4 December 2026"' }] }],
    },
    {
      code: "You'll get a confirmation soon.",
      now,
      errors: [
        {
          message: /"soon" is not a date.*by Friday, 27 November 2026/,
          column: 27,
          endColumn: 31,
          suggestions: [{ desc: 'Write "by Friday, 27 November 2026"', text: "by Friday, 27 November 2026" }],
        },
      ],
    },
    { code: "We will ship your order in the coming days.", now, errors: [{ message: /"in the coming days"/ }] },
    { code: "We are going to refund you asap.", now, errors: [{ message: /"asap"/ }] },
    {
      code: "Ich gebe Ihnen nächste Woche Bescheid.",
      now,
      errors: [
        {
          message: /„nächste Woche“/,
          column: 16,
          endColumn: 29,
          suggestions: [{ desc: "Schreiben Sie „bis Freitag, 04.12.2026“", text: "bis Freitag, 04.12.2026" }],
        },
      ],
    },
    { code: "Wir erstatten den Betrag zeitnah.", now, errors: [{ message: /„zeitnah“/ }] },
    { code: "Wir liefern Ihnen die Ware in ca. zwei Wochen.", now, errors: [{ message: /„in ca\. zwei Wochen“/ }] },
    { code: "Wir melden uns demnächst.", now, errors: [{ message: /„demnächst“/ }] },
    { code: "Wir melden uns in den nächsten Tagen bei Ihnen.", now, errors: [{ message: /„in den nächsten Tagen“/ }] },
    {
      name: "undated German commitment with a separable verb",
      code: "Wir rufen Sie wegen der Reklamation an.",
      now,
      errors: [{ message: /„Wir rufen Sie wegen der Reklamation an“ ohne Termin/, column: 1, endColumn: 39 }],
    },
    { code: "Ich melde mich bei Ihnen.", now, errors: [{ message: /„Ich melde mich“ ohne Termin/ }] },
    {
      code: "We will send you the invoice.",
      now,
      errors: [
        { message: /"We will send" has no date/, column: 1, endColumn: 13, suggestions: [{ desc: 'Name a date, e.g. "by Friday, 27 November 2026"' }] },
      ],
    },
    { code: "I'll get back to you.", now, errors: [{ message: /"I'll get back" has no date/ }] },
    {
      name: "the message follows the paragraph's language",
      code: "Hallo Frau Schmidt, vielen Dank für Ihre Geduld.\n\nSie erhalten in Kürze eine Bestätigung.\n\nBest regards, and we'll send the invoice soon.",
      now,
      errors: [
        { message: /^„in Kürze“/, line: 3, suggestions: [{ desc: "Schreiben Sie „bis Freitag, 27.11.2026“", text: "bis Freitag, 27.11.2026" }] },
        { message: /^"soon"/, line: 5, suggestions: [{ desc: 'Write "by Friday, 27 November 2026"', text: "by Friday, 27 November 2026" }] },
      ],
    },
  ],
});

describe("unconfirmed-promise options", () => {
  new RuleTester().run(rule, {
    valid: [{ name: "undated: false keeps undated commitments silent", code: "We will send you the invoice.", options: { undated: false }, now }],
    invalid: [{ name: "undated: false still reports vague ones", code: "We will send you the invoice soon.", options: { undated: false }, now, errors: 1 }],
  });
});

describe("promiseFinding", () => {
  const reference = { year: 2026, month: 11, day: 23 };
  async function finding(text: string, language: Language) {
    const view = { start: 0, end: text.length, text, language, tokens: tokenize(text), withinNlpBudget: true } as SentenceView;
    const dates = await findDates(text, language, reference);
    const lexicon = promiseLexicon();
    return promiseFinding(readSentence(view, readSkeleton(view, lexicon, dates), dates, lexicon, () => null), reference);
  }

  it("prefers the third party over the vague phrase in the same sentence", async () => {
    expect(await finding("Laut Lieferant liefern wir nächste Woche.", "de")).toMatchObject({ kind: "third-party", words: "Laut Lieferant" });
  });

  it("suggests the Friday of the week a vague phrase points to", async () => {
    expect(await finding("Wir liefern nächste Woche.", "de")).toMatchObject({ kind: "vague", deadline: { year: 2026, month: 12, day: 4 } });
  });
});
