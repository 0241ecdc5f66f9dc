// Tone v2, round 11 (precision): openers that usually talk down to the reader, read in sentences
// that side with the reader, remind them of an offer, ask them to understand the writers' reasons
// or congratulate them on a quick success (tone-kindly.ts). Sentences written for these tests;
// the rude uses of the same openers must keep their finding.
import { check } from "./tone-sentences.js";

check(
  "kind readings of condescending openers",
  {
    de: [
      "Jeder vernünftige Mensch hätte die Rechnung geprüft.",
      "Jeder mit etwas Verstand hätte das gleich gesehen.",
      "Jeder normale Mensch wäre früher gekommen.",
      "Jeder mit gesundem Menschenverstand hätte es genauso gemacht wie wir.",
      "Sie wissen schon, dass Sie uns die Rechnung hätten schicken müssen?",
      "Sie wissen schon, dass wir keine Rücksendungen ohne Beleg annehmen können, oder?",
      "Sie wissen schon, dass Sie die Anleitung lesen können, oder?",
      "Herzlichen Glückwunsch, nach drei Wochen endlich eine Antwort.",
      "Glückwunsch, Sie haben die Frist schon wieder verpasst.",
      "Das weiß doch jedes Kind.",
    ],
    en: [
      "Any reasonable person would have read the label.",
      "Anyone with common sense would have checked the address first.",
      "Any competent person would know that.",
      "Anyone with half a brain would have seen the same warning on the box.",
      "Any reasonable person would have been more careful.",
      "You do know you have to sign it, right?",
      "You do know we can't refund opened items, right?",
      "You do know you can read the manual, right?",
      "You do know that you should have told us first?",
      "Surely you can understand a simple form.",
      "Surely you can see why that was a bad idea.",
      "Surely you can understand that we are not a charity.",
      "Surely you can understand that we need a receipt.",
      "Congratulations, you finally replied after only three weeks.",
      "Surely you can figure that out yourself.",
      "If you had read the terms, you would have known about the fee.",
    ],
  },
  {
    de: [
      "Jeder mit etwas Verstand hätte an Ihrer Stelle genauso gehandelt.",
      "Jeder vernünftige Mensch hätte sich da auch geärgert.",
      "Jeder mit gesundem Menschenverstand hätte genauso reagiert.",
      "Jeder vernünftige Mensch hätte sich an Ihrer Stelle beschwert.",
      "Jeder normale Mensch wäre darüber verärgert gewesen.",
      "Jeder vernünftige Mensch würde Ihnen da zustimmen.",
      "Jeder mit etwas Verstand hätte das Gleiche getan.",
      "Jeder vernünftige Mensch wäre genauso enttäuscht.",
      "Sie wissen schon, dass Sie uns jederzeit anrufen können, oder?",
      "Sie wissen schon, dass Sie sich jederzeit bei uns melden dürfen, oder?",
      "Sie wissen ja, dass Sie uns jederzeit schreiben können.",
      "Nach nur drei Wochen schon die erste Beförderung, herzlichen Glückwunsch!",
      "Nach nur zwei Monaten die Prüfung bestanden, herzlichen Glückwunsch!",
      "Herzlichen Glückwunsch, nach nur einem Jahr schon Teamleiterin!",
      "Sie verstehen sicher, warum wir die Quittung brauchen.",
    ],
    en: [
      "You do know you can call us any time, right?",
      "You do know you can reach us on weekends too, right?",
      "You do know that we are happy to help, right?",
      "Surely you can understand why we need the receipt.",
      "Surely you can understand why we need a signed copy.",
      "Surely you can see why we had to cancel the event.",
      "Anyone with common sense would have done the same.",
      "Any reasonable person would have been upset.",
      "Anyone with a bit of common sense would have reacted the same way.",
      "Any sensible person would have been annoyed by that delay.",
      "Any reasonable person would have been frustrated, and we are sorry.",
      "Any normal person would agree with you here.",
      "Anyone with common sense would have complained too.",
      "Any reasonable person would feel the same.",
      "Congratulations on the promotion after only six months!",
      "After only three weeks you passed the exam, congratulations!",
    ],
  },
);

