// Tone v2, round 9: condescension readings for families of wordings not seen in the eval rows,
// checked on sentences written for these tests: rude ones each reading must find, and at least as
// many near-misses of the same shape that must stay silent. A sentence counts as flagged when any
// tone rule reports in it, as in scripts/eval-tone.ts.
import { check } from "./tone-sentences.js";

// Knowledge called common ("wie jeder weiß", "as any adult would know"): an aside before a comma,
// or a whole sentence about "das"/"that". Not "wie Sie wissen", not "jeder Kunde sollte wissen,
// dass ..." (news), not "will know" (a forecast), not "jeder Mitarbeiter" (someone in particular).
check(
  "knowledge called common",
  {
    de: [
      "Wie jeder weiß, kann man geöffnete Lebensmittel nicht zurückgeben.",
      "Wie doch jeder weiß, braucht man dafür eine Quittung.",
      "Wie jeder vernünftige Mensch weiß, gilt die Garantie nicht für Sturzschäden.",
      "Wie jeder wissen sollte, ist ein Passwort geheim.",
      "Die Frist ist, wie jeder Erwachsene weiß, verbindlich.",
      "Das sollte eigentlich jeder Erwachsene wissen.",
      "Das weiß doch jeder.",
    ],
    en: [
      "As any adult would know, you cannot return opened food.",
      "As anyone with a basic grasp of English would know, non-refundable means no refund.",
      "As everyone knows, a receipt is needed for a refund.",
      "You cannot, as any reasonable person understands, cancel a delivered order.",
      "As any child knows, batteries run flat.",
      "Everyone knows that.",
      "Any adult should know this.",
      "That is something every adult should know.",
    ],
  },
  {
    de: [
      "Wie Sie wissen, ist der Laden sonntags geschlossen.",
      "Wie besprochen, erhalten Sie die Gutschrift in fünf Tagen.",
      "Wie in meiner letzten Mail erwähnt, ist Ihr Paket unterwegs.",
      "Wie jedes Jahr schließen wir über Weihnachten.",
      "Wie jeder Kunde erhalten Sie eine Bestätigung per Mail.",
      "Jeder Kunde sollte wissen, dass er ein Widerrufsrecht hat.",
      "Das weiß ich leider nicht.",
      "Das wissen wir noch nicht.",
      "Nicht jeder weiß, dass man die Sendung online verfolgen kann, daher hier der Link.",
      "Wie jeder andere Kunde können Sie die Rechnung im Portal herunterladen.",
      "Das kann jeder wissen, der die Nummer hat.",
      "Das sollte jeder Mitarbeiter wissen.",
      "Das weiß jeder Mitarbeiter bei uns.",
      "Jeder weiß, wie wichtig Ihnen das ist, und wir kümmern uns.",
      "Wie jeder weiß, ist der Dezember bei uns die geschäftigste Zeit.",
    ],
    en: [
      "As you know, the store is closed on Sundays.",
      "As everyone knows, December is our busiest month.",
      "As discussed, the refund will arrive within five days.",
      "As mentioned in my last mail, your parcel left our warehouse on Monday.",
      "As anyone who has ordered with us will know, the tracking link comes by mail.",
      "Any customer should know that they can return items within 30 days.",
      "Everyone should know that our hotline is free.",
      "Does everyone know where the meeting is?",
      "I assume you have received the parcel by now.",
      "Every customer knows their order number from the confirmation.",
      "Not everyone knows that you can track the parcel online, so here is the link.",
      "As every year, we close over Christmas.",
      "As with any order, you can cancel within 14 days.",
      "Anyone who knows the account number can call us.",
      "Everyone in our team knows your case.",
    ],
  },
);

// Ability taken for granted: "doch wohl ... können/schaffen", "Surely you can figure that out",
// the writers presuming a literal skill with no object ("Ich gehe davon aus, dass Sie lesen
// können"). Not a plain future ("Sie werden ... verfolgen können"), a worried "doch wohl nicht",
// a skill with an object ("die Rechnung lesen können", "read the scan") or goodwill asked for.
check(
  "ability taken for granted",
  {
    de: [
      "Sie werden doch wohl eine Sendungsnummer eingeben können.",
      "Sie werden es doch wohl schaffen, ein Formular auszufüllen.",
      "Das wirst du ja wohl hinbekommen.",
      "Das werden Sie doch wohl noch wissen.",
      "Ich gehe davon aus, dass Sie lesen können.",
      "Ich nehme an, Sie können zählen.",
    ],
    en: [
      "Surely you can figure that out.",
      "Surely you can manage that yourself.",
      "Surely you can manage to click a link by yourself.",
      "Surely you can read.",
      "I assume you can read.",
      "I trust you can count.",
    ],
  },
  {
    de: [
      "Sie werden die Sendung ab Montag verfolgen können.",
      "Sie werden doch wohl nicht zweimal bezahlt haben?",
      "Ich hoffe, Sie können den Scan lesen.",
      "Ich gehe davon aus, dass Sie die Lieferung erhalten haben.",
      "Ich nehme an, Sie können am Montag kommen.",
      "Das werden wir wohl schaffen.",
      "Sie werden wohl am Dienstag kommen können.",
      "Ich hoffe, dass Sie die Rechnung lesen können.",
    ],
    en: [
      "Surely you can appreciate that we need a receipt.",
      "I hope you can read the scan, it is a bit blurry.",
      "I assume you can attend on Monday.",
      "I assume you have received the parcel by now.",
      "Surely you could send it again?",
      "I'm sure you can figure it out with the guide, and we are here if not.",
      "I hope you can read my handwriting.",
      "I trust you can write to us again if anything is missing.",
      "Surely we can figure that out together.",
    ],
  },
);

