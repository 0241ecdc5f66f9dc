// internal-content, eleventh round of issue 17: readings generalised from wordings of our own, each
// with near-misses an agent writes every day. Part 1: a test copy of the organisation's own site
// ("shop-staging.laden.example", "api.dev.laden.example") and the agents' side of its Jira.
// Part 1b: a doubt about how "she"/"he" will take something ("Not sure she'll accept this"), with
// no one else named before, guesses the reader's reaction for colleagues.
// Part 1c: the reader said not to have read what was sent ("Der Typ hat die Anleitung nicht gelesen").
// Part 1d: "Team: ..." in a mail to a team by name ("Finance Team <finance@...>") speaks to that team,
// unless it talks of someone in the third person.
// Part 1e: German withholding with the object before the negation ("Bitte ihr nicht sagen, dass ...").
// Part 1f: a handover label after "NB"/"Note to"/"for" ("NB for whoever picks this up - ...").
// Part 2 (internal-recipients): the organisation's counter-fraud desk copied on a mail to an
// outside person tells them they are suspected.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import recipientsRule from "../../../rules/leaks/internal-recipients.js";
import { mail } from "./support-drafts.js";

type Row = ["en" | "de", string];

// A test copy of the own site, or the own Jira board: colleagues only can open them.
const LINK_LEAKS: Row[] = [
  ["en", "The fix is on https://shop-staging.laden.example/cart already."],
  ["en", "You can try it at https://checkout.dev.laden.example/basket."],
  ["en", "Logs from https://api.staging.laden.example/v2/orders/4471 look fine."],
  ["en", "Tracked on https://laden.atlassian.net/jira/software/projects/SUP/boards/3."],
  ["de", "Bitte testen Sie auf https://uat-portal.laden.example/login."],
  ["de", "Der neue Ablauf läuft schon auf https://kasse.qa.laden.example/."],
  ["de", "Die Änderung liegt auf https://preprod-shop.laden.example/warenkorb."],
];

// Public sites of the organisation, the reader's own test systems and the customer side of a
// hosted tool: customers open these every day.
const LINK_NEAR_MISSES: Row[] = [
  ["en", "Our status page https://status.laden.example shows the outage is over."],
  ["en", "The API docs are at https://docs.laden.example/api."],
  ["en", "Please try it on your staging server https://staging.clientco.example/ first."],
  ["en", "Raise it at https://laden.atlassian.net/servicedesk/customer/portal/2 any time."],
  ["en", "Our developer portal is https://dev.laden.example/."],
  ["en", "Check your line at https://speed-test.laden.example."],
  ["en", "Tickets for the main stage are on https://tickets.laden.example/main-stage."],
  ["en", "Our team will check the order and come back to you."],
  ["de", "Die Anleitung finden Sie unter https://hilfe.laden.example/retoure."],
  ["de", "Testen Sie bitte zuerst auf Ihrem Testsystem https://test.clientco.example/."],
  ["de", "Unsere Statusseite https://status.laden.example zeigt wieder alles grün."],
  ["de", "Der Festivalplan steht auf https://www.laden.example/stage/plan."],
];

// Guessing the reader's reaction, with no one else named before.
const DOUBT_LEAKS: Row[] = [
  ["en", "Not sure she'll accept this."],
  ["en", "Not sure he will go for the voucher, tbh."],
  ["en", "I doubt she'd pay for the upgrade anyway."],
  ["en", "I'm not sure if he'll ever be happy with it."],
  ["en", "Unsure whether she would take the refund."],
];

// Doubts said to the reader, about things, about facts, or about someone named before.
const DOUBT_NEAR_MISSES: Row[] = [
  ["en", "Not sure you'll like this, but the part is discontinued."],
  ["en", "Our driver is on the way. Not sure he'll make it before 5 though."],
  ["en", "I've asked Anna to check. Not sure she'll be back before Friday."],
  ["en", "Not sure she was in when the courier called."],
  ["en", "Not sure it will fit your van, so please measure first."],
  ["en", "I doubt it will rain on the day."],
  ["en", "Not sure if he'll make it, so you may want to ring the depot."],
  ["en", "I'm not sure the part will arrive before Friday."],
  ["en", "Your son asked about the size. Not sure he'll need the larger one."],
  ["en", "Not sure whether the engineer will need access to the loft."],
];

