// Reads a rule's word lists: text files beside the rule that uses them (rules/<category>/data/,
// or a plugin's own data/ folder), named by a URL relative to the rule's module:
//
//   loadWordList(new URL("./data/markers.txt", import.meta.url))
//
// One line an entry, "#" starts a comment line (the header names sources and licences), blank
// lines are skipped. The build copies the built-in lists next to the compiled rules
// (dist/rules/<category>/data/), and the bundle keeps each module's own URL
// (scripts/bundle.mjs), so the same URL finds the list from the sources, dist/ and the bundle.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Language } from "../types.js";

const texts = new Map<string, string>();

/** The whole text of a list file, read once per process. */
export function readWordListFile(file: URL | string): string {
  const path = typeof file === "string" ? file : fileURLToPath(file);
  let text = texts.get(path);
  if (text === undefined) {
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      throw new Error(`mail-lint: cannot read the word list ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    texts.set(path, text);
  }
  return text;
}

/** The entries of a list file: trimmed lines without blank lines and "#" comments. */
export function loadWordList(file: URL | string): string[] {
  return readWordListFile(file)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** A list whose lines read "de: ..." or "en: ...", grouped by language. */
export function loadWordListByLanguage(file: URL | string): Record<Language, string[]> {
  const byLanguage: Record<Language, string[]> = { de: [], en: [] };
  for (const line of loadWordList(file)) {
    const match = /^(de|en):\s*(.+)$/.exec(line);
    if (!match) throw new Error(`mail-lint: ${String(file)}: expected "de: ..." or "en: ...", got "${line}"`);
    byLanguage[match[1] as Language].push(match[2]);
  }
  return byLanguage;
}
