// Prints every finding the built CLI reports on a folder as one sorted, tab-separated line
// (file relative to the folder, line, column, end line, end column, rule, severity, message,
// suggestions as JSON), so that two builds can be compared message for message:
//
//   node scripts/findings-snapshot.mjs fixtures > before.tsv   (on the old build)
//   node scripts/findings-snapshot.mjs fixtures > after.tsv    (on the new build)
//   diff before.tsv after.tsv
//
// A restructuring that keeps behaviour gives no diff on fixtures/, ../shared/data/eml_fixtures/files
// and a generated corpus (npx tsx scripts/generate-corpus.ts --out /tmp/corpus --count 10000).
// Dates without a Date header are read against today, so compare runs of the same day.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const folder = path.resolve(process.argv[2] ?? "fixtures");
const cli = fileURLToPath(new URL("../bin/mail-lint.js", import.meta.url));
const run = spawnSync(process.execPath, [cli, "--format", "json", "--concurrency", "off", "."], {
  cwd: folder,
  encoding: "utf8",
  maxBuffer: 1 << 30,
});
if (run.status !== 0 && run.status !== 1) {
  process.stderr.write(run.stderr);
  process.exit(2);
}
const lines = [];
for (const result of JSON.parse(run.stdout)) {
  const file = path.relative(folder, result.filePath);
  for (const m of result.messages) {
    lines.push([file, m.line, m.column, m.endLine, m.endColumn, m.ruleId, m.severity, m.message, JSON.stringify(m.suggestions ?? null)].join("\t"));
  }
}
process.stdout.write(lines.sort().join("\n") + "\n");
