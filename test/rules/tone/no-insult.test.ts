import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/tone/no-insult.js";
import { at, emlReply } from "./tone-test-helpers.js";

const de = { language: "de" } as const;
const en = { language: "en" } as const;

/** The rewrite offered for every insult, in the language of its paragraph. */
const rewrite = {
  de: { desc: "Sachlich schreiben, z. B. „Ihr Ton in der letzten Nachricht war verletzend; bitte bleiben wir sachlich.“" },
  en: { desc: 'Write it plainly, e.g. "Your last message was hurtful; let\'s keep this factual."' },
};

/** An invalid case: `code` with one insult error on `words` (and more with `also`). */
function insult(code: string, words: string, settings: { language: "de" | "en" }, also: string[] = []) {
  const message = settings.language === "de" ? /ist eine Beleidigung.*Beschreiben Sie stattdessen/ : /is an insult.*forwarded.*instead/;
  const suggestions = [rewrite[settings.language]];
  return {
    code,
    settings,
    errors: [words, ...also].map((w) => ({ ...at(code, w), message, severity: 2 as const, suggestions })),
  };
}

/** An invalid case: a judgement of the reader or their work on `words`, with the judgement message. */
function judgement(code: string, words: string, settings: { language: "de" | "en" }) {
  const message = settings.language === "de" ? /wertet den Leser oder sein Anliegen ab.*Sagen Sie sachlich/ : /rates the reader or their request.*Say plainly/;
  return { code, settings, errors: [{ ...at(code, words), message, severity: 2 as const }] };
}

