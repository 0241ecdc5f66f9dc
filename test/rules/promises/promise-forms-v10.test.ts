// Round 10: precision first. False alarms found with sentences of our own (general policy, stand-ins,
// durations and outcomes, conditions on the reader, passives about the world), each read by a general
// form and checked beside sentences that must still be reported. Mail date: Tuesday, 24 November 2026.
import { describe } from "vitest";
import { reports, silent } from "./promise-findings.js";

describe("German: what the sender does with every case of a kind (jede/jeder/jedes + noun) is a policy", () => {
  silent(
    [
      "Wir prüfen jede Reklamation sorgfältig.",
      "Wir beantworten jede E-Mail persönlich.",
      "Unser Team prüft jeden Antrag einzeln.",
      "Jede Rücksendung wird von uns geprüft.",
      "Wir kontrollieren jedes Gerät vor dem Versand.",
      "Wir melden uns bei jedem Kunden persönlich.",
      "Unsere Techniker reinigen jedes Gerät nach der Reparatur.",
      "Wir schicken jedem Neukunden ein Willkommenspaket.",
      "Bei uns wird jede Beschwerde ernst genommen.",
      "Wir prüfen jede einzelne Rechnung doppelt.",
    ],
    "de",
  );
  reports(
    [
      "Wir prüfen Ihre Reklamation sorgfältig.",
      "Wir melden uns auf jeden Fall bei Ihnen.",
      "Wir kümmern uns in jedem Fall darum.",
      "Wir rufen Sie in jedem Fall zurück.",
      "Wir prüfen jede einzelne Position Ihrer Rechnung.",
      "Wir erstatten Ihnen alle Kosten.",
      "Wir schicken dir alle Infos.",
      "Wir tauschen alle defekten Teile aus.",
      "Wir beantworten alle offenen Fragen in Kürze.",
      "Wir prüfen alle Unterlagen, die Sie uns schicken.",
    ],
    "de",
  );
});
