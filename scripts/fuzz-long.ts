// The long fuzz run (issue 9): at least 100,000 hostile drafts through the whole lint pipeline
// (lintText with .eml, .md and .txt names), each of which must end with results or exactly one
// fatal message for the file, never an exception, a crashed rule or a hang. Prints figures.
//   npx tsx scripts/fuzz-long.ts                    100,000 cases, random seed
//   npx tsx scripts/fuzz-long.ts 200000 --seed 42   more cases, a given seed (to replay)
// The arbitraries and the invariant are shared with test/robustness/fuzz.test.ts, which runs a
// bounded number of cases in CI.
import fc from "fast-check";
import { lintText } from "../src/index.js";
import { anyHostileDraft, resultProblems, type HostileDraft } from "../test/robustness/hostile-drafts.js";

const runs = Number(process.argv[2] ?? 100_000);
const seedFlag = process.argv.indexOf("--seed");
const seed = seedFlag > 0 ? Number(process.argv[seedFlag + 1]) : Date.now() % 2 ** 31;
const NOW = new Date("2026-11-25T12:00:00Z");
/** A single case slower than this counts as a hang. */
const HANG_MS = 30_000;

const durations: number[] = [];
const byFormat = new Map<string, { cases: number; fatal: number; messages: number }>();
let slowest: { ms: number; filePath: string; size: number } = { ms: 0, filePath: "", size: 0 };

function formatOf(draft: HostileDraft): string {
  const name = draft.filePath.toLowerCase();
  return name.endsWith(".eml") ? "eml" : name.endsWith(".md") || name.endsWith(".markdown") ? "markdown" : "text";
}

const started = performance.now();
const property = fc.asyncProperty(anyHostileDraft, async (draft) => {
  const before = performance.now();
  const result = await lintText(draft.bytes, { filePath: draft.filePath, config: {}, now: NOW });
  const ms = performance.now() - before;
  durations.push(ms);
  if (ms > slowest.ms) slowest = { ms, filePath: draft.filePath, size: draft.bytes.length };
  const stats = byFormat.get(formatOf(draft)) ?? { cases: 0, fatal: 0, messages: 0 };
  stats.cases++;
  stats.fatal += result.fatalErrorCount > 0 ? 1 : 0;
  stats.messages += result.messages.length;
  byFormat.set(formatOf(draft), stats);
  const problems = resultProblems(result);
  if (ms > HANG_MS) problems.push(`took ${ms.toFixed(0)} ms`);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  if (durations.length % 10_000 === 0) {
    console.error(`${durations.length} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
});

const outcome = await fc.check(property, { numRuns: runs, seed, endOnFailure: false });
const seconds = (performance.now() - started) / 1000;
const sorted = [...durations].sort((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

console.log(`mail-lint long fuzz run (seed ${seed})`);
console.log(`cases:    ${outcome.numRuns} run, ${outcome.failed ? 1 : 0} failed${outcome.numSkips ? `, ${outcome.numSkips} skipped` : ""}`);
console.log(`time:     ${seconds.toFixed(0)} s in total, ${((seconds * 1000) / Math.max(1, durations.length)).toFixed(1)} ms per case`);
console.log(`per case: median ${percentile(50).toFixed(1)} ms, 99th percentile ${percentile(99).toFixed(1)} ms, max ${slowest.ms.toFixed(0)} ms (${slowest.filePath}, ${slowest.size} bytes)`);
for (const [format, stats] of [...byFormat].sort()) {
  console.log(`${format.padEnd(9)} ${stats.cases} cases, ${stats.fatal} with one fatal message (parse error), ${stats.messages} messages`);
}
if (outcome.failed) {
  console.log(fc.defaultReportMessage(outcome));
  process.exitCode = 1;
}
