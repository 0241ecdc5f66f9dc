// Precision and recall of the promise rules (unconfirmed-promise and ambiguous-date together) on
// labelled sentences, dev and test, per language. The labels follow ../shared/PROMISES.md and were
// made before any rule ran on the rows:
//   eval/promises/enron-train.tsv  2,120 rows (three rounds) of ../shared/data/parakweet_email_intent/train.tsv,
//                                  chosen by a hash of the row number alone (the texts stay in the
//                                  shared data: rows are named by number and hash);
//   eval/promises/service-de.tsv   German customer-service sentences, written from the guideline by
//   eval/promises/service-en.tsv   someone who never saw the rules (mail date 24 November 2026).
// A row is positive when it holds an unconfirmed commitment, and flagged when either rule reports
// anything in it. Each row is linted on its own as a plain-text draft in its language.
//   npx tsx scripts/eval-promises.ts [--list dev]    (--list prints the dev rows the rules get wrong)
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lintText } from "../src/index.js";
import { TABLE_HEADER, count, emptyCounts, readTsv, sha8, splitOf, tableRow, type Counts, type Split } from "./eval-common.js";

const EVAL = fileURLToPath(new URL("../eval/promises/", import.meta.url));
const SHARED_TRAIN = fileURLToPath(new URL("../../shared/data/parakweet_email_intent/train.tsv", import.meta.url));
const PROMISE_RULES = new Set(["unconfirmed-promise", "ambiguous-date"]);

interface Row {
  id: string;
  text: string;
  positive: boolean;
  kind: string;
}

interface LabelledSet {
  name: string;
  language: "de" | "en";
  now: Date;
  rows: Row[];
}

function serviceSet(file: string, language: "de" | "en"): LabelledSet {
  return {
    name: `customer service ${language}`,
    language,
    now: new Date("2026-11-24T10:00:00+01:00"),
    rows: readTsv(`${EVAL}${file}`).map((r, i) => ({ id: `${file}:${i + 1}`, text: r.text, positive: r.label === "unconfirmed", kind: r.kind })),
  };
}

function enronSet(): LabelledSet | undefined {
  if (!existsSync(SHARED_TRAIN)) return undefined;
  const trainRows = readFileSync(SHARED_TRAIN, "utf8").split("\n").slice(1);
  const rows = readTsv(`${EVAL}enron-train.tsv`).map((r) => {
    const text = (trainRows[Number(r.row) - 1] ?? "").split("\t").slice(1).join("\t").replace(/\r$/, "");
    if (sha8(text) !== r.sha8) throw new Error(`eval/promises/enron-train.tsv row ${r.row}: hash ${r.sha8} does not match train.tsv`);
    return { id: `enron:${r.row}`, text, positive: r.label === "unconfirmed", kind: r.kind };
  });
  return { name: "Enron (parakweet train sample)", language: "en", now: new Date("2026-11-24T10:00:00+01:00"), rows };
}

async function flagged(row: Row, set: LabelledSet): Promise<boolean> {
  const result = await lintText(row.text, { filePath: "sentence.txt", now: set.now, config: { language: set.language } });
  return result.messages.some((m) => m.ruleId !== null && PROMISE_RULES.has(m.ruleId));
}

const listSplit = process.argv.includes("--list") ? (process.argv[process.argv.indexOf("--list") + 1] as Split) : undefined;
if (listSplit === "test") throw new Error("--list test: the test rows are for counting only; list dev rows to tune on");

const sets = [enronSet(), serviceSet("service-de.tsv", "de"), serviceSet("service-en.tsv", "en")];
const lines: string[] = [];
const listed: string[] = [];
for (const set of sets) {
  if (!set) {
    lines.push("| Enron (parakweet train sample) | skipped: ../shared/data/parakweet_email_intent/train.tsv is missing | | | | | |");
    continue;
  }
  const bySplit: Record<Split, Counts> = { dev: emptyCounts(), test: emptyCounts() };
  const byKind = new Map<string, Counts>();
  for (const row of set.rows) {
    const split = splitOf(row.text);
    const isFlagged = await flagged(row, set);
    count(bySplit[split], row.positive, isFlagged);
    if (split === "dev" && row.positive) {
      if (!byKind.has(row.kind)) byKind.set(row.kind, emptyCounts());
      count(byKind.get(row.kind)!, true, isFlagged);
    }
    if (split === listSplit && row.positive !== isFlagged) listed.push(`  ${isFlagged ? "false alarm" : "miss"} [${set.name}${row.positive ? `, ${row.kind}` : ""}] ${row.text}`);
  }
  lines.push(tableRow(`${set.name}, dev`, bySplit.dev), tableRow(`${set.name}, test`, bySplit.test));
  const kinds = [...byKind].map(([kind, c]) => `${kind} ${c.truePositives}/${c.positives}`).join(", ");
  if (kinds) lines.push(`| ${set.name}, dev recall by kind: ${kinds} | | | | | | |`);
}
console.log("\nPromise rules (unconfirmed-promise + ambiguous-date), positives = unconfirmed commitments (../shared/PROMISES.md)\n");
console.log(TABLE_HEADER);
console.log(lines.join("\n"));
if (listSplit) console.log(`\n${listed.join("\n")}`);