new RuleTester().run(rule, {
  valid: [
    // The customer's insults, quoted below a firm reply, are not the sender's words.
    {
      name: "quoted customer insult in an .eml reply",
      filename: "reply.eml",
      code: emlReply("Sehr geehrte Kundin,\n\nIhren Ton empfinden wir als verletzend. Wir liefern am Montag.", "Sie sind ein Idiot und Ihr Laden ist ein Saftladen!"),
    },
    {
      name: "quoted customer insult in a text reply",
      code: "Hallo,\n\nwir haben Ihre Nachricht erhalten.\n\nAm 24.11.2026 schrieb Kunde:\n> Sie sind ein Idiot!\n",
    },
    { name: "polite firm reply", code: "Ihren Ton empfinden wir als verletzend. Bitte bleiben Sie sachlich.", settings: de },
    { name: "firm English reply", code: "We found your last message hurtful. Please keep this factual.", settings: en },
    { name: "a title in quotation marks", code: "We have the book 'The Idiot' by Dostoevsky in stock.", settings: en },
    { name: "a word mentioned in quotation marks", code: "Please do not use the word \"idiot\" in the forum.", settings: en },
    { name: "a German title", code: "Der Roman „Der Idiot“ ist wieder lieferbar.", settings: de },
    { name: "a customer's words reported in quotes", code: "Sie haben unsere Mitarbeiterin als „dumme Kuh“ bezeichnet. Das akzeptieren wir nicht.", settings: de },
    { name: "foolproof", code: "Die Einrichtung ist idiotensicher, versprochen.", settings: de },
    { name: "idiot-proof", code: "The setup is idiot-proof and takes five minutes.", settings: en },
    { name: "a complaint about a thing, not a person", code: "Die Lieferzeit ist eine Zumutung, das sehen wir ein.", settings: de },
    { name: "a nightmare that is a process", code: "The migration was a nightmare, but it is done now.", settings: en },
    { name: "an animal, not aimed at anyone", code: "Ein Esel trägt die Last, und der Hund bewacht den Hof.", settings: de },
    { name: "an everyday idiom", code: "Das ist dumm gelaufen, wir schicken sofort Ersatz.", settings: de },
    { name: "a self-deprecating question", code: "Sorry for the stupid question: is the invoice due on Friday?", settings: en },
    { name: "code, URLs and addresses", filename: "reply.md", code: "Bitte prüfen Sie:\n\n```\nidiot = true\n```\n\nSiehe `moron` und https://example.com/idiot-guide oder idiot@example.com.\n" },
    { name: "German 'dick' is thick, not an English insult", code: "Der Umschlag ist sehr dick, bitte prüfen Sie das Porto.", settings: de },
    { name: "German 'Rat' is advice", code: "Danke für Ihren Rat, er ist sehr hilfreich für uns.", settings: de },
    { name: "English 'lump' is a sum, not the German insult", code: "The lump sum is due on Friday, as agreed.", settings: en },
    { name: "a user name is not a word", code: "@Depp89 danke für die Nachricht, wir melden uns.", settings: de },
    { name: "victims, not an insult", code: "Sie sind Opfer eines Betrugs geworden; wir sperren die Karte.", settings: de },
    { name: "Made in Germany", code: "Die Ware ist Made in Germany und hat zwei Jahre Garantie.", settings: de },
    { name: "adjectives about things", code: "Die Wand ist hohl, das Wetter ist hässlich und die Lösung ist primitiv.", settings: de },
    { name: "'irre' as an intensifier and 'irren' as a verb", code: "Die Nachfrage ist irre hoch. Sie irren sich übrigens nicht.", settings: de },
    { name: "the writers about themselves", code: "Wir sind keine Amateure, wir liefern seit 1990.", settings: de },
    { name: "an adjective before a pronoun is not attributive", code: "Ist das blöd, sie kommt erst morgen.", settings: de },
    { name: "an English adjective about a thing", code: "The old tool is useless for this job, so we replaced it.", settings: en },
    { name: "allowWords", code: "Sie sind ein Idiot.", settings: de, options: { allowWords: ["Idiot"] } },
    // Near-misses of the compounds and phrases added from LDNOOBW and general usage.
    { name: "'Pack' as a package", code: "Das 6er-Pack Wasser und ein Pack Kopierpapier liegen bei.", settings: de },
    { name: "an antifascist is described, not insulted", code: "Die Ausstellung zeigt Antifaschisten und antifaschistische Plakate der 1930er.", settings: de },
    { name: "'kriminell' about a thing", code: "Die kriminellen Machenschaften der Betrüger haben wir angezeigt.", settings: de },
    { name: "'ekelhaft' about the weather", code: "Das Wetter war ekelhaft, die Lieferung kam trotzdem pünktlich.", settings: de },
    // Near-misses of the names for people that are also things, animals or food.
    { name: "posts and rivets in a hardware mail", code: "Diese Pfosten sind aus verzinktem Stahl. Diese Nieten halten nicht, wir schicken Ersatz.", settings: de },
    { name: "whistles and pipes as products", code: "Die Trillerpfeife ist im Set enthalten. Diese Wasserpfeife ist leider ausverkauft.", settings: de },
    { name: "a spade, leek, piglets and turkeys", code: "Der Spaten liegt bei. Wir liefern Lauch, Ferkel und Puten aus der Region.", settings: de },
    { name: "a drip in hospital", code: "Der Patient hängt noch am Tropf, der Termin verschiebt sich.", settings: de },
    { name: "villains in a book", code: "Die Schurken im neuen Roman sind gut gezeichnet.", settings: de },
    { name: "a thing that is worthless", code: "Das Gerät taugt nichts, wir nehmen es zurück. Es taugt leider nichts mehr.", settings: de },
    { name: "'taugen' in a positive sense", code: "Sie taugen als Vorlage für die nächste Bestellung.", settings: de },
    { name: "'verziehen' and 'verzogen'", code: "Bitte verziehen Sie sich nicht, wir melden uns. Die Farbe hat sich verzogen.", settings: de },
    { name: "a childish game for children", code: "Ein kindisches Spiel für Kinder ab drei Jahren.", settings: de },
    { name: "'ignorant' about a reply, 'korrupt' about a calculation", code: "Die Antwort war ignorant formuliert. Das Angebot ist korrupt kalkuliert.", settings: de },
    { name: "'simpel' is simple", code: "Die Lösung ist simpel, wir schicken die Anleitung.", settings: de },
    { name: "political and group words are not insults", code: "Wir haben die Flüchtlinge unterstützt. Frau Merkel hat den Islam erwähnt.", settings: de },
    { name: "a polite 'not naive' with 'Sie' three words back", code: "Wir halten Sie nicht für naiv.", settings: de },
    { name: "'Ihr' before an adjective is the reader's thing", code: "Ihr fauler Apfel wird ersetzt, und Ihr peinlicher Irrtum ist kein Problem.", settings: de },
    { name: "a rule that is silly is not a person", code: "Sie haben die Dummheit dieser Regel erkannt.", settings: de },
    // Tone v2, judgements: near-misses that must stay silent.
    { name: "a judgement denied", code: "Ihre Frage ist keineswegs dumm, das Formular ist verwirrend.", settings: de },
    { name: "nobody calls it silly", code: "Nobody here thinks your question was silly.", settings: en },
    { name: "not stupid, the form is confusing", code: "You are not stupid, the form is confusing.", settings: en },
    { name: "niemand hält Sie für dumm", code: "Niemand hält Sie für dumm, das Portal ist schwer zu bedienen.", settings: de },
    { name: "far from a lazy request", code: "Far from being a lazy request, this will save us both time.", settings: en },
    { name: "a thing judged, not the reader's", code: "Die Lieferzeit ist absurd lang, das ärgert uns selbst.", settings: de },
    { name: "a delay that is absurd", code: "The delivery time is absurd, and we are sorry.", settings: en },
    { name: "the writers' own stupid router", code: "Unser blöder Router ist heute Morgen abgestürzt.", settings: de },
    { name: "my dumbest mistake", code: "That was my dumbest mistake this year, sorry.", settings: en },
    { name: "I was the stupidest one", code: "I was the stupidest one in the room when I signed it.", settings: en },
    { name: "an adjective used as a degree word", code: "Ihr Angebot ist unverschämt günstig, wir nehmen es an.", settings: de },
    { name: "'dumm gelaufen' idiom stays", code: "Dumm gelaufen, aber Ihre Anfrage ist berechtigt.", settings: de },
    { name: "praise in the same shape", code: "Your request is reasonable and your idea is brilliant.", settings: en },
    { name: "a judgement in the customer's quoted words", code: "Sie nannten die Nachzahlung „reine Abzocke und absurd“, anbei die Berechnung.", settings: de },
    { name: "a judgement quoted in English", code: "You wrote that our offer was \"absurd\", so here is the breakdown.", settings: en },
    { name: "the dumbest customer, quoted", code: "You said you felt like \"the dumbest customer alive\", which was never our intention.", settings: en },
    // Tone v2: names, places, titles and the writers themselves.
    { name: "a surname after a title", code: "Vielen Dank, Herr Narr, für die schnelle Rückmeldung.", settings: de },
    { name: "Mrs. Dick", code: "Many thanks to Mrs. Dick for sorting out the room.", settings: en },
    { name: "a title after a possessive", code: "Dostoevsky's The Idiot is back in stock.", settings: en },
    { name: "a German title after a possessive", code: "Dostojewskis Der Idiot ist wieder lieferbar.", settings: de },
    { name: "Ich Trottel", code: "Ich Trottel habe den Schlüssel mitgenommen, er geht heute zurück.", settings: de },
    { name: "call me an idiot", code: "Call me an idiot, but I only just found your email.", settings: en },
    { name: "I feel like a right muppet", code: "I feel like a right muppet, I forgot to sign the cheque.", settings: en },
    { name: "kein Idiot, unser Hund", code: "Das ist kein Idiot, das ist unser Hund auf dem Foto.", settings: de },
    { name: "git the program", code: "Please run git pull before you build.", settings: en },
    { name: "'Was soll' as a plain question", code: "Was soll ich tun? Was soll das Paket kosten?", settings: de },
    { name: "these photos are lovely", code: "These old photos are lovely.", settings: en },
    { name: "the worst storm", code: "That was the worst storm in years, so the van is late.", settings: en },
    { name: "the writers' own worst", code: "It was our worst month, sorry for the delay.", settings: en },
    { name: "a goat on a farm", code: "Unsere Ziege hat zwei Zicklein bekommen, Fotos im Anhang.", settings: de },
    { name: "a judgement in a code block", filename: "reply.md", code: "Bitte prüfen Sie:\n\n```\nIhr Einwand ist absurd\n```\n", settings: de },
  ],
  invalid: [
    insult("Sie sind ein Idiot.", "Idiot", de),
    insult("Was für ein Kotzbrocken.", "Kotzbrocken", de),
    insult("Dieses linksversiffte Gesocks!", "linksversiffte", de, ["Gesocks"]),
    insult("Der ist doch ein Ökofaschist.", "Ökofaschist", de),
    insult("So ein Pack, ehrlich.", "So ein Pack", de),
    insult("Das ist ein elendes Pack.", "elendes Pack", de),
    insult("Sie Korinthenkacker!", "Korinthenkacker", de),
    insult("Sie sind ein ekelhafter Kunde.", "ekelhafter", de),
    insult("Hören Sie, Sie Vollpfosten, so geht das nicht.", "Vollpfosten", de),
    insult("Na, du Depp, das war wohl nichts.", "Depp", de),
    insult("Die Kundin ist eine Zumutung.", "Zumutung", de),
    insult("Das ist ein Drecksladen und ein Saftladen, du Vollidiot.", "Drecksladen", de, ["Saftladen", "Vollidiot"]),
    insult("Du A****loch, das war das letzte Mal.", "A****loch", de),
    insult("Sie sind ein Іdiot.", "Іdiot", de), // Cyrillic І
    insult("Sie sind ein I d i o t.", "I d i o t", de),
    insult("Sie Idiooooot, lesen Sie das bitte.", "Idiooooot", de),
    insult("Wie blöd sind Sie eigentlich?", "blöd", de),
    insult("Sie sind völlig unfähig.", "unfähig", de),
    insult("Solche unfähigen Mitarbeiter haben wir nicht.", "unfähigen", de),
    insult("Mit Spinnern wie Ihnen reden wir nicht.", "Spinnern", de),
    // Names for people from general usage, and judgements said of someone.
    insult("Sie Pfosten!", "Pfosten", de),
    insult("So ein Pfosten.", "Pfosten", de),
    insult("Der ist eine Oberpfeife.", "Oberpfeife", de),
    insult("Sie sind ein Arschgesicht.", "Arschgesicht", de),
    insult("Was für ein Schurke!", "Schurke", de),
    insult("Du Döskopp.", "Döskopp", de),
    insult("Sie Möchtegern-Experte!", "Möchtegern-Experte", de),
    insult("Dieser Schmarotzer und Faulpelz.", "Schmarotzer", de, ["Faulpelz"]),
    insult("Die Kundin ist ungebildet.", "ungebildet", de),
    insult("Der Kollege ist korrupt.", "korrupt", de),
    insult("Wir finden Sie unverschämt.", "unverschämt", de),
    insult("Er taugt zu nichts.", "taugt zu nichts", de),
    insult("Sie taugen nichts.", "taugen nichts", de),
    insult("Verzieh dich!", "Verzieh dich", de),
    insult("Der ist nicht die hellste Kerze.", "nicht die hellste Kerze", de),
    insult("Dummheit hat einen Namen: Ihr Kollege.", "Dummheit hat einen Namen", de),
    insult("Der Typ hat keine Eier in der Hose.", "keine Eier in der Hose", de),
    // Decided: "verlogen" accuses whoever stands behind the promise of lying, so it is flagged.
    insult("Das war ein verlogenes Versprechen der Werbung.", "verlogenes", de),
    insult("You idiot.", "idiot", en),
    insult("You are useless.", "useless", en),
    insult("You people are morons.", "morons", en),
    insult("What a moron.", "moron", en),
    insult("She is a nightmare.", "nightmare", en),
    insult("Just refund her and tell her to f*** off.", "f*** off", en),
    insult("F% $! off, we are closed.", "F% $! off", en),
    insult("You piece of sh1t.", "piece of sh1t", en),
    insult("You i d i o t.", "i d i o t", en),
    insult("You idiooooot.", "idiooooot", en),
    insult("What an ＩＤＩＯＴ.", "ＩＤＩＯＴ", en), // fullwidth letters
    // Tone v2: morphology (comparative, superlative, compounds, masks) and regional words. A
    // judgement word the lists know ("dämlich", "idiotic") keeps the insult message.
    judgement("Das war die blödeste Idee, die Ihr Team je hatte.", "blödeste Idee", de),
    judgement("Eine frechere Antwort habe ich selten gelesen.", "frechere Antwort", de),
    insult("Sie sind die dämlichste Firma überhaupt.", "dämlichste", de),
    judgement("Ihre Leute im Lager sind noch blöder als die vom letzten Jahr.", "sind noch blöder", de),
    judgement("That is the dumbest question I've had all year.", "dumbest question", en),
    insult("This is a more idiotic plan than the last one.", "idiotic", en),
    judgement("Your new receptionist is the rudest person I've spoken to.", "is the rudest", en),
    insult("Sie Oberdepp, wo bleibt die Ware?", "Oberdepp", de),
    insult("Du Volltrottel hast das Paket verschickt.", "Volltrottel", de),
    insult("You are a 1d10t.", "1d10t", en),
    insult("Listen, you absolute berk, the postcode was on the form.", "berk", en),
    insult("You git, you deleted the branch.", "git", en),
    insult("Sie Tubel, das war die falsche Adresse.", "Tubel", de),
    insult("Euer Chef ist ein Schafseckel.", "Schafseckel", de),
    // Tone v2: aim through intensifiers and word order.
    insult("bist du wirklich zu dumm, den Aufkleber zu finden?", "dumm", de),
    judgement("ihr seid halt einfach zu blöd", "seid halt einfach zu blöd", de),
    judgement("Sie sind ja echt der Gipfel.", "sind ja echt der Gipfel", de),
    judgement("Sind Sie eigentlich blind?", "Sind Sie eigentlich blind", de),
    judgement("Are you honestly this slow?", "Are you honestly this slow", en),
    // Tone v2: judgements of the reader's request, question, complaint or work.
    judgement("Ihr Einwand ist absurd und kindisch.", "ist absurd", de),
    insult("So eine dämliche Beschwerde habe ich noch nie bekommen.", "dämliche", de),
    judgement("Ihr Angebot von 300 Euro ist eine bodenlose Frechheit.", "ist eine bodenlose Frechheit", de),
    judgement("Die Mietminderung, die Sie fordern, ist doch lachhaft.", "ist doch lachhaft", de),
    judgement("Das ist der größte Blödsinn, den ich je gelesen habe.", "größte Blödsinn", de),
    judgement("your request is absurd", "is absurd", en),
    judgement("what a feeble excuse", "what a feeble excuse", en),
    judgement("Your complaint is frankly ridiculous.", "is frankly ridiculous", en),
    judgement("Your quote is a bad joke.", "is a bad joke", en),
    judgement("Was soll dieser Quatsch?", "Was soll dieser Quatsch", de),
    judgement("Ihr ständiges Gejammer nervt.", "Ihr ständiges Gejammer", de),
    judgement("That is the worst excuse I have heard.", "worst excuse", en),
    judgement("What is this nonsense?", "What is this nonsense", en),
    judgement("Stop your whining.", "your whining", en),
    judgement("These product photos are worthless.", "are worthless", en),
    {
      name: "points at the exact words on a later line",
      code: "Hallo Herr Maier,\n\nwir liefern morgen.\nSie sind ein Trottel.\n",
      settings: de,
      errors: [{ ...at("Hallo Herr Maier,\n\nwir liefern morgen.\nSie sind ein Trottel.\n", "Trottel"), severity: 2 }],
    },
    {
      name: "quoted history when checkQuoted is on",
      filename: "reply.eml",
      code: emlReply("Sehr geehrte Kundin,\n\nwir haben Ihre Nachricht erhalten.", "Sie sind ein Idiot!"),
      options: { checkQuoted: true },
      errors: [{ line: 11, column: 16, endLine: 11, endColumn: 21, suggestions: [rewrite.de] }],
    },
    {
      name: "extraWords",
      code: "Sie Pappkamerad, so nicht.",
      settings: de,
      options: { extraWords: ["Pappkamerad"] },
      errors: [at("Sie Pappkamerad, so nicht.", "Pappkamerad")],
    },
    {
      name: "English paragraph in a German draft uses the English list and the English rewrite",
      code: "Sehr geehrte Damen und Herren, wir haben die Ware heute verschickt.\n\nTell your boss he is a moron and we are done with this.\n",
      errors: [
        {
          ...at("Sehr geehrte Damen und Herren, wir haben die Ware heute verschickt.\n\nTell your boss he is a moron and we are done with this.\n", "moron"),
          suggestions: [rewrite.en],
        },
      ],
    },
  ],
});

