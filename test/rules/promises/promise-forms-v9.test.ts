// Hedged and third-party wordings (round 9), read by a general form and checked in wordings of our
// own: true positives beside at least as many near-misses that must stay silent.
// Mail date: Tuesday, 24 November 2026.
import { describe } from "vitest";
import { reports, silent } from "./promise-findings.js";

describe("a condition on how things go (alles/nichts + klappen, laufen, dazwischenkommen) hedges a dated promise", () => {
  reports([
    "Wenn alles glattläuft, bringt unser Techniker das Gerät am 03.12.2026 vorbei.",
    "Sofern nichts dazwischenkommt, erhalten Sie die Gutschrift am 01.12.2026.",
    "Klappt alles wie geplant, schicken wir Ihnen die Ware am 02.12.2026.",
    "Geht alles nach Plan, rufen wir Sie am 01.12.2026 an.",
    "Kommt nichts dazwischen, ist der Techniker am 02.12.2026 bei Ihnen.",
    "Wenn alles wie geplant läuft, erhalten Sie die Ware am 03.12.2026.",
    "Falls alles glattgeht, bauen wir die Küche am 07.12.2026 auf.",
    "Die Rückzahlung geht am 01.12.2026 raus, wenn nichts schiefläuft.",
    "Wir schicken Ihnen das Angebot morgen, sofern alles glattläuft.",
  ], "de");
  silent([
    "Wenn alles glattläuft, sparen Sie Zeit.",
    "Sofern nichts dazwischenkommt, können Sie das Gerät danach normal nutzen.",
    "Klappt alles wie geplant, freuen wir uns.",
    "Wenn alles erledigt ist, schicken wir Ihnen die Rechnung am 03.12.2026.",
    "Wenn alles passt, können Sie das Gerät behalten.",
    "Falls etwas schiefgeht, rufen Sie uns bitte an.",
    "Klappt alles? Dann schicken wir Ihnen die Unterlagen am 03.12.2026.",
    "Wenn nichts dagegen spricht, schicken wir Ihnen die Unterlagen am 03.12.2026.",
    "Wenn alles klappt, freuen wir uns auf Ihren Besuch.",
    "Läuft alles glatt, brauchen Sie nichts weiter zu tun.",
    "Geht nichts mehr, starten Sie das Gerät bitte neu.",
    "Sofern alles in Ordnung ist, überweisen wir den Betrag am 02.12.2026.",
    "Falls nichts klappt, melden Sie sich bitte bei uns.",
    "Laut Plan liefern wir am 03.12.2026.",
  ], "de");
});

describe("English: a condition on how things go (if/provided/assuming + all/everything/nothing/things + go, run, come up) hedges", () => {
  reports(
    [
      "Provided nothing comes up, I will call you on 1 December 2026.",
      "If things go to plan, your new card will arrive on 30 November 2026.",
      "If everything runs smoothly, we'll have the kitchen fitted on 7 December 2026.",
      "We'll send the contract tomorrow, if all goes well.",
      "Assuming nothing goes wrong, the parcel arrives tomorrow.",
      "Barring delays, we will ship your order on 2 December 2026.",
      "As things stand, we will deliver on 4 December 2026.",
    ],
    "en",
  );
  silent(
    [
      "If all goes well, you will save a lot of time.",
      "As things stand, your account is fully paid.",
      "If everything is correct, you don't need to do anything.",
      "If all goes well with your move, let us know your new address.",
      "If anything goes wrong, please call us.",
      "Provided you send the receipt, we will refund you on 2 December 2026.",
      "If nothing works, please restart the router.",
      "If everything is in order, we will pay out on 2 December 2026.",
      "Barring the weekend, our office is open every day.",
      "If things go wrong at your end, just give us a call.",
      "As it stands, the invoice is correct.",
      "Assuming everything works for you, we can close the ticket.",
    ],
    "en",
  );
});
