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
import { holdsAmount, termClause } from "./leaks-figures.js";
import { firstMatchAt, type PhraseIndex, type PhraseMatch, type TokenText } from "./leaks-phrases.js";
import { sentencesWithTokens } from "./sentence-tokens.js";

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
  /** readers and readerNames together: every word that may name a reader. */
  readerWords: ReadonlySet<string>;
  /** readerWords and the sender's own name words: no one a pronoun after them may stand for. */
  notOthers?: ReadonlySet<string>;
  /**
   * First names of colleagues who receive the mail (To or Cc): asking them something in front of
   * the customer is no aside ("Priya, could you send Karen the invoice?"); what is said may still leak.
   */
  colleaguesInCopy: ReadonlySet<string>;
  /** The quoted history names a third person ("my husband", "the driver", "he"): "he" in the reply may be them. */
  othersInQuotes: boolean;
  /** The readers' names only (display names and a first name in the greeting), for the reader as a sentence's subject. */
  readerNamesToo: ReadonlySet<string>;
  /**
   * No reader has a name the mail shows: no display name, no first name or title in the greeting
   * ("Hello," to orders@client.example). A first name called there may be the reader's.
   */
  readersUnnamed?: boolean;
  /** Where the greeting line of the text written now starts (its first line, or a salutation just below a note). */
  greetingStart?: number;
  /** The readers may be several people (several recipients, a shared mailbox, a family or club): "an alle" may be them. */
  readersMayBeGroup?: boolean;
  /** An outside recipient is a team by name ("Finance Team <finance@...>"): "Team: please ..." may be them. */
  readersAreTeam?: boolean;
  /**
   * The greeting of the text written now when it greets only colleagues who receive the mail ("Sam,"
   * to Sam and a customer): the mail was written to them.
   */
  greetedColleague?: { start: number; end: number };
}

export interface AsideHit {
  kind: "aside" | "internal-figure" | "colleague-request";
  start: number;
  end: number;
}

