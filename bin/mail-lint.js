#!/usr/bin/env node
// Tiny launcher into the built CLI. `npm run build` writes dist/bundle/mail-lint.cjs: the whole
// CLI in one file (scripts/bundle.mjs), because loading one file is much faster than ~100
// modules and a pre-commit hook user waits for start-up. It runs with V8's compiled code kept in
// the user's cache folder (src/launch/load-bundle.ts; MAIL_LINT_COMPILE_CACHE=off turns that off).
// The worker threads of a large run start here too, and serve batches of files instead.
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";
import { setV8Flags } from "../dist/src/engine/v8-settings.js";
import { compileCacheDir } from "../dist/src/launch/cache-dir.js";
import { bundleLoader } from "../dist/src/launch/load-bundle.js";

// Compile everything under the flags of a small run, the run the code cache is made in (a large
// run changes them once it knows it is one; see src/engine/v8-settings.ts). The flags belong to
// the whole process: a worker thread leaves them to the main thread.
if (isMainThread) setV8Flags(true);
const loader = bundleLoader(compileCacheDir());
const cli = loader.load(fileURLToPath(new URL("../dist/bundle/mail-lint.cjs", import.meta.url)));

if (isMainThread) {
  // `mail-lint ... | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    else throw error;
  });
  process.once("exit", () => {
    if (cli.shouldKeepCompiledCode()) loader.writeCaches();
  });
  process.exitCode = await cli.main(process.argv.slice(2));
} else {
  await cli.startWorker();
}
