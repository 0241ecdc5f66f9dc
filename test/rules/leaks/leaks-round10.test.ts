// internal-content, tenth round of issue 17: readings generalised from wordings of our own, each
// kind with near-misses an agent writes every day. Part 1: "an alle"/"FYI all" in a mail to a
// family, a club or several people speaks to the readers; a to-do that names the reader is theirs.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import { mail } from "./support-drafts.js";

type Row = ["en" | "de", string];
type LeakRow = ["en" | "de", string, RegExp];

/** A mail from the shop to `to` (a family, a club, several people), `lines` after the greeting `hello`. */
function toGroup(to: string, hello: string, lines: string): string {
  return `From: Tom Baker <tom.baker@laden.example>\nTo: ${to}\nSubject: Termin\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\n${hello}\n\n${lines}\n\nViele Grüße\nTom Baker\n`;
}

// "An alle" to readers who may be many: silent unless the words talk about the customer.
const GROUP_READERS: [string, string, string][] = [
  ["Familie Berger <familie.berger@web.example>", "Hallo Familie Berger,", "Zur Info an alle: Bitte bringt die Unterlagen mit."],
  ["Familie Berger <familie.berger@web.example>", "Hallo Familie Berger,", "Zur Info an alle: er kommt gegen neun Uhr, bitte seid dann da."],
  ["eltern@kita-sonne.example, a.ruf@gmx.example, b.ohm@web.example", "Hallo zusammen,", "Zur Info an alle: das Sommerfest fängt um 15 Uhr an."],
  ["Vorstand TSV Nord <vorstand@tsv-nord.example>", "Hallo zusammen,", "Info an alle: der Platz ist am Samstag gesperrt."],
  ["The Khan family <khans@mail.example>", "Hi all,", "FYI all: he will ring the bell twice, so please listen out."],
  ["a.ruf@gmx.example, b.ohm@web.example", "Hi both,", "Quick note to all: please bring your ID to the pickup."],
  ["Choir <choir@stmarys.example>", "Dear all,", "Heads up all: the hall is locked after 9, he has the only key."],
];

// The same to one single customer: a note to all about the customer is for colleagues.
const GROUP_LEAKS: LeakRow[] = [
  ["de", "Zur Info an alle: Kundin hat schon zweimal storniert.", /Kollegen/],
  ["de", "An alle: der Kunde droht mit Anwalt, bitte nichts zusagen.", /Kollegen/],
  ["en", "Heads up all: he has cancelled twice before.", /colleagues/],
  ["en", "FYI everyone: the client is disputing every invoice.", /colleagues/],
  ["en", "Note to all: she gets no more goodwill credit.", /colleagues/],
];

// "an alle" to one customer, telling them something: no colleague in sight.
const GROUP_NEAR_MISSES: Row[] = [
  ["de", "Zur Info an alle: das Lager ist am Montag geschlossen."],
  ["de", "An alle, die mitfahren: Abfahrt ist um acht."],
  ["en", "FYI all: the depot is closed on Monday."],
  ["en", "Quick note to all: please bring your ID to the pickup."],
  ["en", "Heads up everyone: parking is free after 6pm."],
  ["en", "Note to all: your order 4471 ships in two parts."],
];

// A to-do that names the reader is the reader's task list.
const TODO_NEAR_MISSES: Row[] = [
  ["en", "TODO on your side: send us the serial number."],
  ["en", "Your TODO: sign the form and send it back."],
  ["en", "Your to-do: sign the form and send it back."],
  ["en", "To-do for you: pop the device in the box we sent."],
  ["en", "Next steps / your TODO: fill in the form."],
  ["de", "Ihre To-dos: Seriennummer schicken und Gerät verpacken."],
  ["de", "TODO für Sie: bitte die Seriennummer schicken."],
];

