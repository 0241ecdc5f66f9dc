// The promise rules' reading of a sentence (clauses.ts), computed once per draft and shared
// through context.perDraft: whichever promise rule asks first, both see the same clauses. Dates
// (chrono-node, the slow part) are read only for sentences with a clause shaped like a commitment,
// and the sentence before only when a clause refers back to it ("Wir melden uns dann ...").
import type { RuleContext, SentenceView } from "../../src/rule-api.js";
import { antecedentOf, readSentence, readSkeleton, type Antecedent, type SentenceReading } from "./clauses.js";
import type { PromiseLexicon } from "./lexicon.js";

export type { SentenceReading };

type Cache = Map<SentenceView, Promise<SentenceReading | null>>;

/**
 * The reading of `views[index]`, or null when no clause of it can be a commitment of the sender
 * (then nothing in it is a promise finding). `views` are the zone's sentences, for the sentence before.
 */
export function sentenceReading(context: RuleContext, views: readonly SentenceView[], index: number, lexicon: PromiseLexicon): Promise<SentenceReading | null> {
  const cache = context.perDraft("promises/sentence-readings", () => new Map() as Cache);
  const view = views[index];
  let reading = cache.get(view);
  if (!reading) {
    reading = compute(context, views, index, lexicon);
    cache.set(view, reading);
  }
  return reading;
}

async function compute(context: RuleContext, views: readonly SentenceView[], index: number, lexicon: PromiseLexicon): Promise<SentenceReading | null> {
  const view = views[index];
  if (!view.withinNlpBudget) return null;
  const rough = readSkeleton(view, lexicon);
  if (!rough.candidate) return null;
  const dates = await context.dates(view);
  const skeleton = dates.length > 0 ? readSkeleton(view, lexicon, dates) : rough;
  let antecedent: Antecedent | null = null;
  if (index > 0 && mayReferBack(view, lexicon)) {
    const before = await sentenceReading(context, views, index - 1, lexicon);
    antecedent = before && antecedentOf(before);
  }
  return readSentence(view, skeleton, dates, lexicon, () => antecedent);
}

const PRONOUN_SUBJECT = /^(?:er|he|she|sie)$/;

/** Whether a clause of the sentence may take its time or subject from the sentence before. */
function mayReferBack(view: SentenceView, lexicon: PromiseLexicon): boolean {
  if (view.tokens.some((t) => PRONOUN_SUBJECT.test(t.norm))) return true;
  const words = new Set(view.tokens.map((t) => t.norm));
  return lexicon.refersBack[view.language].some((p) => p.steps[0]?.kind === "words" && [...p.steps[0].words].some((w) => words.has(w)));
}
