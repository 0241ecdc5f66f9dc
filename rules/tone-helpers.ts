// What the word-list tone rules (no-insult, no-profanity, no-condescension) share: running the
// lexicon over the sentences a rule should read, keeping "aimed" words only when they are aimed
// at someone, letting the longest match win, and staying silent on words in quotation marks
// that are mentioned rather than meant ("the word 'idiot'", the novel "The Idiot").
import type { Language, RuleContext, Sentence, Token, ZoneKind } from "../src/types.js";
import { matchLexicon, type LexiconMatch } from "../src/text/lexicon.js";
import { lexiconKey } from "../src/text/disguise.js";
import { personNouns, toneLexicon, type ToneKind } from "./tone-data.js";

export interface ToneFinding {
  /** Body offsets of the offending words. */
  start: number;
  end: number;
  /** The words as written in the draft. */
  text: string;
  language: Language;
  /** What the list says to write instead, if anything. */
  hint?: string;
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
// an innocent phrase over an insult over swearing over condescension.
const PRIORITY: Record<string, number> = { ok: 0, insult: 1, profanity: 2, condescension: 3 };

/** Every finding of `kind` in the zones the rule reads. */
export function scanTone(context: RuleContext, kind: ToneKind): ToneFinding[] {
  const options = context.options;
  const lexicon = toneLexicon(kind, { extraWords: stringList(options.extraWords), allowWords: stringList(options.allowWords) });
  const prose = context.draft.prose;
  const findings: ToneFinding[] = [];
  for (const zone of context.zones(options.checkQuoted === true ? WITH_HISTORY : AUTHORED)) {
    let t = 0;
    for (const sentence of zone.sentences) {
      while (t < zone.tokens.length && zone.tokens[t].start < sentence.start) t++;
      let u = t;
      while (u < zone.tokens.length && zone.tokens[u].end <= sentence.end) u++;
      const tokens = zone.tokens.slice(t, u);
      t = u;
      const matches = matchLexicon(lexicon, tokens, prose, sentence.language).filter(
        (match) => !isHandle(prose, match.start) && isMeant(match, tokens, prose, sentence.language),
      );
      const quotes = quoteSpans(prose, sentence);
      for (const match of longestMatches(matches)) {
        if (match.entry.kind !== kind || match.entry.level === "ok") continue;
        if (quotes.some((quote) => isMention(quote, match, prose))) continue;
        const text = context.draft.body.slice(match.start, match.end);
        findings.push({ start: match.start, end: match.end, text, language: sentence.language, hint: match.entry.hint });
      }
    }
  }
  return findings;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** Leftmost-longest matches that do not overlap; ties go to the more specific list. */
export function longestMatches(matches: LexiconMatch[]): LexiconMatch[] {
  const rank = (match: LexiconMatch) => PRIORITY[match.entry.level === "ok" ? "ok" : match.entry.kind] ?? 9;
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const kept: LexiconMatch[] = [];
  let coveredTo = -1;
  for (const match of sorted) {
    // A longer match that starts later still beats a shorter one it overlaps ("du Vollidiot").
    const previous = kept[kept.length - 1];
    if (match.start < coveredTo) {
      if (previous && match.end - match.start > previous.end - previous.start && match.end > previous.end) {
        kept[kept.length - 1] = match;
        coveredTo = match.end;
      }
      continue;
    }
    kept.push(match);
    coveredTo = match.end;
  }
  return kept;
}

/** "@KotzenderStern": a user name, not words. */
function isHandle(prose: string, start: number): boolean {
  return prose[start - 1] === "@";
}

function isMeant(match: LexiconMatch, tokens: readonly Token[], prose: string, language: Language): boolean {
  const level = match.entry.level;
  if (level === "aimed" || level === "person") return isAimed(match, tokens, prose, language, level === "person");
  return true;
}

// --- Is an "aimed" word aimed at someone? -------------------------------------------------

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
    if (PRONOUNS[language].has(key(i)) && (language === "en" || key(i) !== "er")) {
      const before = prose.slice(i > 0 ? tokens[i - 1].end : Math.max(0, tokens[i].start - 40), tokens[i].start);
      const opensClause = i === 0 || SENTENCE_OPENERS.test(before);
      if (opensClause && (language === "en" || back === 1 || isLowerCase(tokens, i + 1, first))) return true;
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
  // Pointed at: "dieser Feigling", "dieses dumme Weib".
  if (!personOnly && (DEMONSTRATIVE_DETERMINERS[language].has(key(first - 1)) || DEMONSTRATIVE_DETERMINERS[language].has(key(first - 2)))) return true;
  // Said of someone: subject + verb within four words before the match.
  for (let back = 1; back <= 4; back++) {
    const i = first - back;
    if (i < 0) break;
    const word = key(i);
    if (PRONOUN_COPULAS.has(word)) return true;
    if (!COPULAS[language].has(word)) continue;
    if (!personOnly) return !THINGS[language].has(key(i - 1)) || isPerson(key(i + 1), language);
    if (isPerson(key(i - 1), language) || (language === "de" && DEMONSTRATIVES.has(key(i - 1)))) return true;
    // A question: "Sind Sie ein Esel?", "are you a clown?"
    return isPerson(key(i + 1), language) && i + 1 < first;
  }
  return false;
}

const DEMONSTRATIVE_DETERMINERS: Record<Language, Set<string>> = {
  de: new Set(["dieser", "diese", "diesen", "dieses", "diesem"]),
  en: new Set<string>(), // "that was crazy", "this comment useless": English demonstratives point at things too often
};

// Subjects that are things, not people: "it is a pig" may be the animal, "das ist eine Sau" too.
const THINGS: Record<Language, Set<string>> = {
  de: new Set(["es", "das", "dies", "dieses", "was"]),
  en: new Set(["it", "this", "that", "which", "there", "what"]),
};

function isPerson(key: string, language: Language): boolean {
  return PRONOUNS[language].has(key) || personNouns(language).has(key);
}

/** German adjectives between a pronoun and a noun are lower case ("Sie blöder Esel"). */
function isLowerCase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/^\p{Ll}/u.test(tokens[i].text)) return false;
  return true;
}

// --- Quotation marks: mentioned, not meant -----------------------------------------------

interface QuoteSpan {
  /** Offsets of the quoted text, inside the marks. */
  start: number;
  end: number;
}

const QUOTE_MARKS = new Set(['"', "„", "“", "”", "«", "»", "‹", "›", "‚", "‘", "’", "'"]);
// A quotation this short names a title or a word; a longer one may be the sender's own speech.
const MAX_MENTION_WORDS = 8;

/** Spans between quotation marks in a sentence; apostrophes ("don't", "it’s") are not marks. */
export function quoteSpans(prose: string, sentence: Pick<Sentence, "start" | "end">): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = prose[i];
    if (!QUOTE_MARKS.has(ch)) continue;
    const letterBefore = i > 0 && /[\p{L}\p{N}]/u.test(prose[i - 1]);
    const letterAfter = i + 1 < prose.length && /[\p{L}\p{N}]/u.test(prose[i + 1]);
    if ((ch === "'" || ch === "’") && letterBefore && letterAfter) continue;
    if (open < 0) {
      if (letterBefore && (ch === "'" || ch === "’")) continue; // "Hans' Auto"
      open = i;
    } else {
      spans.push({ start: open + 1, end: i });
      open = -1;
    }
  }
  return spans;
}

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
