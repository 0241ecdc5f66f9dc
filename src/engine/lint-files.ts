// The library's entry points: lint files found from paths and globs, or one text. Both
// resolve the config for each file, so the CLI, editors and scripts get the same answers.
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Language, LintResult } from "../types.js";
import { formatOf } from "../draft.js";
import {
  DEFAULT_EXTENSIONS,
  defaultConfig,
  findConfig,
  loadConfigFile,
  prepare,
  resolveFileConfig,
  type CliOverrides,
  type LoadedConfig,
} from "./config.js";
import type { RuleSetting, UserConfig } from "./config-schema.js";
import { findFiles } from "./find-files.js";
import { fileProblem } from "./config-errors.js";
import { lintSource, summarize } from "./lint-source.js";
import { LintCache, cacheFilePath, type CacheKey } from "./cache.js";
import { packageVersion } from "../package-info.js";

export interface LintOptions {
  /** Working directory for relative paths and ignore files (default process.cwd()). */
  cwd?: string;
  /** A config object to use instead of looking for config files. */
  config?: UserConfig;
  /** A config file to use instead of looking for config files (-c). */
  configFile?: string;
  /** Rule settings that beat every config (--rule). */
  rules?: Record<string, RuleSetting>;
  /** Force the language of every paragraph (--lang). */
  language?: Language;
  /** False ignores inline directives (--no-inline-config). */
  allowInlineConfig?: boolean;
  /** "Today" for date rules; default the current time. */
  now?: Date;
  /** File endings to lint in directories (default from config, else .eml .txt .md). */
  extensions?: string[];
  /** Extra ignore patterns (--ignore-pattern). */
  ignorePatterns?: string[];
  /** False disables .gitignore, .maillintignore and ignorePatterns (--no-ignore). */
  ignore?: boolean;
  /** A directory without drafts is an error rather than a warning. */
  errorOnUnmatchedPattern?: boolean;
  /** Called with notes such as "no drafts found in directory x". */
  onWarning?: (message: string) => void;
  /** Keep results in a cache file and lint only files (or settings) that changed (--cache). */
  cache?: boolean;
  /** The cache file, or a directory for `.maillintcache` (--cache-location; default cwd). */
  cacheLocation?: string;
  /**
   * Worker threads for large runs (--concurrency): "auto" (default) uses them only when there
   * are enough files to pay for their start-up, a number sets how many, "off" lints in-process.
   */
  concurrency?: number | "auto" | "off";
  /** Bytes a draft may have (--max-file-size); a larger one is one fatal message. Default 25 MB. */
  maxFileSize?: number;
}

/**
 * What mail-lint reads of one draft by default: 25 MB, about what mail providers accept as a
 * whole message. A 600 MB file ended the whole run in a V8 abort; past the limit a file (or
 * standard input) is one fatal message and the others are still linted.
 */
export const DEFAULT_MAX_FILE_SIZE = 25 * 1024 * 1024;

/** Thrown by a read past the size limit. */
export class FileTooLarge extends Error {
  constructor(readonly size: number | undefined, readonly limit: number) {
    const mb = (n: number) => `${Number((n / 1024 / 1024).toFixed(1))} MB`;
    super(`File too large: ${size === undefined ? "" : `${mb(size)}, `}more than the ${mb(limit)} mail-lint reads (--max-file-size).`);
  }
}

