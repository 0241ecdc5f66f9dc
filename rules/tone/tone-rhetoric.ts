// Condescension in rhetorical form, read from the clause rather than listed word for word: the
// writers counting how often they have said something ("Ich habe Ihnen das schon dreimal
// erklärt", "I've told you twice"), doubting the reader can read or understand ("Haben Sie
// meine Mail überhaupt gelesen?", "You clearly have no idea how this works"), rating the reader
// against a child or a trainee ("Das versteht sogar ein Kind", "Even my intern could have done
// it"), telling the reader to read for once ("Lesen Sie doch einfach mal die Anleitung", "Try
// reading the instructions next time") and asking whether it is so hard ("Ist das wirklich so
// schwer zu verstehen?"). Each shape needs two or three parts (who, what verb, which marker),
// so that the plain sentences around them ("Ich habe Ihnen zweimal geschrieben", "Did you get my
// mail?", "Even a short delay costs us") stay silent. One pass per shape, over keys only.
import type { Language, Token } from "../../src/rule-api.js";
import type { ClauseFinding } from "./tone-clauses.js";
import { personNouns } from "./tone-data.js";

type Keys = readonly string[];
const set = (...words: string[]) => new Set(words);

// --- 1. Counting one's own explanations -------------------------------------------------------

// Verbs of saying something the reader should have taken in. Not "asked" or "geschickt": "We
// have asked you twice for the form" is a firm reminder, "zweimal geschickt" a delivery.
const SAID: Record<Language, Set<string>> = {
  de: set("erklaert", "gesagt", "geschrieben", "mitgeteilt", "erwaehnt", "erlaeutert", "dargelegt", "hingewiesen", "betont", "beschrieben", "geschildert", "wiederholt", "erklaere", "sage", "schreibe", "sagen", "erklaeren"),
  en: set("told", "explained", "said", "written", "wrote", "mentioned", "stated", "pointed", "repeated", "clarified", "spelled", "spelt", "tell", "explain", "say", "repeat", "telling", "saying", "explaining", "repeating"),
};
// Verbs that count only with what was said as their object ("das", "this"): "Ich habe Ihnen
// schon dreimal geschrieben" counts contact attempts, "Ich habe Ihnen das dreimal geschrieben"
// the writers' patience.
const SAID_NEEDS_CONTENT = set("geschrieben", "schreibe", "written", "wrote", "mentioned", "erwaehnt");
const CONTENT: Record<Language, Set<string>> = { de: set("das", "dies", "es", "dieses", "alles"), en: set("this", "that", "it", "everything") };
// Told to the reader by anyone ("Muss man Ihnen alles zweimal sagen?"): the reader as object.
const READER_OBJECT: Record<Language, Set<string>> = { de: set("ihnen", "dir", "euch"), en: set("you") };
const WRITERS: Record<Language, Set<string>> = { de: set("ich", "wir"), en: set("i", "we", "i've", "we've", "ive", "i'm", "we're", "i'll") };
// Someone other than the reader was told: "dem Team", "ihm", "to the team", "them".
const THIRD_PARTY: Record<Language, Set<string>> = { de: set("dem", "ihm"), en: set("them", "him", "her", "the", "our", "my", "his", "their") };
const COUNT_WORDS_DE = set("zweimal", "dreimal", "viermal", "fuenfmal", "mehrmals", "mehrfach", "x-mal", "xmal", "zigmal", "hundertmal", "tausendmal", "etlichemal", "oftmals");
const ORDINAL_DE = /^(?:zweit|dritt|viert|fuenft|zehnt|zwanzigst|hundertst|tausendst|zigst|x-t|n-t|wiederholt|soundsovielt|letzt)(?:e|en)$/;
const ORDINAL_EN = set("second", "third", "fourth", "fifth", "sixth", "tenth", "twentieth", "hundredth", "thousandth", "millionth", "umpteenth", "nth", "zillionth", "last");
const TIMES_BEFORE_EN = set("two", "three", "four", "five", "six", "ten", "several", "multiple", "many", "numerous", "countless", "few", "umpteen", "hundred", "dozen");

/** Tokens of a count of repetitions ending at `i` ("dreimal", "twice", "three times"), or 0. */
function countAt(keys: Keys, i: number, language: Language): number {
  const key = keys[i];
  if (language === "de") {
    // "zum dritten Mal", "zum gefühlt hundertsten Mal"
    if ((key === "mal" || key === "male") && ORDINAL_DE.test(keys[i - 1] ?? "") && (keys[i - 2] === "zum" || keys[i - 3] === "zum")) return 2;
    // "ein drittes Mal", "ein x-tes Mal" (a second time may be service: "gern ein zweites Mal")
    if (key === "mal" && /^(?:dritt|viert|fuenft|zehnt|hundertst|tausendst|zigst|x-t|n-t)es$/.test(keys[i - 1] ?? "") && keys[i - 2] === "ein") return 3;
    // "in vier Mails", "in drei verschiedenen Nachrichten": repetitions counted in messages.
    if (MESSAGES_COUNTED.test(key)) return messagesCounted(keys, i);
    return COUNT_WORDS_DE.has(key) ? 1 : 0;
  }
  // "in four separate emails", "in three different messages"
  if (MESSAGES_COUNTED.test(key)) return messagesCounted(keys, i);
  if (key === "twice" || key === "repeatedly") return 1;
  // "for the third time", "for the umpteenth time"
  if (key === "time" && ORDINAL_EN.has(keys[i - 1] ?? "") && keys[i - 2] === "the" && keys[i - 3] === "for") return 4;
  if (key === "times" && (TIMES_BEFORE_EN.has(keys[i - 1] ?? "") || /^\d+$/.test(keys[i - 1] ?? ""))) return 2;
  return 0;
}

const MESSAGES_COUNTED = /^(?:mails|e-mails|emails|messages|letters|nachrichten|briefen|schreiben|telefonaten|calls)$/;
const COUNTED_NUMBER = /^(?:two|three|four|five|six|several|multiple|\d+|zwei|drei|vier|fuenf|sechs|mehreren|etlichen|x)$/;

/** Width of "in four (separate) emails" ending at the noun `i`, or 0. */
function messagesCounted(keys: Keys, i: number): number {
  const gap = /^(?:separate|different|verschiedenen|einzelnen|getrennten)$/.test(keys[i - 1] ?? "") ? 1 : 0;
  return COUNTED_NUMBER.test(keys[i - 1 - gap] ?? "") && keys[i - 2 - gap] === "in" ? 3 + gap : 0;
}

function readRepetition(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  for (let c = 0; c < keys.length; c++) {
    const width = countAt(keys, c, language);
    if (width === 0) continue;
    // The writers, a verb of saying and no one else told, within the clause around the count.
    let writer = -1;
    let readerObject = -1;
    let said = -1;
    let content = false;
    let other = false;
    const from = Math.max(0, c - 9);
    const to = Math.min(keys.length - 1, c + 5);
    for (let i = from; i <= to; i++) {
      const key = keys[i];
      if (WRITERS[language].has(key) && writer < 0 && i < c) writer = i;
      else if (READER_OBJECT[language].has(key) && readerObject < 0 && i < c && (language === "en" || tokens[i].text !== "ihnen")) readerObject = i;
      else if (SAID[language].has(key) && said < 0) said = i;
      else if (CONTENT[language].has(key)) content = true;
      else if (writer >= 0 && THIRD_PARTY[language].has(key) && (language === "de" || keys[i - 1] === "to" || key !== "the")) other = true;
      // German "ihnen" in lower case is "them"; "Ihnen" is the reader.
      else if (language === "de" && key === "ihnen" && tokens[i].text === "ihnen") other = true;
    }
    // "Muss man Ihnen alles zweimal sagen?": no writer, but the reader told, and what.
    if (writer < 0 && readerObject >= 0 && content) writer = readerObject;
    if (writer < 0 || said < 0 || other) continue;
    // "in four emails" counts the reader's reading only when "this" or the reader is told
    // ("I've explained this in four emails"), not news sent round ("the new prices in three emails to all customers").
    // ("which I have now pointed out in three emails": "which" is what was said).
    if (MESSAGES_COUNTED.test(keys[c]) && readerObject < 0 && !content && !keys.slice(from, c).some((k) => k === "which" || k === "was") && !keys.slice(c + 1, c + 4).some((k) => READER_OBJECT[language].has(k))) continue;
    if (SAID_NEEDS_CONTENT.has(keys[said]) && !content) continue;
    // English "to the team": "the" counts only after "to"; "explained the change" is fine.
    const first = Math.min(writer, said, c - width + 1);
    const last = Math.max(said, c);
    found.push(finding(tokens, first, last));
    return;
  }
}

// "I don't know how many more times I can explain this", "Wie oft soll ich Ihnen das noch erklären?"
const SAY_VERBS: Record<Language, Set<string>> = {
  de: set("erklaeren", "sagen", "schreiben", "wiederholen", "erlaeutern", "erklaert", "gesagt", "geschrieben"),
  en: set("explain", "tell", "say", "repeat", "write", "spell"),
};

function readHowOften(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[], prose = ""): void {
  // "Wie oft denn noch: ...", "Wie oft noch?": the exasperated question alone, cut off by a colon.
  if (language === "de" && keys[0] === "wie" && keys[1] === "oft") {
    const noch = keys[2] === "noch" ? 2 : keys[2] === "denn" && keys[3] === "noch" ? 3 : -1;
    if (noch > 0 && (noch + 1 >= keys.length || /^\s*[:!?–—]/.test(prose.slice(tokens[noch].end, tokens[noch + 1]?.start ?? tokens[noch].end + 2)))) {
      found.push(finding(tokens, 0, noch));
      return;
    }
  }
  for (let i = 0; i < keys.length - 2; i++) {
    const start = language === "de" ? keys[i] === "wie" && keys[i + 1] === "oft" : keys[i] === "how" && keys[i + 1] === "many" && (keys[i + 2] === "times" || (keys[i + 2] === "more" && keys[i + 3] === "times"));
    if (!start) continue;
    let writer = false;
    for (let j = i + 2; j < keys.length && j <= i + 9; j++) {
      if (WRITERS[language].has(keys[j])) writer = true;
      if (writer && SAY_VERBS[language].has(keys[j])) {
        found.push(finding(tokens, i, j));
        return;
      }
    }
  }
}

// --- 2. Doubting that the reader reads or understands -----------------------------------------

const READER_SUBJECT: Record<Language, Set<string>> = { de: set("sie", "du", "ihr"), en: set("you", "u", "you've") };
// "obviously", "offenbar": the writers claim to see the reader's failure.
const EVIDENTLY: Record<Language, Set<string>> = {
  de: set("offenbar", "offensichtlich", "anscheinend", "scheinbar", "wohl", "ganz", "augenscheinlich", "scheinen", "scheinst", "vermute", "aus"),
  // "I'm going to assume you didn't read", "Ich vermute, Sie haben ... nicht gelesen": supposed, not seen.
  en: set("obviously", "clearly", "apparently", "evidently", "plainly", "simply", "seem", "seems", "assume", "guess"),
};
// Reading and understanding (not receiving or knowing a fact: "You apparently didn't get my
// mail", "Sie wissen offenbar nicht, dass die Frist verlängert wurde" are information).
const UNDERSTAND: Record<Language, Set<string>> = {
  de: set("gelesen", "verstanden", "begriffen", "kapiert", "lesen", "verstehen", "begreifen", "kapieren", "zugehoert", "zuhoeren", "durchgelesen", "liest", "versteht", "verstehst", "liest"),
  en: set("read", "understand", "understood", "grasp", "grasped", "listen", "listened", "comprehend", "follow", "bother", "bothered", "reading", "listening"),
};
const NOT: Record<Language, Set<string>> = { de: set("nicht", "nichts", "nie"), en: set("not", "n't", "never", "didn't", "don't", "haven't", "can't", "cannot", "couldn't", "doesn't", "won't", "hasn't", "didnt", "dont", "havent", "cant") };

