// Round 11: precision on business mail. The sender's own business (trading, selling, hiring, its
// books, premises and internal meetings) and changes to terms and public things for everyone are
// plans and news the reader does not wait for; with the reader in the clause they stay promises.
// Mail date: Tuesday, 24 November 2026.
import { describe } from "vitest";
import { reports, silent } from "./promise-findings.js";

describe("English: the sender's own business operations are plans, not promises to the reader", () => {
  silent([
    "We will start trading the new product next month.",
    "We'll probably sell the plant next year.",
    "We will close the books on Friday.",
    "I will work from home on Friday.",
    "We shall hold an internal follow-up meeting next Monday.",
    "We'll just get through this day and start over tomorrow.",
    "We will begin marketing power in California next quarter.",
    "We'll probably hire two more analysts next year.",
    "We will restructure the gas desk later this year.",
    "We'll reorganize the team after the merger.",
    "We will open a new office in Calgary next year.",
    "We will expand into Europe next year.",
    "We'll probably refinance the debt in the spring.",
    "I'll be working late tonight, and we will hire a second trader soon.",
  ]);
  reports([
    "We will sell you the remaining inventory next week.",
    "We will close your account soon.",
    "We'll open a ticket for you shortly.",
    "We will start the repair next week.",
    "We'll start work on your kitchen next week.",
    "I will work on it and get back to you.",
    "We'll hold your order until payment arrives.",
    "We will buy back your shares next month.",
    "We will hire a contractor to fix your roof next week.",
    "We'll start shipping your order soon.",
    "I'll work on the contract this week.",
    "We will market your property next month.",
    "We'll get through your backlog next week.",
    "We will hold a meeting with you next week.",
    "We'll start processing the refund next week.",
  ]);
});

describe("German: terms and public things changed for everyone are news, the reader's own are not", () => {
  silent(
    [
      "Die Gebühren werden angepasst.",
      "Das Gesetz wird geändert.",
      "Der Wochenmarkt wird verlegt.",
      "Die Öffnungszeiten werden geändert.",
      "Die Regeln werden bald verschärft.",
      "Das Werk wird verkauft.",
      "Die Kfz-Steuer wird angepasst.",
      "Der Fahrplan wird im Frühjahr geändert.",
    ],
    "de",
  );
  reports(
    [
      "Die Adresse wird geändert.",
      "Ihre Gebühren werden angepasst.",
      "Die Rechnung wird angepasst.",
      "Ihr Tarif wird angepasst.",
      "Die Bestellung wird geändert.",
      "Die Lieferadresse wird angepasst.",
      "Die Gebühren für Sie werden angepasst.",
      "Dein Beitrag wird angepasst.",
      "Wir passen Ihren Tarif in Kürze an.",
    ],
    "de",
  );
});

describe("a party acting on its own behalf reports its own doing: no promise; a party acting for the sender, or for the reader, still is", () => {
  silent(
    [
      "Der Kunde sagt, er holt das Paket ab.",
      "Der Mieter sagt, er zieht im Frühjahr aus.",
      "Die Kundin meint, sie bringt die Unterlagen nächste Woche vorbei.",
      "Unser Partner sagt, das Angebot gilt bis Jahresende.",
      "Das Angebot gilt bis Jahresende.",
      "Laut Lieferant gilt der Preis bis März.",
    ],
    "de",
  );
  silent([
    "The customer says he'll pick up the parcel next week.",
    "The tenant told us she will move out in the spring.",
    "The supplier says the price is valid until March.",
  ]);
  reports(
    [
      "Der Käufer sagt, er überweist Ihnen den Betrag nächste Woche.",
      "Der Paketbote meinte, er bringt die Lieferung bald.",
      "Der Lieferant sagt, er schickt Ihnen die Ware nächste Woche.",
      "Laut Lieferant kommt die Ware nächste Woche.",
      "Die Lieferung verzögert sich um ca. zwei Wochen, laut Lieferant.",
      "Das Angebot kommt in Kürze.",
    ],
    "de",
  );
  reports([
    "The carrier says they will deliver the parcel next week.",
    "Our supplier says he will ship the parts soon.",
    "The client says he'll send you the signed contract next week.",
  ]);
});

