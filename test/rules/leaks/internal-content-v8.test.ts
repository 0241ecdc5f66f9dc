// internal-content, eighth round of issue 17: notes in more banner and prefix forms, subject-line
// markers as a segment of their own, and colleagues addressed by a bare first name without a cue
// word (a question to them, a German "Sie" mail going on in lower case, a colleague's forwarded
// message turning to another colleague). Written in our own words, each kind with near-misses.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import { FROM, KAREN, mail } from "./support-drafts.js";

const NOTE_LEAKS: [("en" | "de"), string, RegExp][] = [
  ["en", "***INTERNAL ONLY*** do not offer the upgrade.", /marked internal/],
  ["en", "The drills are reserved. NB internal: the supplier has moved the date twice.", /marked internal/],
  ["de", "Ihre Ware ist reserviert. Intern: Lieferant hat zweimal verschoben.", /markiert/],
  ["en", "<!-- internal: chase the warehouse, she doesn't know yet -->", /marked internal/],
  ["en", "internal note -> two refunds already", /marked internal/],
  ["en", ">>INTERNAL<< two refunds already", /marked internal/],
  ["en", "[check with Dave before this goes out]", /marked internal/],
  ["en", "Self-note: chase the warehouse before Friday.", /marked internal/],
  ["de", "INTERN>> zwei Erstattungen bisher", /markiert/],
  ["de", "[mit Jonas klären, bevor das rausgeht]", /markiert/],
  ["de", "Kundin nicht informieren: Lieferant hat Lieferstopp verhängt.", /markiert/],
  ["en", "*** she has cancelled twice before - internal ***", /marked internal/],
  ["de", "*** Achtung intern *** sie hat schon zweimal storniert.", /markiert/],
  ["en", "Your order ships Friday. FYI team: she has cancelled twice before.", /colleagues/],
  ["en", "Heads up team, she has cancelled twice before.", /colleagues/],
  ["en", "(NB: she has cancelled twice - no more goodwill)", /colleagues/],
  ["en", "(remember: the customer has cancelled twice, no goodwill)", /colleagues/],
  ["de", "(Anm.: Kundin hat schon zweimal storniert)", /Kollegen/],
  ["de", "(für uns: Kundin hat schon zweimal storniert)", /Kollegen/],
  ["de", "Kurz fürs Team: sie hat schon zweimal storniert.", /Kollegen/],
  ["en", "Heads up, internal: this account is flagged for chargebacks.", /marked internal/],
  ["en", "{{internal: account flagged for chargebacks}}", /marked internal/],
  ["en", "[DO NOT SEND] still need to confirm the price with Mark.", /marked internal/],
  ["en", "(staff only: price not approved yet)", /marked internal/],
  ["en", "For internal eyes only: price not approved yet.", /marked internal/],
  ["en", "Team FYI: account flagged for chargebacks.", /colleagues/],
  ["de", "Hausintern: Preis noch nicht freigegeben.", /markiert/],
  ["de", "{{intern: Preis noch nicht freigegeben}}", /markiert/],
  ["de", "(nicht verschicken: Preis noch nicht freigegeben)", /markiert/],
  ["de", "// Notiz Lager: Ware ist B-Ware, bitte nicht als neu verkaufen", /markiert/],
  ["de", "Zur Info an alle: Kundin hat schon zweimal storniert, keine Kulanz mehr.", /Kollegen/],
  ["de", "(Vermerk fürs Team: zweimal storniert)", /Kollegen/],
];

