// The global setup's staleness check (test/setup/fresh-build.ts), on a folder laid out like the
// project: every kind of change to what the build reads makes the build stale, and the setup
// rebuilds then and only then. Last, the build the CLI tests of this very run use is checked.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ROOT } from "../helpers/run-cli.js";
import { ensureFreshBuild, staleBuild } from "./fresh-build.js";

const SOURCES = ["src/cli.ts", "src/engine/run-rules.ts", "rules/tone/no-insult.ts", "rules/tone/data/insults.txt", "scripts/bundle.mjs", "package.json", "tsconfig.json"];
const PRODUCTS = ["dist/bundle/mail-lint.cjs", "dist/src/launch/load-bundle.js"];
/** Not read by the build. */
const OTHERS = ["test/cli.test.ts", "README.md", "scripts/bench.ts", "bin/mail-lint.js"];

// In the past, as a checkout's files are (deleting a file stamps its folder with the time now),
// and minutes apart, so that the order holds on file systems with coarse timestamps.
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const SOURCES_AT = minutesAgo(40);
const BUILT_AT = minutesAgo(30);
const EDITED_AT = minutesAgo(20);

let root: string;

function write(file: string, at: Date) {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, "x");
  utimesSync(full, at, at);
}

/** Sources, and their folders, from before the build. */
function writeSources() {
  for (const file of [...SOURCES, ...OTHERS]) write(file, SOURCES_AT);
  for (const dir of ["src", "src/engine", "rules", "rules/tone", "rules/tone/data"]) utimesSync(path.join(root, dir), SOURCES_AT, SOURCES_AT);
}

function build(at = BUILT_AT) {
  for (const file of PRODUCTS) write(file, at);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "mail-lint fresh build "));
  writeSources();
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("staleBuild", () => {
  it("is fresh when every product is newer than every source", () => {
    build();
    expect(staleBuild(root)).toBeUndefined();
  });

  it("is stale without a build, or with half of one", () => {
    expect(staleBuild(root)).toBe("dist/bundle/mail-lint.cjs is missing");
    write("dist/bundle/mail-lint.cjs", BUILT_AT);
    expect(staleBuild(root)).toBe("dist/src/launch/load-bundle.js is missing");
  });

  it.each(SOURCES)("is stale after an edit of %s", (file) => {
    build();
    utimesSync(path.join(root, file), EDITED_AT, EDITED_AT);
    expect(staleBuild(root)).toBe(`${file} changed since the last build`);
  });

  it.each(OTHERS)("stays fresh after an edit of %s, which the build does not read", (file) => {
    build();
    utimesSync(path.join(root, file), EDITED_AT, EDITED_AT);
    expect(staleBuild(root)).toBeUndefined();
  });

  it("is stale after a source is deleted: its folder changes", () => {
    build();
    rmSync(path.join(root, "rules/tone/no-insult.ts"));
    expect(staleBuild(root)).toBe("rules/tone changed since the last build");
  });

  it("is stale after a source is added", () => {
    build();
    write("rules/tone/new-rule.ts", SOURCES_AT);
    expect(staleBuild(root)).toBe("rules/tone changed since the last build");
  });

  it("is stale when only one half of the build ran after an edit", () => {
    write("dist/bundle/mail-lint.cjs", EDITED_AT);
    write("dist/src/launch/load-bundle.js", BUILT_AT);
    utimesSync(path.join(root, "src/cli.ts"), minutesAgo(25), minutesAgo(25));
    expect(staleBuild(root)).toBe("src/cli.ts changed since the last build");
  });
});

describe("ensureFreshBuild", () => {
  beforeEach(() => {
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("does not build a fresh build again", () => {
    build();
    const runBuild = vi.fn(() => 0);
    ensureFreshBuild(root, runBuild);
    expect(runBuild).not.toHaveBeenCalled();
  });

  it("builds after an edit, once", () => {
    build();
    utimesSync(path.join(root, "src/cli.ts"), EDITED_AT, EDITED_AT);
    const runBuild = vi.fn(() => {
      build(minutesAgo(10));
      return 0;
    });
    ensureFreshBuild(root, runBuild);
    expect(runBuild).toHaveBeenCalledTimes(1);
    expect(staleBuild(root)).toBeUndefined();
  });

  it("fails rather than let the tests run a build the failed build left stale", () => {
    expect(() => ensureFreshBuild(root, () => 1)).toThrow(/exited with 1 and left it stale \(dist\/bundle\/mail-lint\.cjs is missing\)/);
  });

  it("lets the tests run when the build wrote everything but reported errors (tsc's type errors)", () => {
    ensureFreshBuild(root, () => {
      build();
      return 2;
    });
    expect(staleBuild(root)).toBeUndefined();
  });
});

describe("this test run", () => {
  it("runs the CLI built from the current sources", () => {
    expect(staleBuild(ROOT)).toBeUndefined();
  });
});
