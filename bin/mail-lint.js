#!/usr/bin/env node
// Tiny launcher into the built CLI. `npm run build` writes dist/bundle/mail-lint.mjs: the whole
// CLI in one file (scripts/bundle.mjs), because loading one file is much faster than ~100
// modules and a pre-commit hook user waits for start-up.
import module from "node:module";

// Node >= 22.1 can keep compiled code on disk between runs; Node 20 has no such cache.
module.enableCompileCache?.();

const { main } = await import("../dist/bundle/mail-lint.mjs");
process.exitCode = await main(process.argv.slice(2));