const NOTE_NEAR_MISSES: [("en" | "de"), string][] = [
  ["en", "*** Important: please bring your receipt ***"],
  ["en", "Heads up, the depot is closed on Monday."],
  ["en", "Hello {{first_name}}, your order {{order_id}} has shipped."],
  ["en", "Do not send cash by post - pay by card on the website."],
  ["en", "The side entrance is staff only, so please use the main door."],
  ["en", "Our internal review found no fault with the device."],
  ["en", "Note also: the depot closes at 4 on Fridays."],
  ["en", "We checked it. Internal testing showed no fault."],
  ["en", "The parcel left today. Our internal reference: 4471-B."],
  ["en", "(Please back up your data before sending the laptop.)"],
  ["en", "[Please check the serial number before sending it back to us]"],
  ["en", "Please check the label before it goes out to the courier."],
  ["en", "Price -> £49 including VAT."],
  ["en", "Kitchen >> living room >> hallway: the fitter works in that order."],
  ["en", "<!-- Email template v2 -->"],
  ["de", "[Bitte vor dem Absenden des Geräts die Daten sichern]"],
  ["de", "Preis -> 49 EUR inkl. MwSt."],
  ["en", "We had a great day. Team spirit: excellent, thanks to your organisation!"],
  ["en", "The order is complete. Everyone: thank you for your patience!"],
  ["en", "Our new address is below. All: please update your records."],
  ["en", "*** Special offer: 10% off - limited ***"],
  ["de", "*** Wichtig: Bitte Kassenbon mitbringen - danke ***"],
  ["de", "Kurz für Sie: Die Rechnung kommt separat."],
  ["en", "(NB: the parcel was signed for by Tom; he left it in the porch)"],
  ["en", "(Note: our courier says he rang twice)"],
  ["en", "(Tip: the customer portal shows all invoices.)"],
  ["en", "[Update: she has your parcel now, our driver confirmed]"],
  ["de", "(Hinweis: die Spedition sagt, sie kommt um 10)"],
  ["de", "(Tipp: Der Kunde kann die Rechnung im Kundenkonto herunterladen.)"],
  ["de", "(Tipp: Kunden mit Kundenkonto sehen alle Rechnungen online.)"],
  ["de", "Der Termin steht. Team Holt: bitte bringen Sie die Unterlagen mit."],
  ["de", "Bitte prüfen Sie das Etikett, bevor das Paket rausgeht."],
  ["de", "Wir haben das geprüft. Intern lief alles korrekt: Ihre Daten sind sicher."],
  ["de", "Das ist intern: nein, das hat mit Ihrer Bestellung nichts zu tun."],
  ["de", "Bitte senden Sie uns das Gerät nicht zu, wir holen es ab."],
  ["de", "{{anrede}} {{name}}, Ihre Bestellung ist da."],
  ["de", "Zur Info an alle Selbstabholer: Das Lager schließt um 16 Uhr."],
  ["de", "Wir haben es hausintern weitergegeben und melden uns."],
  ["de", "Hinweis zur Lieferung: Bitte prüfen Sie den Karton."],
  ["de", "Vermerk auf der Rechnung: Bitte die Bestellnummer angeben."],
];

// A bare first name of someone who is not a reader, with words for them and no cue word.
const NAME_LEAKS: [("en" | "de"), string, RegExp][] = [
  ["en", "Ravi, do you know if the replacement is in stock?", /colleagues/],
  ["en", "Dave - did the courier ever confirm the collection?", /colleagues/],
  ["en", "Morning Dave! Could you dig out the old invoice?", /colleagues/],
  ["en", "Looping in Dave: can you check if the second pallet left?", /colleagues/],
  ["en", "cc @finance - hold the credit note until she pays.", /colleagues/],
  ["de", "Jonas - hat der Kurier die Abholung bestätigt?", /Kollegen/],
  ["de", "Jana, gib mir kurz Bescheid, ob ich das so schicken kann.", /Kollegen/],
  ["de", "Jonas, wann kommt die nächste Lieferung rein?", /Kollegen/],
  ["de", "Das Paket ist unterwegs. Anna, ich hab die Gutschrift schon angelegt.", /Kollegen/],
  ["de", "cc @lager – bitte erst nach Zahlungseingang versenden.", /Kollegen/],
  ["en", "Dave: the pallet is in bay 4, so please hold it.", /colleagues/],
  ["en", "Dave, thoughts? I'd rather not refund the full amount.", /colleagues/],
  ["en", "Dave? Could you confirm the stock before I send this?", /colleagues/],
  ["en", "Let me know if we should offer her the voucher, Dave.", /colleagues/],
  ["en", "Can someone from finance confirm the refund went through?", /colleagues/],
  ["de", "Jonas: Können wir die Gebühr einmalig erlassen?", /Kollegen/],
  ["de", "Kann jemand aus der Buchhaltung die Erstattung bestätigen?", /Kollegen/],
  ["de", "Gebt mir Bescheid, ob wir ihr den Gutschein anbieten sollen.", /Kollegen/],
  ["de", "Was meint ihr, sollen wir ihr entgegenkommen?", /Kollegen/],
];

