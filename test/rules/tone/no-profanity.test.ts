import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/tone/no-profanity.js";
import { at, emlReply } from "./tone-test-helpers.js";

const de = { language: "de" } as const;
const en = { language: "en" } as const;

/** An invalid case: `code` with one swearing warning on each of `words`. */
function swearing(code: string, settings: { language: "de" | "en" }, ...words: string[]) {
  const message = settings.language === "de" ? /ist Fluchen.*weitergeleitet/ : /is swearing.*forwarded/;
  return { code, settings, errors: words.map((w) => ({ ...at(code, w), message })) };
}

describe("no-profanity meta", () => {
  it("warns by default and documents itself", () => {
    expect(rule.meta.defaultSeverity).toBe("warn");
    expect(rule.meta.docs).toMatch(/docs\/rules\/no-profanity\.md$/);
  });
});

new RuleTester().run(rule, {
  valid: [
    { name: "German 'hell' is bright", code: "Das neue Büro ist hell und freundlich.", settings: de },
    { name: "German 'Gift', 'Kind', 'Hell' and 'Ass' are everyday words", code: "Das Gift ist weggeschlossen, das Kind spielt im Hellen, und der Versand ist unser Ass im Ärmel.", settings: de },
    { name: "English 'mist' is fog, not the German swearword", code: "The mist over the harbour delayed the ferry by an hour.", settings: en },
    { name: "English 'Kind regards'", code: "Kind regards and a happy new year.", settings: en },
    { name: "no swearing inside other words", code: "We ship cocktail glasses to Scunthorpe and assess the class of shiitake.", settings: en },
    { name: "German words containing swearwords", code: "Der Mister hat die Kommission vermisst, misst aber Schafe.", settings: de },
    { name: "a polite complaint", code: "Das ist ärgerlich, wir kümmern uns sofort darum.", settings: de },
    { name: "a word mentioned in quotation marks", code: "Bitte verwenden Sie im Forum nicht das Wort „Scheiße“.", settings: de },
    { name: "inline code and fenced code", filename: "reply.md", code: "Der Fehler steht im Log:\n\n```\nthrow new Error('damn')\n```\n\nund in `shit.txt`.\n" },
    { name: "swearing in the quoted customer mail", filename: "reply.eml", code: emlReply("Sehr geehrter Kunde,\n\nwir prüfen die Lieferung.", "Verdammter Mist, wo bleibt die Scheiße?") },
    { name: "allowWords", code: "Mist, das Paket ist weg.", settings: de, options: { allowWords: ["Mist"] } },
    { name: "birds and tails are not vulgar", code: "Der Vogel mit dem langen Schwanz sitzt bei den Vögeln im Park.", settings: de },
    // Tone v2: places and names that contain a swearword, and a masked word quoted.
    { name: "a village in Austria", code: "Yes, we deliver to Fucking in Upper Austria, postage is 12 euros.", settings: en },
    { name: "a village in Brandenburg", code: "Unser Lager in Kotzen im Havelland ist ab Montag wieder besetzt.", settings: de },
    { name: "a surname after a title", code: "Vielen Dank, Herr Fick, für die schnelle Rückmeldung.", settings: de },
    { name: "the customer's masked swearing in quotes", code: "The review just says \"sh*t service\"; we will reply publicly.", settings: en },
    { name: "'ß' in an ordinary word", code: "Die Straße ist gesperrt, wir liefern morgen.", settings: de },
    { name: "stars as a mask for nothing", code: "Please fill in the field marked ****.", settings: en },
  ],
  invalid: [
    // Tone v2: masked forms with "ß", vowel-less and compound spellings, regional swearing.
    swearing("Was ist das bitte für eine Sch***e?", de, "Sch***e"),
    swearing("Mir ist sch***egal, was Ihr Filialleiter meint.", de, "sch***egal"),
    swearing("So ein Mi*t, das Paket ist weg.", de, "So ein Mi*t"),
    swearing("your fckn app deleted my bookings", en, "fckn"),
    swearing("This booking has been a clusterf**k.", en, "clusterf**k"),
    swearing("Zefix, jetzt ist die Heizung wieder kaputt.", de, "Zefix"),
    swearing("What sh!t service this is.", en, "sh!t"),
    swearing("Verdammter Mist, das Paket ist weg.", de, "Verdammter Mist"),
    swearing("Scheiße, das hätte nicht passieren dürfen.", de, "Scheiße"),
    swearing("So eine SCHEISSE.", de, "SCHEISSE"),
    swearing("Scheiiiiße, schon wieder.", de, "Scheiiiiße"),
    swearing("Shit, das Paket ist weg.", de, "Shit"),
    swearing("#fckdiesenladen, sorry.", de, "fckdiesenladen"),
    swearing("Die wollen doch nur bumsen.", de, "bumsen"),
    swearing("Damn, that is crap.", en, "Damn", "crap"),
    swearing("This is sh1t.", en, "sh1t"),
    swearing("Well, F% $!, the server is down again.", en, "F% $!"),
    swearing("What the hell happened to the order?", en, "What the hell"),
    swearing("That shitty printer again.", en, "shitty"),
    {
      name: "quoted history when checkQuoted is on",
      filename: "reply.eml",
      code: emlReply("Sehr geehrter Kunde,\n\nwir prüfen die Lieferung.", "Verdammter Mist!"),
      options: { checkQuoted: true },
      errors: [{ line: 11, column: 3, endLine: 11, endColumn: 18 }],
    },
    {
      name: "extraWords",
      code: "Herrje, Kruzifix, das Paket ist weg.",
      settings: de,
      options: { extraWords: ["Kruzifix"] },
      errors: [at("Herrje, Kruzifix, das Paket ist weg.", "Kruzifix")],
    },
  ],
});
