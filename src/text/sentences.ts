// Splits prose into sentences with body offsets. Sentences end at . ! ? (and runs of them)
// followed by white space, and always at blank lines. Abbreviations ("z. B.", "ca.", "Nr.",
// "e.g.", "Mr.") and German ordinal dates ("27. November", "27.11.2026") do not end a sentence.

import { monthAbbreviations, monthPrefixes } from "./months.js";

export interface SentenceSpan {
  start: number;
  end: number;
}

// Abbreviations that end a sentence only before a capital ("usw. Wir ..."); those that never do
// are LEADING_ABBREVIATIONS below.
const ABBREVIATIONS = new Set([
  // German
  "z", "b", "usw", "evtl", "ggf", "nr", "str", "tel", "dr", "prof", "hr", "fr",
  "bspw", "u", "a", "d", "h", "o", "s", "mfg", "abs", "ff", "max", "min", "mind", "jun", "sen",
  // English
  "e", "g", "i", "mr", "mrs", "ms", "st", "etc", "no", "inc", "ltd", "co", "corp", "dept", "est",
  // Months: "Nov.", "Sept."
  ...monthAbbreviations(["de", "en"]),
]);

// Abbreviations that always lead into what follows, so they end no sentence even before a
// capital: German nouns are capitalised ("inkl. Fracht", "zzgl. Versand", "bzgl. Ihrer Anfrage").
const LEADING_ABBREVIATIONS = new Set(["inkl", "zzgl", "exkl", "bzgl", "bzw", "ca", "vgl", "gem", "lt", "approx", "vs"]);

// Titles before a name never end a sentence: "Mr. Smith", "Dr. Weber", "Hr. Maier".
const TITLES = new Set(["mr", "mrs", "ms", "dr", "prof", "hr", "fr", "st"]);

const MONTH_AFTER_ORDINAL = new RegExp(`^\\s+(?:${monthPrefixes().join("|")})`, "i");

/**
 * The longest sentence handed to rules. Real sentences are shorter; a longer "sentence" is a
 * pasted log, a table or a line without punctuation, and cutting it at white space keeps the
 * cost of the NLP libraries (whose time grows faster than the text) bounded per sentence.
 */
export const MAX_SENTENCE_LENGTH = 600;

/** Sentence spans of `prose` between body offsets `start` and `end`, trimmed of white space. */
export function splitSentences(prose: string, start = 0, end = prose.length): SentenceSpan[] {
  return splitByPunctuation(prose, start, end).flatMap((span) => capLength(prose, span));
}

/** Cuts a span longer than MAX_SENTENCE_LENGTH at the last white space before the limit. */
function capLength(prose: string, span: SentenceSpan): SentenceSpan[] {
  if (span.end - span.start <= MAX_SENTENCE_LENGTH) return [span];
  const pieces: SentenceSpan[] = [];
  let from = span.start;
  while (span.end - from > MAX_SENTENCE_LENGTH) {
    const cut = lastSpaceAfter(prose, from, from + MAX_SENTENCE_LENGTH) ?? from + MAX_SENTENCE_LENGTH; // one long word: cut it anyway
    pieces.push({ start: from, end: cut });
    from = cut;
    while (from < span.end && /\s/.test(prose[from])) from++;
  }
  if (from < span.end) pieces.push({ start: from, end: span.end });
  return pieces;
}

/**
 * The last space in (from, to], or undefined. Not prose.lastIndexOf(" ", to): without a space it
 * searches back to the start of the prose, for every cut of a long word (a 3 MB word took 13 s).
 */
function lastSpaceAfter(prose: string, from: number, to: number): number | undefined {
  for (let i = to; i > from; i--) if (prose[i] === " ") return i;
  return undefined;
}

function splitByPunctuation(prose: string, start: number, end: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let sentenceStart = -1;
  const push = (to: number) => {
    if (sentenceStart < 0) return;
    let e = to;
    while (e > sentenceStart && /\s/.test(prose[e - 1])) e--;
    if (e > sentenceStart) spans.push({ start: sentenceStart, end: e });
    sentenceStart = -1;
  };
  for (let i = start; i < end; i++) {
    const ch = prose[i];
    if (sentenceStart < 0) {
      if (!/\s/.test(ch)) sentenceStart = i;
      continue;
    }
    if (ch === "\n" && isBlankLineAhead(prose, i + 1, end)) {
      push(i);
      continue;
    }
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i + 1;
      while (j < end && /[.!?…"'“”»)\]]/.test(prose[j])) j++;
      // Inside a word ("e.g.x", "...x"): no end here, nor anywhere else in this run of
      // punctuation (skipping it keeps a long "....x" run linear, not quadratic).
      if (j < end && !/\s/.test(prose[j])) {
        i = j - 1;
        continue;
      }
      if (ch === "." && j === i + 1 && !endsSentence(prose, sentenceStart, i, j, end)) continue;
      push(j);
      i = j - 1;
    }
  }
  push(end);
  return spans;
}

function isBlankLineAhead(prose: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    if (prose[i] === "\n") return true;
    if (!/[ \t\r]/.test(prose[i])) return false;
  }
  return true;
}

/** Decides whether the single period at `dot` ends a sentence. */
function endsSentence(prose: string, sentenceStart: number, dot: number, after: number, end: number): boolean {
  let w = dot;
  while (w > sentenceStart && /[\p{L}\p{N}]/u.test(prose[w - 1])) w--;
  const word = prose.slice(w, dot);
  if (/^\d+$/.test(word)) {
    // "27. November", "am 3. Mai": an ordinal, not an end.
    if (MONTH_AFTER_ORDINAL.test(prose.slice(after, Math.min(end, after + 6)))) return false;
    // "bis 04.12. wieder dicht": a German date without a year, and the sentence goes on in lower case.
    if (/\d\.$/.test(prose.slice(Math.max(sentenceStart, w - 3), w)) && /^\s+\p{Ll}/u.test(prose.slice(after, Math.min(end, after + 3)))) return false;
  }
  if (TITLES.has(word.toLowerCase()) || LEADING_ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (ABBREVIATIONS.has(word.toLowerCase()) && word.length <= 5) {
    // An abbreviation followed by a lower-case word or a digit continues the sentence.
    const next = prose.slice(after, Math.min(end, after + 3)).trimStart()[0] ?? "";
    if (next === "" || /[\p{Ll}\d]/u.test(next) || word.length === 1) return false;
  }
  return true;
}