function readDoubt(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  for (let e = 0; e < keys.length; e++) {
    if (!EVIDENTLY[language].has(keys[e])) continue;
    // "aus" only in "ich gehe davon aus"
    if (keys[e] === "aus" && keys[e - 1] !== "davon") continue;
    // The reader as subject within three words of the adverb, either side.
    let reader = -1;
    for (let i = Math.max(0, e - 3); i <= e + 3 && i < keys.length; i++) if (READER_SUBJECT[language].has(keys[i]) && (language === "en" || /^(?:Sie|du|ihr)$/.test(tokens[i].text) || i === 0)) reader = i;
    // "Ihre Mitarbeiter haben offenbar keine Ahnung", "your staff clearly have no idea": the reader's people.
    for (let i = Math.max(0, e - 3); reader < 0 && i < e; i++) if (/^(?:your|ihre|eure|deine)$/.test(keys[i]) && (language === "en" || /^[IDE]/.test(tokens[i].text)) && personNouns(language).has(keys[i + 1] ?? "")) reader = i + 1;
    // "Offenbar ist Ihnen der Unterschied fremd", "Ihnen ist wohl nicht klar, ...": the reader as
    // dative, then strange or unclear to them.
    if (reader < 0 && language === "de") {
      const dative = keys.findIndex((k, i) => Math.abs(i - e) <= 3 && ((k === "ihnen" && tokens[i].text === "Ihnen") || k === "dir" || k === "euch"));
      if (dative >= 0) {
        for (let i = Math.min(dative, e) + 1; i < keys.length && i <= Math.max(dative, e) + 8; i++) {
          if (keys[i] === "fremd" || keys[i] === "schleierhaft" || keys[i] === "raetsel" || ((keys[i] === "klar" || keys[i] === "bewusst" || keys[i] === "gelaeufig") && keys[i - 1] === "nicht")) {
            found.push(finding(tokens, Math.min(dative, e), i));
            return;
          }
        }
      }
    }
    if (reader < 0) continue;
    // "Davon verstehen Sie offenbar nichts": the verb before the reader, the negation after.
    if (language === "de" && UNDERSTAND.de.has(keys[reader - 1] ?? "") && keys.slice(e + 1, e + 3).some((k) => k === "nichts" || k === "nicht")) {
      found.push(finding(tokens, reader - 1, e + 1));
      return;
    }
    // Then "no idea", "keine Ahnung", or a negation and a verb of reading or understanding.
    let negation = false;
    for (let i = Math.min(reader, e) + 1; i < keys.length && i <= Math.max(reader, e) + 7; i++) {
      const key = keys[i];
      if ((key === "no" || key === "keine" || key === "keinen" || key === "not") && ["idea", "clue", "ahnung", "schimmer", "a"].includes(keys[i + 1] ?? "")) {
        if (key === "not" && keys[i + 2] !== "clue") continue;
        found.push(finding(tokens, Math.min(reader, e), i + (key === "not" ? 2 : 1)));
        return;
      }
      // "nicht den blassesten Schimmer", "not the faintest idea"
      if ((key === "nicht" || key === "not") && (keys[i + 1] === "den" || keys[i + 1] === "the") && ["schimmer", "dunst", "ahnung", "idea", "clue"].includes(keys[i + 3] ?? "")) {
        found.push(finding(tokens, Math.min(reader, e), i + 3));
        return;
      }
      if (NOT[language].has(key)) negation = true;
      if (negation && UNDERSTAND[language].has(key)) {
        found.push(finding(tokens, Math.min(reader, e), i));
        return;
      }
    }
  }
}

// Questions with "even" / "überhaupt": "Do you even know what a VAT number is?", "Haben Sie
// meine Mail überhaupt gelesen?", "Wissen Sie überhaupt, was ...?".
const EVEN: Record<Language, Set<string>> = { de: set("ueberhaupt"), en: set("even", "actually") };
const QUESTION_VERBS: Record<Language, Set<string>> = {
  de: set("sind", "bist", "seid", "haben", "hast", "habt", "koennen", "kannst", "koennt", "wissen", "weisst", "wisst", "verstehen", "verstehst", "lesen", "liest", "kennen", "kennst"),
  en: set("do", "did", "have", "can", "could", "are", "were", "does"),
};
const KNOW: Record<Language, Set<string>> = {
  de: set("wissen", "weisst", "wisst", "kennen", "kennst", "gelesen", "verstanden", "lesen", "verstehen", "verstehst", "begriffen", "angeschaut", "angesehen", "zugehoert", "durchgelesen", "liest", "aufgeschlagen", "geoeffnet", "nachgelesen", "reingeschaut", "hineingeschaut", "nachgesehen", "nachgeschaut", "qualifiziert", "geeignet", "faehig", "befugt"),
  en: set("read", "know", "understand", "listen", "look", "looked", "check", "checked", "open", "opened", "bother", "reading", "listening", "care", "understood", "qualified", "capable", "competent", "trained"),
};

const MESSAGES = set("mail", "mails", "e-mail", "e-mails", "email", "emails", "nachricht", "nachrichten", "antwort", "antworten", "schreiben", "briefe");

function readEvenQuestion(tokens: readonly Token[], keys: Keys, prose: string, language: Language, sentenceEnd: number, found: ClauseFinding[]): void {
  // A question: verb first, then the reader ("Haben Sie", "Do you").
  if (keys.length < 4 || !QUESTION_VERBS[language].has(keys[0]) || !READER_SUBJECT[language].has(keys[1])) return;
  if (!/\?/.test(prose.slice(tokens[tokens.length - 1].end, sentenceEnd + 1))) return;
  // "Lesen Sie meine Mails eigentlich?": "eigentlich" doubts only the reading of the writers' messages.
  const even = keys.findIndex((key, i) => i >= 2 && (EVEN[language].has(key) || (key === "eigentlich" && (keys[0] === "lesen" || keys[0] === "liest") && keys.slice(2, i).some((k) => MESSAGES.has(k)))));
  if (even < 0 || keys[even + 1] === "schon") return;
  // "actually" only right before reading ("Did you actually read it?"), not "Did you actually get it?".
  if (keys[even] === "actually" && !["read", "look", "looked", "open", "opened", "check", "checked"].includes(keys[even + 1] ?? "")) return;
  const known = KNOW[language].has(keys[0]) ? 0 : keys.findIndex((key, i) => i > 1 && KNOW[language].has(key));
  if (known < 0) return;
  found.push(finding(tokens, 0, Math.max(even, known)));
}

// --- 3. Rated against a child or a trainee ----------------------------------------------------

const EVEN_PERSON: Record<Language, Set<string>> = { de: set("sogar", "selbst"), en: set("even") };
export const LOWLY: Record<Language, Set<string>> = {
  de: set("kind", "kinder", "kleinkind", "praktikant", "praktikantin", "azubi", "auszubildende", "auszubildender", "lehrling", "anfaenger", "anfaengerin", "laie", "oma", "omi", "opa", "schueler", "schuelerin", "grundschueler", "erstklaessler", "affe", "dreijaehriger", "fuenfjaehriger", "teenager", "hund"),
  en: set("child", "kid", "kids", "children", "toddler", "intern", "trainee", "apprentice", "beginner", "novice", "schoolkid", "schoolboy", "schoolgirl", "monkey", "grandmother", "grandma", "granny", "grandad", "teenager", "layman", "first-year", "five-year-old", "six-year-old", "ten-year-old", "dog", "chimp"),
};
const DETERMINERS = set("a", "an", "my", "our", "the", "ein", "eine", "einer", "mein", "meine", "unser", "unsere", "jedes", "jeder", "jede", "der", "die", "das");
// What the child manages: knowing and understanding, or could/would have ("hätte", "could have").
const MANAGES: Record<Language, Set<string>> = {
  de: set("weiss", "wissen", "versteht", "verstehen", "kapiert", "begreift", "kennt", "sieht", "hinbekommen", "hingekriegt", "geschafft", "verstanden", "gewusst", "kapieren", "begreifen"),
  en: set("knows", "know", "understands", "understand", "gets", "get", "sees", "see", "figure", "figured", "grasp", "grasps", "manage", "manages", "managed", "understood", "knew"),
};
const COUNTERFACTUAL: Record<Language, Set<string>> = { de: set("haette", "haetten", "wuerde"), en: set("could've", "would've", "have") };

// "Any child could assemble this", "Das könnte jedes Kind": any child at all, in the counterfactual.
const ANY_PERSON: Record<Language, Set<string>> = { de: set("jedes", "jeder", "jede"), en: set("any") };
const COULD: Record<Language, Set<string>> = { de: set("koennte", "haette", "wuerde"), en: set("could", "could've", "would") };
const IT: Record<Language, Set<string>> = { de: set("das", "es", "dies"), en: set("this", "that", "it") };

// With "a"/"ein" only a young child: "A five-year-old could tell you that" ("A trainee could help you" is an offer).
const YOUNG: Record<Language, Set<string>> = {
  de: set("kind", "kleinkind", "erstklaessler", "grundschueler", "schulkind", "fuenfjaehriger", "dreijaehriger", "sechsjaehriger", "zehnjaehriger"),
  en: set("child", "kid", "toddler", "schoolkid", "five-year-old", "six-year-old", "ten-year-old", "three-year-old", "first-grader", "schoolboy", "schoolgirl"),
};
const A_PERSON: Record<Language, Set<string>> = { de: set("ein"), en: set("a") };
// What the young child could do for the reader: tell or show them ("A child could join you" is an offer).
const TELL: Record<Language, Set<string>> = { de: set("erklaeren", "sagen", "zeigen", "beibringen", "vormachen"), en: set("tell", "explain", "show", "teach") };

function readAnyChildCould(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  for (let e = 0; e < keys.length - 2; e++) {
    const someone = (ANY_PERSON[language].has(keys[e]) && LOWLY[language].has(keys[e + 1])) || (A_PERSON[language].has(keys[e]) && YOUNG[language].has(keys[e + 1]) && keys.some((k) => k === "you" || k === "ihnen" || k === "dir") && keys.slice(e + 2, e + 6).some((k) => TELL[language].has(k)));
    if (!someone || keys.slice(0, e).some((k) => k === "if" || k === "falls" || k === "wenn" || k === "ob")) continue;
    // The modal next to the noun ("any child could", "könnte jedes Kind"), and what it could do ("this", "das").
    const could = keys.findIndex((k, i) => (i === e + 2 || i === e - 1 || i === e - 2) && COULD[language].has(k));
    if (could < 0 || !keys.some((k, i) => Math.abs(i - e) <= 6 && (IT[language].has(k) || k === "you" || k === "ihnen" || k === "dir"))) continue;
    found.push(finding(tokens, Math.min(e, could), Math.max(e + 1, could)));
    return;
  }
}

function readRatedAgainst(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  for (let e = 0; e < keys.length - 1; e++) {
    if (!EVEN_PERSON[language].has(keys[e])) continue;
    // "Das bekommen sogar Sie hin", "Das schaffen selbst Sie": even the reader manages it.
    if (language === "de" && (tokens[e + 1].text === "Sie" || keys[e + 1] === "du") && keys.some((k) => /^(?:hin|schaffen|schaffst|hinbekommen|hinkriegen|kapieren|kapierst|verstehen|verstehst|begreifen|begreifst)$/.test(k))) {
      found.push(finding(tokens, e, e + 1));
      return;
    }
    let n = e + 1;
    if (DETERMINERS.has(keys[n])) n++;
    if (!LOWLY[language].has(keys[n] ?? "")) continue;
    // The verb: before "sogar" ("Das versteht sogar ein Kind") or after the noun ("even my intern could have").
    for (let i = Math.max(0, e - 2); i < keys.length && i <= n + 5; i++) {
      if (i > e && i <= n) continue;
      if (MANAGES[language].has(keys[i]) || (i > n && COUNTERFACTUAL[language].has(keys[i]))) {
        found.push(finding(tokens, Math.min(e, i), Math.max(n, i)));
        return;
      }
    }
  }
}

// --- 4. Telling the reader to read for once ---------------------------------------------------

const READ_IMPERATIVE: Record<Language, Set<string>> = {
  de: set("lesen", "durchlesen", "nachlesen", "lies", "lest"),
  en: set("read", "reading"),
};

function readReadForOnce(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const read = keys.findIndex((key) => READ_IMPERATIVE[language].has(key));
  if (read < 0) return;
  if (language === "de") {
    // "Lesen Sie doch (einfach) mal", "Lesen Sie einfach mal", "erst (ein)mal ... lesen, bevor Sie",
    // "nächstes Mal lesen Sie": the particles make advice a rebuke; "Lesen Sie bitte" is advice.
    const doch = keys.indexOf("doch");
    const einfachMal = keys.findIndex((k, i) => k === "einfach" && (keys[i + 1] === "mal" || keys[i + 1] === "erst"));
    const erstMal = keys.findIndex((k, i) => k === "erst" && (keys[i + 1] === "mal" || keys[i + 1] === "einmal"));
    const before = keys.indexOf("bevor");
    const forOnce = keys.findIndex((k, i) => (k === "naechstes" && keys[i + 1] === "mal") || (k === "zur" && keys[i + 1] === "abwechslung"));
    const reader = keys.findIndex((k, i) => (k === "sie" || k === "du" || k === "ihr") && i <= read + 2);
    if (reader < 0) return;
    const marker = doch >= 0 && (keys[doch + 1] === "einfach" || keys[doch + 1] === "mal" || keys[doch + 2] === "mal") ? doch : einfachMal >= 0 ? einfachMal : erstMal >= 0 && before > erstMal ? erstMal : forOnce;
    if (marker < 0) return;
    found.push(finding(tokens, Math.min(read, marker), Math.max(read, marker)));
    return;
  }
  // "try reading", "read ... next time", "read ... for once", "read ... before writing to us".
  // ... said to the reader: "We tried reading the meter" reports the writers' own attempt.
  if ((keys[read - 1] === "try" || keys[read - 1] === "tried") && !keys.slice(0, read).some((k) => WRITERS[language].has(k))) {
    found.push(finding(tokens, read - 1, read));
    return;
  }
  for (let i = read + 1; i < keys.length && i <= read + 10; i++) {
    const key = keys[i];
    if ((key === "next" && keys[i + 1] === "time") || (key === "for" && keys[i + 1] === "once") || (key === "before" && /^(?:writing|contacting|complaining|emailing|e-mailing|asking|calling|replying|sending)$/.test(keys[i + 1] ?? ""))) {
      found.push(finding(tokens, read, i + 1));
      return;
    }
  }
}

// --- 5. "Is it so hard to understand?" ---------------------------------------------------------

const HARD: Record<Language, Set<string>> = { de: set("schwer", "schwierig", "kompliziert"), en: set("hard", "difficult", "complicated") };
const SO: Record<Language, Set<string>> = { de: set("so", "derart", "wirklich"), en: set("so", "that", "really") };
const IS_FIRST: Record<Language, Set<string>> = { de: set("ist", "war"), en: set("is", "was", "isn't") };

