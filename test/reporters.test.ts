import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";

// CommonJS modules whose default export is the function itself.
const Ajv4 = ajvDraft04.default;
const addFormats = ajvFormats.default;
import { reporters } from "../src/reporters/index.js";
import type { LintResult, RuleMeta } from "../src/types.js";

const cwd = "/work/project";
const results: LintResult[] = [
  {
    filePath: "/work/project/replies/a b.eml",
    errorCount: 1,
    warningCount: 1,
    fatalErrorCount: 0,
    messages: [
      { ruleId: "no-insult", severity: 2, message: 'Insult "idiot": the reader, feels attacked.', line: 3, column: 5, endLine: 3, endColumn: 10 },
      { ruleId: null, severity: 1, message: "Unused mail-lint-disable directive (no problems were reported).", line: 1, column: 1 },
    ],
  },
  { filePath: "/work/project/ok.txt", errorCount: 0, warningCount: 0, fatalErrorCount: 0, messages: [] },
  {
    filePath: "/work/project/broken.eml",
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 1,
    messages: [{ ruleId: null, fatal: true, severity: 2, message: "Parsing error: no header block", line: 1, column: 1 }],
  },
];
const rules = new Map<string, RuleMeta>([
  ["no-insult", { id: "no-insult", category: "tone", description: "Insults.", defaultSeverity: "error", docs: "https://example.test/no-insult", help: "Say what happened." }],
]);
const context = { cwd, rules, color: false, version: "1.2.3" };

describe("reporters", () => {
  it("stylish groups by file with a summary", () => {
    const out = reporters.stylish(results, context);
    expect(out).toContain("replies/a b.eml\n  3:5  error    Insult \"idiot\": the reader, feels attacked.  no-insult");
    expect(out).toContain("  1:1  warning  Unused mail-lint-disable directive (no problems were reported).");
    expect(out).not.toContain("ok.txt");
    expect(out).toContain("✖ 3 problems (2 errors, 1 warning)");
    expect(out).not.toMatch(/\u001b\[/);
  });

  it("stylish prints nothing for clean results", () => {
    expect(reporters.stylish([results[1]], context)).toBe("");
  });

  it("compact prints file:line:col: severity message [rule]", () => {
    const lines = reporters.compact(results, context).trim().split("\n");
    expect(lines[0]).toBe('replies/a b.eml:3:5: error Insult "idiot": the reader, feels attacked. [no-insult]');
    expect(lines[2]).toBe("broken.eml:1:1: error Parsing error: no header block");
  });

  it("stylish and compact print control characters in file names escaped, so a name cannot act on the terminal", () => {
    const hostile: LintResult = { ...results[2], filePath: "/work/project/evil\u001b[2J\nfake.txt:1:1: error\u202e.eml" };
    for (const format of ["stylish", "compact"]) {
      const out = reporters[format]([hostile], context);
      expect(out, format).toContain("evil\\x1b[2J\\nfake.txt:1:1: error\\u202e.eml");
      expect(out, format).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
      // One finding is one line in compact: the name's line break does not make a second one.
      if (format === "compact") expect(out.trimEnd().split("\n")).toHaveLength(1);
    }
  });

  it("json is ESLint-compatible", () => {
    const parsed = JSON.parse(reporters.json(results, context));
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toMatchObject({ filePath: "/work/project/replies/a b.eml", errorCount: 1, warningCount: 1, fatalErrorCount: 0 });
    expect(parsed[0].messages[0]).toEqual(results[0].messages[0]);
  });

  it("github writes escaped workflow commands", () => {
    const out = reporters.github(results, context).split("\n");
    expect(out[0]).toBe('::error file=replies/a b.eml,line=3,col=5,endLine=3,endColumn=10,title=no-insult::Insult "idiot": the reader, feels attacked.');
    expect(out[1]).toMatch(/^::warning file=replies\/a b\.eml,line=1,col=1,title=mail-lint::Unused/);
  });

  it("junit is one suite per file and one failure per finding", () => {
    const out = reporters.junit(results, context);
    expect(out).toContain('<testsuite name="replies/a b.eml" tests="2" failures="2"');
    expect(out).toContain('message="Insult &quot;idiot&quot;: the reader, feels attacked."');
    expect(out.match(/<testsuite /g)).toHaveLength(3);
  });

  it("sarif validates against the SARIF 2.1.0 schema", () => {
    const require = createRequire(import.meta.url);
    const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const log = JSON.parse(reporters.sarif(results, context));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["mail-lint/directive", "mail-lint/parse-error", "no-insult"]);
    expect(run.tool.driver.rules[2]).toMatchObject({ helpUri: "https://example.test/no-insult", help: { text: "Say what happened." } });
    expect(run.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "replies/a%20b.eml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 10 },
    });
  });
});
