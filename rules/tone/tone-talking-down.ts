// Talking down to the reader by rating what the reader knows or can do, read from the clause:
//   the task left to the grown-ups: "Leave the wiring to the professionals", "Überlassen Sie die
//     Technik lieber den Fachleuten" (not "... to our professionals", an offer);
//   anyone with sense would have: "Anyone with half a brain would have checked", "Jeder mit etwas
//     Verstand hätte ... geprüft" (not "would have done the same", which takes the reader's side);
//   the reader's ignorance called plain: "It's obvious you've never used a spreadsheet", "Man
//     merkt, dass Sie noch nie eine Tabelle benutzt haben";
//   knowledge of a basic thing checked: "You do know what a receipt is?", "Sie wissen schon, was
//     eine Quittung ist, oder?";
//   what the reader should know by age or experience: "At your age you should know how ...",
//     "Jemand mit Ihrer Erfahrung sollte es besser wissen" (not "you should get a flu jab");
//   a young child could have done it or would have noticed: "A toddler could have assembled this",
//     "Selbst einem Kind wäre aufgefallen, dass ...", "Dass man abschaltet, weiß jedes Kind";
//   the reader's ability to do a simple thing presumed with a sneer: "Surely you can work out a
//     simple percentage", "Sie sind doch sicher in der Lage, einen Link anzuklicken";
//   ignorance compared: "Sie haben davon so viel Ahnung wie ich vom Ballett" (not "as I do");
//   "even you": "Let me put it in terms even you will understand", "so, dass auch Sie es verstehen".
// Each reading is a few Set lookups over the sentence's keys, after a prefilter on trigger words.
import type { Language, Token } from "../../src/rule-api.js";
import type { ClauseFinding } from "./tone-clauses.js";

type Keys = readonly string[];
type Span = [number, number];

const set = (...words: string[]) => new Set(words);

const TRIGGERS: Record<Language, Set<string>> = {
  de: set("erklaeren", "aufmalen", "aufzeichnen", "buchstabieren", "beibringen", "haetten", "haettest", "ueberlassen", "jeder", "jede", "merkt", "sieht", "offensichtlich", "wissen", "alter", "erfahrung", "kind", "kleinkind", "aufgefallen", "lage", "ahnung", "auch", "sogar", "selbst"),
  en: set("explain", "draw", "spell", "teach", "had", "leave", "anyone", "obvious", "clear", "evident", "know", "age", "experience", "toddler", "child", "kid", "five-year-old", "surely", "much", "even"),
};

export function readTalkingDown(tokens: readonly Token[], keys: Keys, prose: string, language: Language): ClauseFinding[] {
  if (!keys.some((k) => TRIGGERS[language].has(k))) return [];
  const readers = [explainingNotOwed, effortNeverMade, leftToExperts, anyoneWithSense, plainIgnorance, knowWhatItIs, shouldKnowByNow, childCouldHave, surelyYouCan, asMuchAsI, evenYouUnderstand];
  for (const read of readers) {
    const span = read(tokens, keys, language);
    if (span) return [{ start: tokens[span[0]].start, end: tokens[span[1]].end, kind: "condescension", reason: "rhetoric" }];
  }
  return [];
}

/**
 * German "Sie"/"Ihnen"/"Ihr-" written capitalised, "du", or English "you"/"your". A sentence's
 * first "Sie" may be "they"; `initial` accepts it where the reading can only be said to the reader.
 */
function isReader(tokens: readonly Token[], keys: Keys, i: number, language: Language, initial = false): boolean {
  const key = keys[i];
  if (key === undefined) return false;
  if (language === "en") return key === "you" || key === "your" || key === "you've" || key === "you're" || key === "you'd";
  if (/^(?:du|dir|dich|dein|deine|deinen|deinem|deiner)$/.test(key)) return true;
  return /^(?:sie|ihnen|ihr|ihre|ihren|ihrem|ihrer)$/.test(key) && /^[SI]/.test(tokens[i].text) && (i > 0 || key !== "sie" || initial);
}

