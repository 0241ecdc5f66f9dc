// Evaluates the tone rules on labelled public data in ../shared/data, the way they run on a
// draft: every tweet or sentence is linted as a plain-text draft with lintText.
//   npx tsx scripts/eval-tone.ts            report on the test splits (and all Enron sentences)
//   npx tsx scripts/eval-tone.ts train      the train splits, for tuning the word lists
// GermEval 2018 (German tweets): precision = flagged texts labelled OFFENSE / flagged texts;
// recall = INSULT and PROFANITY texts flagged / all INSULT and PROFANITY texts.
// Davidson 2017 (English tweets): offensive = hate_speech or offensive_language.
// parakweet_email_intent (Enron mail sentences): the share of sentences any tone rule flags.
// eval/tone/mail-sentences.tsv (mail sentences, German and English, rude and hard clean, written
// by someone who never saw the rules): precision and recall per language and per kind, dev and
// test (split by a hash of the text, scripts/eval-common.ts); a row is flagged when any tone
// rule reports in it. Tune on dev rows only: test rows are counted, never listed.
//   npx tsx scripts/eval-tone.ts --mail-only [--list dev]   the mail sentences alone (--list dev
//                                                           prints the dev rows the rules get wrong)
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { builtinRules, lintText } from "../src/index.js";
import type { Language } from "../src/types.js";
import { toneRules } from "../rules/tone/index.js";
import { TABLE_HEADER, count, emptyCounts, inRound, onlyRound, readTsv, splitOf, sumCounts, tableRow, type Counts, type Split } from "./eval-common.js";

const SHARED = fileURLToPath(new URL("../../shared/data/", import.meta.url));
const split = process.argv[2] === "train" ? "train" : "test";
const verbose = process.argv.includes("--verbose");
// --round N (eval-common.ts) counts one round of the mail sentences, and nothing else.
const mailOnly = process.argv.includes("--mail-only") || onlyRound !== undefined;
const listSplit = process.argv.includes("--list") ? (process.argv[process.argv.indexOf("--list") + 1] as Split) : undefined;
if (listSplit === "test") throw new Error("--list test: the test rows are for counting only; list dev rows to tune on");
const MAIL_SENTENCES = fileURLToPath(new URL("../eval/tone/mail-sentences.tsv", import.meta.url));

const WORD_RULES = new Set(["no-insult", "no-profanity"]);
const TONE_RULES = new Set(toneRules.map((rule) => rule.meta.id));

interface Sample {
  text: string;
  /** Labelled offensive (any kind). */
  offensive: boolean;
  /** Counted for recall (GermEval: INSULT or PROFANITY; Davidson: any offensive). */
  target: boolean;
}

/** The tone rules that fire on one text linted as a plain-text draft in `language`. */
async function rulesFiring(text: string, language: Language | undefined): Promise<Set<string>> {
  const rules = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, TONE_RULES.has(rule.meta.id) ? rule.meta.defaultSeverity : "off"]));
  const result = await lintText(text, { filePath: "draft.txt", config: { rules, ...(language ? { language } : {}) } });
  return new Set(result.messages.map((message) => message.ruleId ?? "").filter((id) => TONE_RULES.has(id)));
}

function germeval(): Sample[] {
  const lines = readFileSync(`${SHARED}germeval2018/${split}.tsv`, "utf8").split("\n").slice(1).filter(Boolean);
  return lines.map((line) => {
    const [text, coarse, fine] = line.split("\t");
    return { text: text.replaceAll("|LBR|", "\n"), offensive: coarse === "OFFENSE", target: fine === "INSULT" || fine === "PROFANITY" };
  });
}

function davidson(): Sample[] {
  const lines = readFileSync(`${SHARED}davidson2017/${split}.jsonl`, "utf8").split("\n").filter(Boolean);
  return lines.map((line) => {
    const row = JSON.parse(line) as { text: string; label: string };
    const offensive = row.label !== "neither";
    return { text: decodeEntities(row.text), offensive, target: offensive };
  });
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
}

interface EnronSentence {
  part: "train" | "test";
  text: string;
}

function enron(): EnronSentence[] {
  return (["train", "test"] as const).flatMap((part) =>
    readFileSync(`${SHARED}parakweet_email_intent/${part}.tsv`, "utf8")
      .split("\n")
      .slice(1)
      .filter(Boolean)
      .map((line) => ({ part, text: line.slice(line.indexOf("\t") + 1) })),
  );
}

interface Row {
  data: string;
  rules: string;
  texts: number;
  flagged: number;
  precision: number;
  recall: number;
}

async function score(data: string, samples: Sample[], language: Language): Promise<Row[]> {
  const fired: Set<string>[] = [];
  for (const sample of samples) fired.push(await rulesFiring(sample.text, language));
  const rows: Row[] = [];
  for (const [label, counts] of [
    ["no-insult + no-profanity", (ids: Set<string>) => [...ids].some((id) => WORD_RULES.has(id))],
    ["all tone rules", (ids: Set<string>) => ids.size > 0],
  ] as const) {
    let flagged = 0;
    let correct = 0;
    let found = 0;
    const targets = samples.filter((s) => s.target).length;
    samples.forEach((sample, i) => {
      if (!counts(fired[i])) return;
      flagged++;
      if (sample.offensive) correct++;
      else if (verbose && label !== "all tone rules") console.log(`  false alarm [${[...fired[i]].join(",")}]: ${sample.text.replace(/\s+/g, " ").slice(0, 160)}`);
      if (sample.target) found++;
    });
    rows.push({ data, rules: label, texts: samples.length, flagged, precision: flagged ? correct / flagged : 0, recall: found / targets });
  }
  return rows;
}

