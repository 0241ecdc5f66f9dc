// internal-content, fourth round of issue 17: the kinds read by their general form. Internal
// figures as a clause (the company earning, paying or losing an amount, in digits or words; what
// a supplier charges it), the reader as the subject of a habit or complaint when no one else was
// named, labels that keep the reader out, a switch to "du" in a German mail that says "Sie",
// vocatives with names no list knows, whole-staff lists by their name. Written as variations of
// the kinds, each with near-misses that must stay silent; not taken from the evaluation drafts.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import recipientsRule from "../../../rules/leaks/internal-recipients.js";
import { FROM, KAREN, mail } from "./support-drafts.js";

// [language, line, what the message must say]
const LEAKS: [("en" | "de"), string, RegExp][] = [
  // figures as a clause
  ["en", "We only make 8% on these, so there is no room for a discount.", /internal figures/],
  ["en", "These cost us 12 quid each, so we can't go lower.", /internal figures/],
  ["en", "We're only making about two pounds on each of these.", /internal figures/],
  ["en", "We lose money on every one of these at 20% off.", /internal figures/],
  ["en", "Cost to us is £340 per install.", /internal figures/],
  ["en", "We get 30% off list from the distributor.", /internal figures/],
  ["en", "We pay 14.20 per unit to the supplier.", /internal figures/],
  ["en", "It costs us twelve pounds to ship each one.", /internal figures/],
  ["en", "we make forty percent on this range", /internal figures/],
  ["en", "The install crew runs us about nine hundred dollars a day.", /internal figures/],
  ["en", "No charge to you; the courier charges us £7.50 per parcel, and we'd rather cover it.", /internal figures/],
  ["de", "Wir verdienen an den Geräten nur 8 %, da ist kein Rabatt drin.", /interne Zahlen/],
  ["de", "Daran verdienen wir gerade mal zwei Euro.", /interne Zahlen/],
  ["de", "Wir zahlen dem Lieferanten 14,20 pro Stück.", /interne Zahlen/],
  ["de", "Bei 20 % Rabatt verlieren wir an jedem Gerät Geld.", /interne Zahlen/],
  ["de", "Der Versand kostet uns zwölf Euro pro Paket.", /interne Zahlen/],
  ["de", "Das Hotel verrechnet uns nur CHF 1'480 für die Woche.", /interne Zahlen/],
  ["de", "Unser Aufschlag liegt bei 120 %.", /interne Zahlen/],
  // the reader in the third person
  ["en", "She complains about everything, just give her the voucher.", /third person/],
  ["en", "Karen always finds something to complain about.", /third person/],
  ["en", "He threatens to leave every year and never does.", /third person/],
  ["en", "She only wants a discount, ignore the rest.", /third person/],
  ["en", "Holt will never be happy, whatever we do.", /third person/],
  ["en", "Honestly, she'll just complain again anyway.", /third person/],
  ["en", "Between us, he's been shopping this around to three installers.", /third person/],
  ["de", "Er droht jedes Jahr mit Kündigung und macht es nie.", /dritten Person/],
  ["de", "Der will doch nur einen Rabatt, den Rest ignorieren.", /dritten Person/],
  ["de", "Frau Holt findet immer etwas zu meckern.", /dritten Person/],
  ["de", "Holt wird eh nie zufrieden sein, egal was wir machen.", /dritten Person/],
  // labels that keep the reader out
  ["en", "[Not for customer: stock is actually zero until January]", /marked internal/],
  ["en", "Do not send to customer: price approved by Mark only up to 5%.", /marked internal/],
  ["en", "(between us: this one was our fault)", /marked internal/],
  ["en", "Private note - she threatened a chargeback last time.", /marked internal/],
  ["de", "[Nicht für Kundin: Lager ist bis Januar leer]", /markiert/],
  ["de", "Nicht an den Kunden: Preis nur bis 5 % freigegeben.", /markiert/],
  // asides
  ["en", "Team - does anyone know if we still stock the 40 mm version?", /colleagues/],
  ["en", "Anyone free to pick this one up tomorrow?", /take the case/],
  ["en", "Corinne, can you check with the hotel whether the option holds?", /colleagues/],
  ["de", "Corinne, kannst du beim Hotel nachhaken, ob die Option hält?", /Kollegen/],
  ["de", "Kannst du bitte noch den Bestand prüfen? Sonst verlieren wir die Zimmer.", /Kollegen/],
  ["de", "Jemand Zeit, das morgen zu übernehmen?", /übernehmen/],
  ["en", "(Mark - she's on the watch list, no more credits)", /colleagues/],
  ["en", "cc @warehouse: hold the pallet until Monday", /colleagues/],
  ["en", "Sales: don't offer her the bundle price, she's not eligible.", /colleagues/],
  ["en", "FYI Mark - this is the customer who threatened to go to the press.", /colleagues/],
  ["en", "This is the guy who returned a used mattress last year.", /third person/],
  ["en", "She is the one who disputed three invoices last quarter.", /third person/],
  ["en", "Heads up team, this one is a serial refunder.", /third person|speaks to colleagues/],
  ["en", "Not sure we should tell her, but the batch is definitely faulty.", /deal with/],
  ["de", "Sag ihr bloß nicht, dass der Fehler bei uns lag.", /Kollegen/],
  ["en", "We're barely breaking even on the delivery at £4.95.", /internal figures/],
  // links
  ["en", "See https://laden.atlassian.net/wiki/spaces/SUP/pages/123", /links to/],
  ["en", "Notes are on the shared drive: S:\\Sales\\Customers\\Holt\\notes.docx", /links to/],
];

