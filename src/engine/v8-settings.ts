// Two V8 settings the CLI makes for its own process (the library leaves its host's alone).
//
// Regexps in small runs. V8 runs a regular expression in its interpreter the first time and
// compiles it to machine code the next time (--regexp-tier-up-ticks=1). chrono-node's English
// patterns are so large that compiling one can take tens of milliseconds, while interpreted
// they cost well under a millisecond per sentence: one English reply takes 1,331 million
// instructions with V8's default and 1,188 with ten interpreted runs (2,839 and 1,371 before
// chrono's parsers were gated, src/text/chrono-parsers.ts). Over a folder of templates the same
// patterns run thousands of times and compiling pays (200 corpus drafts: 4 % more instructions when
// interpreted for ten runs). So regexps stay interpreted for their first ten runs when the CLI
// lints a few named files, and V8's default holds otherwise. The launcher starts every run with
// the small-run flags (see setV8Flags for why); a large run goes back to the default as soon as
// it knows it is one, before it lints anything.
//
// Heap growth. What a run keeps alive is small, but with its default growing factor V8 lets the
// heap reach several times that before collecting it. Growing by a quarter at a time keeps the
// peak much lower for a little more CPU time. A very large run keeps more alive (every file's
// result waits for the report), and then frequent full collections cost far more than the memory
// they save, so past LARGE_HEAP_BYTES of live heap V8's default growth returns. The figures are
// in docs/performance.md.
//
// Young generation. Linting one very large draft allocates fast enough that V8 grows its
// semi-spaces to their maximum, a large share of that run's peak memory (see LARGE_DRAFT_BYTES);
// such a run keeps them at their starting size instead.
import { statSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";

/**
 * A draft this large (bytes) keeps V8's young generation at its starting size. Under the allocation
 * rate of linting, V8 doubles its semi-spaces up to 3 x 16 MB, which for one large draft is the
 * largest part of the peak after the draft itself: a 1 MB thread peaked at 144 MB with it and at
 * 109 MB without, a 5 MB thread at 240 against 182 MB, for 10-20 % more CPU time (more, smaller
 * scavenges). Ordinary drafts never come near, so their runs keep V8's default.
 */
export const LARGE_DRAFT_BYTES = 512 * 1024;

/** At most this many files, each named on the command line, make a small run. */
const SMALL_RUN_FILES = 10;
const REGEXP_TICKS_FOR_SMALL_RUNS = 10;
const HEAP_GROWING_PERCENT = 25;
const LARGE_HEAP_BYTES = 80 * 1024 * 1024;
const HEAP_CHECK_MS = 500;

/** Whether the paths name a few files (a pre-commit hook, a draft before sending), not folders or globs. */
export function isSmallRun(paths: readonly string[], cwd: string): boolean {
  return paths.length <= SMALL_RUN_FILES && paths.every((p) => isFile(path.resolve(cwd, p)));
}

/** Whether the paths name a file of LARGE_DRAFT_BYTES or more (folders and globs are not looked into). */
export function namesLargeDraft(paths: readonly string[], cwd: string): boolean {
  return paths.some((p) => (fileSize(path.resolve(cwd, p)) ?? 0) >= LARGE_DRAFT_BYTES);
}

/** A path that cannot be looked at (a link loop, a name too long) is no file here: finding files says why. */
function isFile(file: string): boolean {
  return fileSize(file) !== undefined;
}

function fileSize(file: string): number | undefined {
  try {
    const stats = statSync(file, { throwIfNoEntry: false });
    return stats?.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the young generation at its starting size from now on (see LARGE_DRAFT_BYTES). V8 reads
 * the growth factor each time it would grow the semi-spaces, so it takes effect when set at run time.
 */
export function keepYoungGenerationSmall(): void {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}

/**
 * The V8 flags for a run that is small or not. The launcher sets those of a small run before it
 * loads any code (bin/mail-lint.js): V8 takes a code cache only under the flags it was made with,
 * and the cache is made at the end of a small run (src/launch/load-bundle.ts), with these flags.
 */
export function setV8Flags(smallRun: boolean): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString(`--regexp-tier-up-ticks=${smallRun ? REGEXP_TICKS_FOR_SMALL_RUNS : V8_DEFAULT_REGEXP_TICKS}`);
}

/** V8's own --regexp-tier-up-ticks (`node --v8-options` lists it; a test checks). */
export const V8_DEFAULT_REGEXP_TICKS = 1;

/** Applies the settings above for a run that is small or not. */
export function tuneV8(smallRun: boolean): void {
  setV8Flags(smallRun);
  const check = setInterval(() => {
    if (v8.getHeapStatistics().used_heap_size < LARGE_HEAP_BYTES) return;
    v8.setFlagsFromString("--heap-growing-percent=0"); // 0: V8's own growing factor
    clearInterval(check);
  }, HEAP_CHECK_MS);
  check.unref();
}