function readSoHard(tokens: readonly Token[], keys: Keys, prose: string, language: Language, sentenceEnd: number, found: ClauseFinding[]): void {
  const hard = keys.findIndex((key, i) => HARD[language].has(key) && SO[language].has(keys[i - 1] ?? ""));
  if (hard < 0) return;
  // Said of the reader, question or not: "why this is so hard for you to grasp", "warum das für Sie so schwer zu begreifen ist".
  const forYou = language === "en" ? keys[hard + 1] === "for" && keys[hard + 2] === "you" && keys[hard + 3] === "to" : keys[hard - 2] === "sie" && tokens[hard - 2].text === "Sie" && (keys[hard - 3] === "fuer" || keys[hard - 3] === "fur") && keys[hard + 1] === "zu";
  const grasped = language === "en" ? keys[hard + 4] : keys[hard + 2];
  if (forYou && (UNDERSTAND[language].has(grasped ?? "") || grasped === "get" || grasped === "kapieren")) {
    found.push(finding(tokens, language === "en" ? hard - 1 : hard - 3, language === "en" ? hard + 4 : hard + 2));
    return;
  }
  // A question ("Ist das wirklich so schwer zu verstehen?"), not a statement about the matter.
  if (!/\?/.test(prose.slice(tokens[tokens.length - 1].end, sentenceEnd + 1))) return;
  const to = keys[hard + 1] === (language === "de" ? "zu" : "to") ? hard + 2 : -1;
  if (to >= 0 && (UNDERSTAND[language].has(keys[to] ?? "") || keys[to] === "get" || keys[to] === "kapieren")) {
    found.push(finding(tokens, hard - 1, to));
    return;
  }
  // Asked verb first of a task: "Ist es wirklich so schwer, eine Rechnung zu bezahlen?", "Is it
  // really that hard to fill in a form?" ("Is it hard to find parts?" has no "so"/"that").
  if (hard <= 5 && IS_FIRST[language].has(keys[0]) && (keys[1] === "es" || keys[1] === "das" || keys[1] === "it" || keys[1] === "that" || keys[1] === "this")) found.push(finding(tokens, 0, hard));
}

// --- 6. Set shapes of talking down ------------------------------------------------------------

/**
 * "Lesen ist wohl nicht so Ihre Stärke", "spelling is not your strong suit"; "denken Sie bitte
 * erst kurz nach", "think before you write"; "here it is again for you, in small words";
 * "which part of non-refundable you're struggling with"; "Do I really have to spell everything
 * out for you?", "Muss ich Ihnen das wirklich erklären?".
 */
function readTalkingDown(tokens: readonly Token[], keys: Keys, prose: string, language: Language, sentenceEnd: number, found: ClauseFinding[]): void {
  const n = keys.length;
  const question = /\?/.test(prose.slice(tokens[n - 1].end, sentenceEnd + 1));
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (language === "de") {
      // "Das hätten Sie wissen müssen", "Sie hätten ja nachlesen können"
      if ((key === "haetten" || key === "haettest") && keys.slice(Math.max(0, i - 2), i + 3).some((k) => k === "sie" || k === "du")) {
        const verb = keys.findIndex((k, j) => j > i && j <= i + 10 && (k === "muessen" || k === "koennen") && KNOWING_DE.has(keys[j - 1]));
        if (verb > 0) {
          found.push(finding(tokens, i, verb));
          return;
        }
      }
      // "Ihnen ist (aber) schon klar, dass ...", "Ist Ihnen eigentlich klar, ...?"
      if (key === "klar" && keys.slice(Math.max(0, i - 4), i).some((k) => k === "ihnen" || k === "dir" || k === "euch") && keys.slice(Math.max(0, i - 3), i).some((k) => k === "schon" || k === "doch" || k === "eigentlich" || k === "ueberhaupt" || k === "wohl")) {
        found.push(finding(tokens, Math.max(0, i - 3), i));
        return;
      }
      // "Das steht doch (alles) in der Anleitung"
      if (key === "steht" && keys[i + 1] === "doch" && keys.slice(i + 2, i + 5).some((k) => k === "in" || k === "im" || k === "alles" || k === "da" || k === "klar" || k === "dort")) {
        found.push(finding(tokens, i, i + 1));
        return;
      }
      // "Falls es Ihnen entgangen ist", "falls Sie es nicht bemerkt haben"
      if (key === "falls" && keys.slice(i + 1, i + 7).some((k) => k === "entgangen" || k === "uebersehen" || (k === "bemerkt" && keys.slice(i + 1, i + 7).includes("nicht")))) {
        found.push(finding(tokens, i, Math.min(n - 1, i + 3)));
        return;
      }
      // "nicht (so/gerade) Ihre Stärke"
      if ((key === "staerke" || key === "staerken") && /^(?:ihre|deine|eure)$/.test(keys[i - 1] ?? "") && keys.slice(Math.max(0, i - 4), i - 1).some((k) => k === "nicht" || k === "keine")) {
        found.push(finding(tokens, i - 1, i));
        return;
      }
      // "denken Sie (bitte) erst (kurz) nach", "erst nachdenken, dann schreiben"
      if (key === "denken" && (keys[i + 1] === "sie" || keys[i + 1] === "du") && keys.slice(i + 2, i + 7).includes("nach") && keys.some((k) => k === "erst" || k === "bevor" || k === "zuerst" || k === "vorher")) {
        found.push(finding(tokens, i, Math.min(n - 1, i + 1)));
        return;
      }
      // "Für Sie buchstabiere ich es gern", "Ich buchstabiere Ihnen das": spelled out to the reader.
      if ((key === "buchstabiere" || key === "buchstabieren" || key === "vorbuchstabieren") && keys.some((k, j) => (k === "ihnen" && tokens[j].text === "Ihnen") || (k === "sie" && tokens[j].text === "Sie" && keys[j - 1] === "fuer") || k === "dir" || k === "dich" || k === "euch")) {
        found.push(finding(tokens, i, i));
        return;
      }
      // "Das ist wohl nicht so Ihr Ding"
      if (key === "ding" && /^(?:ihr|dein|euer)$/.test(keys[i - 1] ?? "") && keys.slice(Math.max(0, i - 5), i - 1).some((k) => k === "nicht" || k === "kein") && !keys.some((k) => k === "falls" || k === "wenn")) {
        found.push(finding(tokens, i - 1, i));
        return;
      }
      // "Muss ich Ihnen das wirklich/alles erklären?"
      if (question && i === 0 && (key === "muss" || key === "soll") && keys[1] === "ich" && keys.some((k) => k === "wirklich" || k === "alles" || k === "jedes" || k === "eigentlich") && keys.some((k) => SAY_VERBS.de.has(k) || k === "vorbuchstabieren" || k === "vorkauen")) {
        found.push(finding(tokens, 0, 1));
        return;
      }
      continue;
    }
    if ((key === "suit" || key === "forte" || key === "point" || key === "strength" || key === "thing") && keys[i - 1] !== undefined && (keys[i - 1] === "your" || (keys[i - 1] === "strong" && keys[i - 2] === "your")) && !keys.includes("if")) {
      const your = keys[i - 1] === "your" ? i - 1 : i - 2;
      if (keys.slice(Math.max(0, your - 3), your).some((k) => k === "not" || k === "n't" || k === "isn't" || k === "never")) {
        found.push(finding(tokens, your, i));
        return;
      }
    }
    // "Surely you know that ...", "surely you can see"
    if (key === "surely" && (keys[i + 1] === "you" || keys[i + 2] === "you") && keys.slice(i + 2, i + 5).some((k) => /^(?:know|understand|realise|realize|see|remember|read|noticed)$/.test(k))) {
      found.push(finding(tokens, i, i + 2));
      return;
    }
    // "you missed the part where", "the bit where I said"
    if ((key === "part" || key === "bit") && keys[i + 1] === "where" && keys.slice(Math.max(0, i - 3), i).some((k) => /^(?:missed|skipped|overlooked|ignored|forgot)$/.test(k))) {
      found.push(finding(tokens, i - 1, i + 1));
      return;
    }
    // "I'm sorry you find this so confusing"
    if (key === "sorry" && keys[i + 1] === "you" && /^(?:find|found|feel|felt)$/.test(keys[i + 2] ?? "") && keys.slice(i + 3, i + 7).some((k) => /^(?:confusing|difficult|hard|complicated|challenging|overwhelming)$/.test(k))) {
      found.push(finding(tokens, i, i + 2));
      return;
    }
    // "Let me explain it very slowly": explained so that the reader can follow.
    if (key === "slowly" && keys.slice(0, i).some((k) => SAY_VERBS.en.has(k) || k === "walk" || k === "type")) {
      found.push(finding(tokens, i, i));
      return;
    }
    // "it's called reading", "it's called checking the tracking page"
    if (key === "called" && (keys[i - 1] === "it's" || keys[i - 1] === "its" || (keys[i - 1] === "is" && keys[i - 2] === "it")) && /^(?:reading|thinking|listening|checking|planning|looking|paying|googling|asking)$/.test(keys[i + 1] ?? "")) {
      found.push(finding(tokens, i - 1, i + 1));
      return;
    }
    // "I'll use smaller words"
    if (key === "words" && /^(?:smaller|simpler|shorter|small|short|simple|little|easy)$/.test(keys[i - 1] ?? "") && keys.slice(Math.max(0, i - 4), i - 1).some((k) => k === "use" || k === "using" || k === "in" || k === "stick" || k === "keep") && keys.some((k) => WRITERS.en.has(k))) {
      found.push(finding(tokens, i - 1, i));
      return;
    }
    // "think before you write|send|reply", "try thinking"
    if (key === "think" && keys[i + 1] === "before" && (keys[i + 2] === "you" || /ing$/.test(keys[i + 2] ?? ""))) {
      found.push(finding(tokens, i, i + 1));
      return;
    }
    // "in small words", "in simple terms" said "for you"
    if ((key === "words" || key === "terms") && /^(?:small|simple|short|easy|little|simpler|plain|smaller)$/.test(keys[i - 1] ?? "") && keys[i - 2] === "in" && keys.some((k, j) => k === "for" && keys[j + 1] === "you")) {
      found.push(finding(tokens, i - 2, i));
      return;
    }
    // "which part of ... you're struggling with|don't understand"
    if ((key === "part" || key === "bit") && (keys[i - 1] === "which" || keys[i - 1] === "what") && keys[i + 1] === "of") {
      const tail = keys.slice(i + 2, i + 10);
      if (tail.some((k) => /^(?:unclear|confusing)$/.test(k)) || (tail.some((k) => /^(?:struggling|understand|get|grasp|confused)$/.test(k)) && tail.some((k) => k === "you" || k === "you're" || k === "youre"))) {
        found.push(finding(tokens, i - 1, i + 1));
        return;
      }
    }
    // "Do I really have to spell everything out for you?"
    if (question && i === 0 && (key === "do" || key === "must") && (keys[1] === "i" || keys[1] === "we") && keys.some((k) => k === "really" || k === "everything" || k === "honestly" || k === "seriously") && keys.some((k) => SAY_VERBS.en.has(k))) {
      found.push(finding(tokens, 0, 1));
      return;
    }
  }
}

const KNOWING_DE = set("wissen", "lesen", "nachlesen", "merken", "sehen", "verstehen", "erkennen", "nachsehen", "nachschauen");

// --- 7. Counting opened as a heading: "Zum dritten Mal: ...", "For the third time, ..." -----

/**
 * A count of repetitions that opens the sentence and is cut off by a colon, comma or dash: the
 * writers count before they say anything. "Zum dritten Mal in Folge wurden wir ausgezeichnet"
 * and "For the first time, ..." stay silent (no cut, or no repetition).
 */
function readCountedOpener(tokens: readonly Token[], keys: Keys, prose: string, language: Language, found: ClauseFinding[]): void {
  let last = -1;
  if (language === "de" && keys[0] === "zum" && (keys[2] === "mal" || keys[2] === "male") && ORDINAL_DE.test(keys[1] ?? "")) last = 2;
  if (language === "de" && keys[0] === "zum" && (keys[3] === "mal" || keys[3] === "male") && ORDINAL_DE.test(keys[2] ?? "")) last = 3;
  if (language === "en" && keys[0] === "for" && keys[1] === "the" && ORDINAL_EN.has(keys[2] ?? "") && keys[3] === "time") last = 3;
  if (last >= 0 && last + 1 < tokens.length && /^\s*[,:–—-]/.test(prose.slice(tokens[last].end, tokens[last + 1].start))) {
    found.push(finding(tokens, 0, last));
    return;
  }
  // Anywhere, said of what the reader did: "Sie haben zum dritten Mal die falsche Nummer
  // angegeben", "you've sent the wrong colour for the third time". Thanks and joy ("Thank you for
  // choosing us for the third time", "Wir freuen uns, Sie zum zweiten Mal zu begrüßen") stay silent.
  for (let i = 2; i < keys.length; i++) {
    const counted = language === "de" ? (keys[i] === "mal" || keys[i] === "male") && ORDINAL_DE.test(keys[i - 1]) && keys[i - 1] !== "letzten" && keys[i - 2] === "zum" : keys[i] === "time" && ORDINAL_EN.has(keys[i - 1]) && keys[i - 1] !== "last" && keys[i - 2] === "the" && keys[i - 3] === "for";
    if (!counted) continue;
    const reader = keys.findIndex((k, j) => (language === "de" ? (k === "sie" && tokens[j].text === "Sie") || k === "du" || k === "ihr" : k === "you" || k === "you've" || k === "you're" || k === "your"));
    if (reader < 0 || keys.some((k) => THANKS_OR_JOY.has(k)) || !keys.some((k) => REPEATED_FAILURE.test(k))) return;
    // "Wir haben Ihre Bestellung zum zweiten Mal falsch verpackt, entschuldigen Sie": the writers' own failure.
    if (reader > i && keys.slice(0, i).some((k) => WRITERS[language].has(k))) return;
    found.push(finding(tokens, Math.min(reader, i - 2), i));
    return;
  }
}