// Everyone but the reader, evidently: others managed a skill, "nur Sie offenbar nicht", "except
// you, apparently". Not without the marker next to the reader, not when the others received
// something (the writers' own slip), not "nur Ihres" (a thing).
check(
  "everyone but the reader, evidently",
  {
    de: [
      "Das lernt jeder Lehrling in der ersten Woche, nur Sie offenbar nicht.",
      "Alle anderen Kunden haben das Formular verstanden, nur Sie anscheinend nicht.",
      "Jeder findet den Knopf, außer Ihnen offenbar.",
      "Das hat bisher jeder verstanden, nur du offensichtlich nicht.",
    ],
    en: [
      "Everyone manages to find the button, except you, apparently.",
      "Every other customer understood the form, but apparently not you.",
      "Everybody else read the instructions, not you, evidently.",
    ],
  },
  {
    de: [
      "Alle wurden informiert, nur Sie nicht, das war unser Fehler.",
      "Alle Pakete sind angekommen, nur Ihres offenbar nicht.",
      "Die Mail ging offenbar an alle, nur nicht an Sie.",
      "Offenbar wurden alle Kunden benachrichtigt, nur Sie nicht.",
      "Alle haben eine Gutschrift bekommen, nur Sie offenbar nicht.",
    ],
    en: [
      "Apparently the courier delivered to everyone except you.",
      "Everyone was informed except you, which is our fault.",
      "Not you, apparently, but your bank declined the payment.",
      "The notice clearly went to every customer except you.",
      "Everyone got a refund except you, apparently.",
      "Everyone received the voucher except you, apparently.",
    ],
  },
);

// Once more, slowly: "slowly"/"langsam" right before a colon, set off from "once more"/"noch
// einmal" by a comma or "ganz". Not a slow rollout, a thank-you "once more", progress reported.
check(
  "once more, slowly",
  {
    de: [
      "Noch einmal, ganz langsam: Die Garantie ist abgelaufen.",
      "Ich schreibe es Ihnen nochmal, langsam: Das Formular geht an die Filiale.",
      "Also wieder ganz langsam: Ohne Quittung kein Umtausch.",
    ],
    en: [
      "I explained this in my last two mails, but here it is once more, slowly: the warranty has ended.",
      "Once more, slowly: we do not refund opened software.",
      "Again, slowly: the form goes to the branch, not to us.",
    ],
  },
  {
    de: [
      "Das Update kommt langsam: zuerst in Deutschland, dann in Österreich.",
      "Noch einmal vielen Dank: Das Paket ist unterwegs.",
      "Bitte sprechen Sie am Telefon wieder langsam, die Leitung ist schlecht.",
      "Die Preise steigen langsam: etwa zwei Prozent im Jahr.",
      "Wir holen wieder langsam auf: 80 Prozent der Bestellungen sind verschickt.",
    ],
    en: [
      "The update rolls out slowly: first in Germany, then in Austria.",
      "Once more, thank you for your patience: the parcel is on its way.",
      "Please speak slowly when you call again: the line is bad.",
      "We are working through the backlog again, slowly but surely.",
      "Prices rise slowly: about two percent a year.",
      "We are catching up again slowly: 80 percent of the orders have shipped.",
    ],
  },
);

// Beyond the reader: what the matter exceeds is the reader's "Horizont", or "beyond you" ends a
// clause. Not a trip that widens the horizon, "beyond your control", a denial that encourages.
check(
  "beyond the reader",
  {
    de: [
      "Das übersteigt offenbar Ihren Horizont.",
      "Das geht wohl über Ihren Horizont.",
      "Eine Kündigungsfrist liegt offenbar jenseits Ihres Horizonts.",
    ],
    en: [
      "Let me walk you through this step by step, since it seems to be beyond you.",
      "Apparently a simple form is beyond you.",
      "Setting a PIN is clearly beyond you.",
    ],
  },
  {
    de: [
      "Mit dieser Anleitung übersteigt nichts Ihren Horizont.",
      "Erweitern Sie Ihren Horizont mit unseren Sprachreisen.",
      "Unsere Reisen gehen über den Horizont hinaus.",
      "Das übersteigt nicht Ihren Horizont, keine Sorge.",
    ],
    en: [
      "This is beyond your control, so no fee applies.",
      "It is not beyond you, the guide makes it easy.",
      "We will go beyond your expectations.",
      "The delay was beyond you and us.",
      "Nothing here is beyond you, I promise.",
      "Our support goes beyond you calling us.",
    ],
  },
);
