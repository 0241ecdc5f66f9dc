// What the word-list tone rules (no-insult, no-profanity, no-condescension) share: running the
// lexicon over the paragraphs a rule should read, keeping "aimed" words only when they are
// aimed at someone (tone-aimed.ts), letting the longest match win, and staying silent on words
// in quotation marks that are mentioned rather than meant ("the word 'idiot'", "The Idiot").
import {
  endsAfter,
  lexiconKey,
  firstIndexWhere,
  matchLexicon,
  quoteSpans,
  type Language,
  type Lexicon,
  type LexiconEntry,
  type LexiconMatch,
  type QuoteSpan,
  type RuleContext,
  type Sentence,
  type Token,
  type Zone,
  type ZoneKind,
} from "../../src/rule-api.js";
import { toneLexicon, type ToneKind } from "./tone-data.js";
import { isAimed } from "./tone-aimed.js";
import { isKindlyMeant, isTheyAfterGroup } from "./tone-kindly.js";
import { readClauses, type ClauseFinding, type ClauseReason } from "./tone-clauses.js";

export interface ToneFinding {
  /** Body offsets of the offending words. */
  start: number;
  end: number;
  /** The words as written in the draft. */
  text: string;
  language: Language;
  /** What the list says to write instead, if anything. */
  hint?: string;
  /** Found by its sentence's shape rather than a list word (tone-clauses.ts). */
  reason?: ClauseReason;
}

/** The options every word-list tone rule takes. */
export const wordListSchema = {
  extraWords: { type: "array", items: { type: "string" }, description: "Words or phrases to flag as well." },
  allowWords: { type: "array", items: { type: "string" }, description: "Words or phrases never to flag." },
  checkQuoted: { type: "boolean", description: "Also check quoted reply history (off: those are not your words)." },
} as const;

export const wordListDefaults = { extraWords: [], allowWords: [], checkQuoted: false };

const AUTHORED: readonly ZoneKind[] = ["authored"];
const WITH_HISTORY: readonly ZoneKind[] = ["authored", "quoted", "forwarded"];

// When two matches start at the same place and are as long, the more specific list wins:
// an innocent phrase over an insult over swearing over condescension. A masked word ("F%$!")
// may fit several list words (fuck, fags); read alone it is most likely swearing, so there
// swearing wins.
const PRIORITY: Record<string, number> = { ok: 0, insult: 1, profanity: 2, condescension: 3 };
const MASKED_PRIORITY: Record<string, number> = { ok: 0, profanity: 1, insult: 2, condescension: 3 };

/**
 * Every finding of `kind` in the zones the rule reads. Words are matched per paragraph (the
 * unit that has a language), not per sentence, so that a phrase survives a "!" inside a
 * masked word ("F% $! off"); whether a word is aimed at someone is judged within its sentence.
 */