// --- "I didn't think I'd have to explain what a deadline is", "Muss ich Ihnen das erst aufmalen?" --

const EXPLAIN_TO = /^(?:explain|spell|draw|teach|erklaeren|aufmalen|aufzeichnen|buchstabieren|beibringen|vorbuchstabieren)$/;

/**
 * The writers say they should not have to explain something to the reader, or ask whether they
 * must: "I didn't think I'd have to explain ...", "Do I really need to draw you a picture?", "Ich
 * sollte Ihnen eigentlich nicht erklären müssen, ...", "Muss ich Ihnen das erst aufmalen?". Not
 * "I need to explain the new prices to you" or "Ich muss Ihnen leider erklären, dass ..." (no
 * denial, no question of need).
 */
function explainingNotOwed(tokens: readonly Token[], keys: Keys, language: Language): Span | undefined {
  const verb = keys.findIndex((k) => EXPLAIN_TO.test(k));
  if (verb < 1) return undefined;
  const before = keys.slice(Math.max(0, verb - 7), verb);
  const writer = before.some((k) => k === "i" || k === "i'd" || k === "ich");
  const need = before.some((k) => /^(?:have|need|must|muss|muessen|musste|sollte)$/.test(k)) || /^(?:muss|muesste|musste|muessen)$/.test(keys[verb + 1] ?? "");
  if (!writer || !need) return undefined;
  const from = Math.max(0, verb - 7);
  if (language === "en") {
    // "didn't think I'd have to", "shouldn't have to", "Do I really need to ... you"
    const denied = before.some((k, j) => (k === "think" && /^(?:didn't|don't|never)$/.test(before[j - 1] ?? "")) || k === "shouldn't");
    const asked = keys[0] === "do" && before.includes("really") && keys.slice(verb + 1, verb + 3).includes("you");
    return denied || asked ? [from, verb] : undefined;
  }
  // "dachte nicht, dass ich ...", "sollte Ihnen eigentlich nicht ... müssen", "Muss ich Ihnen das erst ...?"
  const reader = before.some((k, j) => k === "ihnen" && tokens[from + j].text === "Ihnen") || before.includes("dir");
  const denied = before.includes("nicht");
  const asked = keys[0] === "muss" && keys[1] === "ich" && (before.includes("erst") || before.includes("wirklich"));
  return reader && (denied || asked) ? [from, verb] : undefined;
}

// --- "Hätten Sie sich auch nur fünf Minuten damit beschäftigt", "If you had even glanced at it" --

// Efforts the reader could have made: reading, looking, spending a minute.
const EFFORT = /^(?:beschaeftigt|geworfen|gelesen|angesehen|angeschaut|geschaut|nachgedacht|informiert|geprueft|investiert|genommen|bothered|glanced|read|looked|spent|checked|taken|skimmed|opened)$/;

function effortNeverMade(tokens: readonly Token[], keys: Keys, language: Language): Span | undefined {
  if (language === "de") {
    // "Hätten Sie (sich) auch nur ... beschäftigt", "Wenn Sie auch nur ... gelesen hätten"
    const start = (keys[0] === "haetten" || keys[0] === "haettest") && (keys[1] === "sie" || keys[1] === "du") ? 0 : keys.findIndex((k, i) => k === "wenn" && (keys[i + 1] === "sie" || keys[i + 1] === "du"));
    if (start < 0) return undefined;
    const only = keys.findIndex((k, i) => i > start && i <= start + 4 && k === "auch" && keys[i + 1] === "nur");
    if (only < 0) return undefined;
    const effort = keys.findIndex((k, i) => i > only + 1 && i <= only + 9 && EFFORT.test(k));
    return effort > 0 && (start === 0 || keys.slice(effort + 1, effort + 3).some((k) => k === "haetten" || k === "haettest")) ? [start, only + 1] : undefined;
  }
  // "If you had even bothered to ...", "Had you even glanced at ..."
  const start = keys.findIndex((k, i) => (k === "if" && keys[i + 1] === "you" && keys[i + 2] === "had") || (i === 0 && k === "had" && keys[1] === "you"));
  if (start < 0) return undefined;
  const even = keys.findIndex((k, i) => i > start && i <= start + 4 && k === "even");
  return even > 0 && EFFORT.test(keys[even + 1] ?? "") ? [start, even + 1] : undefined;
}

