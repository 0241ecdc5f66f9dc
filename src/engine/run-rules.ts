// Runs the enabled rules over one Draft, turns their reports into positioned messages,
// applies inline directives and sorts the result. What rules read from the draft is read once
// for all of them (draft-reading.ts); each rule sees only the languages it declares.
import type { Draft, Language, LintMessage, ReportDescriptor, RuleContext, SharedSettings, ZoneKind } from "../types.js";
import { internalDomainsOf } from "../recipients.js";
import { DraftReading } from "./draft-reading.js";
import type { FileConfig } from "./config.js";
import { applyDirectives, findDirectives } from "./directives.js";

export interface RunOptions {
  /** False with --no-inline-config: directives are ignored. */
  allowInlineConfig: boolean;
  now: Date;
}

const AUTHORED: readonly ZoneKind[] = ["authored"];

export async function runRules(draft: Draft, config: FileConfig, options: RunOptions): Promise<LintMessage[]> {
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
        message: `Rule "${id}" crashed: ${(error as Error)?.message ?? String(error)}`,
        line: 1,
        column: 1,
      });
    }
  }

  let result = messages;
  if (options.allowInlineConfig) {
    const directives = findDirectives(draft);
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
