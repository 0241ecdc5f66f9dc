// Verdicts on the reader's request or work said without a judgement word, by what the writers
// refuse it or whom they rate above it: "Your complaint doesn't deserve an answer", "Ihre
// Beschwerde verdient keine Antwort", "Nobody in their right mind would accept this offer",
// "Kein vernünftiger Mensch würde dieses Angebot annehmen", "I've seen better work from
// first-year students", "Ich habe schon bessere Arbeiten von Erstsemestern gesehen", "Das soll
// ein Bericht sein?", "This is supposed to be a report?". Each needs the reader's word or work
// (a possessive or "this" before a noun of what the reader wrote or did) or, for the rating, the
// writers having seen it; the sincere forms around them ("Your complaint deserves an answer", "No
// reasonable person would blame you", "Our interns did better than expected") stay silent.
// Called once per sentence with a cheap prefilter over the keys.
import type { Language, Token } from "../../src/rule-api.js";
import type { ClauseFinding } from "./tone-clauses.js";

type Keys = readonly string[];

/** What the caller knows of the sentence: whether token `i` is a noun of the reader's work, or the reader or the reader's possessive. */
export interface VerdictContext {
  isWork(i: number): boolean;
  isReader(i: number): boolean;
}

const TRIGGERS: Record<Language, Set<string>> = {
  de: new Set(["verdient", "verdienen", "wuerdig", "wuerde", "wuerden", "besser", "bessere", "besseres", "besseren", "soll", "gedacht"]),
  en: new Set(["deserve", "deserves", "deserving", "dignifying", "would", "better", "supposed"]),
};

export function readVerdicts(tokens: readonly Token[], keys: Keys, prose: string, language: Language, sentenceEnd: number, context: VerdictContext): ClauseFinding[] {
  if (!keys.some((k) => TRIGGERS[language].has(k))) return [];
  const question = /\?/.test(prose.slice(tokens[tokens.length - 1].end, sentenceEnd + 1));
  for (const read of [noAnswerDeserved, noSanePerson, betterFromBeginners]) {
    const span = read(keys, language, context);
    if (span) return [finding(tokens, span, "insult", "judgement")];
  }
  if (question) {
    const span = supposedToBe(tokens, keys, language, context) ?? whatWereYouThinking(tokens, keys, language);
    if (span) return [finding(tokens, span, "condescension", "rhetoric")];
  }
  return [];
}

function finding(tokens: readonly Token[], [first, last]: [number, number], kind: ClauseFinding["kind"], reason: ClauseFinding["reason"]): ClauseFinding {
  return { start: tokens[first].start, end: tokens[last].end, kind, reason };
}

/** The reader or the reader's work before `i` in the sentence (within ten words). */
function readerWorkBefore(keys: Keys, i: number, context: VerdictContext): boolean {
  for (let j = Math.max(0, i - 10); j < i; j++) {
    if (context.isReader(j) && (context.isWork(j + 1) || context.isWork(j + 2) || /^(?:you|sie|du|ihr)$/.test(keys[j]))) return true;
    if (/^(?:this|that|diese|dieser|dieses|diesen|so)$/.test(keys[j]) && (context.isWork(j + 1) || context.isWork(j + 2))) return true;
  }
  return false;
}

// --- "doesn't deserve an answer", "verdient keine Antwort", "keiner Antwort würdig" ------------

const ANSWER = /^(?:answer|response|reply|antwort|reaktion|erwiderung|beachtung)$/;

function noAnswerDeserved(keys: Keys, language: Language, context: VerdictContext): [number, number] | undefined {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let last = -1;
    if (language === "en" && (key === "deserve" || key === "deserves") && /^(?:doesn't|don't|not|n't|hardly|never)$/.test(keys[i - 1] ?? "")) {
      last = keys.findIndex((k, j) => j > i && j <= i + 3 && ANSWER.test(k));
    } else if (language === "en" && key === "dignifying" && /^(?:worth|bother)$/.test(keys[i - 1] ?? "") || (language === "en" && key === "dignify" && keys.slice(Math.max(0, i - 4), i).some((k) => k === "won't" || k === "not"))) {
      last = i;
    } else if (language === "de" && (key === "verdient" || key === "verdienen") && /^(?:keine|keinerlei)$/.test(keys[i + 1] ?? "") && ANSWER.test(keys[i + 2] ?? "")) {
      last = i + 2;
    } else if (language === "de" && key === "wuerdig" && keys[i - 2] === "keiner" && ANSWER.test(keys[i - 1] ?? "")) {
      last = i;
    }
    if (last >= 0 && readerWorkBefore(keys, i, context)) return [Math.max(0, i - 1), last];
  }
  return undefined;
}

// --- "Nobody in their right mind would ...", "Kein vernünftiger Mensch würde ..." -------------

const SANE_EN = /^(?:sane|reasonable|sensible|rational|serious|competent)$/;
const SANE_DE = /^(?:vernuenftiger|normaler|normal|vernuenftig|klar|serioeser|halbwegs|denkender)$/;
// "No reasonable person would blame you", "Kein vernünftiger Mensch würde Ihnen das übelnehmen": sympathy.
const FORGIVE = /^(?:blame|fault|begrudge|uebelnehmen|verdenken|vorwerfen|verurteilen|uebel)$/;

