// Precision and recall of the rule unconfirmed-promise on the labelled sentences in eval/:
//   eval/commitments-en.tsv  rows of ../shared/data/parakweet_email_intent/train.tsv, by row
//                            number and hash (the shared texts are never copied into the project);
//   eval/commitments-de.tsv  German sentences written for mail-lint.
// Each sentence is linted on its own as a plain-text draft, with the language given (this
// measures the rule, not language detection) and a fixed "today". A sentence counts as flagged
// when unconfirmed-promise reports anything in it.
// Run: npx tsx scripts/eval-promises.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lintText } from "../src/index.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SHARED_TRAIN = fileURLToPath(new URL("../../shared/data/parakweet_email_intent/train.tsv", import.meta.url));
const NOW = new Date("2026-11-23T10:00:00+01:00");

interface Example {
  id: string;
  text: string;
  commitment: boolean;
}

function dataLines(path: string): string[][] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .slice(1) // column header
    .map((line) => line.split("\t"));
}

function sha8(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8);
}

/** The English examples, their texts read from the shared data and checked against the hashes. */
function englishExamples(): Example[] | undefined {
  if (!existsSync(SHARED_TRAIN)) return undefined;
  const trainRows = readFileSync(SHARED_TRAIN, "utf8").split("\n").slice(1);
  return dataLines(`${ROOT}eval/commitments-en.tsv`).map(([row, hash, label]) => {
    const text = trainRows[Number(row) - 1]?.split("\t").slice(1).join("\t") ?? "";
    if (sha8(text) !== hash) throw new Error(`eval/commitments-en.tsv row ${row}: hash ${hash} does not match train.tsv`);
    return { id: `en:${row}`, text, commitment: label === "commitment" };
  });
}

function germanExamples(): Example[] {
  return dataLines(`${ROOT}eval/commitments-de.tsv`).map(([text, label], i) => ({
    id: `de:${i + 1}`,
    text,
    commitment: label === "commitment",
  }));
}

async function flagged(text: string, language: "de" | "en"): Promise<boolean> {
  const result = await lintText(text, { filePath: "sentence.txt", now: NOW, config: { language } });
  return result.messages.some((m) => m.ruleId === "unconfirmed-promise");
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  errors: string[];
}

async function evaluate(examples: Example[], language: "de" | "en"): Promise<Counts> {
  const counts: Counts = { tp: 0, fp: 0, fn: 0, tn: 0, errors: [] };
  for (const example of examples) {
    const predicted = await flagged(example.text, language);
    if (predicted && example.commitment) counts.tp++;
    else if (predicted) {
      counts.fp++;
      counts.errors.push(`  false positive ${example.id}`);
    } else if (example.commitment) {
      counts.fn++;
      counts.errors.push(`  false negative ${example.id}`);
    } else counts.tn++;
  }
  return counts;
}

function line(name: string, c: Counts): string {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const n = c.tp + c.fp + c.fn + c.tn;
  return `${name.padEnd(8)} n=${String(n).padStart(3)}  commitments=${String(c.tp + c.fn).padStart(3)}  tp=${c.tp} fp=${c.fp} fn=${c.fn}  precision=${precision.toFixed(3)}  recall=${recall.toFixed(3)}`;
}

const verbose = process.argv.includes("--verbose");
const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0, errors: [] };
const add = (c: Counts) => {
  total.tp += c.tp;
  total.fp += c.fp;
  total.fn += c.fn;
  total.tn += c.tn;
};

const english = englishExamples();
if (english) {
  const c = await evaluate(english, "en");
  add(c);
  console.log(line("english", c));
  if (verbose) console.log(c.errors.join("\n"));
} else {
  console.log("english  skipped: ../shared/data/parakweet_email_intent/train.tsv is missing");
}
const german = await evaluate(germanExamples(), "de");
add(german);
console.log(line("german", german));
if (verbose) console.log(german.errors.join("\n"));
console.log(line("all", total));