describe("English: more of the house's own business (hedging, investing, lay-offs, internal work, plants shut down)", () => {
  silent([
    "We'll hedge our exposure soon.",
    "We will invest heavily in broadband next year.",
    "We will lay off about 200 people next year.",
    "We'll rebrand the company in the spring.",
    "We will shut down the pipeline for maintenance next month.",
    "We will close down the old branch next year.",
    "We will review our internal processes next quarter.",
    "We will run an internal audit next month.",
  ]);
  reports([
    "We will review your case internally and get back to you.",
    "We'll hedge your position for you tomorrow or Monday.",
    "We will invest your funds next week.",
    "We will shut down your old account soon.",
    "We will look into this internally.",
    "I'll forward your complaint to the internal team.",
    "We will escalate this internally and update you soon.",
    "We will do an internal review of your complaint next week.",
  ]);
});

describe("German: what the house will do for itself (grow, sell, restructure, its own sites, internal work) is a plan", () => {
  silent(
    [
      "Wir werden die Produktion im Sommer erweitern.",
      "Wir werden das Werk nächstes Jahr verkaufen.",
      "Wir werden im Frühjahr eine Filiale in Köln eröffnen.",
      "Wir werden die Abteilung nach der Fusion umstrukturieren.",
      "Wir werden wahrscheinlich nächstes Jahr expandieren.",
      "Wir werden den Standort Hamburg bald schließen.",
      "Wir werden im Herbst mit dem Handel des neuen Produkts beginnen.",
      "Wir werden unsere internen Abläufe im nächsten Quartal überprüfen.",
      "Wir werden nächstes Jahr kräftig in die Digitalisierung investieren.",
    ],
    "de",
  );
  reports(
    [
      "Wir werden Ihr Limit erweitern.",
      "Wir werden Ihnen das Fahrzeug verkaufen.",
      "Wir werden die Filiale für Ihre Abholung bald öffnen.",
      "Wir werden Ihre Bestellung in unserem Werk bald fertigen.",
      "Wir werden die Produktion Ihres Auftrags bald beginnen.",
      "Wir werden das intern klären und uns melden.",
      "Wir werden das Konto bald schließen.",
      "Wir werden die Unterlagen an unsere interne Abteilung weiterleiten.",
      "Wir werden Ihre Anfrage intern prüfen.",
      "Wir eröffnen für Sie bald ein Konto.",
    ],
    "de",
  );
});

describe("English: the house moving itself or holding its own event is a plan", () => {
  silent([
    "Our group will move into the new building in March.",
    "We'll move to the 30th floor next week.",
    "We'll have the offsite in April.",
    "We will have our Christmas party on Friday.",
  ]);
  reports([
    "We'll move your appointment to Friday.",
    "We will move you to a new office next week.",
    "We'll have the party supplies delivered to you next week.",
    "We will have the report to you soon.",
    "We will move the meeting to next week.",
  ]);
});

describe("English: the house's money, staff and plants, and the sender's private life, are the sender's own", () => {
  silent([
    "We'll raise capital in the bond market next quarter.",
    "We'll cut costs across the board soon.",
    "We will build a new power plant in Texas.",
    "We will convert the plant to gas next year.",
    "We will restate earnings for the last three years.",
    "We will unwind the trades next week.",
    "I'll take the kids to the beach on Saturday.",
    "I'm going to retire next year.",
  ]);
  reports([
    "We'll cut your bill next month.",
    "We will raise the issue with our supplier soon.",
    "I'll send the kids' forms to you soon.",
    "We'll take your children's photos on Saturday.",
    "We will cut the cost of your plan next month.",
    "We will build your new website next month.",
    "We'll convert your account next week.",
    "We'll raise the money for your project next week.",
  ]);
});

describe("German: the house's money and moves, the sender's private life and own workplace", () => {
  silent(
    [
      "Wir werden unser Kapital im nächsten Quartal erhöhen.",
      "Wir werden Kosten sparen.",
      "Ich werde mit den Kindern am Samstag an den See fahren.",
      "Ich werde am Freitag im Homeoffice arbeiten.",
      "Wir werden in das neue Gebäude umziehen.",
    ],
    "de",
  );
  reports(
    [
      "Wir werden Ihre Kosten senken.",
      "Wir werden Ihnen Kosten sparen.",
      "Wir werden das Budget für Ihr Projekt erhöhen.",
      "Ich werde die Unterlagen Ihrer Kinder bald prüfen.",
      "Wir werden Ihnen beim Umziehen helfen.",
      "Wir werden die Kosten erstatten.",
      "Ich werde von zu Hause aus an Ihrem Fall arbeiten.",
    ],
    "de",
  );
});
