// The reader spoken of in the third person, read from who a sentence is about rather than from
// its wording. A mail to a customer speaks to them as "you"; a sentence whose subject is "she",
// "he", the reader's own name or "the customer", and which says what that person always or never
// does ("she complains about everything", "Karen always finds something", "he threatens to leave
// every year", "Er beschwert sich jedes Mal"), is written about the reader to someone else.
//
// Precision first:
// - "he"/"she"/"er" count only when no other person was named before them in the text written now
//   (a first name, "Mr Jones", "our driver", "your husband", "der Techniker"): then the pronoun
//   has an antecedent, and the sentence is about that person.
// - a sentence that also speaks to the reader ("you", "your", "Sie", "Ihnen") is said to them;
// - "the customer" as a subject needs a word of complaint or judgment, not just "always" (terms
//   and conditions say "the customer always has the right ...");
// - the reader's name counts bare (no "Mr", "Frau", "Dear" before it) and not as a vocative
//   ("Karen, thank you ...", which is followed by a comma).
import type { Token } from "../../src/rule-api.js";
import type { TokenText } from "./leaks-phrases.js";
import { sentencesWithTokens } from "./sentence-tokens.js";

export interface PersonHit {
  start: number;
  end: number;
}

// Not "they": it stands for the hotel, the couriers, the parts as often as for a customer ("They're a pain to assemble").
const PRONOUNS = new Set(["he", "she", "he's", "she's", "he'll", "she'll", "he'd", "she'd", "er"]);
const NOUN_DETERMINERS = new Set(["the", "this", "that", "these", "those", "der", "die", "dieser", "diese"]);
const PERSON_SUBJECT_NOUNS = new Set([
  "customer", "client", "guy", "woman", "man", "lady", "gentleman", "bloke", "chap", "fellow", "person",
  "lot", "bunch", "crowd", "people", "folks", "guys", "customers", "clients",
  "kunde", "kundin", "typ", "frau", "mann", "dame", "herr", "kerl", "leute", "typen", "kunden",
]);
// Words that may open a sentence before its subject: "Honestly, she ...", "And he never ...", "Ehrlich gesagt: er ...".
const OPENERS = new Set(["honestly", "frankly", "and", "but", "also", "plus", "so", "apparently", "btw", "fyi", "oh", "ugh", "well", "anyway", "und", "aber", "also", "ehrlich", "gesagt", "übrigens", "uebrigens", "naja", "tja"]);
// Warnings and asides that open (or, after a comma, close) a sentence about someone: "FYI", "careful", "Vorsicht".
const WARNINGS = new Set(["fyi", "btw", "heads-up", "careful", "vorsicht", "achtung", "übrigens", "uebrigens", "nb"]);

const PAST_OR_PERFECT = /^(?:had|has|got|was|were|received|been|\p{L}+ed)$/u;

/**
 * What the person did or does, not what they are about to do: a past or perfect ("she's already had
 * a voucher", "he got a refund last year") or a habit in the simple present ("she records every
 * call"). "He'll ring the bell twice", "he's running late" tell the reader about a visit.
 */
function tellsHistory(tokens: readonly Token[], s: number, rest: number, end: number): boolean {
  const subject = fold(tokens[s].norm);
  if (subject.endsWith("'ll") || subject.endsWith("'d")) return false;
  for (let k = rest; k < end; k++) if (/^(?:will|going|gonna|about)$/.test(tokens[k].norm)) return false;
  const verb = tokens[rest]?.norm ?? "";
  // "she records", "he complains": the simple present, right after the pronoun (not "he is", "she has to").
  if (!subject.endsWith("'s") && /^\p{L}+s$/u.test(verb) && !/^(?:is|was|has|does|needs)$/.test(verb)) return true;
  for (let k = rest; k < Math.min(end, rest + 3); k++) {
    if (/ing$/.test(tokens[k].norm)) return false;
    if (PAST_OR_PERFECT.test(tokens[k].norm) && !(tokens[k].norm === "has" && tokens[k + 1]?.norm === "to")) return true;
  }
  return false;
}

/** The number of words of a warning at token s ("FYI", "heads up", "zur Info", "for the record", "word of warning"), or 0. */
function warningAt(tokens: readonly Token[], s: number): number {
  const [a, b, c] = [tokens[s]?.norm, tokens[s + 1]?.norm, tokens[s + 2]?.norm];
  if (a === "heads" && b === "up") return 2;
  if (a === "zur" && b === "info") return 2;
  if (a === "for" && b === "the" && c === "record") return 3;
  if (a === "word" && b === "of" && c === "warning") return 3;
  return a !== undefined && WARNINGS.has(a) && a !== "übrigens" && a !== "uebrigens" ? 1 : 0;
}

