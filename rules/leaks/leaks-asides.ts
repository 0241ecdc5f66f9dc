// Internal content that carries no "intern:" label: a line that speaks to a colleague in the
// middle of a mail to a customer ("@Max: ...", "Priya - please check ...", "Team: bitte ...",
// "Note for sales: ..."), and figures that stay inside the company (purchase prices, margins,
// own costs). Read per zone, on the zone's tokens, with the lists of rules/leaks/data/*.txt.
//
// Precision first. A name counts only at the start of a line, followed by "," ":" or a dash,
// and only when the words after it are meant for a colleague (informal "du", "please", "can
// you", "she/he": aside-cues.txt); never a recipient's name or the name in the greeting; never
// in a German line that addresses the reader as "Sie". The first line of the text is its
// greeting and is never read as an aside.
import type { Token } from "../../src/rule-api.js";
import { firstMatchAt, type PhraseIndex, type PhraseMatch, type TokenText } from "./leaks-phrases.js";

/** What the aside and figure readers need, prepared once per draft. */
export interface AsideLists {
  firstNames: ReadonlySet<string>;
  cues: PhraseIndex;
  vocatives: PhraseIndex;
  /** Vocatives that need a cue after them (marked "~" in the list). */
  weakVocatives: ReadonlySet<string>;
  noteAudiences: ReadonlySet<string>;
  figures: PhraseIndex;
  /** Figure terms that need "wir"/"we" in the sentence (marked "~"). */
  figuresNeedingWe: ReadonlySet<string>;
  /** Figure terms that need an amount of money in the sentence (marked "="). */
  figuresNeedingMoney: ReadonlySet<string>;
}

export interface People {
  /** First names (normalised) of colleagues named in the mail's headers and quote headers. */
  colleagues: ReadonlySet<string>;
  /** Names (normalised) of the external recipients and of whoever the greeting addresses. */
  readers: ReadonlySet<string>;
  /** Normalised words of the external recipients' display names ("Martens"), for remarks about them. */
  readerNames: ReadonlySet<string>;
}

export interface AsideHit {
  kind: "aside" | "internal-figure" | "colleague-request";
  start: number;
  end: number;
}