const NAME_NEAR_MISSES: [("en" | "de"), string][] = [
  ["en", "Dave, our driver, will ring before he arrives."],
  ["en", "Dave, Priya and I visited the site yesterday."],
  ["en", "Dave, who handles returns, will call you on Monday."],
  ["en", "Priya, in our billing team, has issued the credit note."],
  ["en", "Sarah, your daughter, called us about the booking - is that all sorted now?"],
  ["en", "Karen, do you know if the gate code changed?"],
  ["en", "Morning Karen! Could you send us a photo of the label?"],
  ["en", "Looping in my colleague Priya, who handles invoices - she'll be in touch."],
  ["en", "As discussed with my colleague Anna, the refund has been approved."],
  ["en", "Tweet us @LadenHelp - we reply fast, even on Sundays."],
  ["de", "Jonas, unser Monteur, kommt am Freitag."],
  ["de", "Jonas, Anna und ich waren gestern vor Ort."],
  ["de", "Anna, wie besprochen schicken wir Ihnen das Angebot."],
  ["de", "Max, Ihr Sohn, hat das Paket angenommen."],
  ["de", "Paula, bei der Sie bestellt haben, ist ab Montag im Urlaub."],
  ["de", "Jonas, aus unserem Lager, hat das Paket geprüft."],
  ["de", "Danke Jonas, dass Sie so schnell geantwortet haben."],
  ["de", "Wie mit meiner Kollegin Anna besprochen, ist die Erstattung freigegeben."],
  ["de", "Folgen Sie uns @ladenshop – dort gibt es alle Angebote."],
  ["en", "Priya: our billing lead, reachable on 0161 555 0101."],
  ["en", "See you soon, Dave."],
  ["en", "Many thanks for your help, Anna."],
  ["en", "Could you send us a photo, Karen?"],
  ["en", "Someone from our warehouse will call you on Monday."],
  ["en", "Can someone from your finance team confirm the payment?"],
  ["en", "Karen? Is that you on the voicemail?"],
  ["de", "Jonas: unser Ansprechpartner im Lager, Tel. 0341 123456."],
  ["de", "Kann jemand aus Ihrer Buchhaltung die Zahlung bestätigen?"],
  ["de", "Der Techniker meint, ihr Gerät sei jetzt wieder in Ordnung."],
  ["de", "Wir wünschen Ihnen und Ihrer Familie alles Gute – und euch Kindern frohe Weihnachten!"],
];

// The reader in the third person with what to do about them, a confidence, or a judgment said otherwise.
const PERSON_LEAKS: [("en" | "de"), string, RegExp][] = [
  ["en", "He has been trying to get a free upgrade since March, so stick to the policy.", /third person/],
  ["en", "Mrs Holt tends to exaggerate, so I'd keep the apology short.", /third person/],
  ["en", "Karen will push for a discount, she always does - hold at 5%.", /third person/],
  ["en", "Between ourselves, she has returned half of what she ordered this year.", /third person/],
  ["en", "Between you and me, he can't afford the premium package anyway.", /third person/],
  ["en", "He's one of those who read the small print to find a loophole.", /third person/],
  ["en", "Holt Ltd are notoriously slow payers, so keep the credit limit low.", /third person/],
  ["de", "Frau Holt übertreibt gern, daher die Entschuldigung kurz halten.", /dritten Person/],
  ["de", "Die zahlen seit dem Frühjahr jede Rechnung zu spät, also nur gegen Vorkasse.", /dritten Person/],
  ["de", "Der Kunde will bis Freitag liefern lassen, also bitte vorziehen.", /dritten Person/],
  ["de", "Der hat letztes Jahr schon dasselbe behauptet.", /dritten Person/],
  ["de", "Im Vertrauen: er feilscht bei jeder Bestellung um jeden Euro.", /dritten Person/],
  ["en", "We messed up the booking. I would not admit that to them in writing though.", /how to deal/],
  ["en", "Don't mention the real reason to them, just say it was the weather.", /how to deal/],
  ["en", "If she pushes back, just point her to the T&Cs.", /third person/],
  ["en", "If he complains again, forward it straight to me.", /third person/],
  ["de", "Wenn sie nachfragt, einfach auf die AGB verweisen.", /dritten Person/],
  ["de", "Falls er sich wieder beschwert, bitte direkt an mich weiterleiten.", /dritten Person/],
  ["de", "Frau Holt bitte nur noch gegen Vorkasse beliefern.", /dritten Person/],
  ["de", "Bei Frau Holt bitte keine Kulanz mehr.", /dritten Person/],
  ["en", "Hopefully she won't notice it's a refurbished unit.", /third person/],
  ["de", "Mal sehen, ob er das schluckt.", /dritten Person/],
  ["de", "Hoffentlich merkt sie nicht, dass das Gerät gebraucht ist.", /dritten Person/],
  ["en", "Careful with this one: she has threatened legal action before.", /marked internal/],
  ["de", "Achtung bei der Kundin: sie hat schon mal mit einer Klage gedroht.", /markiert/],
  ["de", "Der Kunde zahlt seit Monaten schlecht.", /dritten Person/],
];

