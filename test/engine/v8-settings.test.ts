import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { V8_DEFAULT_REGEXP_TICKS, isSmallRun } from "../../src/engine/v8-settings.js";

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
