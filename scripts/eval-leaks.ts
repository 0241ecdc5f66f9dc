// Precision and recall of the leak rules (internal-content and internal-recipients together) on
// the labelled drafts of eval/leaks/: .eml drafts written from a brief by someone who never saw
// the rules, labelled leak or none in eval/leaks/labels.tsv (with the kind of leak, or of the
// near-miss, and the exact leaking text as evidence). Each draft is linted as a file with the
// config of eval/leaks/.maillintrc.json (the four internal domains), as the CLI would.
// A draft counts as flagged when either rule reports anything in it; for a flagged leak the
// table also counts whether a finding lands on the line of the evidence.
//
// RULES OF MEASUREMENT: a draft's split (dev or test) follows from a hash of its text alone
// (splitOf). Rules are tuned on dev drafts only; test drafts are only counted, never listed.
//   npx tsx scripts/eval-leaks.ts [--list dev]   (--list prints the dev drafts the rules get wrong)
//   npx tsx scripts/eval-leaks.ts --dev          (dev figures only: what to look at while tuning)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lintFiles } from "../src/index.js";
import { TABLE_HEADER, count, emptyCounts, inRound, onlyRound, readTsv, splitOf, sumCounts, tableRow, type Counts, type Split } from "./eval-common.js";

const EVAL = fileURLToPath(new URL("../eval/leaks/", import.meta.url));
const LEAK_RULES = new Set(["internal-content", "internal-recipients"]);

const devOnly = process.argv.includes("--dev");
const listSplit = process.argv.includes("--list") ? (process.argv[process.argv.indexOf("--list") + 1] as Split) : undefined;
if (listSplit === "test") throw new Error("--list test: the test drafts are for counting only; list dev drafts to tune on");

interface Row {
  file: string;
  language: string;
  positive: boolean;
  kind: string;
  evidence: string;
  text: string;
  split: Split;
}

const rows: Row[] = readTsv(`${EVAL}labels.tsv`).filter(inRound).map((r) => {
  const text = readFileSync(`${EVAL}drafts/${r.file}`, "utf8");
  return { file: r.file, language: r.language, positive: r.label === "leak", kind: r.kind, evidence: r.evidence, text, split: splitOf(text) };
});

const results = await lintFiles(rows.map((r) => `drafts/${r.file}`), { cwd: EVAL, cache: false });
const byFile = new Map(results.map((result) => [result.filePath.replace(/\\/g, "/").split("/").pop()!, result]));

/** The 1-based lines of the file on which the evidence stands (its first line, if it wraps). */
function evidenceLines(row: Row): Set<number> {
  const lines = new Set<number>();
  const needle = row.evidence.split("\n")[0].trim();
  if (!needle || needle === "-") return lines;
  row.text.split(/\r?\n/).forEach((line, i) => {
    if (line.includes(needle) || (needle.length > 20 && line.includes(needle.slice(0, 20)))) lines.add(i + 1);
  });
  return lines;
}

const bySplit: Record<Split, Counts> = { dev: emptyCounts(), test: emptyCounts() };
const byLanguage = new Map<string, Counts>();
const recallByKind = new Map<string, Counts>();
const alarmsByKind = new Map<string, Counts>();
const onEvidence: Record<Split, { flagged: number; onLine: number }> = { dev: { flagged: 0, onLine: 0 }, test: { flagged: 0, onLine: 0 } };
const listed: string[] = [];
const counts = (map: Map<string, Counts>, key: string) => {
  if (!map.has(key)) map.set(key, emptyCounts());
  return map.get(key)!;
};

for (const row of rows) {
  const result = byFile.get(row.file);
  if (!result) throw new Error(`eval/leaks: ${row.file} was not linted`);
  const findings = result.messages.filter((m) => m.ruleId !== null && LEAK_RULES.has(m.ruleId));
  const flagged = findings.length > 0;
  count(bySplit[row.split], row.positive, flagged);
  count(counts(byLanguage, `${row.language}, ${row.split}`), row.positive, flagged);
  if (row.positive && flagged) {
    const lines = evidenceLines(row);
    onEvidence[row.split].flagged++;
    if (findings.some((m) => lines.has(m.line))) onEvidence[row.split].onLine++;
  }
  if (row.split !== "dev") continue;
  if (row.positive) count(counts(recallByKind, row.kind), true, flagged);
  else count(counts(alarmsByKind, row.kind), false, flagged);
  if (listSplit === "dev" && (row.positive !== flagged || (row.positive && !findings.some((m) => evidenceLines(row).has(m.line))))) {
    const what = row.positive ? (flagged ? "off the evidence line" : "miss") : "false alarm";
    listed.push(`  ${what} [${row.file}, ${row.kind}] ${row.positive ? `evidence: ${row.evidence}` : ""}`);
    for (const m of findings) listed.push(`      ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
}

console.log("\nLeak rules (internal-content + internal-recipients), positives = drafts labelled leak (eval/leaks/labels.tsv)");
console.log(onlyRound ? `Only the drafts of round ${onlyRound} (--round).\n` : "");
console.log(TABLE_HEADER);
console.log(tableRow("all, dev", bySplit.dev));
if (!devOnly) console.log(tableRow("all, test", bySplit.test));
if (onlyRound) console.log(tableRow(`all, round ${onlyRound}, dev + test`, sumCounts(bySplit.dev, bySplit.test)));
for (const language of ["de", "en"]) {
  for (const split of devOnly ? (["dev"] as const) : (["dev", "test"] as const)) {
    const c = byLanguage.get(`${language}, ${split}`);
    if (c) console.log(tableRow(`${language}, ${split}`, c));
  }
}
const kinds = [...recallByKind].sort().map(([kind, c]) => `${kind} ${c.truePositives}/${c.positives}`).join(", ");
console.log(`| dev recall by leak kind: ${kinds} | | | | | | |`);
const alarms = [...alarmsByKind].sort().map(([kind, c]) => `${kind} ${c.flagged}/${c.rows}`).join(", ");
console.log(`| dev false alarms by near-miss kind: ${alarms} | | | | | | |`);
for (const split of devOnly ? (["dev"] as const) : (["dev", "test"] as const)) {
  const e = onEvidence[split];
  console.log(`| ${split}: found leaks with a finding on the evidence line: ${e.onLine}/${e.flagged} | | | | | | |`);
}
if (listSplit) console.log(`\n${listed.join("\n")}`);
