import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, lintFiles, lintText, loadConfig } from "../../src/index.js";
import { prepare, resolveFileConfig } from "../../src/engine/config.js";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-config-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe("config validation", () => {
  it("rejects an unknown key and lists the valid ones", async () => {
    await expect(prepare({ rulez: {} }, "/x/.maillintrc")).rejects.toThrow(/\/x\/\.maillintrc: unknown key "rulez" \(valid keys: .*rules/);
  });

  it("rejects an unknown rule and lists the known ones", async () => {
    const error = await prepare({ rules: { "no-such-rule": "error" } }, "cfg.json").catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^cfg\.json: unknown rule "no-such-rule" in rules \(known rules: /);
  });

  it("rejects a wrong severity and a wrong option type", async () => {
    await expect(prepare({ rules: {} , language: "fr" }, "c")).rejects.toThrow(/language must be one of "de", "en", "auto"/);
    await expect(prepare({ internalDomains: "shop.example" }, "c")).rejects.toThrow(/internalDomains must be an array/);
    await expect(prepare({ overrides: [{ rules: {} }] }, "c")).rejects.toThrow(/overrides\[0\]\.files must be a glob/);
  });
});

describe("config resolution", () => {
  it("finds .maillintrc.json upward from the file and applies overrides by glob", async () => {
    const dir = project({
      ".maillintrc.json": JSON.stringify({
        internalDomains: ["shop.example"],
        overrides: [{ files: "de/**", language: "de" }],
      }),
      "de/a.txt": "Hallo",
      "en/b.txt": "Hello",
    });
    const loaded = await loadConfig({ cwd: path.join(dir, "de") });
    expect(loaded.filePath).toBe(path.join(dir, ".maillintrc.json"));
    const { config } = loaded;
    const base = await prepare(config, path.join(dir, ".maillintrc.json"));
    expect(resolveFileConfig(base, path.join(dir, "de/a.txt"), "text").language).toBe("de");
    expect(resolveFileConfig(base, path.join(dir, "en/b.txt"), "text").language).toBeUndefined();
    expect(resolveFileConfig(base, path.join(dir, "en/b.txt"), "text").internalDomains).toEqual(["shop.example"]);
  });

  it("resolves internalHosts, an override replacing the top-level list", async () => {
    const base = await prepare({ internalHosts: ["jira.shop.example"], overrides: [{ files: "de/**", internalHosts: ["wiki.shop.example"] }] }, "/p/.maillintrc.json");
    expect(resolveFileConfig(base, "/p/en/b.txt", "text").internalHosts).toEqual(["jira.shop.example"]);
    expect(resolveFileConfig(base, "/p/de/a.txt", "text").internalHosts).toEqual(["wiki.shop.example"]);
    expect(resolveFileConfig(await prepare({}, "/p/c.json"), "/p/a.txt", "text").internalHosts).toEqual([]);
  });

  it("override globs: a pattern without a slash matches a name in any folder, decided per pattern (as ESLint)", async () => {
    const overrides = [
      { files: ["*.md", "other/**"], rules: { "no-shouting": "off" as const } },
      { files: "*.md", rules: { "no-insult": "off" as const } },
      { files: "**/*.txt", excludedFiles: ["*.draft.txt", "keep/**"], rules: { "no-profanity": "off" as const } },
    ];
    const loaded = await prepare({ overrides }, "/project/.maillintrc.json");
    const off = (file: string) => {
      const { rules } = resolveFileConfig(loaded, `/project/${file}`, file.endsWith(".md") ? "markdown" : "text");
      return ["no-shouting", "no-insult", "no-profanity"].filter((id) => !rules.has(id));
    };
    expect(off("x.md")).toEqual(["no-shouting", "no-insult"]);
    expect(off("sub/x.md")).toEqual(["no-shouting", "no-insult"]);
    expect(off("other/deep/x.txt")).toEqual(["no-shouting", "no-profanity"]);
    expect(off("sub/x.txt")).toEqual(["no-profanity"]);
    expect(off("sub/x.draft.txt")).toEqual([]);
    expect(off("keep/x.txt")).toEqual([]);
    // The same answers on the second file: the compiled globs are kept per config.
    expect(off("sub/y.md")).toEqual(["no-shouting", "no-insult"]);
  });

  it("reads the mail-lint key of package.json and YAML rc files", async () => {
    const dir = project({ "package.json": JSON.stringify({ name: "x", "mail-lint": { language: "en" } }) });
    expect((await loadConfig({ cwd: dir })).config).toEqual({ language: "en" });
    const yamlDir = project({ ".maillintrc.yml": "language: de\ninternalDomains:\n  - shop.example\n" });
    expect((await loadConfig({ cwd: yamlDir })).config).toEqual({ language: "de", internalDomains: ["shop.example"] });
  });

  it("skips a package.json without a mail-lint key and finds the config above it", async () => {
    const dir = project({
      ".maillintrc.json": JSON.stringify({ language: "de" }),
      "pkg/package.json": JSON.stringify({ name: "templates" }),
      "pkg/a.txt": "Hallo",
    });
    const loaded = await loadConfig({ cwd: path.join(dir, "pkg") });
    expect(loaded.filePath).toBe(path.join(dir, ".maillintrc.json"));
    expect(loaded.config).toEqual({ language: "de" });
  });

  it("uses the defaults when no folder up to the root holds a config", async () => {
    const dir = project({ "package.json": JSON.stringify({ name: "x" }), "a.txt": "Hallo" });
    const loaded = await loadConfig({ cwd: dir });
    expect(loaded.filePath).toBeUndefined();
    expect(loaded.config).toEqual({});
  });

  it("names the config file when it cannot be parsed", async () => {
    const dir = project({ ".maillintrc.json": "{ broken" , "a.txt": "x" });
    await expect(lintFiles(["a.txt"], { cwd: dir })).rejects.toThrow(new RegExp(`${dir}/\\.maillintrc\\.json: cannot read config`));
  });

  it("loads a plugin named in config and runs its rule", async () => {
    const dir = project({
      "plugin/index.js":
        "export default { name: 'acme', rules: [{ meta: { id: 'no-bar', category: 'x', description: 'd', defaultSeverity: 'error' }," +
        " create(ctx) { for (const z of ctx.zones()) for (const t of z.tokens) if (t.norm === 'bar') ctx.report({ message: 'bar!', start: t.start, end: t.end }); } }] };",
      "plugin/package.json": JSON.stringify({ name: "acme", type: "module", main: "index.js" }),
      ".maillintrc.json": JSON.stringify({ plugins: ["./plugin/index.js"] }),
    });
    const result = await lintText("foo bar", { cwd: dir, filePath: "x.txt" });
    expect(result.messages.map((m) => [m.ruleId, m.column])).toEqual([["acme/no-bar", 5]]);
  });

  it("a plugin that throws null is one clear config error naming it", async () => {
    const dir = project({ "plugin.js": "throw null;\n", ".maillintrc.json": JSON.stringify({ plugins: ["./plugin.js"] }) });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(/: plugin "\.\/plugin\.js" failed to load: null$/);
  });

  it("a rule's invalid report is one message naming the rule; the other rules still run", async () => {
    const reports: Record<string, string> = {
      message: "{ message: 42, start: 0, end: 1 }",
      nan: "{ message: 'm', start: NaN, end: 1 }",
      fraction: "{ message: 'm', start: 0.5, end: 1 }",
      reversed: "{ message: 'm', start: 3, end: 1 }",
      beyond: "{ message: 'm', start: 0, end: 1e9 }",
      range: "{ message: 'm', range: { start: { line: 1, column: 1 } } }",
    };
    const rules = Object.entries(reports).map(
      ([id, report]) => `{ meta: { id: '${id}', category: 'x', description: 'd', defaultSeverity: 'error' }, create(ctx) { ctx.report(${report}); } }`,
    );
    const dir = project({
      "plugin.js": `export default { name: 'bad', rules: [${rules.join(", ")}] };\n`,
      ".maillintrc.json": JSON.stringify({ plugins: ["./plugin.js"] }),
    });
    const result = await lintText("You idiot.\n", { cwd: dir, filePath: "x.txt" });
    // Messages at one place come sorted by rule id.
    const bad = result.messages.filter((m) => m.ruleId?.startsWith("bad/"));
    expect(bad.map((m) => [m.ruleId, m.fatal, m.line, m.column])).toEqual(Object.keys(reports).sort().map((id) => [`bad/${id}`, true, 1, 1]));
    expect(bad.map((m) => m.message).sort()).toEqual([
      'Rule "bad/message" reported an invalid problem: the message must be a non-empty string, got 42',
      'Rule "bad/nan" reported an invalid problem: start and end must be whole numbers from 0 to 11 (the body\'s length), got NaN and 1',
      'Rule "bad/fraction" reported an invalid problem: start and end must be whole numbers from 0 to 11 (the body\'s length), got 0.5 and 1',
      'Rule "bad/reversed" reported an invalid problem: end (1) is before start (3)',
      'Rule "bad/beyond" reported an invalid problem: start and end must be whole numbers from 0 to 11 (the body\'s length), got 0 and 1000000000',
      'Rule "bad/range" reported an invalid problem: range must have start and end with whole line and column numbers from 1, got {"start":{"line":1,"column":1}}',
    ].sort());
    expect(result.messages.some((m) => m.ruleId === "no-insult")).toBe(true);
  });

  it("reports a plugin that cannot be found", async () => {
    const dir = project({ ".maillintrc.json": JSON.stringify({ plugins: ["mail-lint-plugin-nope"] }) });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(/cannot find plugin "mail-lint-plugin-nope"/);
  });
});