const PERSON_NEAR_MISSES: [("en" | "de"), string][] = [
  ["en", "She has returned the parcel, so the refund is on its way."],
  ["en", "He rang twice, so please check your doorbell."],
  ["en", "Our driver said he rang twice, so we've booked a second attempt."],
  ["en", "The engineer is off sick, so let's find a new date together."],
  ["en", "Karen, the parcel is here, so no need to chase."],
  ["en", "Between you and me, this model is the better buy."],
  ["en", "He's one of the best engineers we have, and he'll be with you on Monday."],
  ["en", "Mr Holt asked for a quote, so here it is."],
  ["de", "Ihr Kessel ist repariert. Er läuft wieder, also bitte nicht auf Stufe 5 stellen."],
  ["de", "Die Küche ist fertig. Die kommt am Montag, also bitte den Flur frei räumen."],
  ["de", "Unser Monteur ist krank, also bitte einen neuen Termin wählen."],
  ["de", "Der Fahrer hat zweimal geklingelt, daher bitte beim Nachbarn nachfragen."],
  ["de", "Im Vertrauen: Das neue Modell ist das bessere."],
  ["de", "Der Hersteller behauptet, das Teil sei robust."],
  ["en", "We'll tell them not to ring the bell before 10."],
  ["en", "We have informed them and they will collect on Monday."],
  ["en", "I didn't mention it to them on the phone, so here it is in writing."],
  ["en", "Karen please find attached the invoice."],
  ["en", "If she can't make it, please let us know."],
  ["en", "If he isn't home, the driver will leave a card."],
  ["en", "If she calls again, we'll pass on the update."],
  ["en", "When he arrives, just sign the delivery note."],
  ["de", "Frau Holt bitte beachten Sie die neue Adresse."],
  ["de", "Falls er nicht da ist, legen wir eine Karte ein."],
  ["de", "Für Frau Holt bitten wir um Rückruf unter 0341 123456."],
  ["en", "We hope you notice the difference with the new filter."],
  ["en", "Hopefully your son will notice the new settings straight away."],
  ["de", "Hoffentlich merkt Ihre Tochter gleich, wie leise das Gerät ist."],
  ["en", "Careful with the glass panel: it is heavy."],
  ["de", "Vorsicht bei der Montage: das Glas ist schwer."],
  ["en", "The customer never pays for returns, it's free."],
  ["de", "Die Kundin zahlt nie Versandkosten ab 50 EUR Bestellwert."],
  ["de", "Die Lieferung kommt leider zu spät, das tut uns leid."],
];

// Stock brought in at a cost, a cost to us said verb first, and a colleague by a first name of another origin.
const FIGURE_AND_NAME_LEAKS: [("en" | "de"), string, RegExp][] = [
  ["en", "We only land these at £318 a unit from the distributor.", /internal figures/],
  ["en", "We procure the frames at $40 apiece.", /internal figures/],
  ["en", "COGS on this line is $11.20.", /internal figures/],
  ["de", "Wir beziehen die Rahmen für 40 EUR pro Stück vom Großhändler.", /interne Zahlen/],
  ["de", "Uns kostet das Gerät selbst 180 EUR.", /interne Zahlen/],
  ["de", "Wir haben für das Teil 180 EUR bezahlt und verlangen 240 EUR.", /interne Zahlen/],
  ["de", "Das Teil hat uns 180 EUR gekostet, das Angebot liegt bei 240 EUR.", /interne Zahlen/],
  ["en", "We picked these up for £9 each at the trade fair.", /internal figures/],
  ["de", "Merve – bitte 45 Minuten für den Termin einplanen.", /Kollegen/],
];