// A to-do left in the draft stays a note, "her" included.
const TODO_LEAKS: LeakRow[] = [
  ["en", "TODO: chase the warehouse before Friday.", /marked internal/],
  ["en", "TODO call her back tomorrow about the credit.", /marked internal/],
  ["en", "TODO: check if the address in SAP is right", /marked internal/],
  ["de", "TODO: Kundin zurückrufen, Gutschrift prüfen.", /markiert/],
  ["de", "To-do: sie zurückrufen und Gutschrift prüfen", /markiert/],
];

/** Tom's reply to Karen, then `tail` below the sign-off (a postscript or a signature block). */
function withTail(language: "en" | "de", tail: string): string {
  const body =
    language === "en"
      ? `Hi Karen,\n\nthe replacement ships on Friday, 4 December 2026.\n\nBest,\nTom\n${tail}\n`
      : `Hallo Frau Holt,\n\nder Ersatz geht am Freitag, 4. Dezember 2026 raus.\n\nViele Grüße\nTom\n${tail}\n`;
  return `From: Tom Baker <tom.baker@laden.example>\nTo: Karen Holt <karen.holt@clientco.example>\nSubject: Re: order 4471\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\n${body}`;
}

// Notes below the sign-off: a one-line postscript is read as part of the name block, and a
// signature may carry a bracketed note; both are read for what labels itself as a note.
const TAIL_LEAKS: ["en" | "de", string, RegExp][] = [
  ["en", "\nP.S. internal: she has had two refunds already, no more goodwill", /marked internal/],
  ["en", "\nP.S. internal - she has had two refunds already", /marked internal/],
  ["en", "--\nTom Baker | Customer Service\n(note: she has had two refunds already)", /colleagues/],
  ["en", "-- \nTom Baker | Customer Service\n[internal: account on stop]", /marked internal/],
  ["de", "\nPS intern – Kundin hat schon zweimal storniert", /markiert/],
  ["de", "-- \nTom Baker | Kundenservice\n[nur intern: Konto gesperrt]", /markiert/],
];

// A postscript below the name is text written now, read as such; the sender's own name in the
// sign-off gives no "she" or "die" after it someone else to stand for.
const POSTSCRIPT_LEAKS: ["en" | "de", string, RegExp][] = [
  ["de", "\nPS: Jonas, kannst du den Versand noch prüfen?", /Kollegen/],
  ["de", "\nPS: Die Kundin nervt echt.", /dritten Person/],
  ["de", "\nPS Lena bitte gegenlesen", /Kollegen/],
  ["en", "\nPS Dave, can you check stock first", /colleagues/],
  ["en", "\nP.S. she's a nightmare, just saying", /third person/],
  ["en", "\nPS: we pay 14 pounds for these, so fine", /internal figures/],
  ["en", "\nP.S. see http://crm.laden.local/case/4471", /links/],
];

const POSTSCRIPT_NEAR_MISSES: ["en" | "de", string][] = [
  ["en", "\nP.S. Enjoy the new kettle!"],
  ["en", "\nPS: our depot is closed on Monday."],
  ["en", "\nPS Karen, the manual is attached."],
  ["en", "\nPS: Dave from our workshop will call you, he knows the model well."],
  ["de", "\nPS: Unser Lager ist am Montag geschlossen."],
  ["de", "\nPS: Grüßen Sie Ihren Mann von mir!"],
  ["de", "\nPS: Die Anleitung liegt bei, die ist wirklich gut."],
];

// Signatures as they are: titles, a trainee, opening hours, a disclaimer, a postscript for the reader.
const TAIL_NEAR_MISSES: ["en" | "de", string][] = [
  ["en", "-- \nTom Baker\nIntern, Customer Service\nLaden Ltd"],
  ["en", "-- \nTom Baker | Customer Service\nCONFIDENTIAL: this e-mail is intended only for the addressee. If you received it in error, please delete it."],
  ["en", "\nP.S. Note: the depot is closed on 24 December."],
  ["en", "-- \nTom Baker\n(Office hours: Mon-Fri 9-5)"],
  ["en", "\nP.S. Internal reference for your records: 4471-B"],
  ["de", "-- \nTom Baker\nPraktikant im Kundenservice\nLaden GmbH"],
  ["de", "\nPS: Sie erreichen mich ab Montag unter 030 123456."],
  ["de", "-- \nTom Baker\nVertraulichkeitshinweis: Diese E-Mail ist vertraulich und nur für den Empfänger bestimmt."],
  ["de", "-- \nTom Baker\n(Bürozeiten: Mo–Fr 9–17 Uhr)"],
];

