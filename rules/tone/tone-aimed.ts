// Decides whether a word that insults only when aimed at someone ("Esel", "pig", "Zumutung",
// "nightmare") is aimed at someone in its sentence: spoken to, exclaimed, or said of someone.
import { lexiconKey, type Language, type LexiconMatch, type Token } from "../../src/rule-api.js";
import { personNouns } from "./tone-data.js";

const PRONOUNS: Record<Language, Set<string>> = {
  de: new Set(["du", "sie", "ihr", "er"]),
  en: new Set(["you", "u", "he", "she", "they", "ya"]),
};
// Pronoun and verb in one word: "you're a nightmare".
const PRONOUN_COPULAS = new Set(["you're", "youre", "ur", "he's", "she's", "they're", "theyre", "bist'e"]);
const COPULAS: Record<Language, Set<string>> = {
  de: new Set(["bist", "ist", "sind", "seid", "war", "warst", "waren", "wart", "bleibt", "bleibst", "bleiben"]),
  en: new Set(["is", "are", "was", "were", "r"]),
};
// "die ist eine Zumutung", "der ist ein Idiot": a demonstrative pronoun right before the verb.
const DEMONSTRATIVES = new Set(["der", "die", "den"]);
const EXCLAMATIVES: Record<Language, string[][]> = {
  de: [["so", "ein"], ["so", "eine"], ["so", "einen"], ["so", "einem"], ["so", "einer"], ["was", "fuer", "ein"], ["was", "fuer", "eine"], ["was", "fuer", "einen"], ["was", "fuer"]],
  en: [["what", "a"], ["what", "an"], ["such", "a"], ["such", "an"]],
};
// Degree words before an adjective said of someone: "so dumm", "wie blöd", "so stupid".
const INTENSIFIERS: Record<Language, Set<string>> = {
  de: new Set(["so", "wie", "voellig", "total", "echt", "einfach", "saudumm", "strohdumm", "richtig"]),
  en: new Set(["so", "how", "totally", "completely", "utterly", "fucking"]),
};
const LIKE: Record<Language, Set<string>> = { de: new Set(["wie"]), en: new Set(["like"]) };
const PRONOUNS_AFTER_LIKE: Record<Language, Set<string>> = {
  de: new Set(["sie", "du", "dir", "dich", "ihr", "euch", "ihnen", "er", "ihn"]),
  en: new Set(["you", "u", "him", "her", "them"]),
};
// Pronouns that name someone (not "es", "das": "es taugt nichts" is about a thing; not "ihr",
// which is also "Ihr": "Ihr fauler Apfel" is the reader's apple).
const SUBJECT_PRONOUNS = new Set(["du", "sie", "er", "dich", "ihn", "euch"]);
const SENTENCE_OPENERS = /[,;:!?(–—-]\s*$|^\s*$/;

/**
 * True when the matched words call someone something: spoken to ("Sie Vollpfosten", "du
 * Depp"), exclaimed ("so ein Esel", "what a clown", "wie blöd"), or said of someone with a verb
 * ("er ist ein Esel", "sind Sie ein Esel?"). With `personOnly` the subject must be a person
 * ("die Kundin ist eine Zumutung", "she is a nightmare"), because "die Lieferzeit ist eine
 * Zumutung" is a complaint, not an insult.
 */
export function isAimed(match: LexiconMatch, tokens: readonly Token[], prose: string, language: Language, personOnly = false): boolean {
  const key = (i: number) => (i >= 0 && i < tokens.length ? lexiconKey(tokens[i].text) : "");
  const first = match.firstToken;
  // Spoken to: a pronoun opening the clause, at most two (adjective) words before the match.
  for (let back = 1; back <= 3; back++) {
    const i = first - back;
    if (i < 0) break;
    // "ihr" before an adjective is the possessive ("Ihr fauler Apfel"), before a noun it calls
    // names ("ihr Idioten").
    const possessive = key(i) === "ihr" && /^\p{Ll}/u.test(tokens[first].text);
    if (PRONOUNS[language].has(key(i)) && (language === "en" || (key(i) !== "er" && !possessive))) {
      const before = prose.slice(i > 0 ? tokens[i - 1].end : Math.max(0, tokens[i].start - 40), tokens[i].start);
      const opensClause = i === 0 || SENTENCE_OPENERS.test(before);
      if (opensClause && (language === "en" || back === 1 || areAdjectives(tokens, i + 1, first))) return true;
    }
  }
  // Exclaimed: "so ein", "was für ein", "what a", at most one word before the match.
  for (const pattern of EXCLAMATIVES[language]) {
    for (let gap = 0; gap <= 1; gap++) {
      const at = first - gap - pattern.length;
      if (at >= 0 && pattern.every((word, k) => key(at + k) === word)) return true;
    }
  }
  if (!personOnly && INTENSIFIERS[language].has(key(first - 1))) return true;
  // "Only an absolute muppet would ...", "Any fool could see ...", "Nur ein Depp würde ...": the
  // one who did it (the reader, as a rule) named through a hypothetical person.
  if (!personOnly && HYPOTHETICAL_AFTER[language].has(key(match.lastToken + 1))) {
    for (let back = 1; back <= 3 && first - back >= 0; back++) {
      const word = key(first - back);
      if (word === "any" || ((word === "only" || word === "nur") && /^(?:a|an|ein|eine|einem)$/.test(key(first - back + 1)))) return true;
    }
  }
  // A personal pronoun right before a judgement: "sie taugen nichts", "wir finden Sie
  // unverschämt". German only: an English pronoun before an adjective is rarely its subject.
  if (language === "de" && personOnly && SUBJECT_PRONOUNS.has(key(first - 1))) return true;
  // Said of someone, verb after the words: "wie blöd sind deutsche Politiker", "so dumm sind Sie".
  const after = match.lastToken + 1;
  // Before a person, as an adjective: "unfähige Politiker", "stupid customers".
  if (isPerson(key(after), language) && !PRONOUNS[language].has(key(after))) return true;
  if (COPULAS[language].has(key(after)) && (isPerson(key(after + 1), language) || isPerson(key(after + 2), language))) return true;
  // Compared to the reader: "Idioten wie Sie", "Leute wie du", "morons like you".
  if (LIKE[language].has(key(match.lastToken + 1)) && PRONOUNS_AFTER_LIKE[language].has(key(match.lastToken + 2))) return true;
  // Pointed at: "dieser Feigling", "dieses dumme Weib".
  if (!personOnly && (DEMONSTRATIVE_DETERMINERS[language].has(key(first - 1)) || DEMONSTRATIVE_DETERMINERS[language].has(key(first - 2)))) return true;
  // Pointed at a person by where they sit: "that muppet in billing", "this clown from accounts".
  if (!personOnly && language === "en" && (key(first - 1) === "that" || key(first - 1) === "this") && POINTED_PLACE.has(key(after))) return true;
  // Likened: "you sound like a spoiled brat", "Sie benehmen sich wie ein Kleinkind": "like"/"wie"
  // at most two (adjective) words before the match, the person two or three words before it.
  for (let back = 1; back <= 3; back++) {
    const l = first - back;
    if (l < 1 || !LIKE[language].has(key(l))) continue;
    if (back > 1 && !/^(?:a|an|ein|eine|einen|einem|einer)$/.test(key(l + 1))) break;
    for (let p = l - 1; p >= 0 && p >= l - 3; p--) if (PRONOUNS[language].has(key(p)) && (language === "en" || tokens[p].text === "Sie" || key(p) === "du")) return true;
    break;
  }
  // Said of someone: subject + verb within four words before the match.
  for (let back = 1; back <= 4; back++) {
    const i = first - back;
    if (i < 0) break;
    const word = key(i);
    if (PRONOUN_COPULAS.has(word)) return true;
    if (!COPULAS[language].has(word)) continue;
    if (!personOnly) return !NOT_TARGETS[language].has(key(i - 1)) || isPerson(key(i + 1), language);
    if (isPerson(key(i - 1), language) || (language === "de" && DEMONSTRATIVES.has(key(i - 1)))) return true;
    // A question: "Sind Sie ein Esel?", "are you a clown?"
    return isPerson(key(i + 1), language) && i + 1 < first;
  }
  return false;
}

const HYPOTHETICAL_AFTER: Record<Language, Set<string>> = { de: new Set(["wuerde", "koennte", "haette", "kann", "macht", "baut"]), en: new Set(["would", "could", "can", "would've", "could've"]) };

const POINTED_PLACE = new Set(["in", "from", "at", "over", "who", "down", "on"]);

const DEMONSTRATIVE_DETERMINERS: Record<Language, Set<string>> = {
  de: new Set(["dieser", "diese", "diesen", "dieses", "diesem"]),
  en: new Set<string>(), // "that was crazy", "this comment useless": English demonstratives point at things too often
};

// Subjects that are not someone else: things ("it is a pig" may be the animal, "das ist eine
// Sau" too) and the writers themselves ("wir sind keine Amateure").
const NOT_TARGETS: Record<Language, Set<string>> = {
  de: new Set(["es", "das", "dies", "dieses", "was", "ich", "wir"]),
  en: new Set(["it", "this", "that", "which", "there", "what", "i", "we"]),
};

function isPerson(key: string, language: Language): boolean {
  return PRONOUNS[language].has(key) || personNouns(language).has(key);
}

const ARTICLES_DE = new Set(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "diesen", "diesem", "dieser", "dieses", "diese", "meinen", "meinem", "meiner", "unseren", "unserem", "unserer"]);

// Particles and degree words that may stand between a pronoun and an adjective ("dass sie so dumm").
const DEGREE_WORDS = new Set([...INTENSIFIERS.de, "ja", "doch", "ganz", "sehr", "nur", "auch", "voll"]);

/**
 * German adjectives between a pronoun and a noun are lower case and inflected ("Sie blöder
 * Esel", "du alter Nazi"); "Wir halten Sie nicht für naiv" has other words there.
 */
function areAdjectives(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = tokens[i].text;
    // An article makes the words an object, not a name called: "Entschuldigen Sie den blöden Tippfehler".
    if (ARTICLES_DE.has(lexiconKey(word))) return false;
    if (!/^\p{Ll}\p{L}*(?:e|er|es|en|em)$/u.test(word) && !DEGREE_WORDS.has(lexiconKey(word))) return false;
  }
  return true;
}