describe("no-insult: denied calling, animal senses, names after a given name (round 2)", () => {
  new RuleTester().run(rule, {
    valid: [
      { code: "Niemand hält Sie für dumm.", settings: de },
      { code: "Ich wollte Sie nicht als Idioten bezeichnen.", settings: de },
      { code: "I'm not calling you an idiot.", settings: en },
      { code: "Don't feel like an idiot, it happens to everyone.", settings: en },
      { code: "Your bitch will need her final scan about a week before she whelps.", settings: en },
      { code: "Die Lieferadresse lautet Frau Petra Dämlich, Gartenweg 4.", settings: de },
      // The denial far back in a long clause: the calling verb still ties it to the word.
      { code: "Kein Mensch würde Sie deswegen für einen Idioten halten.", settings: de },
      { code: "Niemand hier würde Sie wegen dieser Frage jemals als Idioten bezeichnen.", settings: de },
      { code: "No one here would ever think of you as an idiot.", settings: en },
      // A deed judged "of us"/"of me", denied, hypothetical, praised, or a group "of you": no verdict on the reader.
      { code: "Es wäre dumm von uns, Ihnen das nicht zu erstatten.", settings: de },
      { code: "Das war gar nicht dumm von Ihnen, im Gegenteil.", settings: de },
      { code: "Vielleicht war es naiv von mir, das so zu formulieren.", settings: de },
      { code: "Es war sehr umsichtig von Ihnen, die Quittung aufzuheben.", settings: de },
      { code: "It would be silly of you to pay twice, so we refunded it.", settings: en },
      { code: "It wasn't stupid of you at all to ask.", settings: en },
      { code: "That was kind of you to let us know.", settings: en },
      { code: "Only a few of you found the old form useless, so we kept it.", settings: en },
      // "Sie" as the polite imperative's subject, then an article: the words are an object, no name called.
      { code: "Entschuldigen Sie den blöden Tippfehler in meiner letzten Mail.", settings: de },
      { code: "Verzeihen Sie die blöde Verwechslung, wir schicken heute noch den richtigen Artikel.", settings: de },
      // An innocent phrase of the lists silences a clause reading of its words as well.
      { code: "Sie haben völlig recht, das war dumm gelaufen.", settings: de },
      { code: "Das ist wirklich blöd gelaufen, wir schicken sofort Ersatz.", settings: de },
    ],
    invalid: [
      insult("I don't care, you idiot.", "idiot", en),
      // A comma or "but" ends the clause of the denial, however near.
      insult("I do not care what the rules say, you are an idiot.", "idiot", en),
      insult("I never said that, but you are an idiot.", "idiot", en),
      insult("Das habe ich nie behauptet, aber Sie sind ein Idiot.", "Idiot", de),
      // Called a name without an article after the pronoun: still an insult.
      insult("Danke, Sie blöder Esel.", "blöder", de, ["Esel"]),
      // What the reader did, judged: a judgement word, "von"/"of" and the reader.
      judgement("Das war dumm von Ihnen, die Quittung wegzuwerfen.", "dumm von Ihnen", de),
      judgement("Es war ziemlich naiv von Ihnen, das Passwort weiterzugeben.", "naiv von Ihnen", de),
      judgement("Wie blöd von dir, das Gerät ins Wasser zu legen.", "blöd von dir", de),
      judgement("That was stupid of you to throw away the receipt.", "stupid of you", en),
      judgement("It was rather careless of you to share the password.", "careless of you", en),
      judgement("How dumb of you to leave it in the rain.", "dumb of you", en),
      insult("Nobody wants to deal with idiots like you.", "idiots", en),
      insult("Tell that muppet in billing to stop calling me.", "muppet", en),
      insult("Ich nenne Sie einen Idioten, weil Sie einer sind.", "Idioten", de),
      insult("Petra ist eine dämliche Kuh.", "dämliche", de, ["Kuh"]),
    ],
  });
});
