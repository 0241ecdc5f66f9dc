// The command line: commander parses flags, the library lints, a reporter formats, and the
// exit code says what happened (0 clean or warnings within --max-warnings, 1 lint errors or
// too many warnings, 2 usage, config or internal error), exactly as ESLint.
import { availableParallelism } from "node:os";
import path from "node:path";
import { Command, CommanderError, Option } from "commander";
import type { Language, LintResult, RuleMeta } from "./types.js";
import { ConfigError, UsageError } from "./engine/config-errors.js";
import type { RuleSetting } from "./engine/config-schema.js";
import { DEFAULT_MAX_FILE_SIZE, configFor, lintEachFile, lintText, type LintOptions } from "./engine/lint-files.js";
import { isSmallRun, keepYoungGenerationSmall, LARGE_DRAFT_BYTES, namesLargeDraft, tuneV8 } from "./engine/v8-settings.js";
import { resolveFileConfig, ruleOptions } from "./engine/config.js";
import { validateConfig } from "./engine/config-schema.js";
import type { RuleRegistry } from "./engine/rule-registry.js";
import { formatOf } from "./draft.js";
import { reportWriter, reporters } from "./reporters/index.js";
import { ReportOutput } from "./report-output.js";
import { wantsColor } from "./reporters/color.js";
import { packageVersion } from "./package-info.js";
import { registerIntegrationCommands } from "./integrations/commands.js";
import { lintStaged } from "./integrations/staged.js";

interface CliFlags {
  config?: string;
  format: string;
  outputFile?: string;
  maxWarnings: number;
  quiet?: boolean;
  rule: string[];
  printConfig?: string;
  listRules?: boolean;
  lang?: Language;
  stdin?: boolean;
  stdinFilename?: string;
  staged?: boolean;
  inlineConfig: boolean;
  ignore: boolean;
  ignorePattern: string[];
  ext?: string[];
  errorOnUnmatchedPattern?: boolean;
  color?: boolean;
  now?: string;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: number | "auto" | "off";
  maxFileSize?: number;
}

/** mail-lint's version for --version and the reports; "unknown" rather than no CLI when its package.json is missing. */
export function version(): string {
  try {
    return packageVersion();
  } catch {
    return "unknown";
  }
}

const collect = (value: string, previous: string[]) => [...previous, value];
const list = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(",").map((s) => s.trim()).filter(Boolean)];

export function buildProgram(): Command {
  return new Command("mail-lint")
    .description("Lint outgoing e-mail drafts (.eml) and canned-reply templates (.txt, .md) for tone, leaks and vague promises.")
    .argument("[paths...]", "files, directories and globs to lint")
    .option("-c, --config <file>", "use this config file instead of looking for one")
    .addOption(new Option("-f, --format <name>", "output format").choices(Object.keys(reporters)).default("stylish"))
    .option("-o, --output-file <file>", "write the report to a file")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", parseInteger, -1)
    .option("--quiet", "report errors only")
    .option("--rule <rule>", "set a rule, e.g. 'no-shouting: off' or 'no-insult: [\"error\", {...}]' (repeatable)", collect, [])
    .option("--print-config <file>", "print the configuration that applies to a file and exit")
    .option("--list-rules", "list all rules with category, default severity and description")
    .addOption(new Option("--lang <language>", "treat every paragraph as this language").choices(["de", "en"]))
    .option("--stdin", "lint a draft read from standard input")
    .option("--stdin-filename <name>", "file name for --stdin; its extension picks the format (e.g. draft.eml)")
    .option("--staged", "lint the staged content of staged drafts (git index), for pre-commit hooks; paths narrow it")
    .option("--no-inline-config", "ignore mail-lint-disable directives and X-Mail-Lint-Disable headers")
    .option("--no-ignore", "do not apply .gitignore, .maillintignore and ignorePatterns")
    .option("--ignore-pattern <pattern>", "skip files matching this pattern (repeatable)", collect, [])
    .option("--ext <extensions>", "file endings to lint in directories (comma-separated)", list)
    .option("--error-on-unmatched-pattern", "exit 2 when a directory contains no drafts")
    .option("--color", "force colour output")
    .option("--no-color", "disable colour output")
    .option("--now <date>", "the date to resolve weekdays against when a draft has no Date header")
    .option("--cache", "lint only files that changed since the last run (results kept in .maillintcache)")
    .option("--cache-location <path>", "the cache file, or a directory for .maillintcache")
    .option("--concurrency <n>", "worker threads: a number, 'auto' (only for large runs, the default) or 'off'", parseConcurrency)
    .option("--max-file-size <MB>", "the largest draft to lint, in MB (default 25); a larger file is one fatal message", parseMegabytes)
    .version(version(), "-v, --version")
    .helpOption("-h, --help", "show this help")
    .addHelpText(
      "after",
      "\nExit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings, 2 usage, config or internal error.",
    );
}

function parseInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new UsageError(`--max-warnings needs a whole number, got "${value}"`);
  return n;
}

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-file-size needs a number of megabytes > 0, got "${value}"`);
  return Math.floor(mb * 1024 * 1024);
}

function parseConcurrency(value: string): number | "auto" | "off" {
  if (value === "auto" || value === "off") return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency needs a whole number >= 1, "auto" or "off", got "${value}"`);
  return n;
}