// --- "Leave the wiring to the professionals" ---------------------------------------------------

const GROWN_UPS = /^(?:professionals|pros|experts|grown-ups|grownups|adults|specialists|fachleuten|profis|experten|erwachsenen|fachmann|fachleute|spezialisten|grossen)$/;

function leftToExperts(tokens: readonly Token[], keys: Keys, language: Language): Span | undefined {
  if (language === "en") {
    const leave = keys.findIndex((k, i) => k === "leave" && (i === 0 || /^(?:please|perhaps|maybe|just|better|best|so|then|and|but)$/.test(keys[i - 1])));
    if (leave < 0) return undefined;
    for (let i = leave + 2; i < keys.length && i <= leave + 8; i++) {
      if (keys[i] !== "to") continue;
      // "to the professionals", "to people who understand it"; not "to our professionals" (an offer).
      const who = keys[i + 1] === "the" ? i + 2 : i + 1;
      if (GROWN_UPS.test(keys[who] ?? "")) return [leave, who];
      if ((keys[who] === "people" || keys[who] === "someone" || keys[who] === "those") && keys[who + 1] === "who" && /^(?:understand|know|can)$/.test(keys[who + 2] ?? "")) return [leave, who + 2];
      return undefined;
    }
    return undefined;
  }
  // "Überlassen Sie die Technik (mal) (lieber) den Fachleuten"; "... unseren Fachleuten" is an offer.
  const leave = keys.indexOf("ueberlassen");
  if (leave < 0 || keys[leave + 1] !== "sie") return undefined;
  for (let i = leave + 2; i < keys.length && i <= leave + 8; i++) {
    if (GROWN_UPS.test(keys[i]) && (keys[i - 1] === "den" || keys[i - 1] === "lieber")) return [leave, i];
    // "Überlassen Sie das Rechnen mal lieber uns": "lieber" and the writers.
    if (keys[i] === "uns" && keys[i - 1] === "lieber") return [leave, i];
  }
  return undefined;
}

// --- "Anyone with half a brain would have checked" ----------------------------------------------

const SENSE = /^(?:brain|brains|sense|clue|verstand|menschenverstand|hirn|grips|ahnung|intelligenz|intelligence|brainpower)$/;
// "would have done the same", "hätte genauso gehandelt": the reader's choice approved.
const SAME = /^(?:same|likewise|too|genauso|ebenso|gleiche|dasselbe|auch)$/;

