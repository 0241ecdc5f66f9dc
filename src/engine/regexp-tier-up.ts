// V8 runs a regular expression in its interpreter the first time and compiles it to machine
// code the next time (--regexp-tier-up-ticks=1). chrono-node's English patterns are so large
// that compiling two of them takes about 50 ms each: half of the whole run for one English
// reply (2,839 -> 1,371 million instructions), while interpreted they cost well under a
// millisecond per sentence. Over a folder of templates the same patterns run thousands of
// times and compiling pays (200 corpus drafts: 4 % more instructions interpreted for ten runs).
// So the CLI interprets regexps for their first ten runs when it lints a few named files, and
// keeps V8's default otherwise. The setting applies to regexps created after it: chrono-node
// and compromise load while linting. Only the CLI calls this; the library leaves the host
// process's V8 settings alone.
import { statSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";

/** At most this many files, each named on the command line, make a small run. */
const SMALL_RUN_FILES = 10;
const TICKS_FOR_SMALL_RUNS = 10;

/** Whether the paths name a few files (a pre-commit hook, a draft before sending), not folders or globs. */
export function isSmallRun(paths: readonly string[], cwd: string): boolean {
  return paths.length <= SMALL_RUN_FILES && paths.every((p) => statSync(path.resolve(cwd, p), { throwIfNoEntry: false })?.isFile() === true);
}

export function interpretRegExpsLonger(): void {
  v8.setFlagsFromString(`--regexp-tier-up-ticks=${TICKS_FOR_SMALL_RUNS}`);
}