// Habits and limits: what a person always or never does.
const HABIT = new Set([
  "always", "never", "again", "constantly", "forever", "keeps", "anyway", "whatever",
  "immer", "nie", "niemals", "wieder", "ständig", "staendig", "dauernd", "sowieso", "eh", "grundsätzlich", "grundsaetzlich",
]);
// "every time", "each year", "jedes Mal", "jedes Jahr": how often, as two words.
const EVERY = new Set(["every", "each", "jedes", "jeden", "jede"]);
const ONLY = new Set(["only", "just", "nur", "bloss"]);
const WANT = new Set(["want", "wants", "wanted", "cares", "care", "will", "wollte", "möchte", "moechte", "wants"]);
const TIMES = new Set(["time", "times", "year", "month", "week", "single", "mal", "jahr", "monat", "woche"]);
// Complaint and judgment words (prefixes).
const STRONG_PREFIXES = [
  "complain", "moan", "whin", "whing", "nag", "threaten", "rant", "exaggerat", "pain", "nightmare", "difficult", "impossible",
  "annoying", "rude", "clueless", "demanding", "unreasonable", "awkward", "hopeless", "useless", "stubborn", "idiot",
  "beschwer", "mecker", "nörgel", "noergel", "jammer", "droh", "übertreib", "uebertreib", "nerv", "anstrengend", "schwierig",
  "unmöglich", "unmoeglich", "stur", "ahnungslos", "frech", "unverschämt", "unverschaemt", "querulant", "albtraum", "zumutung",
  "ridiculous", "obnoxious", "abusive", "aggressiv", "unfreundlich", "lächerlich", "laecherlich", "pampig", "unhöflich", "unhoeflich",
  "notorious", "notorisch", "behauptet", "behaupten", "behauptete", "feilsch", "haggl", "schnorr",
  // Doubting what the person says happened: "he has supposedly lost a parcel", "hat er angeblich ... verloren".
  "supposedly", "allegedly", "angeblich", "vorgeblich",
  // On a list kept about customers: "she's on our blacklist", "Die steht bei uns auf der Sperrliste".
  "blacklist", "blocklist", "watchlist", "sperrliste", "beobachtungsliste",
];
// Words that begin like a complaint word and are something else: "paint", "nervous"/"nervös",
// "Sturm", "Drohne", "Nagel", "rudern".
const NOT_STRONG = /^(?:paint|nervo|nervö|nervoe|sturm|sturz|drohn|nagel|nagl|ruder)/;
const ADJECTIVES_OF_DIFFICULTY = new Set(["difficult", "impossible", "awkward", "hopeless", "schwierig", "unmöglich", "unmoeglich", "anstrengend"]);
// People named before a pronoun, who may be what it stands for.
const PERSON_NOUNS = new Set([
  "driver", "courier", "technician", "engineer", "fitter", "plumber", "electrician", "installer", "colleague", "manager",
  "supervisor", "agent", "rep", "representative", "assistant", "boss", "owner", "husband", "wife", "son", "daughter",
  "mother", "mum", "mom", "father", "dad", "neighbour", "neighbor", "partner", "friend", "brother", "sister", "landlord",
  "tenant", "doctor", "nurse", "dentist", "teacher", "postman", "surveyor", "inspector", "accountant", "advisor", "adviser",
  "consultant", "specialist", "director", "founder", "ceo", "lead", "contact", "guide", "host", "coordinator", "officer",
  "clerk", "operator", "mechanic", "carer", "caretaker", "tech", "he", "she",
  "fahrer", "fahrerin", "kurier", "kurierfahrer", "techniker", "technikerin", "monteur", "monteurin", "handwerker", "kollege",
  "kollegin", "mitarbeiter", "mitarbeiterin", "berater", "beraterin", "chef", "chefin", "leiter", "leiterin", "mann", "ehemann",
  "ehefrau", "sohn", "tochter", "mutter", "vater", "nachbar", "nachbarin", "partner", "partnerin", "vertreter", "vertreterin",
  "bote", "zusteller", "zustellerin", "ansprechpartner", "ansprechpartnerin", "vermieter", "vermieterin", "arzt", "ärztin",
  "geschäftsführer", "geschäftsführerin", "inhaber", "inhaberin", "meister", "azubi", "herr", "herrn", "frau", "mr", "mrs", "ms", "dr",
]);
const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "herr", "herrn", "frau", "dear", "liebe", "lieber", "hallo", "hi", "hello", "hey", "geehrte", "geehrter"]);
const TITLE_WORDS = new Set(["mr", "mrs", "ms", "miss", "dr", "herr", "frau"]);
const SECOND_PERSON = new Set(["you", "your", "yours", "you're", "you'll", "you've", "you'd"]);
const FORMAL_DE = new Set(["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"]);

function fold(norm: string): string {
  return norm.includes("’") ? norm.replaceAll("’", "'") : norm;
}

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}

function hasStrongWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const norm = tokens[k].norm;
    for (const prefix of STRONG_PREFIXES) {
      if (!norm.startsWith(prefix) || NOT_STRONG.test(norm)) continue;
      // "impossible to reach", "schwierig zu erreichen": how hard something is, not a judgment of the person.
      if (ADJECTIVES_OF_DIFFICULTY.has(prefix) && (tokens[k + 1]?.norm === "to" || tokens[k + 1]?.norm === "zu" || tokens[k - 1]?.norm === "zu")) continue;
      return true;
    }
  }
  return false;
}

function hasHabitWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (HABIT.has(tokens[k].norm)) return true;
    if (EVERY.has(tokens[k].norm) && k + 1 < to && TIMES.has(tokens[k + 1].norm)) return true;
  }
  return hasRepetition(tokens, from, to) || hasMotive(tokens, from, to);
}

// How many times something happened: "dreimal", "mehrfach", "twice", "three times", "for the third time".
const REPEATED = /^(?:zweimal|dreimal|viermal|fünfmal|fuenfmal|sechsmal|mehrmals|mehrfach|x-mal|zigmal|etlichemal|twice|thrice)$/;
const COUNT_WORDS = new Set(["two", "three", "four", "five", "six", "several", "multiple", "many", "countless", "numerous", "third", "fourth", "fifth", "dritten", "vierten", "fünften", "etliche", "mehrere"]);
const TIME_NOUNS = new Set(["times", "time", "mal", "male"]);

/** A count of repetitions: "dreimal", "three times", "for the third time", "zum dritten Mal", "3 times". */
function hasRepetition(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const norm = tokens[k].norm;
    if (REPEATED.test(norm)) return true;
    if (k + 1 < to && TIME_NOUNS.has(tokens[k + 1].norm) && (COUNT_WORDS.has(norm) || /^\d+$/.test(norm))) return true;
  }
  return false;
}

// "schon", "already": a count of repetitions said as too many.
const ALREADY = new Set(["schon", "bereits", "already", "now", "inzwischen", "mittlerweile"]);

function hasAlready(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ALREADY.has(tokens[k].norm)) return true;
  return false;
}

// Paying late or never: "zahlt grundsätzlich zu spät", "always pay late", "never pays on time".
const PAY = /^(?:pay|pays|paid|paying|zahlt|zahlen|zahlte|zahlten|bezahlt|bezahlen)$/;
const LATE = new Set(["late", "spät", "spaet", "verspätet", "verspaetet", "never", "nie", "niemals", "schlecht", "badly", "slowly"]);

const NEVER = new Set(["never", "nie", "niemals"]);
const CHARGE = /^(?:postage|shipping|delivery|returns?|fees?|charges?|vat|versand\w*|porto|gebühr\w*|gebuehr\w*|lieferkosten|rücksendung\w*|ruecksendung\w*|rückversand\w*|mwst|aufpreis)$/;

function chargeNamed(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CHARGE.test(tokens[k].norm)) return true;
  return false;
}

