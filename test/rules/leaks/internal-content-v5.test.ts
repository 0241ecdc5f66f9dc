// internal-content, fifth round of issue 17: precision on the near-miss shapes of the issue's
// "Precision matters most here" paragraph, and recall on general forms the readers lacked.
// Written as variations of each kind (German and English, different names, word orders and
// placements), with near-misses that must stay silent; not taken from the evaluation drafts.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import { FROM, KAREN, mail } from "./support-drafts.js";

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

// Figures told to the customer: a price for the reader's kind of buyer, the reader's own margin,
// a commission the company charges, purchase prices given as a reason, and an amount that
// belongs to another clause than the cost ("because fuel costs us more too").
const FIGURE_NEAR_MISSES: [("en" | "de"), string][] = [
  ["de", "Der Einkaufspreis für Wiederverkäufer liegt bei 40 EUR, der empfohlene Verkaufspreis bei 69 EUR."],
  ["de", "Damit bleibt Ihnen eine Marge von gut 35 %."],
  ["de", "Für die Vermittlung berechnen wir eine Provision von 3 %."],
  ["de", "Wegen gestiegener Einkaufspreise erhöhen wir die Preise zum 1. Januar um durchschnittlich 4 %."],
  ["de", "Die Anfahrt von 45 EUR haben wir nicht berechnet, die kostet uns bei kurzen Wegen ohnehin wenig."],
  ["en", "We charge a 3% commission on resold pallets."],
  ["en", "As a reseller you keep a 20% margin at the RRP."],
  ["en", "Our prices went up 4% in October because fuel costs us more too."],
  ["en", "Due to higher supplier prices, the list price rises by 5% in January."],
  ["en", "The cost price for trade customers is £40 a unit, as in the price list."],
];

const FIGURE_LEAKS: [("en" | "de"), string][] = [
  ["de", "Einkaufspreis: 12,40 EUR pro Stück, also bitte nicht unter 15 EUR anbieten."],
  ["de", "Unsere Marge liegt, nach Abzug von Fracht und Zoll, bei knapp 9 %."],
  ["de", "Wegen unseres Einkaufspreises von 38 EUR können wir nicht tiefer gehen."],
  ["de", "Die Wagenheber kosten 38 EUR, das ist genau unser Einkaufspreis."],
  ["de", "Mehr Rabatt geht nicht, weil unser Einstandspreis schon bei 40 EUR liegt."],
  ["de", "Bei 9 % Marge können wir Ihnen keinen weiteren Rabatt geben."],
  ["en", "Our margin is thin - about 6% - so no further discount."],
  ["en", "Cost to us: £340 per install, so the quote stands."],
  ["en", "We can't go lower because our cost on these is already £40 a unit."],
  ["en", "Our margin on this line, after freight and duty, is about 9%."],
  ["en", "Due to our purchase price of $212 per unit we can't go any lower."],
  ["en", "We take 15% commission from the hotel on these rooms."],
  ["en", "They're £212 each, which is exactly our cost price."],
  ["en", "Just so you know, the cost price on these is £212."],
  ["en", "The margin on your order is just 6%, so the price stands."],
  ["en", "Honestly our markup is tiny; 12% at most."],
];