// What went wrong again: "die falsche Nummer", "nicht bezahlt", "the wrong colour", "forgot".
const REPEATED_FAILURE = /^(?:falsch|verkehrt|vergess|vergiss|verpass|ignorier|verlor|verschlamp|verwechsel|spaet|nicht$|kein|wrong|not$|n't$|no$|never$|forg[oe]t|miss|ignor|lost$|los[et]|late$|broke|damag|cancel|stornier|didn't$|haven't$|hasn't$|wasn't$|isn't$)/;
const THANKS_OR_JOY = set("thank", "thanks", "glad", "happy", "pleased", "welcome", "congratulations", "danke", "dank", "freuen", "freue", "freut", "willkommen", "glueckwunsch", "gratulieren", "begruessen", "herzlich");

// --- 8. Denying the reader an ability -----------------------------------------------------------

const CAN: Record<Language, Set<string>> = { de: set("koennen", "kannst", "koennt"), en: set("can", "can't", "cant", "cannot") };
// Skills every adult has: asking whether the reader lacks them talks down. Not "kommen",
// "schicken": "Können Sie nicht am Dienstag kommen?" is a question about the date.
const BASIC_SKILLS: Record<Language, Set<string>> = {
  de: set("lesen", "zuhoeren", "rechnen", "zaehlen", "verstehen", "begreifen", "denken", "nachdenken", "mitdenken", "buchstabieren", "kapieren", "hinschauen", "hinsehen", "hoeren"),
  en: set("read", "listen", "count", "understand", "follow", "spell", "think", "comprehend", "grasp", "add"),
};
const QUESTION_NOT: Record<Language, Set<string>> = { de: set("nicht", "ueberhaupt", "nichtmal"), en: set("not", "even") };

/**
 * Verb first, the reader second, then a negation or "even" and a basic skill: "Können Sie
 * (eigentlich) nicht lesen?", "Kannst du nicht mal zählen?", "Can't you read?", "Can you not
 * count?", "Can you even spell?"; and "nicht in der Lage" asked of the reader ("Sind Sie nicht in
 * der Lage, ...?", "Are you incapable of ...?"). "Können Sie nicht am Dienstag kommen?" and
 * "Can you read me the number?" stay silent (no skill, no negation).
 */
function readAbilityDenied(tokens: readonly Token[], keys: Keys, question: boolean, language: Language, found: ClauseFinding[]): void {
  if (!question || keys.length < 3) return;
  if (CAN[language].has(keys[0]) && READER_SUBJECT[language].has(keys[1])) {
    let negated = keys[0].endsWith("n't") || keys[0] === "cant" || keys[0] === "cannot";
    for (let i = 2; i < keys.length && i <= 6; i++) {
      if (QUESTION_NOT[language].has(keys[i])) negated = true;
      else if (negated && BASIC_SKILLS[language].has(keys[i]) && !/^(?:me|mir|uns|us|out|aloud)$/.test(keys[i + 1] ?? "") && keys[i + 2] !== "out") {
        found.push(finding(tokens, 0, i));
        return;
      }
    }
  }
  // "Sind Sie (denn) nicht in der Lage, ...?", "Sind Sie überhaupt in der Lage"
  if (language === "de" && (keys[0] === "sind" || keys[0] === "bist" || keys[0] === "seid") && READER_SUBJECT.de.has(keys[1])) {
    const lage = keys.indexOf("lage");
    if (lage > 2 && lage <= 7 && keys[lage - 1] === "der" && keys[lage - 2] === "in" && keys.slice(2, lage - 2).some((k) => k === "nicht" || k === "ueberhaupt")) found.push(finding(tokens, 0, lage));
    return;
  }
  // "Are you incapable of ...?", "Are you even able to ...?"
  if (language === "en" && (keys[0] === "are" || keys[0] === "were") && keys[1] === "you") {
    for (let i = 2; i <= 4 && i < keys.length; i++) {
      if (keys[i] === "incapable" || (keys[i] === "able" && keys.slice(2, i).includes("even"))) {
        found.push(finding(tokens, 0, i));
        return;
      }
    }
  }
}

// --- 9. Reading done too late: "Hätten Sie die Anleitung gelesen, ...", "If you had read ..." ---

const READ_DONE: Record<Language, Set<string>> = {
  de: set("gelesen", "durchgelesen", "nachgelesen", "zugehoert", "nachgesehen", "nachgeschaut", "aufgepasst", "hingeschaut", "hingesehen", "reingeschaut", "hineingeschaut", "angeschaut", "angesehen", "geoeffnet", "aufgeschlagen", "mitgedacht", "nachgedacht"),
  en: set("read", "listened", "checked", "looked", "bothered", "opened", "paid", "glanced", "thought"),
};

/**
 * The reader's reading, said as a condition that was not met: "Hätten Sie die Anleitung
 * gelesen, ...", "Wenn Sie meine Mail richtig gelesen hätten, ...", "If you had (actually) read
 * the terms, ...", "Had you checked the tracking, ...". "If you have read the terms, please
 * sign" is not counterfactual; "If you had any questions" reads nothing.
 */
function readCounterfactualReading(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  if (language === "de") {
    // Verb first: "Hätten Sie ... gelesen"
    let start = -1;
    const verbFirst = (keys[0] === "haetten" || keys[0] === "haettest") && (keys[1] === "sie" || keys[1] === "du");
    if (verbFirst) start = 0;
    const wenn = keys.indexOf("wenn");
    if (start < 0 && wenn >= 0 && (keys[wenn + 1] === "sie" || keys[wenn + 1] === "du")) start = wenn;
    if (start < 0) return;
    for (let i = start + 2; i < keys.length && i <= start + 10; i++) {
      if (!READ_DONE.de.has(keys[i])) continue;
      // "Wenn Sie ... gelesen hätten": the subjunctive right after the participle.
      if (verbFirst || keys[i + 1] === "haetten" || keys[i + 1] === "haettest" || keys[i + 2] === "haetten" || keys[i + 2] === "haettest") {
        found.push(finding(tokens, start, i));
      }
      return;
    }
    return;
  }
  let start = -1;
  let from = -1;
  for (let i = 0; i + 1 < keys.length; i++) {
    if (keys[i] === "if" && ((keys[i + 1] === "you" && keys[i + 2] === "had") || keys[i + 1] === "you'd")) {
      start = i;
      from = keys[i + 1] === "you'd" ? i + 2 : i + 3;
      break;
    }
    if (i === 0 && keys[0] === "had" && keys[1] === "you") {
      start = 0;
      from = 2;
      break;
    }
  }
  if (start < 0) return;
  for (let i = from; i < keys.length && i <= from + 3; i++) {
    if (!READ_DONE.en.has(keys[i])) continue;
    if (keys[i] === "paid" && keys[i + 1] !== "attention") return;
    if (keys[i] === "thought" && keys[i + 1] !== "about" && keys[i + 1] !== "before") return;
    found.push(finding(tokens, start, i));
    return;
  }
}

// --- 10. "Hat Ihnen das niemand beigebracht?", "Did nobody ever teach you ...?" ----------------

function readNeverTaught(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const teach = keys.findIndex((k) => (language === "de" ? k === "beigebracht" || k === "beibringen" : k === "taught" || k === "teach"));
  if (teach < 0) return;
  const reader = keys.findIndex((k, i) => Math.abs(i - teach) <= 5 && (language === "de" ? (k === "ihnen" && tokens[i].text === "Ihnen") || k === "dir" || k === "euch" : k === "you"));
  if (reader < 0) return;
  const denial = keys.findIndex((k, i) => i < Math.max(teach, reader) && (language === "de" ? k === "niemand" || k === "nie" || k === "keiner" || k === "nicht" : k === "nobody" || k === "never" || k === "didn't" || k === "not" || k === "no"));
  if (denial < 0) return;
  found.push(finding(tokens, Math.min(denial, teach, reader), Math.max(teach, reader)));
}

// --- 11. "Ich hoffe, das ist jetzt endlich angekommen", "I hope it's finally clear" -------------

const HOPE: Record<Language, Set<string>> = { de: set("hoffe", "hoffen", "hoffentlich", "vielleicht"), en: set("hope", "hopefully", "trust", "maybe", "perhaps") };
const AT_LONG_LAST: Record<Language, Set<string>> = { de: set("endlich", "diesmal", "dieses"), en: set("finally", "this", "last") };
const GOT_IT: Record<Language, Set<string>> = {
  de: set("verstanden", "angekommen", "kapiert", "begriffen", "klar", "deutlich", "verstaendlich", "haengen"),
  en: set("clear", "understood", "understand", "sunk", "sinks", "sink", "stick", "sticks", "clearer", "get", "got"),
};

/** Hoping the reader understood at last; "Ich hoffe, das hilft" and "I hope this is clear" stay silent. */
function readHopeFinallyClear(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const hope = keys.findIndex((k) => HOPE[language].has(k));
  if (hope < 0) return;
  // What was said ("das", "it") or the reader ("Sie", "you") right after: "Ich hoffe, die
  // Lieferung ist diesmal angekommen" hopes for the parcel.
  const said = (k: string | undefined) => k !== undefined && /^(?:das|es|dies|this|it|that|it's|that's)$/.test(k);
  const readerNamed = keys.slice(hope + 1).some((k, j) => (language === "de" ? (k === "sie" && tokens[hope + 1 + j].text === "Sie") || k === "du" : /^(?:you|you've|you're)$/.test(k)));
  if (!readerNamed && !said(keys[hope + 1]) && !((keys[hope + 1] === "dass" || keys[hope + 1] === "that") && said(keys[hope + 2]))) return;
  let late = -1;
  let got = -1;
  for (let i = hope + 1; i < keys.length && i <= hope + 8; i++) {
    const key = keys[i];
    const isLate = key === "endlich" || key === "finally" || (key === "diesmal") || (key === "dieses" && keys[i + 1] === "mal") || (key === "this" && keys[i + 1] === "time") || (key === "last" && keys[i - 1] === "at");
    if (isLate) late = i;
    else if (GOT_IT[language].has(key)) got = i;
    if (late >= 0 && got >= 0) {
      found.push(finding(tokens, hope, Math.max(late + (keys[late] === "this" || keys[late] === "dieses" ? 1 : 0), got)));
      return;
    }
  }
}

// --- 12. "Merken Sie sich das endlich", "Pay attention for once" ---------------------------------

const ATTEND: Record<Language, Set<string>> = {
  de: set("merken", "merk", "hoeren", "hoer", "passen", "pass", "lesen", "lies", "schauen", "schau", "gucken", "guck", "denken", "denk", "konzentrieren"),
  en: set("pay", "listen", "read", "look", "check", "think", "concentrate", "focus"),
};

const ATTEND_OPENERS = set("bitte", "please", "dann", "then", "now", "jetzt", "and", "und", "so", "also");

/**
 * An imperative of attention with "at last" or "for once": "Merken Sie sich das (bitte)
 * endlich", "Hören Sie mir endlich zu", "Pay attention for once", "Listen for a change". Plain
 * requests ("Bitte merken Sie sich den Termin", "Please check the box") stay silent.
 */
function readAttendForOnce(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  // The imperative opens the clause, maybe after "bitte", "now", "and": "Again, and please pay attention this time".
  const verb = keys.findIndex((k, i) => i <= 3 && ATTEND[language].has(k) && (i === 0 || ATTEND_OPENERS.has(keys[i - 1])));
  if (verb < 0) return;
  if (language === "de" && !["sie", "du", "ihr", "dir", "euch", "mal", "doch", "endlich", "auf", "zu"].includes(keys[verb + 1] ?? "")) return;
  for (let i = verb + 1; i < keys.length && i <= verb + 8; i++) {
    const key = keys[i];
    // "Passen Sie diesmal genau auf", "Hören Sie diesmal zu": this time, unlike the last.
    const once = language === "de" ? key === "endlich" || (key === "zur" && keys[i + 1] === "abwechslung") || (key === "diesmal" && i <= verb + 3 && /^(?:passen|pass|hoeren|hoer)$/.test(keys[verb])) : (key === "for" && (keys[i + 1] === "once" || (keys[i + 1] === "a" && keys[i + 2] === "change"))) || (key === "this" && keys[i + 1] === "time" && keys[i + 2] !== "of" && (keys[verb] === "pay" || keys[verb] === "listen"));
    if (once) {
      found.push(finding(tokens, verb, i));
      return;
    }
  }
}

// --- 13. Lecturing frames: "Sie müssen schon verstehen, dass ...", "You need to understand that" --

