// Prints the README's rules table from the rules' own metadata; with --write, replaces the
// table between the rules-table markers in README.md. test/readme.test.ts checks that the
// README holds exactly this table, so docs and code cannot drift apart.
import { readFileSync, writeFileSync } from "node:fs";
import { builtinRules } from "../rules/index.js";
import type { RuleMeta } from "../src/types.js";

export function rulesTable(metas: readonly RuleMeta[] = builtinRules.map((r) => r.meta)): string {
  const defaults = (m: RuleMeta) =>
    m.defaultSeverityByFormat
      ? [...Object.entries(m.defaultSeverityByFormat).map(([f, s]) => `${s} (${f})`), `${m.defaultSeverity} (other)`].join(", ")
      : m.defaultSeverity;
  const rows = metas.map(
    (m) => `| [\`${m.id}\`](docs/rules/${m.id}.md) | ${m.category} | ${defaults(m)} | ${m.languages?.join(", ") ?? "all"} | ${m.description.replace(/\|/g, "\\|")} |`,
  );
  return ["| rule | category | default | languages | what it catches |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

const START = /<!-- rules-table:start[^>]*-->\n/;
const END = "<!-- rules-table:end -->";

/** The README's current table (between the markers). */
export function readmeTable(readme: string): string {
  const start = START.exec(readme);
  const end = readme.indexOf(END);
  if (!start || end < 0) throw new Error("README.md lacks the rules-table markers");
  return readme.slice(start.index + start[0].length, end).trim();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes("--write")) {
    const file = new URL("../README.md", import.meta.url);
    const readme = readFileSync(file, "utf8");
    const start = START.exec(readme)!;
    const end = readme.indexOf(END);
    writeFileSync(file, readme.slice(0, start.index + start[0].length) + rulesTable() + "\n" + readme.slice(end));
  } else {
    console.log(rulesTable());
  }
}
