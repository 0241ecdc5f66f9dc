// internal-content, fifth round of issue 17: precision on the near-miss shapes of the issue's
// "Precision matters most here" paragraph, and recall on general forms the readers lacked.
// Written as variations of each kind (German and English, different names, word orders and
// placements), with near-misses that must stay silent; not taken from the evaluation drafts.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";

const FROM = "From: Tom Baker <tom.baker@laden.example>\n";
const KAREN = "Karen Holt <karen.holt@clientco.example>";

function mail(language: "en" | "de", line: string, { to = KAREN, cc = "" } = {}): string {
  const body =
    language === "en"
      ? `Hi Karen,\n\nthanks for getting back to us about order 4471.\n${line}\nLet us know if anything else comes up.\n\nBest regards,\nTom Baker\nCustomer Service, Laden Ltd\n`
      : `Hallo Frau Holt,\n\ndanke für Ihre Nachricht zur Bestellung 4471.\n${line}\nMelden Sie sich gern, wenn noch etwas offen ist.\n\nViele Grüße\nTom Baker\nKundenservice, Laden GmbH\n`;
  const subject = language === "en" ? "Re: your order 4471" : "AW: Ihre Bestellung 4471";
  return `${FROM}To: ${to}\n${cc ? `Cc: ${cc}\n` : ""}Subject: ${subject}\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\n${body}`;
}

// A pronoun may stand for anyone the reader knows from elsewhere, or (German) for a thing: a habit
// alone, or how often someone calls, is no remark about the reader.
const PRONOUN_NEAR_MISSES: [("en" | "de"), string][] = [
  ["en", "He always takes the side entrance on that route; we've asked him to ring the front bell."],
  ["en", "She always gets this wrong at month end, sorry about that - it's fixed now."],
  ["en", "He never delivers before 9 on Saturdays, so the 8:00 slot wasn't possible."],
  ["en", "Thanks for bringing Bella in. She always gets nervous at the clinic, so the sedative was right."],
  ["en", "Your site manager phoned again. He calls every day about the window, so I've sent him the plan."],
  ["en", "Thanks for the photo of the painting. She always paints on linen, so the frame needs a deeper rebate."],
  ["de", "Er hat schon wieder angerufen, der Spediteur, und wollte die Hausnummer wissen."],
  ["de", "Der Kessel ist repariert. Er lief immer wieder heiß, weil das Ventil klemmte."],
  ["de", "Ihr Drucker ist angekommen. Er zeigt immer wieder den Fehler 52, wir tauschen die Fixiereinheit."],
  ["de", "Ihr Mieter hat sich gemeldet. Er ruft jeden Tag an, weil die Heizung noch nicht läuft."],
  ["de", "Danke für die Info zum Hausmeister. Er ist immer erst ab 10 Uhr im Haus, deshalb liefern wir nachmittags."],
  ["de", "Der Sturm hat das Dach beschädigt. Er war immer stürmischer als angekündigt."],
];

// With a complaint, a judgment or a motive the pronoun still speaks of the reader.
const PRONOUN_LEAKS: [("en" | "de"), string, RegExp][] = [
  ["en", "She complains about every single delivery, so let's not offer anything extra.", /third person/],
  ["en", "Honestly, she only wants a discount, don't give in.", /third person/],
  ["en", "He's a nightmare on the phone, keep the reply short.", /third person/],
  ["de", "Er beschwert sich jedes Mal, also bitte keine weitere Kulanz.", /dritten Person/],
  ["de", "Er meckert ständig, also bitte kurz halten.", /dritten Person/],
  ["de", "Der will doch nur einen Rabatt rausholen.", /dritten Person/],
];

const tester = new RuleTester();

tester.run(rule, {
  valid: [...PRONOUN_NEAR_MISSES.map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line) }))],
  invalid: [
    ...PRONOUN_LEAKS.map(([language, line, message]) => ({
      name: `${language}: ${line}`,
      filename: "d.eml",
      code: mail(language, line),
      errors: [{ line: 9, message }],
    })),
  ],
});