// Notes labelled as such: a line headed by a note word that tells, telegraph-style, what the customer
// did; file and team notes; the abbreviation with its note word.
const NOTE_LEAKS: LeakRow[] = [
  ["de", "Vermerk: Kunde hat mit schlechter Bewertung gedroht.", /Kollegen/],
  ["de", "Anmerkung: Kundin hat zweimal storniert", /Kollegen/],
  ["de", "Bemerkung: Kunde hat Ware zurückgeschickt, ohne Rücksendeschein.", /Kollegen/],
  ["en", "Remark: Client threatened a chargeback last week.", /colleagues/],
  ["en", "Note: customer has already been refunded twice.", /colleagues/],
  ["de", "Aktenvermerk: Gutschrift nur wegen Bewertungsdrohung.", /markiert/],
  ["de", "(Teamnotiz: keine Kulanz mehr bei diesem Kunden)", /markiert/],
  ["de", "(int. Notiz: Kundin hat zweimal storniert)", /markiert/],
  ["en", "(int. note: second complaint this month)", /marked internal/],
  ["en", "Internal use: account flagged, no goodwill.", /marked internal/],
];

// Lines headed by a note word that give the reader a rule or a tip, or speak of someone else.
const NOTE_NEAR_MISSES: Row[] = [
  ["en", "Note: the customer has to sign the delivery note."],
  ["en", "Remark: the client is responsible for the packaging."],
  ["en", "Note: customer will receive an SMS before delivery."],
  ["en", "Note: the customer has been informed about the delay."],
  ["en", "Note: she can collect it from Monday."],
  ["en", "Reminder: the depot is closed on Monday."],
  ["en", "NB: the driver said he rang twice."],
  ["en", "Comment: Karen's daughter will pick it up, she has the code."],
  ["de", "Anmerkung: Kunde muss bei Abholung den Ausweis zeigen."],
  ["de", "Anmerkung: der Kunde hat ein 14-tägiges Widerrufsrecht."],
  ["de", "Anmerkung: Der Kunde kann die Rechnung im Portal herunterladen."],
  ["de", "Kommentar: Sie können die Ware auch in der Filiale abholen."],
  ["de", "Sie erreichen uns unter (int. +49 30 123456)."],
];

// Talk about the reader among colleagues: named as a type, decided about with a shrug, ignored,
// called "this guy", or spoken of to a colleague with a German demonstrative.
const PERSON_LEAKS: LeakRow[] = [
  ["en", "Typical Karen, complaining about the colour again.", /third person/],
  ["de", "Typisch Frau Holt, wieder wegen der Farbe.", /dritten Person/],
  ["en", "Let's just give her the voucher so she stops emailing.", /third person/],
  ["de", "Geben wir ihr halt den Gutschein, damit sie Ruhe gibt.", /dritten Person/],
  ["de", "Lass uns ihr einfach die Versandkosten erstatten.", /dritten Person/],
  ["en", "Feel free to ignore his second complaint, it's the same thing.", /third person/],
  ["en", "Honestly this guy never reads our mails.", /third person/],
  ["en", "That bloke always wants something for free.", /third person/],
  ["de", "Lena – die hatte schon zwei Ersatzgeräte, kein drittes anbieten.", /Kollegen/],
  ["de", "Jonas, der will schon wieder eine Gutschrift.", /Kollegen/],
];

