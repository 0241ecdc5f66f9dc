import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/index.js";
import { resolveFileConfig } from "../../src/engine/config.js";
import { RuleRegistry } from "../../src/engine/rule-registry.js";
import { lintSource } from "../../src/engine/lint-source.js";
import { formatOf } from "../../src/draft.js";
import { wordRule } from "../helpers/word-rule.js";

const rule = wordRule("test/no-foo", "foo");

async function lint(code: string, filePath = "t.md", allowInlineConfig = true) {
  const registry = new RuleRegistry([rule]);
  const config = resolveFileConfig({ config: { rules: { "test/no-foo": "error" } }, registry }, filePath, formatOf(filePath));
  const result = await lintSource(filePath, new TextEncoder().encode(code), config, { allowInlineConfig, now: new Date() });
  return result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? "-"} ${m.message}`);
}

describe("inline directives", () => {
  it("disable/enable blocks in Markdown comments", async () => {
    const md = "foo one\n\n<!-- mail-lint-disable test/no-foo -- quoting the customer -->\nfoo two\n<!-- mail-lint-enable test/no-foo -->\nfoo three\n";
    expect(await lint(md)).toEqual(['1:1 test/no-foo Found "foo".', '6:1 test/no-foo Found "foo".']);
  });

  it("disable-next-line and disable-line", async () => {
    const md = "<!-- mail-lint-disable-next-line test/no-foo -->\nfoo a\nfoo b <!-- mail-lint-disable-line -->\nfoo c\n";
    expect(await lint(md)).toEqual(['4:1 test/no-foo Found "foo".']);
  });

  it("reports an unused directive", async () => {
    const md = "fine text\n<!-- mail-lint-disable-next-line test/no-foo -->\nstill fine\n";
    expect(await lint(md)).toEqual(['2:1 - Unused mail-lint-disable directive (no problems were reported from "test/no-foo").']);
  });

  it("X-Mail-Lint-Disable header switches a rule off for a whole .eml", async () => {
    const eml = "From: a@x.example\r\nTo: b@y.example\r\nSubject: s\r\nX-Mail-Lint-Disable: test/no-foo -- tested\r\n\r\nfoo\r\n";
    expect(await lint(eml, "d.eml")).toEqual([]);
  });

  it("front matter key disables a rule in a text template", async () => {
    const txt = "---\nx-mail-lint-disable: test/no-foo\n---\nfoo\n";
    expect(await lint(txt, "t.txt")).toEqual([]);
  });

  it("--no-inline-config ignores directives", async () => {
    const md = "<!-- mail-lint-disable -->\nfoo\n";
    expect(await lint(md, "t.md", false)).toEqual(['2:1 test/no-foo Found "foo".']);
  });

  it("HTML comments in plain text are prose, not directives", async () => {
    expect(await lint("<!-- mail-lint-disable -->\nfoo\n", "t.txt")).toEqual(['2:1 test/no-foo Found "foo".']);
  });
});

describe("RuleTester", () => {
  new RuleTester().run(rule, {
    valid: ["nothing here", { code: "```\nfoo\n```\n", filename: "t.md", name: "code blocks are not prose" }],
    invalid: [
      { code: "a foo", errors: [{ message: 'Found "foo".', line: 1, column: 3, endLine: 1, endColumn: 6 }] },
      { code: "bar baz", options: { word: "baz" }, errors: 1 },
      { code: "> foo quoted\n\nfoo authored", errors: [{ line: 3, column: 1 }], name: "quoted text is not authored" },
    ],
  });
});