// Not reading what was sent, said of the reader.
const NOT_READ_LEAKS: Row[] = [
  ["de", "Der Typ hat die Anleitung nicht gelesen."],
  ["de", "Der Kerl hat die Mail schon wieder nicht gelesen."],
  ["de", "Die Kundin hat die Anleitung offenbar nicht gelesen."],
  ["en", "The guy clearly didn't read the manual."],
  ["en", "She didn't even read the instructions."],
  ["en", "He never reads our emails."],
];

// What can or need not be read, the reader's own message, someone named before: silent.
const NOT_READ_NEAR_MISSES: Row[] = [
  ["en", "He hasn't read your message yet."],
  ["en", "Our engineer is coming. He didn't read the notes yet, so please tell him about the leak."],
  ["en", "The meter could not be read on Monday."],
  ["en", "The customer does not need to read the full terms."],
  ["en", "He can't read the small print on the label without glasses."],
  ["de", "Der Typ des Zählers lässt sich nicht ablesen."],
  ["de", "Der Techniker hat die Notiz noch nicht gelesen."],
  ["de", "Er lässt sich nicht lesen, der Barcode."],
  ["de", "Die Kundin kann die Anleitung nicht lesen, sie ist zu klein gedruckt."],
  ["de", "Ihr Sohn hat die Karte gekauft. Er hat die Anleitung aber nicht gebraucht."],
];

/** A mail from the shop to the team `to`, `line` as line 9 (after the greeting "Hello team,"). */
function toTeam(to: string, line: string): string {
  return `From: Tom Baker <tom.baker@laden.example>\nTo: ${to}\nSubject: Contract renewal\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\nHello team,\n\nthe renewal for 2027 is attached.\n${line}\n\nBest regards,\nTom Baker\n`;
}

const TEAMS = ["Finance Team <finance@clientco.example>", "team-einkauf@clientco.example", "Team Buchhaltung <buchhaltung@clientco.example>"];

// Said to the readers' team.
const TEAM_NEAR_MISSES: [string, string][] = [
  [TEAMS[0], "Team: please sign page 4 and send it back by Friday."],
  [TEAMS[0], "Team: the new prices apply from January, nothing else changes."],
  [TEAMS[1], "Team: bitte Seite 4 unterschreiben und bis Freitag zurückschicken."],
  [TEAMS[2], "Team: die neuen Preise gelten ab Januar."],
];

// About someone in the third person, or the same words to one person: for colleagues.
const TEAM_LEAKS: [string, string][] = [
  [TEAMS[0], "Team: she has had two refunds already, please hold."],
  [TEAMS[1], "Team: er hat schon zweimal storniert, keine Kulanz mehr."],
  [TEAMS[0], "Team: the customer disputes every invoice, keep it formal."],
];

// Keeping something from the reader, said to colleagues.
const WITHHOLD_LEAKS: Row[] = [
  ["de", "Bitte ihr nicht sagen, dass es unser Fehler war."],
  ["de", "Bitte ihm nichts verraten, bis die Gutschrift durch ist."],
  ["de", "Lieber ihr nichts sagen, bis die Gutschrift durch ist."],
  ["de", "Sag ihm nichts von der Gutschrift."],
];

// The plural "ihr", the reader addressed, a report of the past, a thing: silent.
const WITHHOLD_NEAR_MISSES: Row[] = [
  ["de", "Wenn ihr nicht sagen könnt, wann es kommt, melden wir uns."],
  ["de", "Können Sie ihr nicht sagen, dass das Paket beim Nachbarn liegt?"],
  ["de", "Ich kann Ihnen leider nichts sagen, bevor die Prüfung fertig ist."],
  ["de", "Das Gerät zeigt ihm nichts an."],
  ["de", "Wir haben ihm nichts gesagt."],
  ["de", "Ihre Frau hat angerufen, bitte ihr nichts sagen von der Überraschung."],
  ["de", "Der Fahrer hat angerufen, ich konnte ihm nichts sagen."],
  ["de", "Dem Fahrer bitte nichts sagen, er weiß Bescheid."],
];