function paysLate(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!PAY.test(tokens[k].norm)) continue;
    // Anywhere in the subject's clause: "Die zahlen seit dem Frühjahr jede Rechnung zu spät". "Never"
    // before a charge is a rule for the reader: "The customer never pays for returns", "zahlt nie Versandkosten".
    for (let j = Math.max(from, k - 2); j < to; j++) {
      if (!LATE.has(tokens[j].norm)) continue;
      if (NEVER.has(tokens[j].norm) && chargeNamed(tokens, from, to)) continue;
      return true;
    }
  }
  return false;
}

// Not reading what was sent: "he didn't even read the manual", "der Typ hat die Anleitung nicht
// gelesen", "sie liest nie die Mails". Said of the reader, it blames them for their own trouble.
// A finite verb or participle only: the infinitive after "to", "be", "zu" or a German modal is
// what can or need not be read ("does not need to read", "lässt sich nicht lesen").
const READ = /^(?:read|reads|liest|gelesen|las|durchgelesen)$/;
const INFINITIVE_BEFORE = new Set(["to", "be", "been", "being", "zu"]);
const NOT = new Set(["not", "never", "didn't", "doesn't", "hasn't", "haven't", "won't", "nicht", "nie", "niemals", "no"]);

function didNotRead(tokens: readonly Token[], from: number, to: number): boolean {
  let negated = false;
  for (let k = from; k < to; k++) {
    if (NOT.has(tokens[k].norm)) negated = true;
    else if (negated && READ.test(tokens[k].norm) && !INFINITIVE_BEFORE.has(tokens[k - 1].norm)) return true;
  }
  return false;
}

// Sending goods back, and how much of them: "he sends back about half of what he orders", "sie schickt fast alles zurück".
const RETURNS = /^(?:returns|returned|sends|sent|schickt|retourniert|retournierte|gibt)$/;
const SHARE = new Set(["half", "most", "all", "everything", "every", "majority", "hälfte", "haelfte", "meisten", "alles", "fast", "jede", "jedes", "jeden"]);
const WHAT_ORDERED = /^(?:orders|ordered|buys|bought|bestellt|kauft|gekauft)$/;

/** The person's returns as a share of what they order: a habit said against them, not a single return. */
function returnsMostOf(tokens: readonly Token[], from: number, to: number): boolean {
  let returns = false;
  let share = false;
  let ordered = false;
  for (let k = from; k < to; k++) {
    const norm = tokens[k].norm;
    if (RETURNS.test(norm)) returns = true;
    if (SHARE.has(norm)) share = true;
    if (WHAT_ORDERED.test(norm)) ordered = true;
  }
  return returns && share && ordered;
}

/** "she only wants a discount", "der will doch nur Geld": a motive imputed to the person. */
function hasMotive(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!ONLY.has(tokens[k].norm)) continue;
    for (let j = Math.max(from, k - 2); j < Math.min(to, k + 3); j++) if (WANT.has(tokens[j].norm)) return true;
  }
  return false;
}

function speaksToReader(tokens: readonly Token[], from: number, to: number, sentenceStart: number): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (SECOND_PERSON.has(fold(token.norm))) return true;
    // "Sie" at the sentence start may be "she"; elsewhere the capital is the formal "you".
    if (FORMAL_DE.has(token.text) && !(k === sentenceStart && token.text === "Sie")) return true;
  }
  return false;
}

/**
 * Sentences of the text written now whose subject is the reader in the third person. `readerNames`:
 * the readers' names (normalised); `firstNames`: known first names, whose mention gives a pronoun
 * an antecedent.
 */
