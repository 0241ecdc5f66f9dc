// internal-content, third round of issue 17: the kinds read by word class rather than wording
// (note labels, judgments of a person, questions for a colleague, buying-in prices, links
// written without a scheme or to a back office). Written as variations of the kinds, with
// near-misses that must stay silent; not taken from the evaluation drafts.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import recipientsRule from "../../../rules/leaks/internal-recipients.js";
import { judgmentPhrases } from "../../../rules/leaks/leaks-signals.js";
import { de, eml, en } from "./support-drafts.js";

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    { name: "de: 'intern' as an adverb, twice", filename: "d.eml", code: de("Intern prüfen wir gerade, ob ein Serienfehler vorliegt, und haben es intern weitergegeben.") },
    { name: "de: after internal agreement", filename: "d.eml", code: de("Nach interner Abstimmung: Wir übernehmen die Kosten.") },
    { name: "de: difficult to reach: a fact", filename: "d.eml", code: de("Unser Techniker kommt am Montag. Er ist schwierig zu erreichen, rufen Sie das Büro an.") },
    { name: "de: buying missing parts: no amount", filename: "d.eml", code: de("Wir kaufen die fehlenden Teile nach, die Lieferung dauert etwa 5 Tage.") },
    { name: "de: a question to the reader", filename: "d.eml", code: de("Kann jemand bei Ihnen das Paket am Montag annehmen?") },
    { name: "de: the reader's neighbour", filename: "d.eml", code: de("Ihr Nachbar hat das Paket angenommen. Er ist ab 18 Uhr zu Hause.") },
    { name: "de: a purchase price increase without a figure", filename: "d.eml", code: de("Wegen gestiegener Einkaufspreise passen wir die Preise zum Januar an.") },
    { name: "de: (Hinweis: ...) in round brackets", filename: "d.eml", code: de("(Hinweis: Die Rechnung liegt dem Paket bei.)") },
    { name: "en: a note for the reader in round brackets", filename: "e.eml", code: en("(Note: prices include VAT.)") },
    { name: "en: buy back", filename: "e.eml", code: en("We buy back your old device for 50 EUR, and the new one costs 399 EUR.") },
    { name: "en: refund of the purchase price", filename: "e.eml", code: en("We will refund the purchase price of 89.99 EUR within five days.") },
    { name: "en: someone at home", filename: "e.eml", code: en("Can someone be at home on Monday to take the delivery?") },
    { name: "en: the technician calls every customer", filename: "e.eml", code: en("Our technician will call you on Monday. He calls every customer before he arrives.") },
    { name: "en: the courier was rude", filename: "e.eml", code: en("I am sorry the courier was rude to you. He has been spoken to.") },
    { name: "en: a reminder for the reader", filename: "e.eml", code: en("Reminder - please bring your receipt.") },
    { name: "en: a weekday before a dash", filename: "e.eml", code: en("Tuesday - please make sure someone is home.") },
    { name: "en: a colleague introduced by an apposition", filename: "e.eml", code: en("Owen, our warehouse lead, is in copy; he can help if anything is missing.") },
    { name: "en: the own site's public pages", filename: "e.eml", code: en("See https://help.laden.example/returns and https://www.laden.example/agb for details.") },
    { name: "en: the customer portal of a hosted tool", filename: "e.eml", code: en("Your request: https://laden.zendesk.com/hc/requests/88213") },
  ],
  invalid: [
    { name: "de: note with the internal adjective", filename: "d.eml", code: de("Interner Vermerk: Kunde steht auf der Beobachtungsliste."), errors: [{ line: 9, message: new RegExp("markiert") }] },
    { name: "de: comma after the first word of a label", filename: "d.eml", code: de("Achtung, intern: Ware kommt aus der Retoure."), errors: [{ line: 9, message: new RegExp("markiert") }] },
    { name: "de: an audience-only label", filename: "d.eml", code: de("Nur fürs Team: Ware ist B-Ware."), errors: [{ line: 9, message: new RegExp("markiert") }] },
    { name: "de: remove before sending, in brackets", filename: "d.eml", code: de("(vor dem Senden löschen: Preis noch mit Chef abstimmen)"), errors: [{ line: 9, message: new RegExp("markiert") }] },
    { name: "de: a note in square brackets", filename: "d.eml", code: de("[Kommentar: Lieferant hat wieder geschlampt]"), errors: [{ line: 9, message: new RegExp("markiert") }] },
    { name: "de: TODO in capitals without a colon", filename: "d.eml", code: de("TODO Lieferdatum mit Lager klären"), errors: [{ line: 9, message: new RegExp("markiert") }] },
    { name: "de: a note for ourselves", filename: "d.eml", code: de("Anmerkung für uns: der Rabatt war eigentlich schon abgelaufen."), errors: [{ line: 9, message: new RegExp("Kollegen") }] },
    { name: "de: copula + filler + judgment", filename: "d.eml", code: de("Der Kunde ist extrem schwierig, also vorsichtig formulieren."), errors: [{ line: 9, message: new RegExp("dritten Person") }] },
    { name: "de: a judgment noun on its own", filename: "d.eml", code: de("Typischer Querulant, einfach ignorieren."), errors: [{ line: 9, message: new RegExp("dritten Person") }] },
    { name: "de: the reader's surname without 'Frau'", filename: "d.eml", code: de("Kundin ist eine notorische Nörglerin, nicht mehr entgegenkommen."), errors: [{ line: 9, message: new RegExp("dritten Person") }] },
    { name: "de: complaining verb + how often", filename: "d.eml", code: de("Er beschwert sich jedes Mal, am besten gar nicht drauf eingehen."), errors: [{ line: 9, message: new RegExp("dritten Person") }] },
    { name: "de: a question for a colleague to take the case", filename: "d.eml", code: de("Kann das bitte jemand aus dem Lager übernehmen?"), errors: [{ line: 9, message: new RegExp("übernehmen") }] },
    { name: "de: an aside after 'Hey'", filename: "d.eml", code: de("Hey Tom, kannst du morgen die Spedition anrufen?"), errors: [{ line: 9, message: new RegExp("Kollegen") }] },
    { name: "de: a buying-in price with an amount", filename: "d.eml", code: de("Wir kaufen die Geräte für 212 EUR ein, günstiger geht es nicht."), errors: [{ line: 9, message: new RegExp("interne Zahlen") }] },
    { name: "en: a note word before the marker in brackets", filename: "e.eml", code: en("(FYI, internal: we shipped the wrong colour, our mistake)"), errors: [{ line: 9, message: new RegExp("marked internal") }] },
    { name: "en: for internal use", filename: "e.eml", code: en("For internal use: account is 60 days overdue."), errors: [{ line: 9, message: new RegExp("marked internal") }] },
    { name: "en: remove before sending", filename: "e.eml", code: en("(remove before sending: check the price with Tom)"), errors: [{ line: 9, message: new RegExp("marked internal") }] },
    { name: "en: a memo label", filename: "e.eml", code: en("Memo: don't offer more than 10 % next time."), errors: [{ line: 9, message: new RegExp("marked internal") }] },
    { name: "en: he's + judgment", filename: "e.eml", code: en("He's a pain, just give him the refund so he goes away."), errors: [{ line: 9, message: new RegExp("third person") }] },
    { name: "en: is being + judgment + filler", filename: "e.eml", code: en("The customer is being difficult again, keep it short."), errors: [{ line: 9, message: new RegExp("third person") }] },
    { name: "en: has no idea", filename: "e.eml", code: en("This guy has no idea what he ordered."), errors: [{ line: 9, message: new RegExp("third person") }] },
    { name: "en: disputing verb + every", filename: "e.eml", code: en("She has disputed every invoice this year, so let's dig out the delivery slip."), errors: [{ line: 9, message: new RegExp("third person") }] },
    { name: "en: a question for a colleague to take the case", filename: "e.eml", code: en("Can someone from billing take this one?"), errors: [{ line: 9, message: new RegExp("take the case") }] },
    { name: "en: an aside after 'Hey'", filename: "e.eml", code: en("Hey Sarah, can you double-check the stock before this goes out?"), errors: [{ line: 9, message: new RegExp("colleagues") }] },
    { name: "en: an aside mid-line at a sentence start", filename: "e.eml", code: en("Thanks again. Owen - please check the dock camera before we accept anything."), errors: [{ line: 9, message: new RegExp("colleagues") }] },
    { name: "en: buying in with an amount", filename: "e.eml", code: en("We buy these units at $212 each from the manufacturer."), errors: [{ line: 9, message: new RegExp("internal figures") }] },
    { name: "en: a host without http://", filename: "e.eml", code: en("Details are on intranet.laden.example/kunden/kundin"), errors: [{ line: 9, message: new RegExp("links to") }] },
    { name: "en: a file URL", filename: "e.eml", code: en("The photos are in file:///S:/Kunden/Kundin/fotos"), errors: [{ line: 9, message: new RegExp("links to") }] },
    { name: "en: the back office of the own site", filename: "e.eml", code: en("Your order: https://www.laden.example/admin/orders/4481207"), errors: [{ line: 9, message: new RegExp("links to") }] },
    { name: "en: the agents' side of a hosted tool", filename: "e.eml", code: en("Ticket: https://laden.zendesk.com/agent/tickets/88213"), errors: [{ line: 9, message: new RegExp("links to") }] },
    { name: "en: a note for oneself in round brackets", filename: "e.eml", code: en("(Reminder for me: chase the warehouse about the missing part)"), errors: [{ line: 9, message: /colleagues/ }] },
    { name: "en: a project tool's task", filename: "e.eml", code: en("Tracked here: https://app.asana.com/0/1200/1300"), errors: [{ line: 9, message: /links to/ }] },
    { name: "en: a staging host", filename: "e.eml", code: en("Try the new form: https://staging.laden.example/retoure"), errors: [{ line: 9, message: new RegExp("links to") }] },
  ],
});

