// RuleTester for rule authors (built-in and plugins), modelled on ESLint's: valid cases must
// produce no message from the rule, invalid cases exactly the listed errors, with positions and,
// where a case lists them, the suggested fixes.
// It registers one test per case with the test runner's global `describe`/`it` (vitest with
// `globals: true`, mocha, jest), or runs the cases directly and throws when there are none.
import assert from "node:assert/strict";
import type { LintMessage, Rule, Suggestion } from "../types.js";
import { RuleRegistry } from "./rule-registry.js";
import { resolveFileConfig } from "./config.js";
import { lintSource } from "./lint-source.js";
import { formatOf } from "../draft.js";
import type { UserConfig } from "./config-schema.js";

export interface RuleTestCase {
  code: string;
  /** Picks the format: "draft.eml", "template.md", default "template.txt". */
  filename?: string;
  options?: Record<string, unknown>;
  /** Shared settings: internalDomains, internalOnlyRecipients, internalHosts, language. */
  settings?: Pick<UserConfig, "internalDomains" | "internalOnlyRecipients" | "internalHosts" | "language">;
  /** "Today" for date rules. */
  now?: Date;
  name?: string;
}

export interface ExpectedError {
  message?: string | RegExp;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: 1 | 2;
  /**
   * The suggestions, compared exactly and in order (`[]`: none). Left out, they are not
   * checked. Editors and the JSON output offer them to users, so a wrong one is a bug too.
   */
  suggestions?: Suggestion[];
}

export interface InvalidRuleTestCase extends RuleTestCase {
  errors: ExpectedError[] | number;
}

type Describe = (name: string, body: () => void) => void;
type It = (name: string, body: () => Promise<void>) => void;

export class RuleTester {
  static describe?: Describe;
  static it?: It;

  /**
   * Lints one case with only `rule` enabled, at its default severity for the file's format
   * (so expected severities mean what users see), or at "error" where that default is "off".
   */
  static async messagesFor(rule: Rule, testCase: RuleTestCase): Promise<LintMessage[]> {
    const filePath = testCase.filename ?? "template.txt";
    const registry = new RuleRegistry([rule]);
    const defaultSeverity = rule.meta.defaultSeverityByFormat?.[formatOf(filePath)] ?? rule.meta.defaultSeverity;
    const severity = defaultSeverity === "off" ? "error" : defaultSeverity;
    const config: UserConfig = {
      ...testCase.settings,
      rules: { [rule.meta.id]: testCase.options ? [severity, testCase.options] : severity },
    };
    const fileConfig = resolveFileConfig({ config, registry }, filePath, formatOf(filePath));
    fileConfig.reportUnusedDisableDirectives = "off";
    const result = await lintSource(filePath, new TextEncoder().encode(testCase.code), fileConfig, {
      allowInlineConfig: true,
      now: testCase.now ?? new Date("2026-11-25T12:00:00Z"),
    });
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) throw new Error(`fatal: ${fatal.message}`);
    return result.messages.filter((m) => m.ruleId === rule.meta.id);
  }

  run(rule: Rule, cases: { valid: (RuleTestCase | string)[]; invalid: InvalidRuleTestCase[] }): void {
    const g = globalThis as { describe?: Describe; it?: It };
    const describe = RuleTester.describe ?? g.describe;
    const it = RuleTester.it ?? g.it;
    if (!describe || !it) throw new Error("RuleTester needs a test runner's global describe/it (or set RuleTester.describe/it)");
    describe(rule.meta.id, () => {
      describe("valid", () => {
        for (const raw of cases.valid) {
          const testCase = typeof raw === "string" ? { code: raw } : raw;
          it(testCase.name ?? testCase.code.slice(0, 80), async () => {
            const messages = await RuleTester.messagesFor(rule, testCase);
            assert.deepEqual(messages.map(describeMessage), [], "expected no messages");
          });
        }
      });
      describe("invalid", () => {
        for (const testCase of cases.invalid) {
          it(testCase.name ?? testCase.code.slice(0, 80), async () => {
            const messages = await RuleTester.messagesFor(rule, testCase);
            const expected = typeof testCase.errors === "number" ? testCase.errors : testCase.errors.length;
            assert.equal(messages.length, expected, `expected ${expected} message(s), got: ${JSON.stringify(messages.map(describeMessage))}`);
            if (typeof testCase.errors === "number") return;
            testCase.errors.forEach((want, i) => checkMessage(messages[i], want, i));
          });
        }
      });
    });
  }
}

function checkMessage(actual: LintMessage, want: ExpectedError, index: number) {
  const where = `message ${index + 1}`;
  if (typeof want.message === "string") assert.equal(actual.message, want.message, `${where}: message`);
  if (want.message instanceof RegExp) assert.match(actual.message, want.message, `${where}: message`);
  for (const key of ["line", "column", "endLine", "endColumn", "severity"] as const) {
    if (want[key] !== undefined) assert.equal(actual[key], want[key], `${where}: ${key} (${describeMessage(actual)})`);
  }
  if (want.suggestions !== undefined) checkSuggestions(actual.suggestions ?? [], want.suggestions, where);
}

function checkSuggestions(actual: Suggestion[], want: Suggestion[], where: string) {
  // The values go into the messages: some runners print a custom message without a diff.
  const both = `expected ${JSON.stringify(want)}, got ${JSON.stringify(actual)}`;
  assert.equal(actual.length, want.length, `${where}: ${want.length} suggestion(s) expected, ${actual.length} given: ${both}`);
  want.forEach((s, i) => {
    // Field by field, so that a suggestion without `text` equals one with `text: undefined`.
    for (const key of ["desc", "text"] as const) {
      assert.equal(actual[i][key], s[key], `${where}, suggestion ${i + 1}: ${key} ${JSON.stringify(actual[i][key])} instead of ${JSON.stringify(s[key])}`);
    }
  });
}

function describeMessage(m: LintMessage): string {
  return `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`;
}