// Between a vocative and its words: "Max:", "Max,", "Max -", "Max –".
const VOCATIVE_GAP = /^[ \t]*(?:[,:]|[-–—](?=[ \t])|->|→|=>)[ \t]*$/;
// Before the first word of a line: blanks, a bullet, stars or an opening bracket ("- ", "*** ",
// "(Reminder for me: ...)"), and "@".
const LINE_PREFIX = /^[ \t]*(?:[-*•>([{]+[ \t]*)?(@?)$/;
// Words that address the reader formally in German: such a line speaks to the customer.
const FORMAL_YOU = new Set(["Sie", "Ihnen", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Euch"]);
// An amount of money (a currency sign or code next to a number) or a percentage.
const MONEY = /(?:[$£€]\s?\d|(?<![\d.,])\d[\d.,]*\s?(?:[$£€%]|eur\b|euro\b|usd\b|gbp\b|chf\b|dollars?\b|pounds?\b|prozent\b|percent\b)|\b(?:eur|usd|gbp|chf)\s?\d)/i;
const WE = new Set(["wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "we", "us", "our"]);
const READER_POSSESSIVES = new Set(["ihre", "ihr", "ihrer", "ihren", "ihrem", "your", "their", "deren", "eure", "euer"]);
const NOTE_WORDS = new Set(["ps", "nb", "note", "notes", "notiz", "vermerk", "hinweis", "info", "memo", "nachricht", "anmerkung", "kommentar", "frage", "question", "reminder", "erinnerung", "remark", "comment", "fyi", "heads-up", "kurz", "quick", "kurzinfo"]);
const NOTE_FOR = new Set(["for", "to", "an", "fur", "für", "fürs", "furs", "ans"]);
const ARTICLES = new Set(["the", "die", "den", "das", "der", "dem"]);
// A number with a unit of length, weight or time: a measurement.
const MEASURE = /\d\s?(?:mm|cm|m|km|in|inch|inches|ft|feet|px|pt|kg|g|lbs?|days?|hours?|minutes?|tage?n?|stunden?|minuten?)(?!\p{L})/iu;
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

/** The formal German "Sie"/"Ihnen"/"Ihr..." or English "you"/"your". */
function speaksToReader(tokens: readonly Token[], from: number, to: number): boolean {
  if (addressesReaderFormally(tokens, from, to)) return true;
  for (let k = from; k < to; k++) if (YOU_WORDS.has(tokens[k].norm)) return true;
  return false;
}
const YOU_WORDS = new Set(["you", "your", "yours", "you're", "you'll", "you've", "you'd"]);

function addressesReaderFormally(tokens: readonly Token[], from: number, to: number): boolean {
  // "Ihr" with a capital is the reader's in the middle of a clause ("Max, Ihr Sohn, ..."); first, it may be the plural "you".
  for (let k = from; k < to; k++) if (FORMAL_YOU.has(tokens[k].text) || (tokens[k].text === "Ihr" && k > from)) return true;
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
  const address: Addressing = { colleagueMessage: firstLine === "colleague-greeting", formalZone: addressesReaderFormallySomewhere(text) };
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
    const greets = firstLine === "greeting" && people.greetingStart !== undefined && people.greetingStart >= zoneStart ? lineStart + prose.slice(lineStart).search(/\S/) === people.greetingStart : n === 0;
    // Lines above the greeting ("Jonas, kannst du das gegenlesen?" before "Hallo Herr Berger,") are read like any other.
    if (greets) {
      // The first line greets: in a colleague's quoted message, greeting a colleague gives it away.
      if (firstLine !== "colleague-greeting") return;
      let k = i;
      if (/^(?:hi|hallo|hello|hey|liebe|lieber|moin|servus|dear)$/.test(tokens[k].norm) && k + 1 < lineEnd) k++;
      const name = tokens[k].norm;
      if (people.colleagues.has(name) && !people.readers.has(name) && isCapitalised(tokens[k].text)) report(k + 1);
      return;
    }
    // "Note for sales:", "Hinweis an Lager:", "An Jonas:", "Quick one for Dave:".
    const labelled = addressedLabelAt(text, i, lineEnd, lists, people);
    if (labelled >= 0) {
      report(labelled);
      return;
    }
    // "Whoever picks this up: she's fine with Tuesday", "Wer das übernimmt: ...": a note for the colleague who takes the case.
    const handover = handoverLabelAt(text, i, lineEnd);
    // ("Whoever takes this on at your end: ..." is the reader's colleague.)
    if (handover >= 0 && !speaksToReader(tokens, i, clauseAfter(text, handover))) {
      report(handover);
      return;
    }
    // "Team: bitte ...", "Guys: he tried ...", "Escalations list: ...".
    const group = groupAsideAt(text, i, lineEnd, lists, people);
    if (group >= 0) {
      report(group);
      return;
    }
    // "Sales: don't offer her the bundle", "Lager - kann jemand ...": a department as a label, then words
    // about someone in the third person or for anyone of them ("Support: please call 0800 ..." speaks to the reader).
    if (lists.noteAudiences.has(tokens[i].norm) && !SELF.has(tokens[i].norm) && i + 1 < lineEnd && VOCATIVE_GAP.test(prose.slice(tokens[i].end, tokens[i + 1].start))) {
      const end = clauseAfter(text, i + 1);
      const speaksOfSomeone = EVERYONE.has(tokens[i].norm)
        ? talksAboutCustomer(tokens, i + 1, end, people)
        : hasThirdPerson(tokens, i + 1, end, true) || hasSomeone(tokens, i + 1, end);
      if (speaksOfSomeone) {
        report(i + 1);
        return;
      }
    }
    // "Priya - please check ...", "Lena, kannst du ...", "Anna - she sent them back ...", "Hey Sarah, can you ...".
    const after = nameAsideAt(text, i, lineEnd, lists, people, address);
    if (after >= 0) report(after);
  });
  // "cc @warehouse: hold the pallet", "(@Sarah, she's had one already)": a handle in the middle of a
  // line, before a colon or comma (not an address: a blank or bracket stands before the "@").
  for (let k = 0; k < tokens.length; k++) {
    const at = tokens[k].start;
    if (prose.charCodeAt(at - 1) !== 64 /* @ */ || !/^\p{L}/u.test(tokens[k].text)) continue;
    const before = prose[at - 2] ?? "\n";
    // A dash closes the handle like a comma: "cc @finance - hold the credit note until she pays".
    const after = /^[ \t]+[-–—][ \t]/.test(prose.slice(tokens[k].end, tokens[k].end + 4)) ? "," : (prose[tokens[k].end] ?? "");
    if (!/[\s([]/.test(before) || (after !== ":" && after !== ",") || people.readers.has(tokens[k].norm)) continue;
    // "Tweet us @LadenHelp, we reply fast": after a comma or dash, only words meant for a colleague count.
    if (after === "," && !hasCue(text, k + 1, clauseAfter(text, k + 1), lists)) continue;
    if (hits.some((hit) => hit.start <= at && hit.end >= at)) continue;
    hits.push({ kind: "aside", start: at - 1, end: tokens[Math.max(clauseAfter(text, k + 1), k + 1) - 1].end });
  }
  // The same in the middle of a line, at the start of a sentence: "Ihre Bestellung ist
  // unterwegs. Sarah, schau bitte noch mal ...".
  if (sentences) {
    for (const { first: k, stop } of sentencesWithTokens(tokens, sentences)) {
      if (k === 0 || k === stop) continue;
      // A line start, read above. Only the gap is searched: lastIndexOf searched back to the start
      // of the line for every sentence, quadratic in a long line (2 MB on one line: 15.7 s).
      if (lineBreakIn(prose, tokens[k - 1].end, tokens[k].start)) continue;
      let after = addressedLabelAt(text, k, stop, lists, people);
      if (after < 0) after = nameAsideAt(text, k, stop, lists, people, address);
      // "Your order ships Friday. FYI team: she has cancelled twice before."
      if (after < 0) after = groupAsideAt(text, k, stop, lists, people, true);
      if (after >= 0) hits.push({ kind: "aside", start: tokens[k].start, end: tokens[Math.max(clauseAfter(text, after), after) - 1].end });
    }
    // The name at the end: "Let me know if we should offer her the voucher, Dave.", "Thoughts, Priya?".
    for (const { sentence, first: k, stop } of sentencesWithTokens(tokens, sentences)) {
      if (stop - k < 2 || hits.some((hit) => hit.start <= tokens[k].start && hit.end >= tokens[k].start)) continue;
      if (!endsWithVocative(text, k, stop, sentence.end, lists, people)) continue;
      const words = prose.slice(sentence.start, sentence.end);
      hits.push({ kind: "aside", start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
    }
  }
  return hits;
}

// The reader's family and colleagues, as the mail introduces them: "Ihr Sohn Max", "your colleague
// Sarah". Not the roles we give the reader ("Ihr Ansprechpartner Max", "your account manager Sarah"):
// those are ours.
const READERS_PEOPLE = new Set([
  "sohn", "tochter", "kind", "kinder", "mann", "ehemann", "ehefrau", "gattin", "gatte", "partner", "partnerin", "lebensgefährtin", "lebensgefährte",
  "mutter", "vater", "bruder", "schwester", "enkel", "enkelin", "nachbar", "nachbarin", "kollege", "kollegin", "kollegen", "chef", "chefin",
  "vorgesetzte", "vorgesetzter", "assistent", "assistentin", "sekretärin", "son", "daughter", "child", "kid", "husband", "wife", "partner",
  "mother", "father", "brother", "sister", "grandson", "granddaughter", "neighbour", "neighbor", "colleague", "colleagues", "boss", "assistant",
]);
const TITLES = new Set(["herr", "herrn", "frau", "mr", "mrs", "ms", "dr"]);

/**
 * `people` with the names the text introduces as the reader's own people ("Ihr Sohn Max hat
 * angerufen. Max, wir haben dein Paket gefunden!"): calling them by name is no aside.
 */
export function withReadersIntroduced(text: TokenText, people: People): People {
  const { tokens } = text;
  const introduced: string[] = [];
  for (let j = 0; j + 2 < tokens.length; j++) {
    if (!READER_POSSESSIVES.has(tokens[j].norm) || !READERS_PEOPLE.has(tokens[j + 1].norm)) continue;
    const k = TITLES.has(tokens[j + 2].norm) && j + 3 < tokens.length ? j + 3 : j + 2;
    if (looksLikeName(tokens[k].text)) introduced.push(tokens[k].norm);
  }
  if (introduced.length === 0) return people;
  return { ...people, readers: new Set([...people.readers, ...introduced]), readerWords: new Set([...people.readerWords, ...introduced]), notOthers: new Set([...(people.notOthers ?? people.readerWords), ...introduced]) };
}

/**
 * A sentence that ends in ", <first name>" of someone who is not a reader, and asks something
 * (a question, or a cue for a colleague): the one named is addressed. Not a sign-off ("Best, Tom"
 * says nothing to anyone) and not a sentence that says "Sie" to the reader.
 */
function endsWithVocative(text: TokenText, k: number, stop: number, sentenceEnd: number, lists: AsideLists, people: People): boolean {
  const { tokens, prose } = text;
  const name = tokens[stop - 1];
  if (!lists.firstNames.has(name.norm) && !people.colleagues.has(name.norm)) return false;
  if (people.readers.has(name.norm) || !isCapitalised(name.text)) return false;
  if (!/^[ \t]*,[ \t]*$/.test(prose.slice(tokens[stop - 2].end, name.start))) return false;
  if (addressesReaderFormally(tokens, k, stop)) return false;
  const question = prose.slice(name.end, sentenceEnd + 1).includes("?");
  if (!question && !hasCue(text, k, stop - 1, lists)) return false;
  if (people.colleaguesInCopy.has(name.norm) && !hasThirdPerson(tokens, k, stop - 1)) return false;
  return true;
}

/** A group addressed at token i ("Team: bitte ...", "FYI team - ..."), words for them after it: the index after the group, or -1. */
const YOUR = new Set(["your", "yours"]);

function hasAny(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(tokens[k].norm)) return true;
  return false;
}

function groupAsideAt(text: TokenText, i: number, end: number, lists: AsideLists, people: People, midLine = false): number {
  const { tokens, prose } = text;
  const group = firstMatchAt(text, i, lists.vocatives) ?? firstMatchAt(text, afterAttention(text, i, end), lists.vocatives);
  if (!group || group.after >= end || !VOCATIVE_GAP.test(prose.slice(tokens[group.after - 1].end, tokens[group.after].start))) return -1;
  const clauseEnd = clauseAfter(text, group.after);
  // "Zur Info an alle:", "FYI all -": everyone who reads, unless the words talk about the customer.
  if (EVERYONE.has(tokens[group.after - 1].norm) && !talksAboutCustomer(tokens, group.after, clauseEnd, people)) return -1;
  // "Team: please sign page 4" to "Finance Team <finance@client.example>": the readers' team, unless it
  // talks of someone in the third person or of the customer.
  if (people.readersAreTeam && tokens[group.after - 1].norm === "team" && !talksAboutCustomer(tokens, group.after, clauseEnd, people) && !hasThirdPerson(tokens, group.after, clauseEnd, true)) return -1;
  const weak = lists.weakVocatives.has(group.phrase.source);
  if (clauseEnd - group.after < 3 || addressesReaderFormally(tokens, group.after, clauseEnd) || (weak && !hasCue(text, group.after, clauseEnd, lists))) return -1;
  // In the middle of a line, "Thanks. All: please update your records" speaks to the recipients as a group.
  if (weak && midLine && hasAny(tokens, group.after, clauseEnd, YOUR)) return -1;
  return group.after;
}

// Words that call for attention before a group: "FYI everyone:", "Attn team -", "Heads-up folks:".
const ATTENTION = new Set(["fyi", "attn", "attention", "cc", "nb", "heads-up", "achtung"]);

/** The index after "FYI", "Attn", "Heads up" at token i (joined to the next word on its line), or i. */
function afterAttention(text: TokenText, i: number, end: number): number {
  const { tokens, prose } = text;
  const plain = (k: number) => k + 1 < end && /^[ \t]+$/.test(prose.slice(tokens[k].end, tokens[k + 1].start));
  if (ATTENTION.has(tokens[i].norm) && plain(i)) return i + 1;
  if (tokens[i].norm === "heads" && tokens[i + 1]?.norm === "up" && plain(i) && plain(i + 1)) return i + 2;
  return i;
}

const WHOEVER = new Set(["whoever", "wer"]);
// Words that may open a handover label before "whoever": "NB for whoever ...", "Note to whoever ...".
const NOTE_OPENERS = new Set(["nb", "fyi", "note", "notiz", "info", "hinweis", "for", "to", "für"]);
const HANDOVER_VERBS = new Set(["picks", "takes", "handles", "gets", "übernimmt", "uebernimmt", "bearbeitet", "kriegt", "bekommt"]);
// The case, not a parcel: "this", "this one", "das", "den Fall", "the ticket" ("Whoever picks it up: bring ID" is the reader's parcel).
const THE_CASE = new Set(["this", "that", "das", "den", "fall", "case", "ticket", "vorgang"]);

/**
 * "Whoever picks this up:", "Wer das übernimmt:", "Whoever gets this ticket -": a label at the start of a
 * line, at most six words before its colon or dash, naming whoever takes over the case. The index after the label, or -1.
 */
function handoverLabelAt(text: TokenText, i: number, end: number): number {
  const { tokens, prose } = text;
  // "NB for whoever picks this up -", "Note for whoever takes this:", "Info für wer das übernimmt:".
  while (i < end - 1 && NOTE_OPENERS.has(tokens[i].norm) && /^[ \t]+$/.test(prose.slice(tokens[i].end, tokens[i + 1].start))) i++;
  if (!WHOEVER.has(tokens[i].norm)) return -1;
  let verb = false;
  let theCase = false;
  for (let k = i + 1; k < Math.min(end - 1, i + 7); k++) {
    if (HANDOVER_VERBS.has(tokens[k].norm)) verb = true;
    if (THE_CASE.has(tokens[k].norm)) theCase = true;
    if (/^[ \t]*(?::|[-–—][ \t])/.test(prose.slice(tokens[k].end, tokens[k + 1].start))) return verb && theCase ? k + 1 : -1;
  }
  return -1;
}

// Words that open a label but thank or greet someone: "Danke an Jonas: ...", "Thanks to Dave: ...".
const NOT_LABEL_START = new Set(["danke", "dank", "thanks", "thank", "gruss", "grüsse", "grusse", "gruesse", "greetings", "welcome", "willkommen", "credit", "kudos", "lob"]);

/**
 * A label that says for whom the line is: at most three words, "for"/"to"/"an"/"für", a
 * department or a colleague, then a colon or a dash ("Note for sales:", "Hinweis an Lager -",
 * "An Jonas:", "Quick one for Dave:", "Kurze Info an Anna:"). Returns the index after the
 * audience, or -1.
 */
function addressedLabelAt(text: TokenText, i: number, end: number, lists: AsideLists, people: People): number {
  const { tokens, prose } = text;
  if (NOT_LABEL_START.has(tokens[i].norm)) return -1;
  // "Ops note:", "Sales memo -", "Lager-Info:": a department's note as a label.
  if (lists.noteAudiences.has(tokens[i].norm) && !SELF.has(tokens[i].norm) && i + 2 < end && NOTE_WORDS.has(tokens[i + 1].norm) && VOCATIVE_GAP.test(prose.slice(tokens[i + 1].end, tokens[i + 2].start)) && /^[ \t-]?$/.test(prose.slice(tokens[i].end, tokens[i + 1].start))) {
    // "Sales note: our price list is attached for your team" speaks to the reader.
    return speaksToReader(tokens, i + 2, clauseAfter(text, i + 2)) ? -1 : i + 2;
  }
  // The same as one word: "Lager-Info:", "Sales-Memo -".
  const [department, note, more] = tokens[i].norm.includes("-") ? tokens[i].norm.split("-") : [];
  if (more === undefined && note !== undefined && lists.noteAudiences.has(department) && !SELF.has(department) && NOTE_WORDS.has(note) && i + 1 < end && VOCATIVE_GAP.test(prose.slice(tokens[i].end, tokens[i + 1].start))) {
    return speaksToReader(tokens, i + 1, clauseAfter(text, i + 1)) ? -1 : i + 1;
  }
  let noteWord = false;
  for (let f = i; f < Math.min(end - 1, i + 4); f++) {
    if (NOTE_WORDS.has(tokens[f].norm)) noteWord = true;
    if (!NOTE_FOR.has(tokens[f].norm)) continue;
    let k = f + 1;
    if (ARTICLES.has(tokens[k].norm) && k + 1 < end) k++;
    const audience = tokens[k].norm;
    const gap = prose.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end);
    if (!/^[ \t*]*(?::|[-–—][ \t])/.test(gap) || k + 1 >= end) return -1;
    // Each word before "for" is joined to the next on the same line.
    if (lineBreakIn(prose, tokens[i].start, tokens[k].end)) return -1;
    const person = (people.colleagues.has(audience) || lists.firstNames.has(audience)) && !people.readers.has(audience) && isCapitalised(tokens[k].text);
    // A department counts after a note word ("Note for sales:", "Side note for the team -"); after other
    // words ("Go to Support: ...") only a colleague's name does ("Quick one for Dave:", "An Jonas:").
    if (noteWord ? !(person || lists.noteAudiences.has(audience)) : !person) return -1;
    // "Quick note to all: please bring your ID" tells everyone who reads.
    if (EVERYONE.has(audience) && !talksAboutCustomer(tokens, k + 1, clauseAfter(text, k + 1), people)) return -1;
    return k + 1;
  }
  return -1;
}

// Words that start an apposition after a name: "Owen, our warehouse lead, ...", "Lena, unsere Kollegin aus dem Lager, ...".
const APPOSITION_START = new Set(["our", "my", "the", "unser", "unsere", "unserer", "mein", "meine", "der", "die", "ein", "eine", "a", "an"]);

// Greetings that may stand before a colleague's name in an aside: "Hey Sarah, can you ...".
const INTERJECTIONS = new Set(["hey", "hi", "hiya", "hallo", "hello", "moin", "servus", "morning", "afternoon", "evening", "fyi", "cc", "attn", "liebe", "lieber", "dear", "thanks", "thx", "danke", "ok", "okay"]);
// A postscript before a name: "PS Jonas, ...", "P.S. Dave - ...", "NB Anna: ...".
const POSTSCRIPTS = new Set(["ps", "pps", "nb"]);
// Words that ask something of the one named, right after the name without a comma: "Jonas bitte ...", "Dave please ...".
const BARE_REQUESTS = new Set(["bitte", "please", "pls", "plz"]);

/**
 * A colleague's first name at token i (after "hey"/"hallo"), then "," ":" or a dash, then words
 * meant for a colleague (a cue, no formal "Sie"): returns the index after the name, or -1.
 */
function nameAsideAt(text: TokenText, i: number, end: number, lists: AsideLists, people: People, address: Addressing): number {
  const { tokens, prose } = text;
  let k = i;
  if (POSTSCRIPTS.has(tokens[k].norm) && k + 1 < end) k++;
  else if (tokens[k].norm === "p" && tokens[k + 1]?.norm === "s" && k + 2 < end && prose.slice(tokens[k].end, tokens[k + 1].start) === ".") k += 2;
  // "Looping in Dave here: can you ...", "Adding Priya - she ...": the colleague is named as they join the thread.
  k = afterLoopingIn(tokens, prose, k, end);
  const greeted = INTERJECTIONS.has(tokens[k].norm) && k + 1 < end && /^[ \t]+$/.test(prose.slice(tokens[k].end, tokens[k + 1].start));
  if (greeted) k++;
  const name = tokens[k].norm;
  // Set lookups first: most words are no name, and isCapitalised copies the word.
  if (people.readers.has(name)) return -1;
  // A name the list does not know ("Corinne, can you ...") counts with a direct question only.
  const unknownName = !lists.firstNames.has(name) && !people.colleagues.has(name);
  // Most line and sentence starts are no vocative: the character after the word rules them out first.
  if (unknownName && (!canCloseVocative(prose, tokens[k].end) || !looksLikeName(tokens[k].text))) return -1;
  if (!isCapitalised(tokens[k].text)) return -1;
  if (k + 1 >= end) return -1;
  const gap = prose.slice(tokens[k].end, tokens[k + 1].start);
  // "Jonas bitte ...": a known name right before "bitte"/"please" needs no comma.
  const bare = !unknownName && /^[ \t]+$/.test(gap) && BARE_REQUESTS.has(tokens[k + 1].norm);
  // "Morning Jess! Could you ...": a greeting and a name close with "!" too.
  // "Dave? Could you ...": a name called on its own asks for their attention.
  const exclaimed = (greeted && /^[ \t]*!+[ \t]*$/.test(gap)) || (!unknownName && /^[ \t]*\?[ \t]*$/.test(gap));
  if (!bare && !exclaimed && !VOCATIVE_GAP.test(gap)) return -1;
  // "Owen, our warehouse lead, is in copy": an apposition introduces the colleague to the reader.
  // "Max, Ihr Sohn, hat ...": after a comma a capital "Ihr" is the reader's, not the plural "ihr".
  // After a colon no apposition follows: "Dave: the pallet is in bay 4, so please hold it".
  if ((APPOSITION_START.has(tokens[k + 1].norm) && !gap.includes(":") && !demonstrativeClause(tokens, k + 1, prose)) || tokens[k + 1].text === "Ihr") return -1;
  const clauseEnd = clauseAfter(text, k + 1);
  if (addressesReaderFormally(tokens, k + 1, clauseEnd)) return -1;
  // When no reader's name shows (no display name, a greeting without a name: "Hello," to
  // orders@client.example), a first name that no header gives a colleague may be the reader's:
  // a request to them ("Sarah, could you confirm the address?") is no aside, only words about
  // someone in the third person or a German "du" make one ("Sarah, she has cancelled twice").
  if (people.readersUnnamed === true && !people.colleagues.has(name) && !hasThirdPerson(tokens, k + 1, clauseEnd) && !hasAny(tokens, k + 1, clauseEnd, DU_PRONOUNS)) return -1;
  if (!hasCue(text, k + 1, clauseEnd, lists) && (unknownName || !speaksToNamed(text, k, clauseEnd, people, address))) return -1;
  if (unknownName && !asksDirectly(tokens, k + 1, clauseEnd)) return -1;
  // A colleague in copy is addressed in front of the customer: an aside only when the words speak
  // of someone in the third person ("Priya, she complains about everything").
  if (people.colleaguesInCopy.has(name) && !hasThirdPerson(tokens, k + 1, clauseEnd)) return -1;
  return k + 1;
}

/** How the zone addresses people: a colleague's quoted message, and whether it says "Sie" to the reader. */
interface Addressing {
  colleagueMessage: boolean;
  formalZone: boolean;
}

// Words that open a list, an apposition or an adverbial after a name, not words to the one named:
// "Jonas, Anna und ich ...", "Tom, im Auftrag von ...", "Ellie, who handles ...".
const NOT_ADDRESSED_AFTER_NAME = new Set([
  "and", "or", "und", "oder", "sowie", "bzw", "who", "whom", "whose", "which", "welche", "welcher", "as", "wie", "in", "im", "at", "from",
  "of", "on", "with", "for", "by", "aus", "von", "vom", "bei", "beim", "mit", "für", "zum", "zur", "am", "an", "i", "ca",
]);
// Verbs that open a yes/no question to the one named: "Ravi, do you know ...?", "Jonas - hat der Kurier ...?".
const QUESTION_OPENERS = new Set([
  "do", "did", "does", "have", "has", "had", "is", "are", "was", "were", "can", "could", "would", "will", "should", "shall", "any", "what", "when",
  "where", "how", "why", "hat", "hast", "habt", "ist", "bist", "sind", "war", "kannst", "kann", "könnt", "konntest", "weißt", "weisst", "wisst",
  "gibt", "gab", "haben", "wann", "wo", "was", "wie", "warum", "wieso", "ob", "können", "koennen", "könnten", "koennten", "sollen", "sollten",
  "dürfen", "duerfen", "müssen", "muessen", "wollen", "machen", "nehmen",
  // Asking for a go-ahead: "Dave - ok to send?", "Jonas, passt das so?", "Priya, good to go?".
  "ok", "okay", "alright", "good", "fine", "passt", "geht", "klappt", "reicht", "soll",
]);
const ONE_WORD_QUESTIONS = new Set(["thoughts", "ideas", "ok", "okay", "opinion", "objections", "meinung", "einverstanden", "ideen", "einwände", "einwaende"]);

/**
 * Without a cue word, the words after a known first name still speak to the one named when they
 * ask them something ("Ravi, do you know if it's in stock?", "Jonas - hat der Kurier bestätigt?"),
 * when a colleague's quoted message turns to another colleague of its headers ("Ellie, hold the
 * claim form until Friday"), or when a German mail that says "Sie" to the reader goes on in lower
 * case after the bare first name ("Jonas, gib mir kurz Bescheid"): the reader is not called by a
 * bare first name there.
 */
function speaksToNamed(text: TokenText, k: number, clauseEnd: number, people: People, address: Addressing): boolean {
  const { tokens, prose } = text;
  const next = tokens[k + 1];
  if (demonstrativeClause(tokens, k + 1, prose)) return true;
  if (!next || NOT_ADDRESSED_AFTER_NAME.has(next.norm) || APPOSITION_START.has(next.norm)) return false;
  const last = tokens[clauseEnd - 1];
  const question = /^[ \t]*\?/.test(prose.slice(last.end, last.end + 3));
  // "Dave, thoughts?", "Jonas, Meinung?": one word asked of the one named.
  if (question && clauseEnd - (k + 1) === 1 && ONE_WORD_QUESTIONS.has(next.norm)) return true;
  if (clauseEnd - (k + 1) < 2) return false;
  // ("Sarah, your daughter, called - is that sorted?" is an apposition, not a question to Sarah.)
  if (question && (QUESTION_OPENERS.has(next.norm) || next.norm === "you")) return true;
  const lowerCase = next.text[0] !== next.text[0].toUpperCase();
  if (address.colleagueMessage && people.colleagues.has(tokens[k].norm) && lowerCase) return true;
  return address.formalZone && lowerCase && /^\p{L}/u.test(next.text);
}

// Verbs right after a German demonstrative in a main clause: "die hatte", "der will", "die ist".
const DEMONSTRATIVE_VERBS = new Set(["hat", "hatte", "ist", "war", "will", "wollte", "kann", "konnte", "soll", "muss", "wird", "hätte", "wäre", "bekommt", "kriegt", "ruft", "nervt", "zahlt", "droht", "meckert", "beschwert", "schreibt", "weiß", "weiss"]);

/**
 * "Lena – die hatte schon zwei Ersatzgeräte": a German demonstrative and its verb right after it, a
 * main clause about someone said to the one named (a relative clause, "Lena, die bei uns das Lager
 * leitet, ...", has its verb last).
 */
function demonstrativeClause(tokens: readonly Token[], at: number, prose: string): boolean {
  const word = tokens[at];
  if (!((word?.text === "die" || word?.text === "der") && DEMONSTRATIVE_VERBS.has(tokens[at + 1]?.norm ?? ""))) return false;
  // "Anna, die ist diese Woche im Urlaub, vertritt ab Montag Jonas": the sentence's own verb after the
  // comma makes it an aside about Anna to the reader.
  for (let t = at + 2; t < Math.min(tokens.length - 1, at + 14); t++) {
    const gap = prose.slice(tokens[t].end, tokens[t + 1].start);
    if (/[.!?\n]/.test(gap)) return true;
    if (gap.includes(",")) return !/^\p{Ll}+t$/u.test(tokens[t + 1].text);
  }
  return true;
}

/** Whether the zone says "Sie"/"Ihnen"/"Ihr..." to the reader somewhere (not at a sentence start, where "Sie" may be "they"). */
function addressesReaderFormallySomewhere(text: TokenText): boolean {
  const { tokens, prose } = text;
  for (let k = 1; k < tokens.length; k++) {
    if (FORMAL_YOU.has(tokens[k].text) && tokens[k].text !== "Euch" && !sentenceOrLineEndsIn(prose, tokens[k - 1].end, tokens[k].start)) return true;
  }
  return false;
}

// "Looping in", "Adding", "Bringing in", "+": words that bring a colleague into the thread before their name.
const LOOPING_IN = new Set(["looping", "loop", "bringing", "pulling", "roping"]);

/** The index of the name after "Looping in"/"Adding"/"Bringing in" at `k`, or `k` itself. */
function afterLoopingIn(tokens: readonly Token[], prose: string, k: number, end: number): number {
  const norm = tokens[k].norm;
  const plain = (from: number) => /^[ \t]+$/.test(prose.slice(tokens[from].end, tokens[from + 1]?.start ?? tokens[from].end));
  if (LOOPING_IN.has(norm) && tokens[k + 1]?.norm === "in" && k + 2 < end && plain(k) && plain(k + 1)) return k + 2;
  if (norm === "adding" && k + 1 < end && plain(k)) return k + 1;
  return k;
}

// Audiences that name everyone who reads: "an alle", "FYI all", "everyone", "Hallo zusammen".
const EVERYONE = new Set(["alle", "all", "everyone", "everybody", "allerseits", "zusammen"]);
// "she"/"he" and their objects (German "sie"/"ihr" may be "they" or the plural "you": left out).
const SHE_OR_HE = new Set(["she", "he", "she's", "he's", "she'll", "he'll", "her", "him", "his", "er", "ihm", "ihn"]);

/**
 * Words to "all" speak to colleagues only when they talk about the customer: a customer noun
 * ("Zur Info an alle: Kundin hat zweimal storniert"), or "she"/"he" in a mail to one single
 * person, who cannot be "all". To a family, a club or several recipients "an alle" is them
 * ("Zur Info an alle: das Training fällt aus"), and "he" may be one of them.
 */
function talksAboutCustomer(tokens: readonly Token[], from: number, to: number, people: People): boolean {
  for (let k = from; k < to; k++) {
    const norm = tokens[k].norm;
    if (READER_NOUNS.has(norm) && !READER_POSSESSIVES.has(tokens[k - 1]?.norm ?? "")) return true;
    if (!people.readersMayBeGroup && SHE_OR_HE.has(norm.replace("’", "'"))) return true;
  }
  return false;
}

const THIRD_PERSON = new Set(["she", "he", "she's", "he's", "sie", "er"]);
const THIRD_PERSON_OBJECTS = new Set(["her", "him", "his", "ihm", "ihn", "ihr", "ihre", "ihren", "ihrem", "seine", "seinen", "seinem"]);
const SOMEONE_WORDS = new Set(["someone", "somebody", "anyone", "anybody", "jemand", "wer"]);
const SELF = new Set(["me", "myself", "self", "mich", "uns", "us"]);

/** A third-person subject ("she", "er"; not the formal "Sie"), or with `objects` also "her", "him", "ihm". */
function hasThirdPerson(tokens: readonly Token[], from: number, to: number, objects = false): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (token.text[0] !== token.norm[0] && (token.norm === "sie" || token.norm.startsWith("ihr"))) continue;
    if (THIRD_PERSON.has(token.norm) || (objects && THIRD_PERSON_OBJECTS.has(token.norm))) return true;
  }
  return false;
}

function hasSomeone(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SOMEONE_WORDS.has(tokens[k].norm)) return true;
  return false;
}

// Capitalised words that open a sentence before a comma and are no one's name.
const NOT_A_NAME = new Set([
  "also", "again", "alternatively", "anyway", "attached", "besides", "but", "finally", "first", "great", "hello", "hi", "hey", "however",
  "instead", "meanwhile", "next", "now", "ok", "okay", "otherwise", "perfect", "please", "regards", "right", "second", "so", "sorry",
  "sure", "thanks", "then", "third", "well", "yes", "no", "and", "or", "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "customer", "client", "team", "everyone", "all", "folks", "guys", "sir", "madam", "cheers",
  "also", "aber", "dann", "danke", "hallo", "ja", "nein", "gut", "okay", "bitte", "übrigens", "uebrigens", "ansonsten", "sonst", "zudem",
  "ausserdem", "außerdem", "wow", "oh", "ah", "ugh", "yay", "hmm", "oops", "alas", "gosh", "whoa", "yo", "ach", "tja", "oje", "naja", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "heute", "morgen",
]);

/** "," ":" or a blank (before a dash) right after the word. */
function canCloseVocative(prose: string, at: number): boolean {
  const c = prose.charCodeAt(at);
  return c === 44 || c === 58 || c === 32 || c === 9;
}

/** A single capitalised word of letters that is no adverb or discourse word: "Corinne", "Mateo". */
function looksLikeName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,14}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !NOT_A_NAME.has(lower) && !/(?:ly|lich|weise|ally)$/.test(lower);
}

const ASK_VERBS = new Set(["can", "could", "would", "will", "kannst", "könntest", "koenntest", "magst", "würdest", "wuerdest", "hast", "bist", "schaust", "kümmerst"]);
const YOU_INFORMAL = new Set(["you", "u", "du"]);

/** A direct question to the one addressed: "can you", "could you", "kannst du". */
function asksDirectly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (ASK_VERBS.has(tokens[k].norm) && YOU_INFORMAL.has(tokens[k + 1].norm)) return true;
  return false;
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
export function findRequests(text: TokenText, sentences: readonly { start: number; end: number }[], departments: ReadonlySet<string> = new Set()): AsideHit[] {
  const hits: AsideHit[] = [];
  const { tokens, prose } = text;
  for (const { sentence, first: k, stop } of sentencesWithTokens(tokens, sentences)) {
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
    // "Anyone free to pick this one up?": without a modal verb when the question opens with "anyone".
    if (modal < 0 && someone === k && tokens[k].norm !== "wer" && tokens[k].norm !== "who") modal = k;
    // "Can someone from finance confirm ...?", "Kann jemand aus der Buchhaltung ...?": a question to one of a department.
    if (!reader && someone >= 0 && fromDepartment(tokens, someone + 1, stop, departments)) {
      hits.push({ kind: "colleague-request", start: tokens[k].start, end: tokens[stop - 1].end });
      continue;
    }
    if (reader || someone < 0 || modal < 0 || !takeOver) continue;
    if (modal > someone && tokens[someone].norm !== "wer" && tokens[someone].norm !== "who") continue;
    hits.push({ kind: "colleague-request", start: tokens[k].start, end: tokens[stop - 1].end });
  }
  return hits;
}

const FROM_DEPARTMENT = new Set(["from", "in", "at", "aus", "im", "von", "vom", "in", "bei"]);

/** "from finance", "aus der Buchhaltung", "in the warehouse": a department right after "someone". */
function fromDepartment(tokens: readonly Token[], at: number, stop: number, departments: ReadonlySet<string>): boolean {
  if (at + 1 >= stop || !FROM_DEPARTMENT.has(tokens[at].norm)) return false;
  const k = ARTICLES.has(tokens[at + 1].norm) || tokens[at + 1].norm === "der" ? at + 2 : at + 1;
  return k < stop && departments.has(tokens[k].norm) && !SELF.has(tokens[k].norm) && !GROUP_WORDS.has(tokens[k].norm);
}
// Audiences that name no department: "someone from the team" may be the reader's.
const GROUP_WORDS = new Set(["team", "all", "alle", "everyone", "everybody", "management", "support"]);

// The reader as someone in a figure's clause, who keeps or gets it: "Sie", "Ihnen", "you" (the
// possessives name whose order or price it is: "the margin on your order is 6%" is ours).
const READER_WORDS = new Set(["Sie", "Ihnen", "you"]);
const FOR = new Set(["für", "fur", "for"]);
// Buyers a price list speaks of: resellers, dealers, trade and partner customers, the reader.
const BUYERS = /^(?:Sie|you|(?:wieder|weiter)?verkäufer\w*|(?:fach|groß|gross|zwischen)?händler\w*|partner\w*|resellers?|dealers?|retailers?|trade|wholesale\w*|stockists?|distributors?|b2b\w*|gewerbe\w*|firmenkunden|geschäftskunden|business)$/iu;
// Verbs of charging the reader: a commission the company charges is part of its price.
const CHARGING = new Set(["berechnen", "berechnet", "verlangen", "verlangt", "erheben", "erhebt", "charge", "charges", "charged", "bill", "bills"]);
const BECAUSE_OF = new Set(["wegen", "aufgrund", "angesichts", "infolge"]);

/**
 * "wegen gestiegener Einkaufspreise", "due to higher supplier prices": the term in a phrase of
 * cause (a preposition, at most two words before it); "because our cost is £40" is a clause and
 * still names the figure.
 */
function isGivenAsReason(text: TokenText, i: number): boolean {
  const { tokens } = text;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const norm = tokens[k].norm;
    if (BECAUSE_OF.has(norm)) return true;
    if (norm === "of" && tokens[k - 1]?.norm === "because") return true;
    if (norm === "to" && (tokens[k - 1]?.norm === "due" || tokens[k - 1]?.norm === "owing")) return true;
  }
  return false;
}

/** "due to our cost of £40", "wegen unseres Einkaufspreises von 12 EUR": the term's own amount right after it. */
function amountFollows(text: TokenText, after: number): boolean {
  for (let k = after; k < Math.min(text.tokens.length, after + 4); k++) if (/\d/.test(text.tokens[k].text)) return true;
  return false;
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
    // The figure stands in the term's clause: "die Anfahrt von 45 EUR haben wir nicht berechnet,
    // die kostet uns ohnehin wenig" names no cost of ours.
    const { clause, reach, worded } = termClause(text.prose, sentence, token.start, text.tokens[match.after - 1].end);
    if (worded && !/\d/.test(clause) && !holdsAmount(clause)) continue;
    if (!/\d/.test(reach) && !holdsAmount(reach)) continue;
    // "our margin of error is 2 mm": a measurement, not money.
    if (!holdsAmount(reach) && MEASURE.test(reach)) continue;
    const clauseWords = clause.split(/[^\p{L}]+/u);
    const ours = clauseWords.some((w) => WE.has(w.toLowerCase()));
    if (lists.figuresNeedingWe.has(source) && !words.split(/[^\p{L}]+/u).some((w) => WE.has(w.toLowerCase()))) continue;
    if (lists.figuresNeedingMoney.has(source) && !MONEY.test(reach)) continue;
    // The reader's figure: "Damit bleibt Ihnen eine Marge von 35 %", "the margin you keep is 20%",
    // "Für Sie entstehen keine internen Kosten". Read in the term's own clause ("Just so you know,
    // the cost price is £212" still counts).
    if (!ours && clauseWords.some((w) => READER_WORDS.has(w))) continue;
    // A figure for the reader's kind of buyer: "der Einkaufspreis für Wiederverkäufer", "cost price for trade customers".
    if (FOR.has(text.tokens[match.after]?.norm ?? "") && BUYERS.test(text.tokens[match.after + 1]?.text ?? "")) continue;
    // A commission the company charges is a price: "Für die Vermittlung berechnen wir 3 % Provision".
    if (lists.figuresNeedingWe.has(source) && clauseWords.some((w) => CHARGING.has(w.toLowerCase()))) continue;
    // A reason given to the customer: "wegen gestiegener Einkaufspreise", "due to higher costs".
    if (isGivenAsReason(text, i) && !amountFollows(text, match.after)) continue;
    hits.push({ kind: "internal-figure", start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
    // One finding per sentence.
    while (i + 1 < text.tokens.length && text.tokens[i + 1].start < sentence.end) i++;
  }
  return hits;
}

// The reader as a customer noun, and English "she"/"he" (German "sie"/"er" may be a firm or a thing).
const READER_NOUNS = new Set(["kundin", "kunde", "customer", "client", "patientin", "patient", "gast"]);
const NOTE_PRONOUNS = new Set(["she", "he", "she's", "he's"]);
const ENGLISH_READER_NOUNS = new Set(["customer", "client", "patient"]);
const SUBJECT_VERBS = new Set(["has", "is", "was", "wants", "wanted", "said", "says", "keeps", "always", "never", "already", "will", "won't", "can't", "doesn't", "didn't", "should", "must", "hasn't", "isn't", "'s", "complained", "complains", "threatened", "cancelled", "returned", "asked",
  "hat", "ist", "war", "will", "wollte", "droht", "drohte", "beschwert", "zahlt", "hatte", "weiß", "weiss"]);
// People a pronoun in the note may stand for instead ("(Note: the driver said he rang twice)").
const OTHER_PEOPLE = new Set(["driver", "courier", "technician", "engineer", "husband", "wife", "son", "daughter", "neighbour", "neighbor", "fahrer", "kurier", "techniker", "monteur", "mann", "frau", "sohn", "tochter", "nachbar", "nachbarin"]);

/** Whether findBracketNotes can find anything in `text`: a bracket before a colon, or a note word as a line's label. */
export function mayHoldNote(text: string): boolean {
  return BRACKET_LABEL.test(text) || NOTE_LABEL_LINE.test(text);
}
const BRACKET_LABEL = /[[(][^\n]{0,40}:/;
const NOTE_LABEL_LINE = /^[ \t*•>-]{0,8}(?:vermerk|aktenvermerk|anmerkung|bemerkung|kommentar|remarks?|comments?|notes?|nb|reminder|erinnerung|notiz|teamnotiz)[ \t]{0,3}:/im;

// Words that name a note as a line's label (not "Hinweis" or "Info", which speak to the reader too).
// (Not "Info:" or "FYI:" either: "Info: Kunde hat die Ware erhalten" is how a dealer tells its supplier about its own customer.)
const NOTE_LABELS = new Set(["vermerk", "aktenvermerk", "anmerkung", "bemerkung", "kommentar", "remark", "remarks", "comment", "comments", "note", "notes", "nb", "reminder", "erinnerung", "notiz", "teamnotiz"]);

const PERFECT_AUX = new Set(["has", "had", "have", "hat", "hatte", "haben", "hatten", "ist", "war", "was", "wurde"]);
// "disputed", "gedroht", "zurückgeschickt", "angerufen", "storniert", and the common irregular English ones.
const PARTICIPLE = /^(?:\p{L}+ed|\p{L}{0,7}ge\p{L}{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp)\p{L}{3,}(?:t|en)|\p{L}+iert|sent|paid|made|done|got|gotten|rung|rang|bought|left|written|said|told)$/u;

/**
 * A perfect or past of something done ("has disputed", "hat ... gedroht", "hat zweimal storniert",
 * "returned"), not a rule or an ability ("has to sign", "muss", "kann", "will receive").
 */
function tellsWhatHappened(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const norm = tokens[k].norm;
    if (PERFECT_AUX.has(norm) && tokens[k + 1]?.norm !== "to") {
      // (Written in lower case: German nouns are capitalised, "hat ein Erstattungsrecht" holds no participle.)
      for (let j = k + 1; j < Math.min(to, k + 8); j++) if (PARTICIPLE.test(tokens[j].norm) && tokens[j].text[0] === tokens[j].norm[0]) return true;
    }
    // A simple past right after the subject, or one adverb after it: "Customer (already) returned two kettles".
    if (k > from && /^\p{L}+ed$/u.test(norm) && (READER_NOUNS.has(tokens[k - 1].norm) || (k - 1 > from && READER_NOUNS.has(tokens[k - 2].norm)))) return true;
  }
  return false;
}

/** Only blanks, a bullet or a dash between the line's start and `offset`. */
function atLineStart(prose: string, offset: number): boolean {
  for (let p = offset - 1; p >= 0 && offset - p < 8; p--) {
    const c = prose[p];
    if (c === "\n") return true;
    if (c !== " " && c !== "\t" && c !== "-" && c !== "*" && c !== "•" && c !== ">") return false;
  }
  return offset === 0;
}

// Sending or approving this very mail: "Not sent yet, waiting on Mark's ok", "Entwurf, bitte von Lena freigeben lassen".
const SENDING = /^(?:send|sending|sent|approve|approved|approval|sign-off|signoff|abschicken|abgeschickt|senden|gesendet|verschicken|verschickt|rausgehen|rausschicken|freigeben|freigabe|freigegeben|gegenlesen|drüberschauen|drueberschauen)$/;
const ON_BEHALF = new Set(["behalf", "auftrag", "i.a", "ia", "vertretung"]);
const SHE_HE_SUBJECTS = new Set(["she", "he", "she's", "he's", "she'll", "he'll", "she'd", "he'd", "er", "die", "der"]);

/**
 * Lines above the greeting ("Hi Karen," on the second or third line): a mail to a customer opens
 * with its greeting, so what stands before it and speaks of sending or approving this mail ("Draft
 * for Priya to approve", "Noch nicht abschicken") or of "she"/"he" ("She's going to hate this") is a
 * note left for a colleague. Thanks and updates for the reader above the greeting say neither.
 */
export function findAboveGreeting(text: TokenText, zoneStart: number, greetingStart: number | undefined): AsideHit[] {
  const hits: AsideHit[] = [];
  if (greetingStart === undefined || greetingStart <= zoneStart) return hits;
  const { tokens, prose } = text;
  let lineFirst = 0;
  for (let k = 0; k < tokens.length && tokens[k].start < greetingStart; k++) {
    const lineEnds = k + 1 >= tokens.length || tokens[k + 1].start >= greetingStart || lineBreakIn(prose, tokens[k].end, tokens[k + 1].start);
    if (!lineEnds) continue;
    let note = false;
    for (let t = lineFirst; t <= k && !note; t++) {
      const norm = tokens[t].norm.replace("’", "'");
      if (SENDING.test(norm) && !(t > lineFirst && YOU_WORDS.has(tokens[t - 1].norm))) note = true;
      // "she"/"he" (German "er", or "die"/"der" before a verb) as a sentence's subject.
      const sentenceStart = t === lineFirst || /[.!?,–—-]\s*$/.test(prose.slice(tokens[t - 1].end, tokens[t].start));
      if (sentenceStart && SHE_HE_SUBJECTS.has(norm) && (norm !== "die" && norm !== "der" ? true : /^\p{Ll}/u.test(tokens[t + 1]?.text ?? "A"))) note = true;
    }
    // "Sent on behalf of Dave Price", "Im Auftrag von ...": who the mail comes from, told to the reader.
    if (note && hasAny(tokens, lineFirst, k + 1, ON_BEHALF)) note = false;
    if (note && !speaksToReader(tokens, lineFirst, k + 1)) hits.push({ kind: "aside", start: tokens[lineFirst].start, end: tokens[k].end });
    lineFirst = k + 1;
  }
  return hits;
}

/**
 * A note in round or square brackets, a label of at most three words and a colon first, that
 * speaks of the customer in the third person: "(NB: she has cancelled twice - no more goodwill)",
 * "(für uns: Kundin hat schon zweimal storniert)". A note for the reader says "you"/"Sie" or
 * speaks of something else ("(Note: the depot is closed on Monday)").
 */
export function findBracketNotes(text: TokenText): AsideHit[] {
  const hits: AsideHit[] = [];
  const { tokens, prose } = text;
  for (let k = 1; k < tokens.length; k++) {
    const open = prose.charCodeAt(tokens[k].start - 1);
    // The same as a line's label, with a word that names a note: "Vermerk: Kunde hat mit einer
    // Bewertung gedroht", "Remark: she has returned three kettles" (the line's end closes it).
    const lineLabel = open !== 40 && open !== 91 && NOTE_LABELS.has(tokens[k].norm) && atLineStart(prose, tokens[k].start);
    if (open !== 40 && open !== 91 && !lineLabel) continue; // "(" or "["
    const close = lineLabel ? "\n" : open === 40 ? ")" : "]";
    // The label: up to three words, then a colon.
    let colon = -1;
    for (let j = k; j < Math.min(tokens.length - 1, k + 3) && colon < 0; j++) {
      const gap = prose.slice(tokens[j].end, tokens[j + 1].start);
      if (gap.includes(close) || gap.includes("\n")) break;
      if (/^[ \t.]*:/.test(gap)) colon = j + 1;
    }
    if (colon < 0) continue;
    let reader = false;
    let other = false;
    let named = false;
    let formal = false;
    let end = colon;
    for (; end < Math.min(tokens.length, colon + 30); end++) {
      const token = tokens[end];
      // An English noun as the subject ("the customer has ..."), not as a modifier ("the customer portal").
      // German telegraphic notes name the customer first ("Kundin hat schon zweimal storniert"); a tip
      // for the reader speaks of customers in general ("Der Kunde kann die Rechnung herunterladen").
      if (READER_NOUNS.has(token.norm) && (SUBJECT_VERBS.has(tokens[end + 1]?.norm ?? "") || (end === colon && !ENGLISH_READER_NOUNS.has(token.norm)))) reader = true;
      // "she"/"he" only when no one else is named before them in the note (a name, "the driver").
      // (A line's label is read for the customer noun alone: "Note: she can collect it on Monday" may mean the reader's daughter.)
      if (NOTE_PRONOUNS.has(token.norm) && !named && !lineLabel) reader = true;
      if (OTHER_PEOPLE.has(token.norm)) other = true;
      if (end > colon && /^\p{Lu}\p{Ll}/u.test(token.text)) named = true;
      if (YOU_WORDS.has(token.norm) || FORMAL_YOU.has(token.text) || token.text === "Ihr") formal = true;
      // (The zone's last word: the bracket closes right after it, "... already)" at the end of a signature.)
      const after = prose.slice(token.end, tokens[end + 1]?.start ?? Math.min(prose.length, token.end + 2));
      if (after.includes(close) || after.includes("\n")) break;
    }
    if (end >= tokens.length || (!prose.slice(tokens[end].end, tokens[end + 1]?.start ?? prose.length).includes(close) && !(lineLabel && !tokens[end + 1]))) continue;
    // A line's label also heads rules for the reader ("Note: the customer has to sign the delivery note",
    // "Anmerkung: Kunde muss den Ausweis zeigen"): there the note must tell what the customer did.
    // And it is written as a note is, without an article: "Vermerk: Kunde hat ...", not "Note: the customer has been told".
    if (lineLabel && (!READER_NOUNS.has(tokens[colon]?.norm ?? "") || !tellsWhatHappened(tokens, colon, end + 1))) continue;
    if (reader && !other && !formal) hits.push({ kind: "aside", start: tokens[k].start - (lineLabel ? 0 : 1), end: lineLabel ? tokens[end].end : prose.indexOf(close, tokens[end].end) + 1 });
    k = end;
  }
  return hits;
}

// The informal "du" in German, and the formal words that address the reader.
// The plural "ihr" too, to a team: "euch", "euer", and verbs that only the plural "ihr" takes ("habt", "könnt", "gebt").
const DU = new Set(["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "kannst", "könntest", "koenntest", "magst", "schaust", "weisst", "weißt", "hast", "bist", "willst", "sollst", "musst", "euch", "euer", "eure", "euren", "eurem", "eurer"]);
const DU_PRONOUNS = new Set(["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch", "euer", "eure", "euren", "eurem", "eurer"]);
const IHR_VERBS = new Set(["habt", "seid", "wisst", "gebt", "lasst", "könnt", "koennt", "wollt", "sollt", "müsst", "muesst", "dürft", "duerft", "meint", "tut"]);
const FORMAL = new Set(["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"]);

/**
 * A switch to "du" in a German mail that addresses the reader as "Sie": the sentence speaks to a
 * colleague ("Corinne, kannst du beim Hotel nachhaken?", "Schau bitte noch, ob du ..."). Counts
 * only when the zone addresses the reader formally elsewhere (a "Sie"/"Ihnen" not at a sentence
 * start), the sentence itself does not, and the "du" is not in quotation marks.
 */
export function findInformalSwitch(text: TokenText, sentences: readonly { start: number; end: number }[], readers?: ReadonlySet<string>): AsideHit[] {
  const { tokens, prose } = text;
  // Most mails have no "du" at all: one pass of set lookups before anything else.
  let anyDu = false;
  for (let k = 0; k < tokens.length && !anyDu; k++) if (DU_PRONOUNS.has(tokens[k].norm) || IHR_VERBS.has(tokens[k].norm)) anyDu = true;
  if (!anyDu) return [];
  let formal = false;
  for (let k = 1; k < tokens.length && !formal; k++) {
    if (FORMAL.has(tokens[k].text) && !sentenceOrLineEndsIn(prose, tokens[k - 1].end, tokens[k].start)) formal = true;
  }
  if (!formal) return [];
  const hits: AsideHit[] = [];
  // "Lena, kannst du ...?" to the reader, or to the reader's own people ("Ihre Tochter Lena"): no colleague.
  for (const { sentence, first: k, stop } of sentencesWithTokens(tokens, sentences)) {
    if (readers?.has(tokens[k].norm) && prose[tokens[k].end] === ",") continue;
    let du = false;
    let reader = false;
    for (let t = k; t < stop; t++) {
      const token = tokens[t];
      if (FORMAL.has(token.text) && t > k) reader = true;
      if (DU.has(token.norm) && (DU_PRONOUNS.has(token.norm) || duFollows(tokens, t, stop))) du = true;
      // "Was meint ihr", "Könnt ihr ...", and "Gebt mir Bescheid" (the plural imperative opens the sentence).
      if (IHR_VERBS.has(token.norm) && (pluralYouAfter(tokens, prose, t) || (t === k && token.norm !== "meint" && token.norm !== "tut"))) du = true;
    }
    if (!du || reader) continue;
    const words = prose.slice(sentence.start, sentence.end);
    if (/[„“"»«‚‘]/.test(words)) continue;
    hits.push({ kind: "aside", start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
  }
  return hits;
}

/** "meint ihr", "könnt ihr die ...": "ihr" right after the verb, not "her" before a noun ("meint, ihr Gerät ..."). */
function pluralYouAfter(tokens: readonly Token[], prose: string, t: number): boolean {
  const ihr = tokens[t + 1];
  if (ihr?.text !== "ihr" || !/^[ \t]+$/.test(prose.slice(tokens[t].end, ihr.start))) return false;
  const next = tokens[t + 2];
  return !next || !/^\p{Lu}/u.test(next.text) || /[,?!.]/.test(prose.slice(ihr.end, next.start));
}

/** "kannst", "hast": a verb of the second person singular, counted only with "du" right after it ("kannst du"). */
function duFollows(tokens: readonly Token[], t: number, stop: number): boolean {
  return t + 1 < stop && tokens[t + 1].norm === "du";
}