// "Weiter so" / "Keep it up" before a loss mocks only when the loss is still to come ("dann ...
// bald keine Kunden mehr", "and you will have no customers left"); a trouble already gone ("seit
// dem Update keine Abstürze mehr") is the reason for the praise.
check(
  "encouragement before a loss to come, not before a trouble gone",
  {
    de: ["Weiter so, bald haben Sie keine Kunden mehr.", "Weiter so, und Sie haben keine Kunden mehr.", "Weiter so, dann haben Sie irgendwann keine Stammkunden mehr."],
    en: ["Keep it up and you will have no customers left.", "Keep it up, soon you will have no friends left."],
  },
  {
    de: ["Weiter so, seit dem Update keine Abstürze mehr.", "Weiter so, inzwischen keine Verspätungen mehr.", "Weiter so, seit März keine Rücksendungen mehr.", "Weiter so: seit der Umstellung keine Wartezeiten mehr."],
    en: ["Keep it up, no more crashes since the update.", "Keep it up, no more late deliveries since you switched.", "Keep it up, no delays left in the queue this week."],
  },
);

// Praise for a failure the reader found, reported or fixed ("Gut gemacht, Sie haben den Fehler
// gefunden", "Great catch, you spotted the mistake") is genuine; a failure made again, not noticed
// or never fixed is still mocked. A reminder that we are open is an offer, that we are closed is not.
check(
  "a failure found or fixed is praise; an offer of ours reminded",
  {
    de: ["Gut gemacht, Sie haben den Fehler wieder nicht bemerkt.", "Toll, schon wieder ein Fehler auf der Rechnung.", "Gut gemacht, Sie haben den Fehler schon wieder gemacht."],
    en: ["Great, you made the same mistake again.", "Well done, another mistake nobody noticed.", "Great, nobody noticed the mistake.", "Great, you never fixed the error.", "You do know we are closed on Sundays, right?"],
  },
  {
    de: ["Gut gemacht, Sie haben den Fehler noch vor uns gefunden.", "Toll, Sie haben den Fehler entdeckt, bevor die Ware rausging.", "Danke, dass Sie den Tippfehler gemeldet haben.", "Super, Sie haben die Panne selbst behoben."],
    en: ["Great catch, you spotted the mistake before we did.", "Well done, you found the typo before printing.", "Nice work, you caught the error in the invoice.", "You do know we are open on Saturdays as well, right?", "Surely you can understand why we need to see the ID first."],
  },
);

// A sentence-initial "Sie" right after a sentence about a group of people ("Die Techniker waren
// heute da.") goes on about them ("they"); after a thing ("Die Unterlagen sind ...") or the writer
// it is the reader.
check(
  "a first \"Sie\" after a group of people is \"they\"",
  {
    de: [
      "Die Unterlagen sind unvollständig. Sie wissen schon, was vollständig bedeutet?",
      "Die Rechnung ist falsch. Sie wissen schon, was eine Rechnung ist?",
      "Ich habe es erklärt. Sie wissen schon, was eine Quittung ist, oder?",
    ],
    en: [],
  },
  {
    de: [
      "Die Techniker waren heute da. Sie wissen schon, was zu tun ist.",
      "Die Kollegen sind informiert. Sie wissen schon, was zu tun ist.",
      "Unsere Beraterinnen sind informiert. Sie wissen schon, was zu tun ist.",
      "Die Kollegen vom Lager wissen Bescheid.",
    ],
    en: [],
  },
);

// "None of ..." as the subject denies the calling as "nobody" does: "None of our staff would ever
// call a customer an idiot". An insult after a comma is still aimed at the reader.
check(
  "\"none of\" denies a calling",
  {
    de: [],
    en: ["None of that matters, you idiot.", "None of my colleagues can stand you, you idiot."],
  },
  {
    de: [],
    en: ["None of our staff would ever call a customer an idiot, and I'm sorry you got that impression.", "None of us thinks you are stupid for asking.", "None of the drivers would call you a liar."],
  },
);