const FIGURE_AND_NAME_NEAR_MISSES: [("en" | "de"), string][] = [
  ["en", "We land at Heathrow at 10:30 and parking there is £20."],
  ["en", "We import the frames from Italy, and they cost you £120 each."],
  ["en", "Our prices include the landed cost, so you pay £24 and nothing else."],
  ["de", "Sie beziehen die Ware für 40 EUR pro Stück direkt bei uns."],
  ["de", "Wir beziehen Ökostrom, der Tarif kostet Sie 30 EUR im Monat."],
  ["de", "Uns kostet die Anfahrt nichts, daher berechnen wir Ihnen 0 EUR."],
  ["de", "Wir haben die 5,95 EUR Rücksendekosten für Sie bezahlt."],
  ["de", "Die Reparatur hat uns nichts gekostet, daher zahlen Sie 0 EUR."],
  ["de", "Wir haben Ihre Zahlung von 80 EUR bekommen, danke!"],
  ["en", "We picked up your parcel on Monday; the fee of £9 is waived."],
  ["en", "Please send the supplier invoice for £180 so we can claim the warranty."],
  ["de", "Merve, unsere Auszubildende, meldet sich morgen bei Ihnen."],
];

const LINK_LEAKS: [("en" | "de"), string, RegExp][] = [
  ["en", "Case file: smb://fileserver.laden.local/cases/4471", /links to/],
  ["en", "The thread: https://app.slack.com/client/T01/C02/thread/C02-1700", /links to/],
  ["de", "Kalkulation: https://laden.sharepoint.com/:x:/r/sites/Vertrieb/Kalkulation.xlsx", /verlinkt/],
  ["de", "Fehlerbericht: https://wawi.laden.example/artikel/4471", /verlinkt/],
];

const LINK_NEAR_MISSES: [("en" | "de"), string][] = [
  ["en", "Our ERP partner site: https://www.wawi-profis.example/leistungen"],
  ["en", "Join the call: https://teams.microsoft.com/l/meetup-join/19:meeting_abc@thread.v2/0"],
  ["en", "Help centre: https://laden.zendesk.com/hc/en-gb/articles/123-returns"],
  ["de", "Ihr Kundenkonto: https://otrs.laden.example/otrs/customer.pl"],
];

/** A draft to Karen Holt with `subject`. */
function withSubject(subject: string): string {
  return `${FROM}To: ${KAREN}\nSubject: ${subject}\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\nHi Karen,\n\nyour order is on its way.\n\nBest,\nTom\n`;
}

const SUBJECT_LEAKS = [
  "Re: order 4471 - internal only",
  "Re: order 4471 *** internal ***",
  "WG: Reklamation Holt - NICHT WEITERLEITEN",
  "FYI team: Re: order 4471",
  "AW: Reklamation Holt – Info ans Team",
];

const SUBJECT_NEAR_MISSES = [
  "Re: Internal review of order 4471",
  "AW: Angebot - vertraulich",
  "Re: Intern - summer placement",
  "Re: Team building day - booking",
  "Re: International shipping - rates",
  "Re: Todo list app - subscription",
];

/** Tom forwards Declan's message to Ellie and him (all colleagues) to Karen. */
function forwarded(lines: string): string {
  return (
    `${FROM}To: ${KAREN}\nSubject: Fwd: pallet\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\nHi Karen,\n\nforwarding our depot's update.\n\nBest,\nTom\n\n` +
    `---------- Forwarded message ---------\nFrom: Declan Moore <declan.moore@laden.example>\nDate: Wed, 2 Dec 2026 at 15:31\nSubject: pallet\n` +
    `To: Tom Baker <tom.baker@laden.example>, Ellie Stone <ellie.stone@laden.example>\n\n${lines}\n`
  );
}