export function findReaderReferences(
  text: TokenText,
  sentences: readonly { start: number; end: number }[],
  readerWords: ReadonlySet<string>,
  readerNames: ReadonlySet<string>,
  firstNames: ReadonlySet<string>,
  othersInQuotes = false,
  /** The first line is a greeting and never a remark (the text written now); a quoted message's first line may be anything. */
  firstLineGreets = true,
): PersonHit[] {
  const hits: PersonHit[] = [];
  const { tokens, prose } = text;
  const firstOther = firstOtherPerson(tokens, readerWords, firstNames, othersInQuotes);
  // The first line is the greeting ("Hi Karen,", or a first line that names the reader): never a remark.
  const firstLineEnd = firstLineGreets && tokens.length > 0 ? prose.indexOf("\n", tokens[0].start) : tokens[0]?.start ?? -1;
  for (const { sentence, first: k, stop } of sentencesWithTokens(tokens, sentences)) {
    if (k < tokens.length && (firstLineEnd < 0 || tokens[k].start < firstLineEnd)) continue;
    if (stop - k < 3 || stop - k > 40) continue;
    let s = k;
    let confiding = false;
    // "FYI she's already had a voucher", "Vorsicht, die zeichnet jedes Telefonat auf", "..., btw.": a
    // warning or an aside for whoever deals with the person next.
    let warned = WARNINGS.has(tokens[stop - 1].norm) && prose.slice(tokens[stop - 2].end, tokens[stop - 1].start).includes(",");
    for (let again = true; again && s < stop - 2; ) {
      again = false;
      const warning = warningAt(tokens, s);
      if (warning > 0) {
        warned = true;
        s += warning;
        again = true;
        continue;
      }
      if (OPENERS.has(tokens[s].norm) || tokens[s].norm === "just" || tokens[s].norm === "ganz") {
        s++;
        again = true;
      }
      // "Between us, he's been shopping this around", "Unter uns: der ...": a confidence about someone.
      const first = tokens[s].norm;
      const second = tokens[s + 1]?.norm;
      const offTheRecord = first === "off" && second === "the" && tokens[s + 2]?.norm === "record";
      // "Between you and me, he ...", "Im Vertrauen: sie ...".
      const youAndMe = first === "between" && second === "you" && tokens[s + 2]?.norm === "and" && tokens[s + 3]?.norm === "me";
      const oneWord = first === "confidentially" || first === "vertraulich";
      const twoWords = (first === "between" && (second === "us" || second === "ourselves")) || ((first === "unter" || first === "zwischen") && second === "uns") || (first === "im" && second === "vertrauen");
      if (twoWords || offTheRecord || youAndMe || oneWord) {
        confiding = true;
        s += youAndMe ? 4 : offTheRecord ? 3 : oneWord ? 1 : 2;
        if (tokens[s]?.norm === "gesagt") s++;
        again = true;
      }
    }
    if (s >= stop) continue;
    // "If she pushes back, just point her to the T&Cs", "Falls er sich wieder beschwert, bitte an mich
    // weiterleiten": what to do when the reader does something, said to colleagues.
    // "Frau Holt bitte nur noch gegen Vorkasse beliefern", "Bei Frau Holt bitte keine Kulanz": the reader
    // named, then "bitte" without a comma (a vocative has one), and no "Sie".
    if (readerThenPlease(tokens, prose, k, stop, readerNames) && !speaksToReader(tokens, k, stop, k)) {
      const words = prose.slice(sentence.start, sentence.end);
      hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
      continue;
    }
    // "Hopefully she won't notice it's refurbished", "Mal sehen, ob er das schluckt": hoping the reader is fooled.
    const fooled = hopesUnnoticed(tokens, k, stop);
    if (fooled >= 0 && tokens[fooled].start < firstOther && !speaksToReader(tokens, k, stop, k)) {
      const words = prose.slice(sentence.start, sentence.end);
      hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
      continue;
    }
    // "Not sure she'll accept this", "I doubt he would go for it": guessing how the reader will take
    // something, said to colleagues (to the reader it would be "you").
    const doubted = doubtsReaction(tokens, s, stop);
    if (doubted >= 0 && tokens[doubted].start < firstOther && !speaksToReader(tokens, k, stop, k)) {
      const words = prose.slice(sentence.start, sentence.end);
      hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
      continue;
    }
    if (conditionalDirective(tokens, prose, s, stop) && tokens[s + 1].start < firstOther && !speaksToReader(tokens, k, stop, k)) {
      const words = prose.slice(sentence.start, sentence.end);
      hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
      continue;
    }
    // "Third complaint from her this month", "Schon wieder eine Reklamation von ihm": the reader's
    // complaints counted, without a subject.
    if (complaintsCounted(tokens, k, stop, readerNames) && (tokens[k].start < firstOther) && !speaksToReader(tokens, k, stop, k)) {
      const words = prose.slice(sentence.start, sentence.end);
      hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
      continue;
    }
    // "Ugh, not him again", "Ach nee, nicht der schon wieder": exasperation at the person, with no one else named before.
    const sighed = exasperationAt(tokens, k, stop);
    if (sighed >= 0 && tokens[sighed].start < firstOther) {
      const words = prose.slice(sentence.start, sentence.end);
      hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
      continue;
    }
    // "Typical Karen, complaining about the colour again", "Typisch Frau Holt": the reader named as a type.
    if (typicalReader(tokens, prose, s, stop, readerNames) && !speaksToReader(tokens, k, stop, k)) {
      const words = prose.slice(sentence.start, sentence.end);
      hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
      continue;
    }
    // "Let's just give her the voucher so she stops emailing", "Geben wir ihr halt den Gutschein",
    // "Feel free to ignore his second complaint": colleagues deciding what to do with the reader.
    const dealt = dealingWithReader(tokens, k, s, stop);
    if (dealt >= 0 && tokens[dealt].start < firstOther && !speaksToReader(tokens, k, stop, k)) {
      const words = prose.slice(sentence.start, sentence.end);
      hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
      continue;
    }
    const subject = tokens[s];
    const written = fold(subject.norm);
    // "Karen's been on the phone three times", "Holt's a nightmare": the name with "'s" (has, is).
    const contracted = written.endsWith("'s") && readerNames.has(written.slice(0, -2)) && AFTER_IS_HAS.has(tokens[s + 1]?.norm ?? "");
    const norm = contracted ? written.slice(0, -2) : written;
    let rest = s + 1;
    let kind: "pronoun" | "demonstrative" | "name" | "noun" | undefined;
    // "She is the one who disputed three invoices", "This is the guy who returned a used mattress":
    // the reader pointed out to someone else.
    if ((PRONOUNS.has(norm) || ((norm === "this" || norm === "that") && s === k)) && pointsOut(tokens, s + 1, stop, norm === "this" || norm === "that")) {
      if (!(norm === "this" || norm === "that") && subject.start > firstOther) continue;
      if (speaksToReader(tokens, k, stop, k)) continue;
      const words = prose.slice(sentence.start, sentence.end);
      hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
      continue;
    }
    if (PRONOUNS.has(norm)) {
      // German "er" only as a capitalised sentence start or after an opener ("Und er ...").
      if (norm === "er" && !(isCapitalised(subject.text) || s > k)) continue;
      if (subject.start > firstOther) continue;
      kind = "pronoun";
    } else if ((norm === "der" || norm === "die") && s === k && isCapitalised(subject.text) && s + 1 < stop && isLowerCaseWord(tokens[s + 1].text) && !(s + 2 < stop && isCapitalised(tokens[s + 2].text)) && !/[,:]/.test(prose.slice(subject.end, tokens[s + 1].start))) {
      // German "Der will doch nur ...", "Die zahlt nie": a demonstrative before a verb (nouns are capitalised).
      // It may stand for a thing ("Ihre Lieferung ist unterwegs. Die kommt immer dienstags."): so only
      // with a complaint, a judgment or a motive, not with a habit alone.
      if (subject.start > firstOther) continue;
      kind = "demonstrative";
    } else if (TITLE_WORDS.has(norm) && s + 1 < stop && readerNames.has(tokens[s + 1].norm) && isCapitalised(tokens[s + 1].text)) {
      // "Frau Holt findet immer etwas", "Mrs Holt never pays": the reader with a title, as the subject.
      if (/^[ \t]*[,:!–—-]/.test(prose.slice(tokens[s + 1].end, tokens[s + 2]?.start ?? tokens[s + 1].end))) continue;
      rest = s + 2;
      kind = "name";
    } else if (readerNames.has(norm) && isCapitalised(subject.text)) {
      if (s > 0 && TITLES.has(tokens[s - 1].norm) && s > k) continue;
      // "Karen, thank you": a vocative, followed by a comma or colon.
      if (/^[ \t]*[,:!–—-]/.test(prose.slice(subject.end, tokens[s + 1]?.start ?? subject.end))) continue;
      kind = "name";
    } else if (NOUN_DETERMINERS.has(norm) && s + 1 < stop && PERSON_SUBJECT_NOUNS.has(tokens[s + 1].norm)) {
      rest = s + 2;
      // "this guy", "der Kerl": no one says so of a customer to them; a habit is enough, as for a name.
      kind = SLANG_PERSON_NOUNS.has(tokens[s + 1].norm) ? "name" : "noun";
    } else continue;
    // The clause of the subject: up to the first comma, semicolon or dash after it.
    let end = rest;
    while (end < stop && !/[,;:–—()]/.test(prose.slice(tokens[end - 1].end, tokens[end].start))) end++;
    if (end - rest < 1) continue;
    // ("Between you and me" is the confidence, not the reader addressed.)
    if (speaksToReader(tokens, confiding ? s : k, stop, k)) continue;
    // "He has been after a free upgrade since March, so stick to the policy", "Frau Holt übertreibt
    // gern, daher die Entschuldigung kurz halten": what to do about the person, said to colleagues.
    // Not after German "er" or a demonstrative, which may stand for a thing ("Er läuft wieder, also
    // bitte nicht auf Stufe 5 stellen").
    if ((kind === "name" || kind === "noun" || (kind === "pronoun" && norm !== "er")) && directiveFollows(tokens, prose, end, stop)) {
      const words = prose.slice(sentence.start, sentence.end);
      hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
      continue;
    }
    const strong = hasStrongWord(tokens, rest, end) || paysLate(tokens, rest, end) || returnsMostOf(tokens, rest, end) || didNotRead(tokens, rest, end);
    // A pronoun or demonstrative may stand for anyone the reader knows from elsewhere (the driver
    // they phoned about, their tenant, their dog) or, in German, for a thing ("Ihr Drucker ... Er
    // zeigt immer wieder Fehler 52"): a habit alone ("He always takes the side entrance", "Er hat
    // schon wieder angerufen") says nothing against the reader. Only a complaint, a judgment or a
    // motive does, or a confidence ("Between us, he ...") for a pronoun.
    // After a warning to colleagues ("FYI she's ...", "Careful, he ...") with no one else named before, "she"/"he"
    // is the reader (German "er"/"der"/"die" may be a thing: "Vorsicht, die ist schwer" speaks of the parcel).
    const warnedOfPerson = warned && kind === "pronoun" && norm !== "er" && tellsHistory(tokens, s, rest, end);
    if ((kind === "demonstrative" || (kind === "pronoun" && !confiding)) && !warnedOfPerson && !strong && !hasMotive(tokens, rest, end)) continue;
    // "Der Kunde hat schon dreimal reklamiert": a count of repetitions said as too many.
    const tooOften = kind === "noun" && hasRepetition(tokens, rest, end) && hasAlready(tokens, rest, end);
    if (!strong && !tooOften && !((confiding || warnedOfPerson) && kind !== "noun") && (kind === "noun" || !hasHabitWord(tokens, rest, end) || isStateOrPassive(tokens, rest, end))) continue;
    const words = prose.slice(sentence.start, sentence.end);
    hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
  }
  return hits;
}

