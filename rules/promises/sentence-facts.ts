// The promise rules' reading of a sentence (clauses.ts), computed once per draft and shared
// through context.perDraft: whichever promise rule asks first, both see the same clauses. Dates
// (chrono-node, the slow part) are read only for sentences with a clause that can give a finding,
// and the sentence before only when a clause refers back to it ("Wir melden uns dann ...").
import type { RuleContext, SentenceView } from "../../src/rule-api.js";
import { antecedentOf, datesMoveCuts, mayCommitDe, moveSkeleton, readSentence, skeletonKey, readSkeleton, type Antecedent, type SentenceReading, type SentenceSkeleton } from "./clauses.js";
import type { PromiseLexicon } from "./lexicon.js";

export type { SentenceReading };

/** Per sentence: its reading without dates (null past the reading budget), read when first asked, and, once asked, its full reading. */
interface Entry {
  rough?: SentenceSkeleton | null;
  full?: Promise<SentenceReading | null>;
  /** Its reading for the sentence after it, when it has no commitment's shape (see antecedentReading). */
  asAntecedent?: Promise<SentenceReading | null>;
}

// Weak: a very large draft drops the sentence views of zones used long ago (src/zone-memory.ts),
// and their readings go with them.
type Cache = WeakMap<SentenceView, Entry>;

function entryOf(context: RuleContext, view: SentenceView): Entry {
  const cache = context.perDraft("promises/sentence-readings", () => new WeakMap() as Cache);
  let entry = cache.get(view);
  if (!entry) {
    entry = {};
    cache.set(view, entry);
  }
  return entry;
}

function roughOf(entry: Entry, view: SentenceView, lexicon: PromiseLexicon): SentenceSkeleton | null {
  if (entry.rough === undefined) entry.rough = view.withinNlpBudget ? knownSkeleton(view, lexicon) : null;
  return entry.rough;
}

// Mail repeats sentences (canned replies and templates with another order number, amount, date or
// line break; boilerplate; quoted history): the reading without dates depends only on the
// sentence's text, tokens and language, and not on which digits or which white space it has
// (skeletonKey), so it is kept by that key, like the dates by text (src/text/sentence-cache.ts),
// and moved to the sentence that asks (moveSkeleton checks the tokens). Bounded: when full it
// starts over.
const SKELETON_LIMIT = 2_000;
const skeletons = new WeakMap<PromiseLexicon, Map<string, { skeleton: SentenceSkeleton; origin: number }>>();

function knownSkeleton(view: SentenceView, lexicon: PromiseLexicon): SentenceSkeleton {
  let known = skeletons.get(lexicon);
  if (!known) skeletons.set(lexicon, (known = new Map()));
  const key = skeletonKey(view);
  const hit = known.get(key);
  const moved = hit && moveSkeleton(hit.skeleton, hit.origin, view);
  if (moved) return moved;
  const skeleton = readSkeleton(view, lexicon);
  if (known.size >= SKELETON_LIMIT) known.clear();
  known.set(key, { skeleton, origin: view.start });
  return skeleton;
}

/**
 * The reading of `views[index]` for its own findings, or null when nothing in it can be a promise
 * finding. `views` are the zone's sentences, for the sentence before.
 */
export async function sentenceReading(context: RuleContext, views: readonly SentenceView[], index: number, lexicon: PromiseLexicon): Promise<SentenceReading | null> {
  const view = views[index];
  // Most German sentences have no word a commitment needs (mayCommitDe): no finding, whatever the cut.
  if (view.language === "de" && !mayCommitDe(view, lexicon)) return null;
  const rough = roughOf(entryOf(context, view), view, lexicon);
  if (!rough?.candidate) return null;
  // No clause can give a finding: then none will with dates either, unless dates join clauses
  // (a cut inside a date), and dates need reading only when there was a cut at all.
  if (!rough.mayCommit) {
    if (rough.cuts.length === 0) return null;
    if (!datesMoveCuts(rough, await context.dates(views[index]))) return null;
  }
  return fullReading(context, views, index, lexicon);
}

/** The reading with dates, or null when no clause has a commitment's shape; what a later sentence refers back to. */
function fullReading(context: RuleContext, views: readonly SentenceView[], index: number, lexicon: PromiseLexicon): Promise<SentenceReading | null> {
  const entry = entryOf(context, views[index]);
  entry.full ??= compute(context, views, index, lexicon, roughOf(entry, views[index], lexicon), true);
  return entry.full;
}

/**
 * What a sentence gives the next one that refers back to it: its full reading, also when it has no
 * commitment's shape of its own ("Der Kollege aus der IT ist ab Anfang Dezember wieder da. Er
 * richtet Ihnen dann den Zugang ein.": the time and the colleague), read without looking further back.
 */
function antecedentReading(context: RuleContext, views: readonly SentenceView[], index: number, lexicon: PromiseLexicon): Promise<SentenceReading | null> {
  const entry = entryOf(context, views[index]);
  const rough = roughOf(entry, views[index], lexicon);
  if (rough?.candidate) return fullReading(context, views, index, lexicon);
  entry.asAntecedent ??= compute(context, views, index, lexicon, rough, false);
  return entry.asAntecedent;
}

async function compute(context: RuleContext, views: readonly SentenceView[], index: number, lexicon: PromiseLexicon, rough: SentenceSkeleton | null, lookBack: boolean): Promise<SentenceReading | null> {
  if (!rough || (lookBack && !rough.candidate)) return null;
  const view = views[index];
  const dates = await context.dates(view);
  const skeleton = datesMoveCuts(rough, dates) ? readSkeleton(view, lexicon, dates) : rough;
  // The sentence before is read only when a clause asks for it (most never do).
  let asked = false;
  const own = readSentence(view, skeleton, dates, lexicon, () => {
    asked = true;
    return null;
  });
  if (!asked || !lookBack || index === 0 || !mayReferBack(view, lexicon)) return own;
  const before = await antecedentReading(context, views, index - 1, lexicon);
  const antecedent: Antecedent | null = before && antecedentOf(before);
  return antecedent ? readSentence(view, skeleton, dates, lexicon, () => antecedent) : own;
}

const PRONOUN_SUBJECT = /^(?:er|he|she|sie)$/;

/** Whether a clause of the sentence may take its time or subject from the sentence before. */
function mayReferBack(view: SentenceView, lexicon: PromiseLexicon): boolean {
  const firstWords = lexicon.refersBackFirstWords[view.language];
  return view.tokens.some((t) => PRONOUN_SUBJECT.test(t.norm) || firstWords.has(t.norm));
}