// Asides in more forms: a label naming a colleague ("An Jonas:", "Quick one for Dave:"), a name
// before "bitte"/"please" without a comma, an arrow after the name, "Lieber Jonas," or "P.S. Dave -"
// in the middle of a mail; and the reader counted or judged without a complaint verb.
const MORE_LEAKS: [("en" | "de"), string, RegExp][] = [
  ["de", "Ihre Bestellung ist unterwegs. An Jonas: bitte die Rechnung erst nach Zahlungseingang freigeben.", /Kollegen/],
  ["de", "Jonas bitte Rechnung erst nach Zahlungseingang freigeben!", /Kollegen/],
  ["de", "Lieber Jonas, bitte die Rechnung erst nach Zahlungseingang freigeben.", /Kollegen/],
  ["de", "Jonas -> bitte Versand priorisieren, sonst storniert er wieder.", /Kollegen/],
  ["de", "Kurze Info an Anna: die Ware ist B-Ware aus der Retoure.", /Kollegen/],
  ["en", "Quick one for Dave: she still owes us for October, so hold the second pallet.", /colleagues/],
  ["en", "Dave please hold the invoice until she pays October.", /colleagues/],
  ["en", "P.S. Dave - hold the invoice until she pays October.", /colleagues/],
  ["en", "Siobhan - please check whether the second pallet can go on Friday's run.", /colleagues/],
  ["en", "Keisha: she's on credit hold, don't release anything.", /colleagues/],
  ["en", "Thanks Dave - can you make sure the credit note goes out today?", /colleagues/],
  ["de", "Mirela, bitte die Rechnung erst nach Zahlungseingang freigeben.", /Kollegen/],
  ["de", "Danke Jonas, kannst du die Gutschrift noch anstoßen?", /Kollegen/],
  ["de", "Der Kunde hat schon dreimal reklamiert, keine Kulanz mehr.", /dritten Person/],
  ["de", "Die zahlen grundsätzlich zu spät, also nur gegen Vorkasse.", /dritten Person/],
  ["de", "Schon wieder eine Reklamation von ihr, das ist die vierte in diesem Jahr.", /dritten Person/],
  ["en", "Third complaint from her this month, and every one of them about the driver.", /third person/],
  ["en", "This lot are a pain - they dispute every single invoice.", /third person/],
  ["en", "She never pays on time, so ask for the deposit first.", /third person/],
  ["en", "Karen's been on the phone three times this week about this.", /third person/],
  ["en", "Holt's a nightmare, keep it short.", /third person/],
  ["en", "Honestly, the customer is being ridiculous about the delivery fee.", /third person/],
  ["de", "Der Kunde ist ziemlich unfreundlich am Telefon, bitte sachlich bleiben.", /dritten Person/],
  ["de", "Frau Holt war am Telefon sehr aggressiv.", /dritten Person/],
];

const MORE_NEAR_MISSES: [("en" | "de"), string][] = [
  ["de", "Anna, unsere Kollegin aus dem Lager, meldet sich morgen bei Ihnen."],
  ["de", "PS: Jonas aus unserem Team ruft Sie am Montag an."],
  ["de", "Danke an Jonas: Er hat das Paket gefunden und gleich verschickt."],
  ["de", "Hinweis für Sie: Die Rechnung kommt separat per Post."],
  ["de", "Die Waschmaschine läuft wieder. Max. 40 Grad bei Wolle, bitte."],
  ["de", "Ihr Mieter hat die Retoure geschickt; die Rücksendung von ihm ist schon wieder unvollständig, bitte prüfen Sie das."],
  ["en", "Please go to Support: Tickets and open a new one for the second pallet."],
  ["en", "Reminder: please bring your receipt to the depot."],
  ["de", "Hui, das ging schnell: Ihre Lieferung ist schon da."],
  ["en", "Thanks to Dave: he found the missing box this morning."],
  ["en", "I've checked the wardrobes you ordered. They're a pain to assemble, so we'll send a fitter."],
  ["en", "Thanks for the feedback on the hotel. They were difficult about the late check-out, and we've raised it."],
  ["en", "The client portal is down for maintenance again on Sunday."],
  ["en", "The customers on your list have all received the recall letter twice now."],
  ["en", "Karen's order always ships on a Tuesday, so expect it on Wednesday."],
  ["de", "Der Kunde ist König, das gilt bei uns immer."],
];

// Notes in more bracket and prefix forms: decorations around the marker, initials after a note word,
// "XXX", "(int.: ...)", a department's note, a note word before "for the team".
const NOTE_LEAKS: [("en" | "de"), string, RegExp][] = [
  ["de", "=== INTERN === Rechnung erst nach Zahlungseingang.", /markiert/],
  ["de", "--- intern --- Gerät ist B-Ware aus der Retoure.", /markiert/],
  ["de", "[Anm. SK: Preis nur bis Jahresende halten, danach +8 %]", /markiert/],
  ["de", "XXX Preis noch mit Chef klären XXX", /markiert/],
  ["de", "(int.: Lager hat nur noch 3 Stück)", /markiert/],
  ["de", "Lager-Info: die Ware ist B-Ware aus der Retoure.", /Kollegen/],
  ["en", "!! INTERNAL !! credit hold until October clears", /marked internal/],
  ["en", "[NB: price only approved to end of year, then +8%]", /marked internal/],
  ["en", "Side note for the team - this account is on credit hold.", /colleagues/],
  ["en", "Ops note: hold the second pallet until October is paid.", /colleagues/],
];