// Between a vocative and its words: "Max:", "Max,", "Max -", "Max –".
const VOCATIVE_GAP = /^[ \t]*(?:[,:]|[-–—](?=[ \t]))[ \t]*$/;
// Before the first word of a line: blanks, a bullet, stars or an opening bracket ("- ", "*** ",
// "(Reminder for me: ...)"), and "@".
const LINE_PREFIX = /^[ \t]*(?:[-*•>([{]+[ \t]*)?(@?)$/;
// Words that address the reader formally in German: such a line speaks to the customer.
const FORMAL_YOU = new Set(["Sie", "Ihnen", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Euch"]);
// An amount of money (a currency sign or code next to a number) or a percentage.
const MONEY = /(?:[$£€]\s?\d|(?<![\d.,])\d[\d.,]*\s?(?:[$£€%]|eur\b|euro\b|usd\b|gbp\b|chf\b|dollars?\b|pounds?\b|prozent\b|percent\b)|\b(?:eur|usd|gbp|chf)\s?\d)/i;
const WE = new Set(["wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "we", "us", "our"]);
const READER_POSSESSIVES = new Set(["ihre", "ihr", "ihrer", "ihren", "ihrem", "your", "their", "deren", "eure", "euer"]);
const NOTE_WORDS = new Set(["ps", "nb", "note", "notes", "notiz", "hinweis", "info", "memo", "nachricht", "anmerkung", "frage", "question", "reminder", "erinnerung"]);
const NOTE_FOR = new Set(["for", "to", "an", "fur", "für", "fürs", "furs", "ans"]);
const ARTICLES = new Set(["the", "die", "den", "das", "der", "dem"]);
// Longest clause read after a vocative for a cue.
const CLAUSE_WORDS = 30;

/** Index of the first token of each line in the zone, and the offset where that line starts. */
function lineStarts(text: TokenText, zoneStart: number): { index: number; lineStart: number }[] {
  const starts: { index: number; lineStart: number }[] = [];
  let previousEnd = zoneStart;
  const { tokens, prose } = text;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    // The last line break between the previous word and this one, read in place: only the gap is
    // searched (lastIndexOf would search back to the start of a long line for every word).
    let newline = -1;
    for (let k = token.start - 1; k >= previousEnd; k--) {
      if (prose[k] === "\n") {
        newline = k;
        break;
      }
    }
    if (newline >= 0) starts.push({ index, lineStart: newline + 1 });
    else if (index === 0) starts.push({ index, lineStart: token.start > 0 ? prose.lastIndexOf("\n", token.start - 1) + 1 : 0 });
    previousEnd = token.end;
  }
  return starts;
}

/** Tokens from `i` to the end of the sentence (or line), at most CLAUSE_WORDS. */
function clauseAfter(text: TokenText, i: number): number {
  let k = i;
  const { tokens, prose } = text;
  while (k < tokens.length && k - i < CLAUSE_WORDS) {
    const from = tokens[k].end;
    const to = k + 1 < tokens.length ? tokens[k + 1].start : from;
    k++;
    if (sentenceOrLineEndsIn(prose, from, to)) break;
  }
  return k;
}

/** True when prose[from, to) holds a line break. */
function lineBreakIn(prose: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (prose.charCodeAt(p) === 10) return true;
  return false;
}

/** True when prose[from, to) holds ".", "!", "?" or a line break. */
function sentenceOrLineEndsIn(prose: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = prose.charCodeAt(p);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true;
  }
  return false;
}

function hasCue(text: TokenText, from: number, to: number, lists: AsideLists): boolean {
  for (let k = from; k < to; k++) {
    const match = firstMatchAt(text, k, lists.cues);
    if (match && match.after <= to) return true;
  }
  return false;
}

function addressesReaderFormally(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FORMAL_YOU.has(tokens[k].text)) return true;
  return false;
}

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
}

/**
 * Lines that speak to colleagues. `greetingLine`: the zone's first line is its greeting (the
 * text written now); in a colleague's quoted message it is where the colleague greets the
 * sender ("Emma, ok to refund ..."), which counts when the name is a colleague's.
 */
export function findAsides(
  text: TokenText,
  zoneStart: number,
  lists: AsideLists,
  people: People,
  firstLine: "greeting" | "colleague-greeting",
  sentences?: readonly { start: number; end: number }[],
): AsideHit[] {
  const hits: AsideHit[] = [];
  const { tokens, prose } = text;
  const starts = lineStarts(text, zoneStart);
  starts.forEach(({ index: i, lineStart }, n) => {
    const prefix = LINE_PREFIX.exec(prose.slice(lineStart, tokens[i].start));
    if (!prefix) return;
    const lineEnd = n + 1 < starts.length ? starts[n + 1].index : tokens.length;
    const report = (after: number) => {
      const end = clauseAfter(text, after);
      hits.push({ kind: "aside", start: lineStart + prose.slice(lineStart).search(/\S/), end: tokens[Math.max(end, after) - 1].end });
    };
    // "@Max: ...", "@max.mueller bitte ...": a handle at the start of a line is always a colleague.
    if (prefix[1] === "@") {
      if (!people.readers.has(tokens[i].norm)) report(i + 1);
      return;
    }
    if (n === 0) {
      // The first line greets: in a colleague's quoted message, greeting a colleague gives it away.
      if (firstLine !== "colleague-greeting") return;
      let k = i;
      if (/^(?:hi|hallo|hello|hey|liebe|lieber|moin|servus|dear)$/.test(tokens[k].norm) && k + 1 < lineEnd) k++;
      const name = tokens[k].norm;
      if (people.colleagues.has(name) && !people.readers.has(name) && isCapitalised(tokens[k].text)) report(k + 1);
      return;
    }
    // "Note for sales:", "Hinweis an Lager:", "Info für Max:".
    if (NOTE_WORDS.has(tokens[i].norm) && i + 2 < lineEnd && NOTE_FOR.has(tokens[i + 1].norm)) {
      let k = i + 2;
      if (ARTICLES.has(tokens[k].norm) && k + 1 < lineEnd) k++;
      const audience = tokens[k].norm;
      const gap = prose.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end);
      if (/^[ \t*]*(?::|[-–—][ \t])/.test(gap) && (lists.noteAudiences.has(audience) || people.colleagues.has(audience) || (lists.firstNames.has(audience) && !people.readers.has(audience)))) {
        report(k + 1);
        return;
      }
    }
    // "Team: bitte ...", "Guys: he tried ...", "Escalations list: ...".
    const group = firstMatchAt(text, i, lists.vocatives);
    if (group && group.after < lineEnd && VOCATIVE_GAP.test(prose.slice(tokens[group.after - 1].end, tokens[group.after].start))) {
      const end = clauseAfter(text, group.after);
      const weak = lists.weakVocatives.has(group.phrase.source);
      if (end - group.after >= 3 && !addressesReaderFormally(tokens, group.after, end) && (!weak || hasCue(text, group.after, end, lists))) {
        report(group.after);
        return;
      }
    }
    // "Priya - please check ...", "Lena, kannst du ...", "Anna - she sent them back ...", "Hey Sarah, can you ...".
    const after = nameAsideAt(text, i, lineEnd, lists, people);
    if (after >= 0) report(after);
  });
  // The same in the middle of a line, at the start of a sentence: "Ihre Bestellung ist
  // unterwegs. Sarah, schau bitte noch mal ...".
  if (sentences) {
    let k = 0;
    for (const sentence of sentences) {
      while (k < tokens.length && tokens[k].start < sentence.start) k++;
      if (k === 0 || k >= tokens.length || tokens[k].start >= sentence.end) continue;
      // A line start, read above. Only the gap is searched: lastIndexOf searched back to the start
      // of the line for every sentence, quadratic in a long line (2 MB on one line: 15.7 s).
      if (lineBreakIn(prose, tokens[k - 1].end, tokens[k].start)) continue;
      let stop = k;
      while (stop < tokens.length && tokens[stop].start < sentence.end) stop++;
      const after = nameAsideAt(text, k, stop, lists, people);
      if (after >= 0) hits.push({ kind: "aside", start: tokens[k].start, end: tokens[Math.max(clauseAfter(text, after), after) - 1].end });
    }
  }
  return hits;
}

// Words that start an apposition after a name: "Owen, our warehouse lead, ...", "Lena, unsere Kollegin aus dem Lager, ...".
const APPOSITION_START = new Set(["our", "my", "the", "unser", "unsere", "unserer", "mein", "meine", "der", "die", "ein", "eine", "a", "an"]);

// Greetings that may stand before a colleague's name in an aside: "Hey Sarah, can you ...".
const INTERJECTIONS = new Set(["hey", "hi", "hallo", "hello", "moin", "servus"]);

/**
 * A colleague's first name at token i (after "hey"/"hallo"), then "," ":" or a dash, then words
 * meant for a colleague (a cue, no formal "Sie"): returns the index after the name, or -1.
 */
function nameAsideAt(text: TokenText, i: number, end: number, lists: AsideLists, people: People): number {
  const { tokens, prose } = text;
  let k = i;
  if (INTERJECTIONS.has(tokens[k].norm) && k + 1 < end && /^[ \t]+$/.test(prose.slice(tokens[k].end, tokens[k + 1].start))) k++;
  const name = tokens[k].norm;
  // Set lookups first: most words are no name, and isCapitalised copies the word.
  if (people.readers.has(name) || (!lists.firstNames.has(name) && !people.colleagues.has(name))) return -1;
  if (!isCapitalised(tokens[k].text)) return -1;
  if (k + 1 >= end || !VOCATIVE_GAP.test(prose.slice(tokens[k].end, tokens[k + 1].start))) return -1;
  // "Owen, our warehouse lead, is in copy": an apposition introduces the colleague to the reader.
  if (APPOSITION_START.has(tokens[k + 1].norm)) return -1;
  const clauseEnd = clauseAfter(text, k + 1);
  if (addressesReaderFormally(tokens, k + 1, clauseEnd)) return -1;
  return hasCue(text, k + 1, clauseEnd, lists) ? k + 1 : -1;
}

const SOMEONE = new Set(["jemand", "wer", "someone", "somebody", "anyone", "anybody", "who"]);
const MODALS = new Set(["kann", "könnte", "koennte", "mag", "will", "can", "could", "would", "will"]);
// Taking a case over: "übernehmen", "sich kümmern", "take this (one)", "pick it up", "deal with".
const TAKE_OVER = new Set(["übernehmen", "uebernehmen", "übernimmt", "kümmern", "kuemmern", "kümmert", "erledigen", "erledigt", "handle", "deal", "pick", "cover"]);
const TAKE = new Set(["take", "takes"]);
const TAKE_WHAT = new Set(["this", "it", "that", "over", "him", "her", "them"]);
const ADDRESSES_READER = new Set(["sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "you", "your", "yours"]);

/**
 * Questions that look for a colleague to take the case: "Kann das bitte jemand aus dem Lager
 * übernehmen?", "Can someone from billing take this one?". A question with "jemand"/"someone"
 * (or "wer"/"who" first), a modal verb before it and a verb of taking over, that does not speak
 * to the reader ("Kann jemand bei Ihnen das Paket annehmen?", "Can someone at your end ...").
 */
export function findRequests(text: TokenText, sentences: readonly { start: number; end: number }[]): AsideHit[] {
  const hits: AsideHit[] = [];
  const { tokens, prose } = text;
  let k = 0;
  for (const sentence of sentences) {
    while (k < tokens.length && tokens[k].start < sentence.start) k++;
    let stop = k;
    while (stop < tokens.length && tokens[stop].start < sentence.end) stop++;
    if (stop - k < 3 || stop - k > 25 || !prose.slice(tokens[stop - 1].end, sentence.end).includes("?")) continue;
    let someone = -1;
    let modal = -1;
    let takeOver = false;
    let reader = false;
    for (let t = k; t < stop; t++) {
      const norm = tokens[t].norm;
      // "you"/"your", and German "Sie"/"Ihnen"/"Ihr..." written with a capital (lower case: she, they, her).
      if (ADDRESSES_READER.has(norm) && (norm.startsWith("you") || tokens[t].text[0] !== norm[0])) reader = true;
      if (SOMEONE.has(norm) && someone < 0 && (norm !== "wer" && norm !== "who" ? true : t === k)) someone = t;
      if (MODALS.has(norm) && modal < 0) modal = t;
      if (TAKE_OVER.has(norm) || (TAKE.has(norm) && TAKE_WHAT.has(tokens[t + 1]?.norm ?? ""))) takeOver = true;
    }
    if (reader || someone < 0 || modal < 0 || !takeOver) continue;
    if (modal > someone && tokens[someone].norm !== "wer" && tokens[someone].norm !== "who") continue;
    hits.push({ kind: "colleague-request", start: tokens[k].start, end: tokens[stop - 1].end });
  }
  return hits;
}

/**
 * Sentences that name an internal figure: a term from figure-terms.txt and a number in the
 * same sentence, the term not the reader's ("Ihre Marge").
 */
export function findFigures(text: TokenText, sentences: readonly { start: number; end: number }[], lists: AsideLists): AsideHit[] {
  const hits: AsideHit[] = [];
  let s = 0;
  for (let i = 0; i < text.tokens.length; i++) {
    const match: PhraseMatch | undefined = firstMatchAt(text, i, lists.figures);
    if (!match) continue;
    const token = text.tokens[i];
    const source = match.phrase.source;
    if (/\p{Lu}/u.test(source) && text.prose.slice(token.start, text.tokens[match.after - 1].end) !== source) continue;
    if (i > 0 && READER_POSSESSIVES.has(text.tokens[i - 1].norm)) continue;
    while (s < sentences.length && sentences[s].end <= token.start) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.start > token.start) continue;
    const words = text.prose.slice(sentence.start, sentence.end);
    if (!/\d/.test(words)) continue;
    if (lists.figuresNeedingWe.has(source) && !words.split(/[^\p{L}]+/u).some((w) => WE.has(w.toLowerCase()))) continue;
    if (lists.figuresNeedingMoney.has(source) && !MONEY.test(words)) continue;
    hits.push({ kind: "internal-figure", start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
    // One finding per sentence.
    while (i + 1 < text.tokens.length && text.tokens[i + 1].start < sentence.end) i++;
  }
  return hits;
}
