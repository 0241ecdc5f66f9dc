// Turns the command line's paths, directories and globs into the list of drafts to lint.
// Directories are searched recursively for the configured extensions; node_modules, .git
// and what .gitignore, .maillintignore and ignorePatterns exclude are skipped.
import { readFileSync, statSync, readdirSync, type Stats } from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { glob, isDynamicPattern } from "tinyglobby";
import { UsageError, fileProblem, specialFileKind } from "./config-errors.js";

export interface FindFilesOptions {
  cwd: string;
  extensions: readonly string[];
  ignorePatterns: readonly string[];
  /** False with --no-ignore: .gitignore, .maillintignore and ignorePatterns are not applied. */
  useIgnoreFiles: boolean;
  /** With --error-on-unmatched-pattern, a directory without drafts is an error too. */
  errorOnEmptyDirectory: boolean;
}

export interface FoundFiles {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Explicitly named files skipped by an ignore pattern (reported as warnings, as ESLint does). */
  ignoredFiles: string[];
  /** Notes for the user, e.g. a directory without drafts. */
  warnings: string[];
}

const ALWAYS_SKIPPED = ["**/node_modules/**", "**/.git/**"];

export async function findFiles(patterns: readonly string[], options: FindFilesOptions): Promise<FoundFiles> {
  const ignorer = options.useIgnoreFiles ? loadIgnores(options) : ignore();
  const isIgnored = (absolute: string) => {
    const relative = path.relative(options.cwd, absolute);
    // Files outside the working directory are not subject to its ignore files.
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return false;
    return ignorer.ignores(relative.split(path.sep).join("/"));
  };
  const extensions = options.extensions.map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase());
  const hasExtension = (file: string) => extensions.some((e) => file.toLowerCase().endsWith(e));

  const files = new Set<string>();
  const ignoredFiles: string[] = [];
  const warnings: string[] = [];
  for (const pattern of patterns) {
    const absolute = path.resolve(options.cwd, pattern);
    const { stats, error } = statOf(absolute);
    // A path that exists but cannot be looked at (a link loop, a name too long, no permission):
    // say so, not "no such file" (and never an internal error).
    if (error && !isDynamicPattern(pattern)) throw new UsageError(`Cannot read "${pattern}": ${fileProblem(error)}.`);
    if (stats?.isFile()) {
      if (isIgnored(absolute)) ignoredFiles.push(absolute);
      else files.add(absolute);
      continue;
    }
    if (stats?.isDirectory()) {
      assertReadableDirectory(absolute, pattern);
      const found = await glob(extensions.map((e) => `**/*${e}`), {
        cwd: absolute,
        absolute: true,
        dot: false,
        ignore: ALWAYS_SKIPPED,
        followSymbolicLinks: false,
        caseSensitiveMatch: false,
      });
      const kept = found.map(path.normalize).filter((f) => !isIgnored(f));
      if (kept.length === 0) {
        const message = `No drafts (${extensions.join(", ")}) found in directory "${pattern}".`;
        if (options.errorOnEmptyDirectory) throw new UsageError(message);
        warnings.push(message);
      }
      kept.forEach((f) => files.add(f));
      continue;
    }
    if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, { cwd: options.cwd, absolute: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false });
      const kept = found.map(path.normalize).filter((f) => hasExtension(f) && !isIgnored(f));
      if (kept.length === 0) throw new UsageError(`No files matching the pattern "${pattern}" were found.`);
      kept.forEach((f) => files.add(f));
      continue;
    }
    if (stats) {
      // A FIFO or a device would block or never end; standard input is the way to lint a stream.
      throw new UsageError(`Cannot lint "${pattern}": it is ${specialFileKind(stats)}, not a file or directory (use --stdin to lint a stream).`);
    }
    throw new UsageError(`No such file or directory: "${pattern}".`);
  }
  return { files: [...files].sort(), ignoredFiles, warnings };
}

/** The path's stats; a missing path is neither stats nor error, other failures are the error. */
function statOf(file: string): { stats?: Stats; error?: unknown } {
  try {
    return { stats: statSync(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? {} : { error };
  }
}

function assertReadableDirectory(directory: string, pattern: string) {
  try {
    readdirSync(directory);
  } catch (error) {
    throw new UsageError(`Cannot read directory "${pattern}": ${fileProblem(error)}.`);
  }
}

/** .gitignore and .maillintignore of the working directory, plus config ignorePatterns. */
function loadIgnores(options: FindFilesOptions): Ignore {
  const ignorer = ignore().add([...options.ignorePatterns]);
  for (const name of [".gitignore", ".maillintignore"]) {
    try {
      ignorer.add(readFileSync(path.join(options.cwd, name), "utf8"));
    } catch {
      // No such ignore file: nothing to add.
    }
  }
  return ignorer;
}
