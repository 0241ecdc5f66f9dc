// The built-in hygiene rules, in the order --list-rules shows them.
import type { Rule } from "../../src/rule-api.js";
import attachmentReminder from "./attachment-reminder.js";
import unresolvedPlaceholder from "./unresolved-placeholder.js";
import sensitiveData from "./sensitive-data.js";
import mixedFormality from "./mixed-formality.js";
import greetingMismatch from "./greeting-mismatch.js";
import emptySubject from "./empty-subject.js";

export const hygieneRules: Rule[] = [
  attachmentReminder,
  unresolvedPlaceholder,
  sensitiveData,
  mixedFormality,
  greetingMismatch,
  emptySubject,
];
