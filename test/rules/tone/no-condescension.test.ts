import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/tone/no-condescension.js";
import { at } from "./tone-test-helpers.js";

const de = { language: "de" } as const;
const en = { language: "en" } as const;

/** An invalid case: `code` with a condescension warning on each of `words`. */
function condescending(code: string, settings: { language: "de" | "en" }, ...words: string[]) {
  const message = settings.language === "de" ? /klingt herablassend: Der Leser fühlt sich belehrt/ : /sounds condescending: the reader feels lectured/;
  return { code, settings, errors: words.map((w) => ({ ...at(code, w), message })) };
}

describe("no-condescension meta", () => {
  it("warns by default", () => {
    expect(rule.meta.defaultSeverity).toBe("warn");
  });
});

new RuleTester().run(rule, {
  valid: [
    { name: "as mentioned, once", code: "Wie bereits erwähnt, liefern wir am Montag.", settings: de },
    { name: "as mentioned, English", code: "As mentioned, the invoice is attached.", settings: en },
    { name: "as I said, once", code: "As I said on the phone, we will call you back.", settings: en },
    { name: "per our agreement", code: "Per our agreement, the payment is due in 30 days.", settings: en },
    { name: "pointing to the manual kindly", code: "Sie können die Anleitung hier nachlesen: Seite 4.", settings: de },
    { name: "the competition mentioned fairly", code: "Die Konkurrenz ist günstiger, das wissen wir; dafür bieten wir fünf Jahre Garantie.", settings: de },
    { name: "'angeblich' alone", code: "Angeblich ist das Paket zugestellt, wir prüfen das.", settings: de },
    { name: "'clearly' about ourselves", code: "Clearly, the delay is our fault, and we are sorry.", settings: en },
    { name: "if you have read", code: "If you have read the manual, you can skip step two.", settings: en },
    { name: "your problem, solved", code: "Ihr Problem wurde gelöst, die Ware ist unterwegs.", settings: de },
    { name: "a quoted phrase", code: "Bitte schreiben Sie nie „wie bereits mehrfach erwähnt“ an Kunden.", settings: de },
    { name: "allowWords", code: "Per my last email, the invoice is attached.", settings: en, options: { allowWords: ["per my last email"] } },
  ],
  invalid: [
    condescending("As I already explained twice, the invoice is attached.", en, "As I already explained twice"),
    condescending("Per my last email, the invoice is attached.", en, "Per my last email"),
    condescending("You obviously didn't read the manual.", en, "You obviously didn't read"),
    condescending("Wie bereits mehrfach erwähnt, liefern wir am Montag.", de, "Wie bereits mehrfach erwähnt"),
    condescending("Sie hätten ja lesen können, dass die Frist abgelaufen ist.", de, "Sie hätten ja lesen können"),
    condescending("Dann gehen Sie doch zur Konkurrenz, wenn Ihnen das nicht passt.", de, "Dann gehen Sie doch zur Konkurrenz"),
    condescending("Die ist ja angeblich so viel kompetenter als wir.", de, "ist ja angeblich so viel kompetenter"),
    condescending("Zum wiederholten Mal: Die Rechnung liegt bei.", de, "Zum wiederholten Mal"),
    condescending("It's not rocket science, just click the button.", en, "It's not rocket science"),
    {
      name: "the message carries the list's advice",
      code: "Per my previous email, the invoice is attached.",
      settings: en,
      errors: [{ ...at("Per my previous email, the invoice is attached.", "Per my previous email"), message: /To recap/ }],
    },
  ],
});
