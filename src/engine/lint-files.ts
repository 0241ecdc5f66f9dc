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
import { InOrder } from "./in-order.js";

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
  const results: LintResult[] = [];
  await lintEachFile(patterns, options, (result) => results.push(result));
  return results;
}

/**
 * Lints the drafts found at `patterns` and hands each result to `onResult` as soon as it and
 * every file before it are done, in the order lintFiles returns them (by path). The CLI writes
 * its report this way, so that a run does not hold every result until the end.
 */
export async function lintEachFile(
  patterns: readonly string[],
  options: LintOptions,
  onResult: (result: LintResult) => void,
): Promise<void> {
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

  // The order of the report, known before linting: paths by localeCompare (one collator, the
  // same comparison), explicitly named but ignored files among the others. The collator only when
  // there is something to order: making one loads ICU's collation data, ~10 ms of a one-draft run.
  const entries = [...found.files.map((file) => ({ file, ignored: false })), ...found.ignoredFiles.map((file) => ({ file, ignored: true }))];
  if (entries.length > 1) {
    const collator = new Intl.Collator();
    entries.sort((a, b) => collator.compare(a.file, b.file));
  }
  const inOrder = new InOrder<LintResult>(onResult);

  // One "today" for the whole run, so that every file (and every worker) agrees.
  const run: LintOptions = { ...options, now: options.now ?? new Date() };
  const cache = options.cache
    ? LintCache.open(cacheFilePath(cwd, options.cacheLocation), {
        version: packageVersion(),
        allowInlineConfig: options.allowInlineConfig !== false,
        now: run.now!,
      })
    : undefined;
  let todo: Todo[] = [];
  entries.forEach(({ file, ignored }, index) => (ignored ? inOrder.put(index, ignoredFileResult(file)) : todo.push({ index, file })));
  if (cache) {
    // Reading and hashing every file is cheap next to linting it; unchanged files end here.
    const misses: Todo[] = [];
    await eachLimited(todo, 16, async (item) => {
      const bytes = readOrUndefined(item.file, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
      if (!bytes) return void misses.push(item); // Linting it reports why it cannot be read.
      const fileConfig = resolveFileConfig(await configOf(item.file, options, projectConfig), item.file, formatOf(item.file), cliOverrides(options));
      const key = cache.keyFor(bytes, fileConfig);
      const cached = cache.get(item.file, key);
      if (cached) inOrder.put(item.index, cached);
      else misses.push({ ...item, bytes, key });
    });
    todo = misses.sort((a, b) => a.index - b.index);
  }

  const finish = (item: Todo, result: LintResult) => {
    if (cache && item.key) cache.set(item.file, item.key, result);
    item.bytes = undefined; // linted: its bytes need not wait for the rest of the run
    inOrder.put(item.index, result);
  };
  // Large runs go to worker threads (workers.ts decides whether they pay); else lint here.
  const inWorkers =
    todo.length > 1 &&
    (await (await import("./workers.js")).lintInWorkers(
      todo.map((t) => t.file),
      run,
      (i, result) => finish(todo[i], result),
    ));
  if (!inWorkers) await eachLimited(todo, 16, async (item) => finish(item, await lintFoundFile(item.file, run, projectConfig, item.bytes)));
  cache?.save();
}

/** A file still to lint: its place in the report, and its bytes and cache key when --cache read it. */
interface Todo {
  index: number;
  file: string;
  bytes?: Uint8Array;
  key?: CacheKey;
}

function ignoredFileResult(file: string): LintResult {
  return summarize(file, [
    {
      ruleId: null,
      severity: 1,
      message: 'File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway.',
      line: 0,
      column: 0,
    },
  ]);
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

/**
 * Runs `task` over `items` with at most `limit` running at once, started in order. The first
 * failure (a config error, a report file on a full disk) ends the run: no further task starts.
 */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        await task(items[i], i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function readOrUndefined(file: string, limit: number): Uint8Array | undefined {
  try {
    return readLimited(file, limit);
  } catch {
    return undefined;
  }
}