const MUST: Record<Language, Set<string>> = { de: set("muessen", "musst", "muesst"), en: set("need", "have", "must", "got", "gotta") };
const GRASP: Record<Language, Set<string>> = { de: set("verstehen", "begreifen", "kapieren", "einsehen", "kapiert"), en: set("understand", "realise", "realize", "grasp", "appreciate") };
const SOFTENERS: Record<Language, Set<string>> = { de: set("leider", "bitte", "hoffe", "sicher", "natuerlich", "entschuldigen"), en: set("unfortunately", "please", "sorry", "afraid", "hope", "appreciate", "regret") };

/**
 * The reader told what they must understand, then a that-clause: "Sie müssen (schon) verstehen,
 * dass wir nicht zaubern können", "You need to understand that we are not a charity". An
 * apology ("leider", "I'm afraid", "please") makes it an explanation; without a that-clause
 * ("You need to understand the risks") it is advice.
 */
function readLecture(tokens: readonly Token[], keys: Keys, prose: string, language: Language, found: ClauseFinding[]): void {
  for (let m = 0; m < keys.length - 2; m++) {
    if (!MUST[language].has(keys[m])) continue;
    const subject = language === "de" ? keys[m - 1] === "sie" || keys[m - 1] === "du" || keys[m + 1] === "sie" || keys[m + 1] === "du" : keys[m - 1] === "you" || (keys[m] === "got" && (keys[m - 1] === "you've" || keys[m - 2] === "you"));
    if (!subject) continue;
    for (let i = m + 1; i < keys.length && i <= m + 5; i++) {
      if (!GRASP[language].has(keys[i])) continue;
      const that = language === "de" ? keys[i + 1] === "dass" : keys[i + 1] === "that";
      if (!that) return;
      if (keys.some((k) => SOFTENERS[language].has(k))) return;
      found.push(finding(tokens, Math.min(m - 1, m), i + 1));
      return;
    }
  }
}

// --- 13b. "Everyone else managed", "Alle anderen haben es auch verstanden" ----------------------

const ELSE_MANAGED: Record<Language, Set<string>> = {
  de: set("geschafft", "verstanden", "kapiert", "begriffen", "hinbekommen", "hingekriegt", "gefunden", "gewusst", "schaffen", "verstehen", "schafft", "versteht", "kapieren"),
  en: set("managed", "manage", "manages", "figured", "understood", "understand", "understands", "worked", "found", "got", "knew", "know", "knows", "coped", "cope"),
};

/**
 * The reader as the only one who fails: "Everyone else in the office worked out the new login on
 * day one", "Alle anderen Kunden haben es auch geschafft". "Everyone else loved the cake" and
 * "Alle anderen Kunden haben die Ware erhalten" hold no verb of managing or understanding.
 */
// "My ten-year-old put this shelf together, so I'm sure you'll cope", "Mein Sohn hat das in fünf
// Minuten geschafft, das schaffen Sie bestimmt auch": a child or trainee of the writers did it,
// so the reader surely can. "Our intern will help you manage the setup" compares nothing.
const CHILD_OF_MINE = /^(?:kid|kids|son|daughter|nephew|niece|grandson|granddaughter|grandma|grandmother|granny|nan|mum|intern|trainee|apprentice|toddler|\d+-year-old|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-year-old|sohn|tochter|neffe|nichte|enkel|enkelin|oma|omi|praktikant|praktikantin|azubi|lehrling|kind|kleiner|kleine|(?:zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf)jaehrige[rs]?)$/;
const COPE: Record<Language, Set<string>> = {
  de: set("schaffen", "hinbekommen", "hinkriegen", "packen", "koennen"),
  en: set("cope", "manage", "handle", "figure", "do"),
};
const SURELY_TOO: Record<Language, Set<string>> = { de: set("bestimmt", "sicher", "auch", "sicherlich", "wohl"), en: set("sure", "surely", "too", "also", "so") };

function readChildManaged(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const mine = language === "de" ? set("mein", "meine", "meiner", "unser", "unsere", "unserer") : set("my", "our");
  let child = -1;
  for (let i = 1; i < keys.length && i <= 4; i++) if (CHILD_OF_MINE.test(keys[i]) && (mine.has(keys[i - 1]) || mine.has(keys[i - 2] ?? ""))) child = i;
  if (child < 0) return;
  const reader = keys.findIndex((k, i) => i > child + 1 && (language === "de" ? (k === "sie" && tokens[i].text === "Sie") || k === "du" : k === "you" || k === "you'll" || k === "you'd"));
  if (reader < 0) return;
  const cope = keys.findIndex((k, i) => i > child + 1 && Math.abs(i - reader) <= 3 && COPE[language].has(k));
  if (cope < 0 || !keys.slice(child + 2).some((k) => SURELY_TOO[language].has(k))) return;
  found.push(finding(tokens, Math.min(reader, cope), Math.max(reader, cope)));
}

/** "..., just saying." closing a sentence: the jab said as an afterthought. */
function readJustSaying(tokens: readonly Token[], keys: Keys, prose: string, language: Language, found: ClauseFinding[]): void {
  const n = keys.length;
  if (language !== "en" || n < 4 || keys[n - 1] !== "saying" || keys[n - 2] !== "just") return;
  if (!/[,–—]/.test(prose.slice(tokens[n - 3].end, tokens[n - 2].start))) return;
  found.push(finding(tokens, n - 2, n - 1));
}

function readEveryoneElse(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  let at = -1;
  for (let i = 0; i + 1 < keys.length; i++) {
    if (language === "en" ? (keys[i] === "everyone" || keys[i] === "everybody" || keys[i] === "anyone") && keys[i + 1] === "else" : (keys[i] === "alle" || keys[i] === "jeder") && (keys[i + 1] === "anderen" || keys[i + 1] === "andere")) {
      at = i;
      break;
    }
  }
  if (at < 0) return;
  // The others are people, and the writers are not the ones who managed: "Alle anderen
  // Unterlagen haben wir gefunden" is about papers.
  if (keys.slice(at + 2, at + 8).some((k) => WRITERS[language].has(k))) return;
  if (language === "de" && /^\p{Lu}/u.test(tokens[at + 2]?.text ?? "") && !/^(?:Kunden|Kundinnen|Kollegen|Kolleginnen|Mieter|Mieterinnen|Teilnehmer|Teilnehmerinnen|Mitarbeiter|Mitarbeiterinnen|Gäste|Eltern|Schüler|Bewerber|Nutzer|Händler|Lieferanten)$/.test(tokens[at + 2].text)) return;
  for (let i = at + 2; i < keys.length && i <= at + 10; i++) {
    if (!ELSE_MANAGED[language].has(keys[i])) continue;
    if (keys[i] === "worked" && keys[i + 1] !== "out") continue;
    found.push(finding(tokens, at, i + (keys[i] === "worked" ? 1 : 0)));
    return;
  }
}

// --- 14. "Schon mal was von einem Kalender gehört?", "Ever heard of a calendar?" -----------------

/**
 * The question whether the reader has ever heard of something everyone knows, short ("Ever
 * heard of ...?", "Schon mal was von ... gehört?") or whole ("Haben Sie schon mal etwas von
 * ... gehört?"). Asked about the writers' own offer ("Have you heard of our loyalty scheme?",
 * "... von unserem Bonusprogramm ...") it is a sales question and stays silent.
 */
function readEverHeard(tokens: readonly Token[], keys: Keys, question: boolean, language: Language, found: ClauseFinding[]): void {
  if (!question) return;
  let of = -1;
  if (language === "en") {
    const heard = keys.indexOf("heard");
    if (heard < 0 || keys[heard + 1] !== "of" || !keys.slice(0, heard).includes("ever")) return;
    if (!(keys[0] === "ever" || (keys[1] === "you" && (keys[0] === "have" || keys[0] === "has")))) return;
    of = heard + 1;
  } else {
    const von = keys.indexOf("von");
    if (von < 0 || !keys.includes("gehoert") || !keys.slice(0, von).some((k) => k === "mal" || k === "einmal" || k === "jemals")) return;
    if (!(keys[0] === "schon" || keys[0] === "jemals" || ((keys[0] === "haben" || keys[0] === "hast" || keys[0] === "habt") && READER_SUBJECT.de.has(keys[1])))) return;
    of = von;
  }
  // Something anyone has: "a calendar", "einem Kalender", "was von Datenschutz"; "the Schengen
  // rules", "der neuen Förderung", "our loyalty scheme" are news.
  const object = keys[of + 1] ?? "";
  if (language === "en" && /^(?:the|our|my|us|this|that|these|those|your)$/.test(object)) return;
  if (language === "de" && !keys.slice(1, of).some((k) => k === "was" || k === "etwas") && !/^(?:einem|einer|einen|ein|eine)$/.test(object)) return;
  if (/^(?:unser|unsere|unserem|unseren|unserer|unseres|mein|meine|meinem|meinen|meiner|uns)$/.test(object)) return;
  found.push(finding(tokens, 0, of));
}

// --- 15. "Ich erkläre es Ihnen (ganz) langsam", "damit auch Sie es verstehen" ----------------------

/**
 * Explaining slowly to the reader, or so that even the reader understands: "Ich erkläre es Ihnen
 * ganz langsam", "..., damit auch Sie es verstehen". "Fahren Sie bitte langsam" has no verb of
 * explaining; "damit Sie es besser verstehen" no "auch"/"sogar".
 */
function readSlowlyForYou(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  if (language !== "de") return;
  // "ganz langsam", "nochmals in aller Ruhe" ("gern in aller Ruhe am Telefon" is service)
  const again = keys.some((k) => k === "nochmals" || k === "nochmal" || k === "erneut" || k === "wieder");
  const slow = keys.indexOf("langsam") >= 0 ? keys.indexOf("langsam") : again ? keys.findIndex((k, i) => k === "ruhe" && keys[i - 1] === "aller" && keys[i - 2] === "in") : -1;
  if (slow > 0 && keys.some((k) => SAY_VERBS.de.has(k) || k === "erklaere" || k === "buchstabiere" || k === "wiederhole" || k === "sage") && keys.slice(0, slow).some((k, i) => (k === "ihnen" && tokens[i].text === "Ihnen") || k === "dir" || k === "euch")) {
    found.push(finding(tokens, slow, slow));
    return;
  }
  const damit = keys.findIndex((k) => k === "damit" || k === "sodass");
  if (damit < 0) return;
  // "damit auch Sie es verstehen", "damit Sie es auch verstehen", "damit sogar du mitkommst"
  let reader = false;
  let even = false;
  for (let i = damit + 1; i < keys.length && i <= damit + 6; i++) {
    const key = keys[i];
    if (READER_SUBJECT.de.has(key)) reader = true;
    else if (key === "auch" || key === "sogar" || key === "selbst") even = true;
    else if (reader && even && (UNDERSTAND.de.has(key) || key === "mitkommen" || key === "mitkommt" || key === "mitkommst" || key === "folgen" || key === "kapieren")) {
      found.push(finding(tokens, damit, i));
      return;
    }
  }
}

// --- 16. "Was genau verstehen Sie an ... nicht?", "Welchen Teil von ... haben Sie nicht verstanden?" --

/**
 * Asking which part of something plain the reader fails to understand; the English shapes are
 * in readTalkingDown. "Was verstehen Sie unter Express?" asks for a definition (no "nicht").
 */
function readWhichPartDe(tokens: readonly Token[], keys: Keys, question: boolean, language: Language, found: ClauseFinding[]): void {
  if (language !== "de" || !question || keys.length < 4) return;
  const n = keys.length;
  const lastNot = keys[n - 1] === "nicht" || keys[n - 2] === "nicht";
  if ((keys[0] === "was" || keys[0] === "welchen" || keys[0] === "welcher" || keys[0] === "welches") && lastNot) {
    const verb = keys.findIndex((k, i) => i <= 4 && (k === "verstehen" || k === "verstehst" || k === "versteht" || k === "verstanden" || k === "kapiert" || k === "begriffen" || k === "kapieren" || k === "begreifen"));
    const aboutThing = keys.includes("an") || keys.includes("daran") || keys.includes("teil") || keys.includes("von");
    if (verb >= 0 && aboutThing && keys.some((k, i) => READER_SUBJECT.de.has(k) && i <= 5)) found.push(finding(tokens, 0, verb));
    else if ((keys[1] === "teil" || keys[1] === "wort") && (keys[n - 1] === "verstanden" || keys[n - 2] === "verstanden" || keys.includes("verstanden") || keys.includes("kapiert"))) found.push(finding(tokens, 0, 1));
  } else if ((keys[0] === "welchen" || keys[0] === "welches") && (keys[1] === "teil" || keys[1] === "wort") && keys.includes("nicht") && keys.some((k) => k === "verstanden" || k === "kapiert" || k === "begriffen")) {
    found.push(finding(tokens, 0, 1));
  }
}

// --- 17. "für alle, die es nicht gelesen haben", "for those who didn't read it" -----------------

function readForThoseWhoNot(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  for (let i = 0; i + 2 < keys.length; i++) {
    const group = language === "de" ? (keys[i] === "alle" || keys[i] === "diejenigen") && (keys[i + 1] === "die" || keys[i + 1] === "denen") : (keys[i] === "those" || keys[i] === "anyone" || keys[i] === "everyone") && keys[i + 1] === "who";
    if (!group || (language === "de" && keys[i - 1] !== "fuer") || (language === "en" && keys[i - 1] !== "for")) continue;
    let negated = false;
    // "die es noch nicht gelesen haben", "who haven't read it yet": not yet is news, not a rebuke.
    if (keys.slice(i + 2, i + 10).some((k) => k === "noch" || k === "yet")) continue;
    for (let j = i + 2; j < keys.length && j <= i + 8; j++) {
      if (NOT[language].has(keys[j]) || keys[j] === "still") negated = true;
      else if (negated && (UNDERSTAND[language].has(keys[j]) || READ_DONE[language].has(keys[j]) || keys[j] === "noticed" || keys[j] === "mitbekommen" || keys[j] === "gemerkt")) {
        found.push(finding(tokens, i - 1, j));
        return;
      }
    }
  }
}

