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

type Keys = readonly string[];
const set = (...words: string[]) => new Set(words);

// --- 1. Counting one's own explanations -------------------------------------------------------

// Verbs of saying something the reader should have taken in. Not "asked" or "geschickt": "We
// have asked you twice for the form" is a firm reminder, "zweimal geschickt" a delivery.
const SAID: Record<Language, Set<string>> = {
  de: set("erklaert", "gesagt", "geschrieben", "mitgeteilt", "erwaehnt", "erlaeutert", "dargelegt", "hingewiesen", "betont", "beschrieben", "geschildert", "wiederholt", "erklaere", "sage", "schreibe", "sagen", "erklaeren"),
  en: set("told", "explained", "said", "written", "wrote", "mentioned", "stated", "pointed", "repeated", "clarified", "spelled", "spelt", "tell", "explain", "say", "repeat"),
};
// Verbs that count only with what was said as their object ("das", "this"): "Ich habe Ihnen
// schon dreimal geschrieben" counts contact attempts, "Ich habe Ihnen das dreimal geschrieben"
// the writers' patience.
const SAID_NEEDS_CONTENT = set("geschrieben", "schreibe", "written", "wrote", "mentioned", "erwaehnt");
const CONTENT: Record<Language, Set<string>> = { de: set("das", "dies", "es", "dieses", "alles"), en: set("this", "that", "it", "everything") };
// Told to the reader by anyone ("Muss man Ihnen alles zweimal sagen?"): the reader as object.
const READER_OBJECT: Record<Language, Set<string>> = { de: set("ihnen", "dir", "euch"), en: set("you") };
const WRITERS: Record<Language, Set<string>> = { de: set("ich", "wir"), en: set("i", "we", "i've", "we've", "ive") };
// Someone other than the reader was told: "dem Team", "ihm", "to the team", "them".
const THIRD_PARTY: Record<Language, Set<string>> = { de: set("dem", "ihm"), en: set("them", "him", "her", "the", "our", "my", "his", "their") };
const COUNT_WORDS_DE = set("zweimal", "dreimal", "viermal", "fuenfmal", "mehrmals", "mehrfach", "x-mal", "xmal", "zigmal", "hundertmal", "tausendmal", "etlichemal", "oftmals");
const ORDINAL_DE = /^(?:zweit|dritt|viert|fuenft|zehnt|zwanzigst|hundertst|tausendst|zigst|x-t|n-t|wiederholt|soundsovielt)(?:e|en)$/;
const TIMES_BEFORE_EN = set("two", "three", "four", "five", "six", "ten", "several", "multiple", "many", "numerous", "countless", "few", "umpteen", "hundred", "dozen");