/**
 * The mail sentences: per split, the whole set, each language, and each kind (recall for a rude
 * kind, the false-alarm rate for a clean trap kind), with counts.
 */
async function mailSentences(): Promise<void> {
  const rows = readTsv(MAIL_SENTENCES).filter(inRound);
  const groups = new Map<string, Counts>();
  const add = (name: string, positive: boolean, isFlagged: boolean) => {
    if (!groups.has(name)) groups.set(name, emptyCounts());
    count(groups.get(name)!, positive, isFlagged);
  };
  const listed: string[] = [];
  const perRule = new Map<string, number>();
  for (const row of rows) {
    const split = splitOf(row.text);
    const language = row.language as Language;
    const rude = row.label === "rude";
    const ids = await rulesFiring(row.text, language);
    const isFlagged = ids.size > 0;
    for (const name of [`all, ${split}`, `${language}, ${split}`, `${row.label} ${row.kind}, ${split}`, `${language} ${row.label} ${row.kind}, ${split}`]) add(name, rude, isFlagged);
    if (split === "dev") for (const id of ids) perRule.set(id, (perRule.get(id) ?? 0) + 1);
    if (split === listSplit && rude !== isFlagged) listed.push(`  ${isFlagged ? `false alarm [${[...ids].join(",")}]` : "miss"} [${language} ${row.kind}] ${row.text}`);
  }
  const kinds = [...new Set(rows.map((r) => `${r.label} ${r.kind}`))].sort();
  console.log("\nMail sentences (eval/tone/mail-sentences.tsv), any tone rule; rude kinds: recall, clean kinds: false alarms = flagged/rows");
  console.log(onlyRound ? `Only the rows of round ${onlyRound} (--round).\n` : "");
  console.log(TABLE_HEADER);
  for (const split of ["dev", "test"] as const) {
    for (const name of [`all`, `de`, `en`]) {
      const c = groups.get(`${name}, ${split}`);
      if (c) console.log(tableRow(`${name}, ${split}`, c));
    }
  }
  if (onlyRound) {
    for (const name of [`all`, `de`, `en`]) console.log(tableRow(`${name}, round ${onlyRound}, dev + test`, sumCounts(groups.get(`${name}, dev`) ?? emptyCounts(), groups.get(`${name}, test`) ?? emptyCounts())));
  }
  const cell = (c: Counts | undefined, rude: boolean) => (!c ? "" : rude ? `${c.truePositives}/${c.positives}` : `${c.flagged}/${c.rows}`);
  console.log("\n| kind | dev de | dev en | dev | test de | test en | test |\n|---|---|---|---|---|---|---|");
  for (const kind of kinds) {
    const rude = kind.startsWith("rude");
    const cells = (["dev", "test"] as const).flatMap((split) => [
      cell(groups.get(`de ${kind}, ${split}`), rude),
      cell(groups.get(`en ${kind}, ${split}`), rude),
      cell(groups.get(`${kind}, ${split}`), rude),
    ]);
    console.log(`| ${kind} | ${cells.join(" | ")} |`);
  }
  console.log(`\ndev rows flagged per rule: ${[...perRule].map(([id, n]) => `${id} ${n}`).join(", ")}`);
  if (listSplit) console.log(`\n${listed.join("\n")}`);
}

async function main(): Promise<void> {
  await mailSentences();
  if (mailOnly) return;
  if (!existsSync(SHARED)) {
    console.log(`No labelled data at ${SHARED}; nothing to evaluate.`);
    return;
  }
  const rows = [
    ...(await score(`GermEval 2018 ${split} (recall: INSULT+PROFANITY)`, germeval(), "de")),
    ...(await score(`Davidson 2017 ${split} (recall: offensive)`, davidson(), "en")),
  ];
  console.log("\n| data | rules | texts | flagged | precision | recall |\n|---|---|---|---|---|---|");
  for (const row of rows) {
    console.log(`| ${row.data} | ${row.rules} | ${row.texts} | ${row.flagged} | ${row.precision.toFixed(3)} | ${row.recall.toFixed(3)} |`);
  }

  // The issue asks for the rate over all sentences; the per-split rates keep tuning honest
  // (tune by reading the train sentences only, which is all that is listed unless asked).
  const sentences = enron();
  const flagged: { part: string; line: string }[] = [];
  const perRule = new Map<string, number>([...TONE_RULES].map((id) => [id, 0]));
  for (const sentence of sentences) {
    const ids = await rulesFiring(sentence.text, undefined);
    for (const id of ids) perRule.set(id, (perRule.get(id) ?? 0) + 1);
    if (ids.size > 0) flagged.push({ part: sentence.part, line: `  [${sentence.part}] [${[...ids].join(", ")}] ${sentence.text}` });
  }
  const rate = (n: number, total: number) => `${((n / total) * 100).toFixed(2)}%`;
  const total = sentences.length;
  console.log(`\nparakweet_email_intent (Enron, train+test): ${flagged.length} of ${total} sentences flagged = ${rate(flagged.length, total)} (target <= 0.5%)`);
  for (const part of ["train", "test"]) {
    const inPart = sentences.filter((s) => s.part === part).length;
    const flaggedInPart = flagged.filter((f) => f.part === part).length;
    console.log(`  ${part}: ${flaggedInPart} of ${inPart} = ${rate(flaggedInPart, inPart)}`);
  }
  console.log(`  per rule: ${[...perRule].map(([id, n]) => `${id} ${n} (${rate(n, total)})`).join(", ")}`);
  const listed = split === "train" ? flagged.filter((f) => f.part === "train") : flagged;
  for (const { line } of listed) console.log(line);
}

await main();
