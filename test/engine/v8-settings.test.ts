import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { LARGE_DRAFT_BYTES, V8_DEFAULT_REGEXP_TICKS, isSmallRun, namesLargeDraft } from "../../src/engine/v8-settings.js";

const BUILT_SETTINGS = fileURLToPath(new URL("../../dist/src/engine/v8-settings.js", import.meta.url));

describe("isSmallRun", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-small-run-"));
  const names = Array.from({ length: 11 }, (_, i) => `draft-${i}.txt`);
  for (const name of names) writeFileSync(path.join(dir, name), "Hallo");
  mkdirSync(path.join(dir, "templates"));

  it("is true for a few files named one by one (a draft, a pre-commit hook)", () => {
    expect(isSmallRun(["draft-0.txt"], dir)).toBe(true);
    expect(isSmallRun(names.slice(0, 10), dir)).toBe(true);
    expect(isSmallRun([path.join(dir, "draft-1.txt")], "/")).toBe(true);
  });

  it("is false for folders, globs, missing files and more than ten files", () => {
    expect(isSmallRun(["templates"], dir)).toBe(false);
    expect(isSmallRun(["draft-0.txt", "templates"], dir)).toBe(false);
    expect(isSmallRun(["*.txt"], dir)).toBe(false);
    expect(isSmallRun(["missing.txt"], dir)).toBe(false);
    expect(isSmallRun(names, dir)).toBe(false);
  });
});

describe("V8_DEFAULT_REGEXP_TICKS", () => {
  // A large run puts V8's default back; with a wrong one, it would run regexps another way.
  it("is the default `node --v8-options` lists for the running Node", () => {
    const listing = spawnSync(process.execPath, ["--v8-options"], { encoding: "utf8" }).stdout;
    expect(listing).toContain(`default: --regexp-tier-up-ticks=${V8_DEFAULT_REGEXP_TICKS}\n`);
  });
});

describe("namesLargeDraft", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-large-draft-"));
  writeFileSync(path.join(dir, "small.txt"), "Hallo");
  writeFileSync(path.join(dir, "large.txt"), "x".repeat(LARGE_DRAFT_BYTES));
  mkdirSync(path.join(dir, "folder"));

  it("is true when a named file has LARGE_DRAFT_BYTES or more", () => {
    expect(namesLargeDraft(["large.txt"], dir)).toBe(true);
    expect(namesLargeDraft(["small.txt", "large.txt"], dir)).toBe(true);
  });

  it("is false for small files, folders, globs and missing files", () => {
    expect(namesLargeDraft(["small.txt", "folder", "*.txt", "missing.txt"], dir)).toBe(false);
  });
});

describe("keepYoungGenerationSmall", () => {
  // V8 reads the growth factor whenever it would grow the semi-spaces: set at run time, it holds.
  // A Node whose V8 stopped doing so would let the young generation grow again: this says so.
  const newSpaceAfterAllocating = (keepSmall: boolean): number => {
    const script = `
      import v8 from "node:v8";
      import { keepYoungGenerationSmall } from ${JSON.stringify(BUILT_SETTINGS)};
      if (${keepSmall}) keepYoungGenerationSmall();
      let kept = [];
      for (let i = 0; i < 300000; i++) { kept.push({ i, text: "word" + i }); if (kept.length > 50000) kept = []; }
      const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
      console.log(space.space_size);`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    return Number(run.stdout.trim());
  };

  it("keeps V8's new space at its starting size under a high allocation rate", () => {
    const grown = newSpaceAfterAllocating(false);
    const kept = newSpaceAfterAllocating(true);
    expect(kept).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(grown).toBeGreaterThan(2 * kept);
  });
});
