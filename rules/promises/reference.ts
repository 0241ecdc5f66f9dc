// The day a draft's promises are read against: the Date header's local day, else settings.now.
import type { RuleContext } from "../../src/types.js";
import { referenceDay, type CalendarDay } from "../../src/text/date-calendar.js";

export function draftReferenceDay(context: RuleContext): CalendarDay {
  const header = context.draft.headers.find((h) => h.name === "date")?.value;
  return referenceDay(context.draft.date, header, context.settings.now);
}

/** True when the reference day comes from the draft's Date header (said in messages). */
export function hasDateHeader(context: RuleContext): boolean {
  return context.draft.date !== undefined && !Number.isNaN(context.draft.date.getTime());
}