// A note for the colleague who takes the case over.
const HANDOVER_LEAKS: Row[] = [
  ["en", "NB for whoever picks this up - he is on a payment plan."],
  ["en", "Note to whoever takes this: she only wants calls after 5."],
  ["de", "Info für wer das übernimmt: sie ist schon dreimal vertröstet worden."],
];

// A parcel, not the case; the reader's colleague: silent.
const HANDOVER_NEAR_MISSES: Row[] = [
  ["en", "For whoever picks it up: please bring photo ID."],
  ["en", "Note for whoever collects the parcel: bring the code."],
  ["en", "To whoever takes this on at your end: the login is on page 2."],
  ["de", "Hinweis für wer das Paket abholt: bitte Ausweis mitbringen."],
];

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    ...[...LINK_NEAR_MISSES, ...DOUBT_NEAR_MISSES, ...NOT_READ_NEAR_MISSES, ...WITHHOLD_NEAR_MISSES, ...HANDOVER_NEAR_MISSES].map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line) })),
    ...TEAM_NEAR_MISSES.map(([to, line]) => ({ name: `to ${to}: ${line}`, filename: "d.eml", code: toTeam(to, line) })),
  ],
  invalid: [
    ...LINK_LEAKS.map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line), errors: [{ line: 9, message: /colleagues|Kollegen|intern/ }] })),
    ...TEAM_LEAKS.map(([to, line]) => ({ name: `to ${to}: ${line}`, filename: "d.eml", code: toTeam(to, line), errors: [{ line: 9, message: /colleagues|Kollegen/ }] })),
    {
      name: "to one person, the greeting and the team line are both for colleagues",
      filename: "d.eml",
      code: toTeam("Karen Holt <karen.holt@clientco.example>", "Team: please chase the warehouse before Friday."),
      errors: [{ line: 6, message: /colleagues/ }, { line: 9, message: /colleagues/ }],
    },
    ...WITHHOLD_LEAKS.map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line), errors: [{ line: 9 }] })),
    ...HANDOVER_LEAKS.map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line), errors: [{ line: 9, message: /colleagues|Kollegen/ }] })),
    ...NOT_READ_LEAKS.map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line), errors: [{ line: 9, message: /third person|dritten Person/ }] })),
    ...DOUBT_LEAKS.map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language, line), errors: [{ line: 9, message: /third person/ }] })),
  ],
});

// The own investigation desk in Cc beside an outside reader.
const DESK_LEAKS: [string, "en" | "de"][] = [
  ["Counter Fraud <counterfraud@laden.example>", "en"],
  ["anti-fraud@laden.example", "en"],
  ["fraud.investigations@laden.example", "en"],
  ["Betrugsabwehr <betrugsabwehr@laden.example>", "de"],
  ["siu@laden.example", "en"],
];

// A fraud team a victim is handed to, the reader's own desk, ordinary desks and anti-fraud
// words that name no desk: silent.
const DESK_NEAR_MISSES: [string, "en" | "de"][] = [
  ["fraud@laden.example", "en"],
  ["Fraud Team <fraud-team@laden.example>", "en"],
  ["counterfraud@clientco.example", "en"],
  ["claims@laden.example", "en"],
  ["fraudulent-orders-report@laden.example", "en"],
  ["betrug-melden@laden.example", "de"],
  ["schadenpruefung@laden.example", "de"],
  ["anti-spam@laden.example", "en"],
  ["revision@laden.example", "de"],
  ["counter@laden.example", "en"],
];

const passedOn = (language: "en" | "de") => (language === "en" ? "I have passed your claim on to the right desk." : "Ich habe Ihren Fall an die zuständige Stelle gegeben.");

new RuleTester().run(recipientsRule, {
  valid: DESK_NEAR_MISSES.map(([cc, language]) => ({ name: `cc ${cc}`, filename: "d.eml", code: mail(language, passedOn(language), { cc }) })),
  invalid: DESK_LEAKS.map(([cc, language]) => ({ name: `cc ${cc}`, filename: "d.eml", code: mail(language, passedOn(language), { cc }), errors: [{ line: 3, message: /internal-only|rein interner/ }] })),
});