const PERSON_NEAR_MISSES: Row[] = [
  ["en", "Let's give her a call on Monday to book the fitting."],
  ["en", "Your son Max rang earlier. Let's just get him booked in for Tuesday."],
  ["en", "Let's hope the weather holds for the delivery."],
  ["en", "Please ignore the reminder you received yesterday."],
  ["en", "You can ignore his earlier email, the engineer sorted it."],
  ["en", "Typical Monday, the depot is swamped."],
  ["en", "Classic Karen question, and a good one: yes, it fits."],
  ["en", "The guy at the depot said it leaves tomorrow."],
  ["en", "This guy never lets you down: a 10-year warranty on the motor."],
  ["de", "Geben wir ihr Bescheid, sobald die Ware da ist."],
  ["de", "Schauen wir mal, ob es am Dienstag klappt."],
  ["de", "Bitte ignorieren Sie die Erinnerung von gestern."],
  ["de", "Typisch November, das Lager ist voll."],
  ["de", "Der Kerl vom Kurierdienst hat zweimal geklingelt."],
  ["de", "Lena, die das Lager leitet, meldet sich morgen."],
  ["de", "Lena, die hat heute frei, meldet sich morgen bei Ihnen."],
  ["de", "Anna, die ist diese Woche im Urlaub, vertritt ab Montag Jonas."],
  ["de", "Ihre Tochter Lena – die hat das Paket angenommen."],
];

// How far a price may go, and the loss below it: internal limits of a negotiation.
const FIGURE_LEAKS: LeakRow[] = [
  ["en", "Landed cost £31.20 per unit.", /internal figures/],
  ["en", "Our floor price for this account is £480.", /internal figures/],
  ["en", "Our walk-away price is £4,800.", /internal figures/],
  ["de", "Unsere Preisuntergrenze liegt bei 480 Euro.", /interne Zahlen/],
  ["de", "Unter 35 Euro legen wir drauf.", /interne Zahlen/],
  ["de", "Stückkosten ab Werk: 8,40 €.", /interne Zahlen/],
  ["de", "Schmerzgrenze beim Rabatt: 15 %.", /interne Zahlen/],
];

const FIGURE_NEAR_MISSES: Row[] = [
  ["en", "The landed cost to you, duty included, is £31.20 per unit."],
  ["en", "The auction has a floor price of £100."],
  ["en", "We are selling these at a loss to clear the shelf: £20 each."],
  ["en", "We can offer 10% off the list price of £49."],
  ["en", "Delivery costs £4.95 per order."],
  ["de", "Die Stückkosten für Sie sinken ab 100 Stück auf 3,20 €."],
  ["de", "Bei der Aktion legen wir noch eine Tasche drauf."],
  ["de", "Die Untergrenze für eine Bestellung liegt bei 25 Euro."],
  ["de", "Wir haben Ihnen 17 Euro erstattet."],
];

/** Tom forwards Dave's message to Tom alone (colleagues only) to Karen. */
function forwardedFromDave(language: "en" | "de", message: string): string {
  const [intro, header] =
    language === "en"
      ? ["Hi Karen,\n\nplease see below.\n\nBest,\nTom\n\n", "---------- Forwarded message ---------\nFrom: Dave Price <dave.price@laden.example>\nDate: Wed, 2 Dec 2026 at 15:31\nSubject: order 4471\nTo: Tom Baker <tom.baker@laden.example>\n\n"]
      : ["Hallo Frau Holt,\n\nzur Info unten.\n\nViele Grüße\nTom\n\n", "-------- Weitergeleitete Nachricht --------\nVon: Dave Price <dave.price@laden.example>\nDatum: 02.12.2026 15:31\nBetreff: Bestellung 4471\nAn: Tom Baker <tom.baker@laden.example>\n\n"];
  return `From: Tom Baker <tom.baker@laden.example>\nTo: Karen Holt <karen.holt@clientco.example>\nSubject: Fwd: order 4471\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\n${intro}${header}${message}\n`;
}

