// A rule is written against the public API: the context and the package's exports. Built-in
// rules import nothing else from src/, and a plugin can do everything a built-in rule does.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RuleTester, lintText, type Rule } from "../../src/index.js";
import * as publicApi from "../../src/index.js";
import * as ruleApi from "../../src/rule-api.js";
import { projectWithPlugin } from "../helpers/plugin-project.js";
import { runCli } from "../helpers/run-cli.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SRC = path.join(ROOT, "src") + path.sep;
const RULE_API = path.join(ROOT, "src", "rule-api.ts");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : entry.name.endsWith(".ts") ? [path.join(dir, entry.name)] : [],
  );
}

/** The module specifiers a file imports or re-exports, static and dynamic. */
function importsOf(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]);
  return [...new Set(specifiers)];
}

describe("the rules' imports", () => {
  const ruleFiles = filesUnder(path.join(ROOT, "rules"));

  it("finds the rule files and their imports", () => {
    expect(ruleFiles.length).toBeGreaterThan(25);
    expect(importsOf('import { a } from "../../src/rule-api.js";\nconst m = await import("compromise");')).toEqual(["../../src/rule-api.js", "compromise"]);
  });

  it.each(ruleFiles.map((file) => path.relative(ROOT, file)))("%s imports from src/ only the public rule API", (file) => {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const fromSrc = importsOf(source)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => path.resolve(path.dirname(path.join(ROOT, file)), specifier).replace(/\.js$/, ".ts"))
      .filter((target) => target.startsWith(SRC));
    for (const target of fromSrc) expect(path.relative(ROOT, target), `${file} imports ${path.relative(ROOT, target)}`).toBe("src/rule-api.ts");
  });

  it("fails for a rule that reaches into src/text", () => {
    const resolved = path.resolve(path.join(ROOT, "rules", "tone"), "../../src/text/tokens.js").replace(/\.js$/, ".ts");
    expect(resolved.startsWith(SRC) && resolved !== RULE_API).toBe(true);
  });

  it("uses only names the package exports", () => {
    const exported = new Set(Object.keys(publicApi));
    const missing = Object.keys(ruleApi).filter((name) => !exported.has(name));
    expect(missing).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { exports: Record<string, { default: string }> };
    expect(manifest.exports["."].default).toBe("./dist/src/index.js");
  });
});

describe("a plugin rule does what a built-in rule does", () => {
  const PROBE = fileURLToPath(new URL("../fixtures/plugin-probe", import.meta.url));
  const dir = projectWithPlugin(PROBE, "mail-lint-plugin-probe", {
    ".maillintrc.json": JSON.stringify({ plugins: ["mail-lint-plugin-probe"], internalDomains: ["shop.example"] }),
  });
  const probe = (result: Awaited<ReturnType<typeof lintText>>) => result.messages.filter((m) => m.ruleId === "probe/delivery-day");

  it("reads sentences, dates, its own word list and the recipients through the public API", async () => {
    const eml = [
      "From: anna@shop.example",
      "To: kunde@example.org",
      "Date: Tue, 24 Nov 2026 10:00:00 +0100",
      "Subject: Ihre Bestellung",
      "",
      "Hallo Herr Kunde,",
      "",
      "die Lieferung kommt am 27.11.2026.",
      "",
      "The delivery arrives tomorrow.",
      "",
    ].join("\n");
    const result = await lintText(eml, { cwd: dir, filePath: path.join(dir, "reply.eml") });
    expect(probe(result)).toEqual([
      expect.objectContaining({ line: 8, column: 24, endColumn: 34, message: 'de: "Lieferung" on Freitag, 27.11.2026, to 1 outside recipient(s)' }),
      expect.objectContaining({ line: 10, column: 22, endColumn: 30, message: 'en: "delivery" on Wednesday, 25 November 2026, to 1 outside recipient(s)' }),
    ]);
  });

  it("stays silent without a date", async () => {
    const result = await lintText("Die Lieferung kommt bald.\n", { cwd: dir, filePath: path.join(dir, "vorlage.txt") });
    expect(probe(result)).toEqual([]);
  });

  it("runs from the CLI as from the library", () => {
    writeFileSync(path.join(dir, "vorlage.txt"), "Die Lieferung kommt am 27.11.2026.\n");
    const { code, stdout } = runCli(["--format", "json", "vorlage.txt"], { cwd: dir });
    expect(code).toBe(0);
    const [result] = JSON.parse(stdout) as { messages: { ruleId: string; message: string; column: number }[] }[];
    expect(result.messages.filter((m) => m.ruleId === "probe/delivery-day")).toEqual([
      expect.objectContaining({ column: 24, message: expect.stringMatching(/^de: "Lieferung" on Freitag, 27\.11\.2026/) }),
    ]);
  });
});

describe("meta.languages", () => {
  // Reports every sentence it is given and every body offset it is asked about.
  const everySentence: Rule = {
    meta: { id: "every-sentence", category: "test", description: "Reports each sentence.", defaultSeverity: "warn", languages: ["de"] },
    create(context) {
      for (const zone of context.zones()) for (const s of context.sentences(zone)) context.report({ message: s.language, start: s.start, end: s.end });
      context.report({ message: "english offset", start: 0, end: 5 });
    },
  };
  new RuleTester().run(everySentence, {
    valid: [{ name: "an English-only draft gives a German rule nothing", code: "Hello there. We will send it.\n" }],
    invalid: [
      {
        name: "the engine hands a German rule the German sentences only, and drops its findings in English paragraphs",
        code: "Hello there, this is English.\n\nWir schicken Ihnen die Unterlagen. Vielen Dank für Ihre Geduld.\n",
        errors: [{ message: "de", line: 3, column: 1 }, { message: "de", line: 3, column: 36 }],
      },
    ],
  });
});