function noSanePerson(keys: Keys, language: Language, context: VerdictContext): [number, number] | undefined {
  for (let i = 0; i < keys.length - 2; i++) {
    let end = -1;
    if (language === "en") {
      // "nobody in their right mind", "no one in their right mind", "no sane person"
      if ((keys[i] === "nobody" || (keys[i] === "no" && keys[i + 1] === "one")) && keys.slice(i + 1, i + 6).join(" ").includes("right mind")) end = keys.indexOf("mind", i);
      else if (keys[i] === "no" && SANE_EN.test(keys[i + 1]) && /^(?:person|one|customer|company|business|adult|human)$/.test(keys[i + 2] ?? "")) end = i + 2;
    } else if ((keys[i] === "kein" || keys[i] === "keiner") && keys.slice(i + 1, i + 4).some((k) => SANE_DE.test(k)) && keys.slice(i + 1, i + 4).some((k) => /^(?:mensch|kunde|betrieb|verstand)$/.test(k))) {
      end = keys.findIndex((k, j) => j > i && /^(?:mensch|kunde|betrieb|verstand)$/.test(k));
    } else if (keys[i] === "niemand" && keys[i + 1] === "mit" && keys.slice(i + 2, i + 4).includes("verstand")) end = keys.indexOf("verstand", i);
    if (end < 0) continue;
    const would = keys.findIndex((k, j) => j > end && j <= end + 3 && /^(?:would|could|will|wuerde|koennte|wird)$/.test(k));
    if (would < 0 || keys.some((k) => FORGIVE.test(k))) return undefined;
    // What they would not accept: the reader's work ("this offer", "Ihren Vorschlag") after the verb.
    for (let j = would + 1; j < keys.length - 1 && j <= would + 6; j++) {
      if (/^(?:this|that|your|diese|dieser|dieses|diesen|ihr|ihre|ihren|ihrem)$/.test(keys[j]) && context.isWork(j + 1)) return [i, end];
    }
    return undefined;
  }
  return undefined;
}

// --- "I've seen better work from first-year students" ------------------------------------------

const BEGINNERS = /^(?:child|children|kid|kids|intern|interns|trainee|trainees|apprentice|apprentices|beginner|beginners|novice|novices|student|students|first-years?|schoolkids?|schoolchildren|toddlers?|kind|kinder|kindern|praktikant|praktikanten|praktikantin|praktikantinnen|azubi|azubis|lehrling|lehrlingen|anfaenger|anfaengern|schueler|schuelern|erstsemester|erstsemestern|erstklaessler|erstklaesslern|grundschueler|grundschuelern|laien)$/;
const SEEN = /^(?:seen|read|had|received|got|gesehen|gelesen|bekommen|erhalten)$/;

function betterFromBeginners(keys: Keys, language: Language, _context: VerdictContext): [number, number] | undefined {
  const better = keys.findIndex((k) => (language === "en" ? k === "better" : /^bessere[snm]?$|^besser$/.test(k)));
  if (better < 0) return undefined;
  const from = keys.findIndex((k, j) => j > better && j <= better + 4 && (k === "from" || k === "von" || k === "by"));
  if (from < 0) return undefined;
  let who = keys.findIndex((k, j) => j > from && j <= from + 3 && BEGINNERS.test(k));
  if (who < 0) return undefined;
  // "first-year students": the last of the words naming them.
  while (BEGINNERS.test(keys[who + 1] ?? "")) who++;
  // The writers have seen it: "I've seen", "Ich habe ... gesehen".
  const writers = keys.slice(0, better).some((k) => /^(?:i've|i|we've|we|ich|wir)$/.test(k));
  // The beginners close the sentence ("... from first-year students.") or are set against the
  // reader's work ("than this", "als das"); "better feedback from students than from teachers"
  // and "from beginners who practise daily" compare others.
  const after = keys.slice(who + 1).filter((k) => !SEEN.test(k) && k !== "schon");
  const closes = after.length === 0 || ((after[0] === "than" || after[0] === "als") && /^(?:this|that|yours|das|dies|ihres|ihre|ihrer)$/.test(after[1] ?? ""));
  return writers && closes && keys.some((k) => SEEN.test(k)) ? [better, who] : undefined;
}

// --- "Das soll ein Bericht sein?", "This is supposed to be a report?" --------------------------

function supposedToBe(tokens: readonly Token[], keys: Keys, language: Language, context: VerdictContext): [number, number] | undefined {
  if (language === "de") {
    const soll = keys.indexOf("soll");
    if (soll < 1 || soll > 2 || !/^(?:das|dies|so)$/.test(keys[soll - 1]) || !/^(?:ein|eine|einen)$/.test(keys[soll + 1] ?? "")) return undefined;
    const noun = soll + 2;
    return context.isWork(noun) && keys[noun + 1] === "sein" && noun + 2 >= keys.length ? [soll - 1, noun + 1] : undefined;
  }
  const supposed = keys.indexOf("supposed");
  if (supposed < 2 || supposed > 3 || !/^(?:this|that)$/.test(keys[0]) || keys[supposed + 1] !== "to" || keys[supposed + 2] !== "be" || !/^(?:a|an)$/.test(keys[supposed + 3] ?? "")) return undefined;
  const noun = supposed + 4;
  return context.isWork(noun) && noun + 1 >= keys.length ? [0, noun] : undefined;
}

// --- "Was haben Sie sich dabei gedacht?" ------------------------------------------------------

function whatWereYouThinking(tokens: readonly Token[], keys: Keys, language: Language): [number, number] | undefined {
  if (language !== "de" || keys[0] !== "was") return undefined;
  const thought = keys.indexOf("gedacht");
  if (thought < 0 || thought > 8 || thought !== keys.length - 1) return undefined;
  const reader = keys.findIndex((k, j) => j < thought && (k === "du" || (k === "sie" && tokens[j].text === "Sie")));
  const by = keys.findIndex((k, j) => j < thought && (k === "dabei" || k === "bei"));
  const reflexive = keys.includes("sich") || keys.includes("dir");
  return reader > 0 && by > reader && reflexive ? [0, thought] : undefined;
}