const NEAR_MISSES: [("en" | "de"), string][] = [
  ["en", "We pay the £5.95 return postage, so just drop it at the post office."],
  ["en", "We make every effort, and 98% of orders arrive within two days."],
  ["en", "We will pay back the full 89 EUR within five days."],
  ["en", "We'll make it 10% off as a thank-you."],
  ["en", "We buy back old devices for up to 50 EUR."],
  ["en", "We charge £7.50 per parcel to Ireland."],
  ["en", "The courier charges a £2 fee for Saturday delivery."],
  ["en", "It costs £12 to ship to Ireland, so we've waived it."],
  ["en", "Our margin of error on measurements is 2 mm."],
  ["en", "We can offer 8% off your next order."],
  ["en", "The customer always has the right to cancel within 14 days."],
  ["en", "The client only pays for the parts used."],
  ["en", "He was never registered with us, so we cannot find an account."],
  ["en", "Our technician visited on Monday. He always calls ahead, so expect a call."],
  ["en", "The customer is impossible to reach by phone, says our courier."],
  ["en", "Also, could you send us a photo of the label?"],
  ["en", "Unfortunately, could you resend the form?"],
  ["en", "Friday, can you make it at 10?"],
  ["en", "Karen, thank you for your patience."],
  ["en", "Could one of your team confirm the delivery address?"],
  ["de", "Gerne machen wir 10 % Rabatt auf die nächste Bestellung."],
  ["de", "Wir zahlen den Rückversand von 5,95 €."],
  ["de", "Wir zahlen die 89 € innerhalb von 5 Tagen zurück."],
  ["de", "Wir legen die Rechnung über 89 € bei."],
  ["de", "Wir kaufen Ihr Altgerät für 50 € zurück."],
  ["de", "Wir berechnen 45 € pro Palette."],
  ["de", "Wir stellen Ihnen 45 € pro Palette in Rechnung."],
  ["de", "Die Marge am Rand muss 5 mm betragen."],
  ["de", "Der Kunde hat immer das Recht, innerhalb von 14 Tagen zu widerrufen."],
  ["de", "Die meisten Kunden bestellen immer im Dezember."],
  ["de", "Der Fahrer hat das Paket vor der Tür abgelegt. Er hätte klingeln müssen, das tut uns leid."],
  ["de", "Er war nie bei uns registriert, daher finden wir kein Konto."],
  ["de", "Wie unser Chef immer sagt: „Was du heute kannst besorgen, das verschiebe nicht auf morgen.“"],
  ["de", "Frau Holt, vielen Dank für Ihre Geduld."],
  ["en", "Please tell him to bring the receipt."],
  ["en", "Could you tell her the parcel is on its way?"],
  ["en", "We did not tell him the wrong date, the courier did."],
  ["en", "This is the one that broke in transit, so we replaced it."],
  ["en", "Tweet us @LadenHelp, we usually reply within the hour."],
  ["en", "I will be there on Friday @12:00."],
  ["en", "Support: please call 0800 123 456 if anything is missing."],
  ["en", "As discussed with your colleague Mark, she will receive the parcel on Friday."],
  ["en", "I'll ask our engineer; he is always happy to help."],
  ["en", "Sarah from our team will call you tomorrow morning."],
  ["de", "Bitte sagen Sie ihm, dass das Paket unterwegs ist."],
  ["de", "Könnten Sie ihr bitte sagen, dass wir am Montag kommen?"],
  ["de", "Die Lieferung ist unterwegs. Die kommt immer dienstags."],
  ["de", "Der Ersatz ist bestellt. Der kommt wieder über DHL."],
];

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    ...NEAR_MISSES.map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line) })),
    {
      name: "en: a colleague in copy asked something in front of the customer",
      filename: "d.eml",
      code: mail("en", "Priya, could you send Karen the updated invoice today?", { cc: "Priya Shah <priya.shah@laden.example>" }),
    },
    {
      name: "de: a mail that says 'du' to the reader throughout",
      filename: "d.eml",
      code: `${FROM}To: ${KAREN}\nSubject: Deine Bestellung\n\nHallo Karen,\n\ndanke dir für die Nachricht.\nKannst du uns noch ein Foto schicken?\n\nViele Grüße\nTom\n`,
    },
    {
      name: "en: a pronoun whose person the customer named in the quoted mail",
      filename: "d.eml",
      code: `${FROM}To: ${KAREN}\nSubject: Re: delivery\n\nHi Karen,\n\nthanks for letting us know.\nHe can always call us on 0800 123 456.\n\nBest,\nTom\n\nOn Wed, Karen Holt wrote:\n> My husband will be at home on Friday.\n`,
    },
    {
      name: "en: internal recipients only",
      filename: "d.eml",
      code: mail("en", "She complains about everything, just give her the voucher.", { to: "Karen Holt <karen.holt@laden.example>" }),
    },
  ],
  invalid: [
    ...LEAKS.map(([language, line, message]) => ({
      name: `${language}: ${line}`,
      filename: "d.eml",
      code: mail(language, line),
      errors: [{ line: 9, message }],
    })),
    {
      name: "en: a colleague in copy, but the words speak of the reader",
      filename: "d.eml",
      code: mail("en", "Priya, she complains about everything, just send the voucher.", { cc: "Priya Shah <priya.shah@laden.example>" }),
      errors: [{ line: 10, message: /colleagues|third person/ }],
    },
  ],
});

tester.run(recipientsRule, {
  valid: [
    { name: "a shared sales mailbox in copy", filename: "r.eml", code: mail("en", "Thanks.", { cc: "Laden Sales <sales@laden.example>" }) },
    { name: "a team mailbox in copy", filename: "r.eml", code: mail("en", "Thanks.", { cc: "Support Team <team@laden.example>" }) },
  ],
  invalid: [
    ...["all-hands@laden.example", "staff-all@laden.example", "alle-mitarbeitenden@laden.example", "everyone@laden.example", "alle@laden.example"].map((address) => ({
      name: `a whole-staff list: ${address}`,
      filename: "r.eml",
      code: mail("en", "Thanks.", { cc: `Everyone <${address}>` }),
      errors: [{ message: /internal-only/ }],
    })),
  ],
});