function anyoneWithSense(tokens: readonly Token[], keys: Keys, language: Language): Span | undefined {
  for (let i = 0; i < keys.length - 3; i++) {
    const anyone = language === "en" ? keys[i] === "anyone" || keys[i] === "anybody" || (keys[i] === "any" && /^(?:reasonable|sensible|sane|competent)$/.test(keys[i + 1])) : (keys[i] === "jeder" || keys[i] === "jede") && (keys[i + 1] === "mit" || /^(?:halbwegs|vernuenftige|vernuenftiger|normale|normaler)$/.test(keys[i + 1]));
    if (!anyone) continue;
    const sense = keys.findIndex((k, j) => j > i && j <= i + 7 && (SENSE.test(k) || /^(?:reasonable|sensible|sane|competent|vernuenftige|vernuenftiger|normale|normaler)$/.test(k)));
    if (sense < 0) return undefined;
    const would = keys.findIndex((k, j) => j > sense && j <= sense + 4 && /^(?:would|would've|haette|wuerde)$/.test(k));
    if (would < 0) return undefined;
    // Counterfactual: "would have", "hätte ... geprüft".
    if (language === "en" && keys[would] === "would" && keys[would + 1] !== "have") return undefined;
    // "would have been upset": a feeling shared, not a deed left undone.
    if (keys.slice(would + 1).some((k) => SAME.test(k)) || keys[would + 2] === "been") return undefined;
    return [i, would];
  }
  return undefined;
}

// --- "It's obvious you've never used a spreadsheet" -----------------------------------------------

// Doing, reading and trying: not receiving or knowing ("It's clear you didn't get our letter" is news).
const DONE_EN = /^(?:read|used|run|done|bothered|filled|looked|opened|understood|checked|tried|tested|touched|handled|assembled|installed|worked|seen|followed|listened|studied)$/;
const DONE_DE = /^(?:gelesen|benutzt|verwendet|gearbeitet|gemacht|geoeffnet|angeschaut|angesehen|verstanden|geprueft|versucht|ausprobiert|installiert|bedient|befolgt|zugehoert|beschaeftigt|gesehen|ausgefuellt)$/;

function plainIgnorance(tokens: readonly Token[], keys: Keys, language: Language): Span | undefined {
  if (language === "en") {
    const plain = keys.findIndex((k, i) => i <= 3 && /^(?:obvious|clear|evident|apparent)$/.test(k) && /^(?:it's|its|is)$/.test(keys[i - 1] === "painfully" || keys[i - 1] === "rather" || keys[i - 1] === "quite" || keys[i - 1] === "very" || keys[i - 1] === "pretty" ? keys[i - 2] ?? "" : keys[i - 1] ?? ""));
    if (plain < 0) return undefined;
    let r = plain + 1;
    if (keys[r] === "that") r++;
    if (!isReader(tokens, keys, r, language) || keys[r] === "your") return undefined;
    for (let j = r + 1; j < keys.length && j <= r + 4; j++) {
      if (!/^(?:never|not|n't|didn't|haven't|don't|hasn't)$/.test(keys[j]) && !(keys[r] === "you've" && keys[j] === "never")) continue;
      const done = keys.findIndex((k, m) => m > j && m <= j + 3 && DONE_EN.test(k));
      return done > 0 ? [plain - 1, done] : undefined;
    }
    return undefined;
  }
  // "Man merkt/sieht (deutlich), dass Sie noch nie ...", "Offensichtlich haben Sie ... nie/nicht gelesen" is read elsewhere.
  const notice = keys.findIndex((k, i) => i <= 2 && (k === "merkt" || k === "sieht") && keys[i - 1] === "man");
  if (notice < 0) return undefined;
  const dass = keys.findIndex((k, i) => i > notice && i <= notice + 3 && k === "dass");
  if (dass < 0 || !isReader(tokens, keys, dass + 1, language)) return undefined;
  const denied = keys.findIndex((k, i) => i > dass + 1 && i <= dass + 5 && (k === "nie" || k === "nicht" || k === "noch"));
  if (denied < 0) return undefined;
  const done = keys.findIndex((k, i) => i > denied && i <= denied + 6 && DONE_DE.test(k));
  return done > 0 ? [notice - 1, done] : undefined;
}

// --- "You do know what a receipt is?", "Sie wissen schon, was eine Quittung ist, oder?" ------------

function knowWhatItIs(tokens: readonly Token[], keys: Keys, language: Language): Span | undefined {
  if (language === "en") {
    const know = keys.findIndex((k, i) => k === "know" && keys[i - 1] === "do" && keys[i - 2] === "you");
    if (know < 0 || keys[know + 1] !== "what") return undefined;
    const is = keys.findIndex((k, i) => i > know + 2 && i <= know + 7 && /^(?:is|are|means|mean)$/.test(k));
    return is > 0 ? [know - 2, know + 1] : undefined;
  }
  // "Wissen Sie schon, ...", "Sie wissen schon, ..." (the sentence's first "Sie" is the reader here: "they" would not be asked).
  const know = keys.findIndex((k, i) => k === "wissen" && ((keys[i + 1] === "sie" && tokens[i + 1].text === "Sie") || (keys[i - 1] === "sie" && tokens[i - 1].text === "Sie")));
  if (know < 0) return undefined;
  // An emphatic particle: "schon", "doch", "aber schon".
  const particle = keys.findIndex((k, i) => i > know && i <= know + 3 && (k === "schon" || k === "doch"));
  if (particle < 0) return undefined;
  const was = keys.findIndex((k, i) => i > particle && i <= particle + 2 && k === "was");
  if (was < 0) return undefined;
  const is = keys.findIndex((k, i) => i > was + 1 && i <= was + 6 && /^(?:ist|sind|bedeutet|bedeuten|heisst|meint)$/.test(k));
  // The finding ends at "was": what follows may be quoted ("was „verbindlich“ bedeutet").
  return is > 0 ? [keys[know - 1] === "sie" ? know - 1 : know, was] : undefined;
}

// --- "At your age you should know ...", "Jemand mit Ihrer Erfahrung sollte es besser wissen" -------

function shouldKnowByNow(tokens: readonly Token[], keys: Keys, language: Language): Span | undefined {
  const age = keys.findIndex((k, i) => (k === "age" || k === "alter" || k === "experience" || k === "erfahrung" || k === "position") && isReader(tokens, keys, i - 1, language) && /^(?:at|with|in|mit|someone|of)$/.test(keys[i - 2] ?? ""));
  if (age < 0) return undefined;
  // "should" after ("At your age you should know") or before ("das sollten Sie in Ihrem Alter wissen").
  const should = keys.findIndex((k, i) => Math.abs(i - age) <= 6 && /^(?:should|ought|sollte|sollten|muesste|muessten|must)$/.test(k));
  if (should < 0) return undefined;
  const know = keys.findIndex((k, i) => i > Math.max(should, age) && i <= Math.max(should, age) + 6 && /^(?:know|understand|realise|realize|wissen|kennen|verstehen|besser)$/.test(k));
  return know > 0 ? [Math.min(age - 2, should), know] : undefined;
}

// --- "A toddler could have assembled this", "Selbst einem Kind wäre aufgefallen", "weiß jedes Kind" --

const YOUNG = /^(?:toddler|child|kid|five-year-old|six-year-old|four-year-old|three-year-old|ten-year-old|schoolkid|kind|kleinkind|erstklaessler|grundschueler|schulkind|praktikant|praktikanten|azubi|lehrling|anfaenger)$/;
// Harm is no rating: "A child could have been hurt", "Ein Kind hätte sich verletzen können".
const HARM = /^(?:been|hurt|injured|harmed|choked|fallen|verletzen|verletzt|ersticken|stuerzen|gestuerzt|sich|worden)$/;

function childCouldHave(tokens: readonly Token[], keys: Keys, language: Language): Span | undefined {
  for (let i = 0; i < keys.length - 1; i++) {
    if (!YOUNG.test(keys[i + 1] ?? "")) continue;
    const article = keys[i];
    if (language === "en" && (article === "a" || article === "any") && keys[i + 2] === "could" && (keys[i + 3] === "have" || keys[i + 3] === "do")) {
      if (keys.some((k) => HARM.test(k))) return undefined;
      return [i, i + 3];
    }
    if (language === "de") {
      // "Das hätte ein Kleinkind zusammenbauen können"
      if (article === "ein" && keys[i - 1] === "haette" && keys.includes("koennen") && !keys.some((k) => HARM.test(k))) return [i - 1, i + 1];
      // "Selbst/Sogar einem Kind wäre (das) aufgefallen"
      if (article === "einem" && /^(?:selbst|sogar|jedem)$/.test(keys[i - 1] ?? "") && keys.slice(i + 2, i + 6).some((k) => k === "aufgefallen" || k === "klar")) return [i - 1, i + 1];
      // "..., weiß (doch) jedes Kind", "Das weiß doch jedes Kind": knowledge called a child's.
      if (article === "jedes" && keys[i + 1] === "kind" && (keys[i - 1] === "weiss" || (keys[i - 1] === "doch" && keys[i - 2] === "weiss"))) return [keys[i - 1] === "doch" ? i - 2 : i - 1, i + 1];
    }
  }
  return undefined;
}

// --- "Surely you can work out a simple percentage", "Sie sind doch sicher in der Lage, ..." -------

function surelyYouCan(tokens: readonly Token[], keys: Keys, language: Language): Span | undefined {
  if (language === "en") {
    const surely = keys.findIndex((k, i) => k === "surely" && keys[i + 1] === "you" && (keys[i + 2] === "can" || keys[i + 2] === "are"));
    if (surely < 0) return undefined;
    const simple = keys.findIndex((k, i) => i > surely + 2 && /^(?:simple|basic|easy|single)$/.test(k));
    return simple > 0 ? [surely, surely + 2] : undefined;
  }
  const lage = keys.indexOf("lage");
  if (lage < 3 || keys[lage - 1] !== "der" || keys[lage - 2] !== "in") return undefined;
  const doch = keys.slice(Math.max(0, lage - 5), lage).includes("doch") && keys.slice(Math.max(0, lage - 5), lage).some((k) => k === "sicher" || k === "wohl" || k === "bestimmt");
  const reader = keys.slice(0, lage).some((k, i) => isReader(tokens, keys, i, language, true));
  return doch && reader ? [Math.max(0, lage - 5), lage] : undefined;
}

// --- "so viel Ahnung wie ich vom Ballett", "as much about plumbing as I know about ballet" --------

function asMuchAsI(tokens: readonly Token[], keys: Keys, language: Language): Span | undefined {
  const much = keys.findIndex((k, i) => (language === "en" ? k === "much" && keys[i - 1] === "as" : k === "viel" && keys[i - 1] === "so"));
  if (much < 0 || !keys.slice(0, much).some((k, i) => isReader(tokens, keys, i, language, true))) return undefined;
  const as = keys.findIndex((k, i) => i > much && i <= much + 5 && (language === "en" ? k === "as" : k === "wie"));
  if (as < 0) return undefined;
  // "wie ich vom Ballett", "as I know about ballet", "wie eine Kuh vom Fliegen": about something else.
  const about = keys.findIndex((k, i) => i > as + 1 && i <= as + 4 && (k === "about" || k === "von" || k === "vom"));
  return about > 0 && about < keys.length - 1 ? [much - 1, about] : undefined;
}

// --- "terms even you will understand", "so, dass auch Sie es verstehen" ----------------------------

function evenYouUnderstand(tokens: readonly Token[], keys: Keys, language: Language): Span | undefined {
  for (let i = 0; i < keys.length - 2; i++) {
    const even = language === "en" ? keys[i] === "even" && keys[i + 1] === "you" : (keys[i] === "auch" || keys[i] === "sogar" || keys[i] === "selbst") && isReader(tokens, keys, i + 1, language) && keys[i + 1] === "sie" && (keys[i - 1] === "dass" || keys[i - 1] === "damit");
    if (!even) continue;
    const understand = keys.findIndex((k, j) => j > i + 1 && j <= i + 5 && /^(?:understand|follow|get|grasp|manage|verstehen|kapieren|begreifen|mitkommen|folgen)$/.test(k));
    if (understand > 0) return [i, understand];
  }
  return undefined;
}
