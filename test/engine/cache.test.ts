// --cache: an unchanged file is not linted twice; a changed file, changed settings, another day
// or another version lint it again; a broken cache file is ignored, never trusted.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { LintCache, cacheFilePath, DEFAULT_CACHE_FILE } from "../../src/engine/cache.js";
import { packageVersion } from "../../src/package-info.js";
import { lintFiles } from "../../src/engine/lint-files.js";
import type { LintResult } from "../../src/types.js";

const NOW = new Date("2026-11-25T10:00:00Z");
const RUDE = "Hello Anna,\n\nWE ARE NOT A CHARITY AND THIS IS NOT OUR FAULT!!\n\nBest regards,\nTom\n";
const POLITE = "Hello Anna,\n\nthe parcel left our warehouse today.\n\nBest regards,\nTom\n";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mail-lint-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const run = (extra: Parameters<typeof lintFiles>[1] = {}) =>
  lintFiles(["."], { cwd: dir, now: NOW, cache: true, concurrency: "off", ...extra });

/** The cache file's entries, as written. */
function stored(location = path.join(dir, DEFAULT_CACHE_FILE)): Record<string, { result: LintResult }> {
  return (JSON.parse(readFileSync(location, "utf8")) as { entries: Record<string, { result: LintResult }> }).entries;
}

/** Replaces a file's cached result with a marker, to see whether the next run reads or relints it. */
function plantMarker(file: string): void {
  const location = path.join(dir, DEFAULT_CACHE_FILE);
  const data = JSON.parse(readFileSync(location, "utf8"));
  data.entries[file].result.messages = [{ ruleId: "from-cache", severity: 1, message: "cached", line: 1, column: 1 }];
  data.entries[file].result.warningCount = 1;
  writeFileSync(location, JSON.stringify(data));
}
const fromCache = (results: LintResult[], file: string) =>
  results.find((r) => r.filePath === file)!.messages.some((m) => m.ruleId === "from-cache");

describe("--cache", () => {
  it("writes .maillintcache in cwd and gives the same results as a run without it", async () => {
    const rude = write("rude.txt", RUDE);
    write("polite.txt", POLITE);
    const uncached = await lintFiles(["."], { cwd: dir, now: NOW, concurrency: "off" });
    const first = await run();
    expect(existsSync(path.join(dir, DEFAULT_CACHE_FILE))).toBe(true);
    expect(first).toEqual(uncached);
    expect(first.find((r) => r.filePath === rude)!.errorCount + first.find((r) => r.filePath === rude)!.warningCount).toBeGreaterThan(0);
    const second = await run();
    expect(second).toEqual(uncached);
  });

  it("reuses the result of an unchanged file, even when it was rewritten with the same bytes", async () => {
    const file = write("draft.txt", RUDE);
    await run();
    plantMarker(file);
    write("draft.txt", RUDE); // new mtime, same content
    expect(fromCache(await run(), file)).toBe(true);
  });

  it("lints a file again when its content changed", async () => {
    const file = write("draft.txt", RUDE);
    await run();
    plantMarker(file);
    write("draft.txt", POLITE);
    const results = await run();
    expect(fromCache(results, file)).toBe(false);
    expect(results[0].messages.filter((m) => m.ruleId === "no-shouting")).toEqual([]);
  });

  it("lints again when the rules, the inline-config switch or the day change", async () => {
    const file = write("draft.txt", RUDE);
    for (const changed of [
      { rules: { "no-shouting": "off" as const } },
      { allowInlineConfig: false },
      { now: new Date("2026-11-26T10:00:00Z") },
    ]) {
      await run();
      plantMarker(file);
      expect(fromCache(await run(changed), file)).toBe(false);
    }
  });

  it("ignores a corrupt cache file or one from another version, and rewrites it", async () => {
    const file = write("draft.txt", RUDE);
    const location = path.join(dir, DEFAULT_CACHE_FILE);
    writeFileSync(location, "{ not json");
    const results = await run();
    expect(results[0].messages.length).toBeGreaterThan(0);
    expect(Object.keys(stored())).toEqual([file]);

    const data = JSON.parse(readFileSync(location, "utf8"));
    data.version = "0.0.0-other";
    data.entries[file].result.messages = [];
    writeFileSync(location, JSON.stringify(data));
    expect((await run())[0].messages.length).toBeGreaterThan(0);
  });

  it("keeps entries of files not linted this time, and drops entries of deleted files", async () => {
    const a = write("a.txt", RUDE);
    const b = write("b.txt", POLITE);
    await run();
    await lintFiles(["a.txt"], { cwd: dir, now: NOW, cache: true });
    expect(Object.keys(stored()).sort()).toEqual([a, b]);
    rmSync(b);
    write("a.txt", POLITE); // something changes, so the cache is written again
    await run();
    expect(Object.keys(stored())).toEqual([a]);
  });

  it("does not keep results with fatal messages, so the file is tried again next time", async () => {
    const broken = write("broken.md", "---\nsubject: [unclosed\n---\nHello\n");
    const fine = write("fine.txt", POLITE);
    const results = await run();
    expect(results.find((r) => r.filePath === broken)!.fatalErrorCount).toBe(1);
    expect(Object.keys(stored())).toEqual([fine]);
  });

  it("writes to --cache-location, as a file or into a directory", async () => {
    write("draft.txt", RUDE);
    const asFile = path.join(dir, "caches", "lint.json");
    await run({ cacheLocation: asFile });
    expect(Object.keys(stored(asFile))).toHaveLength(1);
    expect(cacheFilePath(dir, "caches/")).toBe(path.join(dir, "caches", DEFAULT_CACHE_FILE));
    expect(cacheFilePath(dir, "caches")).toBe(path.join(dir, "caches", DEFAULT_CACHE_FILE)); // an existing directory
    expect(cacheFilePath(dir, "caches/lint.json")).toBe(asFile);
    expect(cacheFilePath(dir)).toBe(path.join(dir, DEFAULT_CACHE_FILE));
  });
});

describe("LintCache", () => {
  const settings = { version: "1.2.3", allowInlineConfig: true, now: NOW };
  const result: LintResult = { filePath: "/x/a.txt", messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 };

  it("does not write the file when nothing changed", () => {
    const location = path.join(dir, "c.json");
    LintCache.open(location, settings).save();
    expect(existsSync(location)).toBe(false);
  });

  it("keys on the bytes: equal bytes give equal keys, one changed byte another", () => {
    const cache = LintCache.open(path.join(dir, "c.json"), settings);
    const config = { rules: new Map(), internalDomains: [], internalOnlyRecipients: [], reportUnusedDisableDirectives: "warn" } as never;
    const key = cache.keyFor(Buffer.from("Hello"), config);
    expect(cache.keyFor(Buffer.from("Hello"), config)).toEqual(key);
    expect(cache.keyFor(Buffer.from("Hallo"), config).content).not.toBe(key.content);
    expect(cache.keyFor(Buffer.from("Hello"), config).settings).toBe(key.settings);
    cache.set("/x/a.txt", key, result);
    expect(cache.get("/x/a.txt", key)).toEqual(result);
    expect(cache.get("/x/a.txt", { ...key, settings: "other" })).toBeUndefined();
  });

  it("reads mail-lint's own version", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(packageVersion()).toBe(manifest.version);
  });
});
