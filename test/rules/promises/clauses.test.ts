// The clause reader (rules/promises/clauses.ts) by kind, through the rules: each kind of
// unconfirmed commitment that ../shared/PROMISES.md names, German and English, and near-misses
// that are not findings. Mail date: Tuesday, 24 November 2026.
import { RuleTester } from "../../../src/index.js";
import unconfirmedPromise from "../../../rules/promises/unconfirmed-promise.js";
import ambiguousDate from "../../../rules/promises/ambiguous-date.js";

const now = new Date("2026-11-24T10:00:00+01:00");

describe("unconfirmed-promise by kind", () => {
  new RuleTester().run(unconfirmedPromise, {
    valid: [
      // accepting, attending, courtesies, feelings
      { code: "I'll be at the workshop on Tuesday.", now },
      { code: "I will come along.", now },
      { code: "Ich komme sehr gern.", now },
      { code: "Wir stehen Ihnen auch künftig gern zur Seite.", now },
      { code: "Ich wünsche Ihnen ein schönes Wochenende.", now },
      // the sender's own plans
      { code: "I'm away at a conference this week.", now },
      { code: "Im Frühjahr stellen wir unseren Katalog um.", now },
      { code: "Ich bin ab Montag im Urlaub.", now },
      // negation with nichts / kein / never
      { code: "Für die Reparatur berechnen wir Ihnen nichts.", now },
      { code: "Wir stellen Ihnen keine Kosten in Rechnung.", now },
      { code: "We will never ask for your password.", now },
      // offers that wait for the reader
      { code: "Geben Sie mir kurz Bescheid, dann lege ich Ihnen den Zugang an.", now },
      { code: "Let me know and I will set up the account.", now },
      { code: "Send us a photo and we'll arrange a replacement.", now },
      { code: "Wenn Sie möchten, schicken wir Ihnen einen Katalog.", now },
      { code: "Gern senden wir Ihnen auf Wunsch weitere Informationen zu.", now },
      // direct speech is nobody's promise to the reader
      { code: 'The tortoise replied: "Though you be swift as the wind, I will beat you in a race."', now },
      { code: "Der Kunde schrieb: „Ich schicke die Jacke morgen zurück.“", now },
      // habits and policy, work in progress, the past, deliveries made now
      { code: "Wir liefern grundsätzlich nur innerhalb Deutschlands.", now },
      { code: "You'll receive a confirmation email after every booking.", now },
      { code: "Derzeit prüfen wir Ihren Antrag.", now },
      { code: "I am currently looking into the missing points.", now },
      { code: "Das Paket wurde gestern zugestellt.", now },
      { code: "Anbei erhalten Sie die Unterlagen.", now },
      { code: "Attached you will find the invoice.", now },
      // someone else's own action, not vouched for
      { code: "Der Notar schickt Ihnen den Entwurf direkt.", now },
      { code: "Sie erhalten in den nächsten Tagen Post von Ihrer Krankenkasse.", now },
      // confirmed: a date, today, tomorrow, a count of days, refers back to a date
      { code: "Die Monteurin kommt am Freitag, 27.11.2026, zwischen 10 und 14 Uhr.", now },
      { code: "Im Laufe des Tages schicke ich Ihnen den Entwurf.", now },
      { code: "Our driver will collect the parcel later today.", now },
      { code: "Ihr Konto wird innerhalb von 2 Werktagen freigeschaltet.", now },
      { code: "The parts arrive on 27 November 2026. We will then fit them.", now },
      { code: "Die Reifen wechseln wir heute, die Rechnung bekommen Sie morgen.", now },
      { code: "The invoice of 20 November 2026 is attached.", now },
    ],
    invalid: [
      // hedged, even with a date
      { code: "Die Ware trifft voraussichtlich am 04.12.2026 bei Ihnen ein.", now, errors: [{ message: /„voraussichtlich“: Diese Zusage ist eingeschränkt/ }] },
      { code: "With luck the new card reaches you tomorrow.", now, errors: [{ message: /"With luck" hedges this promise/ }] },
      { code: "We will try hard to have the quote ready by Monday, 30 November 2026.", now, errors: [{ message: /hedges this promise/ }] },
      { code: "Wenn alles glatt läuft, schalten wir Ihren Anschluss am 08.12.2026 frei.", now, errors: [{ message: /„Wenn alles glatt läuft“/ }] },
      // a third party's word without "laut" or "says"
      { code: "Der Paketdienst hat uns bestätigt, dass Ihr Paket am 01.12.2026 zugestellt wird.", now, errors: [{ message: /„Der Paketdienst hat uns bestätigt“: Diese Zusage hängt am Wort eines Dritten/ }] },
      { code: "The carrier informed us that the parcel will be delivered on 1 December 2026.", now, errors: [{ message: /someone else's word/ }] },
      // subjects acting for the sender
      { code: "Our electrician will stop by soon.", now, errors: [{ message: /"soon"/ }] },
      { code: "My colleague will set up the call.", now, errors: [{ message: /"My colleague will set up" has no date/ }] },
      { code: "Unser Kundenservice meldet sich bei Ihnen.", now, errors: [{ message: /ohne Termin/ }] },
      // passive, impersonal and elliptic forms
      { code: "Vielen Dank für Ihre Nachricht. Antwort folgt.", now, errors: [{ message: /„Antwort folgt“ ohne Termin/ }] },
      { code: "More details to follow.", now, errors: [{ message: /has no date/ }] },
      { code: "Die Erstattung wird angewiesen.", now, errors: [{ message: /ohne Termin/ }] },
      { code: "A new charger will be sent to you.", now, errors: [{ message: /"A new charger will be sent" has no date/ }] },
      { code: "Credit notes are going out next week.", now, errors: [{ message: /"next week"/ }] },
      // vague times
      { code: "Wir liefern in KW 50.", now, errors: [{ message: /„in KW 50“/ }] },
      { code: "Die Abrechnung schicken wir Ihnen Ende des Monats.", now, errors: [{ message: /„Ende des Monats“/ }] },
      { code: "We'll ship the chairs early next week.", now, errors: [{ message: /"early next week"/ }] },
      { code: "Your tickets will be emailed closer to the date.", now, errors: [{ message: /"closer to the date"/ }] },
      // a date covers only its own clause
      {
        code: "Den Gutschein schicken wir Ihnen am 30.11.2026, die Rechnung kommt dann in Kürze.",
        now,
        errors: [{ message: /„in Kürze“ ist kein Termin/, suggestions: [{ desc: "Schreiben Sie „bis Freitag, 27.11.2026“", text: "bis Freitag, 27.11.2026" }] }],
      },
      // a vague time in the sentence before
      { code: "The spare part should arrive next week. We will then call you to book the repair.", now, errors: 2 },
    ],
  });
});

describe("ambiguous-date: bare weekdays only where they schedule something", () => {
  new RuleTester().run(ambiguousDate, {
    valid: [
      { code: "Montags ist unsere Werkstatt geschlossen.", now },
      { code: "On Mondays the office is closed.", now },
      { code: "We talked last Monday.", now },
      { code: "I'll be at the workshop on Tuesday.", now },
      { code: "Bitte rufen Sie uns am Donnerstag an.", now },
      { code: "Wenn Sie den Termin am Montag nicht wahrnehmen können, verschieben wir ihn.", now },
    ],
    invalid: [
      { code: "Die Monteurin kommt am Freitag zwischen 10 und 14 Uhr.", now, errors: [{ message: /Welcher Freitag\?.*Freitag, 27\.11\.2026/ }] },
      { code: "Our electrician will stop by on Thursday.", now, errors: [{ message: /which Thursday\?/ }] },
      { code: "We'll have it running later today or Monday at the latest.", now, errors: [{ message: /which Monday\?/ }] },
      // a contradiction is a finding wherever it stands
      { code: "Bitte kommen Sie am Mittwoch, 27.11.2026.", now, errors: [{ message: /ist ein Freitag, kein Mittwoch/ }] },
    ],
  });
});
