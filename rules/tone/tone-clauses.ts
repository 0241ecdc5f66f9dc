// Reads the rude mail that word lists miss because the rudeness is in the grammar, not in one
// word: a judgement said of the reader or of the reader's request or work ("Ihr Einwand ist
// absurd", "Sind Sie eigentlich blöd?", "what a feeble excuse", "the dumbest question"), mock
// praise followed by the reader's failure ("Na super, jetzt ist die Bestellung schon wieder
// storniert") and pet names that talk down ("Honey, that's not how warranties work").
// Each finding is explainable by its shape: which subject, which verb, which judgement word.
// Every reading is one pass over the sentence's tokens (linear time, no regex over the text).
import { lexiconKey, type Language, type Token } from "../../src/rule-api.js";
import { judgementForm, type Degree } from "./tone-morphology.js";
import { personNouns } from "./tone-data.js";
import { LOWLY, RHETORIC_TRIGGERS, readRhetoric } from "./tone-rhetoric.js";
import { readVerdicts } from "./tone-verdicts.js";
import { readTalkingDown } from "./tone-talking-down.js";

export type ClauseReason = "judgement" | "sarcasm" | "pet-name" | "rhetoric";

export interface ClauseFinding {
  start: number;
  end: number;
  /** The rule that reports it: judgements are insults, sarcasm and pet names condescension. */
  kind: "insult" | "condescension";
  reason: ClauseReason;
}

type Keys = readonly string[];

const set = (...words: string[]) => new Set(words);

/**
 * Everything this file reads in one sentence (`tokens`, ending at `sentenceEnd`), for both
 * rules: judgements (kind "insult"), mock praise and pet names (kind "condescension").
 * `next` is the following sentence's tokens, for praise that stands alone ("Na toll.").
 */
export function readClauses(tokens: readonly Token[], prose: string, language: Language, sentenceEnd: number, next: readonly Token[] | undefined): ClauseFinding[] {
  if (tokens.length === 0) return [];
  // The keys, and which readers below can find anything: each needs a word of its own (a
  // praise word, a pet name, ...), and most sentences hold none, so one Map lookup per word
  // rules most readers out.
  const triggers = readerTriggers(language);
  const keys: string[] = new Array(tokens.length);
  let wanted = 0;
  for (let i = 0; i < tokens.length; i++) {
    const key = lexiconKey(tokens[i].text);
    keys[i] = key;
    wanted |= triggers.get(key) ?? 0;
  }
  const found = readJudgements(tokens, keys, prose, language);
  if (found.length === 0) {
    found.push(...readVerdicts(tokens, keys, prose, language, sentenceEnd, {
      isWork: (i) => isWorkNoun(tokens, i, language) && (language === "en" || GERMAN_WORK.has(keys[i])),
      isReader: (i) => readerPossessiveAt(tokens, keys, i, language) || (i < tokens.length && isReaderWord(tokens, i, language) && (language === "en" || /^\p{Lu}/u.test(tokens[i].text) || keys[i] === "du")),
    }));
  }
  if (wanted & SEEMS_BIT) found.push(...readLikeLowly(tokens, keys, language));
  if (wanted & BEHAVE_BIT) found.push(...readBehavesLikeChild(tokens, keys, language));
  if (wanted & SARCASM_BIT) found.push(...readSarcasm(tokens, keys, prose, language, next));
  if (wanted & PET_BIT) found.push(...readPetNames(tokens, keys, prose, language, sentenceEnd));
  if (wanted & RHETORIC_BIT) found.push(...readRhetoric(tokens, keys, prose, language, sentenceEnd));
  if (hasQuoteMark(prose, tokens) && !found.some((f) => f.kind === "condescension")) found.push(...readScareQuotes(tokens, keys, prose, language));
  if (found.length === 0) found.push(...readTalkingDown(tokens, keys, prose, language));
  return found;
}

/** A quotation mark between two of the sentence's words. */
function hasQuoteMark(prose: string, tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    for (let c = tokens[i - 1].end; c < tokens[i].start; c++) if (QUOTE_MARKS.has(prose.charCodeAt(c))) return true;
  }
  return false;
}

const QUOTE_MARKS = new Set([..."„\"“'‘‚«»"].map((ch) => ch.charCodeAt(0)));
const COLON_OR_DASH = new Set([...":–—"].map((ch) => ch.charCodeAt(0)));

/** True when a colon or a dash stands between token `a` and token `a + 1`. */
function colonAfter(prose: string, tokens: readonly Token[], a: number): boolean {
  for (let c = tokens[a].end; c < tokens[a + 1].start; c++) if (COLON_OR_DASH.has(prose.charCodeAt(c))) return true;
  return false;
}

const SEEMS_BIT = 1;
const SARCASM_BIT = 2;
const PET_BIT = 4;
const RHETORIC_BIT = 8;
const BEHAVE_BIT = 16;
const triggerMaps: Partial<Record<Language, Map<string, number>>> = {};

/** Word -> the readers it may start (bits), made once per language from the readers' own lists. */
function readerTriggers(language: Language): Map<string, number> {
  let map = triggerMaps[language];
  if (map) return map;
  map = new Map<string, number>();
  const add = (bit: number, words: Iterable<string>) => {
    for (const word of words) map!.set(word, (map!.get(word) ?? 0) | bit);
  };
  add(SEEMS_BIT, SEEMS[language]);
  add(SARCASM_BIT, PRAISE[language]);
  if (language === "de") add(SARCASM_BIT, GERMAN_PRAISE_FORMS);
  add(SARCASM_BIT, IRONIC_NAMES[language]);
  add(SARCASM_BIT, KIND[language]);
  add(SARCASM_BIT, FAST[language]);
  add(SARCASM_BIT, [...PRAISE_PREDICATE, "second", "star", "congratulate", "ja", "thanks", "thank", "danke", "dank", "love", "adore", "liebe", "lieben", "glad", "impressed", "beeindruckt", "thrilled", "delighted", "overjoyed", "begeistert", "entzueckt", "awe", "hut", "kudos", "props", "gemacht", "surprise", "ueberraschung", ...SURPRISE_TRIGGERS, "outdone", "uebertroffen", "applaud", "dankeschoen", "hats", "time", "rush", "hurry", "zeit", "eile", "stress", "weiter", "keep", "know", "hear", "wissen", "hoeren", "zero", "null"]);
  add(PET_BIT, PET_NAMES[language]);
  add(PET_BIT, PET_PAIR_STARTS[language]);
  add(RHETORIC_BIT, RHETORIC_TRIGGERS[language]);
  add(BEHAVE_BIT, BEHAVE[language]);
  triggerMaps[language] = map;
  return map;
}

// --- Who is judged -------------------------------------------------------------------------

// The reader, or what belongs to the reader ("Ihre Anfrage", "your request", "euer Chef").
const READER: Record<Language, Set<string>> = {
  de: set("sie", "du", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "dein", "deine", "deinen", "deinem", "deiner", "euer", "eure", "euren", "eurem", "eurer", "dir", "dich", "euch", "ihnen"),
  en: set("you", "your", "yours", "u", "ya", "you're", "youre", "ur", "you've", "you'd", "you'll"),
};
// Pointing at a thing the reader sent: "diese Rückfrage", "this request".
const POINTING: Record<Language, Set<string>> = {
  de: set("diese", "dieser", "dieses", "diesen", "diesem"),
  en: set("this", "that", "these", "those"),
};
// The writers themselves: "ich bin zu blöd", "I'm hopeless", "unser blöder Router".
const SELF: Record<Language, Set<string>> = {
  de: set("ich", "wir", "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem", "unserer", "mich", "mir", "uns"),
  en: set("i", "i'm", "im", "we", "we're", "my", "our", "me", "us", "myself"),
};
const OPINION_VERBS: Record<Language, Set<string>> = {
  de: set("finden", "findest", "glauben", "glaubst", "meinen", "meinst", "denken", "denkst", "sagen", "sagst", "behaupten", "behauptest"),
  en: set("think", "thought", "believe", "feel", "find", "say", "said", "consider", "guess", "reckon", "claimed"),
};
const SELF_OBJECTS = set("us", "me", "uns", "mir", "mich");
const COPULAS: Record<Language, Set<string>> = {
  de: set("bist", "ist", "sind", "seid", "war", "warst", "waren", "wart", "wirkt", "wirken", "klingt", "klingen", "grenzt", "grenzen", "wird", "werden", "wirst", "werdet", "wurde", "wurden", "sieht", "sehen", "taugt", "taugen", "taugte"),
  en: set("is", "are", "was", "were", "'s", "'re", "sounds", "seems", "looks", "reads", "borders", "verges", "bordering", "verging", "look", "sound", "seem", "appear", "appears", "been"),
};
// Words that deny what follows: "ist nicht absurd", "far from lazy", "keineswegs übertrieben".
const NEGATIONS: Record<Language, Set<string>> = {
  de: set("nicht", "kein", "keine", "keinen", "keiner", "keineswegs", "niemand", "nie", "niemals", "weder", "andere", "kaum"),
  en: set("not", "isn't", "aren't", "wasn't", "weren't", "no", "never", "nobody", "none", "neither", "far", "hardly", "n't", "by", "didn't", "don't", "doesn't", "didnt", "dont", "doesnt", "won't", "wouldn't", "shouldn't"),
};
// Particles and degree words between the verb and the judgement ("ja echt", "halt einfach zu",
// "honestly this", "frankly"). Only these may stand between: anything else ends the reading.
const FILLERS: Record<Language, Set<string>> = {
  de: set("ja", "doch", "echt", "wirklich", "halt", "eben", "einfach", "zu", "so", "total", "voellig", "vollkommen", "komplett", "absolut", "eigentlich", "ueberhaupt", "wohl", "denn", "auch", "sehr", "ziemlich", "extrem", "richtig", "schlicht", "mal", "noch", "nur", "reine", "reiner", "reines", "reinen", "kompletter", "komplette", "kompletten", "totaler", "totale", "ein", "eine", "einen", "der", "die", "das", "den", "ganz", "so", "derart", "dermassen", "voll", "oft", "immer", "offenbar", "offensichtlich", "mit", "verlaub", "schon", "heute", "wieder", "gerade", "bloss", "grenzenlos", "unglaublich", "haufen", "an", "einzige", "einziger", "einziges", "einzigen", "reinste", "reinster", "reinstes", "wahre", "wahrer", "wahres", "echte", "echter", "echtes", "zweifellos", "definitiv", "geradezu", "ausgesprochen", "ueberaus", "hochgradig", "reichlich", "obendrein", "zudem", "ausserdem"),
  en: set("so", "too", "this", "that", "really", "honestly", "frankly", "just", "simply", "utterly", "completely", "totally", "absolutely", "truly", "seriously", "actually", "genuinely", "quite", "very", "pretty", "a", "an", "the", "such", "plain", "downright", "incredibly", "unbelievably", "all", "always", "still", "even", "ever", "being", "again", "clearly", "obviously", "bad", "sick", "poor", "sad", "cruel", "complete", "total", "absolute", "bloody", "big", "huge", "getting", "becoming", "bunch", "load", "pile", "of", "utter", "sheer", "pure", "on", "beyond", "rather", "undoubtedly", "easily", "definitely", "certainly", "positively", "outright", "thoroughly", "also", "consistently", "repeatedly", "increasingly"),
};

// --- What counts as a judgement ------------------------------------------------------------

// Nouns that judge a request or an act: "Ihr Angebot ist eine Frechheit", "your excuse is a joke".
const JUDGEMENT_NOUNS: Record<Language, Set<string>> = {
  de: set("gejammer", "genoergel", "gemecker", "gezeter", "rumgeheule", "geheule", "getue", "theater", "frechheit", "unverschaemtheit", "zumutung", "witz", "lachnummer", "farce", "bloedsinn", "quatsch", "unsinn", "schwachsinn", "stuss", "muell", "schrott", "rechthaberei", "peinlichkeit", "gipfel", "armutszeugnis", "trauerspiel", "schande", "dreistigkeit", "kinderkram", "kindergarten", "humbug", "kaese", "katastrophe", "dilettantismus", "pfusch", "murks", "kaes", "krampf", "hohn", "affentheater", "kasperltheater", "kasperletheater", "zirkus", "witzfigur", "nullnummer", "totalausfall", "allerletzte", "topfen", "schmarrn", "schmarren", "kaas", "bledsinn", "versager", "versagerin", "niete", "flasche", "pfeife", "lusche", "null", "nichtskoenner", "saustall", "sauhaufen", "schweinestall", "truemmerhaufen", "flickwerk", "machwerk", "tohuwabohu", "durcheinander", "zeitverschwendung", "anmassung", "farce", "abzocke", "wucher", "beutelschneiderei", "nepp", "blamage", "beleidigung"),
  en: set("whining", "moaning", "ranting", "joke", "disgrace", "insult", "garbage", "rubbish", "trash", "nonsense", "drivel", "embarrassment", "farce", "shambles", "travesty", "twaddle", "tripe", "hogwash", "codswallop", "balderdash", "claptrap", "gibberish", "waste", "laughingstock", "clown", "clowns", "failure", "loser", "losers", "amateur", "amateurs", "disaster", "mess", "mockery", "sham", "cop-out", "copout", "rip-off", "ripoff", "scam", "pits", "robbery"),
};
// Nouns naming something the reader wrote or did ("Beschwerde", "excuse"): with a judgement
// word before them they judge the reader's work ("so eine dämliche Beschwerde", "what a feeble
// excuse"). German nouns are recognised by their capital; English ones by this list.
const WORK_NOUNS_EN = set(
  "request", "requests", "question", "questions", "complaint", "complaints", "excuse", "excuses", "idea", "ideas", "suggestion", "suggestions",
  "proposal", "proposals", "offer", "offers", "feedback", "argument", "arguments", "objection", "objections", "answer", "answers", "reply", "replies",
  "response", "email", "e-mail", "mail", "message", "report", "draft", "drafts", "design", "designs", "logo", "photos", "pictures", "work", "attitude",
  "explanation", "reasoning", "claim", "claims", "demand", "demands", "plan", "review", "comment", "comments", "point", "remark", "remarks", "effort",
  "attempt", "translation", "quote", "estimate", "invoice", "code", "text", "copy", "concept", "presentation", "list", "letter", "behaviour", "behavior",
  "decision", "advice", "customer", "customers", "service", "support", "team", "staff", "company", "shop", "firm", "people", "person", "guy", "man", "woman",
  "brief", "spec", "specification", "sketch", "website", "site", "layout", "cv", "resume", "application", "form", "summary", "spreadsheet", "budget", "forecast",
  "pitch", "submission", "essay", "piece", "logic", "spelling", "grammar", "accounts", "bookkeeping", "figures", "numbers", "calculation", "calculations",
);

/** "absurd", "dümmste", "more idiotic": a judgement word in any form, or undefined. */
function judgementAt(keys: Keys, i: number, language: Language, people: boolean): { degree: Degree; last: number } | undefined {
  const key = keys[i];
  if (key === undefined) return undefined;
  if (language === "en" && (key === "most" || key === "more")) {
    const form = judgementForm(keys[i + 1] ?? "", language, people);
    return form ? { degree: key === "most" ? "superlative" : "comparative", last: i + 1 } : undefined;
  }
  if (language === "de" && key === "am") {
    const form = judgementForm(keys[i + 1] ?? "", language, people);
    return form && form !== "positive" ? { degree: "superlative", last: i + 1 } : undefined;
  }
  const form = judgementForm(key, language, people);
  // German "-er" is an inflection ("ein frecher Typ") unless compared: "noch blöder als".
  if (form === "positive" && language === "de" && key.endsWith("er") && (keys[i + 1] === "als" || keys[i - 1] === "noch")) return { degree: "comparative", last: i };
  if (form) return { degree: form, last: i };
  if (JUDGEMENT_NOUNS[language].has(key) || SPEECH_SCORN[language].has(key)) return { degree: "noun", last: i };
  // "waste of time", "pile of rubbish"
  return undefined;
}

/**
 * Judgements aimed at the reader or at what the reader wrote or did, in one sentence. Shapes:
 *   subject + verb + (particles) + judgement: "Ihr Einwand ist absurd", "ihr seid halt einfach zu blöd",
 *     "your request is absurd", "Sie sind ja echt der Gipfel";
 *   verb + subject + (particles) + judgement, a question: "Sind Sie eigentlich blöd?", "Are you honestly this slow?";
 *   exclaimed: "so eine dämliche Beschwerde", "what a feeble excuse", "für so einen Quatsch";
 *   compared: "die frechste Person", "eine dümmere Ausrede", "the dumbest question", "noch blöder als".
 */
