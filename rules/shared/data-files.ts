// Finds and reads the rules' word lists in rules/data/. The lists ship in the package beside
// the code, which runs from rules/*.ts (vitest, tsx), dist/rules/*.js (tsc) or a bundle at
// another depth; so the first folder upward from this module that holds rules/data wins.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Language } from "../../src/types.js";

let dataDir: URL | undefined;

function findDataDir(): URL {
  for (let dir = new URL("./", import.meta.url); ; dir = new URL("../", dir)) {
    const candidate = new URL("rules/data/", dir);
    if (existsSync(fileURLToPath(candidate))) return candidate;
    if (dir.pathname === "/") throw new Error("mail-lint: the word lists (rules/data/) are missing from the installation");
  }
}

/** The absolute path of a file in rules/data/. */
export function dataFilePath(fileName: string): string {
  dataDir ??= findDataDir();
  const path = fileURLToPath(new URL(fileName, dataDir));
  if (!existsSync(path)) throw new Error(`mail-lint: data file rules/data/${fileName} is missing from the installation`);
  return path;
}

const lists = new Map<string, string[]>();

/** The entries of a list file: trimmed lines without blank lines and "#" comments. Read once. */
export function loadList(fileName: string): string[] {
  let entries = lists.get(fileName);
  if (!entries) {
    entries = readFileSync(dataFilePath(fileName), "utf8")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"));
    lists.set(fileName, entries);
  }
  return entries;
}

/** A list whose lines read "de: ..." or "en: ...", grouped by language. */
export function loadListByLanguage(fileName: string): Record<Language, string[]> {
  const byLanguage: Record<Language, string[]> = { de: [], en: [] };
  for (const line of loadList(fileName)) {
    const match = /^(de|en):\s*(.+)$/.exec(line);
    if (!match) throw new Error(`mail-lint: rules/data/${fileName}: expected "de: ..." or "en: ...", got "${line}"`);
    byLanguage[match[1] as Language].push(match[2]);
  }
  return byLanguage;
}
