// `mail-lint --staged`: lints what the next commit will contain. The content comes from the
// index (the staged blob), not from the working copy, so a draft fixed on disk but not
// re-staged is still caught, and a half-staged file is judged by its staged half.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ignore from "ignore";
import type { LintResult } from "../types.js";
import { DEFAULT_EXTENSIONS } from "../engine/config.js";
import { configFor, lintText, type LintOptions } from "../engine/lint-files.js";
import { git, worktreeRoot } from "./git.js";

export interface StagedFile {
  /** Path relative to the top of the working tree, with "/" separators (as git prints it). */
  path: string;
  /** The staged blob's object id. */
  blob: string;
}

const REGULAR_FILE_MODES = new Set(["100644", "100755"]);

/**
 * Parses `git diff --cached --raw -z` output: ":old new oldId newId status\0path\0" and, for
 * renames and copies, a second path (the new one). Symlinks and submodules are not drafts.
 */
export function parseRawDiff(output: string): StagedFile[] {
  const fields = output.split("\0");
  const files: StagedFile[] = [];
  for (let i = 0; i < fields.length; i++) {
    if (!fields[i].startsWith(":")) continue;
    const [, newMode, , newBlob, status] = fields[i].slice(1).split(" ");
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    const file = twoPaths ? fields[i + 2] : fields[i + 1];
    i += twoPaths ? 2 : 1;
    if (REGULAR_FILE_MODES.has(newMode)) files.push({ path: file, blob: newBlob });
  }
  return files;
}

/** Staged added, copied, modified and renamed files, optionally limited to git pathspecs. */
export function stagedFiles(cwd: string, pathspecs: readonly string[] = []): StagedFile[] {
  const args = ["diff", "--cached", "--raw", "-z", "--no-abbrev", "--diff-filter=ACMR", "--", ...pathspecs];
  return parseRawDiff(git(args, cwd).toString("utf8"));
}

/**
 * Lints the staged content of every staged draft (config `extensions`, default .eml .txt .md)
 * that config `ignorePatterns` and .maillintignore do not exclude. `pathspecs` narrow the set.
 */
export async function lintStaged(pathspecs: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const root = worktreeRoot(cwd);
  const { config } = await configFor(options, cwd);
  const extensions = (options.extensions ?? config.extensions ?? DEFAULT_EXTENSIONS).map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase());
  const ignorer = ignore().add([...(config.ignorePatterns ?? []), ...(options.ignorePatterns ?? [])]);
  const maillintignore = path.join(root, ".maillintignore");
  if (existsSync(maillintignore)) ignorer.add(readFileSync(maillintignore, "utf8"));

  const results: LintResult[] = [];
  for (const file of stagedFiles(cwd, pathspecs)) {
    if (!extensions.some((e) => file.path.toLowerCase().endsWith(e))) continue;
    if (options.ignore !== false && ignorer.ignores(file.path)) continue;
    const bytes = git(["cat-file", "blob", file.blob], root);
    results.push(await lintText(bytes, { ...options, cwd, filePath: path.join(root, file.path) }));
  }
  return results.sort((a, b) => a.filePath.localeCompare(b.filePath));
}
