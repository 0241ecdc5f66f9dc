// Loads the hygiene rules' word lists from rules/data/. The lists ship in the package
// next to dist/, so the compiled rule (dist/rules/x.js) finds them at ../../rules/data/,
// while the TypeScript source run by vitest or tsx (rules/x.ts) finds them at ./data/.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CANDIDATE_DIRS = [new URL("./data/", import.meta.url), new URL("../../rules/data/", import.meta.url)];
const cache = new Map<string, string[]>();

/** The absolute path of a data file, trying the source and the compiled layout. */
export function dataFilePath(fileName: string): string {
  for (const dir of CANDIDATE_DIRS) {
    const path = fileURLToPath(new URL(fileName, dir));
    if (existsSync(path)) return path;
  }
  throw new Error(`mail-lint: data file rules/data/${fileName} is missing from the installation`);
}

/**
 * The entries of a list file: one per line, trimmed; blank lines and "#" comment lines
 * (the source and licence header) are skipped. Read once per process.
 */
export function loadList(fileName: string): string[] {
  let entries = cache.get(fileName);
  if (!entries) {
    entries = readFileSync(dataFilePath(fileName), "utf8")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"));
    cache.set(fileName, entries);
  }
  return entries;
}

/** Entries of a list whose lines read "<language>: <entry>", grouped by language. */
export function loadListByLanguage(fileName: string): Record<"de" | "en", string[]> {
  const byLanguage: Record<"de" | "en", string[]> = { de: [], en: [] };
  for (const line of loadList(fileName)) {
    const match = /^(de|en):\s*(.+)$/.exec(line);
    if (!match) throw new Error(`mail-lint: rules/data/${fileName}: expected "de: ..." or "en: ...", got "${line}"`);
    byLanguage[match[1] as "de" | "en"].push(match[2]);
  }
  return byLanguage;
}