// --- 18. "I can't make it any clearer", "Deutlicher kann ich es nicht sagen" -------------------

// Plainer, simpler, clearer: the writers say they cannot explain any more plainly.
const PLAINER: Record<Language, Set<string>> = {
  de: set("einfacher", "deutlicher", "klarer", "verstaendlicher", "simpler", "langsamer"),
  en: set("clearer", "simpler", "plainer", "clearly", "simply", "plainly"),
};
// Verbs of putting something into words (not "machen": "einfacher machen" is about a process).
const PUT_IN_WORDS: Record<Language, Set<string>> = {
  de: set("ausdruecken", "sagen", "erklaeren", "formulieren", "schreiben", "erklaert", "gesagt", "formuliert", "ausgedrueckt"),
  en: set("make", "put", "explain", "say", "spell", "word", "phrase", "write"),
};
const ASKING_IF: Record<Language, Set<string>> = { de: set("ob", "falls", "wenn", "gern", "gerne"), en: set("if", "whether", "let", "happy", "glad") };

/**
 * The writers at the end of their patience with the reader's understanding: "I can't make it any
 * clearer", "I'm not sure how much simpler I can put this", "Ich weiß nicht, wie ich es noch
 * einfacher ausdrücken soll", "Deutlicher kann ich es nicht sagen". The limit is in "any"/"how
 * much" before the comparative (English) or in "nicht" with "noch" or the comparative first
 * (German); offers ("Let me know if I can make the instructions any clearer", "Wie können wir
 * den Ablauf noch einfacher machen?") stay silent.
 */
function readCannotPutPlainer(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const at = keys.findIndex((k) => PLAINER[language].has(k));
  if (at < 0 || keys.some((k) => ASKING_IF[language].has(k))) return;
  const writer = keys.findIndex((k) => WRITERS[language].has(k));
  const verb = keys.findIndex((k, i) => Math.abs(i - at) <= 8 && PUT_IN_WORDS[language].has(k));
  if (writer < 0 || verb < 0) return;
  if (language === "en") {
    // "any clearer", "how much simpler", "more clearly than this"; "make" needs "it"/"this" ("make the process simpler" is about a thing).
    const limit = keys[at - 1] === "any" || (keys[at - 1] === "much" && keys[at - 2] === "how") || (keys[at - 1] === "more" && (keys[at - 2] === "any" || (keys[at - 2] === "much" && keys[at - 3] === "how")));
    if (!limit || (keys[verb] === "make" && !/^(?:it|this|that)$/.test(keys[verb + 1] ?? ""))) return;
  } else {
    const denied = keys.includes("nicht");
    if (!denied || !(keys[at - 1] === "noch" || at === 0)) return;
  }
  found.push(finding(tokens, Math.min(at, verb, writer), Math.max(at, verb)));
}

// --- 19. "Read the manual before you complain", "bevor Sie sich beschweren" -------------------

const BEFORE: Record<Language, string> = { de: "bevor", en: "before" };
// Complaining now or in future (not "complained": "Before you complained, we had shipped it" is a report).
// ... or making a fool of oneself ("bevor Sie sich blamieren", "before you embarrass yourself").
const COMPLAIN_EN = set("complain", "complaining", "moan", "moaning", "whine", "whining", "grumble", "grumbling", "whinge", "whingeing", "whinging", "embarrass");
// German stems, also with a separable prefix ("rummeckerst", "herumjammern", "aufregen").
const COMPLAIN_DE = /(?:beschwer|beklag|mecker|jammer|jammr|aufreg|motz|maul|noergel|noergl|zeter|blamier)(?:e|en|n|st|t|est|et)?$/;
const PERFECT_DE = set("haben", "hatten", "habe", "hat", "hatte", "hast", "habt");

function isComplaining(keys: Keys, i: number, language: Language): boolean {
  if (language === "en") return COMPLAIN_EN.has(keys[i]);
  return COMPLAIN_DE.test(keys[i]) && !PERFECT_DE.has(keys[i + 1] ?? "");
}

/** Advice to check first "before you complain": the complaint is called premature. */
function readBeforeComplaining(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const before = keys.indexOf(BEFORE[language]);
  if (before < 0) return;
  const reader = before + 1;
  if (!(language === "en" ? keys[reader] === "you" : (keys[reader] === "sie" && tokens[reader].text === "Sie") || keys[reader] === "du" || keys[reader] === "ihr")) return;
  for (let i = reader + 1; i < keys.length && i <= reader + 5; i++) {
    if (!isComplaining(keys, i, language)) continue;
    found.push(finding(tokens, before, i));
    return;
  }
}

// --- 20. Round 8 shapes: knowing by now, the obvious, someone to explain it to you, most people
// manage, tried reading, a difficult concept for you --------------------------------------------

const BY_NOW: Record<Language, Set<string>> = { de: set("inzwischen", "mittlerweile", "langsam"), en: set("now") };
const KNOWS: Record<Language, Set<string>> = { de: set("wissen", "weisst", "wisst", "kennen", "kennst"), en: set("know", "realise", "realize", "understand", "aware") };
const MAYBE: Record<Language, Set<string>> = { de: set("vielleicht", "moeglicherweise", "eventuell"), en: set("may", "might", "perhaps", "maybe") };

/** "As I'm sure you know by now", "Wie Sie inzwischen sicher wissen": the reader should know by now. */
function readKnowByNow(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const now = keys.findIndex((k, i) => BY_NOW[language].has(k) && (language === "de" || keys[i - 1] === "by"));
  if (now < 0 || keys.some((k) => MAYBE[language].has(k))) return;
  const know = keys.findIndex((k, i) => Math.abs(i - now) <= 3 && KNOWS[language].has(k));
  const reader = keys.findIndex((k, i) => Math.abs(i - now) <= 4 && (language === "en" ? k === "you" : tokens[i].text === "Sie" || k === "du"));
  if (know < 0 || reader < 0) return;
  found.push(finding(tokens, Math.min(reader, now, know), Math.max(reader, now, know)));
}

// "I'd have thought it was obvious", "Ich dachte eigentlich, das sei selbsterklärend".
const OBVIOUS: Record<Language, Set<string>> = {
  de: set("offensichtlich", "selbsterklaerend", "selbstverstaendlich", "offenkundig", "eindeutig"),
  en: set("obvious", "self-explanatory", "self-evident", "evident"),
};

function readThoughtObvious(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  // The writers' thought, as a counterfactual or with "eigentlich"/"actually": "I'd have thought", "I would have thought", "Ich hätte gedacht", "Ich dachte eigentlich".
  let thought = -1;
  for (let i = 1; i < keys.length && i <= 6; i++) {
    if (language === "en" ? keys[i] === "thought" && (keys[i - 1] === "have" || keys[i - 1] === "i'd've") && keys.slice(Math.max(0, i - 4), i).some((k) => k === "i'd" || k === "would" || k === "i") : (keys[i] === "gedacht" && keys.slice(Math.max(0, i - 3), i).includes("haette")) || (keys[i] === "dachte" && (keys[i + 1] === "eigentlich" || keys[i - 1] === "eigentlich"))) thought = i;
  }
  if (thought < 0 || !keys.slice(0, thought).some((k) => WRITERS[language].has(k) || k === "i'd")) return;
  const obvious = keys.findIndex((k, i) => i > thought && i <= thought + 7 && OBVIOUS[language].has(k));
  if (obvious < 0) return;
  found.push(finding(tokens, 0, obvious));
}

/** "Perhaps someone in your office can explain it to you", "Vielleicht kann Ihnen jemand in Ihrem Büro das erklären". */
function readSomeoneToExplain(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const someone = keys.findIndex((k) => k === "someone" || k === "somebody" || k === "jemand");
  if (someone < 0) return;
  const yours = keys.slice(someone + 1, someone + 4).some((k, j) => /^(?:your|ihrem|ihrer|deinem|deiner|eurem|eurer)$/.test(k) && (language === "en" || /^[IDE]/.test(tokens[someone + 1 + j].text)));
  const explain = keys.findIndex((k) => /^(?:explain|erklaeren|erklaert)$/.test(k));
  const toYou = keys.some((k, i) => (language === "en" ? k === "you" && keys[i - 1] === "to" : (k === "ihnen" && tokens[i].text === "Ihnen") || k === "dir"));
  if (!yours || explain < 0 || !toYou) return;
  found.push(finding(tokens, Math.min(someone, explain), Math.max(someone, explain)));
}

// "Most customers manage this on their own", "Die meisten Kunden bekommen das ohne Hilfe hin".
const ON_THEIR_OWN: Record<Language, RegExp> = { de: /^(?:ohne|allein|alleine|selbststaendig)$/, en: /^(?:own|themselves|unaided|without)$/ };

function readMostManage(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const most = keys.findIndex((k, i) => (language === "en" ? k === "most" && /^(?:people|customers|clients|users|adults|folks)$/.test(keys[i + 1] ?? "") : k === "meisten" && keys[i - 1] === "die" && /^(?:kunden|leute|menschen|nutzer|erwachsenen)$/.test(keys[i + 1] ?? "")));
  if (most < 0) return;
  const manage = keys.findIndex((k, i) => i > most && i <= most + 5 && (ELSE_MANAGED[language].has(k) || k === "figure" || k === "hin" || k === "bekommen"));
  // ... "this" on their own: the thing the reader is stuck on ("manage the setup easily with our app" advertises).
  if (manage < 0 || !keys.slice(manage + 1).some((k) => ON_THEIR_OWN[language].test(k)) || !keys.slice(most + 2, manage + 4).some((k) => IT[language].has(k))) return;
  found.push(finding(tokens, most, manage));
}

// "Have you tried reading the instructions?", "Haben Sie schon mal probiert, die Anleitung zu lesen?"
const MANUALS: Record<Language, Set<string>> = {
  de: set("anleitung", "bedienungsanleitung", "gebrauchsanweisung", "handbuch", "vertrag", "bedingungen", "agb", "faq", "mail", "beschreibung"),
  en: set("instructions", "manual", "contract", "terms", "faq", "email", "label", "guide", "description"),
};

function readTriedReading(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const tried = keys.findIndex((k) => (language === "en" ? k === "tried" || k === "try" : /^(?:probiert|versucht)$/.test(k)));
  // The reader tries ("Have you tried", "Try reading", "Haben Sie probiert"), not the writers.
  if (tried < 0 || keys.slice(0, tried).some((k) => WRITERS[language].has(k))) return;
  const read = keys.findIndex((k, i) => i > tried && i <= tried + 8 && (language === "en" ? k === "reading" : (k === "lesen" || k === "durchzulesen" || k === "nachzulesen") && keys[i - 1] === "zu" || k === "durchzulesen"));
  if (read < 0 || !keys.slice(tried + 1, read + 4).some((k) => MANUALS[language].has(k))) return;
  found.push(finding(tokens, tried, read));
}

// "a difficult concept for you", "für Sie ein schwieriges Konzept"
const CONCEPT = set("concept", "idea", "notion", "konzept", "gedanke", "begriff", "prinzip", "principle");

function readDifficultConcept(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const concept = keys.findIndex((k, i) => CONCEPT.has(k) && /^(?:difficult|hard|tricky|complicated|schwierig|schwieriges|schwieriger|schweres|schwerer|kompliziertes|komplizierter)$/.test(keys[i - 1] ?? ""));
  if (concept < 0) return;
  const forYou = keys.some((k, i) => (k === "you" && keys[i - 1] === "for") || (k === "sie" && tokens[i].text === "Sie" && keys[i - 1] === "fuer") || (k === "dich" && keys[i - 1] === "fuer"));
  if (forYou) found.push(finding(tokens, concept - 1, concept));
}

/** "It really isn't that complicated", "So kompliziert ist das wirklich nicht": denied with an intensifier. */
function readReallyNotHard(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const hard = keys.findIndex((k, i) => HARD[language].has(k) && /^(?:so|that|derart)$/.test(keys[i - 1] ?? ""));
  if (hard < 0) return;
  const window = keys.slice(Math.max(0, hard - 4), hard + 5);
  const denied = window.some((k) => k === "not" || k === "isn't" || k === "nicht" || k === "n't");
  const really = window.some((k) => k === "really" || k === "wirklich" || k === "echt" || k === "doch");
  // "..., you just press the red button", "Sie drücken einfach": the reader told how simple it is.
  const youJust = keys.some((k, i) => (language === "en" ? k === "you" : tokens[i].text === "Sie" || k === "du") && keys.slice(i + 1, i + 4).some((w) => w === "just" || w === "einfach" || w === "nur"));
  if (denied && really && youJust) found.push(finding(tokens, hard - 1, hard));
}

// --- 21. "Sie haben keine Ahnung von Ihrem Handwerk", "Your staff haven't got a clue about" -------

