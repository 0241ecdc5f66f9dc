// The RuleTester itself: what an expected error's `suggestions` asserts, and that a mismatch fails
// with a message saying which suggestion and which field. The cases run through RuleTester.run
// with its describe/it hooks pointed at a collector, so a failing case is a rejected promise here
// instead of a failed test.
import { afterEach, describe, expect, it } from "vitest";
import { RuleTester, type InvalidRuleTestCase } from "../../src/engine/rule-tester.js";
import type { Rule } from "../../src/types.js";

/** Reports "asap" with a replacement and a second, text-less suggestion; "later" with none. */
const rule: Rule = {
  meta: { id: "test-asap", category: "test", description: "Reports asap and later.", defaultSeverity: "warn" },
  create(context) {
    for (const zone of context.zones()) {
      for (const token of zone.tokens) {
        if (token.norm === "asap") {
          context.report({
            message: "asap is no date.",
            start: token.start,
            end: token.end,
            suggestions: [{ desc: "Name a day", text: "by Friday" }, { desc: "Ask when they need it" }],
          });
        }
        if (token.norm === "later") context.report({ message: "later is no date.", start: token.start, end: token.end });
      }
    }
  },
};

afterEach(() => {
  RuleTester.describe = undefined;
  RuleTester.it = undefined;
});

/** Runs one invalid case; resolves to its assertion's message, or undefined when it passes. */
async function failure(testCase: InvalidRuleTestCase): Promise<string | undefined> {
  const bodies: (() => Promise<void>)[] = [];
  RuleTester.describe = (_name, body) => body();
  RuleTester.it = (_name, body) => bodies.push(body);
  new RuleTester().run(rule, { valid: [], invalid: [testCase] });
  expect(bodies).toHaveLength(1);
  return bodies[0]().then(
    () => undefined,
    (error: Error) => error.message,
  );
}

const BOTH = [{ desc: "Name a day", text: "by Friday" }, { desc: "Ask when they need it" }];

describe("RuleTester: suggestions", () => {
  it("passes when the suggestions are the same, in the same order", async () => {
    expect(await failure({ code: "We call you asap.", errors: [{ suggestions: BOTH }] })).toBeUndefined();
  });

  it("passes with `suggestions: []` for a finding without suggestions", async () => {
    expect(await failure({ code: "We call you later.", errors: [{ suggestions: [] }] })).toBeUndefined();
  });

  it("does not look at suggestions when the case leaves them out", async () => {
    expect(await failure({ code: "We call you asap.", errors: [{ message: "asap is no date." }] })).toBeUndefined();
  });

  it.each([
    ["a wrong desc", [{ desc: "Name a date", text: "by Friday" }, BOTH[1]], /message 1, suggestion 1: desc "Name a day" instead of "Name a date"/],
    ["a wrong text", [{ desc: "Name a day", text: "by Monday" }, BOTH[1]], /message 1, suggestion 1: text "by Friday" instead of "by Monday"/],
    ["a text the rule does not give", [BOTH[0], { desc: "Ask when they need it", text: "When?" }], /suggestion 2: text undefined instead of "When\?"/],
    ["a missing suggestion", [BOTH[0]], /message 1: 1 suggestion\(s\) expected, 2 given: expected .*got .*Ask when they need it/],
    ["the right ones in the wrong order", [BOTH[1], BOTH[0]], /suggestion 1: desc "Name a day" instead of "Ask when they need it"/],
    ["none expected", [], /message 1: 0 suggestion\(s\) expected, 2 given/],
  ])("fails for %s", async (_what, suggestions, expected) => {
    expect(await failure({ code: "We call you asap.", errors: [{ suggestions }] })).toMatch(expected);
  });

  it("fails when suggestions are expected from a finding that has none", async () => {
    expect(await failure({ code: "We call you later.", errors: [{ suggestions: [{ desc: "Name a day" }] }] })).toMatch(
      /message 1: 1 suggestion\(s\) expected, 0 given/,
    );
  });

  it("checks each finding's suggestions against its own expected error", async () => {
    const code = "We call you later, or asap.";
    expect(await failure({ code, errors: [{ suggestions: [] }, { suggestions: BOTH }] })).toBeUndefined();
    expect(await failure({ code, errors: [{ suggestions: [] }, { suggestions: [] }] })).toMatch(/^message 2: 0 suggestion\(s\) expected, 2 given/);
  });
});