/** Reads a file unless it is larger than `limit` (checked before reading any of it). */
function readLimited(file: string, limit: number): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > limit) throw new FileTooLarge(size, limit);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Lints the drafts found at `patterns` (files, directories, globs). */
export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const projectConfig = await configFor(options, cwd);
  const found = await findFiles(patterns, {
    cwd,
    extensions: options.extensions ?? projectConfig.config.extensions ?? DEFAULT_EXTENSIONS,
    ignorePatterns: [...(projectConfig.config.ignorePatterns ?? []), ...(options.ignorePatterns ?? [])],
    useIgnoreFiles: options.ignore !== false,
    errorOnEmptyDirectory: options.errorOnUnmatchedPattern === true,
  });
  found.warnings.forEach((w) => options.onWarning?.(w));

  // One "today" for the whole run, so that every file (and every worker) agrees.
  const run: LintOptions = { ...options, now: options.now ?? new Date() };
  const cache = options.cache
    ? LintCache.open(cacheFilePath(cwd, options.cacheLocation), {
        version: packageVersion(),
        allowInlineConfig: options.allowInlineConfig !== false,
        now: run.now!,
      })
    : undefined;
  const results: LintResult[] = new Array(found.files.length);
  const todo: { index: number; file: string; bytes?: Uint8Array; key?: CacheKey }[] = [];
  if (cache) {
    // Reading and hashing every file is cheap next to linting it; unchanged files end here.
    await mapLimited(found.files, 16, async (file, index) => {
      const bytes = readOrUndefined(file, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
      if (!bytes) {
        todo.push({ index, file }); // Linting it reports why it cannot be read.
        return;
      }
      const fileConfig = resolveFileConfig(await configOf(file, options, projectConfig), file, formatOf(file), cliOverrides(options));
      const key = cache.keyFor(bytes, fileConfig);
      const cached = cache.get(file, key);
      if (cached) results[index] = cached;
      else todo.push({ index, file, bytes, key });
    });
    todo.sort((a, b) => a.index - b.index);
  } else {
    found.files.forEach((file, index) => todo.push({ index, file }));
  }

  // Large runs go to worker threads (workers.ts decides whether they pay); else lint here.
  const fromWorkers = todo.length > 1 ? await (await import("./workers.js")).lintInWorkers(todo.map((t) => t.file), run) : undefined;
  const linted = fromWorkers ?? (await mapLimited(todo, 16, ({ file, bytes }) => lintFoundFile(file, run, projectConfig, bytes)));
  todo.forEach(({ index, file, key }, i) => {
    results[index] = linted[i];
    if (cache && key) cache.set(file, key, linted[i]);
  });
  cache?.save();

  for (const file of found.ignoredFiles) {
    results.push(
      summarize(file, [
        {
          ruleId: null,
          severity: 1,
          message: 'File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway.',
          line: 0,
          column: 0,
        },
      ]),
    );
  }
  return results.sort((a, b) => a.filePath.localeCompare(b.filePath));
}

export interface LintTextOptions extends Omit<LintOptions, "extensions" | "ignorePatterns" | "ignore" | "onWarning"> {
  /** Name of the draft; its extension picks the format (.eml, .md, else plain text). */
  filePath?: string;
}

/** Lints one draft given as text (or bytes, for .eml files in other charsets). */
export async function lintText(text: string | Uint8Array, options: LintTextOptions = {}): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const filePath = path.resolve(cwd, options.filePath ?? "<text>.txt");
  const loaded = options.config || options.configFile ? await configFor(options, cwd) : await findConfig(path.dirname(filePath));
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  return lintOne(filePath, loaded, options, async () => bytes);
}

/**
 * Lints one file that lintFiles found: with the given config, or else the nearest config above
 * the file. `bytes` when the caller has read the file already. Worker threads call this too.
 */
export async function lintFoundFile(
  file: string,
  options: LintOptions,
  projectConfig: LoadedConfig,
  bytes?: Uint8Array,
): Promise<LintResult> {
  // A synchronous read is cheaper than the thread pool's open/stat/read/close for small drafts.
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  return lintOne(file, await configOf(file, options, projectConfig), options, bytes ? async () => bytes : async () => readLimited(file, limit));
}

function configOf(file: string, options: LintOptions, projectConfig: LoadedConfig): Promise<LoadedConfig> {
  return options.config || options.configFile ? Promise.resolve(projectConfig) : findConfig(path.dirname(file));
}

function cliOverrides(options: LintOptions): CliOverrides {
  return {
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.language ? { language: options.language } : {}),
  };
}

/** Loads the config a run uses: the given object or file, else the one found from `cwd`. */
export async function configFor(options: Pick<LintOptions, "config" | "configFile">, cwd: string): Promise<LoadedConfig> {
  if (options.config) return prepare(options.config, undefined);
  if (options.configFile) return loadConfigFile(path.resolve(cwd, options.configFile));
  return findConfig(cwd);
}

async function lintOne(
  filePath: string,
  loaded: LoadedConfig,
  options: LintOptions,
  read: () => Promise<Uint8Array>,
): Promise<LintResult> {
  const fileConfig = resolveFileConfig(loaded, filePath, formatOf(filePath), cliOverrides(options));
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch (error) {
    const message = error instanceof FileTooLarge ? error.message : `Cannot read file: ${fileProblem(error)}`;
    return summarize(filePath, [{ ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1 }]);
  }
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (bytes.length > limit) {
    // Text given to lintText (standard input): the caller read it; still not linted past the limit.
    // The CLI stops reading standard input one byte past it, so its size is "more than".
    return summarize(filePath, [{ ruleId: null, fatal: true, severity: 2, message: new FileTooLarge(bytes.length > limit + 1 ? bytes.length : undefined, limit).message, line: 1, column: 1 }]);
  }
  return lintSource(filePath, bytes, fileConfig, {
    allowInlineConfig: options.allowInlineConfig !== false,
    now: options.now ?? new Date(),
  });
}

/** Runs `task` over `items` with at most `limit` running at once, keeping the order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function readOrUndefined(file: string, limit: number): Uint8Array | undefined {
  try {
    return readLimited(file, limit);
  } catch {
    return undefined;
  }
}
