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

/** An invalid case: mock praise on `words`, with the sarcasm message. */
function sarcastic(code: string, settings: { language: "de" | "en" }, words: string) {
  const message = settings.language === "de" ? /ist hier Spott, kein Lob.*Sagen Sie sachlich/ : /is sarcasm here, not praise.*Say plainly/;
  return { code, settings, errors: [{ ...at(code, words), message }] };
}

describe("no-condescension meta", () => {
  it("warns by default", () => {
    expect(rule.meta.defaultSeverity).toBe("warn");
  });
});

new RuleTester().run(rule, {
  valid: [
    // Praise for a state come back ("wieder" after "ist", "läuft"): no sarcasm.
    { code: "Prima, Ihr Konto ist wieder freigeschaltet.", settings: de },
    { code: "Super, Ihr Konto ist jetzt wieder entsperrt.", settings: de },
    { code: "Toll, die Heizung läuft wieder.", settings: de },
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
    // Tone v2: genuine praise, salutations and plain reminders stay silent.
    { name: "genuine praise with 'Bravo'", code: "Bravo, die Messe war dank Ihrer Standplanung ein voller Erfolg!", settings: de },
    { name: "genuine praise with 'Great job'", code: "Great job on the kitchen refit, the customers love it.", settings: en },
    { name: "genuine 'Super' with a negation", code: "Super, dann sehen wir uns nicht am Dienstag, sondern am Mittwoch.", settings: de },
    { name: "genuine congratulations", code: "Herzlichen Glückwunsch zur bestandenen Meisterprüfung, Herr Kovač!", settings: de },
    { name: "good news closing a sentence", code: "The parcel arrived on time, great job.", settings: en },
    { name: "the writers' own mishap with a sigh", code: "I typed the wrong date again, great.", settings: en },
    { name: "'Dear' in a salutation line", code: "Dear Anna,\n\nthe invoice is attached.\n", settings: en },
    { name: "'Meine Liebe' opening a mail", code: "Meine Liebe,\n\nanbei die Fotos vom Wochenende.\n", settings: de },
    { name: "'honey' as a product", code: "We sell honey from local farms, the jars ship on Monday.", settings: en },
    { name: "a child in a safety note", code: "A child could be hurt by the loose cable, so please keep it away.", settings: en },
    { name: "'jedes Kind' as a customer group", code: "Jedes Kind bekommt beim Besuch ein Eis.", settings: de },
    { name: "mock praise in the customer's quoted words", code: "Sie schrieben „Na super, schon wieder zu spät“, dafür entschuldigen wir uns.", settings: de },
    { name: "thank you again", code: "Thank you again for your help, and for your patience.", settings: en },
    { name: "'so-called' without the reader", code: "Die sogenannte Mietpreisbremse gilt ab Mai.", settings: de },
    { name: "'auch' that means 'too'", code: "Schön, dass Sie auch kommen.", settings: de },
    { name: "praise without the ironic 'ja'", code: "Sie haben das toll gemacht, danke.", settings: de },
    { name: "'ja toll' as glad surprise", code: "Das ist ja toll, wir freuen uns.", settings: de },
    { name: "genuine inflected praise", code: "Tolle Arbeit, die Terrasse ist fertig.", settings: de },
    { name: "you have no idea how grateful", code: "You have no idea how grateful we are for your patience.", settings: en },
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
    // Tone v2: rhetorical condescension.
    condescending("Können Sie nicht lesen, oder wollen Sie nicht?", de, "Können Sie nicht lesen", "oder wollen Sie nicht"),
    condescending("Zum x-ten Mal: die Rechnung liegt bei.", de, "Zum x-ten Mal"),
    condescending("You obviously have no clue about any of this.", en, "You obviously have no clue"),
    condescending("Even a beginner knows that.", en, "Even a beginner knows"),
    condescending("As I have already told you twice, the parcel left on Monday.", en, "As I have already told"),
    condescending("Honey, that's not how warranties work.", en, "Honey"),
    condescending("Bless you for trying, dear, but that's not how a lease works.", en, "Bless you for trying", "dear"),
    condescending("Das weiß doch jeder Anfänger.", de, "Das weiß doch jeder Anfänger"),
    condescending("Wer ein bisschen mitdenkt, schickt keine Originale per Post.", de, "Wer ein bisschen mitdenkt"),
    condescending("Sie scheinen keinen blassen Schimmer zu haben.", de, "Sie scheinen keinen blassen Schimmer"),
    condescending("Schätzchen, so läuft das nicht.", de, "Schätzchen"),
    condescending("Not sure what's so hard to grasp here.", en, "Not sure what's so hard to grasp"),
    // Tone v2: sarcasm, mock praise followed by the reader's failure.
    sarcastic("Na super, jetzt ist die Bestellung zum zweiten Mal storniert.", de, "Na super"),
    // A failed state after "ist wieder" is still a failure.
    sarcastic("Na super, das Gerät ist wieder kaputt.", de, "Na super"),
    sarcastic("Great job, Einstein, you reset the wrong password again.", en, "Great job"),
    sarcastic("Bravo, die Steuererklärung ist schon wieder zu spät.", de, "Bravo"),
    sarcastic("Congratulations, you've now sent the wrong colour three times in a row.", en, "Congratulations"),
    sarcastic("Die Lieferung kam wieder zu spät, toll.", de, "toll"),
    sarcastic("Na toll.\nJetzt ist die Waschmaschine wieder kaputt.", de, "Na toll"),
    sarcastic("Schön, dass Sie auch mal antworten.", de, "Schön"),
    sarcastic("Das haben Sie ja wieder großartig hinbekommen.", de, "ja wieder großartig"),
    sarcastic("Toller Service, schon wieder keine Antwort.", de, "Toller Service"),
    condescending("Lesen Sie gefälligst meine Mail.", de, "gefälligst"),
    condescending("Das nennen Sie Service?", de, "Das nennen Sie"),
    condescending("You call this a repair?", en, "You call this"),
    condescending("Thanks for ignoring my last three emails.", en, "Thanks for ignoring"),
    {
      name: "the message carries the list's advice",
      code: "Per my previous email, the invoice is attached.",
      settings: en,
      errors: [{ ...at("Per my previous email, the invoice is attached.", "Per my previous email"), message: /To recap/ }],
    },
  ],
});