/** Tom writes to Sam (a colleague) and to `customer`, with `body`. */
function toSamAnd(body: string, customer = "Gareth Pugh <gareth@pugh-roofing.example>"): string {
  return `${FROM}To: Sam Okafor <sam.okafor@laden.example>, ${customer}\nSubject: nailer return\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\n${body}`;
}

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    ...[...NOTE_NEAR_MISSES, ...NAME_NEAR_MISSES, ...PERSON_NEAR_MISSES, ...FIGURE_AND_NAME_NEAR_MISSES, ...LINK_NEAR_MISSES].map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line) })),
    ...SUBJECT_NEAR_MISSES.map((subject) => ({ name: `subject: ${subject}`, filename: "d.eml", code: withSubject(subject) })),
    // A forwarded answer of a colleague that speaks to the reader's side is shared on purpose.
    { name: "en: a forwarded answer for the customer", filename: "d.eml", code: forwarded("The pallet was checked on arrival and the wrap was intact.\nThe replacement leaves on Friday.\nD.") },
    { name: "en: a forwarded answer that says when the customer's order can ship", filename: "d.eml", code: forwarded("The replacement is in stock and can leave on Friday; the customer should have it by Monday.\nD.") },
    { name: "en: a colleague's forwarded message naming a colleague as subject", filename: "d.eml", code: forwarded("The pallet was checked on arrival.\nEllie, our claims lead, will send the form on Friday.\nD.") },
    // Greeting a colleague who receives the mail, with the customer named in it: an introduction or a hand-over.
    { name: "en: an introduction of the customer to a colleague", filename: "d.eml", code: toSamAnd("Hi Sam,\n\nmeet Gareth Pugh of Pugh Roofing, who needs ten nailers by March.\n\nBest,\nTom\n") },
    { name: "en: a hand-over naming the customer", filename: "d.eml", code: toSamAnd("Sam,\n\ncould you take over the return for Mr Pugh? Gareth, Sam will call you today.\n\nTom\n") },
    { name: "en: both greeted", filename: "d.eml", code: toSamAnd("Hi Sam, hi Gareth,\n\nthe nailer is back with us and we're checking it today.\n\nTom\n") },
    { name: "en: a group greeting", filename: "d.eml", code: toSamAnd("Hi all,\n\nthe nailer is back with us and we're checking it today.\n\nTom\n") },
    { name: "en: the customer shares the colleague's first name", filename: "d.eml", code: toSamAnd("Hi Sam,\n\nthe nailer is back with us and we're checking it today.\n\nTom\n", "Sam Pugh <sam@pugh-roofing.example>") },
  ],
  invalid: [
    {
      name: "en: a mail written to a colleague, with the customer in To",
      filename: "d.eml",
      code: toSamAnd("Sam,\n\nthe nailer from the roofing firm came back cracked. Photograph it before it goes to the supplier.\n\nTom\n"),
      errors: [{ line: 6, message: /addresses colleagues/ }],
    },
    {
      name: "de: eine Mail an den Kollegen, der Kunde in An",
      filename: "d.eml",
      code: toSamAnd("Hallo Sam,\n\ndas Gerät vom Dachdecker ist zurück, das Magazin ist gebrochen. Bitte erst fotografieren.\n\nTom\n"),
      errors: [{ line: 6, message: /spricht Kollegen an/ }],
    },
    ...[...NOTE_LEAKS, ...NAME_LEAKS, ...PERSON_LEAKS, ...FIGURE_AND_NAME_LEAKS, ...LINK_LEAKS].map(([language, line, message]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line), errors: [{ line: 9, message }] })),
    ...SUBJECT_LEAKS.map((subject) => ({ name: `subject: ${subject}`, filename: "d.eml", code: withSubject(subject), errors: [{ line: 3, message: /subject|Betreff/ }] })),
    {
      name: "en: a colleague's forwarded message: the customer can wait",
      filename: "d.eml",
      code: forwarded("The replacement is in stock. The customer can wait until the invoice is paid.\nD."),
      errors: [{ message: /quoted history.*how to deal/ }],
    },
    {
      name: "en: a colleague's forwarded message gives the official story",
      filename: "d.eml",
      code: forwarded("The pallet tipped over at our dock. Officially it was the carrier.\nD."),
      errors: [{ message: /quoted history.*how to deal/ }],
    },
    {
      name: "en: a colleague's forwarded message decides what not to admit",
      filename: "d.eml",
      code: forwarded("Honestly we messed up the booking. I would not admit that to them in writing though.\nD."),
      errors: [{ message: /quoted history.*how to deal/ }],
    },
    {
      name: "en: a colleague's forwarded message turns to another colleague",
      filename: "d.eml",
      code: forwarded("Checked the camera, the damage was ours.\nEllie, hold the claim form until Friday.\nD."),
      errors: [{ message: /quoted history/ }],
    },
  ],
});
