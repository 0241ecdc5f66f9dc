// Finds the sender's commitments in one sentence: "we will send", "I'll call", "you will
// receive", "wir rufen Sie … an", "Sie erhalten". English goes through compromise (future
// tense, subject, negation, imperative before it), German through token patterns that know
// separable verbs (rules/promises/data/commitment-cues-de.txt). compromise is slow to load, so
// it is imported only for sentences that pass a cheap "will / 'll / going to" prefilter.
import { SentenceCache, type SentenceView } from "../../src/rule-api.js";
import { findPhrases } from "./phrase-matcher.js";
import type { PromiseLexicon } from "./lexicon.js";

export interface Commitment {
  /** Body offsets of the committing words ("I'll give", "wir rufen Sie morgen an"). */
  start: number;
  end: number;
  text: string;
  /** "we will be marketing": an ongoing activity rather than a deliverable. */
  progressive: boolean;
}

/** What the readers need of a sentence (context.sentences() gives more). Offsets are body offsets. */
export type SentenceText = Pick<SentenceView, "start" | "end" | "text" | "language" | "tokens">;

/** An English future form: the prefilter of every English promise reading. */
export const FUTURE_EN = /\b(?:will|shall|going to|gonna)\b|['’]ll\b/i;

// "you will receive / get / hear from us": the reader is told what the sender will deliver.
const READER_RECEIVES = new Set(["receive", "get", "hear", "hear from", "hear back", "be contacted", "be notified"]);
// "your order will ship": the thing the reader waits for.
const DELIVERY_EN =
  /\bwill\s+(?:be\s+)?(?:arrive|arriving|ship|shipped|shipping|delivered|dispatched|processed|refunded|credited|sent|replaced|repaired|ready|back in stock)\b/i;
// "we'll be in touch", "I'll be back to you": promises phrased with "be".
const BE_PROMISE = /^\s*(?:in touch|back (?:to|with) you|in contact|sending|getting back)/i;
const FIRST_PERSON = /^(?:i|we|us|our\b.*|my\b.*|(?:[\w-]+ and )?(?:i|me)|i and [\w-]+)$/;

// Words right before the subject that make the clause a report about a promise.
const EMBEDDED_BEFORE = /\b(?:how|what|which|whether|where|why|who|whom|ensure|ensuring|assure|assured)\s+(?:that\s+)?(?:(?:(?:i|we|you)(?:['’]ll)?|['’]ll)\s*)?$/i;
// Needs, feelings and states dressed as future ("we'll need to", "we'll be happy to", "we will
// make every effort", "I am going to get much closer").
const LEADING_AUXILIARIES = /^(?:\s*(?:will|shall|['’]ll|am|are|is|going|to|also|still|just|then|simply|certainly)\b)+/i;
const NOT_AN_ACTION =
  /^\s*(?:need|needs|have to|has to|want|wants|be (?:glad|happy|pleased|delighted|able|prepared|sure|available|out|away|there|here|in)|make (?:every effort|sure|certain)|do (?:our|my) best|get (?:much|more|very|so|too|\w+ed|\w+er)\b)/i;
// The subject pronoun just before the verb chunk: "but I will check", "Scott and I will get".
const PRONOUN_BEFORE = /\b(?:i|we|you)(?:['’]ll)?\s+(?:(?:also|then|just|still|certainly|definitely|personally|gladly|now|simply)\s+)*$/i;

/**
 * The subject of a verb: compromise's, unless it is not a person (it sometimes picks a noun
 * before the verb), then the pronoun right before the verb, then for "... and will get back"
 * the subject of the verb before.
 */
function subjectFor(fromNlp: string, before: string, previous: string): string {
  if (FIRST_PERSON.test(fromNlp) || fromNlp === "you" || /^(?:your|the|it)\b/.test(fromNlp)) return fromNlp;
  const pronoun = PRONOUN_BEFORE.exec(before);
  if (pronoun) return subjectOf(pronoun[0]);
  if (/\band\s*$/i.test(before)) return previous;
  return fromNlp;
}

type NlpModule = typeof import("compromise");
let nlpModule: Promise<NlpModule> | undefined;

function loadNlp(): Promise<NlpModule> {
  nlpModule ??= import("compromise");
  return nlpModule;
}

function subjectOf(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/['’](?:ll|ve|d|re|m|s)\b/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim();
}

interface VerbView {
  json(options: { offset: true }): unknown[];
  subjects(): { text(): string; json(options: { offset: true }): unknown[] };
}

interface VerbJson {
  text: string;
  offset?: { start: number; length: number };
  verb: { infinitive: string; negative: boolean; grammar: { tense?: string; form?: string } };
}

/**
 * Where compromise's `text` stands in the sentence. Its offsets drift by a character or two
 * around contractions ("I'll" is two terms to it), so the words are looked up near the offset.
 */
function locate(sentence: string, words: string, near: number): [number, number] {
  const needle = words.trim().replace(/(?<![.,;:!?])[.,;:!?]+$/, "");
  let best = -1;
  for (let i = sentence.indexOf(needle); i >= 0; i = sentence.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best < 0 ? [near, near] : [best, best + needle.length];
}

// Each distinct English sentence is read once; the answer is kept with offsets relative to the
// sentence. (The promise rules have one lexicon per process, so the text alone is the key.)
const readSentences = new SentenceCache<Commitment | null>();

/** The first English commitment of the sender in the sentence, if any. */
export async function findCommitmentEn(sentence: SentenceText, lexicon: PromiseLexicon): Promise<Commitment | null> {
  if (!FUTURE_EN.test(sentence.text)) return null;
  const relative = await readSentences.get(sentence.text, () =>
    readCommitmentEn({ ...sentence, start: 0, end: sentence.text.length }, lexicon),
  );
  return relative && { ...relative, start: relative.start + sentence.start, end: relative.end + sentence.start };
}

/** The sentence's first English commitment of the sender: the common shape directly, else compromise. */
async function readCommitmentEn(sentence: SentenceText, lexicon: PromiseLexicon): Promise<Commitment | null> {
  return readPlainCommitmentEn(sentence, lexicon) ?? readCommitmentWithNlp(sentence, lexicon);
}

// The commonest English promise opens the sentence with its subject: "We will send you the
// invoice", "I'll call you", "You will receive a confirmation". Read directly, it needs neither
// compromise's ~0.3 s of loading nor its milliseconds per sentence. The reader only says yes,
// and only where compromise says the same (test/rules/plain-commitment.test.ts checks that on
// every English future sentence of the Enron data and the benchmark corpus), except that it
// also reads a sentence wrapped across lines ("You will\nreceive"), which compromise misses. A
// negation, a need, an adverb it does not know, a phrasal verb or any other shape goes to
// compromise, which may still find a promise later in the sentence.
const PLAIN_PROMISE_EN =
  /^(\s*(?:(?:yes|sure|ok|okay|thanks|great|fine|of course|as promised)[,!]?\s+)?)(i|we|you)(?:\s+(?:will|shall)|['’]ll)(?:\s+(?:also|then|just|still|certainly|definitely|personally|gladly|now|simply))*\s+([a-z]+)(?=[^\p{L}\p{N}'’-]|$)/iu;
// Words after "will" that are not a plain verb, or verbs whose reading needs compromise.
const NOT_A_PLAIN_VERB =
  /^(?:not|never|be|have|at|all|both|each|soon|then|now|also|still|just|always|again|first|only|either|rather|sometimes|usually|even|too|very|\w+ly)$/i;
// compromise's verb phrase runs on over particles and adverbs ("get back to you", "call again",
// "write more later", "keep thinking"): after such a word the reader leaves the span to it.
const RUNS_ON_AFTER =
  /^\s+(?:back|up|out|in|into|off|on|over|down|through|around|away|ahead|along|forward|by|from|about|again|later|more|soon|shortly|now|then|once|twice|together|\p{L}+ly|\p{L}+ing)\b/iu;

/** The commitment when the sentence opens with "I/we/you will <verb>" and the verb is plain; else null. */
export function readPlainCommitmentEn(sentence: SentenceText, lexicon: PromiseLexicon): Commitment | null {
  const match = PLAIN_PROMISE_EN.exec(sentence.text);
  if (!match) return null;
  const [whole, lead, subjectWord, verbWord] = match;
  const verb = verbWord.toLowerCase();
  const after = sentence.text.slice(whole.length);
  if (NOT_A_PLAIN_VERB.test(verb) || RUNS_ON_AFTER.test(after) || NOT_AN_ACTION.test(verb + after.slice(0, 20))) return null;
  const isPromise = subjectWord.toLowerCase() === "you" ? READER_RECEIVES.has(verb) : !lexicon.noncommittalVerbsEn.has(verb);
  if (!isPromise) return null;
  return { start: sentence.start + lead.length, end: sentence.start + whole.length, text: whole.slice(lead.length), progressive: false };
}

/** What compromise makes of the sentence: its first English commitment of the sender, if any. */
export async function readCommitmentWithNlp(sentence: SentenceText, lexicon: PromiseLexicon): Promise<Commitment | null> {
  const { default: nlp } = await loadNlp();
  const doc = nlp(sentence.text);
  let readerAskedFirst = false;
  let found: Commitment | null = null;
  let lastSubject = "";
  // compromise's typings give forEach a plain View; the verb methods are there at run time.
  doc.verbs().forEach((view) => {
    const verb = view as unknown as VerbView;
    if (found) return;
    const [json] = verb.json({ offset: true }) as VerbJson[];
    if (!json) return;
    const grammar = json.verb.grammar;
    // "Call me tonight and I'll give you the details": the reader acts first; no promise to date.
    if (grammar.form === "imperative") readerAskedFirst = true;
    const chunk = json.text;
    const future = grammar.tense === "FutureTense" || /\b(?:will|shall)\b|['’]ll\b/i.test(chunk);
    if (!future || json.verb.negative || readerAskedFirst) return;
    const [verbStart, verbEnd] = locate(sentence.text, chunk, json.offset?.start ?? 0);
    const before = sentence.text.slice(0, verbStart);
    const after = sentence.text.slice(verbEnd);
    const subjects = verb.subjects();
    const subject = subjectFor(subjectOf(subjects.text()), before, lastSubject);
    lastSubject = subject;
    const infinitive = json.verb.infinitive.toLowerCase();
    // "how we will generate support", "to ensure that you will receive": a clause about the
    // promise, not the promise; "we'll need to", "I'll be glad to": a need or a feeling.
    const phrase = (chunk + after.slice(0, 20)).replace(LEADING_AUXILIARIES, "");
    if (EMBEDDED_BEFORE.test(before) || NOT_AN_ACTION.test(phrase)) return;
    let isPromise = false;
    if (FIRST_PERSON.test(subject)) {
      const noncommittal =
        lexicon.noncommittalVerbsEn.has(infinitive) || lexicon.noncommittalVerbsEn.has(infinitive.split(" ")[0]);
      isPromise = infinitive === "be" ? BE_PROMISE.test(after) : !noncommittal;
    } else if (subject === "you") {
      isPromise = READER_RECEIVES.has(infinitive);
    } else if (/^(?:your|the|it)\b/.test(subject)) {
      isPromise = DELIVERY_EN.test(sentence.text.slice(Math.max(0, verbStart - 12), verbEnd + 30));
    }
    if (!isPromise) return;
    const pronoun = PRONOUN_BEFORE.exec(before);
    const from = pronoun ? pronoun.index : verbStart;
    found = {
      start: sentence.start + from,
      end: sentence.start + verbEnd,
      text: sentence.text.slice(from, verbEnd).trim(),
      progressive: /\bbe\s+\w+ing\b/i.test(chunk),
    };
  });
  return found;
}

const NEGATION_DE = new Set(["nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals"]);
const FUTURE_AUX_DE = new Set(["werden", "werde"]);

/** The first German commitment of the sender in the sentence, if any. */
export function findCommitmentDe(sentence: SentenceText, lexicon: PromiseLexicon): Commitment | null {
  const tokens = sentence.tokens;
  if (tokens.some((t) => NEGATION_DE.has(t.norm))) return null;
  for (const match of findPhrases(lexicon.commitmentCuesDe, tokens)) {
    const cueTokens = tokens.slice(match.first, match.last);
    if (cueTokens.some((t) => FUTURE_AUX_DE.has(t.norm))) {
      const rest = tokens.slice(match.last);
      // "Wir werden oft gefragt" is a passive, "wir werden sehen" a wait: no promise.
      if (rest.some((t) => /^ge\p{L}{3,}t$/u.test(t.norm) && t.norm !== "gerne")) continue;
      if (rest.some((t) => lexicon.noncommittalVerbsDe.has(t.norm))) continue;
    }
    const text = sentence.text.slice(match.start - sentence.start, match.end - sentence.start);
    return { start: match.start, end: match.end, text, progressive: false };
  }
  return null;
}

/**
 * False when the sentence certainly holds no commitment of the sender, found without
 * compromise: English needs a future form ("will", "'ll", "going to"), German a commitment cue.
 */
export function mayHoldCommitment(sentence: SentenceText, lexicon: PromiseLexicon): boolean {
  return sentence.language === "de" ? findCommitmentDe(sentence, lexicon) !== null : FUTURE_EN.test(sentence.text);
}

export async function findCommitment(sentence: SentenceText, lexicon: PromiseLexicon): Promise<Commitment | null> {
  return sentence.language === "de" ? findCommitmentDe(sentence, lexicon) : findCommitmentEn(sentence, lexicon);
}