function parseNow(value: string | undefined): Date | undefined {
  const now = value ? new Date(value) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new UsageError(`--now "${value}" is not a date (use e.g. 2026-11-25)`);
  return now;
}

/**
 * Parses --rule values, "id: severity" or "id: [severity, {options}]", and validates each as a
 * config's `rules` entry is validated (known id, severity, options), so that a typo fails the run
 * (exit 2) instead of silently turning an error into a warning or a rule off. `registry` holds the
 * rules of the run's config, plugins included.
 */
export function parseRuleFlags(values: readonly string[], registry: RuleRegistry): Record<string, RuleSetting> | undefined {
  if (values.length === 0) return undefined;
  const rules: Record<string, RuleSetting> = {};
  for (const value of values) {
    const colon = value.indexOf(":");
    if (colon < 0) throw new UsageError(`--rule "${value}": expected "rule-id: severity"`);
    const id = value.slice(0, colon).trim();
    const text = value.slice(colon + 1).trim();
    let setting: unknown = /^\d$/.test(text) ? Number(text) : text;
    // JSON as in a config file: [severity, options], or a quoted severity ("error").
    if (text.startsWith("[") || text.startsWith('"')) {
      try {
        setting = JSON.parse(text);
      } catch {
        throw new UsageError(`--rule "${value}": the setting is not valid JSON`);
      }
    }
    try {
      validateConfig({ rules: { [id]: setting } }, undefined, registry.ids());
      ruleOptions(registry.get(id)!, setting as RuleSetting, undefined);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // The config's wording without its "rules.<id>" path: the flag names the rule.
      const reason = error.message.replace(`rules.${id}: `, "").replace(" in rules (", " (");
      throw new UsageError(`--rule "${value}": ${reason}`);
    }
    rules[id] = setting as RuleSetting;
  }
  return rules;
}

/**
 * Whether this process linted a few named drafts (or standard input): the kind of run whose
 * compiled code bin/mail-lint.js keeps for the next start (src/launch/load-bundle.ts says why).
 */
let smallRunLinted = false;
export function shouldKeepCompiledCode(): boolean {
  return smallRunLinted;
}

