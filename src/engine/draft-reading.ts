// What the engine reads from one draft for all its rules, once: the sentences of each zone with
// their tokens and reading budget, the dates each sentence names, the reference day, the
// recipients as the organisation sees them, and the values rules share per draft
// (context.perDraft). One instance per draft, made before the first rule runs, so that what a
// rule sees never depends on which rules ran before it.
import type { CalendarDay, DateMention, Draft, Recipients, SentenceView, SharedSettings, Zone } from "../types.js";
import { referenceDay } from "../text/date-calendar.js";
import { findDates } from "../text/dates.js";
import { tokensWithin } from "../text/tokens.js";
import { externalRecipients, internalDomainsOf, isInternalAddress } from "../recipients.js";
import { derivedFromZone } from "../draft.js";

/**
 * The characters of sentences per zone that the slow readers (chrono-node for dates) read.
 * Ordinary mail uses a fraction of it; a pasted log or a 20 MB draft is read up to here and no
 * further, which keeps lint time bounded. Counted over every sentence of the zone in order, so
 * that which sentences are read does not depend on which rules asked first.
 */
export const NLP_BUDGET_CHARS = 200_000;

export class DraftReading {
  readonly today: CalendarDay;
  readonly todayFromDateHeader: boolean;
  readonly recipients: Recipients;
  // Weak: the sentence views go with their zone (a draft read in windows drops each window's).
  private readonly datesBySentence = new WeakMap<SentenceView, Promise<readonly DateMention[]>>();
  private readonly shared = new Map<string, unknown>();

  constructor(private readonly draft: Draft, settings: SharedSettings) {
    const dateHeader = draft.headers.find((h) => h.name === "date")?.value;
    this.today = referenceDay(draft.date, dateHeader, settings.now);
    this.todayFromDateHeader = draft.date !== undefined && !Number.isNaN(draft.date.getTime());
    const domains = internalDomainsOf(settings.internalDomains, draft.from);
    this.recipients = {
      all: draft.recipients,
      external: externalRecipients(draft.recipients, domains),
      internalDomains: domains,
      isInternal: (address) => isInternalAddress(address, domains),
    };
  }

  /** The zone's sentences with their tokens, the same objects for every rule. */
  sentences(zone: Zone): readonly SentenceView[] {
    return derivedFromZone(zone, "sentence-views", () => {
      let read = 0;
      return zone.sentences.map((s) => {
        read += s.text.length;
        // Field by field: V8 copies `{ ...s, more }` on a slow path (see fold in rules/promises/clauses.ts).
        const view: SentenceView = {
          start: s.start,
          end: s.end,
          text: s.text,
          language: s.language,
          tokens: tokensWithin(zone.tokens, s.start, s.end),
          withinNlpBudget: read <= NLP_BUDGET_CHARS,
        };
        return view;
      });
    });
  }

  /** The dates a sentence names, with body offsets; none past the reading budget. */
  dates(sentence: SentenceView): Promise<readonly DateMention[]> {
    let dates = this.datesBySentence.get(sentence);
    if (!dates) {
      dates = sentence.withinNlpBudget
        ? findDates(sentence.text, sentence.language, this.today).then((found) =>
            found.map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start })),
          )
        : Promise.resolve([]);
      this.datesBySentence.set(sentence, dates);
    }
    return dates;
  }

  perDraft<T>(key: string, compute: () => T): T {
    if (!this.shared.has(key)) this.shared.set(key, compute());
    return this.shared.get(key) as T;
  }
}
