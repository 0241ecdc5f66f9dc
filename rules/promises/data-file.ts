// Reads the word lists under rules/data/. The same code runs as rules/promises/*.ts (vitest,
// tsx) and as dist/rules/promises/*.js (the built package), which sit at different depths
// below the package root, so the first candidate directory that holds the file wins.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const CANDIDATE_DIRS = ["../data/", "../../../rules/data/"];

/** Absolute path of a file in rules/data/, from source or from the built package. */
export function dataFilePath(name: string): string {
  for (const dir of CANDIDATE_DIRS) {
    const path = fileURLToPath(new URL(dir + name, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`mail-lint: rules/data/${name} is missing from the package`);
}

/** The entries of a list file: one a line, without "#" comment lines and blank lines. */
export async function readListFile(name: string): Promise<string[]> {
  const text = await readFile(dataFilePath(name), "utf8");
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