/** Tokens of a count of repetitions ending at `i` ("dreimal", "twice", "three times"), or 0. */
function countAt(keys: Keys, i: number, language: Language): number {
  const key = keys[i];
  if (language === "de") {
    // "zum dritten Mal", "zum gefühlt hundertsten Mal"
    if ((key === "mal" || key === "male") && ORDINAL_DE.test(keys[i - 1] ?? "") && (keys[i - 2] === "zum" || keys[i - 3] === "zum")) return 2;
    return COUNT_WORDS_DE.has(key) ? 1 : 0;
  }
  if (key === "twice" || key === "repeatedly") return 1;
  if (key === "times" && (TIMES_BEFORE_EN.has(keys[i - 1] ?? "") || /^\d+$/.test(keys[i - 1] ?? ""))) return 2;
  return 0;
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

function readHowOften(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
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

const READER_SUBJECT: Record<Language, Set<string>> = { de: set("sie", "du", "ihr"), en: set("you", "u") };
// "obviously", "offenbar": the writers claim to see the reader's failure.
const EVIDENTLY: Record<Language, Set<string>> = {
  de: set("offenbar", "offensichtlich", "anscheinend", "scheinbar", "wohl", "ganz", "augenscheinlich"),
  en: set("obviously", "clearly", "apparently", "evidently", "plainly", "simply"),
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
    // The reader as subject within three words of the adverb, either side.
    let reader = -1;
    for (let i = Math.max(0, e - 3); i <= e + 3 && i < keys.length; i++) if (READER_SUBJECT[language].has(keys[i]) && (language === "en" || /^(?:Sie|du|ihr)$/.test(tokens[i].text) || i === 0)) reader = i;
    if (reader < 0) continue;
    // Then "no idea", "keine Ahnung", or a negation and a verb of reading or understanding.
    let negation = false;
    for (let i = Math.min(reader, e) + 1; i < keys.length && i <= Math.max(reader, e) + 7; i++) {
      const key = keys[i];
      if ((key === "no" || key === "keine" || key === "keinen" || key === "not") && ["idea", "clue", "ahnung", "schimmer", "a"].includes(keys[i + 1] ?? "")) {
        if (key === "not" && keys[i + 2] !== "clue") continue;
        found.push(finding(tokens, Math.min(reader, e), i + (key === "not" ? 2 : 1)));
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

function readEvenQuestion(tokens: readonly Token[], keys: Keys, prose: string, language: Language, sentenceEnd: number, found: ClauseFinding[]): void {
  // A question: verb first, then the reader ("Haben Sie", "Do you").
  if (keys.length < 4 || !QUESTION_VERBS[language].has(keys[0]) || !READER_SUBJECT[language].has(keys[1])) return;
  if (!/\?/.test(prose.slice(tokens[tokens.length - 1].end, sentenceEnd + 1))) return;
  const even = keys.findIndex((key, i) => i >= 2 && EVEN[language].has(key));
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

function readRatedAgainst(tokens: readonly Token[], keys: Keys, language: Language, found: ClauseFinding[]): void {
  for (let e = 0; e < keys.length - 1; e++) {
    if (!EVEN_PERSON[language].has(keys[e])) continue;
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
  if (keys[read - 1] === "try" || keys[read - 1] === "tried") {
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

function readSoHard(tokens: readonly Token[], keys: Keys, prose: string, language: Language, sentenceEnd: number, found: ClauseFinding[]): void {
  const hard = keys.findIndex((key, i) => HARD[language].has(key) && SO[language].has(keys[i - 1] ?? ""));
  if (hard < 0) return;
  const to = keys[hard + 1] === (language === "de" ? "zu" : "to") ? hard + 2 : -1;
  if (to < 0 || !UNDERSTAND[language].has(keys[to] ?? "") && keys[to] !== "get" && keys[to] !== "kapieren") return;
  // A question ("Ist das wirklich so schwer zu verstehen?"), not a statement about the matter.
  if (!/\?/.test(prose.slice(tokens[tokens.length - 1].end, sentenceEnd + 1))) return;
  found.push(finding(tokens, hard - 1, to));
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
        const verb = keys.findIndex((k, j) => j > i && j <= i + 6 && (k === "muessen" || k === "koennen") && KNOWING_DE.has(keys[j - 1]));
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
      // "Muss ich Ihnen das wirklich/alles erklären?"
      if (question && i === 0 && (key === "muss" || key === "soll") && keys[1] === "ich" && keys.some((k) => k === "wirklich" || k === "alles" || k === "jedes" || k === "eigentlich") && keys.some((k) => SAY_VERBS.de.has(k) || k === "vorbuchstabieren" || k === "vorkauen")) {
        found.push(finding(tokens, 0, 1));
        return;
      }
      continue;
    }
    if ((key === "suit" || key === "forte" || key === "point" || key === "strength") && keys[i - 1] !== undefined && (keys[i - 1] === "your" || (keys[i - 1] === "strong" && keys[i - 2] === "your"))) {
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
    if (key === "words" && /^(?:smaller|simpler|shorter)$/.test(keys[i - 1] ?? "") && keys.slice(Math.max(0, i - 4), i - 1).some((k) => k === "use" || k === "using" || k === "in")) {
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

function finding(tokens: readonly Token[], first: number, last: number): ClauseFinding {
  return { start: tokens[first].start, end: tokens[last].end, kind: "condescension", reason: "rhetoric" };
}

// Words one of the shapes needs: a sentence without any is not read further.
export const RHETORIC_TRIGGERS: Record<Language, Set<string>> = {
  de: new Set([...COUNT_WORDS_DE, "haetten", "haettest", "klar", "steht", "falls", "mal", "male", "staerke", "staerken", "denken", "muss", "soll", "oft", ...EVIDENTLY.de, "ueberhaupt", ...EVEN_PERSON.de, ...READ_IMPERATIVE.de, ...HARD.de]),
  en: new Set(["twice", "repeatedly", "times", "suit", "forte", "point", "strength", "think", "words", "terms", "part", "bit", "do", "must", "surely", "sorry", "slowly", "called", ...EVIDENTLY.en, ...EVEN.en, ...READ_IMPERATIVE.en, ...HARD.en]),
};

/** Condescension in the shapes above, in one sentence (at most one finding per shape). */
export function readRhetoric(tokens: readonly Token[], keys: Keys, prose: string, language: Language, sentenceEnd: number): ClauseFinding[] {
  const triggers = RHETORIC_TRIGGERS[language];
  let any = false;
  for (const key of keys) {
    if (triggers.has(key)) {
      any = true;
      break;
    }
  }
  if (!any) return [];
  const found: ClauseFinding[] = [];
  readRepetition(tokens, keys, language, found);
  readHowOften(tokens, keys, language, found);
  readDoubt(tokens, keys, language, found);
  readEvenQuestion(tokens, keys, prose, language, sentenceEnd, found);
  readRatedAgainst(tokens, keys, language, found);
  readReadForOnce(tokens, keys, language, found);
  readSoHard(tokens, keys, prose, language, sentenceEnd, found);
  readTalkingDown(tokens, keys, prose, language, sentenceEnd, found);
  // Two shapes over the same words ("Sie haben offenbar nicht gelesen, was ich dreimal erklärt
  // habe") are one finding.
  found.sort((a, b) => a.start - b.start);
  return found.filter((f, i) => i === 0 || f.start >= found[i - 1].end);
}
