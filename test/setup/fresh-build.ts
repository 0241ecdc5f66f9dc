// Vitest global setup: the tests that spawn bin/mail-lint.js run dist/ (the bundle and tsc's
// output the launcher imports), not the sources vitest compiles itself. After an edit, a plain
// `npx vitest run` would test the previous build and pass or fail for the wrong reason. So before
// any test runs, the build is redone when a file it reads is newer than what it wrote. By mtimes:
// a few hundred stat calls, so `npm test`, which has just built, does not build twice.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT } from "../helpers/run-cli.js";

/**
 * What `npm run build` reads. Directories count too: deleting or renaming a file changes only
 * its directory's mtime.
 */
const INPUTS = ["src", "rules", "scripts/bundle.mjs", "package.json", "tsconfig.json"];

/**
 * What it writes, in order: the CLI bundle first (scripts/bundle.mjs), then tsc's output, which
 * bin/mail-lint.js imports (tsc rewrites every file on each run). The older of the two is when the
 * last complete build started; either alone may be stale after running one half of the build.
 */
const PRODUCTS = ["dist/bundle/mail-lint.cjs", "dist/src/launch/load-bundle.js"];

/** Why the build in `root` is stale (a missing product, the first input newer than it), or undefined when fresh. */
export function staleBuild(root: string): string | undefined {
  let builtAt = Infinity;
  for (const product of PRODUCTS) {
    const stat = statSync(path.join(root, product), { throwIfNoEntry: false });
    if (!stat) return `${product} is missing`;
    builtAt = Math.min(builtAt, stat.mtimeMs);
  }
  for (const input of INPUTS) {
    const top = path.join(root, input);
    const stat = statSync(top, { throwIfNoEntry: false });
    if (!stat) continue;
    const paths = stat.isDirectory()
      ? [top, ...readdirSync(top, { recursive: true, withFileTypes: true }).map((entry) => path.join(entry.parentPath, entry.name))]
      : [top];
    // A file gone between listing and stat (an editor's temporary file) changed its directory.
    const newer = paths.find((file) => (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) > builtAt);
    if (newer) return `${path.relative(root, newer).split(path.sep).join("/")} changed since the last build`;
  }
  return undefined;
}

function npmRunBuild(root: string): number | null {
  // The build's own output goes to stderr: stdout may be a reporter's (`--reporter=json`).
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", 2, 2], shell: process.platform === "win32" });
  if (result.error) throw result.error;
  return result.status;
}

/** Rebuilds when stale; throws when the build leaves it stale (it failed before writing everything). */
export function ensureFreshBuild(root: string, build: (root: string) => number | null = npmRunBuild): void {
  const reason = staleBuild(root);
  if (!reason) return;
  process.stderr.write(`test setup: ${reason}; running \`npm run build\`\n`);
  const status = build(root);
  const still = staleBuild(root);
  if (still) throw new Error(`test setup: the build exited with ${status} and left it stale (${still}); the CLI tests would run old code`);
  // tsc emits despite type errors, and the tests can run on that; `npm test` type-checks on its own.
  if (status !== 0) process.stderr.write(`test setup: the build exited with ${status} (see above), but wrote every file; testing that\n`);
}

export default function setup(project: TestProject): void {
  ensureFreshBuild(ROOT);
  // Watch mode reruns tests after an edit without running this setup again.
  project.onTestsRerun(() => ensureFreshBuild(ROOT));
}