// A colleague's forwarded message: a confidence among colleagues, a judgment after "she's been", charging her.
const FORWARD_LEAKS: Row[] = [
  ["en", "Fine by me. Between us, the unit she got was a refurb.\nD"],
  ["de", "Passt. Unter uns: das Gerät war generalüberholt.\nD"],
  ["de", "Passt so. Unter uns gesagt, das war B-Ware.\nDave"],
  ["en", "Approved. She's been difficult all along, so keep it short.\nDave"],
  ["en", "Approved, but charge her the full restocking fee.\nDave"],
  ["de", "Freigegeben, aber berechne ihr die volle Bearbeitungsgebühr.\nDave"],
];

const FORWARD_NEAR_MISSES: Row[] = [
  ["en", "The replacement ships Friday, tracking follows.\nDave"],
  ["en", "Between us and the depot it is two days by road, so Friday works.\nDave"],
  ["en", "Yes, we can do Friday. Karen will get the tracking number by mail.\nDave"],
  ["de", "Der Ersatz geht Freitag raus, Sendungsnummer folgt.\nDave"],
  ["de", "Unter uns und dem Lager liegt nur eine Straße, Abholung geht also jederzeit.\nDave"],
];

/** Tom's reply to `to`, quoting `quoted` under `header` (no header: a quote of unknown origin). */
function replyQuoting(to: string, header: string, quoted: string, reply = "Hi,\n\nthanks, all sorted on our side.\n\nBest,\nTom\n"): string {
  const lines = quoted.split("\n").map((line) => `> ${line}`).join("\n");
  return `From: Tom Baker <tom.baker@laden.example>\nTo: ${to}\nSubject: Re: order 4471\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\n${reply}\n${header ? `${header}\n` : ""}${lines}\n`;
}

// Quotes written on the reader's side: by a recipient named in the header without an address (the
// name's words in the recipient's display name and address), or naming our organisation as another party.
const READER_SIDE_QUOTES: [string, string, string][] = [
  ["Familie Brenner <brenner.wolfgang@mail-sued.example>", "Am 21.11.2026 um 22:15 schrieb Wolfgang Brenner:", "Wir nehmen das Angebot.\nTODO für uns: Katzensitter organisieren."],
  ["Karen Holt <karen.holt@clientco.example>", "On Tue, 1 Dec 2026, Holt, Karen wrote:", "[internal: ask finance whether the budget covers two units]\nPlease quote for two."],
  ["Karen Holt <karen.holt@clientco.example>", "", "@Jo: can you send this to the Laden people? The import fails at row 212.\n(internal note: do NOT send them the version with the clinical notes)"],
  ["Karen Holt <karen.holt@clientco.example>", "", "Intern: bei Laden nachfragen, ob der Rabatt auch für Ersatzteile gilt."],
];

// Quotes of unknown origin that name our organisation as the speaker's own stay read.
const OWN_SIDE_QUOTES: [string, string, string][] = [
  ["Karen Holt <karen.holt@clientco.example>", "", "Internal: Laden policy says no refunds after 30 days, so stall her."],
  ["Karen Holt <karen.holt@clientco.example>", "On Tue, 1 Dec 2026, Wolfgang Berger wrote:", "[internal: she has had two refunds already]"],
];

// Payments promised to the reader, and a customer's returns as a share of their orders.
const CLAUSE_NEAR_MISSES: Row[] = [
  ["en", "We'll pay £418.35, which is the total of your receipts less the £50 excess."],
  ["en", "We will pay £120 for the damaged parcel as soon as we have your bank details."],
  ["de", "Wir werden 85 Euro für die beschädigte Lieferung erstatten."],
  ["en", "He returned the jacket he ordered last week, all good."],
  ["en", "He is on his way now, so expect a call around ten."],
  ["de", "Bitte senden Sie die Notiz an mich: Fax 030 123."],
];

const CLAUSE_LEAKS: LeakRow[] = [
  ["en", "We pay 14 pounds a unit for these, so 20% off is fine.", /internal figures/],
  ["en", "We will pay the supplier £14 a unit from January.", /internal figures/],
  ["en", "Honestly he sends back about half of what he orders, so expect this one back too.", /third person/],
  ["de", "(Anm. für mich: Sven fragen, ob der Lkw wirklich defekt war)", /markiert/],
  ["en", "Reminder to myself - chase the depot on Friday.", /marked internal/],
  ["en", "(Note to me: account on stop)", /colleagues/],
];