function readJudgements(tokens: readonly Token[], keys: Keys, prose: string, language: Language): ClauseFinding[] {
  const found: ClauseFinding[] = [];
  const report = (from: number, to: number) => {
    const previous = found[found.length - 1];
    if (previous && previous.end >= tokens[from].start) return;
    found.push({ start: tokens[from].start, end: tokens[to].end, kind: "insult", reason: "judgement" });
  };
  const starts = JUDGEMENT_STARTS[language];
  // "Völlig absurd, was Sie da verlangen", "Ridiculous, the way you handled it": a judgement
  // opening the sentence, cut by a comma, then what the reader says or does.
  for (let i = 0; i <= 2 && i < keys.length - 2; i++) {
    const judgement = judgementForm(keys[i], language, false);
    if (!judgement) {
      if (FILLERS[language].has(keys[i]) || keys[i] === "voellig" || keys[i] === "absolutely") continue;
      break;
    }
    if (!/,|:|–|—/.test(between(prose, tokens, i, i + 1))) break;
    const what = keys[i + 1];
    const opens = language === "de" ? what === "was" || what === "wie" || what === "dass" : what === "what" || what === "how" || (what === "the" && keys[i + 2] === "way");
    // German "sie" in lower case is a third person; "Sie" the reader.
    if (opens && keys.slice(i + 2, i + 5).some((k, j) => READER[language].has(k) && (language === "en" || k !== "sie" || tokens[i + 2 + j].text === "Sie"))) report(0, i);
    break;
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    // "Das war dumm von Ihnen", "How careless of you to ...", "naiv von dir": a judgement word
    // (one said of people too), then "von"/"of" and the reader: what the reader did, judged.
    const ofReader = keys[i + 1] === OF[language] && isReaderObject(tokens, i + 2, language) ? judgementForm(key, language, true) : undefined;
    if (ofReader && ofReader !== "noun" && !negatedBefore(keys, i, language) && !hedged(keys, i, language) && !hypothetical(keys, i)) {
      report(i, i + 2);
      i += 2;
      continue;
    }
    // Most words start no reading below: one Set lookup (and one Map lookup) says so.
    if (!starts.has(key) && judgementForm(key, language, false) === undefined && !(language === "en" && isContractedCopula(tokens[i].text))) continue;
    // "this nonsense", "diesen Unsinn": scorn for what is being discussed; "your incompetence",
    // "Ihre Unfähigkeit": a judgement word made a noun, said of the reader.
    if ((POINTING[language].has(key) && ABSTRACT_SCORN[language].has(keys[i + 1] ?? "") && !TOPIC_AFTER.has(keys[i + 2] ?? "")) || (readerPossessiveAt(tokens, keys, i, language) && isJudgementNoun(keys[i + 1] ?? "", language))) {
      if (!negatedBefore(keys, i, language) && !hedged(keys, i, language)) {
        report(i, i + 1);
        i++;
        continue;
      }
    }
    // "such sloppy work", "such stupid questions": "such" without an article before a judgement and a noun.
    if (language === "en" && key === "such" && keys[i + 1] !== "a" && keys[i + 1] !== "an") {
      const adjective = judgementAt(keys, i + 1, language, false);
      if (adjective && adjective.degree !== "noun" && isWorkNoun(tokens, adjective.last + 1, language) && !selfJudged(keys, i, language) && !negatedBefore(keys, i, language) && !hedged(keys, i, language)) {
        report(i, adjective.last + 1);
        i = adjective.last + 1;
        continue;
      }
    }
    if (RATE_VERBS[language].has(key)) {
      const rated = ratedObject(tokens, keys, prose, i, language);
      if (rated) report(rated.first, rated.last);
      continue;
    }
    if (key === "calling" || key === "bezeichnen") {
      const called = calledTooKind(tokens, keys, i, language);
      if (called) found.push(called);
      continue;
    }
    // "I've read your argument twice, and it's still childish nonsense": "it" takes up the
    // reader's work named earlier in the sentence.
    if (language === "en" && (key === "it's" || ((key === "is" || key === "was") && keys[i - 1] === "it")) && readerWorkBefore(tokens, keys, i)) {
      const judgement = judgementAfter(keys, i + 1, language, false, tokens, prose);
      if (judgement && !EXTRAPOSED.has(keys[judgement.last + 1] ?? "")) report(i, judgement.last);
      continue;
    }
    // "Your excuses get lamer every week": the reader's work growing worse (a comparative only:
    // "you get silly questions" says nothing of the reader).
    if (language === "en" && /^(?:get|gets|getting)$/.test(key)) {
      const compared = judgementAt(keys, i + 1, language, false);
      if (compared?.degree === "comparative" && subjectBefore(keys, tokens, prose, i, language) === "reader-person" && !negatedBefore(keys, i, language)) report(i, compared.last);
      continue;
    }
    // "Your question makes no sense whatsoever", "Ihre Frage ergibt überhaupt keinen Sinn".
    if (/^(?:makes|make|ergibt|ergeben|macht)$/.test(key)) {
      const last = noSenseAt(keys, i, language);
      if (last >= 0 && subjectBefore(keys, tokens, prose, i, language) !== "none") report(i, last);
      continue;
    }
    // "I can't take your request seriously", "Ihre Anfrage kann ich nicht ernst nehmen".
    if (key === "seriously" || key === "ernst") {
      if (notTakenSeriously(tokens, keys, prose, i, language)) report(Math.max(0, i - 1), i);
      continue;
    }
    // Subject + verb: find the verb, then read the subject before it and the judgement after it.
    if (COPULAS[language].has(key) || (language === "en" && isContractedCopula(tokens[i].text))) {
      const near = subjectBefore(keys, tokens, prose, i, language);
      // "Your reasoning makes no sense and is frankly ridiculous": the verb after "and" shares
      // the subject that opens the clause.
      const subject = near === "none" && (keys[i - 1] === "and" || keys[i - 1] === "und") ? clauseOpeningSubject(keys, tokens, prose, i - 1, language) : near;
      const inverted = subject === "none" ? subjectAfter(keys, tokens, i, language) : undefined;
      const who = subject !== "none" ? subject : inverted ? inverted.who : "none";
      if (who === "none") continue;
      const from = inverted ? inverted.next : i + 1;
      const judgement = judgementAfter(keys, from, language, who === "reader", tokens, prose);
      if (judgement && !deniedOpinion(keys, i, language)) report(i, judgement.last);
      continue;
    }
    // Exclaimed: "so eine dämliche Beschwerde", "was für ein Quatsch", "what a feeble excuse".
    const exclaimed = exclamationLength(keys, i, language);
    if (exclaimed > 0) {
      // "what a load of rubbish", "so ein Haufen Unsinn"
      const heap = HEAPS.has(keys[i + exclaimed] ?? "") ? (keys[i + exclaimed + 1] === "of" ? 2 : 1) : 0;
      const j = i + exclaimed + heap;
      const noun = (JUDGEMENT_NOUNS[language].has(keys[j] ?? "") || SPEECH_SCORN[language].has(keys[j] ?? "")) && keys[j] !== "null";
      const adjective = judgementAt(keys, j, language, false);
      // "So einen albernen Hut habe ich noch nie getragen": the writers' own first time with a
      // thing (a verb of theirs other than reading, hearing or receiving) judges nothing of the reader's.
      const ownFirst = language === "de" && keys.includes("nie") && keys.some((k) => k === "ich" || k === "wir") && !keys.some((k) => MET.de.has(k));
      // "So ein dummer Zufall", "So ein blödes Pech": a happening is nobody's work.
      const happening = language === "de" && HAPPENINGS_DE.has(keys[adjective ? adjective.last + 1 : j] ?? "");
      const workAfter = adjective && isWorkNoun(tokens, adjective.last + 1, language) && !ownFirst && !happening;
      if (noun) report(i, j);
      else if (adjective && adjective.degree !== "noun" && workAfter) report(i, adjective.last + 1);
      if (noun || adjective) i = j;
      continue;
    }
    // "So etwas Dummes habe ich noch nie gelesen": something judged, never read or heard before.
    if (language === "de" && key === "so" && (keys[i + 1] === "etwas" || keys[i + 1] === "was") && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? "") && judgementForm(keys[i + 2] ?? "", language, false) && keys.slice(i + 3).includes("nie") && keys.slice(i + 3).some((k) => MET.de.has(k) && k !== "erlebt")) {
      report(i, i + 2);
      i += 2;
      continue;
    }
    // "the worst excuse", "die schlechteste Beratung": the worst of what the reader did.
    if (WORST[language].has(key) && isWorkNoun(tokens, i + 1, language) && (language === "en" || GERMAN_WORK.has(keys[i + 1] ?? "")) && !selfJudged(keys, i, language) && !negatedBefore(keys, i, language)) {
      report(i, i + 1);
      i++;
      continue;
    }
    // "der größte Blödsinn", "the biggest joke": a superlative of size before a judgement noun.
    if (BIGGEST[language].has(key) && JUDGEMENT_NOUNS[language].has(keys[i + 1] ?? "") && !selfJudged(keys, i, language) && !negatedBefore(keys, i, language)) {
      report(i, i + 1);
      i++;
      continue;
    }
    // Compared: a comparative or superlative of a judgement word before a noun, or before "als"/"than".
    const compared = judgementAt(keys, i, language, false);
    // "a pathetic excuse", "your ridiculous request", "diese alberne Beschwerde": a judgement
    // word between a determiner and what the reader wrote or did.
    if (compared && compared.degree === "positive" && DETERMINERS[language].has(keys[i - 1] ?? "") && (isWorkNoun(tokens, i + 1, language) || (language === "en" && keys[i + 1] === "thing" && keys[i + 2] === "to" && /^(?:ask|say|do|suggest|write|send|demand|claim)$/.test(keys[i + 3] ?? ""))) && (language === "en" || GERMAN_WORK.has(keys[i + 1] ?? "")) && !selfJudged(keys, i, language) && !negatedBefore(keys, i, language) && !hedged(keys, i, language)) {
      report(i, i + 1);
      i++;
      continue;
    }
    if (compared && (compared.degree === "superlative" || compared.degree === "comparative")) {
      const next = compared.last + 1;
      // "the most preposterous refund request": a noun may stand before the work noun in English.
      const beforeNoun = isWorkNoun(tokens, next, language) || (language === "en" && (keys[next] === "thing" || (/^\p{Ll}+$/u.test(tokens[next]?.text ?? "") && isWorkNoun(tokens, next + 1, language))));
      const comparedWith = keys[next] === (language === "de" ? "als" : "than");
      if ((beforeNoun || comparedWith) && ((!selfJudged(keys, i, language) && !negatedBefore(keys, i, language)) || (beforeNoun && neverMet(keys, i, next, language)))) report(i, Math.min(next, keys.length - 1));
      i = compared.last;
    }
  }
  return found;
}

// "whatsoever", "at all", "überhaupt", "absolut": no sense at all is a verdict; "makes no sense
// to me yet" is a question.
const NO_SENSE_INTENSIFIERS = set("whatsoever", "all", "ueberhaupt", "absolut", "gar", "null", "voellig", "keinerlei");

/** The last word of "makes no sense whatsoever" / "ergibt überhaupt keinen Sinn" at verb `v`, or -1. */
function noSenseAt(keys: Keys, v: number, language: Language): number {
  const sense = keys.findIndex((k, j) => j > v && j <= v + 4 && (k === "sense" || k === "sinn"));
  if (sense < 0) return -1;
  const denial = keys.slice(v + 1, sense);
  if (!denial.some((k) => k === "no" || k === "keinen" || k === "keinerlei" || k === "null")) return -1;
  const intensified = denial.some((k) => NO_SENSE_INTENSIFIERS.has(k) && k !== "null") || keys[sense + 1] === "whatsoever" || (keys[sense + 1] === "at" && keys[sense + 2] === "all") || denial.includes("null");
  // "makes no sense to me at all", "ergibt für mich keinen Sinn": the writers' own confusion.
  if (!intensified || keys.slice(v + 1, sense + 4).some((k) => k === "me" || k === "mich" || k === "mir" || k === "us" || k === "uns")) return -1;
  return keys[sense + 1] === "whatsoever" ? sense + 1 : keys[sense + 1] === "at" && keys[sense + 2] === "all" ? sense + 2 : sense;
}

/**
 * "I can't take your request seriously", "Sie kann ich nicht ernst nehmen": the writers deny
 * taking the reader or the reader's word seriously. `i` is "seriously"/"ernst". Not "Nehmen Sie
 * das nicht zu ernst" (advice: "zu"), not "We take your complaint seriously" (no denial).
 */
function notTakenSeriously(tokens: readonly Token[], keys: Keys, prose: string, i: number, language: Language): boolean {
  // "I can't take your call right now, seriously": "seriously" is an aside of its own.
  if (keys[i - 1] === "zu" || keys[i - 1] === "too" || /[,;:]/.test(between(prose, tokens, i - 1, i))) return false;
  const from = Math.max(0, i - 7);
  const clause = keys.slice(from, Math.min(keys.length, i + 3));
  const take = clause.some((k) => /^(?:take|taking|nehmen|genommen)$/.test(k));
  const denied = clause.some((k) => /^(?:can't|cannot|can|couldn't|nicht|kaum|unmoeglich|hard)$/.test(k)) && clause.some((k) => NEGATIONS[language].has(k) || k === "can't" || k === "cannot" || k === "couldn't" || k === "kaum" || k === "unmoeglich");
  const writers = clause.some((k) => k === "i" || k === "we" || k === "ich" || k === "wir");
  let reader = false;
  for (let j = from; j < i; j++) if (isReaderWord(tokens, j, language) && (language === "en" || /^\p{Lu}/u.test(tokens[j].text))) reader = true;
  return take && denied && writers && reader;
}

const OF: Record<Language, string> = { de: "von", en: "of" };
// "It would be silly of you to pay twice", "Es wäre naiv von Ihnen, ...": advice, not a verdict.
const HYPOTHETICAL = set("would", "could", "wouldn't", "waere", "wuerde", "koennte");

function hypothetical(keys: Keys, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (HYPOTHETICAL.has(keys[j])) return true;
  return false;
}

/** "Ihnen", "dir", "euch" ("ihnen" in lower case is a third person), "you": the reader after "von"/"of". */
function isReaderObject(tokens: readonly Token[], i: number, language: Language): boolean {
  const text = tokens[i]?.text;
  if (text === undefined) return false;
  if (language === "en") return text.toLowerCase() === "you";
  return text === "Ihnen" || /^(?:dir|euch)$/i.test(text);
}

/**
 * "Calling this a business case is generous", "Das als Konzept zu bezeichnen, ist geschmeichelt":
 * the name the reader gave their work, called too kind. `calling` is the index of "calling" or
 * "bezeichnen".
 */
function calledTooKind(tokens: readonly Token[], keys: Keys, calling: number, language: Language): ClauseFinding | undefined {
  if (language === "en" ? calling !== 0 || !(keys[1] === "this" || keys[1] === "that" || keys[1] === "it") : keys[calling - 1] !== "zu" || !keys.slice(0, calling).includes("als")) return undefined;
  for (let i = calling + (language === "en" ? 2 : 1); i < keys.length - 1 && i <= calling + 9; i++) {
    if (keys[i] !== "is" && keys[i] !== "ist" && keys[i] !== "would" && keys[i] !== "waere") continue;
    const word = keys[i + 1] === "be" || keys[i + 1] === "noch" || keys[i + 1] === "ja" || keys[i + 1] === "a" ? i + 2 : i + 1;
    if (/^(?:generous|charitable|flattering|stretch|kind|geschmeichelt|grosszuegig|wohlwollend|schmeichelhaft|uebertrieben|beschoenigend)$/.test(keys[word] ?? "")) return { start: tokens[calling].start, end: tokens[word].end, kind: "insult", reason: "judgement" };
    return undefined;
  }
  return undefined;
}

// Verbs by which the writers rate a thing or a person: "I find your request absurd", "Ich halte
// Ihre Beschwerde für kindisch", "Ihre Argumentation finde ich lächerlich".
const RATE_VERBS: Record<Language, Set<string>> = {
  de: set("finde", "finden", "fand", "fanden", "halte", "halten", "hielt", "hielten", "empfinde", "empfinden"),
  en: set("find", "found", "consider", "considered", "deem", "deemed"),
};
const RATE_ADVERBS_EN = set("really", "honestly", "frankly", "personally", "just", "simply", "genuinely", "do", "all", "still", "truly", "actually");

/**
 * The writers rating what the reader wrote or did, or the reader, as the object of a verb of
 * rating (`verb`): "I find your request absurd", "We consider your complaint childish", "I find
 * you rude", "Ich finde Ihre Anfrage dreist", "Ich halte Ihre Beschwerde für kindisch", "Ihre
 * Argumentation finde ich lächerlich". The writers must be the subject ("Do you find our app
 * confusing?" asks the reader), and a denial or hedge before the verb or before the judgement
 * takes it back ("I don't find your request absurd", "Manche finden ... vielleicht ...").
 */
function ratedObject(tokens: readonly Token[], keys: Keys, prose: string, verb: number, language: Language): { first: number; last: number } | undefined {
  if (hedged(keys, verb, language)) return undefined;
  const writerBefore = (j: number) => keys[j] === "i" || keys[j] === "we" || keys[j] === "ich" || keys[j] === "wir";
  const writer = writerBefore(verb - 1) || (language === "en" && RATE_ADVERBS_EN.has(keys[verb - 1] ?? "") && writerBefore(verb - 2)) || (language === "de" && writerBefore(verb + 1));
  if (!writer) return undefined;
  // German object before the verb: "Ihre Argumentation finde ich ...".
  if (language === "de" && writerBefore(verb + 1) && verb >= 2 && readerPossessiveAt(tokens, keys, verb - 2, language) && /^\p{Lu}/u.test(tokens[verb - 1].text)) {
    const judgement = judgementAfter(keys, verb + 2, language, false, tokens, prose);
    return judgement ? { first: verb - 2, last: judgement.last } : undefined;
  }
  let object = verb + 1;
  if (language === "de" && writerBefore(object)) object++;
  const key = keys[object];
  if (key === undefined) return undefined;
  // The reader as a person: "I find you rude", "Ich finde Sie unverschämt", "halte dich für naiv".
  const person = language === "en" ? key === "you" : (key === "sie" && tokens[object].text === "Sie") || key === "dich" || key === "euch";
  let after = -1;
  if (person) after = object + 1;
  else if (readerPossessiveAt(tokens, keys, object, language) || POINTING[language].has(key)) {
    // The noun, maybe after an adjective: "your request", "your whole attitude", "Ihre Anfrage".
    for (let n = object + 1; n <= object + 2 && n < keys.length; n++) {
      if (language === "en" ? WORK_NOUNS_EN.has(keys[n]) : /^\p{Lu}/u.test(tokens[n].text)) after = n + 1;
      if (after >= 0) break;
    }
    if (after >= 0 && POINTING[language].has(key) && !isWorkNoun(tokens, after - 1, language)) after = -1;
  }
  if (after < 0) return undefined;
  // "halte ... für kindisch", "consider ... as petty"
  if (keys[after] === "fuer" || keys[after] === "as") after++;
  const judgement = judgementAfter(keys, after, language, person, tokens, prose);
  return judgement ? { first: verb, last: judgement.last } : undefined;
}

/** "your", "Ihre" (capitalised: the reader's, not "her"), "dein", "euer" at `i`. */
function readerPossessiveAt(tokens: readonly Token[], keys: Keys, i: number, language: Language): boolean {
  const key = keys[i];
  if (key === undefined) return false;
  if (language === "en") return key === "your" || key === "ur";
  if (/^(?:dein|deine|deinen|deinem|deiner|euer|eure|euren|eurem|eurer)$/.test(key)) return true;
  return /^(?:ihr|ihre|ihren|ihrem|ihrer|ihres)$/.test(key) && /^I/.test(tokens[i].text);
}

// Nouns of scorn for something said or done, never for a thing one throws away ("this nonsense",
// "diesen Unsinn"; not "rubbish", "Müll", "Schrott", which are also the bin's contents).
const ABSTRACT_SCORN: Record<Language, Set<string>> = {
  de: set("unsinn", "quatsch", "bloedsinn", "schwachsinn", "stuss", "humbug", "affentheater", "kasperltheater", "kasperletheater", "pfusch", "murks", "schmarrn", "schmarren", "firlefanz", "kokolores", "mumpitz", "gelaber", "geschwafel", "gejammer"),
  en: set("nonsense", "drivel", "twaddle", "tripe", "hogwash", "codswallop", "balderdash", "claptrap", "gibberish", "bullshit", "whining", "moaning", "waffle"),
};

// "this nonsense about a price rise", "dieser Unsinn über ...": a rumour dismissed, not the reader's word.
const TOPIC_AFTER = set("about", "regarding", "around", "ueber", "um", "von", "zum", "zur");

/** "incompetence", "stupidity", "laziness", "Unfähigkeit", "Dummheit": a judgement word made a noun. */
function isJudgementNoun(key: string, language: Language): boolean {
  if (language === "de") return isJudgementNounDe(key) || key === "schlamperei" || key === "stuemperei" || key === "pfuscherei";
  const stem =
    /ness$/.test(key) ? key.slice(0, -4).replace(/i$/, "y") :
    /ity$/.test(key) ? key.slice(0, -3) :
    /(?:ence|ance)$/.test(key) ? `${key.slice(0, -2)}t` :
    /cy$/.test(key) ? `${key.slice(0, -2)}te` : "";
  return stem !== "" && judgementForm(stem, "en", true) === "positive";
}

// "Lächerlichkeit", "Dreistigkeit", "Dummheit": nouns of judgement words, and a few others.
function isJudgementNounDe(key: string): boolean {
  if (key === "inkompetenz" || key === "arroganz" || key === "ignoranz" || key === "dummheit" || key === "unfaehigkeit") return true;
  const stem = /^(.+?)(?:igkeit|keit|heit)$/.exec(key)?.[1];
  return stem !== undefined && judgementForm(stem, "de", true) === "positive";
}