const CLUE = set("ahnung", "schimmer", "clue", "idea");
const HAVE_NOW = set("haben", "hat", "hast", "habt", "have", "has", "haven't", "hasn't", "got", "don't", "doesn't");
const CLUE_DENIAL = set("keine", "keinen", "keinerlei", "kein", "no", "not", "haven't", "hasn't", "don't", "doesn't", "nicht");

/**
 * The reader (or the reader's people) said, in the present, to have no idea of a field: "Sie haben
 * keinerlei Ahnung von Ihrem Handwerk", "Your staff haven't got a clue about your products". "Sie
 * haben keine Ahnung, wie sehr uns das freut" (you can't imagine) and "You had no idea about
 * the fee" (information, in the past) stay silent.
 */
function readNoClue(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const clue = keys.findIndex((k, i) => CLUE.has(k) && (keys[i + 1] === "von" || keys[i + 1] === "about" || (k === "clue" && (keys[i + 1] === "what" || keys[i + 1] === "how"))));
  if (clue < 0 || !keys.slice(Math.max(0, clue - 4), clue).some((k) => CLUE_DENIAL.has(k))) return;
  const have = keys.findIndex((k, i) => i < clue && i >= clue - 5 && HAVE_NOW.has(k));
  if (have < 0) return;
  let reader = -1;
  for (let i = Math.max(0, have - 3); i <= have + 1 && i < clue; i++) {
    if (language === "en" ? keys[i] === "you" : (keys[i] === "sie" && tokens[i].text === "Sie") || keys[i] === "du" || keys[i] === "ihr") reader = i;
    else if (/^(?:your|ihre|eure|deine)$/.test(keys[i]) && (language === "en" || /^[IDE]/.test(tokens[i].text)) && personNouns(language).has(keys[i + 1] ?? "")) reader = i;
  }
  if (reader < 0) return;
  found.push(finding(tokens, Math.min(reader, have), clue));
}

// --- 22. "As any adult would know, ...", "Wie jeder weiß, ...", "Das sollte jeder wissen" -------

// Knowledge the writers call common: the reader who asks is then the one who did not know it.
// Only everyone at all, or any adult or child ("any customer should know" informs, it does not
// rate), and only as an aside before a comma or as a whole sentence about "das"/"that": "Wie
// Sie wissen, ..." names no one else, "Jeder Kunde sollte wissen, dass ..." gives news.
const EVERYONE: Record<Language, Set<string>> = { de: set("jeder", "jedermann"), en: set("anyone", "anybody", "everyone", "everybody") };
const ANY_ONE: Record<Language, Set<string>> = { de: set("jeder", "jede", "jedes"), en: set("any", "every") };
const GROWN_UP: Record<Language, Set<string>> = {
  de: set("erwachsene", "erwachsener", "mensch", "vernuenftige", "vernuenftiger", "halbwegs"),
  en: set("adult", "grown-up", "person", "human", "reasonable", "sensible", "literate"),
};
const KNOWN_BY_ALL: Record<Language, Set<string>> = { de: set("weiss", "wissen", "kennt"), en: set("know", "knows", "understand", "understands") };
// "will know" is a forecast ("as anyone who has ordered will know, the link comes by mail").
const FORECAST: Record<Language, Set<string>> = { de: set("wird", "werden"), en: set("will", "'ll") };
const AS: Record<Language, string> = { de: "wie", en: "as" };
const OUR_SIDE: Record<Language, Set<string>> = { de: set("wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"), en: set("we", "us", "our", "ours") };

/** Index after "jeder", "anyone", "any adult", "jeder vernünftige Mensch" at `i`, or -1. */
function everyoneAt(tokens: readonly Token[], keys: Keys, i: number, language: Language): number {
  if (EVERYONE[language].has(keys[i])) {
    if (GROWN_UP[language].has(keys[i + 1] ?? "")) return i + 2;
    // "jeder Mitarbeiter", "jeder andere Kunde": "jeder" as an article before someone in particular.
    if (language === "de" && /^(?:[A-ZÄÖÜ]|andere)/.test(tokens[i + 1]?.text ?? "")) return -1;
    return i + 1;
  }
  if (!ANY_ONE[language].has(keys[i])) return -1;
  for (let j = i + 1; j <= i + 2 && j < keys.length; j++) if (GROWN_UP[language].has(keys[j]) || LOWLY[language].has(keys[j])) return j + 1;
  return -1;
}

function readCommonKnowledge(tokens: readonly Token[], keys: Keys, prose: string, language: Language, found: ClauseFinding[]): void {
  const gap = (i: number) => prose.slice(tokens[i].end, tokens[i + 1]?.start ?? tokens[i].end);
  for (let i = 0; i + 2 < keys.length; i++) {
    const after = everyoneAt(tokens, keys, i, language);
    if (after < 0) continue;
    // An aside: "as"/"wie" opening the sentence or after a comma, the knowing verb before the next comma.
    const as = keys[i - 1] === AS[language] ? i - 1 : keys[i - 2] === AS[language] && (keys[i - 1] === "doch" || keys[i - 1] === "ja") ? i - 2 : -1;
    // A plain "as everyone knows" about the writers' own side only reminds ("As everyone knows,
    // December is our busiest month"); about what the reader should have known it lectures, and
    // a grown-up or lowly one ("as any adult would know") or a "doch"/"ja" always rates.
    const rates = after - i >= 2 || as === i - 2 || !keys.some((k) => OUR_SIDE[language].has(k));
    if (as >= 0 && rates && (as === 0 || /,/.test(gap(as - 1)))) {
      for (let k = after; k < keys.length && k <= after + 8; k++) {
        if (FORECAST[language].has(keys[k])) break;
        if (KNOWN_BY_ALL[language].has(keys[k]) && (/,/.test(gap(k)) || (language === "de" && /,/.test(gap(k + 1)) && /^(?:sollte|muesste|muss|sollten)$/.test(keys[k + 1] ?? "")))) {
          found.push(finding(tokens, as, k));
          return;
        }
        if (/,/.test(gap(k))) break;
      }
    }
    // A whole sentence about what was said: "Das sollte eigentlich jeder wissen", "Everyone knows that."
    const last = keys.length - 1;
    if (language === "de") {
      if (keys[0] === "das" && (KNOWN_BY_ALL.de.has(keys[last]) || (after === keys.length && KNOWN_BY_ALL.de.has(keys[1]))) && !keys.slice(1, i).some((k) => k === "ich" || k === "wir" || k === "sie")) {
        found.push(finding(tokens, 0, last));
        return;
      }
    } else {
      const know = IT.en.has(keys[last]) ? last - 1 : last;
      if (know >= after && know <= after + 2 && KNOWN_BY_ALL.en.has(keys[know]) && (know < last || IT.en.has(keys[0]) || keys[i - 1] === "something")) {
        found.push(finding(tokens, i, last));
        return;
      }
    }
  }
}

// --- 23. Ability taken for granted: "Sie werden doch wohl lesen können", "Surely you can figure
// that out", "Ich gehe davon aus, dass Sie zählen können", "I assume you can read." -------------

// Literal skills only: "I hope you can understand our position" and "Ich hoffe, Sie können das
// verstehen" ask for goodwill, "I hope you can read the scan" worries about the scan.
const LITERAL_SKILLS: Record<Language, Set<string>> = { de: set("lesen", "zaehlen", "rechnen", "buchstabieren", "schreiben"), en: set("read", "count", "spell", "write") };
const PRESUME: Record<Language, Set<string>> = { de: set("davon", "nehme", "hoffe", "vermute", "unterstelle"), en: set("assume", "presume", "trust", "hope", "suppose", "guess") };
// What the reader will surely manage: "doch wohl ... können/schaffen/hinbekommen/wissen".
const MANAGE_END_DE = set("koennen", "schaffen", "hinbekommen", "hinkriegen", "wissen", "finden");

function readAbilityTakenForGranted(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const last = keys.length - 1;
  const reader = keys.findIndex((k, i) => (language === "de" ? (k === "sie" && tokens[i].text === "Sie") || k === "du" : k === "you"));
  if (reader < 0 || last < 3) return;
  // "Ich gehe davon aus, dass Sie lesen können", "I assume you can read.": the skill ends the sentence.
  const presumed = keys.slice(0, reader).some((k, i) => PRESUME[language].has(k) && (WRITERS[language].has(keys[i - 1] ?? "") || WRITERS[language].has(keys[i - 2] ?? "")));
  if (presumed) {
    // The skill right after the reader, with no object: "dass Sie lesen können", "Sie können zählen".
    const skill = language === "de" ? (CAN.de.has(keys[last]) ? last - 1 : CAN.de.has(keys[reader + 1]) ? last : -1) : (keys[last - 1] === "can" ? last : -1);
    if (skill >= reader + 1 && skill <= reader + 2 && LITERAL_SKILLS[language].has(keys[skill])) {
      found.push(finding(tokens, 0, last));
      return;
    }
  }
  if (language === "de") {
    // "Sie werden doch wohl eine Nummer eingeben können", "Das wirst du ja wohl schaffen".
    const will = keys.findIndex((k, i) => (k === "werden" || k === "wirst") && Math.abs(i - reader) === 1);
    const wohl = keys.indexOf("wohl");
    const manage = keys.findIndex((k, i) => i > wohl && i <= wohl + 8 && MANAGE_END_DE.has(k));
    if (will >= 0 && wohl > will && (keys[wohl - 1] === "doch" || keys[wohl - 1] === "ja") && manage > 0 && !keys.slice(wohl, manage).some((k) => NOT.de.has(k))) {
      found.push(finding(tokens, Math.min(will, reader), manage));
    }
    return;
  }
  // "Surely you can figure that out", "Surely you can manage that yourself".
  if (keys[reader - 1] !== "surely" || !(keys[reader + 1] === "can" || keys[reader + 1] === "could")) return;
  const yourself = keys.findIndex((k, i) => i > reader && (k === "yourself" || (k === "out" && keys.slice(reader, i).includes("figure"))));
  const skillEnds = LITERAL_SKILLS.en.has(keys[last]) && last === reader + 2;
  if (yourself > reader || skillEnds) found.push(finding(tokens, reader - 1, skillEnds ? last : yourself));
}

// --- 24. Everyone but the reader, evidently: "..., nur Sie offenbar nicht", "everyone manages
// that, except you, apparently", "but apparently not you" -----------------------------------------

// Only with "offenbar"/"apparently" next to the reader: "Alle wurden informiert, nur Sie nicht -
// das war unser Fehler" owns a mistake, "Apparently the courier went to everyone except you"
// shares the reader's annoyance (the marker far from "you").
const SEEN_FAILURE: Record<Language, Set<string>> = { de: set("offenbar", "offensichtlich", "anscheinend", "scheinbar"), en: set("apparently", "obviously", "evidently", "clearly") };
const ALL_BUT: Record<Language, Set<string>> = { de: set("nur", "ausser"), en: set("except", "not") };
const OTHERS_MANAGED = /^(?:lernt|gelernt|findet|finden|gefunden|schafft|schaffen|weiss|wissen|learn|learns|learned|learnt|find|finds|found|manage|manages|managed|read|reads|know|knows)$/;

function readAllButYou(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  const last = keys.length - 1;
  for (let r = 1; r <= last; r++) {
    const reader = language === "de" ? ((keys[r] === "sie" || keys[r] === "ihnen") && /^I|^S/.test(tokens[r].text)) || keys[r] === "du" || keys[r] === "dir" : keys[r] === "you";
    if (!reader || !ALL_BUT[language].has(keys[r - 1])) continue;
    // The reader ends the sentence, but for "nicht" and the marker: "nur Sie offenbar nicht".
    const rest = keys.slice(r + 1);
    if (!rest.every((k) => SEEN_FAILURE[language].has(k) || k === "nicht")) continue;
    const marker = keys.findIndex((k, i) => i >= r - 3 && i <= r + 2 && SEEN_FAILURE[language].has(k));
    // What the others did is a skill (reading, understanding, finding), not something received:
    // "Everyone got a refund except you, apparently" is the writers' own slip.
    if (marker < 0 || !keys.slice(0, r).some((k) => UNDERSTAND[language].has(k) || MANAGES[language].has(k) || OTHERS_MANAGED.test(k))) continue;
    found.push(finding(tokens, Math.min(marker, r - 1), last));
    return;
  }
}

// --- 25. Once more, slowly: "here it is once more, slowly: ...", "Noch einmal, ganz langsam: ..." --

// "slowly"/"langsam" right before a colon announces the writers' telling again, spelt out for the
// reader; "The update rolls out slowly: first ..." has no "again", "Bitte fahren Sie langsam"
// no colon.
const AGAIN: Record<Language, RegExp> = { de: /^(?:nochmal|nochmals|erneut|wieder|einmal)$/, en: /^(?:again|more|once)$/ };

function readOnceMoreSlowly(tokens: readonly Token[], keys: Keys, prose: string, language: Language, found: ClauseFinding[]): void {
  const word = language === "de" ? "langsam" : "slowly";
  for (let i = 1; i < keys.length; i++) {
    if (keys[i] !== word || !/^\s*:/.test(prose.slice(tokens[i].end, tokens[i].end + 3))) continue;
    const again = keys.findIndex((k, j) => j < i && j >= i - 6 && AGAIN[language].test(k) && (k !== "einmal" || keys[j - 1] === "noch") && (k !== "more" || keys[j - 1] === "once" || keys[j - 1] === "one"));
    // Set off by a comma or "ganz": "once more, slowly", "wieder ganz langsam" ("we are catching up
    // again slowly: 80% have shipped" reports progress).
    if (again < 0 || !(keys[i - 1] === "ganz" || /,/.test(prose.slice(tokens[again].end, tokens[i].start)))) continue;
    found.push(finding(tokens, again, i));
    return;
  }
}