export function scanTone(context: RuleContext, kind: ToneKind): ToneFinding[] {
  const options = context.options;
  const lexicon = toneLexicon(kind, { extraWords: stringList(options.extraWords), allowWords: stringList(options.allowWords) });
  const { body } = context.draft;
  // The three list rules read the same words: with the same lexicon (no user words) the list
  // matches of a zone are found once per draft, and each rule keeps those of its kind.
  const shared = context.perDraft("tone-list-matches", () => new Map<Lexicon, Map<string, ListMatch[]>>());
  let byZone = shared.get(lexicon);
  if (!byZone) shared.set(lexicon, (byZone = new Map()));
  const findings: ToneFinding[] = [];
  for (const zone of context.zones(options.checkQuoted === true ? WITH_HISTORY : AUTHORED)) {
    const zoneKey = `${zone.start}:${zone.end}`;
    let matches = byZone.get(zoneKey);
    if (!matches) byZone.set(zoneKey, (matches = listMatches(context, zone, lexicon)));
    const innocent: ListMatch[] = [];
    const zoneFirst = findings.length;
    for (const match of matches) {
      if (match.entry.level === "ok") innocent.push(match);
      else if (match.entry.kind === kind) findings.push({ start: match.start, end: match.end, text: body.slice(match.start, match.end), language: match.language, hint: match.entry.hint });
    }
    findings.push(...clauseFindings(context, zone, kind, findings, innocent));
    if (kind === "condescension") findings.splice(zoneFirst, Infinity, ...withoutKindReadings(context, zone, findings.slice(zoneFirst)));
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** Condescension findings whose sentence sides with or helps the reader dropped (tone-kindly.ts). */
function withoutKindReadings(context: RuleContext, zone: Zone, findings: ToneFinding[]): ToneFinding[] {
  if (findings.length === 0) return findings;
  const { prose } = context.draft;
  const sentences = context.sentences(zone);
  return findings.filter((finding) => {
    const index = firstIndexWhere(sentences, endsAfter, finding.start);
    const sentence = sentences[index];
    if (!sentence || sentence.start > finding.start) return true;
    const previous = index > 0 && sentences[index - 1].language === sentence.language ? sentences[index - 1].tokens : undefined;
    if (previous && isTheyAfterGroup(previous, sentence.tokens, finding.start, finding.language)) return false;
    return !isKindlyMeant(sentence.tokens, prose, finding.start, finding.end, finding.language);
  });
}

interface ListMatch {
  start: number;
  end: number;
  entry: LexiconEntry;
  language: Language;
}

/**
 * The list words of every kind in a zone that are meant: words are matched per paragraph (the
 * unit that has a language), not per sentence, so that a phrase survives a "!" inside a masked
 * word ("F% $! off"); whether a word is aimed at someone is judged within its sentence. None of
 * this depends on the rule asking.
 */
function listMatches(context: RuleContext, zone: Zone, lexicon: Lexicon): ListMatch[] {
  const { prose } = context.draft;
  const found: ListMatch[] = [];
  for (const tokens of paragraphRuns(zone.tokens, context)) {
    const language = context.languageAt(tokens[0].start);
    const matches = matchLexicon(lexicon, tokens, prose, language).filter((match) => {
      if (isHandle(prose, match.start)) return false;
      if (isNamePart(tokens, match, language) || isSelfAimed(tokens, match, language) || isDenied(tokens, match, language) || isDeniedCalling(tokens, match, prose, language)) return false;
      if (isTitleAfterPossessive(tokens, match)) return false;
      const sentence = sentenceAt(zone.sentences, match.start);
      if (sentence && isAnimalSense(tokens, match, sentence)) return false;
      return isMeant(match, tokens, prose, language, sentence?.start ?? zone.start);
    });
    for (const match of longestMatches(matches)) {
      // Innocent phrases ("dumm gelaufen", "idiot-proof") win over the words inside them here, and
      // are kept so that they win over a clause reading of those words too (scanTone).
      if (match.entry.level === "ok") {
        found.push({ start: match.start, end: match.end, entry: match.entry, language });
        continue;
      }
      const sentence = sentenceAt(zone.sentences, match.start);
      if (sentence && quoteSpans(prose, sentence).some((quote) => isMention(quote, match, prose))) continue;
      found.push({ start: match.start, end: match.end, entry: match.entry, language });
    }
  }
  return found;
}

/**
 * Findings of `kind` that are in a sentence's shape, not in a list word: judgements of the
 * reader or their work (no-insult), mock praise and pet names (no-condescension). Silent where
 * a list word of the same rule already points, and inside quotation marks (the customer's words).
 */
function clauseFindings(context: RuleContext, zone: Zone, kind: ToneKind, listed: readonly ToneFinding[], innocent: readonly ListMatch[]): ToneFinding[] {
  if (kind === "profanity") return [];
  const { prose, body } = context.draft;
  const sentences = context.sentences(zone);
  // no-insult and no-condescension read the same sentences: each is read once per draft.
  const read = context.perDraft("tone-clauses", () => new Map<number, ClauseFinding[]>());
  const found: ToneFinding[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    let clauses = read.get(sentence.start);
    if (!clauses) {
      const next = sentences[s + 1]?.language === sentence.language ? sentences[s + 1].tokens : undefined;
      clauses = readClauses(sentence.tokens, prose, sentence.language, sentence.end, next);
      read.set(sentence.start, clauses);
    }
    if (clauses.length === 0) continue;
    let quotes: QuoteSpan[] | undefined;
    for (const clause of clauses) {
      if (clause.kind !== kind) continue;
      if (listed.some((f) => f.start < clause.end && clause.start < f.end)) continue;
      // An innocent phrase of the lists that goes on past the clause's last word reads that word
      // otherwise: "das war dumm gelaufen" is bad luck. Inside the clause it does not ("ihr seid
      // einfach zu blöd" holds the innocent "zu blöd", as in "das ist mir zu blöd").
      if (innocent.some((m) => m.start < clause.end && clause.end < m.end)) continue;
      quotes ??= quoteSpans(prose, sentence);
      if (quotes.some((quote) => quote.start < clause.end && clause.start < quote.end)) continue;
      found.push({ start: clause.start, end: clause.end, text: body.slice(clause.start, clause.end), language: sentence.language, reason: clause.reason });
    }
  }
  return found;
}

/** The zone's tokens split where the paragraph (and so the language) changes. */
function paragraphRuns(tokens: readonly Token[], context: RuleContext): Token[][] {
  const paragraphs = context.draft.paragraphs;
  const runs: Token[][] = [];
  // From the paragraph of the zone's first token: a zone of a long reply thread is one of
  // thousands, and walking from the draft's first paragraph for each made this quadratic
  // (a 24 MB thread: 87 of its 147 s of CPU).
  let p = tokens.length > 0 ? Math.min(firstIndexWhere(paragraphs, endsAfter, tokens[0].start), Math.max(paragraphs.length - 1, 0)) : 0;
  let current: Token[] = [];
  let currentParagraph = -1;
  for (const token of tokens) {
    while (p < paragraphs.length - 1 && paragraphs[p].end <= token.start) p++;
    if (p !== currentParagraph && current.length > 0) {
      runs.push(current);
      current = [];
    }
    currentParagraph = p;
    current.push(token);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function sentenceAt<S extends Sentence>(sentences: readonly S[], offset: number): S | undefined {
  const sentence = sentences[firstIndexWhere(sentences, endsAfter, offset)];
  return sentence !== undefined && sentence.start <= offset ? sentence : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/**
 * Leftmost-longest matches that do not overlap; ties go to the more specific list. Overlapping
 * matches of the same list join into one finding ("ist ja angeblich" + "angeblich so viel
 * kompetenter" is one sneer).
 */
export function longestMatches(matches: LexiconMatch[]): LexiconMatch[] {
  const rank = (match: LexiconMatch) =>
    (match.ambiguous && match.firstToken === match.lastToken ? MASKED_PRIORITY : PRIORITY)[match.entry.level === "ok" ? "ok" : match.entry.kind] ?? 9;
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const kept: LexiconMatch[] = [];
  for (const match of sorted) {
    const previous = kept[kept.length - 1];
    if (!previous || match.start >= previous.end) {
      kept.push(match);
    } else if (match.end > previous.end && match.entry.kind === previous.entry.kind && match.entry.level !== "ok" && previous.entry.level !== "ok") {
      kept[kept.length - 1] = { ...previous, end: match.end, lastToken: match.lastToken };
    } else if (match.end - match.start > previous.end - previous.start) {
      // A longer match that starts later beats a shorter one it overlaps.
      kept[kept.length - 1] = match;
    }
  }
  return kept;
}

// Titles before a surname: "Herr Fick", "Mrs. Hooker", "Dr. Assman".
const TITLES = new Set(["herr", "herrn", "frau", "familie", "dr", "prof", "mr", "mrs", "ms", "miss", "mister", "sir", "dame", "lord", "lady", "professor", "professorin", "pfarrer", "pfarrerin", "pastor", "sheriff", "officer", "captain", "kapitaen", "firma", "bad", "sankt", "st"]);
// After a name: "Sauer & Depp GmbH", "Bastard Brewing Ltd".
const COMPANY_SUFFIXES = new Set(["gmbh", "ag", "kg", "ohg", "gbr", "ltd", "limited", "inc", "llc", "plc", "corp", "kgaa"]);
// Prepositions before a place: "in Kotzen", "to Fucking", "aus Dummerstorf".
const PLACE_PREPOSITIONS: Record<Language, Set<string>> = { de: new Set(["in", "nach", "aus", "bei"]), en: new Set(["to", "in", "from", "near", "at", "via"]) };
// German capitalises every noun, so a place there also needs what follows a place: "Kotzen im
// Havelland", "Fucking bei Salzburg", "in Kotzen (Havelland)".
const AFTER_GERMAN_PLACE = new Set(["im", "in", "bei", "an", "am", "("]);

/**
 * A surname or a place that contains a list word: after a title ("Herr Fick", "Ms. Butts"),
 * or capitalised right after a place preposition with no article ("Lager in Kotzen", "deliver
 * to Fucking in Upper Austria"); "in die Scheiße" has an article and stays a word.
 */
function isNamePart(tokens: readonly Token[], match: LexiconMatch, language: Language): boolean {
  const previous = tokens[match.firstToken - 1];
  const word = tokens[match.firstToken].text;
  if (!previous || !/^\p{Lu}\p{Ll}/u.test(word)) return false;
  // A company: "Sauer & Depp GmbH"
  for (let i = match.lastToken + 1; i < tokens.length && i <= match.lastToken + 3; i++) if (COMPANY_SUFFIXES.has(tokens[i].text.toLowerCase().replace(/\.$/, ""))) return true;
  // German adjectives are lower case; capitalised after a street or inn preposition and before a
  // noun they are part of a name: "Am Dummen Graben", "Gasthof Zum Blöden Hans".
  if (language === "de" && /(?:e|en|er|es|em)$/.test(word) && /^\p{Lu}\p{Ll}/u.test(tokens[match.lastToken + 1]?.text ?? "") && /^(?:Am|Zum|Zur|Im|Beim|Vom|Auf|An|In|Unter|Hinter)$/.test(previous.text)) return true;
  const key = previous.text.toLowerCase();
  if (TITLES.has(key)) return true;
  // A title, then a given name or two: "Frau Petra Dämlich", "Mr John Paul Butts".
  for (let i = match.firstToken - 1; i >= 0 && i >= match.firstToken - 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[i].text); i--) {
    if (TITLES.has(tokens[i - 1]?.text.toLowerCase() ?? "")) return true;
  }
  if (!PLACE_PREPOSITIONS[language].has(key)) return false;
  return language === "en" || AFTER_GERMAN_PLACE.has(tokens[match.lastToken + 1]?.text.toLowerCase() ?? "");
}

// "Ich Trottel", "I idiot", "call me an idiot", "I feel like a right muppet", "ich bin so ein
// Depp", "I was an asshole": the writers call themselves names, which is self-deprecation.
const SELF_BEFORE: Record<Language, Set<string>> = { de: new Set(["ich"]), en: new Set(["i"]) };
const SELF_COPULAS: Record<Language, string[][]> = {
  de: [["ich", "bin"], ["ich", "war"], ["bin", "ich"], ["war", "ich"]],
  en: [["i'm"], ["i’m"], ["i", "am"], ["i", "was"], ["me"], ["i", "feel", "like"], ["i", "felt", "like"], ["i'm", "such"], ["i", "was", "being"], ["i'm", "being"]],
};

// "What a muppet I am", "So ein Depp bin ich": the writers named right after the word.
const SELF_AFTER: Record<Language, string[][]> = {
  de: [["bin", "ich"], ["war", "ich"], ["ich", "bin"], ["ich", "war"]],
  en: [["i", "am"], ["i", "was"], ["i'm"], ["i’m"], ["am", "i"]],
};

function isSelfAimed(tokens: readonly Token[], match: LexiconMatch, language: Language): boolean {
  if (match.entry.kind !== "insult") return false;
  const key = (i: number) => (i >= 0 && i < tokens.length ? tokens[i].text.toLowerCase() : "");
  const first = match.firstToken;
  if (SELF_BEFORE[language].has(key(first - 1))) return true;
  // "Was bin ich für ein Idiot": the writers between "was" and "für".
  const fuer = key(first - 2) === "für" ? first - 2 : key(first - 3) === "für" ? first - 3 : -1;
  if (fuer >= 2 && ((key(fuer - 2) === "bin" || key(fuer - 2) === "war") && key(fuer - 1) === "ich")) return true;
  // "Da habe ich mich wirklich dämlich angestellt", "I made myself look stupid": the writers' own
  // reflexive, through degree words, with "ich"/"I" just before it.
  for (let r = first - 1; r >= 0 && r >= first - 3; r--) {
    const reflexive = key(r) === "mich" ? "ich" : key(r) === "uns" ? "wir" : "";
    if ((reflexive && (key(r - 1) === reflexive || key(r - 2) === reflexive)) || key(r) === "myself" || key(r) === "ourselves") return true;
    if (!isModifier(tokens[r].text, language) && !/^(?:look|seem|sound|feel|ziemlich|sehr|recht|reichlich|pretty|rather|quite|very)$/.test(key(r))) break;
  }
  // Only after an exclamation ("what a", "so ein"): "bitch I'm done" calls someone else a name.
  const last = match.lastToken;
  const exclaimed = ["what", "such", "so", "fuer"].some((w) => key(first - 2) === w || key(first - 3) === w);
  if (exclaimed && SELF_AFTER[language].some((pattern) => pattern.every((word, k) => key(last + 1 + k) === word))) return true;
  // The self-copula, then only articles and adjectives up to the match.
  let i = first - 1;
  while (i >= 0 && first - i <= 3 && isModifier(tokens[i].text, language)) i--;
  for (const pattern of SELF_COPULAS[language]) {
    const at = i - pattern.length + 1;
    if (at < 0 || !pattern.every((word, k) => key(at + k) === word)) continue;
    // "call me an idiot", "silly me" have "me"; "they told me idiot" too rarely to matter.
    if (pattern[0] === "me") return ["call", "calling", "called"].includes(key(at - 1));
    return true;
  }
  return false;
}

// Articles, degree words and adjectives that may stand between a verb and a noun.
const MODIFIERS = new Set(["a", "an", "the", "so", "such", "right", "total", "complete", "absolute", "real", "bit", "of", "ein", "eine", "einen", "einem", "einer", "so", "voll", "totaler", "totale", "richtiger", "richtige", "kompletter", "komplette", "echt", "zu", "wirklich", "einfach", "halt", "eben", "ganz", "too", "really", "just", "totally"]);
const DEMONSTRATIVE = /^(?:dies|jen|this|that|these|those)/i;

// English adjectives have no ending to know them by; a few that go with names do ("stupid",
// "complete", "utter"). German ones are lower case and inflected ("so ein blöder Depp").
const ENGLISH_MODIFIERS = new Set(["stupid", "utter", "little", "big", "old", "silly", "fucking", "bloody", "useless", "lazy"]);

function isModifier(word: string, language: Language): boolean {
  const lower = word.toLowerCase();
  if (DEMONSTRATIVE.test(lower)) return false;
  if (MODIFIERS.has(lower)) return true;
  return language === "de" ? /^\p{Ll}+(?:e|er|en|es)$/u.test(word) : ENGLISH_MODIFIERS.has(lower);
}

// "kein Idiot", "not stupid", "nobody is an idiot": the insult is denied. "nicht nur" and
// "not only" add to it instead, so they do not count.
const DENIALS: Record<Language, Set<string>> = {
  de: new Set(["kein", "keine", "keinen", "keiner", "nicht", "keineswegs", "keinesfalls", "niemand", "niemals"]),
  en: new Set(["not", "no", "never", "nobody", "isn't", "aren't", "wasn't", "weren't", "ain't", "n't", "doesn't", "didn't", "won't", "wouldn't"]),
};

// "not being dumb", "by no means incompetent": words that may stand between the denial and the word.
const DENIAL_GAP: Record<Language, Set<string>> = { de: new Set(["als", "fuer"]), en: new Set(["being", "means", "at", "all"]) };

function isDenied(tokens: readonly Token[], match: LexiconMatch, language: Language): boolean {
  if (match.entry.kind !== "insult") return false;
  // "alles andere als dumm", "anything but lazy"
  const k = (i: number) => (i >= 0 ? lexiconKey(tokens[i].text) : "");
  const f = match.firstToken;
  if (language === "de" && k(f - 1) === "als" && k(f - 2) === "andere" && k(f - 3) === "alles") return true;
  if (language === "en" && k(f - 1) === "but" && k(f - 2) === "anything") return true;
  let i = match.firstToken - 1;
  while (i >= 0 && match.firstToken - i <= 3 && !DENIALS[language].has(tokens[i].text.toLowerCase()) && (isModifier(tokens[i].text, language) || DENIAL_GAP[language].has(lexiconKey(tokens[i].text)))) i--;
  if (i < 0 || !DENIALS[language].has(tokens[i].text.toLowerCase())) return false;
  const next = tokens[i + 1]?.text.toLowerCase();
  return next !== "nur" && next !== "only" && next !== "just";
}

// Verbs of calling and thinking someone something: "Nobody thinks you're stupid", "I'm not
// calling you an idiot", "Niemand hält Sie für dumm", "Ich wollte Sie nicht als Idioten bezeichnen".
const CALLING: Record<Language, Set<string>> = {
  de: new Set(["bezeichnen", "bezeichnet", "bezeichne", "nennen", "nenne", "nennt", "genannt", "halten", "halte", "haelt", "haelst", "gehalten", "behauptet", "behaupte", "betrachten", "betrachte", "sehen", "sehe", "finden", "finde", "findet", "wirken", "wirkten", "wirkt", "klingen", "klangen", "klingt"]),
  en: new Set(["calling", "call", "called", "calls", "think", "thinks", "thought", "mean", "meant", "implying", "implied", "suggesting", "suggest", "feel", "consider", "considers", "find", "finds", "saying", "said", "say", "sound", "sounded", "look", "looked", "seem", "seemed", "appear", "appeared"]),
};

// How far back in its clause the denial may stand: "Kein Mensch würde Sie deswegen für einen
// Idioten halten", "No one here would ever think of you as an idiot" (the clause ends at a comma
// or a "but" before that).
const CALLING_REACH = 10;

/**
 * An insult denied by a verb of calling or thinking in its clause: a denial, then the verb, then
 * the word ("nobody thinks you're stupid"), or in German the verb after it ("nicht als Idioten
 * bezeichnen"); also "It's not that you're incompetent". A comma or a "but" ends the clause: "I
 * don't care, you idiot" stays an insult.
 */
function isDeniedCalling(tokens: readonly Token[], match: LexiconMatch, prose: string, language: Language): boolean {
  if (match.entry.kind !== "insult") return false;
  let denial = -1;
  let calling = false;
  for (let i = match.firstToken - 1; i >= 0 && i >= match.firstToken - CALLING_REACH; i--) {
    if (/[,;:.!?–—]/.test(prose.slice(tokens[i].end, tokens[i + 1].start))) break;
    // Folded like the lists ("hält" is "haelt").
    const key = lexiconKey(tokens[i].text);
    if (key === "but" || key === "aber" || key === "sondern") break;
    if (CALLING[language].has(key)) calling = true;
    if (DENIALS[language].has(key) || key === "nobody" || key === "none" || key === "don't" || key === "dont" || key === "didn't" || key === "never" || (language === "de" && key === "nie")) {
      denial = i;
      break;
    }
  }
  if (denial < 0) return false;
  const after = tokens[denial + 1]?.text.toLowerCase();
  if (after === "only" || after === "nur" || after === "just") return false;
  if (calling || (language === "en" && after === "that")) return true;
  // German: the verb after the word ("nicht als Idioten bezeichnen").
  if (language !== "de") return false;
  for (let i = match.lastToken + 1; i < tokens.length && i <= match.lastToken + 2; i++) if (CALLING.de.has(tokens[i].text.toLowerCase())) return true;
  return false;
}

/**
 * A title named after its author: "Dostoevsky's The Idiot", "Dostojewskis Der Idiot": a
 * capitalised article after a possessive, then the capitalised list word.
 */
function isTitleAfterPossessive(tokens: readonly Token[], match: LexiconMatch): boolean {
  // English titles need no article: "Green Day's American Idiot", "Steve Martin's The Jerk".
  // At least two capitalised words after the possessive: "Crist's Ass" in a headline is no title.
  if (/^\p{Lu}/u.test(tokens[match.firstToken].text)) {
    for (let i = match.firstToken - 1; i >= 0 && i >= match.firstToken - 3; i--) {
      const text = tokens[i].text;
      if (/^\p{Lu}\p{L}*['’]s$/u.test(text)) return i < match.firstToken - 1;
      if (!/^\p{Lu}/u.test(text)) break;
    }
  }
  const article = tokens[match.firstToken - 1];
  const owner = tokens[match.firstToken - 2];
  if (!article || !owner || !/^(?:The|A|An|Der|Die|Das|Ein|Eine)$/.test(article.text)) return false;
  if (!/^\p{Lu}/u.test(tokens[match.firstToken].text)) return false;
  return /^\p{Lu}\p{L}*(?:['’]s|s|['’])$/u.test(owner.text);
}

// Words whose first sense is an animal or a thing: "bitch" in dog breeding, "cock" on a farm or
// in plumbing, "ass" the donkey, "pussy" the cat; German "Kuh", "Zicke" (the she-goat), "Sau"
// on a farm, "Mist" the manure, "Nieten" the rivets. Silent in a sentence that names the domain
// (a second animal, the stable, the field, the workshop): "Die Zicke hat zwei Lämmer", "Der Mist
// für die Beete kommt am Montag", "Bitte prüfen Sie die Nieten am Träger".
const ANIMAL_SENSE = new Set([
  "bitch", "bitches", "cock", "cocks", "ass", "asses", "pussy",
  "kuh", "kuehe", "zicke", "zicken", "ziege", "ziegen", "sau", "saeue", "esel", "gans", "gaense", "ochse", "ochsen", "bock", "schwein", "schweine", "affe", "affen",
  "hund", "hunde", "mist", "luder", "niete", "nieten", "kroete", "kroeten", "hornochse",
]);
const ANIMAL_DOMAIN = new Set([
  "dog", "dogs", "puppy", "puppies", "pup", "pups", "litter", "litters", "whelp", "whelps", "whelped", "whelping", "stud", "breeder", "breeding", "kennel", "vet",
  "mating", "mated", "spayed", "season", "scan", "hen", "hens", "rooster", "chickens", "chicks", "farm", "donkey", "donkeys", "mule", "cat", "cats", "kitten",
  "willow", "valve", "tap", "plumber", "pipe", "ewe", "sire", "dam", "pedigree", "crows", "crowed", "cistern",
  // German farm, stable, garden, hunting and workshop words
  "stall", "hof", "bauernhof", "hofladen", "weide", "koppel", "gatter", "kalb", "kaelber", "kaelbchen", "ferkel", "lamm", "laemmer", "zicklein", "fohlen", "welpen", "welpe",
  "geworfen", "werfen", "wirft", "traechtig", "gekalbt", "kalbt", "tierarzt", "tieraerztin", "futter", "gefuettert", "fuettern", "heu", "stroh", "melken", "gemolken", "milch",
  "beet", "beete", "duenger", "duengen", "garten", "acker", "feld", "felder", "ausbringen", "ausgebracht", "kompost", "misthaufen", "angeliefert", "fuhre", "anhaenger",
  "jagd", "jaeger", "hochsitz", "ansitz", "fuchs", "fuchsansitz", "revier", "kirr", "kirrung",
  "traeger", "rahmen", "blech", "bleche", "nietzange", "verbindung", "schrauben", "schweissnaht", "karosserie", "zoo", "gehege", "tierpark", "herde", "schlachten", "geschlachtet",
]);

function isAnimalSense(tokens: readonly Token[], match: LexiconMatch, sentence: Sentence): boolean {
  if (match.firstToken !== match.lastToken || !ANIMAL_SENSE.has(lexiconKey(tokens[match.firstToken].text))) return false;
  for (const token of tokens) {
    if (token.start >= sentence.start && token.end <= sentence.end && token !== tokens[match.firstToken] && ANIMAL_DOMAIN.has(lexiconKey(token.text))) return true;
  }
  return false;
}

/** "@KotzenderStern": a user name, not words. */
function isHandle(prose: string, start: number): boolean {
  return prose[start - 1] === "@";
}

function isMeant(match: LexiconMatch, tokens: readonly Token[], prose: string, language: Language, sentenceStart: number): boolean {
  const level = match.entry.level;
  if (level !== "aimed" && level !== "person") return true;
  // Judge the words within their sentence: cut the tokens at the sentence start (and keep the
  // three words after the match, for "Idioten wie Sie", "blöd sind deutsche Politiker").
  let first = match.firstToken;
  while (first > 0 && tokens[first - 1].start >= sentenceStart) first--;
  const shifted = { ...match, firstToken: match.firstToken - first, lastToken: match.lastToken - first };
  return isAimed(shifted, tokens.slice(first, match.lastToken + 4), prose, language, level === "person");
}

// A quotation this short names a title or a word; a longer one may be the sender's own speech.
const MAX_MENTION_WORDS = 8;

function isMention(quote: QuoteSpan, match: LexiconMatch, prose: string): boolean {
  if (match.start < quote.start || match.end > quote.end) return false;
  const words = prose.slice(quote.start, quote.end).trim().split(/\s+/).filter(Boolean);
  return words.length <= MAX_MENTION_WORDS;
}

// --- Messages ------------------------------------------------------------------------------

/** The words in the quotation marks of the language: „so“ or "so". */
export function quoted(text: string, language: Language): string {
  const oneLine = text.replace(/\s+/g, " ");
  return language === "de" ? `„${oneLine}“` : `"${oneLine}"`;
}
