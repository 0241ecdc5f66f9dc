import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/index.js";
import { resolveFileConfig } from "../../src/engine/config.js";
import { RuleRegistry } from "../../src/engine/rule-registry.js";
import { lintSource } from "../../src/engine/lint-source.js";
import { formatOf } from "../../src/draft.js";
import { wordRule } from "../helpers/word-rule.js";
import { applyDirectives, type Directive } from "../../src/engine/directives.js";
import type { LintMessage, Position } from "../../src/types.js";

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

describe("applyDirectives at scale", () => {
  /** The plain definition (every message against every directive), which applyDirectives must match. */
  function reference(messages: LintMessage[], directives: Directive[]) {
    const used = new Set<string>();
    const key = (i: number, rule?: string) => `${i}:${rule ?? "*"}`;
    const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column < b.column);
    const suppressor = (message: LintMessage): string | undefined => {
      const at = { line: message.line, column: message.column };
      const names = (d: Directive) => d.rules.length === 0 || (message.ruleId !== null && d.rules.includes(message.ruleId));
      const tag = (i: number, d: Directive) => key(i, d.rules.length === 0 ? undefined : message.ruleId!);
      let blockDisabledBy: string | undefined;
      directives.forEach((d, i) => {
        if (!names(d)) return;
        if (d.kind === "disable-file") blockDisabledBy ??= tag(i, d);
        else if ((d.kind === "disable" || d.kind === "enable") && before(d.range.start, at)) blockDisabledBy = d.kind === "disable" ? tag(i, d) : undefined;
      });
      if (blockDisabledBy) return blockDisabledBy;
      for (const [i, d] of directives.entries()) {
        if (!names(d)) continue;
        if (d.kind === "disable-line" && d.range.start.line === message.line) return tag(i, d);
        if (d.kind === "disable-next-line" && d.range.end.line + 1 === message.line) return tag(i, d);
      }
      return undefined;
    };
    const kept = messages.filter((m) => {
      const by = m.fatal ? undefined : suppressor(m);
      if (by) used.add(by);
      return !by;
    });
    const unused: { directive: Directive; rule?: string }[] = [];
    directives.forEach((directive, i) => {
      if (directive.kind === "enable") return;
      if (directive.rules.length === 0) {
        if (!used.has(key(i))) unused.push({ directive });
      } else for (const rule of directive.rules) if (!used.has(key(i, rule))) unused.push({ directive, rule });
    });
    return { kept, unused };
  }

  const kinds = ["disable", "enable", "disable-line", "disable-next-line", "disable-file"] as const;
  const random = (seed: number) => (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };

  it("decides as the plain definition on 5,000 random drafts (directives in any order)", () => {
    const rnd = random(20261203);
    for (let t = 0; t < 5000; t++) {
      const messages: LintMessage[] = Array.from({ length: rnd(8) }, () => ({
        ruleId: rnd(5) === 0 ? null : ["a", "b", "c"][rnd(3)],
        severity: 2,
        message: "m",
        line: 1 + rnd(6),
        column: 1 + rnd(3),
        ...(rnd(10) === 0 ? { fatal: true } : {}),
      }));
      const directives: Directive[] = Array.from({ length: rnd(7) }, () => {
        const line = 1 + rnd(6);
        return { kind: kinds[rnd(5)], rules: ["a", "b", "c"].filter(() => rnd(3) === 0), range: { start: { line, column: 1 + rnd(3) }, end: { line: line + rnd(2), column: 5 } } };
      });
      expect(applyDirectives(messages, directives)).toEqual(reference(messages, directives));
    }
  });

  it("10,000 messages and 10,000 directives in well under a second (was 11-18 s)", () => {
    const n = 10_000;
    const messages: LintMessage[] = Array.from({ length: n }, (_, i) => ({ ruleId: i % 3 ? "a" : "b", severity: 2, message: "m", line: 2 * i + 2, column: 1 }));
    const directives: Directive[] = Array.from({ length: n }, (_, i) => ({
      kind: kinds[i % 4],
      rules: i % 5 ? ["a"] : [],
      range: { start: { line: 2 * i + 1, column: 1 }, end: { line: 2 * i + 1, column: 20 } },
    }));
    const started = performance.now();
    const { kept } = applyDirectives(messages, directives);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(kept.length).toBeGreaterThan(0);
  });
});
