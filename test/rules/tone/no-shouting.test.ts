import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/tone/no-shouting.js";
import { at, emlReply } from "./tone-test-helpers.js";

const de = { language: "de" } as const;
const en = { language: "en" } as const;

/** An invalid case: `code` with a shouting warning on each of `words`. */
function shouting(code: string, settings: { language: "de" | "en" }, ...words: string[]) {
  const message = settings.language === "de" ? /Schreien/ : /shouting/;
  return { code, settings, errors: words.map((w) => ({ ...at(code, w), message })) };
}

/** An invalid case: `words` shouting twice in `code`. */
function twice(code: string, settings: { language: "de" | "en" }, words: string) {
  return { code, settings, errors: [at(code, words, 1), at(code, words, 2)] };
}

describe("no-shouting meta", () => {
  it("warns by default", () => {
    expect(rule.meta.defaultSeverity).toBe("warn");
  });
});

new RuleTester().run(rule, {
  valid: [
    { name: "currency, carriers, file types and bank codes", code: "Bitte überweisen Sie 20 EUR an IBAN DE12 3456 7890, BIC ABCDDEFF, und wir senden die PDF per DHL oder UPS.", settings: de },
    { name: "company forms and product codes", code: "Die Muster GmbH liefert USB-C Kabel und HDMI Adapter.", settings: de },
    { name: "order numbers", code: "Ihre Bestellung AB-12345-XY und die Rechnung RE-2026-0042 sind unterwegs.", settings: de },
    { name: "a list of acronyms", code: "Please send the NDA and the SLA via FTP, HTTP or SFTP.", settings: en },
    { name: "codes joined without blanks", code: "Supported are FTPS/HTTPS/TELNET and LDAPS,SMTPS,IMAPS.", settings: en },
    { name: "capitals split by a line break are two runs", code: "Bitte beachten Sie UNSERE\nNEUEN ÖFFNUNGSZEITEN ab Montag.", settings: de },
    { name: "two short unknown capitals", code: "Please rate NJ TRANSIT on your last trip.", settings: en },
    { name: "one word in capitals", code: "Das ist NICHT im Preis enthalten.", settings: de },
    { name: "a heading line", code: "WICHTIGE HINWEISE ZUR LIEFERUNG\n\nBitte beachten Sie die Lieferzeiten.\n", settings: de },
    { name: "a label before a colon", code: "WICHTIGER HINWEIS: Die Lieferung verzögert sich um zwei Tage.", settings: de },
    { name: "a single exclamation mark", code: "Vielen Dank für Ihre Bestellung!", settings: de },
    { name: "friendly double exclamation by default", code: "Happy birthday!! Enjoy the day.", settings: en },
    { name: "a question", code: "Wirklich? Dann prüfen wir das.", settings: de },
    { name: "code block", filename: "reply.md", code: "Die Abfrage:\n\n```\nSELECT NAME FROM CUSTOMERS WHERE ID = 1\n```\n" },
    { name: "shouting in the quoted customer mail", filename: "reply.eml", code: emlReply("Sehr geehrter Kunde,\n\nwir prüfen das.", "ICH WILL MEIN GELD ZURÜCK?!") },
    { name: "allowWords for a name in capitals", code: "Wir treffen uns bei ACME WIDGETS LIMITED in Köln.", settings: de, options: { allowWords: ["ACME", "WIDGETS", "LIMITED"] } },
    { name: "punctuation off", code: "Wie bitte?!", settings: de, options: { punctuation: "off" } },
    // Display lines: banners, names before their titles, headings whose line break was lost.
    { name: "a banner line ending in '!'", code: "Hello Ms Chen,\n\nLAST DAY TO ORDER + FREE RETURNS!\n\nBest, Tom", settings: en },
    { name: "a German banner line", code: "Hallo Frau Schulz,\n\nLETZTER TAG DES SOMMERVERKAUFS!\n\nViele Grüße", settings: de },
    { name: "a name in capitals before its title", code: "MARIA SCHNEIDER Head of Customer Care will call you tomorrow.", settings: en },
    { name: "a heading before a date, line break lost", code: "SPRING PRODUCT SHOWCASE - Tuesday, June 12, 2026 Registration opens at 8 a.m.", settings: en },
    { name: "two words in capitals that name something", code: "We pay our suppliers through DEUTSCHE BANK in Frankfurt.", settings: en },
    { name: "a German name in two capitalised words", code: "Die Ware kommt mit der DEUTSCHEN BAHN.", settings: de },
    // Tone v2: a lone "!!!" after good news is cheer; capitals in quotes are reported words.
    { name: "a lone '!!!' after good news", code: "Congratulations!!! We won the bid, thank you all.", settings: en },
    { name: "a lone German '!!!' of joy", code: "Wir haben den Zuschlag bekommen!!! Danke für Ihre Unterstützung.", settings: de },
    { name: "two question marks stay a question", code: "Really?? Then we will check it today.", settings: en },
    { name: "one word in capitals for emphasis", code: "Please use ONLY the original charger.", settings: en },
    { name: "an acronym before '!!!' is no capitals", code: "Die PDF ist da!!! Danke.", settings: de },
    { name: "the customer's capitals in quotation marks", code: "Ihre Nachricht „ICH WILL MEIN GELD“ haben wir erhalten, die Erstattung ist veranlasst.", settings: de },
    { name: "the customer's capitals quoted in English", code: "Your message \"I WANT MY MONEY BACK\" reached us; the refund is on its way.", settings: en },
    { name: "'???' in a code block", filename: "reply.md", code: "Die Ausgabe:\n\n```\nWARN ??? unknown field\n```\n" },
  ],
  invalid: [
    // Tone v2: runs of three "!" or "?".
    shouting("Wo ist mein Paket??? Die Sendungsverfolgung zeigt nichts an.", de, "???"),
    shouting("HELLO??? Anyone reading?", en, "???"),
    twice("This is NOT our fault!!! Stop writing!!!", en, "!!!"),
    twice("Please stop ringing my mobile!!! I am at work!!!", en, "!!!"),
    shouting("Gutschrift. Jetzt. Sofort!!!", de, "!!!"),
    shouting("Das ist NICHT unser Fehler!!!", de, "!!!"),
    shouting("Ich habe den Termin doch ABGESAGT!!!", de, "!!!"),
    shouting("BITTE LESEN SIE DAS JETZT.", de, "BITTE LESEN SIE DAS JETZT"),
    shouting("Ich habe das SCHON DREIMAL erklärt.", de, "SCHON DREIMAL"),
    shouting("PLEASE READ THE MANUAL.", en, "PLEASE READ THE MANUAL"),
    shouting("Please READ\tTHE  MANUAL now.", en, "READ\tTHE  MANUAL"),
    shouting("This is NOT ACCEPTABLE AT ALL, sorry.", en, "NOT ACCEPTABLE AT ALL"),
    shouting("Wie bitte?! Das kann nicht sein.", de, "?!"),
    shouting("Are you serious?!?", en, "?!?"),
    shouting("Bitte zahlen Sie 20 EUR SOFORT UND OHNE AUSREDEN.", de, "SOFORT UND OHNE AUSREDEN"),
    shouting("You MUST SIGN UP RIGHT NOW: the offer ends today.", en, "MUST SIGN UP RIGHT NOW"),
    shouting("There are only TWO DAYS LEFT to order.", en, "TWO DAYS LEFT"),
    shouting("Bitte lesen Sie die Mail ENDLICH EINMAL durch.", de, "ENDLICH EINMAL"),
    // German capitalises nouns: a capitalised word after the capitals says nothing there.
    shouting("Das war eine UNGLAUBLICH DREISTE FORDERUNG Herr Maier.", de, "UNGLAUBLICH DREISTE FORDERUNG"),
    // Capitals that speak to the reader shout even before a capitalised word.
    shouting("Then PLEASE ANSWER THIS Monday morning.", en, "PLEASE ANSWER THIS"),
    {
      name: "a line of its own ending in '!' that speaks to the reader",
      code: "Hello,\n\nPLEASE CALL US BACK TODAY!\n\nThanks",
      settings: en,
      errors: [at("Hello,\n\nPLEASE CALL US BACK TODAY!\n\nThanks", "PLEASE CALL US BACK TODAY")],
    },
    {
      name: "a German line of its own ending in '!' that accuses the reader",
      code: "Guten Tag,\n\nSIE HABEN DIE RECHNUNG NICHT BEZAHLT!\n\nGruß",
      settings: de,
      errors: [at("Guten Tag,\n\nSIE HABEN DIE RECHNUNG NICHT BEZAHLT!\n\nGruß", "SIE HABEN DIE RECHNUNG NICHT BEZAHLT")],
    },
    {
      name: "'!!' chains with punctuation: all",
      code: "Das geht so nicht!! Bitte melden Sie sich.",
      settings: de,
      options: { punctuation: "all" },
      errors: [at("Das geht so nicht!! Bitte melden Sie sich.", "!!")],
    },
    {
      name: "a heading with a closing mark is a shouted sentence",
      code: "Sehr geehrter Herr Maier,\n\nDAS IST NICHT UNSER PROBLEM!\n",
      settings: de,
      errors: [at("Sehr geehrter Herr Maier,\n\nDAS IST NICHT UNSER PROBLEM!\n", "DAS IST NICHT UNSER PROBLEM")],
    },
  ],
});
