// Runs the enabled rules over one Draft, turns their reports into positioned messages,
// applies inline directives and sorts the result. What rules read from the draft is read once
// for all of them (draft-reading.ts); each rule sees only the languages it declares.
import type { Draft, Language, LintMessage, ReportDescriptor, RuleContext, SharedSettings, ZoneKind } from "../types.js";
import { internalDomainsOf } from "../recipients.js";
import { DraftReading } from "./draft-reading.js";
import type { FileConfig } from "./config.js";
import { applyDirectives, type Directive } from "./directives.js";

export interface RunOptions {
  /** False with --no-inline-config: directives are ignored. */
  allowInlineConfig: boolean;
  now: Date;
}

const AUTHORED: readonly ZoneKind[] = ["authored"];

/**
 * What the enabled rules report on one draft, as messages in no particular order. `firstWindow`
 * is false for the later windows of a draft read in windows (src/engine/windows.ts): the rules
 * that judge the mail as a whole (meta.scope "mail") ran on the first, and what a rule reports
 * outside the body (a header, a recipient) it reported there.
 */
export async function rulesReports(draft: Draft, config: FileConfig, options: RunOptions, firstWindow: boolean): Promise<LintMessage[]> {
  const settings: SharedSettings = {
    internalDomains: internalDomainsOf(config.internalDomains, draft.from),
    internalOnlyRecipients: config.internalOnlyRecipients,
    internalHosts: config.internalHosts,
    ...(config.language ? { language: config.language } : {}),
    now: options.now,
  };

  const reading = new DraftReading(draft, settings);
  const messages: LintMessage[] = [];
  for (const [id, { rule, severity, options: ruleOptions }] of config.rules) {
    if (!firstWindow && rule.meta.scope === "mail") continue;
    // meta.languages: sentences and body findings in other languages are not the rule's business.
    const languages = rule.meta.languages;
    const allLanguages = !languages || (languages.includes("de") && languages.includes("en"));
    const inLanguage = (language: Language) => allLanguages || languages!.includes(language);
    const context: RuleContext = {
      id,
      draft,
      options: ruleOptions,
      settings,
      recipients: reading.recipients,
      today: reading.today,
      todayFromDateHeader: reading.todayFromDateHeader,
      zones: (kinds = AUTHORED) => draft.zones.filter((zone) => kinds.includes(zone.kind)),
      sentences: (zone) => (allLanguages ? reading.sentences(zone) : reading.sentences(zone).filter((s) => inLanguage(s.language))),
      dates: (sentence) => reading.dates(sentence),
      perDraft: (key, compute) => reading.perDraft(key, compute),
      languageAt: draft.languageAt,
      position: draft.position,
      report: (descriptor) => {
        checkReport(draft, descriptor);
        if (!firstWindow && descriptor.range !== undefined) return;
        if (!allLanguages && descriptor.range === undefined && !inLanguage(draft.languageAt(descriptor.start ?? 0))) return;
        messages.push(toMessage(draft, id, severity, descriptor));
      },
    };
    try {
      await rule.create(context);
    } catch (error) {
      // A crashing rule must not take the other rules or files down; say which rule broke.
      messages.push({
        ruleId: id,
        severity: 2,
        fatal: true,
        message: error instanceof InvalidReport
          ? `Rule "${id}" reported an invalid problem: ${error.message}`
          : `Rule "${id}" crashed: ${(error as Error | null)?.message ?? String(error)}`,
        line: 1,
        column: 1,
      });
    }
  }

  return messages;
}

/** Drops what inline directives switch off, adds the unused-directive reports, and sorts by position. */
export function withDirectives(messages: LintMessage[], directives: readonly Directive[], config: FileConfig, options: RunOptions): LintMessage[] {
  let result = messages;
  if (options.allowInlineConfig) {
    const { kept, unused } = applyDirectives(messages, directives);
    result = kept;
    if (config.reportUnusedDisableDirectives !== "off") {
      for (const { directive, rule } of unused) {
        result.push({
          ruleId: null,
          severity: config.reportUnusedDisableDirectives === "error" ? 2 : 1,
          message: rule
            ? `Unused mail-lint-disable directive (no problems were reported from "${rule}").`
            : "Unused mail-lint-disable directive (no problems were reported).",
          line: directive.range.start.line,
          column: directive.range.start.column,
          endLine: directive.range.end.line,
          endColumn: directive.range.end.column,
        });
      }
    }
  }
  return result.sort((a, b) => a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)));
}

/** A report a rule (often a plugin's) got wrong; it ends that rule's run as a throw would. */
class InvalidReport extends Error {}

/**
 * Checks what a rule reports before it becomes a message: a message that is no string, or
 * offsets that are not whole numbers within the body, in order, would give reporters
 * "undefined", NaN or a reversed range to print.
 */
function checkReport(draft: Draft, d: ReportDescriptor): void {
  if (typeof d?.message !== "string" || d.message.trim() === "") {
    throw new InvalidReport(`the message must be a non-empty string, got ${describe(d?.message)}`);
  }
  const isOffset = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= draft.body.length);
  if (!isOffset(d.start) || !isOffset(d.end)) {
    throw new InvalidReport(`start and end must be whole numbers from 0 to ${draft.body.length} (the body's length), got ${describe(d.start)} and ${describe(d.end)}`);
  }
  if (d.start !== undefined && d.end !== undefined && d.end < d.start) throw new InvalidReport(`end (${d.end}) is before start (${d.start})`);
  if (d.range !== undefined) {
    const isPosition = (p: unknown) => Number.isInteger((p as { line?: unknown })?.line) && Number.isInteger((p as { column?: unknown })?.column) && (p as { line: number }).line >= 1 && (p as { column: number }).column >= 1;
    if (!isPosition(d.range.start) || !isPosition(d.range.end)) throw new InvalidReport(`range must have start and end with whole line and column numbers from 1, got ${describe(d.range)}`);
    const { start, end } = d.range;
    if (end.line < start.line || (end.line === start.line && end.column < start.column)) throw new InvalidReport("range ends before it starts");
  }
}

function describe(value: unknown): string {
  if (typeof value === "number") return String(value); // NaN and Infinity, which JSON prints as null
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function toMessage(draft: Draft, ruleId: string, severity: "warn" | "error", d: ReportDescriptor): LintMessage {
  let start = d.range?.start;
  let end = d.range?.end;
  if (!start) {
    const from = d.start ?? 0;
    start = draft.position(from);
    end = draft.position(d.end ?? from);
  }
  const level = (d.severity ?? severity) === "error" ? 2 : 1;
  return {
    ruleId,
    severity: level,
    message: d.message,
    line: start.line,
    column: start.column,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    ...(d.suggestions?.length ? { suggestions: d.suggestions } : {}),
  };
}
