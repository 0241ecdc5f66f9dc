// The CLI keeps its compiled code after a run over a few named drafts, takes it back on the next
// start (which shows as the cache file left untouched: one V8 rejected would be written again),
// and writes none after a folder run, a run over a very large draft (other V8 flags) or when
// MAIL_LINT_COMPILE_CACHE is off.
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectWithPlugin } from "../helpers/plugin-project.js";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { LARGE_DRAFT_BYTES } from "../../src/engine/v8-settings.js";

function cacheFolder(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "mail-lint-compile-cache-")), "cache");
}

function written(folder: string): Map<string, number> {
  try {
    return new Map(readdirSync(folder).map((file) => [file, statSync(path.join(folder, file)).mtimeMs]));
  } catch {
    return new Map();
  }
}

describe("the CLI's compile cache", () => {
  it("is written after one draft and taken back by the next runs, with the same findings", () => {
    const folder = cacheFolder();
    const env = { MAIL_LINT_COMPILE_CACHE: folder };
    const draft = ["--now", "2026-11-25", "fixtures/en/template-shipping.md"];
    const first = runCli(draft, { env });
    expect(first.stdout).toMatch(/unconfirmed-promise/);
    const afterFirst = written(folder);
    expect([...afterFirst.keys()].some((f) => /^mail-lint-\d+-\d+-v[\d.]+-\w+\.v8cache$/.test(f))).toBe(true);

    const second = runCli(draft, { env });
    expect(second).toEqual(first);
    // Another kind of draft brings the MIME parser's bundle and its cache; the main one stays.
    expect([0, 1]).toContain(runCli(["fixtures/en/reply-good.eml"], { env }).code);
    const afterThird = written(folder);
    for (const [file, time] of afterFirst) expect(afterThird.get(file), file).toBe(time);
    expect([...afterThird.keys()].some((f) => f.startsWith("postal-mime-"))).toBe(true);
  }, 60_000);

  it("keeps loading plugins and ES-module configs when the code comes from the cache", () => {
    const folder = cacheFolder();
    // The plugin installed beside mail-lint, as users install it (it imports "mail-lint").
    const project = projectWithPlugin(path.join(ROOT, "fixtures/plugin-example"), "mail-lint-plugin-example", {
      "mail-lint.config.mjs": 'export default { plugins: ["mail-lint-plugin-example"] };\n',
      "a.md": "We see synergy here.\n",
    });
    const runs = [1, 2, 3].map(() => runCli(["a.md"], { cwd: project, env: { MAIL_LINT_COMPILE_CACHE: folder } }));
    for (const run of runs) {
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(/"synergy" sounds busy.*example\/no-buzzwords/);
    }
    expect([...written(folder).keys()].map((f) => f.split("-")[0]).sort()).toEqual(["cosmiconfig", "mail"]);
  }, 60_000);

  it("is not written after a draft so large that the run keeps V8's young generation small (other flags)", () => {
    const folder = cacheFolder();
    const draft = path.join(path.dirname(folder), "large.txt");
    writeFileSync(draft, "Hallo Anna,\n\n" + "Danke für Ihre Nachricht. ".repeat(Math.ceil(LARGE_DRAFT_BYTES / 25)));
    const run = runCli(["--max-warnings", "0", draft], { env: { MAIL_LINT_COMPILE_CACHE: folder } });
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(written(folder).size).toBe(0);
    // The same run over a small draft leaves its compiled code.
    expect(runCli([path.join(ROOT, "fixtures/en/template-refund.txt")], { env: { MAIL_LINT_COMPILE_CACHE: folder } }).code).toBe(0);
    expect(written(folder).size).toBe(1);
  }, 60_000);

  it("is not written after a folder of drafts, nor when turned off", () => {
    const folder = cacheFolder();
    expect([0, 1]).toContain(runCli(["fixtures"], { env: { MAIL_LINT_COMPILE_CACHE: folder } }).code);
    expect(written(folder).size).toBe(0);
    expect([0, 1]).toContain(runCli(["fixtures/en/template-refund.txt"], { env: { MAIL_LINT_COMPILE_CACHE: "off", HOME: path.dirname(folder) } }).code);
    expect(readdirSync(path.dirname(folder))).toEqual([]);
  }, 60_000);
});