tester.run(recipientsRule, {
  valid: [
    { name: "a colleague's own address in Cc", filename: "c.eml", code: eml("Hallo Frau Kundin,\n\nanbei die Rechnung.\n", { cc: "Tom Technik <tom.technik@laden.example>" }) },
    { name: "an internal-looking list on a mail to colleagues only", filename: "c.eml", code: eml("Hallo Tom,\n\nanbei.\n", { to: "Tom <tom@laden.example>", cc: "ops-internal@laden.example" }) },
    { name: "an outside address with 'intern' in it", filename: "c.eml", code: eml("Hallo,\n\nanbei.\n", { cc: "intern@kunde.example" }) },
  ],
  invalid: [
    {
      name: "a list of the organisation named internal",
      filename: "c.eml",
      code: eml("Hallo Frau Kundin,\n\nanbei die Rechnung.\n", { cc: "ops-internal@laden.example" }),
      errors: [{ line: 3, message: /ops-internal@laden\.example is an internal-only recipient|ops-internal@laden\.example ist ein rein interner Empfänger/ }],
    },
    {
      name: "a German team list marked intern",
      filename: "c.eml",
      code: eml("Hallo Frau Kundin,\n\nanbei die Rechnung.\n", { cc: "Team Service intern <team-service-intern@laden.example>" }),
      errors: [{ line: 3, message: /rein interner Empfänger/ }],
    },
  ],
});

describe("judgment phrases", () => {
  it("builds judgments (adjective, article + noun), copulas and verb + how often per language", () => {
    const { predicates, copulas, afterContraction, nouns } = judgmentPhrases({
      de: ["copula ist", "article ein*", "adj anstrengend", "noun! querulant*", "verb meckert", "often ständig", "dispute reklamiert", "every jede"],
      en: ["copula is", "article a", "adj clueless", "noun pain", "verb complains", "often always"],
    });
    expect(predicates).toEqual(expect.arrayContaining(["meckert ständig", "reklamiert jede", "complains always", "always complains"]));
    expect(copulas).toEqual(["ist", "is"]);
    expect(afterContraction).toEqual(expect.arrayContaining(["anstrengend", "ein* querulant*", "ein* * querulant*", "clueless", "a pain"]));
    expect(predicates).not.toContain("meckert always");
    expect(nouns).toEqual(["querulant*"]);
  });
});