/**
 * The index of the person in "not him/her again" or "nicht der/die/er (schon) wieder" (lower case), or -1.
 * ("Nicht die Lieferung schon wieder" names a thing: the word after "die" must be "schon" or "wieder".)
 */
function exasperationAt(tokens: readonly Token[], k: number, stop: number): number {
  for (let t = k; t + 2 < stop + 1 && t + 2 <= stop; t++) {
    const [not, who, then] = [tokens[t].norm, tokens[t + 1]?.norm, tokens[t + 2]?.norm];
    if (not === "not" && (who === "him" || who === "her") && then === "again") return t + 1;
    if (not === "nicht" && who !== undefined && /^(?:der|die|er)$/.test(who) && tokens[t + 1].text === who && (then === "wieder" || (then === "schon" && tokens[t + 3]?.norm === "wieder"))) return t + 1;
  }
  return -1;
}

// Person nouns of talk among colleagues, never of the customer to them.
const SLANG_PERSON_NOUNS = new Set(["guy", "bloke", "chap", "fellow", "kerl"]);
const TYPICAL = new Set(["typical", "typisch"]);

/** "Typical Karen", "Typisch Frau Holt": at the sentence's start, before the reader's name (a title may come between). */
function typicalReader(tokens: readonly Token[], prose: string, s: number, stop: number, readerNames: ReadonlySet<string>): boolean {
  if (s + 1 >= stop || !TYPICAL.has(tokens[s].norm) || !/^[ \t]+$/.test(prose.slice(tokens[s].end, tokens[s + 1].start))) return false;
  const at = TITLE_WORDS.has(tokens[s + 1].norm) && s + 2 < stop ? s + 2 : s + 1;
  return readerNames.has(tokens[at].norm) && isCapitalised(tokens[at].text);
}

// "let's", "lass uns", and a German verb first with "wir" ("Geben wir ihr ...", "Schicken wir ihm ...").
const LETS = new Set(["let's", "lets"]);
const HER_HIM_LOWER = new Set(["her", "him", "ihr", "ihm", "ihn"]);
const HER_HIM_POSSESSIVE = new Set(["her", "him", "his", "ihr", "ihm", "ihn", "ihre", "ihren", "ihrem", "seine", "seinen", "seinem", "sein"]);
const IGNORE = /^(?:ignore|ignoring|ignorier\w*|vertröst\w*|abwimmeln|hinhalten|stonewall)$/;

const SHRUG = new Set(["just", "simply", "einfach", "halt", "eben", "doch"]);

function hasParticle(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (SHRUG.has(tokens[t].norm)) return true;
  return false;
}

/**
 * The index of "her"/"him" (lower case) when the sentence decides among colleagues what to do with
 * the reader: "let's"/"lass uns"/a German verb with "wir" first, a shrug ("just", "halt") and
 * "her"/"him" within three words ("Let's just give her the voucher", "Geben wir ihr halt den Gutschein"); or ignoring,
 * putting off ("ignore his second complaint", "sie vertrösten"). -1 otherwise.
 */
function dealingWithReader(tokens: readonly Token[], k: number, s: number, stop: number): number {
  const lowerHerHim = (t: number, words: ReadonlySet<string>) => t < stop && words.has(tokens[t].norm) && tokens[t].text[0] === tokens[t].norm[0];
  let from = -1;
  const first = fold(tokens[s].norm);
  if (LETS.has(first)) from = s + 1;
  else if ((first === "lass" || first === "lasst") && tokens[s + 1]?.norm === "uns") from = s + 2;
  else if (s === k && tokens[s + 1]?.norm === "wir" && isCapitalised(tokens[s].text) && /^\p{L}+en$/u.test(tokens[s].norm)) from = s + 2;
  // Giving in with a shrug, "just"/"halt": "Let's give her a call on Monday" is planning, not a decision about her.
  if (from >= 0 && hasParticle(tokens, from, Math.min(stop, from + 4))) {
    for (let t = from; t < Math.min(stop, from + 4); t++) if (lowerHerHim(t, HER_HIM_LOWER)) return t;
  }
  for (let t = k; t < stop - 1; t++) {
    if (!IGNORE.test(tokens[t].norm)) continue;
    for (let u = t + 1; u < Math.min(stop, t + 3); u++) if (lowerHerHim(u, HER_HIM_POSSESSIVE)) return u;
  }
  return -1;
}