const DETERMINERS: Record<Language, Set<string>> = {
  de: set("ein", "eine", "einen", "einem", "einer", "diese", "dieser", "diesen", "dieses", "diesem", "ihr", "ihre", "ihren", "ihrem", "ihrer", "dein", "deine", "deinen", "deinem", "eure", "euren", "der", "die", "das", "den", "dem"),
  en: set("a", "an", "the", "this", "that", "these", "those", "your", "ur"),
};
// "This may be a silly question", "Sorry for the stupid question": the writers' own hedge.
const HEDGES: Record<Language, Set<string>> = {
  de: set("vielleicht", "eventuell", "wahrscheinlich", "entschuldigen", "entschuldigung", "sorry", "verzeihen", "verzeihung", "bestimmt"),
  en: set("may", "might", "maybe", "perhaps", "probably", "sorry", "excuse", "pardon", "forgive", "apologies", "if"),
};

function hedged(keys: Keys, i: number, language: Language): boolean {
  // Also denied anywhere in the six words before: "Far from being a lazy request", "Niemand würde
  // das eine alberne Beschwerde nennen".
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) if (HEDGES[language].has(keys[j]) || NEGATIONS[language].has(keys[j]) || keys[j] === "niemand" || keys[j] === "nobody" || keys[j] === "without" || keys[j] === "ohne") return true;
  return false;
}

const SEEMS: Record<Language, Set<string>> = { de: set("liest", "klingt", "wirkt", "sieht", "aussieht"), en: set("reads", "sounds", "looks", "seems", "read", "sound", "look") };

/**
 * The reader's work likened to a child's: "Your draft reads like it was written by a bored
 * teenager", "Ihr Angebot liest sich, als hätte es ein Praktikant geschrieben". The subject is
 * what the reader wrote or did ("your draft"), not a person ("your son sounds like a lovely kid").
 */