// A warning or aside about "she"/"he" for whoever deals with them next, telling what they did or do.
const WARNING_LEAKS: LeakRow[] = [
  ["en", "FYI she's already had a goodwill voucher in October.", /third person/],
  ["en", "Careful, she records every phone call.", /third person/],
  ["en", "He got a refund last year for the same thing, btw.", /third person/],
  ["en", "Heads up, he has asked for a discount on every order so far.", /third person/],
  ["en", "Word of warning: she was refunded twice for the same lamp.", /third person/],
];

// Warnings that tell the reader about a visit, a thing or themselves.
const WARNING_NEAR_MISSES: Row[] = [
  ["en", "FYI he'll ring the bell twice when he arrives."],
  ["en", "Heads up, he's running about 20 minutes late."],
  ["en", "FYI she will call you before she arrives."],
  ["en", "FYI she is the best fitter we have, you are in good hands."],
  ["en", "Your engineer is Sam. FYI he got the spare part this morning."],
  ["en", "Careful, it's heavy."],
  ["en", "Thanks for your patience, btw."],
  ["de", "Vorsicht, die ist schwer."],
  ["de", "Vorsicht, er ist heiß, wenn er aus der Maschine kommt."],
  ["de", "Achtung, der Boden ist frisch gestrichen."],
  ["de", "Zur Info: Kunde hat die Ware gestern erhalten."],
  ["en", "FYI: customer already received the replacement."],
];

// What an agent writes to a customer every day, near the words the readings above look for.
const DAILY_NEAR_MISSES: Row[] = [
  ["en", "As discussed with my colleague Anna, the replacement ships Friday."],
  ["en", "Our team will call you on Monday to book the fitting."],
  ["en", "My colleague Dave has checked the unit and it's fine."],
  ["en", "Karen, the replacement ships Friday."],
  ["en", "Anna from our warehouse says the parcel left today."],
  ["en", "Note: our team is off on 24 December."],
  ["en", "FYI, our warehouse closes at 4pm on Fridays."],
  ["en", "The list price is £49, and we can do £44 for you."],
  ["en", "You can see the order here: https://www.laden.example/account/orders/4471"],
  ["en", "Between us, the new model is much better value."],
  ["en", "Typically we ship within two days."],
  ["en", "Let's just say the courier had a bad day."],
  ["en", "Dave, our warehouse lead, is in copy."],
  ["en", "Priya will ignore the earlier ticket, it was a duplicate."],
  ["de", "Wie mit meiner Kollegin Anna besprochen, geht der Ersatz Freitag raus."],
  ["de", "Unser Team ruft Sie am Montag an."],
  ["de", "Frau Holt, der Ersatz geht Freitag raus."],
  ["de", "Anna aus dem Lager sagt, das Paket ist heute raus."],
  ["de", "Anmerkung: Unser Team ist am 24. Dezember nicht erreichbar."],
  ["de", "Der Listenpreis liegt bei 49 €, für Sie machen wir 44 €."],
  ["de", "Typischerweise versenden wir innerhalb von zwei Tagen."],
  ["de", "Lena, unsere Lagerleiterin, ist in Kopie."],
  ["de", "Ihre Bestellung finden Sie hier: https://www.laden.example/konto/bestellungen/4471"],
  ["de", "Zur Info an alle Empfänger: die Rechnung kommt separat."],
];

/** Tom's reply to Karen with `top` above the greeting. */
function withTop(language: "en" | "de", top: string): string {
  const body =
    language === "en"
      ? `${top}\n\nHi Karen,\n\nthe replacement ships Friday, 4 December 2026.\n\nBest regards,\nTom\n`
      : `${top}\n\nHallo Frau Holt,\n\nder Ersatz geht am Freitag, 4. Dezember 2026 raus.\n\nViele Grüße\nTom\n`;
  return `From: Tom Baker <tom.baker@laden.example>\nTo: Karen Holt <karen.holt@clientco.example>\nSubject: Re: order 4471\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\n${body}`;
}

