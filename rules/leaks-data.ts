// Loads the leak rules' lists from rules/data/leaks-*.txt. The lists ship in the package next
// to dist/, so the compiled rule (dist/rules/x.js) finds them at ../../rules/data/, while the
// TypeScript source run by vitest or tsx (rules/x.ts) finds them at ./data/.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Language } from "../src/types.js";

const CANDIDATE_DIRS = [new URL("./data/", import.meta.url), new URL("../../rules/data/", import.meta.url)];
const cache = new Map<string, string[]>();

/** The entries of a list file: trimmed lines without blank lines and "#" comments. Read once. */
export function loadLeakList(fileName: string): string[] {
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

/** A list whose lines read "de: ..." or "en: ...", grouped by language. */
export function loadLeakListByLanguage(fileName: string): Record<Language, string[]> {
  const byLanguage: Record<Language, string[]> = { de: [], en: [] };
  for (const line of loadLeakList(fileName)) {
    const match = /^(de|en):\s*(.+)$/.exec(line);
    if (!match) throw new Error(`mail-lint: rules/data/${fileName}: expected "de: ..." or "en: ...", got "${line}"`);
    byLanguage[match[1] as Language].push(match[2]);
  }
  return byLanguage;
}

function dataFilePath(fileName: string): string {
  for (const dir of CANDIDATE_DIRS) {
    const path = fileURLToPath(new URL(fileName, dir));
    if (existsSync(path)) return path;
  }
  throw new Error(`mail-lint: data file rules/data/${fileName} is missing from the installation`);
}