const NOTE_NEAR_MISSES: [("en" | "de"), string][] = [
  ["de", "=== Hinweis === Die Rechnung kommt separat per Post."],
  ["de", "Tel. (int.) +49 341 1234-0"],
  ["en", "XXL and XL sizes are back in stock."],
  ["en", "!! Please note !! the depot is closed on Monday."],
  ["en", "Sales note: our December price list is attached for your team."],
  ["en", "Side note for your team - the depot is closed on Monday."],
];

// Links to back offices of hosted tools, and figures said in more ways.
const LINK_AND_FIGURE_LEAKS: [("en" | "de"), string, RegExp][] = [
  ["de", "Die Bestellung im Shop-Backend: https://laden.myshopify.com/admin/orders/4471", /verlinkt/],
  ["de", "Kundenhistorie: https://app.hubspot.com/contacts/4471/record/0-1/991", /verlinkt/],
  ["en", "I've logged it in https://dashboard.stripe.com/payments/pi_3Nabc for finance.", /links to/],
  ["en", "Ticket: https://laden.freshservice.com/helpdesk/tickets/4471", /links to/],
  ["de", "Unsere internen Kosten für die Reparatur lagen bei 380 EUR.", /interne Zahlen/],
  ["de", "Unser interner Stundensatz liegt bei 42 EUR.", /interne Zahlen/],
  ["de", "Netto bleiben uns pro Gerät keine 6 Euro übrig.", /interne Zahlen/],
  ["en", "Our internal cost for the re-delivery was £180.", /internal figures/],
  ["en", "After fuel and the driver we're left with about £40 on this job.", /internal figures/],
  ["en", "That leaves us roughly 7% on the order, so I can't discount further.", /internal figures/],
  ["en", "Our buy price from the mill is $3.10 a sheet.", /internal figures/],
  ["en", "We mark these up 30%, which is standard.", /internal figures/],
];

const LINK_AND_FIGURE_NEAR_MISSES: [("en" | "de"), string][] = [
  ["en", "Our public roadmap is on https://trello.com/b/AbC123/roadmap and the help centre on https://www.notion.so/laden/Help-123abc"],
  ["en", "Pay the invoice here: https://buy.stripe.com/test_abc123"],
  ["en", "Your order in our shop: https://laden-shop.myshopify.com/account/orders/4471"],
  ["en", "Support portal: https://laden.freshservice.com/support/tickets/new"],
  ["de", "Für Sie entstehen keine internen Kosten, die Reparatur kostet Sie 0 EUR."],
  ["de", "Die Versandkosten bleiben bei 4,90 EUR."],
  ["en", "That leaves you £20 of credit for next time."],
  ["en", "We marked your order as urgent at no extra charge (normally £15)."],
];