function readLikeLowly(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding[] {
  const verb = keys.findIndex((k) => SEEMS[language].has(k));
  if (verb < 1) return [];
  const owner = keys.slice(Math.max(0, verb - 3), verb).findIndex((k) => READER[language].has(k) && k !== "sie" && k !== "du" && k !== "you");
  if (owner < 0) return [];
  const noun = Math.max(0, verb - 3) + owner + 1;
  if (!isWorkNoun(tokens, noun, language) || personNouns(language).has(keys[noun]) || (language === "de" && !GERMAN_WORK.has(keys[noun]))) return [];
  for (let i = verb + 1; i < keys.length && i <= verb + 10; i++) {
    // "as if it was scribbled on a beer mat", "als hätte man es hingeschmiert"
    if (SLOPPY_MADE.has(keys[i]) && keys.slice(verb + 1, i).some((k) => k === "like" || k === "als" || k === "if" || k === "wie")) return [{ start: tokens[verb].start, end: tokens[i].end, kind: "insult", reason: "judgement" }];
    // "eines Kleinkinds", "eines Praktikanten": the genitive too.
    const lowly = LOWLY[language].has(keys[i]) || (language === "de" && /(?:s|es|en)$/.test(keys[i]) && (LOWLY.de.has(keys[i].replace(/(?:es|s)$/, "")) || LOWLY.de.has(keys[i].replace(/en$/, ""))));
    if (!lowly) continue;
    // "made for children" is whom it is for, not who could have made it.
    if (keys.slice(Math.max(verb + 1, i - 3), i).some((k) => k === "for" || k === "fuer")) return [];
    const like = keys.slice(verb + 1, i).some((k) => k === "like" || k === "wie" || k === "als" || k === "if");
    return like ? [{ start: tokens[verb].start, end: tokens[i].end, kind: "insult", reason: "judgement" }] : [];
  }
  return [];
}

// Behaving: "you're acting like", "Benehmen Sie sich nicht wie", "Sie führen sich auf wie".
const BEHAVE: Record<Language, Set<string>> = {
  de: set("benehmen", "benimmst", "benehmt", "benommen", "verhalten", "verhaltet", "verhaeltst", "fuehren", "fuehrst", "fuehrt", "aufgefuehrt"),
  en: set("behave", "behaves", "behaving", "behaved", "act", "acts", "acting", "acted"),
};
// Whom the reader is likened to: a child, never an adult of the family ("like my grandma").
const CHILDISH: Record<Language, Set<string>> = {
  de: set("kind", "kinder", "kleinkind", "kleinkinder", "baby", "babys", "teenager", "trotzkopf", "schulkind", "dreijaehriger", "fuenfjaehriger", "rotzloeffel", "bengel", "goere"),
  en: set("child", "kid", "toddler", "baby", "brat", "teenager", "schoolkid", "schoolboy", "schoolgirl", "five-year-old", "three-year-old", "two-year-old", "infant", "children", "kids", "toddlers", "babies"),
};
const STOP_DOING: Record<Language, Set<string>> = { de: set("aufhoeren", "auf"), en: set("stop", "quit", "don't", "dont") };

/**
 * The reader's behaviour likened to a child's: "You're behaving like a toddler", "Stop acting
 * like a spoilt child", "Benehmen Sie sich nicht wie ein Kleinkind", "Ihr führt euch auf wie
 * Kinder". The reader is the subject or is told (an imperative); "The kids behaved like angels"
 * and "your son acted like a real pro" liken no one to a child.
 */
function readBehavesLikeChild(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding[] {
  const verb = keys.findIndex((k) => BEHAVE[language].has(k));
  if (verb < 0) return [];
  const before = keys.slice(Math.max(0, verb - 3), verb);
  // English: "you" before the verb, or the verb told ("Stop acting", "Behave"); German: the
  // reader within two words either side ("Benehmen Sie sich", "ihr führt euch auf").
  let readerSubject = language === "en" && (before.some((k) => k === "you" || k === "you're" || k === "youre" || k === "u") || verb === 0 || STOP_DOING.en.has(keys[verb - 1] ?? ""));
  if (language === "de") {
    for (let j = Math.max(0, verb - 2); j <= verb + 2 && j < keys.length; j++) {
      if ((keys[j] === "sie" && tokens[j].text === "Sie") || keys[j] === "du" || keys[j] === "ihr" || keys[j] === "euch" || keys[j] === "dich") readerSubject = true;
    }
  }
  if (!readerSubject) return [];
  // A statement denied ("You weren't acting like a child") is no rebuke; a forbidding imperative is.
  if (language === "en" && before.some((k) => k === "not" || k === "weren't" || k === "aren't" || k === "never")) return [];
  for (let i = verb + 1; i < keys.length && i <= verb + 4; i++) {
    if (keys[i] !== (language === "en" ? "like" : "wie")) continue;
    // "wie ein kleines Kind", "like a spoilt brat": an article and one adjective at most.
    for (let n = i + 1; n < keys.length && n <= i + 3; n++) {
      if (CHILDISH[language].has(keys[n])) return [{ start: tokens[verb].start, end: tokens[n].end, kind: "insult", reason: "judgement" }];
    }
    return [];
  }
  return [];
}

// Made in haste: the reader's work likened to a scribble.
const SLOPPY_MADE = set("scribbled", "thrown", "cobbled", "slapped", "knocked", "rushed", "dashed", "hingeschmiert", "hingeschludert", "zusammengeschustert", "hingerotzt", "zusammengestoppelt", "hingekritzelt", "gekritzelt", "zusammengeschmiert", "hingeklatscht");

const WORST: Record<Language, Set<string>> = {
  de: set("schlechteste", "schlechtesten", "schlechtester", "mieseste", "miesesten", "miesester", "schlimmste", "schlimmsten"),
  en: set("worst", "lousiest", "crappiest", "shoddiest", "sloppiest"),
};
// German nouns for what a business or the reader delivers: "die schlechteste Beratung".
const GERMAN_WORK = set("praesentation", "text", "entwurf", "konzept", "bericht", "schreiben", "brief", "anfrage", "beschwerde", "frage", "einwand", "vorschlag", "forderung", "reklamation", "mail", "nachricht", "argument", "argumentation", "bewertung", "kommentar", "bemerkung", "ausreden", "ausflucht", "ausfluechte", "rueckfrage", "einwaende", "behauptung", "unterstellung", "kritik", "rechnung", "kalkulation", "planung", "uebersetzung", "beratung", "service", "kundenservice", "ausrede", "antwort", "arbeit", "leistung", "firma", "werkstatt", "hotline", "idee", "begruendung", "entschuldigung", "erklaerung", "mitarbeiter", "mitarbeiterin", "kundendienst", "angebot", "support", "betreuung", "handwerker", "verwaltung", "reaktion", "pflichtenheft", "lastenheft", "vertrag", "zeichnung", "skizze", "webseite", "website", "homepage", "programm", "logo", "design", "layout", "bewerbung", "lebenslauf", "anschreiben", "buchhaltung", "abrechnung", "steuererklaerung", "formular", "antrag", "protokoll", "zusammenfassung", "tabelle", "offerte", "kostenvoranschlag", "gutachten", "stellungnahme", "vorlage", "code", "plan", "auftrag", "bestellung", "logik", "verhalten", "anliegen", "schreiben", "email", "beitrag", "rezension");

const BIGGEST: Record<Language, Set<string>> = {
  de: set("groesste", "groessten", "groesster", "groesstes", "schlimmste", "schlimmsten", "schlechteste", "schlechtesten"),
  en: set("biggest", "greatest", "worst", "largest"),
};

// Every word a reading in readJudgements starts at, but for judgement words themselves
// (judgementForm) and contractions ("you're"): verbs, exclamations, "worst", "biggest",
// "more"/"most"/"am" before a judgement word.
const JUDGEMENT_STARTS: Record<Language, Set<string>> = {
  de: new Set([...COPULAS.de, ...WORST.de, ...BIGGEST.de, "so", "was", "am", ...READER.de, "bezeichnen", ...RATE_VERBS.de, ...POINTING.de, "ergibt", "ergeben", "macht", "ernst"]),
  en: new Set([...COPULAS.en, ...WORST.en, ...BIGGEST.en, "what", "such", "what's", "whats", "your", "ur", "more", "most", "calling", ...RATE_VERBS.en, "it's", ...POINTING.en, "get", "gets", "getting", "makes", "make", "seriously"]),
};

function isContractedCopula(text: string): boolean {
  return /^(?:you|they|he|she)['’](?:re|s)$/i.test(text);
}

type Who = "reader" | "reader-person" | "none";

const SUBJECT_PREPOSITIONS: Record<Language, Set<string>> = {
  de: set("fuer", "von", "zu", "an", "bei", "mit", "auf", "ueber", "gegen", "gegenueber", "in", "wegen"),
  en: set("at", "for", "of", "from", "to", "with", "on", "in", "about", "against"),
};

/**
 * Who the verb at `v` says something about, read backwards over at most eight words to the
 * clause start: the reader ("Sie sind", "your request is", "Ihre Leute im Lager sind",
 * "Die Mietminderung, die Sie fordern, ist") or nobody we judge ("die Lieferzeit ist", "ich bin").
 */
function subjectBefore(keys: Keys, tokens: readonly Token[], prose: string, v: number, language: Language): Who {
  const text = tokens[v].text;
  if (language === "en" && isContractedCopula(text)) return /^you/i.test(text) ? "reader" : "reader-person";
  let reader = false;
  let person = false;
  // "Sie haben recht, die Lieferzeit ist absurd": a whole new subject (article and noun) between
  // a comma and the verb is the subject; the reader in the clause before is not.
  if (v >= 3 && /,/.test(between(prose, tokens, v - 3, v - 2)) && ARTICLES[language].has(keys[v - 2]) && !READER_SPEECH[language].has(keys[v - 1]) && !isReaderWord(tokens, v - 1, language) && !personNouns(language).has(keys[v - 1])) return "none";
  for (let i = v - 1; i >= 0 && i >= v - 10; i--) {
    const key = keys[i];
    // "What you sent us is unusable": the writers as object do not end the reader's clause.
    // ... nor do they inside a phrase of the subject ("Your demand for a rebuild at our cost is").
    if (SELF[language].has(key) && !SELF_OBJECTS.has(key) && !SUBJECT_PREPOSITIONS[language].has(keys[i - 1] ?? "")) return "none";
    if (NEGATIONS[language].has(key) || key === "niemand" || key === "nobody" || key === "no" || key === "one" || key === "nothing" || key === "nichts") return "none";
    // "if you think the app is rubbish": the reader thinks; the judged subject is nearer the verb.
    if (OPINION_VERBS[language].has(key) && !reader && !person) break;
    if (isReaderWord(tokens, i, language)) reader = true;
    else if (personNouns(language).has(key)) person = true;
    else if (POINTING[language].has(key) && (isWorkNoun(tokens, i + 1, language) || isWorkNoun(tokens, i + 2, language))) reader = true;
    // "Of all the proposals on my desk, yours is ...": a pronoun after a comma opens the subject.
    if (reader && i > 0 && (key === "yours" || key === "ihrer" || key === "ihres") && /,/.test(between(prose, tokens, i - 1, i))) break;
    // A verb other than the copula ends the subject ("wir finden, Ihr Vorschlag ist" still reads).
    if (i === 0) break;
    const gap = between(prose, tokens, i - 1, i);
    if (/[.;:!?]/.test(gap)) break;
  }
  // "Sie fragen zum zweiten Mal nach der Farbe; die Frage ist so überflüssig": the article and
  // a noun of what the reader said, right before the verb, after a clause with the reader as
  // subject ("Sie haben recht, die Lieferzeit ist absurd" judges no words of theirs).
  if (!reader && !person && v >= 2 && (keys[v - 2] === "die" || keys[v - 2] === "der" || keys[v - 2] === "das" || keys[v - 2] === "the") && READER_SPEECH[language].has(keys[v - 1])) {
    for (let i = 0; i < v - 2; i++) if (language === "de" ? (keys[i] === "sie" && tokens[i].text === "Sie") || keys[i] === "du" : keys[i] === "you") return "reader-person";
  }
  if (!reader && !person) return "none";
  // The pronoun itself right before the verb ("Sie sind", "you are"): a person, surely.
  return v > 0 && (keys[v - 1] === "sie" || keys[v - 1] === "du" || keys[v - 1] === "ihr" || keys[v - 1] === "you") ? "reader" : "reader-person";
}

/**
 * The reader as the subject opening the clause that ends at `and` (at most ten words back):
 * "Your reasoning ... and", "Sie ... und", "Ihre Begründung ... und". A clause opened by anything
 * else (a denial, the writers, a thing) is "none".
 */
function clauseOpeningSubject(keys: Keys, tokens: readonly Token[], prose: string, and: number, language: Language): Who {
  let start = and;
  while (start > 0 && and - start < 10 && !/[,.;:!?]/.test(between(prose, tokens, start - 1, start))) start--;
  if (start > 0 && and - start >= 10) return "none";
  const first = keys[start];
  if (language === "en" ? first === "you" : (first === "sie" && tokens[start].text === "Sie") || first === "du") return "reader";
  const possessive = language === "en" ? first === "your" : /^(?:ihr|ihre|dein|deine|euer|eure)$/.test(first) && /^\p{Lu}/u.test(tokens[start].text);
  return possessive && isWorkNoun(tokens, start + 1, language) && (language === "en" || GERMAN_WORK.has(keys[start + 1])) ? "reader-person" : "none";
}

// "it's absurd that you had to wait", "it was silly to ask": "it" stands for the clause after.
const EXTRAPOSED = set("that", "to", "how", "what", "when", "if", "for", "of");

/** "your argument" (possessive and work noun) before `it`, ending an earlier clause ("..., and it's"). */
function readerWorkBefore(tokens: readonly Token[], keys: Keys, it: number): boolean {
  for (let i = 0; i < it - 2; i++) {
    if ((keys[i] === "your" || keys[i] === "ur") && WORK_NOUNS_EN.has(keys[i + 1] ?? "") && !personNouns("en").has(keys[i + 1] ?? "")) return keys.slice(i + 2, it).some((k) => k === "and" || k === "but");
  }
  return false;
}

/** "Sind Sie ...", "bist du ...", "are you ...": the subject right after the verb. */
function subjectAfter(keys: Keys, tokens: readonly Token[], v: number, language: Language): { who: Who; next: number } | undefined {
  const next = v + 1;
  const key = keys[next];
  if (key === undefined) return undefined;
  if (language === "de" ? key === "sie" || key === "du" || key === "ihr" : key === "you" || key === "u") {
    // "Ist Ihr Angebot ..." is a possessive; "sind Sie" opens a question (verb first).
    return { who: "reader", next: next + 1 };
  }
  if (language === "de" && (key === "ihr" || key === "ihre" || key === "dein" || key === "deine") && isWorkNoun(tokens, next + 1, language)) {
    return { who: "reader-person", next: next + 2 };
  }
  return undefined;
}

function isReaderWord(tokens: readonly Token[], i: number, language: Language): boolean {
  const key = lexiconKey(tokens[i].text);
  if (!READER[language].has(key)) return false;
  if (language === "en") return true;
  // German "sie" is the reader when written "Sie" inside a sentence; "Ihr-" likewise. "sie"
  // in lower case is a third person: still someone, so it counts too, except "ihr-" in lower
  // case, which is "her" ("ihr Auto" of a third person is also a person's thing: keep).
  return true;
}

/**
 * The judgement after the verb (or after the inverted subject), over particles only:
 * "ist absurd", "ist doch lachhaft", "sind ja echt der Gipfel", "ist, mit Verlaub, kompletter
 * Blödsinn", "is frankly ridiculous", "are you honestly this slow". Undefined when a negation
 * stands between ("ist nicht absurd", "is by no means amateurish").
 */
function judgementAfter(keys: Keys, from: number, language: Language, people: boolean, tokens: readonly Token[], prose: string, coordinated = false): { last: number } | undefined {
  let limit = from + 6;
  let asideClosed = -1;
  for (let i = from; i < keys.length && i < limit; i++) {
    // "ist, gelinde gesagt, lächerlich", "is, without a doubt, the pettiest": an aside between
    // commas is read past (a denial in it ends the reading); the comma closing it opens none.
    const aside = i > 0 && i !== asideClosed + 1 ? asideEnd(keys, tokens, prose, i, language) : -1;
    if (aside >= 0) {
      asideClosed = aside;
      limit += aside - i + 1;
      i = aside;
      continue;
    }
    const key = keys[i];
    // "an Peinlichkeit kaum zu überbieten": a judgement noun made from a judgement word.
    if (language === "de" && key === "an" && isJudgementNounDe(keys[i + 1] ?? "") && (keys[i + 2] === "nicht" || keys[i + 2] === "kaum") && keys[i + 3] === "zu" && (keys[i + 4] ?? "").startsWith("ueberbiet")) return { last: i + 4 };
    // "nothing short of absurd", "nichts als Unsinn": a negation that intensifies.
    if (key === "nothing" && keys[i + 1] === "short" && keys[i + 2] === "of") {
      i += 2;
      continue;
    }
    // Set phrases of worthlessness: "unter aller Kanone", "beneath contempt", "below par", "keinen Cent wert", "taugt nichts" (read at the verb).
    const idiom = worthlessAt(keys, i);
    if (idiom >= 0) return { last: idiom };
    // "is without (a) doubt the pettiest", "ist ohne Zweifel lächerlich"
    if ((key === "without" || key === "ohne") && (keys[i + 1] === "doubt" || keys[i + 1] === "zweifel" || (keys[i + 1] === "a" && keys[i + 2] === "doubt"))) {
      i += keys[i + 1] === "a" ? 2 : 1;
      limit += 2;
      continue;
    }
    // "werden von Woche zu Woche lächerlicher", "are getting lamer by the day"
    if ((key === "von" && keys[i + 2] === "zu" && keys[i + 1] === keys[i + 3]) || (key === "by" && keys[i + 1] === "the" && /^(?:day|week|hour|minute|month)$/.test(keys[i + 2] ?? ""))) {
      i += key === "von" ? 3 : 2;
      limit += 4;
      continue;
    }
    // "yours is by far the weakest"
    if (key === "by" && keys[i + 1] === "far") {
      i++;
      continue;
    }
    // "ist für uns nutzlos", "werden jedes Mal dümmer", "get lamer every time": whom for and how often.
    if ((key === "fuer" && (keys[i + 1] === "uns" || keys[i + 1] === "mich")) || (key === "jedes" && keys[i + 1] === "mal") || ((key === "every" || key === "each") && keys[i + 1] === "time")) {
      i++;
      limit += 2;
      continue;
    }
    // "is laughably bad", "ist lächerlich schlecht": a judging degree word before a plain fault.
    if (JUDGING_DEGREE[language].has(key) && PLAIN_FAULT[language].has(keys[i + 1] ?? "")) return { last: i + 1 };
    // "is not even worth reading", "ist nicht einmal das Lesen wert": not worth the reader's time.
    const notWorth = notWorthAt(keys, i, language);
    if (notWorth >= 0) return { last: notWorth };
    if (NEGATIONS[language].has(key)) return undefined;
    // "das Allerletzte", not "das allerletzte Mal".
    if (key === "allerletzte" && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) return undefined;
    // "Sie sind echt das Letzte": the noun, capitalised after "das".
    if (language === "de" && key === "letzte" && tokens[i].text === "Letzte" && keys[i - 1] === "das" && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) return { last: i };
    const judgement = judgementAt(keys, i, language, people);
    if (judgement) {
      // "ist unverschämt teuer": a degree word before another adjective, not a judgement of it.
      const after = keys[judgement.last + 1];
      if (language === "de" && judgement.degree !== "noun" && after !== undefined && /^\p{Ll}/u.test(tokens[judgement.last + 1].text) && /(?:er|e|en|es|em)$/.test(after) === false && judgementForm(after, language, true) === undefined && !/[,.;:!?]/.test(between(prose, tokens, judgement.last, judgement.last + 1))) {
        // "zu blöd, den Aufkleber zu finden" has a comma; "unverschämt teuer" has none: skip the latter.
        // "sieht dilettantisch aus", "ist grottenschlecht gemacht": the verb's particle or participle closes the clause.
        const closing = (after === "aus" || /^ge\p{Ll}+(?:t|en)$/u.test(after)) && (judgement.last + 2 >= keys.length || /[,.;:!?]/.test(between(prose, tokens, judgement.last + 1, judgement.last + 2)));
        // A preposition after it ("so nachlässig mit fremdem Geld") names what it is about.
        if (!closing && !["zu", "und", "oder", "als", "wie", "fuer", "mit", "gegenueber", "bei", "beim", "im", "in"].includes(after)) return undefined;
      }
      if (judgement.degree === "noun" && (keys[i] === "waste") && keys[i + 1] !== "of") return undefined;
      // "Sie sind eine Null", not "Sie sind null Euro schuldig": the number before a noun.
      if (keys[i] === "null" && i + 1 < keys.length && !/[,.;:!?]/.test(between(prose, tokens, i, i + 1))) return undefined;
      return { last: judgement.last };
    }
    // "eine bodenlose Frechheit", "ein schlechter Witz": an inflected German adjective before the noun.
    // "muddled nonsense", "complete drivel": any English adjective before a judgement noun.
    const adjective = language === "de" ? /^\p{Ll}+(?:e|er|en|es|em)$/u.test(tokens[i].text) && JUDGEMENT_NOUNS.de.has(keys[i + 1] ?? "") : /^\p{Ll}+$/u.test(tokens[i].text) && JUDGEMENT_NOUNS.en.has(keys[i + 1] ?? "") && !NEGATIONS.en.has(key);
    if (!FILLERS[language].has(key) && !adjective) {
      // "ist an den Haaren herbeigezogen und albern", "is riddled with errors and, frankly,
      // pathetic": a second predicate after "and" is read once, as long as nothing before it
      // denies and the judgement closes the clause (not "and the silly error message").
      const and = coordinated ? -1 : conjunctionAfter(keys, tokens, prose, i, language);
      if (and < 0) return undefined;
      const second = judgementAfter(keys, and + 1, language, people, tokens, prose, true);
      if (!second) return undefined;
      const follower = second.last + 1;
      const closes = follower >= keys.length || /[,.;:!?]/.test(between(prose, tokens, second.last, follower)) || CONJUNCTIONS.has(keys[follower]);
      return closes ? second : undefined;
    }
    if (i + 1 < keys.length && /[.;:!?]/.test(between(prose, tokens, i, i + 1))) return undefined;
  }
  return undefined;
}

const HAPPENINGS_DE = set("zufall", "pech", "missgeschick", "missverstaendnis", "wetter", "timing", "zeitpunkt", "unfall", "versehen", "malheur", "zusammentreffen", "ding");
const HEAPS = set("load", "pile", "bunch", "heap", "haufen", "menge");

// Degree words that judge ("laughably", "lächerlich") and plain faults they make a verdict of.
const JUDGING_DEGREE: Record<Language, Set<string>> = {
  de: set("laecherlich", "erbaermlich", "peinlich", "jaemmerlich", "grottenschlecht", "unterirdisch", "haarstraeubend"),
  en: set("laughably", "pathetically", "embarrassingly", "woefully", "hopelessly", "ridiculously", "absurdly", "appallingly", "pitifully"),
};
const PLAIN_FAULT: Record<Language, Set<string>> = {
  de: set("schlecht", "falsch", "fehlerhaft", "unvollstaendig", "ungenau", "schwach", "duenn", "oberflaechlich"),
  en: set("bad", "poor", "wrong", "inaccurate", "incomplete", "sloppy", "thin", "weak", "shallow", "badly", "poorly", "written", "done"),
};
// What the reader's work is said not to be worth: "reading", "a reply", "the paper", "my time".
const WORTH_OF_TIME_EN = /^(?:reading|answering|replying|considering|discussing|opening|printing|paper|reply|answer|response|look|glance|time)$/;
const WORTH_OF_TIME_DE = /^(?:lesen|papier|antwort|blick|zeit|druckerschwaerze|beachtung)$/;

/**
 * The last word of "not (even) worth reading|the paper|my time" / "nicht (einmal) das Lesen|
 * Papier|meine Zeit wert" starting at the denial `i`, or -1. Not "not worth repairing" (advice).
 */
function notWorthAt(keys: Keys, i: number, language: Language): number {
  const key = keys[i];
  if (language === "en") {
    if (!/^(?:not|isn't|wasn't|aren't|weren't|n't)$/.test(key)) return -1;
    let j = i + 1;
    if (keys[j] === "even") j++;
    if (keys[j] !== "worth") return -1;
    for (let k = j + 1; k <= j + 3 && k < keys.length; k++) {
      if (WORTH_OF_TIME_EN.test(keys[k])) return k;
      if (!/^(?:the|a|my|our|a|second|single|even)$/.test(keys[k])) return -1;
    }
    return -1;
  }
  if (key !== "nicht") return -1;
  let j = i + 1;
  if (keys[j] === "einmal" || keys[j] === "mal") j++;
  for (let k = j; k <= j + 2 && k < keys.length - 1; k++) {
    if (WORTH_OF_TIME_DE.test(keys[k]) && keys[k + 1] === "wert") return k + 1;
    if (!/^(?:das|die|den|eine|einen|meine|unsere|einer)$/.test(keys[k])) return -1;
  }
  return -1;
}

/**
 * The last word of a set phrase of worthlessness starting at `i`, or -1: "unter aller
 * Kanone|Sau", "keinen (roten) Cent|Pfifferling wert", "nichts wert", "beneath contempt", "below
 * par", "not worth a penny" is read by its denial elsewhere.
 */
function worthlessAt(keys: Keys, i: number): number {
  const a = keys[i];
  const b = keys[i + 1];
  if (a === "unter" && b === "aller" && /^(?:kanone|sau|wuerde)$/.test(keys[i + 2] ?? "")) return i + 2;
  if ((a === "beneath" && b === "contempt") || (a === "below" && b === "par")) return i + 1;
  if (a === "unter" && b === "jeder" && keys[i + 2] === "kritik") return i + 2;
  // "zum Einschlafen", "zum Fremdschämen" (not "zum Verzweifeln", "zum Heulen": said in sympathy too)
  if (a === "zum" && /^(?:einschlafen|fremdschaemen|davonlaufen|abgewoehnen|gaehnen)$/.test(b ?? "")) return i + 1;
  if (a === "keinen" && /^(?:cent|pfifferling|heller|pfennig|euro)$/.test(b ?? "") && keys[i + 2] === "wert") return i + 2;
  if (a === "keinen" && b === "roten" && keys[i + 2] === "cent" && keys[i + 3] === "wert") return i + 3;
  if (a === "nichts" && b === "wert") return i + 1;
  // "Ihr Angebot taugt nichts": "nichts" after "taugt" is the verdict, not a denial.
  if (a === "nichts" && /^taug/.test(keys[i - 1] ?? "")) return i;
  return -1;
}

const CONJUNCTIONS = set("and", "but", "und", "aber", "or", "oder");

/**
 * The last word of an aside between commas opening at `i` ("gelinde gesagt", "without a doubt",
 * "to be blunt"), at most four words, or -1. An aside that denies is none ("ist, anders als
 * behauptet, nicht ..." is read on and stops at the denial).
 */
function asideEnd(keys: Keys, tokens: readonly Token[], prose: string, i: number, language: Language): number {
  if (!/,/.test(between(prose, tokens, i - 1, i)) || /[.;:!?]/.test(between(prose, tokens, i - 1, i))) return -1;
  for (let j = i; j < keys.length - 1 && j <= i + 3; j++) {
    if (NEGATIONS[language].has(keys[j]) && keys[j] !== "by" && keys[j] !== "far") return -1;
    const gap = between(prose, tokens, j, j + 1);
    if (/[.;:!?]/.test(gap)) return -1;
    if (/,/.test(gap)) return j;
  }
  return -1;
}

/**
 * "and"/"und" within the clause after token `i`, with no denial or clause end before it, or -1:
 * the start of a second predicate of the same subject.
 */
function conjunctionAfter(keys: Keys, tokens: readonly Token[], prose: string, i: number, language: Language): number {
  for (let j = i; j < keys.length - 1 && j <= i + 7; j++) {
    if (NEGATIONS[language].has(keys[j]) && keys[j] !== "by") return -1;
    if (j > i && /[,.;:!?]/.test(between(prose, tokens, j - 1, j))) return -1;
    if (keys[j] === "and" || keys[j] === "und") return j;
  }
  return -1;
}

const ARTICLES: Record<Language, Set<string>> = { de: set("die", "der", "das", "diese", "dieser", "dieses"), en: set("the", "this", "that") };

// What only the reader can have said or asked (not "Angebot" or "Service", which may be ours).
const READER_SPEECH: Record<Language, Set<string>> = {
  de: set("frage", "fragen", "anfrage", "rueckfrage", "beschwerde", "einwand", "einwaende", "forderung", "reklamation", "ausrede", "ausreden", "argument", "argumente", "vorschlag", "kommentar", "bemerkung", "behauptung", "unterstellung", "idee", "vorwurf", "vorwuerfe"),
  en: set("question", "questions", "request", "complaint", "objection", "demand", "demands", "excuse", "excuses", "argument", "suggestion", "proposal", "comment", "remark", "claim", "accusation", "idea"),
};

// Nouns that scorn what the reader says: after "Ihr"/"your" alone they judge ("Ihr Gejammer").
const SPEECH_SCORN: Record<Language, Set<string>> = {
  de: set("gejammer", "genoergel", "gemecker", "gezeter", "rumgeheule", "geheule", "geschwafel", "gelaber", "gesuelze", "gefasel", "geschwaetz"),
  en: set("whining", "moaning", "ranting", "drivel", "waffle", "babbling", "whingeing", "whinging", "nagging"),
};

/** Words of an exclamation ("so eine", "was für ein", "what a", "such a") starting at `i`, or 0. */
function exclamationLength(keys: Keys, i: number, language: Language): number {
  const a = keys[i];
  const b = keys[i + 1];
  if (language === "de") {
    if (a === "so" && /^ein(?:e|en|em|er)?$/.test(b ?? "")) return 2;
    if (a === "was" && b === "fuer" && /^ein(?:e|en|em|er)?$/.test(keys[i + 2] ?? "")) return 3;
    // "Was soll dieser Quatsch?", "Was sollen diese albernen Rückfragen?"
    if (a === "was" && (b === "soll" || b === "sollen") && /^(?:dies(?:e|er|es|en)?|der|die|das|den)$/.test(keys[i + 2] ?? "")) return 3;
    // "Ihr ständiges Gejammer": the reader's speech called whining.
    if (READER.de.has(a) && a !== "sie" && a !== "du" && SPEECH_SCORN.de.has(b ?? "")) return 1;
    if (READER.de.has(a) && a !== "sie" && a !== "du" && /^\p{Ll}/u.test(b ?? "") && SPEECH_SCORN.de.has(keys[i + 2] ?? "")) return 2;
    return 0;
  }
  if ((a === "what" || a === "such") && (b === "a" || b === "an")) return 2;
  // "What is this nonsense?", "what's this rubbish"
  if (a === "what" && b === "is" && (keys[i + 2] === "this" || keys[i + 2] === "that")) return 3;
  if ((a === "what's" || a === "whats") && (b === "this" || b === "that")) return 2;
  // "your constant whining", "your moaning"
  if ((a === "your" || a === "ur") && SPEECH_SCORN.en.has(b ?? "")) return 1;
  if ((a === "your" || a === "ur") && SPEECH_SCORN.en.has(keys[i + 2] ?? "")) return 2;
  return 0;
}

/** A noun naming something the reader wrote or did: German by its capital, English by the list. */
function isWorkNoun(tokens: readonly Token[], i: number, language: Language): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (language === "de") return /^\p{Lu}\p{Ll}/u.test(token.text);
  return WORK_NOUNS_EN.has(lexiconKey(token.text));
}

/** "my dumbest mistake", "the stupidest thing I did": a judgement of the writers themselves. */
function selfJudged(keys: Keys, i: number, language: Language): boolean {
  const before = keys[i - 1];
  if (before !== undefined && SELF[language].has(before)) return true;
  if (language === "en" && (before === "the" || before === "a") && SELF.en.has(keys[i - 2] ?? "")) return true;
  // "I was the dumbest", "ich war der Dümmste"
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (keys[j] === "i" || keys[j] === "ich" || keys[j] === "i'm") return true;
  return false;
}

// "I have never read a more ridiculous complaint", "Ich habe noch nie eine dümmere Ausrede
// gehört": a superlative said as never met before; the writers and the negation do not take it back.
const MET: Record<Language, Set<string>> = {
  de: set("gelesen", "gesehen", "gehoert", "bekommen", "erlebt", "erhalten", "gesehn"),
  en: set("seen", "read", "heard", "had", "received", "got", "come", "encountered", "witnessed", "seen", "met"),
};

function neverMet(keys: Keys, i: number, noun: number, language: Language): boolean {
  const never = language === "de" ? "nie" : "never";
  let n = -1;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (keys[j] === never) n = j;
  if (n < 0) return false;
  if (language === "en") return keys.slice(n + 1, i).some((k) => MET.en.has(k));
  return keys.slice(noun + 1, noun + 5).some((k) => MET.de.has(k));
}

/** "Nobody thinks you're stupid", "It's not that you're lazy": the judgement is denied. */
function deniedOpinion(keys: Keys, v: number, language: Language): boolean {
  let opinion = false;
  for (let j = v - 1; j >= 0 && j >= v - 5; j--) {
    const key = keys[j];
    if (OPINION_VERBS[language].has(key) || key === "thinks" || key === "calling" || key === "haelt") opinion = true;
    if (NEGATIONS[language].has(key) || key === "nobody" || key === "niemand" || key === "don't" || key === "doesn't") return opinion || keys[j + 1] === "that";
  }
  return false;
}

function negatedBefore(keys: Keys, i: number, language: Language): boolean {
  // "by far the dumbest" intensifies; "far from the dumbest" denies.
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (NEGATIONS[language].has(keys[j]) && keys[j] !== "by" && !(keys[j] === "far" && keys[j - 1] === "by")) return true;
  return false;
}

/** What stands between token `a` and token `b` (a < b) in the prose. */
function between(prose: string, tokens: readonly Token[], a: number, b: number): string {
  return tokens[a] && tokens[b] ? prose.slice(tokens[a].end, tokens[b].start) : "";
}

// --- Mock praise followed by the reader's failure ------------------------------------------

// Praise that opens a sentence and is cut off by a comma: "Na super,", "Bravo,", "Great job,".
const PRAISE: Record<Language, Set<string>> = {
  de: set("super", "toll", "klasse", "prima", "bravo", "glueckwunsch", "gratuliere", "gratulation", "wunderbar", "grossartig", "spitze", "wahnsinn", "perfekt", "fantastisch", "phantastisch", "herrlich", "sauber", "genial", "hervorragend", "ausgezeichnet", "bestens", "fein", "schoen", "respekt", "chapeau", "kompliment", "meisterleistung", "glanzleistung", "spitzenleistung", "glanzstueck", "meisterstueck", "sternstunde", "weltklasse", "traumhaft", "grandios", "phaenomenal", "sensationell", "wunderbar", "kino", "leiwand", "tiptop", "tipptopp", "hammer", "genuss", "vergnuegen", "beeindruckend", "bemerkenswert", "vorbildlich", "souveraen", "meisterhaft", "glaenzend", "bravouroes", "spitzenmaessig", "erstklassig", "meisterwerk", "professionell", "zuverlaessig", "ehre", "reife", "starke"),
  en: set("great", "brilliant", "wonderful", "lovely", "amazing", "fantastic", "super", "perfect", "congratulations", "congrats", "bravo", "marvellous", "marvelous", "excellent", "terrific", "splendid", "superb", "awesome", "nice", "wow", "outstanding", "impressive", "good", "well", "fabulous", "magnificent", "stellar", "top", "cheers", "sure", "remarkable", "incredible", "stunning", "exemplary", "first-class", "world-class", "top-notch", "phenomenal", "genius", "masterpiece", "professional", "reliable", "pleasure", "honour", "honor", "triumph"),
};
// Words that may come between the opener and the comma: "Na super", "Klasse Leistung",
// "Great job", "Top marks for creativity", "Amazing, truly", "Super helpful as always".
const PRAISE_EXTRA: Record<Language, Set<string>> = {
  de: set("na", "ja", "ach", "oh", "wow", "boah", "mensch", "also", "gross", "grosse", "grosses", "echt", "wirklich", "ganz", "einfach", "service", "gemacht", "was", "fuer", "kundenservice", "beratung", "herzlichen", "herzlich", "leistung", "arbeit", "job", "gemacht", "sache", "aktion", "nummer", "idee", "wie", "immer", "ein", "eine", "genuss", "freude", "vergnuegen", "danke", "vielen", "dank", "auch", "gut", "sehr", "top", "weiter", "so", "welch", "welche", "echtes", "echter", "echte", "wahres", "wahre", "wahrer", "richtiges", "richtige", "kollege", "kollegin", "reife", "starke", "hut"),
  en: set("oh", "such", "just", "really", "truly", "simply", "job", "work", "done", "one", "service", "effort", "stuff", "move", "going", "top", "marks", "for", "as", "always", "helpful", "thanks", "thank", "you", "a", "lot", "very", "so", "yeah", "sure", "creativity", "there", "well", "how", "mate", "that", "what", "kudos", "an", "real", "absolute", "true", "gold"),
};
// Ironic names for the reader: "Great job, Einstein", "Bravo, Sherlock", "Danke, Blitzmerker".
const IRONIC_NAMES: Record<Language, Set<string>> = {
  de: set("einstein", "sherlock", "genie", "genies", "blitzmerker", "schlaumeier", "schlauberger", "superhirn", "meisterdetektiv", "professor", "held", "helden", "kluger", "klugscheisser", "profi", "profis", "experte", "experten", "fachmann", "fachleute", "koryphaee", "organisationstalent"),
  en: set("einstein", "sherlock", "genius", "geniuses", "smarty", "hero", "professor", "champ", "ace", "mastermind", "wizard", "expert", "experts", "pro", "pros"),
};
// What went wrong, said after the praise: "again", "wrong", "schon wieder", "verkehrt herum",
// "zum zweiten Mal", "managed to", "no ... left". Words of failure, never of success.
const FAILURE: Record<Language, Set<string>> = {
  de: set("keine", "kein", "geschafft", "wieder", "falsch", "falsche", "falschen", "falscher", "falsches", "verkehrt", "verkehrte", "verkehrten", "vergessen", "kaputt", "zerbrochen", "beschaedigt", "defekt", "storniert", "aufgelegt", "verloren", "verpasst", "ignoriert", "verschlampt", "verbockt", "vermasselt", "verpatzt", "versaut", "geschrottet", "scherben", "scherbenhaufen", "verwechselt", "vertauscht", "warteschleife", "immer", "noch", "nie", "wiederum", "erneut", "spaet", "umsonst", "vergeblich", "statt", "anstatt", "gar", "jetzt", "zweimal", "dreimal", "viermal", "mehrmals", "zigmal", "endlich", "auch"),
  en: set("no", "more", "again", "wrong", "wrongly", "another", "managed", "forgot", "forgotten", "forget", "forgets", "lose", "loses", "ignore", "ignores", "misspelled", "misspelt", "hold", "lost", "broke", "broken", "damaged", "cancelled", "canceled", "missed", "ignored", "repeats", "repeated", "hung", "messed", "screwed", "botched", "mixed", "deleted", "still", "yet", "because", "left", "never", "nothing", "row", "worked", "late", "instead", "twice", "finally", "ignoring", "losing", "breaking", "forgetting", "deleting", "missing", "now", "break", "ruin", "ruined", "damage", "delete", "crash", "crashed", "jammed", "misplace", "misplaced", "destroyed", "wrecked", "pieces", "unsigned", "unpaid", "incomplete", "unfinished", "unusable", "flooded", "leaking", "leaks", "leaked", "double-booked", "double-charged", "overbooked", "crooked", "wonky", "fell", "collapsed", "snapped", "cracked", "scratched", "dented", "soaked"),
};
// "immer noch", "noch nie", "in a row" count only as pairs. Plain negations ("nicht", "not")
// are no failure: "Super, dann sehen wir uns nicht am Dienstag, sondern am Mittwoch".
const NO_ANSWER = set("antwort", "reaktion", "rueckmeldung", "rueckruf", "lieferung", "paket", "reply", "answer", "response", "callback", "delivery", "parcel", "refund", "erstattung");
const FAILURE_NEEDS_PAIR = new Set(["keine", "kein", "no", "more", "geschafft", "endlich", "finally", "auch", "immer", "noch", "nie", "gar", "jetzt", "yet", "still", "left", "never", "nothing", "row", "worked", "because", "another", "now", "hold"]);
// Failure words that inflect: "kaputter", "falschen", "verkehrtes".
const FAILURE_STEMS: Record<Language, string[]> = {
  de: ["kaputt", "falsch", "verkehrt", "beschaedigt", "zerbroch", "schief", "undicht", "tropft", "ueberschwemm", "klemmt", "abgefallen", "heruntergefallen", "runtergefallen", "eingestuerzt", "abgebrochen", "zerkratzt", "verbeult", "ueberbucht", "verschwitzt", "verlor", "verlier", "vergess", "vergiss", "ignorier", "verpass", "verschlamp", "vermassel", "verbock", "verpatz", "verwechsel", "vertausch", "stornier", "zerstoer", "verschwunden", "verbummel", "verschusselt"],
  en: [],
};

/**
 * Mock praise: a sentence that opens with praise cut off by a comma (or "!" or ":"), then names
 * the reader's failure: "Na super, jetzt ist die Bestellung zum zweiten Mal storniert", "Great
 * job, Einstein, you reset the wrong password again". Genuine praise ("Bravo, die Messe war ein
 * voller Erfolg!") names no failure and stays silent. `next` is the following sentence's tokens,
 * for a praise that stands alone ("Na toll. Jetzt ist sie wieder kaputt.").
 */
function readSarcasm(tokens: readonly Token[], keys: Keys, prose: string, language: Language, next: readonly Token[] | undefined): ClauseFinding[] {
  let i = impersonalOpener(keys, language);
  const first = i;
  let praised = false;
  let ironicName = false;
  while (i < keys.length && i < first + 5) {
    const key = keys[i];
    if (isPraise(key, language, keys[i - 1])) praised = true;
    else if (!PRAISE_EXTRA[language].has(key) && !(i > 0 && IRONIC_NAMES[language].has(key)) && !(i === 0 && (key === "another" || key === "noch")) && !(praised && praisedOwner(tokens, keys, i, language))) break;
    if (IRONIC_NAMES[language].has(key)) ironicName = true;
    i++;
    const gap = between(prose, tokens, i - 1, i);
    // "Great, just great, ...", "Toll, echt toll, ...": the praise echoed is still the opener.
    if (praised && /,/.test(gap) && /^(?:just|really|truly|einfach|echt|ganz|wirklich)$/.test(keys[i] ?? "") && isPraise(keys[i + 1] ?? "", language) && /,/.test(between(prose, tokens, i + 1, i + 2))) {
      i += 2;
      break;
    }
    if (praised && /[,:!–—]/.test(gap)) break;
    if (i < keys.length && /[.;?]/.test(gap)) return [];
  }
  if (!praised || i === 0) {
    const genius = ironicPredicate(tokens, keys, language);
    if (genius) return [genius];
    return [
      ...trailingPraise(tokens, keys, prose, language),
      ...ironicJa(tokens, keys, language),
      ...mockThanks(tokens, keys, language),
      ...mockKindness(tokens, keys, language),
      ...mockSurprise(tokens, keys, prose, language, next),
      ...mockPatience(tokens, keys, prose, language),
      ...goodToKnowFailure(tokens, keys, language),
      ...mockScore(tokens, keys, language),
      ...outdoneByFailure(tokens, keys, prose, language),
      ...slowPraisedFast(tokens, keys, language),
      ...mockLove(tokens, keys, language),
      ...thanksForPraisedFailure(tokens, keys, prose, language),
      ...lateKindness(tokens, keys, language),
      ...impressedByFailure(tokens, keys, language),
      ...praisedThenFailed(tokens, keys, prose, language),
      ...praiseAfterColon(tokens, keys, prose, language, next),
    ];
  }
  // "Eine Meisterleistung unserer Techniker: ...", "Great work by our team, ...": the writers' own people praised.
  if (i < keys.length && (SELF[language].has(keys[i]) || (/^(?:by|of|from|von)$/.test(keys[i]) && SELF[language].has(keys[i + 1] ?? "")))) return [];
  const opener = { start: tokens[0].start, end: tokens[i - 1].end };
  // An ironic name right after the praise: "Great job, Einstein," "Bravo, Sherlock,".
  if (IRONIC_NAMES[language].has(keys[i] ?? "") && /^[,!]/.test(between(prose, tokens, i, i + 1).trim() || ",")) ironicName = true;
  const rest = i < keys.length ? keys.slice(i) : (next ?? []).map((token) => lexiconKey(token.text));
  if (ironicName || hasFailure(rest, language)) return [{ start: opener.start, end: opener.end, kind: "condescension", reason: "sarcasm" }];
  // "Wie schön, dass Sie doch noch Zeit gefunden haben", "Good of you to show up at last",
  // "How nice of you to finally remember us" (the kindness word is also a praise word).
  const late = lateKindness(tokens, keys, language);
  if (late.length > 0) return late;
  const kindness = mockKindness(tokens, keys, language);
  return kindness.length > 0 ? kindness : goodToKnowFailure(tokens, keys, language);
}

const CONCESSIVE = set("although", "though", "even", "despite", "obwohl", "auch", "trotz", "selbst", "wenn", "but", "aber");

// Praise said of what the reader runs: "second to none", "unübertroffen", "flawless".
const PRAISE_PREDICATE = set("unuebertroffen", "makellos", "einwandfrei", "flawless", "impeccable", "unbeatable", "unschlagbar");

/**
 * The reader's own thing praised, then, after a comma, its plain failure: "Your quality control
 * is second to none, the lid doesn't even fit", "Ihre Qualitätskontrolle ist wirklich
 * unübertroffen, der Deckel passt nicht einmal". Only a failure that cannot be good news counts.
 */
function praisedThenFailed(tokens: readonly Token[], keys: Keys, prose: string, language: Language): ClauseFinding[] {
  const owner = keys.findIndex((k, i) => i <= 2 && (readerPossessiveAt(tokens, keys, i, language) || (language === "en" ? k === "you" : k === "sie" && tokens[i].text === "Sie")));
  if (owner < 0) return [];
  const verb = keys.findIndex((k, i) => i > owner && i <= owner + 3 && COPULAS[language].has(k));
  if (verb < 0) return [];
  for (let i = verb + 1; i < keys.length - 1 && i <= verb + 4; i++) {
    const praised = isPraise(keys[i], language) || PRAISE_PREDICATE.has(keys[i]) || (keys[i] === "second" && keys[i + 1] === "to" && keys[i + 2] === "none");
    if (!praised) continue;
    const last = keys[i] === "second" ? i + 2 : i;
    if (last + 1 >= keys.length || !/[,:;–—]/.test(between(prose, tokens, last, last + 1))) return [];
    // "..., although the part was damaged", "..., leider kam es beschädigt an": sincere, with a concession.
    const rest = keys.slice(last + 1);
    if (CONCESSIVE.has(rest[0]) || rest.some((k) => APOLOGY.has(k))) return [];
    return hasStrongFailure(rest, language) ? [{ start: tokens[owner].start, end: tokens[last].end, kind: "condescension", reason: "sarcasm" }] : [];
  }
  return [];
}

/**
 * "It's amazing how you ...", "Es ist beeindruckend, wie Sie ...": the words before praise that
 * is followed by "how"/"wie" (and so reads on to what the reader did), or 0.
 */
function impersonalOpener(keys: Keys, language: Language): number {
  const skip = language === "en" ? (keys[0] === "it's" || keys[0] === "its" ? 1 : keys[0] === "it" && keys[1] === "is" ? 2 : 0) : keys[0] === "es" && keys[1] === "ist" ? 2 : 0;
  if (skip === 0) return 0;
  for (let j = skip; j <= skip + 2 && j < keys.length - 1; j++) if (isPraise(keys[j], language) && keys[j + 1] === (language === "en" ? "how" : "wie")) return skip;
  return 0;
}

/**
 * Whose work the praise names: "Another masterpiece from your warehouse:", "Eine Meisterleistung
 * Ihrer Buchhaltung:", "Such a pleasure dealing with you,". `i` is a word after the praise.
 */
function praisedOwner(tokens: readonly Token[], keys: Keys, i: number, language: Language): boolean {
  const key = keys[i];
  if (/^(?:from|of|von|dealing|working|with|mit)$/.test(key)) return true;
  if (readerPossessiveAt(tokens, keys, i, language) || (language === "en" ? key === "you" : key === "ihnen" && tokens[i].text === "Ihnen")) return true;
  // the noun after the reader's possessive
  return readerPossessiveAt(tokens, keys, i - 1, language);
}

// "You really are an organisational genius: ordered twice, cancelled twice": the reader called
// a genius, and the sentence goes on to the failure.
function ironicPredicate(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding | undefined {
  for (let i = 0; i + 1 < keys.length && i <= 3; i++) {
    const reader = language === "de" ? keys[i] === "sie" || keys[i] === "du" : keys[i] === "you";
    if (!reader) continue;
    const verb = keys.findIndex((k, j) => j > i && j <= i + 3 && COPULAS[language].has(k));
    if (verb < 0) return undefined;
    for (let j = verb + 1; j < keys.length && j <= verb + 5; j++) {
      if (!IRONIC_NAMES[language].has(keys[j])) continue;
      return hasFailure(keys.slice(j + 1), language) ? { start: tokens[i].start, end: tokens[j].end, kind: "condescension", reason: "sarcasm" } : undefined;
    }
    return undefined;
  }
  return undefined;
}

// What the reader did, as a German participle closing the clause: "hinbekommen", "gemacht".
const DONE = set("geleistet", "hinbekommen", "hingekriegt", "gemacht", "geloest", "gemeistert", "organisiert", "erledigt", "geregelt", "umgesetzt", "gehandhabt");

/**
 * German irony with "ja": the reader, "ja", praise, and what they did: "Das haben Sie ja wieder
 * großartig hinbekommen", "Da hast du ja toll organisiert". The particle turns the praise round;
 * without it ("Sie haben das toll gemacht") the praise stands.
 */
function ironicJa(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding[] {
  if (language !== "de") return [];
  const ja = keys.indexOf("ja");
  if (ja < 1) return praisedDoneThenFailure(tokens, keys);
  if (!keys.slice(0, ja).some((k) => k === "sie" || k === "du" || k === "ihr")) return [];
  for (let i = ja + 1; i < keys.length && i <= ja + 3; i++) {
    // "ganze Arbeit geleistet": thoroughness praised.
    if (!isPraise(keys[i], language) && !(keys[i] === "ganze" && keys[i + 1] === "arbeit")) continue;
    const done = keys.slice(i + 1).some((k) => DONE.has(k));
    return done ? [{ start: tokens[ja].start, end: tokens[i].end, kind: "condescension", reason: "sarcasm" }] : [];
  }
  return [];
}

/**
 * Without "ja", praise of what the reader did is irony when the sentence goes on to the
 * failure: "Das haben Sie wirklich toll hinbekommen, jetzt geht gar nichts mehr".
 */
function praisedDoneThenFailure(tokens: readonly Token[], keys: Keys): ClauseFinding[] {
  const reader = keys.findIndex((k) => k === "sie" || k === "du" || k === "ihr");
  if (reader < 0) return [];
  for (let i = reader + 1; i < keys.length && i <= reader + 4; i++) {
    if (!isPraise(keys[i], "de")) continue;
    const done = keys.findIndex((k, j) => j > i && j <= i + 3 && DONE.has(k));
    if (done < 0 || !hasFailure(keys.slice(done + 1), "de")) return [];
    return [{ start: tokens[i].start, end: tokens[done].end, kind: "condescension", reason: "sarcasm" }];
  }
  return [];
}

// Thanks for a failure of the reader's: "Thanks so much for losing my order", "Danke, dass Sie
// meine Bestellung verloren haben". The failure is the reader's act (a gerund after "for", a
// clause with the reader as subject after "dass"); "Thanks for letting us know the parcel was
// damaged" thanks for the news, and "Danke für den Hinweis, dass das Paket beschädigt ankam" too.
const FAILING_EN = set("losing", "ignoring", "breaking", "wiping", "erasing", "flooding", "scratching", "denting", "smashing", "dropping", "crashing", "shredding", "overbilling", "wasting", "ruining", "deleting", "forgetting", "cancelling", "canceling", "nothing", "messing", "screwing", "botching", "misplacing", "overcharging", "double-charging", "hanging", "wrecking", "damaging", "missing");
const THANKS_FILLERS_EN = set("so", "much", "a", "lot", "bunch", "million", "heaps", "loads", "ton", "tons", "very", "again", "really", "once", "as", "always", "you", "for", "on", "ever");

// Thanks for telling us something: the news may be bad ("Thanks for letting us know the parcel
// was damaged"), the thanks are sincere.
const REPORTING_EN = /^(?:letting|telling|informing|reporting|notifying|pointing|flagging|mentioning|sharing|explaining|alerting|raising|bringing|keeping|getting|writing|reaching|contacting|calling|asking|checking|confirming|providing)$/;

const REPORTING_DE = /^(?:hingewiesen|informiert|mitgeteilt|gemeldet|gesagt|geschrieben|berichtet|aufmerksam|bescheid|gewarnt|erinnert|benachrichtigt)$/;
const ORDINAL_ADJ_DE = /^(?:zweit|dritt|viert|fuenft|erneut|wiederholt|naechst|x-t|zigst)e[nrs]?$/;

/** The deed itself done wrong, not news about a thing: "back unsigned again", "four weeks to answer", "the wrong size". */
function wrongDeed(rest: Keys): boolean {
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i];
    if (key === "wrong" || key === "unsigned" || key === "unpaid" || key === "incomplete" || key === "unfinished" || key === "twice") return true;
    if (LONG_SPANS.has(key) && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)$/.test(rest[i - 1] ?? "")) return true;
  }
  return false;
}

/** A failure without the words that also say good news ("again", "managed", "wieder"). */
function hasStrongFailure(keys: Keys, language: Language): boolean {
  return hasFailure(keys, language, true);
}

function mockThanks(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding[] {
  if (language === "en") {
    const thanks = keys.findIndex((k, j) => k === "thanks" || k === "thank" || k === "kudos" || k === "congratulations" || k === "congrats" || k === "props" || k === "bravo" || k === "congratulate" || k === "applaud" || (k === "off" && keys[j - 1] === "hats"));
    if (thanks < 0) return [];
    let i = thanks + 1;
    let sawFor = false;
    // "I applaud your talent for ...", "Hats off to you for ...": the reader named before "for".
    if (keys[i] === "your" || (keys[i] === "to" && keys[i + 1] === "you")) {
      const forAt = keys.findIndex((k, j) => j > i && j <= i + 4 && k === "for");
      if (forAt < 0 || keys.some((k) => APOLOGY.has(k))) return [];
      const key = keys[forAt + 1] ?? "";
      return FAILING_EN.has(key) ? [{ start: tokens[thanks].start, end: tokens[forAt + 1].end, kind: "condescension", reason: "sarcasm" }] : [];
    }
    while (i < keys.length && i <= thanks + 6 && THANKS_FILLERS_EN.has(keys[i])) {
      if (keys[i] === "for" || keys[i] === "on") sawFor = true;
      i++;
    }
    if (!sawFor) return [];
    const key = keys[i] ?? "";
    // "keeping me waiting", "making me wait", "sending the wrong part", "sending the contract back
    // unsigned again", "taking four weeks to answer": any act whose rest is a plain failure.
    const failing = FAILING_EN.has(key) || (key.endsWith("ing") && !REPORTING_EN.test(key) && wrongDeed(keys.slice(i + 1))) || ((key === "keeping" || key === "making" || key === "leaving") && /^wait/.test(keys[i + 2] ?? "")) || (/^(?:sending|shipping|delivering|giving)$/.test(key) && keys.slice(i + 1, i + 4).includes("wrong"));
    // "Thanks for sending the wrong part back to us": the reader returned it, as asked.
    // ("sending the contract back unsigned again" is still the reader's failure).
    const returned = /^(?:sending|shipping|bringing|posting)$/.test(key) && keys.slice(i + 1).includes("back") && !keys.slice(i + 1).some((k) => /^(?:unsigned|unpaid|incomplete|unfinished|again)$/.test(k));
    return failing && !returned ? [{ start: tokens[thanks].start, end: tokens[i].end, kind: "condescension", reason: "sarcasm" }] : [];
  }
  const thanks = keys.findIndex((k) => k === "danke" || k === "dank" || k === "dankeschoen");
  if (thanks < 0) return [];
  // "Danke für die dritte falsche Lieferung", "Vielen Dank für den kaputten Router": thanks for
  // a thing that is itself the failure ("Danke für den Hinweis auf die falsche Rechnung" thanks
  // for the news: the failure is not the first thing named).
  const forAt = keys.indexOf("fuer", thanks);
  if (forAt > 0 && forAt <= thanks + 3 && /^(?:die|den|das|dem|diese|diesen|dieses|ihre|ihren|ihr)$/.test(keys[forAt + 1] ?? "")) {
    for (let j = forAt + 2; j <= forAt + 3 && j < keys.length; j++) {
      // "Danke für die falsche Ware, die Sie zurückgeschickt haben": the reader returned it.
      const returned = keys.some((k) => /^(?:zurueck|retour)/.test(k) || APOLOGY.has(k));
      if (!returned && /^(?:falsch|kaputt|defekt|beschaedigt|verspaetet|unvollstaendig)/.test(keys[j]) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? "")) {
        return [{ start: tokens[thanks].start, end: tokens[j + 1].end, kind: "condescension", reason: "sarcasm" }];
      }
      if (!ORDINAL_ADJ_DE.test(keys[j])) break;
    }
  }
  // "Danke für nichts", "Vielen Dank für gar nichts"
  const fuer = keys.indexOf("fuer", thanks);
  if (fuer > 0 && fuer <= thanks + 3 && (keys[fuer + 1] === "nichts" || (keys[fuer + 1] === "gar" && keys[fuer + 2] === "nichts"))) {
    return [{ start: tokens[thanks].start, end: tokens[keys[fuer + 1] === "gar" ? fuer + 2 : fuer + 1].end, kind: "condescension", reason: "sarcasm" }];
  }
  const dass = keys.indexOf("dass", thanks);
  if (dass < 0 || dass > thanks + 4 || !["sie", "du", "ihr"].includes(keys[dass + 1] ?? "")) return [];
  const rest = keys.slice(dass + 2);
  // "Danke, dass Sie uns auf den Fehler hingewiesen haben": thanks for the news, however bad.
  if (rest.some((k) => REPORTING_DE.test(k))) return [];
  const waiting = rest.some((k, j) => k === "warten" && (rest[j + 1] === "lassen" || rest[j + 1] === "gelassen" || rest[j + 1] === "liessen"));
  return waiting || hasFailure(rest, language) ? [{ start: tokens[thanks].start, end: tokens[dass + 1].end, kind: "condescension", reason: "sarcasm" }] : [];
}

// Apologies in the rest of the sentence: the writers report their own failure ("Danke für Ihre
// tolle Geduld, leider ist die Lieferung wieder verspätet"), which is no sneer.
const APOLOGY = set("leider", "entschuldigen", "entschuldigung", "bedauern", "bedaure", "sorry", "unfortunately", "apologies", "apologise", "apologize", "regret", "afraid");
const THANKS_WORDS = set("danke", "dank", "thanks", "thank");

/**
 * Thanks for something praised, then the failure after the comma: "Vielen Dank auch für die tolle
 * Beratung, die Waschmaschine läuft immer noch nicht", "Thanks for the wonderful service, my
 * order is lost again". Plain thanks ("Danke für Ihre Mail, ...") praise nothing and stay silent.
 */
function thanksForPraisedFailure(tokens: readonly Token[], keys: Keys, prose: string, language: Language): ClauseFinding[] {
  const thanks = keys.findIndex((k, i) => i <= 2 && THANKS_WORDS.has(k));
  if (thanks < 0) return [];
  for (let i = thanks + 1; i < keys.length && i <= thanks + 6; i++) {
    if (!isPraise(keys[i], language) || keys[i] === "good" || keys[i] === "well" || keys[i] === "nice") continue;
    // The praised thing ends the clause within two words: "tolle Beratung,", "great service:".
    for (let j = i + 1; j < keys.length - 1 && j <= i + 2; j++) {
      if (!/[,:;–—]/.test(between(prose, tokens, j, j + 1))) continue;
      const rest = keys.slice(j + 1);
      if (rest.some((k) => APOLOGY.has(k)) || !hasFailure(rest, language)) return [];
      return [{ start: tokens[thanks].start, end: tokens[j].end, kind: "condescension", reason: "sarcasm" }];
    }
    return [];
  }
  return [];
}

// Contact the reader owes the writers: answering, calling back, turning up.
const CONTACT: Record<Language, Set<string>> = {
  de: set("melden", "meldet", "gemeldet", "antworten", "antwortet", "geantwortet", "zurueckrufen", "zurueckgerufen", "reagieren", "reagiert", "zeit", "bequemen", "bequemt", "ruehren", "ruehrt", "erscheinen", "auftauchen", "aufzutauchen", "blicken", "zurueckzurufen", "zurueckmelden", "rueckmeldung", "antwort"),
  en: set("back", "reply", "replied", "respond", "responded", "answer", "answered", "show", "showed", "turn", "turned", "call", "called", "ring", "rang", "time", "bother", "bothered", "join", "grace", "write", "wrote", "email", "emailed", "return", "returned", "reach", "reached", "contact"),
};
const LATE_MARKERS: Record<Language, Set<string>> = { de: set("endlich", "auch", "doch", "nach"), en: set("finally", "last", "eventually", "after") };
const KIND_OPENERS = set("wie", "sehr", "so", "how", "oh", "really", "very", "echt", "ach", "na", "too", "ganz");

/**
 * Kindness or gladness about the reader's late contact: "Nett, dass Sie nach drei Wochen auch mal
 * antworten", "Wie schön, dass Sie doch noch Zeit gefunden haben", "Nice of you to finally get
 * back to me", "Glad you could finally make time for us". Lateness ("endlich", "auch mal", "doch
 * noch", "finally", "at last", "after three weeks") and contact (answering, calling, turning
 * up) are both needed: "Schön, dass Sie sich melden!" and "Glad you finally found a flat" stay silent.
 */
function lateKindness(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding[] {
  let k = 0;
  while (k < 2 && KIND_OPENERS.has(keys[k] ?? "")) k++;
  const kind = keys[k] ?? "";
  if (!KIND[language].has(kind) && kind !== "glad") return [];
  let late = -1;
  let contact = -1;
  for (let i = k + 1; i < keys.length && i <= k + 14; i++) {
    const key = keys[i];
    const next = keys[i + 1] ?? "";
    if (LATE_MARKERS[language].has(key)) {
      const isLate =
        key === "endlich" || key === "finally" || key === "eventually" ||
        (key === "auch" && (next === "mal" || next === "schon" || next === "einmal")) ||
        (key === "doch" && next === "noch") ||
        (key === "last" && keys[i - 1] === "at") ||
        ((key === "nach" || key === "after") && keys.slice(i + 1, i + 4).some((w) => LONG_SPANS.has(w)));
      if (isLate) late = i;
    }
    if (CONTACT[language].has(key) && (key !== "back" || keys[i - 1] === "get" || keys[i - 1] === "getting" || keys[i - 1] === "come" || keys[i - 1] === "write")) contact = i;
  }
  if (late < 0 || contact < 0 || keys.some((w, i) => i > k && GOOD_NEWS[language].has(w) && w !== "online" && w !== "erreichbar")) return [];
  return [{ start: tokens[0].start, end: tokens[Math.max(late, contact)].end, kind: "condescension", reason: "sarcasm" }];
}

/** Mock praise that opens the clause after a colon or dash: "Ich habe Ihr Angebot angeschaut: ein echtes Meisterwerk – nur die Preise stimmen nicht". */
function praiseAfterColon(tokens: readonly Token[], keys: Keys, prose: string, language: Language, next: readonly Token[] | undefined): ClauseFinding[] {
  for (let c = 2; c < keys.length - 2; c++) {
    if (!colonAfter(prose, tokens, c - 1)) continue;
    if (!keys.slice(c, c + 4).some((k, j) => isPraise(k, language, keys[c + j - 1]))) return [];
    const found = readSarcasm(tokens.slice(c), keys.slice(c), prose, language, next);
    return found.filter((f) => f.reason === "sarcasm");
  }
  return [];
}

// --- Mock surprise at the reader's failure ---------------------------------------------------

// "Who would have thought ...", "What a shock, ...", "Überraschung! ...", "Wer hätte das gedacht:
// ...": surprise feigned at a failure the writers say they expected. Sincere surprise names no
// failure ("What a surprise to hear from you!") or a failure of no one's ("Who would have thought
// the storm would break the fence?"); the mock one names the reader or a repetition.
const SURPRISE_NOUNS = set("surprise", "shock", "shocker", "shocking", "ueberraschung", "ueberraschend", "wunder", "schock");
const SURPRISE_THINK = set("thought", "guessed", "expected", "imagined", "known", "predicted", "gedacht", "geahnt", "erwartet", "vermutet", "gewusst");
const SURPRISE_TRIGGERS = [...SURPRISE_NOUNS, "thought", "guessed", "expected", "imagined", "predicted", "gedacht", "geahnt", "erwartet", "vermutet"];
const SURPRISE_OPENERS = set("oh", "ach", "na", "tja", "well", "wow", "what", "was", "fuer", "eine", "welch", "welche", "a", "quelle", "wie", "big", "huge", "grosse", "news");
const SYMPATHY = set("must", "must've", "muss", "musste", "sorry", "leid", "mitgefuehl", "poor", "arme");
// Repetition and habit: "again", "still", "as usual", "schon wieder", "wie immer".
const REPEATED: Record<Language, Set<string>> = {
  de: set("wieder", "erneut", "wiederum", "immer", "abermals", "zweimal", "dreimal", "mal"),
  en: set("again", "still", "usual", "always", "twice", "another", "more"),
};

/** Where the surprise opener ends (its last token), or -1. */
function surpriseOpenerEnd(keys: Keys, language: Language): number {
  // "Who would have thought", "Who'd have guessed", "Wer hätte das gedacht", "Wer hätte gedacht"
  if (keys[0] === "who" || keys[0] === "who'd" || keys[0] === "wer") {
    for (let i = 1; i <= 4 && i < keys.length; i++) if (SURPRISE_THINK.has(keys[i])) return i;
    return -1;
  }
  // "What a surprise", "Surprise, surprise", "Überraschung", "Was für eine Überraschung", "Oh Wunder"
  for (let i = 0; i <= 4 && i < keys.length; i++) {
    const key = keys[i];
    if (SURPRISE_NOUNS.has(key)) {
      if (key === "wunder" && keys[i - 1] !== "oh" && keys[i - 1] !== "o") return -1;
      return keys[i + 1] === key || (keys[i + 1] === "news" && key === "shocking") ? i + 1 : i;
    }
    if (!SURPRISE_OPENERS.has(key)) return -1;
  }
  return -1;
}

function readerIn(tokens: readonly Token[], keys: Keys, from: number, language: Language): boolean {
  for (let i = from; i < keys.length; i++) {
    if (!READER[language].has(keys[i])) continue;
    // German "sie"/"ihr" in lower case are a third person.
    if (language === "en" || /^\p{Lu}/u.test(tokens[i].text) || /^(?:du|dir|dich|dein|euch|eu)/.test(keys[i])) return true;
  }
  return false;
}

function mockSurprise(tokens: readonly Token[], keys: Keys, prose: string, language: Language, next: readonly Token[] | undefined): ClauseFinding[] {
  const end = surpriseOpenerEnd(keys, language);
  if (end < 0) return [];
  // The failure follows in the clause, or in the next sentence when the surprise stands alone ("Überraschung!").
  const alone = end === keys.length - 1;
  if (alone && !next) return [];
  const restTokens = alone ? next! : tokens.slice(end + 1);
  const rest = alone ? restTokens.map((token) => lexiconKey(token.text)) : keys.slice(end + 1);
  // "What a surprise to hear from you", "Überraschung für die Kinder": the surprise has an object; no failure.
  // Sympathy ("What a shock it must have been for you") and good news ("dass Sie schon wieder gewinnen") are sincere.
  if (rest.some((k, j) => APOLOGY.has(k) || SYMPATHY.has(k) || (GOOD_NEWS[language].has(k) && !WEAK_DENIALS.has(rest[j - 1] ?? "")))) return [];
  const denied = rest.some((k) => WEAK_DENIALS.has(k));
  // The reader, nobody doing what the reader owes ("nobody called back"), or a repetition of
  // something not done ("still hasn't arrived", "wieder nicht angekommen").
  const aimed = readerIn(restTokens, rest, 0, language) || rest.some((k) => k === "nobody" || k === "niemand" || (denied && REPEATED[language].has(k)));
  if (!aimed) return [];
  const failed = hasStrongFailure(rest, language) || (hasFailure(rest, language) && denied);
  return failed ? [{ start: tokens[0].start, end: tokens[end].end, kind: "condescension", reason: "sarcasm" }] : [];
}

// --- Mock patience and mock encouragement ---------------------------------------------------

/** The last token of an opener of patience ("Take your time", "No rush", "Lassen Sie sich ruhig Zeit", "Nur keine Eile", "Kein Stress") or of encouragement ("Keep it up", "Weiter so", "Machen Sie (nur) so weiter"), or -1. */
function patienceOpenerEnd(keys: Keys, language: Language): { end: number; encouraging: boolean } | undefined {
  let i = 0;
  while (i < 2 && /^(?:sure|oh|oh,|yeah|well|ok|okay|klar|na|ach|ja|nur|ganz)$/.test(keys[i] ?? "")) i++;
  const a = keys[i];
  const b = keys[i + 1];
  if (language === "en") {
    if (a === "take" && b === "your" && keys[i + 2] === "time") return { end: i + 2, encouraging: false };
    if (a === "no" && (b === "rush" || b === "hurry")) return { end: i + 1, encouraging: false };
    if (a === "keep" && (b === "it" || b === "this") && keys[i + 2] === "up") return { end: i + 2, encouraging: true };
    if (a === "keep" && b === "up" && keys[i + 2] === "the") return { end: i + 4, encouraging: true };
    return undefined;
  }
  if (a === "lassen" && b === "sie" && keys[i + 2] === "sich") {
    const zeit = keys.findIndex((k, j) => j > i + 2 && j <= i + 5 && k === "zeit");
    return zeit > 0 ? { end: zeit, encouraging: false } : undefined;
  }
  if ((a === "keine" && b === "eile") || (a === "kein" && b === "stress")) return { end: i + 1, encouraging: false };
  if (a === "weiter" && b === "so") return { end: i + 1, encouraging: true };
  if (a === "machen" && b === "sie" && keys.slice(i + 2, i + 5).includes("weiter")) return { end: keys.indexOf("weiter", i + 2), encouraging: true };
  return undefined;
}

/**
 * Patience feigned after a long wait ("Take your time, it's only been three weeks", "Lassen Sie
 * sich ruhig Zeit, sind ja erst drei Wochen", "No rush, it's only my wedding dress") and
 * encouragement towards a loss ("Weiter so, dann haben Sie bald keine Kunden mehr", "Keep it up and
 * you won't have any customers left"). A wait still to come ("die Frist läuft erst in drei Wochen
 * ab"), plain reassurance ("Take your time, there is no rush") and good losses ("keine Probleme
 * mehr") stay silent.
 */
function mockPatience(tokens: readonly Token[], keys: Keys, prose: string, language: Language): ClauseFinding[] {
  const opener = patienceOpenerEnd(keys, language);
  if (!opener) return [];
  const rest = keys.slice(opener.end + 1);
  let mocked = false;
  if (opener.encouraging) {
    // "keine Kunden mehr", "no customers left", "won't have any customers left"
    const lost = rest.findIndex((k, j) => (k === "keine" || k === "kein" || k === "no" || k === "any") && (rest.slice(j + 1, j + 4).includes("mehr") || rest.slice(j + 1, j + 4).includes("left")));
    // The loss is a consequence still to come ("dann ... bald", "and you won't"); "seit dem
    // Update keine Abstürze mehr" reports a change already made, which is praise.
    const toCome = rest.slice(0, Math.max(lost, 0)).some((k) => CONSEQUENCE.has(k) || k.endsWith("'ll"));
    mocked = lost >= 0 && toCome && !NONE_IS_GOOD.has(rest[lost + 1] ?? "") && !/^(?:sorgen|worries|fehler|mistakes|errors|schulden|debts)$/.test(rest[lost + 1] ?? "");
  } else {
    for (let j = 1; j < rest.length; j++) {
      // A wait already past: "only been three weeks", "a month ago", "sind ja erst drei Wochen", "seit drei Wochen".
      if (LONG_SPANS.has(rest[j]) && /^(?:\d+|a|one|two|three|four|five|six|several|einen|einem|zwei|drei|vier|fuenf|sechs|mehreren|mehrere)$/.test(rest[j - 1])) {
        const before = rest.slice(Math.max(0, j - 4), j - 1);
        if (before.includes("in") || before.includes("until") || before.includes("bis")) break;
        if (before.some((k) => k === "been" || k === "erst" || k === "seit" || k === "schon" || k === "since") || rest[j + 1] === "ago" || rest[j + 1] === "her") mocked = true;
      }
      // "it's only my wedding dress", "ist ja nur mein Hochzeitskleid", "es geht ja nur um meine Hochzeit"
      if ((rest[j] === "only" || rest[j] === "just" || (rest[j] === "nur" && rest[j - 1] === "ja")) && rest.slice(j + 1, j + 3).some((k) => /^(?:my|mein|meine|meinen|meinem|meiner)$/.test(k))) mocked = true;
    }
  }
  if (!mocked || rest.some((k) => APOLOGY.has(k))) return [];
  return [{ start: tokens[0].start, end: tokens[opener.end].end, kind: "condescension", reason: "sarcasm" }];
}

/**
 * "Good to know that your promises are worth nothing", "Gut zu wissen, dass Ihre Versprechen
 * nichts wert sind": gladness at a failure of the reader's. "Good to know your parcel arrived",
 * "Gut zu wissen, dass Ihr Auto nicht beschädigt wurde" (a failure denied) stay silent.
 */
function goodToKnowFailure(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding[] {
  const opener = keys.findIndex((k, i) => i <= 2 && /^(?:good|nice|glad|great|gut|schoen)$/.test(k) && /^(?:to|zu)$/.test(keys[i + 1] ?? "") && /^(?:know|hear|see|wissen|hoeren|sehen)$/.test(keys[i + 2] ?? ""));
  if (opener < 0) return [];
  const rest = keys.slice(opener + 3);
  if (!readerIn(tokens.slice(opener + 3), rest, 0, language)) return [];
  if (rest.some((k, j) => APOLOGY.has(k) || (GOOD_NEWS[language].has(k) && !WEAK_DENIALS.has(rest[j - 1] ?? "")))) return [];
  const worthNothing = rest.some((k, j) => (k === "nichts" && rest[j + 1] === "wert") || (k === "worth" && rest[j + 1] === "nothing"));
  const failed = worthNothing || (hasStrongFailure(rest, language) && !rest.some((k) => WEAK_DENIALS.has(k)));
  return failed ? [{ start: tokens[opener].start, end: tokens[opener + 2].end, kind: "condescension", reason: "sarcasm" }] : [];
}

/** "Ten out of ten for creativity, zero for accuracy", "Zehn von zehn Punkten für Kreativität, null für Genauigkeit". */
function mockScore(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding[] {
  const top = keys.findIndex((k, i) => i <= 3 && /^(?:ten|10|zehn|full|volle|a\+|eins)$/.test(k) && /^(?:out|von|marks|punkte|punkten)$/.test(keys[i + 1] ?? ""));
  if (top < 0) return [];
  const zero = keys.findIndex((k, i) => i > top + 3 && (k === "zero" || k === "null" || k === "nothing" || k === "nichts") && /^(?:for|fuer|points|punkte|punkten)$/.test(keys[i + 1] ?? ""));
  return zero > 0 ? [{ start: tokens[top].start, end: tokens[zero].end, kind: "condescension", reason: "sarcasm" }] : [];
}

// "Your team has outdone itself: three wrong deliveries", "Da haben Sie sich ja selbst
// übertroffen: drei Fehler auf einer Seite": the reader outdoing themselves, then the failure.
function outdoneByFailure(tokens: readonly Token[], keys: Keys, prose: string, language: Language): ClauseFinding[] {
  const at = keys.findIndex((k) => k === "outdone" || k === "uebertroffen");
  if (at < 0 || !readerIn(tokens, keys.slice(0, at), 0, language)) return [];
  const rest = keys.slice(at + 1);
  if (rest.some((k) => APOLOGY.has(k))) return [];
  const failed = hasStrongFailure(rest, language) || rest.some((k) => /^(?:fehler|mistakes|errors|typos|tippfehler)$/.test(k));
  return failed ? [{ start: tokens[at].start, end: tokens[at].end, kind: "condescension", reason: "sarcasm" }] : [];
}

const POSSESSIVE_READER: Record<Language, Set<string>> = {
  de: set("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "dein", "deine", "deinen", "deinem", "deiner", "euer", "eure", "euren", "eurem"),
  en: set("your", "ur"),
};

// Opening quotation marks, and praise said of what is quoted: "die präzise Fehlerbeschreibung
// „geht nicht“", "your detailed bug report 'it's broken'".
const OPEN_QUOTE = /[„"“'‘‚«»]\s*$/;
const QUALITY_PRAISE = /^(?:praezis|ausfuehrlich|detailliert|hilfreich|hervorragend|informativ|aufschlussreich|erschoepfend|umfassend|precise|detailed|helpful|thorough|informative|comprehensive|excellent|insightful|illuminating)/;

/**
 * Scare quotes: a short quotation of the reader's own words, praised ("die präzise
 * Fehlerbeschreibung „geht nicht“") or pinned on the reader ("your 'quick fix' has taken down
 * the checkout", "the contract you "double-checked" has the wrong name") in a sentence that
 * names a failure. Quoting the customer's words to answer them ("Ihre Nachricht „ICH WILL MEIN
 * GELD“ haben wir erhalten", "you called our driver "a total moron"") praises nothing and names
 * no failure of theirs.
 */
export function readScareQuotes(tokens: readonly Token[], keys: Keys, prose: string, language: Language): ClauseFinding[] {
  for (let q = 1; q < tokens.length; q++) {
    if (!OPEN_QUOTE.test(between(prose, tokens, q - 1, q))) continue;
    // The quotation closes within four words.
    let close = -1;
    for (let j = q; j < tokens.length && j <= q + 3; j++) {
      const after = j + 1 < tokens.length ? between(prose, tokens, j, j + 1) : prose.slice(tokens[j].end, tokens[j].end + 2);
      if (/^[“"'’‘«»]/.test(after)) {
        close = j;
        break;
      }
    }
    // Titles and names are capitalised ("„Fehler 42“", "Blue Sky"); the reader's words quoted back are not.
    if (close < 0 || !/^\p{Ll}/u.test(tokens[q].text)) continue;
    const praise = keys.findIndex((k, j) => j >= q - 3 && j < q && QUALITY_PRAISE.test(k));
    // Pinned on the reader: their possessive ("your 'quick fix'", "Ihr „Express“-Versand"), or
    // "you" doing the quoted deed ("the contract you "double-checked""); not "send you a "thank
    // you" note".
    const pin = keys.findIndex((k, j) => j >= q - 2 && j < q && (POSSESSIVE_READER[language].has(k) || (j === q - 1 && (k === "you" || (k === "sie" && tokens[j].text === "Sie")) && /(?:ed|t)$/.test(keys[q]))));
    if (praise < 0 && pin < 0) continue;
    if (praise < 0 && !hasStrongFailure([...keys.slice(0, q - 2), ...keys.slice(close + 1)], language)) continue;
    // The finding stays outside the quotation marks (the quoted words are the reader's).
    return [{ start: tokens[praise >= 0 ? praise : pin].start, end: tokens[q - 1].end, kind: "condescension", reason: "sarcasm" }];
  }
  return [];
}

const IMPRESSED = set("impressed", "beeindruckt", "thrilled", "delighted", "overjoyed", "begeistert", "entzueckt", "awe");

/** "I'm so impressed you managed to spell my name wrong", "Ich bin beeindruckt, wie Sie ... verloren haben". */
function impressedByFailure(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding[] {
  const at = keys.findIndex((k, i) => i <= 4 && IMPRESSED.has(k));
  if (at < 0 || !keys.slice(0, at).some((k) => SELF[language].has(k))) return [];
  const rest = keys.slice(at + 1);
  if (!rest.some((k) => READER[language].has(k)) || !hasFailure(rest, language)) return [];
  return [{ start: tokens[0].start, end: tokens[at].end, kind: "condescension", reason: "sarcasm" }];
}

// Kindness said of the reader's lateness: "How kind of you to finally answer", "Wie nett von
// Ihnen, dass Sie sich endlich melden". Without the lateness ("How kind of you to send
// flowers") it is thanks.
const KIND: Record<Language, Set<string>> = {
  de: set("nett", "freundlich", "lieb", "aufmerksam", "grosszuegig", "zuvorkommend", "schoen", "reizend", "effizient", "professionell", "umsichtig", "schlau", "clever"),
  en: set("kind", "nice", "good", "thoughtful", "generous", "sweet", "considerate", "gracious", "decent", "lovely", "efficient", "professional", "clever", "smart", "helpful", "organised", "organized"),
};
const AT_LAST: Record<Language, Set<string>> = { de: set("endlich"), en: set("finally", "eventually") };

function mockKindness(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding[] {
  for (let i = 0; i + 1 < keys.length && i <= 3; i++) {
    // "How kind of you", "Sehr aufmerksam von Ihnen", "Really generous of you", "how very efficient of you"
    if (KIND_DEGREE.has(keys[i]) && KIND_DEGREE.has(keys[i + 1]) && KIND[language].has(keys[i + 2] ?? "")) continue;
    if (!KIND_DEGREE.has(keys[i]) || !KIND[language].has(keys[i + 1])) continue;
    const late = keys.findIndex((k, j) => j > i + 1 && (AT_LAST[language].has(k) || (language === "de" && ((k === "auch" && (keys[j + 1] === "mal" || keys[j + 1] === "schon")) || (k === "doch" && keys[j + 1] === "noch"))) || afterReminders(keys, j)));
    if (late > 0) return [{ start: tokens[i].start, end: tokens[late].end, kind: "condescension", reason: "sarcasm" }];
    // "How kind of you to send the wrong part again", "Wie nett, dass Sie meine Mail ignoriert haben"
    const failed = keys.slice(i + 2).some((k) => READER_DEED_FAILURE.test(k)) || keys.some((_, j) => j > i + 1 && doubleCharge(keys, j));
    return failed ? [{ start: tokens[i].start, end: tokens[i + 1].end, kind: "condescension", reason: "sarcasm" }] : [];
  }
  return [];
}

const KIND_DEGREE = set("how", "wie", "very", "so", "really", "truly", "sehr", "echt", "wirklich", "ganz", "ausgesprochen", "ueberaus");

// "after three reminders", "nach der dritten Mahnung", "nach zwei Erinnerungen": the reader had
// to be chased. `i` is the "after"/"nach".
const REMINDERS = /^(?:reminders?|chasers?|mahnungen|mahnung|erinnerungen|erinnerung|nachfragen|zahlungserinnerungen)$/;
function afterReminders(keys: Keys, i: number): boolean {
  if (keys[i] !== "after" && keys[i] !== "nach") return false;
  for (let j = i + 1; j <= i + 4 && j < keys.length; j++) {
    if (!REMINDERS.test(keys[j])) continue;
    return keys.slice(i + 1, j).some((k) => /^(?:\d+|two|three|four|five|six|several|multiple|second|third|fourth|fifth|zwei|drei|vier|fuenf|sechs|mehreren|zweiten|dritten|vierten|fuenften)$/.test(k));
  }
  return false;
}

// The reader's own failed deed (not a state reported: "after the parcel was damaged").
const READER_DEED_FAILURE = /^(?:ignor|vergess|vergaess|vergiss|verlor|verschlamp|verpass|verbock|vermassel|verwechsel|vertausch|forg[oe]t|lost$|los(?:e|ing)$|miss(?:ed|ing)$|wrong$|falsch|cancel|stornier)/;

// Speed praised for a long wait: "Danke für die schnelle Antwort nach nur vier Wochen", "Thanks
// for the speedy reply, it only took you three weeks". Days are a normal wait; weeks are not.
const FAST: Record<Language, Set<string>> = {
  de: set("schnellste", "schnellsten", "schnell", "schnelle", "schnellen", "schneller", "schnelles", "zuegig", "zuegige", "zuegigen", "prompt", "prompte", "prompten", "blitzschnell", "blitzschnelle", "blitzschnellen", "rasant", "rasante", "rasanten"),
  en: set("fastest", "quickest", "speediest", "quick", "fast", "speedy", "prompt", "swift", "rapid", "lightning-fast", "lightning", "quickly", "promptly", "swiftly"),
};
const WAITED = set("nach", "after", "took", "taken", "only", "nur", "dauerte", "gedauert", "brauchte", "gebraucht", "knapp", "ganzen", "full", "whole", "just", "mere", "lumpigen", "bloss");
const LONG_SPANS = set("wochen", "monaten", "monate", "jahren", "jahre", "weeks", "months", "years", "week", "month", "woche", "monat");

const THANKS_OR_CHEERS = set("danke", "dank", "glueckwunsch", "gratulation", "gratuliere", "thanks", "thank", "congratulations", "congrats", "well");
function slowPraisedFast(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding[] {
  const fast = keys.findIndex((k) => FAST[language].has(k));
  if (fast < 0) return [];
  // "eine Antwort nach nur sechs Wochen – Sie sind ja wirklich die Schnellsten": the reader called
  // the fastest after the long wait named before.
  if (/(?:ste|sten|est)$/.test(keys[fast]) && keys.slice(Math.max(0, fast - 5), fast).some((k) => k === "you" || k === "you're" || k === "sie" || k === "du") && !keys.some((k) => THANKS_OR_CHEERS.has(k))) {
    for (let i = 1; i < fast; i++) {
      if (LONG_SPANS.has(keys[i]) && /^(?:\d+|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|two|three|four|five|six|seven|eight|nine|ten|several|mehreren)$/.test(keys[i - 1]) && keys.slice(Math.max(0, i - 4), i - 1).some((k) => WAITED.has(k))) {
        return [{ start: tokens[fast].start, end: tokens[fast].end, kind: "condescension", reason: "sarcasm" }];
      }
    }
  }
  for (let i = fast + 1; i < keys.length && i <= fast + 12; i++) {
    if (!LONG_SPANS.has(keys[i])) continue;
    // A number before: "nach vier Wochen", "after only three weeks", "took you a month".
    const before = keys[i - 1] ?? "";
    // ... and the wait it took: "nach", "after", "took", "only", "dauerte".
    const waited = keys.slice(Math.max(fast + 1, i - 5), i - 1).some((k) => WAITED.has(k));
    if (waited && /^(?:\d+|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|einer|einem|eine|two|three|four|five|six|seven|eight|nine|ten|a|several|mehreren|many|vielen)$/.test(before)) {
      return [{ start: tokens[fast].start, end: tokens[i].end, kind: "condescension", reason: "sarcasm" }];
    }
  }
  return [];
}

// "I just love waiting on hold", "Love how you ignored my email", "Ich liebe es, ignoriert zu
// werden": love said of a failure.
function mockLove(tokens: readonly Token[], keys: Keys, language: Language): ClauseFinding[] {
  const love = keys.findIndex((k) => k === "love" || k === "adore" || k === "liebe" || k === "lieben");
  if (love < 0 || love > 3) return [];
  // German "liebe" is also the adjective of a greeting ("Tja liebe Sarah", "liebe Leutchen"):
  // the verb has the writers as subject ("Ich liebe es", "wir lieben").
  if (language === "de" && !(keys[love - 1] === "ich" || keys[love - 1] === "wir" || keys[love + 1] === "ich" || keys[love + 1] === "es")) return [];
  const rest = keys.slice(love + 1);
  const waiting = rest.some((k, j) => (k === "waiting" && (rest.includes("hold") || rest.includes("weeks") || rest.includes("months"))) || (k === "warten" && LONG_SPANS.has(rest[j - 1] ?? "")));
  if (!waiting && !hasFailure(rest, language)) return [];
  // "I'd love to ..." is a wish, not a sneer.
  if (keys[love + 1] === "to" || keys[love - 1] === "would" || keys[love - 1] === "i'd") return [];
  return [{ start: tokens[love].start, end: tokens[Math.min(keys.length - 1, love + 1)].end, kind: "condescension", reason: "sarcasm" }];
}

/**
 * Praise closing a sentence that names a failure: "Die Lieferung kam wieder zu spät, toll.",
 * "You sent the wrong part again, great job." At most three words after the last comma.
 */
const TRAILING_THANKS: Record<Language, string[][]> = {
  de: [["danke", "dafuer"], ["dank", "dafuer"], ["danke", "auch"], ["dank", "auch"], ["danke", "schoen", "auch"]],
  en: [["thank", "you", "for", "that"], ["thanks", "for", "that"], ["thanks", "a", "lot"], ["thank", "you", "very", "much"], ["so", "thanks"], ["thanks", "for", "nothing"]],
};

function trailingPraise(tokens: readonly Token[], keys: Keys, prose: string, language: Language): ClauseFinding[] {
  const n = keys.length;
  // "Your 'quick fix' has taken down the checkout, so thank you for that": thanks closing a
  // sentence that names a failure ("You fixed it, thank you for that" names none).
  for (const tail of TRAILING_THANKS[language]) {
    const from = n - tail.length;
    if (from < 2 || !tail.every((word, k) => keys[from + k] === word)) continue;
    const cut = /[,–—;:]/.test(between(prose, tokens, from - 1, from)) ? from : /[,–—;:]/.test(between(prose, tokens, from - 2, from - 1)) && (keys[from - 1] === "so" || keys[from - 1] === "also" || keys[from - 1] === "and") ? from - 1 : -1;
    if (cut < 0 || SELF[language].has(keys[0])) continue;
    if (hasStrongFailure(keys.slice(0, cut), language)) return [{ start: tokens[cut].start, end: tokens[n - 1].end, kind: "condescension", reason: "sarcasm" }];
  }
  for (let from = n - 1; from >= Math.max(1, n - 3); from--) {
    if (!/,|–|—/.test(between(prose, tokens, from - 1, from))) continue;
    const tail = keys.slice(from);
    if (!tail.some((key) => isPraise(key, language) && !OPENER_ONLY.has(key))) return [];
    if (!tail.every((key) => isPraise(key, language) || PRAISE_EXTRA[language].has(key))) return [];
    // "I fixed it again, great": the writers' own mishap, said with a sigh, not at the reader.
    if (SELF[language].has(keys[0])) return [];
    if (!hasFailure(keys.slice(0, from), language)) return [];
    return [{ start: tokens[from].start, end: tokens[n - 1].end, kind: "condescension", reason: "sarcasm" }];
  }
  return [];
}

// Praise only when it opens a sentence: "Ganz großes Kino, die Buchung ist wieder falsch", but
// "Die Kinder reden immer noch von Ihrer Zaubershow, ganz großes Kino!" is praise.
const OPENER_ONLY = set("kino", "hammer", "genuss", "vergnuegen", "sure", "top", "cheers", "incredible", "remarkable", "bemerkenswert", "genius");

// Inflected German praise ("tolle Arbeit", "großartiger Service"): the stem and an ending.
const GERMAN_PRAISE_STEMS = ["hilfreich", "erstklassig", "hervorragend", "genial", "toll", "grossartig", "wunderbar", "fantastisch", "phantastisch", "herrlich", "genial", "hervorragend", "ausgezeichnet", "perfekt", "traumhaft", "grandios", "sensationell", "phaenomenal", "prima", "klasse", "super"];

const GERMAN_PRAISE_FORMS = new Set(GERMAN_PRAISE_STEMS.flatMap((stem) => ["e", "er", "en", "es", "em"].map((ending) => stem + ending)));

function isPraise(key: string, language: Language, previous?: string): boolean {
  // "Oh sure," / "Yeah sure," agree with a sneer; "Sure, I'll send it again" agrees.
  if (key === "sure") return previous === "oh" || previous === "yeah";
  // "Hut ab,", "Gut gemacht,", "Nice work,", "What a surprise,"
  if (key === "ab") return previous === "hut";
  // "Gold star for you,"
  if (key === "star") return previous === "gold";
  if (key === "gemacht") return previous === "gut" || previous === "sehr" || previous === "super" || previous === "toll" || previous === "klasse" || previous === "prima";
  // "Reife Leistung", "Starke Leistung" (the adjective alone is no praise)
  if (key === "reife" || key === "starke") return false;
  if (key === "leistung" || key === "arbeit") return previous === "reife" || previous === "starke";
  if (key === "surprise" || key === "ueberraschung") return previous === "a" || previous === "eine";
  return PRAISE[language].has(key) || (language === "de" && GERMAN_PRAISE_FORMS.has(key));
}

// Failure words that also say good news: "wieder"/"again" ("Super, der Server läuft wieder",
// "Great, see you again on Monday") and "managed"/"geschafft" ("Congratulations, you've managed
// to pass the exam"). Alone they count only when the sentence holds no word of return, meeting,
// thanks or success; "schon wieder", "mal wieder", "wieder einmal" always count.
const WEAK_FAILURE = set("wieder", "again", "managed", "geschafft", "fehler", "fehlern", "panne", "pannen", "chaos", "mistake", "mistakes", "error", "errors", "typo", "typos", "delay", "delays");
const GOOD_NEWS: Record<Language, Set<string>> = {
  de: set("sehen", "wiedersehen", "treffen", "angekommen", "eingetroffen", "danke", "dank", "willkommen", "lieferbar", "verfuegbar", "erhaeltlich", "vorraetig", "geoeffnet", "gesund", "freuen", "freue", "freut", "funktioniert", "laeuft", "klappt", "geht", "gehen", "erreichbar", "online", "bestanden", "gewonnen", "geloest", "behoben", "glueckwunsch", "bestehen", "gewinnen", "abschliessen", "loesen", "beheben", "beseitigt", "erledigt", "aufgeraeumt", "geklaert", "fertig", "geklappt", "funktioniert"),
  en: set("see", "seeing", "meet", "meeting", "work", "talk", "hear", "visit", "thank", "thanks", "welcome", "available", "stock", "reopen", "reopened", "glad", "happy", "pleasure", "enjoy", "works", "working", "running", "online", "passed", "won", "finished", "completed", "fixed", "solved", "saved", "pass", "win", "finish", "complete", "solve", "fix", "save", "resolved", "cleared", "sorted"),
};

const DENIED_BEFORE = set("not", "nothing", "isn't", "wasn't", "aren't", "weren't", "never", "nicht", "nichts", "nie", "kein", "keine", "n't", "hardly", "kaum", "didn't", "don't", "doesn't", "haven't", "hasn't", "won't", "wouldn't");
// Things that do not do their job: a denial ("doesn't", "nicht einmal", "won't") near a verb of working.
const NOT_FUNCTIONING = set("doesn't", "don't", "won't", "wouldn't", "nicht");
const FUNCTION_VERBS = set("work", "works", "fit", "fits", "close", "closes", "open", "opens", "start", "starts", "print", "prints", "load", "loads", "lock", "locks", "funktioniert", "funktionieren", "passt", "passen", "schliesst", "schliessen", "startet", "starten", "laedt", "druckt", "laeuft", "laufen", "zugeht", "aufgeht");
const WORKS_DE = set("klappt", "funktioniert", "laeuft", "klappte", "funktionierte", "lief");
// "you never need to call", "Sie müssen nie wieder": freed from a duty, not failing one.
const NO_NEED = set("need", "needs", "have", "has", "had", "must", "wieder", "mehr");
const ARRIVED = set("arrived", "arrives", "came", "delivered", "turned", "kam", "kamen", "angekommen", "geliefert", "an", "ankam");
const WORSE = set("worse", "schlimmer", "schlechter");
const CHARGED = /^(?:charge|charged|charging|bill|billed|billing|berechnet|berechnen|abgebucht|abbuchen|gebucht|belastet|kassiert)$/;

/** "charged me twice", "doppelt berechnet", "zweimal abgebucht": `i` is the count, the charge within three words. */
function doubleCharge(keys: Keys, i: number): boolean {
  if (!/^(?:twice|doppelt|zweimal)$/.test(keys[i])) return false;
  return keys.slice(Math.max(0, i - 3), i + 4).some((k) => CHARGED.test(k));
}

// What makes a loss one still to come after "Weiter so" / "Keep it up".
const CONSEQUENCE = set("dann", "und", "bald", "irgendwann", "wird", "werden", "and", "then", "soon", "will", "won't", "before");
const NONE_IS_GOOD = set("probleme", "problemen", "beanstandungen", "reklamationen", "ausfaelle", "problems", "issues", "complaints", "defects", "returns", "downtime", "risiko", "risk", "kosten", "costs", "gebuehren", "fees");
const WEAK_DENIALS = set("not", "n't", "nobody", "nothing", "never", "no", "didn't", "doesn't", "isn't", "wasn't", "won't", "nicht", "niemand", "nichts", "nie", "kein", "keine", "keinen");

const STATE_VERBS_DE = set("ist", "sind", "war", "waren", "laeuft", "laufen", "lief", "liefen", "funktioniert", "funktionieren", "funktionierte", "geht", "gehen", "ging", "klappt", "klappte");

// What a reader does to a failure that earns thanks: finds, reports or fixes it.
const FOUND_OR_FIXED = set("gefunden", "entdeckt", "bemerkt", "gemeldet", "erkannt", "aufgedeckt", "behoben", "korrigiert", "found", "spotted", "noticed", "reported", "caught", "fixed", "corrected");

const WEAK_NOT_NOUN = set("wieder", "again", "managed", "geschafft");

/**
 * A failure word with a finding or fixing verb within four words after it ("den Fehler gefunden")
 * or three before it ("spotted the mistake"), no negation between and none before the verb.
 */
function isFoundOrFixed(keys: Keys, i: number): boolean {
  const denies = (k: string) => /^(?:nicht|not|never|nie|kein|keine|wieder|again|nobody|niemand|keiner)$/.test(k) || k.endsWith("n't");
  for (let j = i + 1; j < keys.length && j <= i + 4; j++) {
    if (denies(keys[j])) return false;
    if (FOUND_OR_FIXED.has(keys[j])) return true;
  }
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (denies(keys[j])) return false;
    if (FOUND_OR_FIXED.has(keys[j])) return !keys.slice(Math.max(0, j - 3), j).some(denies);
  }
  return false;
}

function hasFailure(keys: Keys, language: Language, strongOnly = false): boolean {
  let weak = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    // "nothing is broken", "nicht kaputt", "kein Kratzer": a failure denied is good news.
    const failureWord = FAILURE_STEMS[language].some((stem) => key.startsWith(stem)) || (FAILURE[language].has(key) && !FAILURE_NEEDS_PAIR.has(key));
    // "work late", "open late": hours, not a delay.
    if (key === "late" && /^(?:work|working|stay|staying|open|until|till)$/.test(keys[i - 1] ?? "")) continue;
    // "den Fehler gefunden", "spotted the mistake": a failure found or fixed is the reader's merit.
    if ((failureWord || (WEAK_FAILURE.has(key) && !WEAK_NOT_NOUN.has(key))) && isFoundOrFixed(keys, i)) continue;
    if (failureWord && (DENIED_BEFORE.has(keys[i - 1] ?? "") || (DENIED_BEFORE.has(keys[i - 2] ?? "") && /^(?:is|was|are|were|got|ist|war|sind|waren|ging|geht|mehr|longer)$/.test(keys[i - 1] ?? "")))) continue;
    if (FAILURE_STEMS[language].some((stem) => key.startsWith(stem))) return true;
    // "wieder nicht gekommen", "again no reply" is in the pairs below; "wieder keine Antwort".
    if (key === "wieder" && /^(?:nicht|kein|keine|keinen|nichts|niemand)$/.test(keys[i + 1] ?? "")) return true;
    // "nothing works", "klappt nichts", "dass nichts funktioniert": it all stopped working.
    if ((key === "nothing" && /^(?:works|worked|working|fits|happened)$/.test(keys[i + 1] ?? "")) || (key === "nichts" && (WORKS_DE.has(keys[i - 1] ?? "") || WORKS_DE.has(keys[i + 1] ?? "")))) return true;
    // "the lid doesn't even fit", "der Deckel passt nicht einmal", "the door won't close": it does not do its job.
    if (NOT_FUNCTIONING.has(key) && keys.slice(Math.max(0, i - 3), i + 4).some((k) => FUNCTION_VERBS.has(k))) return true;
    // "nobody answered", "niemand hat geantwortet", "keiner ruft zurück"
    if ((key === "nobody" || key === "niemand" || key === "keiner" || (key === "one" && keys[i - 1] === "no")) && keys.slice(i + 1, i + 4).some((k) => CONTACT[language].has(k) || /^(?:answered|replied|responded|called|rang|came|showed|geantwortet|zurueckgerufen|gemeldet|kam|erschienen|reagiert|ruft)$/.test(k))) return true;
    // "arrived empty", "kam leer an", "leer geliefert"
    if ((key === "empty" || key === "leer") && keys.slice(Math.max(0, i - 2), i + 3).some((k) => ARRIVED.has(k))) return true;
    // "even worse", "noch schlimmer", "worse than before"
    if (WORSE.has(key) && (keys[i - 1] === "even" || keys[i - 1] === "noch" || keys[i + 1] === "than" || keys[i + 1] === "als")) return true;
    // "charged me twice", "doppelt berechnet", "zweimal abgebucht"
    if (doubleCharge(keys, i)) return true;
    // "you never reply", "Sie melden sich nie": the reader's duty left undone.
    if ((key === "never" || key === "nie") && !NO_NEED.has(keys[i + 1] ?? "") && keys.slice(Math.max(0, i - 4), i).some((k) => k === "you" || k === "sie" || k === "du" || k === "ihr") && keys.slice(i + 1, i + 4).some((k) => CONTACT[language].has(k) || k === "read" || k === "listen" || k === "liest" || k === "lesen" || k === "zuhoeren")) return true;
    if (WEAK_FAILURE.has(key)) {
      const next = keys[i + 1] ?? "";
      const previous = keys[i - 1] ?? "";
      if (key === "wieder" && (previous === "schon" || previous === "mal" || previous === "immer" || next === "mal" || next === "einmal")) return true;
      // "ist wieder weg", "wieder verschwunden": gone again.
      if (key === "wieder" && /^(?:weg|verschwunden|ausgefallen|offline|gesperrt|leer)$/.test(next)) return true;
      // "wieder da", "wieder gesund", "wieder im Büro": a return, not a repeat.
      if (key === "wieder" && /^(?:da|gesund|fit|zurueck|im|online|erreichbar|unterwegs)$/.test(next)) continue;
      // "kommt wieder", "never ... again", "nie wieder": a return, or a repeat ruled out.
      if (key === "wieder" && /^(?:kommt|kommen|komme|kommst)$/.test(previous)) continue;
      if ((key === "again" || key === "wieder") && keys.slice(Math.max(0, i - 6), i).some((k) => k === "never" || k === "nie")) continue;
      // "ist wieder freigeschaltet", "läuft jetzt wieder": a state come back. A failed state after
      // it is a failure word of its own ("ist wieder kaputt").
      if (key === "wieder" && [previous, keys[i - 2] ?? ""].some((k) => STATE_VERBS_DE.has(k))) continue;
      if (key !== "geschafft" || previous === "es" || keys[i - 2] === "es") weak = true;
      continue;
    }
    // "has taken down the checkout", "the site is down again" (prices going down are no failure)
    if (language === "en" && key === "down" && /^(?:taken|took|went|gone|is|was|been|goes|broke|brought)$/.test(keys[i - 1] ?? "") && !keys.some((k) => /^(?:price|prices|cost|costs|rate|rates|fee|fees|number|numbers)$/.test(k))) return true;
    // "läuft gar nicht mehr", "geht nichts mehr": it stopped working.
    if (language === "de" && key === "mehr" && (keys[i - 1] === "nichts" || (keys[i - 1] === "nicht" && (keys[i - 2] === "gar" || keys[i - 2] === "ueberhaupt")))) return true;
    if (language === "de" && (key === "stimmt" || key === "stimmen") && (keys[i + 1] === "nicht" || keys[i - 1] === "nicht")) return true;
    // "funktioniert nicht einmal mehr", "geht nicht mehr", "no longer works", "stopped working"
    if (language === "de" && key === "mehr" && (keys[i - 1] === "nicht" || ((keys[i - 1] === "einmal" || keys[i - 1] === "mal") && keys[i - 2] === "nicht")) && keys.slice(Math.max(0, i - 4), i).some((k) => WORKS_DE.has(k) || k === "geht")) return true;
    if (language === "en" && ((key === "longer" && keys[i - 1] === "no" && /^work/.test(keys[i + 1] ?? "")) || (key === "stopped" && keys[i + 1] === "working"))) return true;
    // "nach der vierten Mahnung", "after the third reminder"
    if (/^(?:mahnung|erinnerung|zahlungserinnerung|reminder|chaser)$/.test(key) && /^(?:dritt|viert|fuenft|third|fourth|fifth|x-t|zigst)/.test(keys[i - 1] ?? "")) return true;
    // A long wait: "nach nur fünf Wochen", "taking four weeks", "after three months"
    if (LONG_SPANS.has(key) && /^(?:\d+|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|two|three|four|five|six|seven|eight|nine|ten|several|mehreren)$/.test(keys[i - 1] ?? "") && keys.slice(Math.max(0, i - 4), i - 1).some((k) => WAITED.has(k) || k === "taking" || k === "took")) {
      weak = true;
      continue;
    }
    // "ohne Vorwarnung", "without notice": done over the reader's head
    if ((key === "ohne" || key === "without") && /^(?:ankuendigung|vorwarnung|ruecksprache|grund|begruendung|absprache|rueckfrage|notice|warning|asking|consulting|telling|checking|reason)$/.test(keys[i + 1] ?? (keys[i + 2] ?? ""))) return true;
    // "after the deadline", "nach Ablauf der Frist", "three days late"
    if ((key === "deadline" || key === "frist") && keys.slice(Math.max(0, i - 3), i).some((k) => k === "after" || k === "nach" || k === "past")) return true;
    // "drei Wochen für eine Antwort", "three weeks to reply": a long wait before the answer
    if (LONG_SPANS.has(key) && /^(?:\d+|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|two|three|four|five|six|seven|eight|nine|ten|several|mehrere|mehreren)$/.test(keys[i - 1] ?? "") && (keys[i + 1] === "fuer" || keys[i + 1] === "for" || keys[i + 1] === "to")) {
      weak = true;
      continue;
    }
    // "doch noch", "at long last": late; "jetzt haben Sie auch noch ...": one more mishap of the reader's
    if ((key === "noch" && (keys[i - 1] === "doch" || (keys[i - 1] === "auch" && keys.slice(Math.max(0, i - 8), i - 1).includes("jetzt") && keys.slice(0, i).some((k) => k === "sie" || k === "du" || k === "ihr")))) || (key === "last" && keys[i - 1] === "long")) {
      weak = true;
      continue;
    }
    // "Toller Service: drei Anrufe, null Rückrufe"; "null Fehler", "zero errors" are a success.
    if ((key === "null" || key === "zero") && i + 1 < keys.length && !/^\d/.test(keys[i + 1])) {
      if (!WEAK_FAILURE.has(keys[i + 1]) && !NONE_IS_GOOD.has(keys[i + 1])) return true;
      i++;
      continue;
    }
    // "wie Sie das gelöst haben: gar nicht", "... – überhaupt nicht": the praise taken back at the end.
    if (language === "de" && (key === "gar" || key === "ueberhaupt") && keys[i + 1] === "nicht" && i + 2 >= keys.length) return true;
    // "wie schnell Sie antworten – nämlich gar nicht": the praise taken back.
    if (language === "de" && key === "naemlich" && ["gar", "nie", "nicht", "ueberhaupt", "keiner", "niemand"].includes(keys[i + 1] ?? "")) return true;
    if (!FAILURE[language].has(key)) {
      // "zum zweiten Mal", "three times in a row", "for the third time"
      if (language === "de" && key === "mal" && /^(?:zweit|dritt|viert|fuenft|x-t|zigst|hundertst|wiederholt)/.test(keys[i - 1] ?? "")) return true;
      if (language === "en" && key === "times" && /^(?:three|four|five|six|ten|twice|several|\d+)$/.test(keys[i - 1] ?? "")) return true;
      if (language === "en" && key === "time" && /^(?:second|third|fourth|fifth|tenth|umpteenth|nth|hundredth)$/.test(keys[i - 1] ?? "") && keys[i - 2] === "the") weak = true;
      continue;
    }
    if (!FAILURE_NEEDS_PAIR.has(key)) return true;
    const next = keys[i + 1] ?? "";
    const previous = keys[i - 1] ?? "";
    if (language === "de" && ((key === "immer" && next === "noch") || (key === "noch" && (next === "nie" || next === "immer")))) return true;
    if (language === "de" && key === "nie" && previous === "noch") return true;
    // "you finally noticed", "haben Sie endlich gemerkt": late, and said of the reader.
    if ((key === "finally" || key === "endlich") && keys.slice(0, i).some((k) => k === "you" || k === "sie" || k === "du" || k === "ihr")) return true;
    // "I've been on hold for an hour"
    if (language === "en" && key === "hold" && previous === "on") return true;
    // "dass Sie auch mal antworten", "auch schon wach": at last, said with a sneer.
    if (language === "de" && key === "auch" && (next === "mal" || next === "schon") && keys.slice(0, i).some((k) => k === "sie" || k === "du" || k === "ihr")) return true;
    // "gar nichts", "jetzt keiner", "now nobody": nothing works any more.
    if (language === "de" && (key === "gar" || key === "jetzt") && ["nichts", "keiner", "niemand", "keine", "kein"].includes(next)) return true;
    // "drei Wochen und keine Antwort", "still no reply"
    if ((key === "keine" || key === "kein" || key === "no") && NO_ANSWER.has(next)) return true;
    if (language === "en" && key === "now" && ["nobody", "nothing", "none", "no"].includes(next)) return true;
    if (language === "en" && key === "row" && previous === "a") return true;
    // "once more", "one more time"
    if (language === "en" && key === "more" && (previous === "once" || (previous === "one" && next === "time"))) return true;
    if (language === "en" && key === "left" && keys.slice(Math.max(0, i - 4), i).includes("no")) return true;
    if (language === "en" && key === "worked" && (next === "so" || next === "wonders")) return true;
    if (language === "en" && key === "another" && i <= 1) return true;
    if (language === "en" && key === "because" && i === 0) return true;
  }
  if (!weak || strongOnly) return false;
  // "nobody was in again", "wieder nicht geklappt": the good news is denied.
  // ... but not a denial of a need or of the bad state ("you never need to", "nicht mehr krank").
  for (let i = 0; i < keys.length; i++) if (WEAK_DENIALS.has(keys[i]) && !NO_NEED.has(keys[i + 1] ?? "")) return true;
  for (const key of keys) if (GOOD_NEWS[language].has(key)) return false;
  return true;
}

// --- Pet names ----------------------------------------------------------------------------

const PET_NAMES: Record<Language, Set<string>> = {
  de: set("schaetzchen", "schatzi", "herzchen", "maeuschen", "liebchen", "kleines", "suesse", "suesser", "schnucki", "spatzi"),
  en: set("honey", "hon", "sweetheart", "sweetie", "darling", "dear", "dearie", "sweetpea", "cupcake", "princess", "kiddo", "sunshine", "missy", "sonny"),
};
const PET_PAIRS: Record<Language, string[][]> = {
  de: [["junger", "mann"], ["junge", "frau"], ["junge", "dame"], ["guter", "mann"], ["gute", "frau"], ["mein", "lieber"], ["meine", "liebe"], ["mein", "guter"], ["meine", "gute"]],
  en: [["young", "man"], ["young", "lady"], ["my", "dear"], ["little", "lady"], ["my", "friend"]],
};

// First words of the pairs: most words start none, and a Set says so at once.
const PET_PAIR_STARTS: Record<Language, Set<string>> = {
  de: new Set(PET_PAIRS.de.map(([a]) => a)),
  en: new Set(PET_PAIRS.en.map(([a]) => a)),
};

/**
 * A pet name or "junger Mann" said to the reader as a vocative, set off by commas or opening
 * the sentence: "Honey, that's not how warranties work", "Bless you for trying, dear, but",
 * "Schätzchen, so läuft das nicht". A salutation line ("Dear Anna,", "Meine Liebe,") opens
 * a mail and has a name or stands alone before the line break; those stay silent.
 */
function readPetNames(tokens: readonly Token[], keys: Keys, prose: string, language: Language, sentenceEnd: number): ClauseFinding[] {
  const found: ClauseFinding[] = [];
  for (let i = 0; i < keys.length; i++) {
    let last = -1;
    if (PET_NAMES[language].has(keys[i])) last = i;
    else if (PET_PAIR_STARTS[language].has(keys[i])) for (const [a, b] of PET_PAIRS[language]) if (keys[i] === a && keys[i + 1] === b) last = i + 1;
    if (last < 0) continue;
    const before = i === 0 ? "," : between(prose, tokens, i - 1, i);
    const after = last + 1 < tokens.length ? between(prose, tokens, last, last + 1) : prose.slice(tokens[last].end, sentenceEnd);
    // Set off on both sides: sentence start or comma before, comma or end of sentence after.
    if (!/,/.test(before) && i !== 0) continue;
    if (!/^\s*[,.!?]/.test(after)) continue;
    // "Dear," / "Meine Liebe," opening a line is a salutation, however short.
    if (i === 0 && (keys[i] === "dear" || keys[i] === "mein" || keys[i] === "meine" || keys[i] === "my") && /\n/.test(prose.slice(tokens[last].end, sentenceEnd + 1))) continue;
    if (i === 0 && last + 1 >= tokens.length) continue;
    found.push({ start: tokens[i].start, end: tokens[last].end, kind: "condescension", reason: "pet-name" });
  }
  return found;
}