// --- 26. Beyond the reader: "Das übersteigt offenbar Ihren Horizont", "it seems to be beyond you" --

// "Horizont" as what the matter exceeds ("Erweitern Sie Ihren Horizont" sells a trip); "beyond
// you" ending a clause, not denied ("it is not beyond you" encourages, "beyond your control" excuses).
const EXCEEDS_DE = set("uebersteigt", "uebersteigen", "ueberfordert", "geht", "gehen", "jenseits");

function readBeyondYou(tokens: readonly Token[], keys: Keys, prose: string, language: Language, found: ClauseFinding[]): void {
  if (language === "de") {
    const horizon = keys.findIndex((k) => k === "horizont" || k === "horizonts");
    if (horizon < 2 || !/^(?:ihren|deinen|ihres|deines)$/.test(keys[horizon - 1]) || (keys[horizon - 1].startsWith("ihr") && !/^I/.test(tokens[horizon - 1].text))) return;
    const verb = keys.findIndex((k, i) => i < horizon && i >= horizon - 5 && EXCEEDS_DE.has(k) && (k.startsWith("ueber") || k === "jenseits" || keys.slice(i + 1, horizon).includes("ueber")));
    if (verb >= 0 && !keys.slice(0, horizon).some((k) => NOT.de.has(k))) found.push(finding(tokens, verb, horizon));
    return;
  }
  for (let i = 1; i + 1 < keys.length; i++) {
    if (keys[i] !== "beyond" || keys[i + 1] !== "you") continue;
    const ends = i + 2 === keys.length || /^\s*[,.;:!?]/.test(prose.slice(tokens[i + 1].end, tokens[i + 1].end + 2));
    if (!ends || keys.slice(Math.max(0, i - 4), i).some((k) => NOT.en.has(k) || k === "isn't" || k === "nothing")) continue;
    if (!keys.slice(Math.max(0, i - 5), i).some((k) => k === "is" || k === "be" || k === "was" || k === "it's" || k === "that's" || k === "seems" || k === "are")) continue;
    found.push(finding(tokens, i, i + 1));
    return;
  }
}

function finding(tokens: readonly Token[], first: number, last: number): ClauseFinding {
  return { start: tokens[first].start, end: tokens[last].end, kind: "condescension", reason: "rhetoric" };
}

// Words one of the shapes needs: a sentence without any is not read further.
// Words the first shapes need (sections 1-6): a sentence without any is not read by them.
const SHAPE_TRIGGERS: Record<Language, Set<string>> = {
  de: new Set([...COUNT_WORDS_DE, "haetten", "haettest", "klar", "steht", "falls", "mal", "male", "staerke", "staerken", "denken", "muss", "soll", "oft", ...EVIDENTLY.de, "ueberhaupt", ...EVEN_PERSON.de, ...READ_IMPERATIVE.de, ...HARD.de, "buchstabiere", "buchstabieren", "vorbuchstabieren", "ding", "mails", "e-mails", "nachrichten", "briefen"]),
  en: new Set(["emails", "e-mails", "mails", "messages", "letters", "twice", "repeatedly", "times", "time", "suit", "forte", "point", "strength", "think", "words", "terms", "part", "bit", "do", "must", "surely", "sorry", "slowly", "called", ...EVIDENTLY.en, ...EVEN.en, ...READ_IMPERATIVE.en, ...HARD.en, "thing"]),
};

// The later shapes (sections 7-17), one bit each, with the rarest word each one needs: most
// sentences hold none, and one Map lookup per word rules them out.
const COUNTED = 1;
const ABILITY = 2;
const COUNTERFACTUAL_READ = 4;
const TAUGHT = 8;
const HOPE_CLEAR = 16;
const ATTEND_ONCE = 32;
const LECTURE = 64;
const EVER_HEARD = 128;
const SLOW = 256;
const WHICH_PART = 512;
const THOSE_WHO = 1024;
const EVERYONE_ELSE = 2048;
const JUST_SAYING = 4096;
const CHILD_DID = 8192;
const PLAINER_BIT = 16384;
const BEFORE_COMPLAINING = 32768;
const BY_NOW_BIT = 65536;
const OBVIOUS_BIT = 131072;
const SOMEONE_BIT = 262144;
const MOST_BIT = 524288;
const TRIED_BIT = 1048576;
const CONCEPT_BIT = 2097152;
const REALLY_NOT_HARD = 4194304;
const NO_CLUE = 8388608;
const ANY_CHILD = 16777216;
const COMMON_KNOWLEDGE = 33554432;
const TAKEN_FOR_GRANTED = 67108864;
const ALL_BUT_YOU = 134217728;
const BEYOND_YOU = 268435456;

function shapeMap(entries: [number, Iterable<string>][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [bit, words] of entries) for (const word of words) map.set(word, (map.get(word) ?? 0) | bit);
  return map;
}

const LATER_TRIGGERS: Record<Language, Map<string, number>> = {
  de: shapeMap([
    [COUNTED, ["mal", "male"]],
    [ABILITY, [...BASIC_SKILLS.de, "lage"]],
    [COUNTERFACTUAL_READ, READ_DONE.de],
    [TAUGHT, ["beigebracht", "beibringen"]],
    [HOPE_CLEAR, ["endlich", "diesmal", "dieses"]],
    [ATTEND_ONCE, ["endlich", "abwechslung", "diesmal"]],
    [LECTURE, GRASP.de],
    [EVER_HEARD, ["gehoert"]],
    [SLOW, ["langsam", "ruhe", "damit", "sodass"]],
    [WHICH_PART, ["verstehen", "verstehst", "versteht", "verstanden", "kapiert", "begriffen", "kapieren", "begreifen"]],
    [THOSE_WHO, ["diejenigen", "alle"]],
    [EVERYONE_ELSE, ["anderen", "andere"]],
    [CHILD_DID, ["schaffen", "hinbekommen", "hinkriegen", "packen"]],
    [PLAINER_BIT, PLAINER.de],
    [BEFORE_COMPLAINING, ["bevor"]],
    [BY_NOW_BIT, BY_NOW.de],
    [OBVIOUS_BIT, OBVIOUS.de],
    [SOMEONE_BIT, ["jemand"]],
    [MOST_BIT, ["meisten"]],
    [TRIED_BIT, ["probiert", "versucht"]],
    [CONCEPT_BIT, CONCEPT],
    [REALLY_NOT_HARD, HARD.de],
    [NO_CLUE, ["ahnung", "schimmer"]],
    [ANY_CHILD, [...LOWLY.de, ...YOUNG.de]],
    [COMMON_KNOWLEDGE, ["jeder", "jede", "jedes", "jedermann"]],
    [TAKEN_FOR_GRANTED, ["wohl", ...LITERAL_SKILLS.de]],
    [ALL_BUT_YOU, SEEN_FAILURE.de],
    [BEYOND_YOU, ["horizont", "horizonts"]],
  ]),
  en: shapeMap([
    [COUNTED, ["time"]],
    [ABILITY, [...BASIC_SKILLS.en, "incapable", "able"]],
    [COUNTERFACTUAL_READ, READ_DONE.en],
    [TAUGHT, ["taught", "teach"]],
    [HOPE_CLEAR, ["finally", "last", "time"]],
    [ATTEND_ONCE, ["once", "change", "time"]],
    [LECTURE, GRASP.en],
    [EVER_HEARD, ["heard"]],
    [THOSE_WHO, ["those", "anyone", "everyone"]],
    [EVERYONE_ELSE, ["else"]],
    [JUST_SAYING, ["saying"]],
    [CHILD_DID, ["cope", "manage", "handle"]],
    [PLAINER_BIT, PLAINER.en],
    [BEFORE_COMPLAINING, ["before"]],
    [BY_NOW_BIT, BY_NOW.en],
    [OBVIOUS_BIT, OBVIOUS.en],
    [SOMEONE_BIT, ["someone", "somebody"]],
    [MOST_BIT, ["most"]],
    [TRIED_BIT, ["tried", "try"]],
    [CONCEPT_BIT, CONCEPT],
    [REALLY_NOT_HARD, HARD.en],
    [NO_CLUE, ["clue", "idea"]],
    [ANY_CHILD, [...LOWLY.en, ...YOUNG.en]],
    [COMMON_KNOWLEDGE, ["anyone", "anybody", "everyone", "everybody", "any", "every"]],
    [TAKEN_FOR_GRANTED, ["surely", ...LITERAL_SKILLS.en]],
    [ALL_BUT_YOU, SEEN_FAILURE.en],
    [BEYOND_YOU, ["beyond"]],
    [SLOW, ["slowly"]],
  ]),
};

/** Every word any shape in this file needs (tone-clauses.ts asks before calling readRhetoric). */
export const RHETORIC_TRIGGERS: Record<Language, Set<string>> = {
  de: new Set([...SHAPE_TRIGGERS.de, ...LATER_TRIGGERS.de.keys()]),
  en: new Set([...SHAPE_TRIGGERS.en, ...LATER_TRIGGERS.en.keys()]),
};

/** Condescension in the shapes above, in one sentence (at most one finding per shape). */
export function readRhetoric(tokens: readonly Token[], keys: Keys, prose: string, language: Language, sentenceEnd: number): ClauseFinding[] {
  const triggers = SHAPE_TRIGGERS[language];
  const later = LATER_TRIGGERS[language];
  let any = false;
  let bits = 0;
  for (const key of keys) {
    if (triggers.has(key)) any = true;
    bits |= later.get(key) ?? 0;
  }
  if (!any && bits === 0) return [];
  const found: ClauseFinding[] = [];
  if (any) {
    readRepetition(tokens, keys, language, found);
    readHowOften(tokens, keys, language, found, prose);
    readDoubt(tokens, keys, language, found);
    readEvenQuestion(tokens, keys, prose, language, sentenceEnd, found);
    readRatedAgainst(tokens, keys, language, found);
    readReadForOnce(tokens, keys, language, found);
    readSoHard(tokens, keys, prose, language, sentenceEnd, found);
    readTalkingDown(tokens, keys, prose, language, sentenceEnd, found);
  }
  if (bits !== 0) {
    const question = /\?/.test(prose.slice(tokens[tokens.length - 1].end, sentenceEnd + 1));
    if (bits & COUNTED) readCountedOpener(tokens, keys, prose, language, found);
    if (bits & ABILITY) readAbilityDenied(tokens, keys, question, language, found);
    if (bits & COUNTERFACTUAL_READ) readCounterfactualReading(tokens, keys, language, found);
    if (bits & TAUGHT) readNeverTaught(tokens, keys, language, found);
    if (bits & HOPE_CLEAR) readHopeFinallyClear(tokens, keys, language, found);
    if (bits & ATTEND_ONCE) readAttendForOnce(tokens, keys, language, found);
    if (bits & LECTURE) readLecture(tokens, keys, prose, language, found);
    if (bits & EVER_HEARD) readEverHeard(tokens, keys, question, language, found);
    if (bits & SLOW) readSlowlyForYou(tokens, keys, language, found);
    if (bits & SLOW) readOnceMoreSlowly(tokens, keys, prose, language, found);
    if (bits & WHICH_PART) readWhichPartDe(tokens, keys, question, language, found);
    if (bits & THOSE_WHO) readForThoseWhoNot(tokens, keys, language, found);
    if (bits & EVERYONE_ELSE) readEveryoneElse(tokens, keys, language, found);
    if (bits & JUST_SAYING) readJustSaying(tokens, keys, prose, language, found);
    if (bits & CHILD_DID) readChildManaged(tokens, keys, language, found);
    if (bits & PLAINER_BIT) readCannotPutPlainer(tokens, keys, language, found);
    if (bits & BEFORE_COMPLAINING) readBeforeComplaining(tokens, keys, language, found);
    if (bits & BY_NOW_BIT) readKnowByNow(tokens, keys, language, found);
    if (bits & OBVIOUS_BIT) readThoughtObvious(tokens, keys, language, found);
    if (bits & SOMEONE_BIT) readSomeoneToExplain(tokens, keys, language, found);
    if (bits & MOST_BIT) readMostManage(tokens, keys, language, found);
    if (bits & TRIED_BIT) readTriedReading(tokens, keys, language, found);
    if (bits & CONCEPT_BIT) readDifficultConcept(tokens, keys, language, found);
    if (bits & REALLY_NOT_HARD) readReallyNotHard(tokens, keys, language, found);
    if (bits & NO_CLUE) readNoClue(tokens, keys, language, found);
    if (bits & ANY_CHILD) readAnyChildCould(tokens, keys, language, found);
    if (bits & COMMON_KNOWLEDGE) readCommonKnowledge(tokens, keys, prose, language, found);
    if (bits & TAKEN_FOR_GRANTED) readAbilityTakenForGranted(tokens, keys, language, found);
    if (bits & ALL_BUT_YOU) readAllButYou(tokens, keys, language, found);
    if (bits & BEYOND_YOU) readBeyondYou(tokens, keys, prose, language, found);
  }
  // Two shapes over the same words ("Sie haben offenbar nicht gelesen, was ich dreimal erklärt
  // habe") are one finding.
  found.sort((a, b) => a.start - b.start);
  return found.filter((f, i) => i === 0 || f.start >= found[i - 1].end);
}
