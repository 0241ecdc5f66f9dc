// Shared by the evaluation scripts (npm run eval): the dev/test split of a labelled set and the
// table they print. A row's split follows from a hash of its text alone, so it never depends on
// what a rule does with it: rules are tuned on dev rows only, and test rows are only counted.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export type Split = "dev" | "test";

/** "dev" for about half the texts, "test" for the rest, by the first byte of the text's SHA-256. */
export function splitOf(text: string): Split {
  return createHash("sha256").update(text, "utf8").digest()[0] < 128 ? "dev" : "test";
}

export function sha8(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8);
}

/**
 * The rows of a TSV file with "#" comment lines, as objects keyed by its column header, each with
 * the round it was added in under the key "round": a comment line "# Round N ..." starts round N,
 * and the rows before the first such line are round 1.
 */
export function readTsv(path: string): Record<string, string>[] {
  let round = 1;
  let header: string[] | undefined;
  const rows: Record<string, string>[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const marker = /^# Round (\d+)\b/.exec(line);
    if (marker) round = Number(marker[1]);
    if (line.trim() === "" || line.startsWith("#")) continue;
    const cells = line.split("\t");
    if (!header) header = cells;
    else rows.push({ ...Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])), round: String(round) });
  }
  return rows;
}

/**
 * `--round N` on an eval script: only the rows added in round N are counted. A new round is
 * measured this way the moment it lands, before anyone tunes on it (docs/evaluation.md), so its
 * dev and test rows together are an estimate nobody has fitted.
 */
export const onlyRound: string | undefined = process.argv.includes("--round") ? process.argv[process.argv.indexOf("--round") + 1] : undefined;

export function inRound(row: Record<string, string>): boolean {
  return onlyRound === undefined || row.round === onlyRound;
}

export interface Counts {
  rows: number;
  positives: number;
  flagged: number;
  truePositives: number;
}

export function emptyCounts(): Counts {
  return { rows: 0, positives: 0, flagged: 0, truePositives: 0 };
}

export function count(counts: Counts, positive: boolean, flagged: boolean): void {
  counts.rows++;
  if (positive) counts.positives++;
  if (flagged) counts.flagged++;
  if (positive && flagged) counts.truePositives++;
}

/** The counts of two disjoint parts together (a round's dev and test rows). */
export function sumCounts(a: Counts, b: Counts): Counts {
  return { rows: a.rows + b.rows, positives: a.positives + b.positives, flagged: a.flagged + b.flagged, truePositives: a.truePositives + b.truePositives };
}

const ratio = (a: number, b: number) => (b === 0 ? "-" : (a / b).toFixed(3));

/** One Markdown table row: name, rows, positives, flagged, true positives, precision, recall. */
export function tableRow(name: string, c: Counts): string {
  return `| ${name} | ${c.rows} | ${c.positives} | ${c.flagged} | ${c.truePositives} | ${ratio(c.truePositives, c.flagged)} | ${ratio(c.truePositives, c.positives)} |`;
}

export const TABLE_HEADER = "| set | rows | positives | flagged | true positives | precision | recall |\n|---|---|---|---|---|---|---|";