// Above the greeting: a note about sending or approving this mail, a remark about "she"/"he", a go-ahead asked of a colleague.
const TOP_LEAKS: Row[] = [
  ["en", "Dave - ok to send? she wanted a full refund"],
  ["en", "Draft for Priya to approve"],
  ["en", "Not sent yet, waiting on Mark's ok"],
  ["en", "She's going to hate this, but here goes."],
  ["de", "Jonas, passt das so?"],
  ["de", "Entwurf, bitte von Lena freigeben lassen"],
  ["de", "Noch nicht abschicken, warte auf OK von Mark"],
  ["de", "Die wird das nicht mögen, aber egal."],
];

const TOP_NEAR_MISSES: Row[] = [
  ["en", "Thanks again for your order!"],
  ["en", "Sent on behalf of Dave Price"],
  ["en", "Your order 4471 - replacement sent"],
  ["en", "Re: approval of your quote"],
  ["en", "He asked me to write to you directly."],
  ["en", "Karen Holt\nClientco Ltd"],
  ["de", "Vielen Dank für Ihre Geduld!"],
  ["de", "Im Auftrag von Herrn Price"],
  ["de", "Ihre Bestellung 4471 – Ersatz versendet"],
  ["de", "Freigabe Ihres Angebots"],
  ["de", "Die Rechnung liegt bei."],
];

// Exasperation at the person, doubting what they say happened, a list kept about customers.
const SIGH_LEAKS: LeakRow[] = [
  ["en", "She is on our blacklist since the chargeback.", /third person/],
  ["de", "Die steht bei uns auf der Sperrliste.", /dritten Person/],
  ["en", "Ugh, not him again.", /third person/],
  ["de", "Ach nee, nicht der schon wieder.", /dritten Person/],
  ["de", "Oh nein, nicht die schon wieder.", /dritten Person/],
  ["en", "He has supposedly lost a parcel for the third time this month.", /third person/],
];

const SIGH_NEAR_MISSES: Row[] = [
  ["en", "Your address is not on any blacklist, the mail bounced for another reason."],
  ["en", "The sender domain was on a blocklist, so your mail did not reach us."],
  ["de", "Ihre Domain steht auf keiner Sperrliste."],
  ["de", "Nicht die Lieferung schon wieder verschieben, bitte."],
  ["en", "We did not charge him again, don't worry."],
  ["de", "Wir haben Ihnen das nicht schon wieder berechnet."],
  ["en", "The parcel was supposedly delivered, but we'll check with the courier."],
  ["de", "Die Sendung wurde angeblich zugestellt, wir prüfen das beim Paketdienst."],
  ["en", "Your husband Tom said he supposedly never got the card."],
];

// The internal adjective before a document word as a label; the reader's reference number and a check's result stay silent.
const DOC_LEAKS: LeakRow[] = [
  ["en", "Internal doc: https://drive.google.com/drive/folders/1XyZ", /marked internal/],
  ["de", "Interne Tabelle: Kundin hat 3 Retouren", /markiert/],
  ["en", "Internal ticket: SUP-4471, escalated twice", /marked internal/],
];

const DOC_NEAR_MISSES: Row[] = [
  ["en", "Our internal reference: 4471-B."],
  ["en", "Internal reference: 4471-B"],
  ["en", "Internal testing showed no fault."],
  ["de", "Interne Prüfung: kein Fehler gefunden, Sie erhalten das Gerät zurück."],
];

// A note for whoever takes the case over; a parcel collected and the reader's own colleague stay silent.
const HANDOVER_LEAKS: LeakRow[] = [
  ["en", "Whoever picks this up: she is fine with Tuesday but not Monday.", /colleagues/],
  ["de", "Wer das übernimmt: sie kann Dienstag, nicht Montag.", /Kollegen/],
  ["en", "Whoever gets this ticket - the address changed last week.", /colleagues/],
];

