// What the two promise rules need to know about one sentence, computed once per draft and shared
// through context.perDraft: its dates, the sender's commitment in it, vague time phrases,
// third-party hedges, and whether it is a question, a request to the reader, a condition or
// history. Whichever promise rule asks first, both see the same facts.
import type { DateMention, Language, RuleContext, SentenceView } from "../../src/rule-api.js";
import { FUTURE_EN, findCommitment, type Commitment } from "./commitments.js";
import { findPhrases, type PhraseMatch } from "./phrase-matcher.js";
import type { PromiseLexicon } from "./lexicon.js";

export interface SentenceFacts {
  view: SentenceView;
  /** Dates in the sentence, with body offsets. */
  dates: DateMention[];
  /**
   * The sender's commitment in the sentence, found on the first call. English needs compromise
   * (milliseconds per sentence), so rules ask only when the answer can change a finding.
   */
  commitment(): Promise<Commitment | null>;
  vague: PhraseMatch[];
  concrete: PhraseMatch[];
  thirdParty: PhraseMatch[];
  /** "Wir telefonieren", "meeting", "call": a date in it is an appointment. */
  appointment: boolean;
  question: boolean;
  /** Asks the reader to act ("please call me", "Rufen Sie mich an"): the date is theirs to pick. */
  request: boolean;
  /** "if it does not arrive by Friday, ...": dates in it are conditions, not promises. */
  conditional: boolean;
  /** Reports history ("we talked on Wednesday"). */
  past: boolean;
}

const REQUEST: Record<Language, RegExp> = {
  en: /\b(?:please|could you|can you|would you|will you|kindly|let me know|let us know)\b/i,
  de: /\b(?:bitte|können sie|könnten sie|würden sie|wären sie|teilen sie|sagen sie)\b|^\s*\p{Lu}\p{L}*en\s+sie\b/iu,
};
// Conditions, and time clauses in which the reader acts first ("as soon as you reply, we
// will ..."): the promise waits for the reader, its time is not the sender's to give. German
// "wenn" is "if" at the start of a sentence but often "when" after the main clause
// ("Wir geben Bescheid, wenn der Artikel da ist"), which is a promise without a date.
const CONDITION: Record<Language, readonly RegExp[]> = {
  en: [
    /\b(?:if|unless)\b|^\s*(?:should|in case|when|whenever|once)\b/i,
    /\b(?:once|as soon as|after|until)\s+you\b|\bwhen i hear from you\b/i,
  ],
  // "Sie" (the reader) is capitalised; "sobald sie ankommt" (the parcel) is no reader action.
  de: [/\b(?:falls|sofern)\b|^\s*(?:wenn|sollte[n]?)\b/i, /\b(?:[Ss]obald|[Nn]achdem|[Ww]enn|[Bb]is) Sie\b/],
};
// History: past forms of be/have/do, time words, and "we talked", "I called" (a pronoun and an -ed
// form; "the call is scheduled for Friday" is not history).
const PAST_EN =
  /\b(?:was|were|had|did|spoke|met|sent|said|told|went|came|yesterday|last week|last month|ago)\b|\b(?:i|we|you|they|he|she)\s+\w+ed\b/i;

function isPast(view: SentenceView, lexicon: PromiseLexicon): boolean {
  if (view.language === "de") return view.tokens.some((t) => lexicon.pastMarkersDe.has(t.norm));
  return PAST_EN.test(view.text) && !FUTURE_EN.test(view.text);
}

/** Everything the promise rules read from one sentence (one of context.sentences()). */
export function sentenceFacts(context: RuleContext, view: SentenceView, lexicon: PromiseLexicon): Promise<SentenceFacts> {
  const cache = context.perDraft("promises/sentence-facts", () => new Map<SentenceView, Promise<SentenceFacts>>());
  let facts = cache.get(view);
  if (!facts) {
    facts = computeFacts(context, view, lexicon);
    cache.set(view, facts);
  }
  return facts;
}

async function computeFacts(context: RuleContext, view: SentenceView, lexicon: PromiseLexicon): Promise<SentenceFacts> {
  const dates = [...(await context.dates(view))];
  const trimmed = view.text.trim();
  const question = trimmed.endsWith("?");
  let commitment: Promise<Commitment | null> | undefined;
  const facts: SentenceFacts = {
    view,
    dates,
    commitment: () => {
      // compromise is one of the slow readers the engine's budget is for.
      commitment ??= question || !view.withinNlpBudget ? Promise.resolve(null) : findCommitment(view, lexicon);
      return commitment;
    },
    vague: findPhrases(lexicon.vagueTime[view.language], view.tokens),
    concrete: findPhrases(lexicon.concreteTime[view.language], view.tokens),
    thirdParty: findPhrases(lexicon.thirdParty[view.language], view.tokens),
    appointment: findPhrases(lexicon.appointment[view.language], view.tokens).length > 0,
    question,
    request: question || REQUEST[view.language].test(trimmed),
    conditional: CONDITION[view.language].some((pattern) => pattern.test(trimmed)),
    past: isPast(view, lexicon),
  };
  return facts;
}

/**
 * Cheap test whether a sentence may hold a promise: a future form or a German commitment cue,
 * or a third-party hedge. Only such sentences pay for chrono-node and compromise.
 */
export function mayHoldPromise(view: SentenceView, lexicon: PromiseLexicon): boolean {
  if (findPhrases(lexicon.thirdParty[view.language], view.tokens).length > 0) return true;
  if (view.language === "en") return FUTURE_EN.test(view.text);
  return findPhrases(lexicon.commitmentCuesDe, view.tokens).length > 0;
}
