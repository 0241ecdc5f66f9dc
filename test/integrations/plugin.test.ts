// The example third-party plugin in fixtures/plugin-example: loaded through config `plugins`
// as a user would, and tested with RuleTester as its author would.
import { describe, expect, it } from "vitest";
import path from "node:path";
import { RuleTester, lintFiles, lintText, loadConfig, type Rule } from "../../src/index.js";
import { pathToFileURL } from "node:url";
import { ROOT, mailLint } from "./helpers.js";
import { projectWithPlugin as installPlugin } from "../helpers/plugin-project.js";

// Installed as a user installs it: in node_modules beside mail-lint, which it imports.
const PLUGIN = "mail-lint-plugin-example";
const installed = (files: Record<string, string> = {}) => installPlugin(path.join(ROOT, "fixtures/plugin-example"), PLUGIN, files);
// The plugin is plain JavaScript, as published; imported by URL, typed by the public Rule type.
const ruleModule = pathToFileURL(path.join(installed(), "node_modules", PLUGIN, "rules/no-buzzwords.js")).href;
const { default: noBuzzwords } = (await import(ruleModule)) as { default: Rule };

function projectWithPlugin(rules: Record<string, unknown> = {}, files: Record<string, string> = {}) {
  return installed({ ".maillintrc.json": JSON.stringify({ plugins: [PLUGIN], rules }), ...files });
}

describe("the example plugin loaded through config `plugins`", () => {
  it("adds its rule as example/no-buzzwords with its meta", async () => {
    const { rules } = await loadConfig({ cwd: projectWithPlugin() });
    const rule = rules.find((r) => r.meta.id === "example/no-buzzwords");
    expect(rule?.meta).toMatchObject({ category: "tone", defaultSeverity: "warn", languages: ["de", "en"] });
  });

  it("reports each buzzword at its exact position, with the default severity", async () => {
    const dir = projectWithPlugin();
    const text = "Hello Anna,\n\nlet us circle back on the synergy next week.\n";
    const result = await lintText(text, { cwd: dir, filePath: "reply.txt" });
    const messages = result.messages.filter((m) => m.ruleId === "example/no-buzzwords");
    expect(messages).toEqual([
      expect.objectContaining({ severity: 1, line: 3, column: 8, endLine: 3, endColumn: 19, message: expect.stringContaining('"circle back" sounds busy') }),
      expect.objectContaining({ severity: 1, line: 3, column: 27, endLine: 3, endColumn: 34, message: expect.stringContaining('"synergy"') }),
    ]);
  });

  it("takes severity and options from the config, and positions in an .eml from the file's own lines", async () => {
    const eml = "From: anna@example.com\nTo: bob@example.org\nSubject: Plan\n\nHallo Bob,\n\ndas ist nicht zielführend.\n";
    const dir = projectWithPlugin({ "example/no-buzzwords": ["error", { allow: ["synergy"] }] }, { "plan.eml": eml, "ok.txt": "We see synergy here.\n" });
    const results = await lintFiles(["plan.eml", "ok.txt"], { cwd: dir });
    const byFile = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages.filter((m) => m.ruleId === "example/no-buzzwords")]));
    expect(byFile["plan.eml"]).toEqual([
      expect.objectContaining({ severity: 2, line: 7, column: 15, endColumn: 26, message: expect.stringMatching(/^„zielführend“ klingt beschäftigt/) }),
    ]);
    expect(byFile["ok.txt"]).toEqual([]);
  });

  it("the CLI lists and runs it", () => {
    const dir = projectWithPlugin({}, { "a.md": "# Update\n\nWe will leverage the new tool.\n" });
    expect(mailLint(["--list-rules"], dir).stdout).toMatch(/^example\/no-buzzwords\s+tone\s+warn\s+Disallow buzzwords/m);
    const { code, stdout } = mailLint(["a.md", "--format", "json"], dir);
    expect(code).toBe(0);
    const [result] = JSON.parse(stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
    expect(result.messages.filter((m) => m.ruleId === "example/no-buzzwords")).toEqual([
      expect.objectContaining({ line: 3, column: 9, endColumn: 17 }),
    ]);
  });
});

new RuleTester().run(noBuzzwords, {
  valid: [
    "We will send the invoice on Friday, 27 November.",
    // Whole words only.
    { code: "The company deleveraged last year; we leveraged nothing.", name: "other words containing a buzzword" },
    // Quoted history is not the sender's text.
    { code: "Thanks, done.\n\nOn Mon, 23 Nov 2026, Bob wrote:\n> Let us circle back on the synergy.\n", name: "quoted text" },
    // Code and URLs are not prose.
    { code: "See `synergy.ts` and https://example.com/synergy for details.\n", filename: "notes.md", name: "code and URL" },
    { code: "We see real synergy here.", options: { allow: ["Synergy"] }, name: "allowed by option" },
  ],
  invalid: [
    { code: "Let us circle back.", errors: [{ message: /^"circle back" sounds busy but tells the reader nothing\. Say it plainly, e\.g\. "come back to this \(say when\)"\.$/, line: 1, column: 8, endLine: 1, endColumn: 19 }] },
    { code: "Let us circle\nback tomorrow.", errors: [{ line: 1, column: 8, endLine: 2, endColumn: 5 }], name: "a phrase across a line break" },
    { code: "SYNERGY!", errors: [{ line: 1, column: 1, endColumn: 8 }], name: "any case" },
    {
      code: "Hallo Anna,\n\ndie Synergieeffekte sind groß und der Plan ist zielführend.\n",
      errors: [
        { message: /^„Synergieeffekte“ klingt beschäftigt, sagt dem Leser aber nichts\./, line: 3, column: 5, endColumn: 20 },
        { message: /^„zielführend“/, line: 3, column: 48, endColumn: 59 },
      ],
      name: "German paragraph, German message",
    },
  ],
});
