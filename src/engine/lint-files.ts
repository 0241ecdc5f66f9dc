// The library's entry points: lint files found from paths and globs, or one text. Both
// resolve the config for each file, so the CLI, editors and scripts get the same answers.
import { readFile } from "node:fs/promises";
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
import { lintSource, summarize } from "./lint-source.js";

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

  const results = await mapLimited(found.files, 16, async (file) => {
    const loaded = options.config || options.configFile ? projectConfig : await findConfig(path.dirname(file));
    return lintOne(file, loaded, options, () => readFile(file));
  });
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
  const cli: CliOverrides = {
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.language ? { language: options.language } : {}),
  };
  const fileConfig = resolveFileConfig(loaded, filePath, formatOf(filePath), cli);
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message;
    return summarize(filePath, [{ ruleId: null, fatal: true, severity: 2, message: `Cannot read file: ${reason}`, line: 1, column: 1 }]);
  }
  return lintSource(filePath, bytes, fileConfig, {
    allowInlineConfig: options.allowInlineConfig !== false,
    now: options.now ?? new Date(),
  });
}

/** Runs `task` over `items` with at most `limit` running at once, keeping the order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