/** A reply to Karen with `quoted` below a quote header line. */
function reply(language: "en" | "de", header: string, quoted: string, to = KAREN): string {
  const body =
    language === "en"
      ? `Hi Karen,\n\nthanks, the van is booked for Friday.\n\nBest,\nTom\n\n${header}\n${quoted}`
      : `Hallo Frau Holt,\n\ndanke, die Lieferung ist für Freitag eingeplant.\n\nViele Grüße\nTom Baker\n\n${header}\n${quoted}`;
  return `${FROM}To: ${to}\nSubject: Re: delivery\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\n${body}`;
}

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    ...[...PRONOUN_NEAR_MISSES, ...FIGURE_NEAR_MISSES, ...MORE_NEAR_MISSES, ...NOTE_NEAR_MISSES, ...LINK_AND_FIGURE_NEAR_MISSES].map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line) })),
    // A quote header with a name and no address: the recipient's name is their own message.
    {
      name: "en: the customer's own quoted notes, header with her name only",
      filename: "d.eml",
      code: reply("en", "On Mon, 23 Nov 2026 at 09:12, Karen Holt wrote:", "> Internal note: budget approved.\n> Confidential: please don't share our rates.\n"),
    },
    {
      name: "de: the customer's own quoted notes, Outlook header with her name only",
      filename: "d.eml",
      code: reply("de", "-----Ursprüngliche Nachricht-----\nVon: Karen Holt\nGesendet: Montag, 23. November 2026 09:12\nAn: Tom Baker\nBetreff: Lieferung", "Vertraulich: bitte die Preise nicht weitergeben.\nIntern: Budget ist freigegeben.\n"),
    },
    // A pronoun after someone else was named stands for them.
    { name: "de: 'Er' after 'Ihr Monteur'", filename: "d.eml", code: mail("de", "Ihr Monteur war heute da. Er beschwert sich jedes Mal über den engen Zugang, wir sorgen für mehr Platz.") },
    { name: "en: 'He' after 'your site manager'", filename: "d.eml", code: mail("en", "Your site manager called. He complains about the noise every day, so we start at 9 now.") },
    // A colleague's earlier answer to the reader, quoted: it says "you".
    {
      name: "en: a colleague's quoted answer to the reader",
      filename: "d.eml",
      code: reply("en", "On Mon, 30 Nov 2026 at 10:12, Dave Smith <dave.smith@laden.example> wrote:", "> Hi Karen,\n> your driver always arrives before 8, so we've moved your slot to 7:30.\n> Best, Dave\n"),
    },
    // A host named after the reader's organisation is theirs: their intranet, their instance of our service.
    { name: "en: the customer's own intranet link", filename: "d.eml", code: mail("en", "I couldn't open http://intranet.clientco.local/receiving from outside, could you attach the sheet?") },
    {
      name: "en: a first line that thanks the reader above the greeting",
      filename: "d.eml",
      code: `${FROM}To: ${KAREN}\nSubject: Re: order\n\nThank you for your patience, Karen.\n\nHi Karen,\n\nthe parcel left today.\n\nBest,\nTom\n`,
    },
    { name: "de: the customer's own instance", filename: "d.eml", code: mail("de", "Ihre Instanz ist eingerichtet: https://clientco.laden.example/admin") },
  ],
  invalid: [
    ...[...MORE_LEAKS, ...NOTE_LEAKS, ...LINK_AND_FIGURE_LEAKS].map(([language, line, message]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line), errors: [{ line: 9, message }] })),
    // A note to a colleague above the greeting is no greeting.
    {
      name: "de: a note to a colleague above the greeting",
      filename: "d.eml",
      code: `${FROM}To: ${KAREN}\nSubject: AW: Bestellung\n\nJonas, kannst du das noch gegenlesen, bevor es rausgeht?\n\nHallo Frau Holt,\n\nIhre Bestellung ist unterwegs.\n\nViele Grüße\nTom Baker\n`,
      errors: [{ line: 5, message: /Kollegen/ }],
    },
    {
      name: "en: a note to a colleague above the greeting",
      filename: "d.eml",
      code: `${FROM}To: ${KAREN}\nSubject: Re: order\n\nDave - can you sanity-check the rate before I send this?\n\nHi Karen,\n\nYour order is on its way.\n\nBest,\nTom\n`,
      errors: [{ line: 5, message: /colleagues/ }],
    },
    // A colleague's quoted message speaks of the reader as "she" or decides what to tell her.
    {
      name: "en: a colleague's quoted remark about the reader",
      filename: "d.eml",
      code: reply("en", "On Mon, 30 Nov 2026 at 10:12, Dave Smith <dave.smith@laden.example> wrote:", "> Honestly, she only wants a discount.\n"),
      errors: [{ line: 14, message: /quoted history.*third person/ }],
    },
    {
      name: "de: a colleague's quoted decision not to tell the reader",
      filename: "d.eml",
      code: reply("de", "Am 30.11.2026 um 10:12 schrieb Jonas Weber <jonas.weber@laden.example>:", "> Sag ihr bloß nicht, dass der Fehler bei uns lag.\n"),
      errors: [{ line: 14, message: /zitierte Verlauf/ }],
    },
    // The sender's own earlier reply, quoted with a name-only header, read as a colleague's message.
    {
      name: "en: an aside in the sender's own quoted earlier reply",
      filename: "d.eml",
      code: reply("en", "On Mon, 23 Nov 2026 at 09:12, Tom Baker wrote:", "> Hi Karen, the pallet leaves on Friday.\n> @Dave: please hold the second pallet, she still owes us for October.\n"),
      errors: [{ line: 15, message: /quoted history/ }],
    },
    { name: "en: our own intranet beside a customer's", filename: "d.eml", code: mail("en", "Notes: http://wiki.laden.local/clients/holt"), errors: [{ line: 9, message: /links to/ }] },
    ...FIGURE_LEAKS.map(([language, line]) => ({
      name: `${language}: ${line}`,
      filename: "d.eml",
      code: mail(language, line),
      errors: [{ line: 9, message: language === "de" ? /interne Zahlen/ : /internal figures/ }],
    })),
    ...PRONOUN_LEAKS.map(([language, line, message]) => ({
      name: `${language}: ${line}`,
      filename: "d.eml",
      code: mail(language, line),
      errors: [{ line: 9, message }],
    })),
  ],
});