const HANDOVER_NEAR_MISSES: Row[] = [
  ["en", "Whoever picks it up: please bring your ID."],
  ["en", "Whoever collects the parcel: please bring ID."],
  ["de", "Wer das Paket abholt: bitte Ausweis mitbringen."],
  ["en", "Whoever takes this on at your end: the form is attached."],
  ["de", "Wer den Fall bei Ihnen übernimmt: die Unterlagen liegen bei."],
];

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    ...GROUP_READERS.map(([to, hello, lines]) => ({ name: `group: ${lines}`, filename: "d.eml", code: toGroup(to, hello, lines) })),
    ...[...GROUP_NEAR_MISSES, ...TODO_NEAR_MISSES, ...NOTE_NEAR_MISSES, ...PERSON_NEAR_MISSES, ...FIGURE_NEAR_MISSES, ...CLAUSE_NEAR_MISSES, ...WARNING_NEAR_MISSES, ...DAILY_NEAR_MISSES, ...SIGH_NEAR_MISSES, ...DOC_NEAR_MISSES, ...HANDOVER_NEAR_MISSES].map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line) })),
    ...FORWARD_NEAR_MISSES.map(([language, message]) => ({ name: `forward ${language}: ${message}`, filename: "d.eml", code: forwardedFromDave(language, message) })),
    // In the text written now a confidence may be to the reader.
    { name: "de: a confidence to the reader", filename: "d.eml", code: mail("de", "Unter uns gesagt, warten Sie mit dem Kauf bis zum Sale im Januar.") },
    ...TOP_NEAR_MISSES.map(([language, top]) => ({ name: `top ${language}: ${top}`, filename: "d.eml", code: withTop(language, top) })),
    ...READER_SIDE_QUOTES.map(([to, header, quoted]) => ({ name: `reader's quote: ${quoted}`, filename: "d.eml", code: replyQuoting(to, header, quoted) })),
    ...[...TAIL_NEAR_MISSES, ...POSTSCRIPT_NEAR_MISSES].map(([language, tail]) => ({ name: `tail ${language}: ${tail}`, filename: "d.eml", code: withTail(language, tail) })),
  ],
  invalid: [
    ...TOP_LEAKS.map(([language, top]) => ({ name: `top ${language}: ${top}`, filename: "d.eml", code: withTop(language, top), errors: [{ line: 6, message: /colleagues|Kollegen/ }] })),
    ...OWN_SIDE_QUOTES.map(([to, header, quoted]) => ({ name: `own quote: ${quoted}`, filename: "d.eml", code: replyQuoting(to, header, quoted), errors: [{ message: /quoted history/ }] })),
    ...FORWARD_LEAKS.map(([language, message]) => ({ name: `forward ${language}: ${message}`, filename: "d.eml", code: forwardedFromDave(language, message), errors: [{ message: /quoted history|zitierte Verlauf/ }] })),
    ...[...TAIL_LEAKS, ...POSTSCRIPT_LEAKS].map(([language, tail, message]) => ({ name: `tail ${language}: ${tail}`, filename: "d.eml", code: withTail(language, tail), errors: [{ message }] })),
    ...[...GROUP_LEAKS, ...TODO_LEAKS, ...NOTE_LEAKS, ...PERSON_LEAKS, ...FIGURE_LEAKS, ...CLAUSE_LEAKS, ...WARNING_LEAKS, ...SIGH_LEAKS, ...DOC_LEAKS, ...HANDOVER_LEAKS].map(([language, line, message]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line), errors: [{ line: 9, message }] })),
    {
      name: "de: a note about the customer to a family is still for colleagues",
      filename: "d.eml",
      code: toGroup("Familie Berger <familie.berger@web.example>", "Hallo Familie Berger,", "Info an alle: Kundin hat schon zweimal storniert."),
      errors: [{ line: 8, message: /Kollegen/ }],
    },
  ],
});