/** A worker thread's part (bin/mail-lint.js in a worker): workers.ts serves batches once loaded. */
export function startWorker(): Promise<unknown> {
  return import("./engine/workers.js");
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export async function main(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let exitCode = 0;
  const program = buildProgram()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .action(async (paths: string[], flags: CliFlags) => {
      exitCode = await run(paths, flags, io);
    });
  registerIntegrationCommands(program, io, (code) => (exitCode = code));
  registerLanguageServerCommand(program);
  try {
    await program.parseAsync(argv as string[], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    return failure(error, io.stderr);
  }
  return exitCode;
}

/**
 * `mail-lint lsp`: the language server for editors (src/lsp/server.ts), over stdio. It and its
 * libraries load only here, so a lint's start-up does not grow. The process ends with the
 * client's exit notification or when standard input closes.
 */
function registerLanguageServerCommand(program: Command): void {
  program
    .command("lsp")
    .description("run the language server for editors (Language Server Protocol over standard input and output)")
    .option("--stdio", "talk over standard input and output (the only way it talks; accepted because clients pass it)")
    .option("--now <date>", "the date to resolve weekdays against when a draft has no Date header")
    .addOption(new Option("--clientProcessId <pid>", "the editor's process: the server ends when it is gone").hideHelp())
    .action(async (_flags: unknown, command: Command) => {
      // The root program knows --now too and takes it wherever it stands on the command line.
      const now = parseNow(command.optsWithGlobals<{ now?: string }>().now);
      const { startLanguageServer } = await import("./lsp/server.js");
      startLanguageServer(now ? { now } : {});
    });
}

async function run(paths: string[], flags: CliFlags, io: CliIo): Promise<number> {
  const cwd = process.cwd();
  const now = parseNow(flags.now);
  const options: LintOptions = {
    cwd,
    ...(flags.config ? { configFile: flags.config } : {}),
    ...(flags.lang ? { language: flags.lang } : {}),
    allowInlineConfig: flags.inlineConfig,
    ignore: flags.ignore,
    ignorePatterns: flags.ignorePattern,
    ...(flags.ext ? { extensions: flags.ext } : {}),
    errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern === true,
    ...(now ? { now } : {}),
    ...(flags.cache ? { cache: true } : {}),
    ...(flags.cacheLocation ? { cacheLocation: flags.cacheLocation } : {}),
    ...(flags.concurrency ? { concurrency: flags.concurrency } : {}),
    ...(flags.maxFileSize ? { maxFileSize: flags.maxFileSize } : {}),
    onWarning: (message) => io.stderr.write(`mail-lint: warning: ${message}\n`),
  };

  const cpus = availableParallelism();
  if (typeof flags.concurrency === "number" && flags.concurrency > cpus) {
    options.onWarning!(`--concurrency ${flags.concurrency} is more than the ${cpus} CPUs of this machine; using ${cpus}.`);
  }
  const loaded = await configFor(options, cwd);
  const rules = parseRuleFlags(flags.rule, loaded.registry);
  if (rules) options.rules = rules;
  if (flags.listRules) {
    io.stdout.write(listRules(loaded.registry.all().map((r) => r.meta)));
    return 0;
  }
  if (flags.printConfig) {
    const file = path.resolve(cwd, flags.printConfig);
    const forFile = flags.config ? loaded : await configFor({}, path.dirname(file));
    const resolved = resolveFileConfig(forFile, file, formatOf(file), { ...(rules ? { rules } : {}), ...(flags.lang ? { language: flags.lang } : {}) });
    const printable = {
      configFile: resolved.configFile ?? null,
      language: resolved.language ?? "auto",
      internalDomains: resolved.internalDomains,
      internalOnlyRecipients: resolved.internalOnlyRecipients,
      internalHosts: resolved.internalHosts,
      reportUnusedDisableDirectives: resolved.reportUnusedDisableDirectives,
      rules: Object.fromEntries([...resolved.rules].map(([id, r]) => [id, [r.severity, r.options]])),
    };
    io.stdout.write(JSON.stringify(printable, null, 2) + "\n");
    return 0;
  }

  const smallRun = flags.stdin === true || flags.staged === true || isSmallRun(paths, cwd);
  tuneV8(smallRun);
  // A run with other V8 flags leaves no compiled code behind: V8 takes it only under the same flags.
  let largeDraft = smallRun && !flags.stdin && !flags.staged && namesLargeDraft(paths, cwd);
  if (largeDraft) keepYoungGenerationSmall();

  if (flags.staged && flags.stdin) throw new UsageError("--staged and --stdin cannot be combined: lint either the git index or standard input");
  if (!flags.staged && !flags.stdin && paths.length === 0) throw new UsageError("no paths given. Usage: mail-lint [options] <paths...> (see --help)");
  if (flags.stdin && paths.length > 0) throw new UsageError("--stdin lints standard input; do not also give paths");

  // Each result is counted and written as it comes (in file order), not kept for the end.
  const color = !flags.outputFile && (flags.color ?? wantsColor(process.stdout));
  const ruleMeta = new Map<string, RuleMeta>(loaded.registry.all().map((r) => [r.meta.id, r.meta]));
  const report = reportWriter(flags.format, { cwd, rules: ruleMeta, color, version: version() });
  const output = new ReportOutput(io.stdout, flags.outputFile ? { given: flags.outputFile, cwd } : undefined);
  let files = 0;
  let errorCount = 0;
  let warningCount = 0;
  const onResult = (result: LintResult) => {
    files++;
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    output.write(report.file(flags.quiet ? onlyErrors(result) : result));
  };
  if (flags.staged) {
    (await lintStaged(paths, options)).forEach(onResult);
  } else if (flags.stdin) {
    const bytes = await readStdin(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    largeDraft = bytes.length >= LARGE_DRAFT_BYTES;
    if (largeDraft) keepYoungGenerationSmall();
    onResult(await lintText(bytes, { ...options, filePath: flags.stdinFilename ?? "<stdin>.txt" }));
  } else {
    await lintEachFile(paths, options, onResult);
  }
  output.write(report.end());
  output.end();
  smallRunLinted = smallRun && files > 0 && !largeDraft;

  if (errorCount > 0) return 1;
  if (flags.maxWarnings >= 0 && warningCount > flags.maxWarnings) {
    io.stderr.write(`mail-lint found too many warnings (maximum: ${flags.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0 };
}

function listRules(metas: readonly RuleMeta[]): string {
  const rows = metas.map((m) => [m.id, m.category, m.defaultSeverityByFormat ? describeDefaults(m) : m.defaultSeverity, m.description]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ["rule", "category", "default"][i].length));
  const line = (r: string[]) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join("  ");
  return [line(["rule", "category", "default", "description"]), ...rows.map(line)].join("\n") + "\n";
}

function describeDefaults(meta: RuleMeta): string {
  return Object.entries(meta.defaultSeverityByFormat ?? {})
    .map(([format, severity]) => `${severity} (${format})`)
    .join(", ") + `, else ${meta.defaultSeverity}`;
}

/**
 * Standard input, but no more than one byte past `limit`: enough for lintText to say the input
 * is too large, without holding all of it (`--stdin < /dev/zero` grew to 10 GB).
 */
async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > limit) break; // leaving the loop stops reading
  }
  return Buffer.concat(chunks).subarray(0, limit + 1);
}

function failure(error: unknown, stderr: NodeJS.WritableStream): number {
  if (error instanceof UsageError || error instanceof ConfigError) {
    stderr.write(`mail-lint: ${error.message}\n`);
  } else {
    const message = (error as Error)?.message ?? String(error);
    stderr.write(`mail-lint: internal error: ${message}\n`);
    if (process.env.DEBUG?.includes("mail-lint")) stderr.write(`${(error as Error)?.stack}\n`);
  }
  return 2;
}