// Connectors of a consequence: "..., so let's ...", "..., also nur gegen Vorkasse".
const CONSEQUENCE = new Set(["so", "therefore", "hence", "also", "daher", "deshalb", "deswegen", "drum", "darum"]);
// Words that open a directive to colleagues: an imperative, "let's", "no ...", "I'd ..."; German
// "nur", "kein(e)", "bitte", "lieber" before an infinitive or a noun.
const DIRECTIVE_START = new Set([
  "let's", "lets", "don't", "dont", "do", "no", "never", "keep", "stick", "ask", "hold", "be", "make", "check", "give", "offer", "push", "insist",
  "stay", "treat", "handle", "watch", "avoid", "take", "leave", "tread", "play", "refuse", "decline", "escalate", "flag", "remember", "charge",
  "i'd", "nur", "kein", "keine", "keinen", "keinem", "keinesfalls", "bitte", "lieber", "vorsicht", "hart",
]);
const IF = new Set(["if", "when", "once", "whenever", "wenn", "falls", "sobald", "sollte"]);
const IF_PRONOUNS = new Set(["he", "she", "er", "sie"]);
// What opens the main clause of a directive after the condition: "just", "einfach", "dann", or a verb of passing the case on.
const THEN_DIRECTIVE = new Set([
  "just", "simply", "then", "einfach", "dann", "bitte", "forward", "send", "point", "refer", "pass", "tell", "say", "ignore", "redirect",
  "escalate", "offer", "give", "keep", "stick", "hold", "don't", "dont", "do", "let's", "nicht", "kein", "keine", "nur",
]);

/**
 * "If she pushes back, just point her to the T&Cs": a condition whose subject is "he"/"she" (German
 * "er", lower-case "sie"), a comma, and a directive without "you" ("please" is said to the reader:
 * "If she can't make it, please let us know" is left alone).
 */
function conditionalDirective(tokens: readonly Token[], prose: string, s: number, stop: number): boolean {
  if (s + 3 >= stop || !IF.has(tokens[s].norm)) return false;
  const subject = tokens[s + 1];
  if (!IF_PRONOUNS.has(subject.norm) || (subject.norm === "sie" && subject.text !== "sie")) return false;
  for (let c = s + 2; c < stop; c++) {
    if (!prose.slice(tokens[c - 1].end, tokens[c].start).includes(",")) continue;
    const first = tokens[c].norm.replaceAll("’", "'");
    if (!THEN_DIRECTIVE.has(first) && !infinitiveDirective(tokens, c, stop)) return false;
    // The directive deals with the person or hands the case on ("point her to", "an mich weiterleiten",
    // "auf die AGB verweisen"); "When he arrives, just sign the delivery note" tells the reader what to do.
    return dealsWithPerson(tokens, c, stop);
  }
  return false;
}

// A hope or a wait-and-see: "hopefully", "let's hope", "let's see if", "hoffentlich", "mal sehen, ob", "ob ... ?".
const HOPE = new Set(["hopefully", "hoffentlich", "hope", "hoffen", "see", "sehen", "wonder", "ob"]);
// Noticing, seeing through, swallowing it: "notice", "realise", "swallow", "merkt", "schluckt", "durchschaut".
const NOTICE = /^(?:notices?|noticed|noticing|realis\w*|realiz\w*|swallows?|spots?|merkt|merken|schluckt|schlucken|durchschaut|checkt|kapiert)$/;

/** The index of "he"/"she"/"er"/"sie" (lower case) when the sentence hopes or waits to see whether they notice; -1 otherwise. */
function hopesUnnoticed(tokens: readonly Token[], k: number, stop: number): number {
  let hope = false;
  let pronoun = -1;
  let notice = false;
  for (let t = k; t < stop; t++) {
    const token = tokens[t];
    if (HOPE.has(token.norm)) hope = true;
    if (pronoun < 0 && IF_PRONOUNS.has(token.norm) && !(token.norm === "sie" && token.text !== "sie")) pronoun = t;
    if (NOTICE.test(token.norm)) notice = true;
  }
  return hope && notice ? pronoun : -1;
}

// A doubt that opens the sentence: "not sure", "I'm not sure", "I doubt", "unsure".
const DOUBT_OPENERS: readonly (readonly string[])[] = [["not", "sure"], ["i'm", "not", "sure"], ["i", "am", "not", "sure"], ["unsure"], ["i", "doubt"], ["doubt"]];
const CONJUNCTIONS = new Set(["if", "whether", "that"]);
const FUTURE_PRONOUNS = new Set(["she'll", "he'll", "she'd", "he'd"]);
const FUTURE_MODALS = new Set(["will", "would", "won't", "wouldn't"]);

/**
 * The index of "she"/"he" in an English sentence that opens with a doubt about what that person
 * will do ("Not sure she'll accept this", "I doubt if he would pay"), or -1. Only the future or
 * conditional: "Not sure she was in" asks about a fact, not about the reader's reaction.
 */
function doubtsReaction(tokens: readonly Token[], s: number, stop: number): number {
  for (const opener of DOUBT_OPENERS) {
    if (!opener.every((word, n) => tokens[s + n]?.norm === word)) continue;
    let t = s + opener.length;
    if (t < stop && CONJUNCTIONS.has(tokens[t].norm)) t++;
    if (t >= stop) return -1;
    const subject = tokens[t].norm;
    if (FUTURE_PRONOUNS.has(subject)) return t;
    if ((subject === "she" || subject === "he") && t + 1 < stop && FUTURE_MODALS.has(tokens[t + 1].norm)) return t;
    return -1;
  }
  return -1;
}

const DEALT_WITH = new Set(["her", "him", "ihm", "ihn", "me", "mich", "mir"]);
const DEALING = /^(?:ignore|ignorier\w*|verweis\w*|refer|point|vertröst\w*|hinhalten|stall|abwimmeln|fob|escalate|eskalier\w*)$/;

