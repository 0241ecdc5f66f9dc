#!/usr/bin/env node
// Tiny launcher into the built CLI. `npm run build` writes dist/bundle/mail-lint.mjs: the whole
// CLI in one file (scripts/bundle.mjs), because loading one file is much faster than ~100
// modules and a pre-commit hook user waits for start-up.
import module from "node:module";

// Node >= 22.1 can keep compiled code on disk between runs; Node 20 has no such cache.
module.enableCompileCache?.();

// `mail-lint ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  else throw error;
});

const { main } = await import("../dist/bundle/mail-lint.mjs");
process.exitCode = await main(process.argv.slice(2));