function dealsWithPerson(tokens: readonly Token[], from: number, stop: number): boolean {
  for (let k = from; k < stop; k++) {
    const token = tokens[k];
    if (DEALT_WITH.has(token.norm) || DEALING.test(token.norm)) return true;
    // lower-case "ihr" is "her" here; "Ihr" the reader's.
    if (token.text === "ihr") return true;
  }
  return false;
}

// German only: "Karen please find attached the invoice" is a sloppy vocative to the reader.
const PLEASE = new Set(["bitte"]);

/** A reader's name (capitalised) followed by "bitte" with only blanks between, in the first four words. */
function readerThenPlease(tokens: readonly Token[], prose: string, k: number, stop: number, readerNames: ReadonlySet<string>): boolean {
  for (let t = k; t < Math.min(stop - 2, k + 4); t++) {
    if (!readerNames.has(tokens[t].norm) || !isCapitalised(tokens[t].text)) continue;
    if (PLEASE.has(tokens[t + 1].norm) && /^[ \t]+$/.test(prose.slice(tokens[t].end, tokens[t + 1].start))) return true;
  }
  return false;
}

const AFTER_CONSEQUENCE_ONLY = new Set(["no", "do", "never", "nur", "kein", "keine", "keinen", "keinem", "bitte", "be"]);
// Subjects of a finite German clause after the connector ("also kommt er morgen"): then no infinitive directive.
const GERMAN_SUBJECTS = new Set(["ich", "wir", "er", "es", "man", "du", "ihr", "sie"]);

/**
 * After the subject's clause (`from`), a consequence and a directive: ", so stick to the policy",
 * " - hold at 5%", ", also nur gegen Vorkasse", ", daher die Entschuldigung kurz halten" (a German
 * infinitive at the end, with no subject of its own).
 */
function directiveFollows(tokens: readonly Token[], prose: string, from: number, stop: number): boolean {
  for (let c = Math.max(from, 1); c < stop; c++) {
    const gap = prose.slice(tokens[c - 1].end, tokens[c].start);
    if (!/[,;–—]|\s-\s/.test(gap)) continue;
    let d = c;
    if (CONSEQUENCE.has(tokens[c].norm)) d = c + 1;
    else if (!/[–—]|\s-\s/.test(gap)) continue;
    if (d >= stop) return false;
    const start = tokens[d].norm.replaceAll("’", "'");
    // After a bare dash "no"/"do"/"never" may be anything ("- no fees"); after "so" they direct.
    if (DIRECTIVE_START.has(start) && (d > c || !AFTER_CONSEQUENCE_ONLY.has(start))) return true;
    if (d === c + 1 && tokens[c].norm !== "so" && infinitiveDirective(tokens, d, stop)) return true;
  }
  return false;
}

/** "die Entschuldigung kurz halten": lower-case infinitive last, no subject pronoun before it, at most eight words. */
function infinitiveDirective(tokens: readonly Token[], from: number, stop: number): boolean {
  if (stop - from < 2 || stop - from > 8) return false;
  for (let k = from; k < stop; k++) if (GERMAN_SUBJECTS.has(tokens[k].norm)) return false;
  const last = tokens[stop - 1];
  return /^\p{Ll}+(?:en|ern|eln)$/u.test(last.text);
}

const COMPLAINT_NOUN = /^(?:complaint|complaints|claim|claims|return|returns|dispute|disputes|reklamation|reklamationen|beschwerde|beschwerden|retoure|retouren|rücksendung|ruecksendung|stornierung|storno)$/;
const FROM = new Set(["from", "von", "vom"]);
const HIM_HER_OBJECT = new Set(["her", "him", "ihr", "ihm"]);
// Another one: an ordinal, "another", "again", "schon wieder", "noch eine".
const ANOTHER = new Set(["another", "again", "second", "third", "fourth", "fifth", "umpteenth", "nth", "wieder", "zweite", "dritte", "vierte", "fünfte", "x-te", "zigste", "weitere", "erneut"]);

/** A complaint noun, "from"/"von" and "her"/"him" or a reader's name, and a count of it ("another", "third", "schon wieder"). */
function complaintsCounted(tokens: readonly Token[], from: number, to: number, readerNames: ReadonlySet<string>): boolean {
  let counted = false;
  for (let k = from; k < to; k++) if (ANOTHER.has(tokens[k].norm) || REPEATED.test(tokens[k].norm)) counted = true;
  if (!counted) return false;
  for (let k = from; k + 2 < to; k++) {
    if (!COMPLAINT_NOUN.test(tokens[k].norm) || !FROM.has(tokens[k + 1]?.norm ?? "")) continue;
    const who = tokens[k + 2];
    if (!who) continue;
    // lower case only: "von Ihnen" is the reader addressed.
    if (HIM_HER_OBJECT.has(who.norm) && who.text[0] === who.norm[0]) return true;
    if (readerNames.has(who.norm) && isCapitalised(who.text)) return true;
  }
  return false;
}

/**
 * Offset of the first person other than the reader named in the tokens (a pronoun after it may
 * stand for them): a person noun ("Ihr Monteur", "our driver") or a known first name; -1 when the
 * quoted history names someone else, Infinity when no one is named.
 */
export function firstOtherPerson(tokens: readonly Token[], readerWords: ReadonlySet<string>, firstNames: ReadonlySet<string>, othersInQuotes = false): number {
  if (othersInQuotes) return -1;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    const norm = fold(token.norm);
    if (readerWords.has(norm)) continue;
    if (PERSON_NOUNS.has(norm) && norm !== "he" && norm !== "she") return token.start;
    if (firstNames.has(norm) && k > 0 && isCapitalised(token.text) && !isLineStartGreeting(tokens, k)) return token.start;
  }
  return Infinity;
}

// Words after "Karen's" that make it "Karen is"/"Karen has", not "Karen's order".
const AFTER_IS_HAS = new Set(["been", "being", "a", "an", "always", "never", "again", "just", "so", "really", "very", "completely", "totally", "absolutely", "such", "got", "gone", "still", "now", "not", "threatened", "complained", "called", "rung", "rang"]);

const BE_HAVE = new Set(["was", "were", "is", "are", "has", "have", "had", "been", "being", "got", "war", "waren", "ist", "sind", "wurde", "wurden", "hat", "hatte", "worden"]);

/** "He was never registered", "she has always been sent": a state or a passive, not a habit of the person. */
function isStateOrPassive(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!BE_HAVE.has(tokens[k].norm)) continue;
    for (let j = k + 1; j < Math.min(to, k + 7); j++) {
      const norm = tokens[j].norm;
      if (/^(?:\p{L}+ed|sent|given|told|paid|made|done|seen|known|shown|ge\p{L}+t|ge\p{L}+en|\p{L}+iert)$/u.test(norm)) return true;
    }
  }
  return false;
}

/** True when tokens name a person other than the readers: a person noun or a third-person pronoun. */
export function namesOtherPerson(tokens: readonly Token[], readers: ReadonlySet<string>): boolean {
  for (const token of tokens) {
    const norm = fold(token.norm);
    if (readers.has(norm)) continue;
    if (PERSON_NOUNS.has(norm) || norm === "him" || norm === "his" || norm === "ihm" || norm === "ihn") return true;
    if ((norm === "er" || norm === "sein" || norm === "seine") && token.text[0] === token.norm[0]) return true;
  }
  return false;
}

function isLowerCaseWord(word: string): boolean {
  return /^\p{Ll}/u.test(word);
}

const IS = new Set(["is", "was", "'s", "ist", "war"]);

/** "is the one who", "is the guy who", "ist die, die": a copula, "the", a person word and "who". */
function pointsOut(tokens: readonly Token[], at: number, stop: number, needsPersonNoun: boolean): boolean {
  // "He's one of those who ...", "is one of those customers who ...".
  if (at + 3 < stop && tokens[at].norm === "one" && tokens[at + 1].norm === "of" && tokens[at + 2].norm === "those") return true;
  if (at + 4 < stop && IS.has(tokens[at].norm) && tokens[at + 1].norm === "one" && tokens[at + 2].norm === "of" && tokens[at + 3].norm === "those") return true;
  if (at + 3 >= stop || !IS.has(tokens[at].norm) || tokens[at + 1].norm !== "the") return false;
  const noun = tokens[at + 2].norm;
  if (!(PERSON_SUBJECT_NOUNS.has(noun) || (!needsPersonNoun && noun === "one"))) return false;
  return tokens[at + 3].norm === "who";
}

const TELL = new Set(["tell", "inform", "mention", "show", "warn", "admit", "reveal", "disclose", "sag", "sagen", "erzähl", "erzählen", "erzaehlen", "informieren", "zeigen", "verraten", "zugeben", "erwähnen", "erwaehnen"]);
const THEM = new Set(["them"]);

function tokenWithin(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(tokens[k].norm)) return true;
  return false;
}
const WITHHOLD = new Set(["not", "don't", "dont", "never", "shouldn't", "nicht", "nichts", "bloss", "lieber", "whether", "ob", "should", "sollen", "sollten"]);
const PAST_AUX = new Set(["did", "didn't", "had", "hadn't", "was", "were", "haben", "hat", "hatten", "hatte"]);
const HER_HIM = new Set(["her", "him", "ihr", "ihm"]);
const NICHT = new Set(["nicht", "nichts"]);
const ASKING = new Set(["bitte", "lieber", "bloss", "besser"]);

/** Lower-case "ihm" at `at`, or "ihr" right after "bitte"/"lieber"/"bloß"/"besser". */
function objectBeforeNegation(tokens: readonly Token[], at: number, k: number): boolean {
  if (at < k) return false;
  const object = tokens[at];
  if (object.text[0] !== object.norm[0]) return false;
  return object.norm === "ihm" || (object.norm === "ihr" && at > k && ASKING.has(tokens[at - 1].norm));
}

/**
 * Whether to tell the reader, said of them: "Not sure we should tell her, but ...", "Sag ihm bloß
 * nicht, dass ...", "Ob wir ihr das sagen sollten?". A verb of telling with "her"/"him" and a
 * negation or a doubt in the same sentence; the reader is told things as "you".
 */
export function findWithholding(text: TokenText, sentences: readonly { start: number; end: number }[]): PersonHit[] {
  const hits: PersonHit[] = [];
  const { tokens, prose } = text;
  for (const { sentence, first: k, stop } of sentencesWithTokens(tokens, sentences)) {
    if (stop - k < 3 || stop - k > 40) continue;
    let tell = -1;
    let plural = false;
    for (let t = k; t < stop - 1 && tell < 0; t++) {
      if (!TELL.has(tokens[t].norm)) continue;
      const object = tokens[t + 1];
      // lower case only: "Ihr"/"Ihnen" with a capital is the reader, addressed.
      if (HER_HIM.has(object.norm) && object.text[0] === object.norm[0]) tell = t;
      else if (t > k && HER_HIM.has(tokens[t - 1].norm) && tokens[t - 1].text[0] === tokens[t - 1].norm[0] && /^(?:ihr|ihm)$/.test(tokens[t - 1].norm)) tell = t;
      // "Bitte ihr nicht sagen, dass ...", "ihm nichts erzählen": the object before "nicht"/"nichts" and the verb.
      // "ihr" only after "bitte"/"lieber"/"bloß": elsewhere it may be the plural "you" ("wenn ihr nicht sagen könnt").
      else if (t > k && NICHT.has(tokens[t - 1].norm) && objectBeforeNegation(tokens, t - 2, k)) tell = t;
      // "I would not admit that to them", "don't tell them": "them" counts with a negation before the verb
      // ("we'll tell them not to ring the bell" instructs a courier).
      else if (tokenWithin(tokens, t + 1, Math.min(stop, t + 7), THEM)) {
        tell = t;
        plural = true;
      }
    }
    if (tell < 0) continue;
    let withhold = false;
    const withholdEnd = plural ? tell : Math.min(stop, tell + 6);
    for (let t = Math.max(k, tell - 5); t < withholdEnd && !withhold; t++) if (WITHHOLD.has(tokens[t].norm.replaceAll("’", "'"))) withhold = true;
    if (!withhold || speaksToReader(tokens, k, stop, k)) continue;
    // "We did not tell him the wrong date": a report of the past, not a decision about the reader.
    let past = false;
    for (let t = Math.max(k, tell - 3); t < tell && !past; t++) if (PAST_AUX.has(tokens[t].norm.replaceAll("’", "'"))) past = true;
    if (past) continue;
    const words = prose.slice(sentence.start, sentence.end);
    hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
  }
  return hits;
}

/** True when token k stands right after a greeting word at the start of a line ("Hi Karen,"). */
function isLineStartGreeting(tokens: readonly Token[], k: number): boolean {
  return k > 0 && TITLES.has(tokens[k - 1].norm);
}
