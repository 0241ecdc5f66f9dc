// Finds, loads and resolves configuration. A config is searched from each linted file's
// folder upward (cosmiconfig), or named with -c/--config; `overrides` apply per file by glob,
// relative to the config file's folder. The result for one file is a FileConfig.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import type { DraftFormat, Language, Rule, Severity } from "../types.js";
import { ConfigError } from "./config-errors.js";
import { toSeverity, validateConfig, type ConfigOverride, type RuleSetting, type SharedConfig, type UserConfig } from "./config-schema.js";
import { validateAgainstSchema } from "./options-schema.js";
import { RuleRegistry, loadPlugin } from "./rule-registry.js";

export const DEFAULT_EXTENSIONS = [".eml", ".txt", ".md"];

const MODULE_NAME = "mail-lint";
export const SEARCH_PLACES = [
  "package.json",
  ".maillintrc",
  ".maillintrc.json",
  ".maillintrc.yaml",
  ".maillintrc.yml",
  ".maillintrc.js",
  ".maillintrc.cjs",
  ".maillintrc.mjs",
  "mail-lint.config.js",
  "mail-lint.config.mjs",
  "mail-lint.config.cjs",
];

/** A validated config with its plugins loaded. */
export interface LoadedConfig {
  config: UserConfig;
  /** The file it came from; undefined for the built-in defaults. */
  filePath?: string;
  registry: RuleRegistry;
}

/** Everything the engine needs to lint one file. */
export interface FileConfig {
  registry: RuleRegistry;
  /** Rule id -> severity and options, for every rule that runs (severity not "off"). */
  rules: Map<string, { rule: Rule; severity: "warn" | "error"; options: Record<string, unknown> }>;
  internalDomains: string[];
  internalOnlyRecipients: string[];
  internalHosts: string[];
  language?: Language;
  reportUnusedDisableDirectives: Severity;
  configFile?: string;
}

/** Settings from the command line that beat every config file. */
export interface CliOverrides {
  rules?: Record<string, RuleSetting>;
  language?: Language;
}

// cosmiconfig pulls in YAML and JSON parsers and searches for its own meta-config when it is
// created: load it on the first config lookup, not at start-up.
let explorer: Promise<ReturnType<typeof import("cosmiconfig").cosmiconfig>> | undefined;
function configExplorer() {
  explorer ??= import("cosmiconfig").then((module) => {
    // cosmiconfig is CommonJS: its exports object is the default export, under Node and in the bundle.
    const { cosmiconfig } = module.default ?? module;
    return cosmiconfig(MODULE_NAME, { searchPlaces: SEARCH_PLACES, stopDir: path.parse(process.cwd()).root });
  });
  return explorer;
}
const loadedByPath = new Map<string, Promise<LoadedConfig>>();

/** Loads and validates one config file (cached). */
export function loadConfigFile(filePath: string): Promise<LoadedConfig> {
  const absolute = path.resolve(filePath);
  let loaded = loadedByPath.get(absolute);
  if (!loaded) {
    loaded = (async () => {
      let result;
      try {
        result = await (await configExplorer()).load(absolute);
      } catch (error) {
        throw new ConfigError(describeLoadError(error), absolute);
      }
      return prepare(result?.config ?? {}, absolute);
    })();
    loadedByPath.set(absolute, loaded);
  }
  return loaded;
}

/** The config that applies to files in `directory`: the nearest one upward, else the defaults. */
export async function findConfig(directory: string): Promise<LoadedConfig> {
  if (!mayHaveConfig(path.resolve(directory))) return defaultConfig();
  let result;
  try {
    result = await (await configExplorer()).search(directory);
  } catch (error) {
    const culprit = (error as { filepath?: string }).filepath;
    throw new ConfigError(describeLoadError(error), culprit);
  }
  if (!result) return defaultConfig();
  return loadConfigFile(result.filepath);
}

const candidatesByDirectory = new Map<string, boolean>();

/**
 * Whether any search place exists in `directory` or above it (package.json only when it has a
 * "mail-lint" key). Most drafts are linted with no config at all, and answering that with a few
 * file checks saves loading cosmiconfig and its YAML parser on every start; when a candidate
 * exists, cosmiconfig does the real search and loading.
 */
function mayHaveConfig(directory: string): boolean {
  let known = candidatesByDirectory.get(directory);
  if (known === undefined) {
    const parent = path.dirname(directory);
    known = SEARCH_PLACES.some((place) => isCandidate(path.join(directory, place))) || (parent !== directory && mayHaveConfig(parent));
    candidatesByDirectory.set(directory, known);
  }
  return known;
}

function isCandidate(file: string): boolean {
  if (!existsSync(file)) return false;
  if (path.basename(file) !== "package.json") return true;
  try {
    return Object.hasOwn(JSON.parse(readFileSync(file, "utf8")) ?? {}, MODULE_NAME);
  } catch {
    return true; // let cosmiconfig report the broken file
  }
}

/**
 * Forgets every config found or loaded so far, so that the next lookup reads the files again
 * (the language server calls it when a config file changes; a CLI run never needs it).
 */
export async function forgetConfigs(): Promise<void> {
  loadedByPath.clear();
  candidatesByDirectory.clear();
  if (explorer) (await explorer).clearCaches();
}

let defaults: Promise<LoadedConfig> | undefined;
export function defaultConfig(): Promise<LoadedConfig> {
  defaults ??= prepare({}, undefined);
  return defaults;
}

/** Validates a config object and loads its plugins. `filePath` names it in error messages. */
export async function prepare(raw: unknown, filePath: string | undefined): Promise<LoadedConfig> {
  let registry = new RuleRegistry();
  const plugins = (raw as UserConfig | null)?.plugins;
  if (Array.isArray(plugins)) {
    for (const specifier of plugins) {
      if (typeof specifier !== "string") throw new ConfigError("plugins must be a list of package names or paths", filePath);
      registry = registry.withPlugin(await loadPlugin(specifier, filePath));
    }
  }
  const config = validateConfig(raw, filePath, registry.ids());
  // Rule options are validated here, once per config, so a wrong option fails before linting.
  for (const rules of [config.rules, ...(config.overrides ?? []).map((o) => o.rules)]) {
    for (const [id, setting] of Object.entries(rules ?? {})) ruleOptions(registry.get(id)!, setting, filePath);
  }
  return { config, registry, ...(filePath ? { filePath } : {}) };
}

/** Resolves the settings for one file: config, its matching overrides, then the CLI. */
export function resolveFileConfig(loaded: LoadedConfig, filePath: string, format: DraftFormat, cli: CliOverrides = {}): FileConfig {
  const { config, registry } = loaded;
  const layers: SharedConfig[] = [config];
  const base = loaded.filePath ? path.dirname(loaded.filePath) : process.cwd();
  const relative = path.relative(base, path.resolve(filePath)).split(path.sep).join("/");
  for (const override of config.overrides ?? []) {
    const { matches, excluded } = overrideMatchers(override);
    if (matches(relative) && !excluded(relative)) layers.push(override);
  }
  if (cli.rules || cli.language) {
    layers.push({ ...(cli.rules ? { rules: cli.rules } : {}), ...(cli.language ? { language: cli.language } : {}) });
  }

  const settings: Required<Omit<SharedConfig, "rules" | "language">> & { language?: Language } = {
    internalDomains: [],
    internalOnlyRecipients: [],
    internalHosts: [],
  };
  const configured = new Map<string, RuleSetting>();
  for (const layer of layers) {
    if (layer.internalDomains) settings.internalDomains = layer.internalDomains;
    if (layer.internalOnlyRecipients) settings.internalOnlyRecipients = layer.internalOnlyRecipients;
    if (layer.internalHosts) settings.internalHosts = layer.internalHosts;
    if (layer.language) {
      if (layer.language === "auto") delete settings.language;
      else settings.language = layer.language;
    }
    for (const [id, setting] of Object.entries(layer.rules ?? {})) {
      // A severity alone keeps the options set by an earlier layer, as in ESLint.
      const earlier = configured.get(id);
      configured.set(id, Array.isArray(setting) || !Array.isArray(earlier) ? setting : [setting, earlier[1]]);
    }
  }

  const rules: FileConfig["rules"] = new Map();
  for (const rule of registry.all()) {
    const { meta } = rule;
    if (meta.formats && !meta.formats.includes(format)) continue;
    const setting = configured.get(meta.id);
    const { severity, options } = setting === undefined
      ? { severity: meta.defaultSeverityByFormat?.[format] ?? meta.defaultSeverity, options: { ...meta.defaultOptions } }
      : ruleOptions(rule, setting, loaded.filePath);
    if (severity !== "off") rules.set(meta.id, { rule, severity, options });
  }
  return {
    registry,
    rules,
    ...settings,
    reportUnusedDisableDirectives: config.reportUnusedDisableDirectives ?? "warn",
    ...(loaded.filePath ? { configFile: loaded.filePath } : {}),
  };
}

type Matcher = (relative: string) => boolean;
const matchersByOverride = new WeakMap<ConfigOverride, { matches: Matcher; excluded: Matcher }>();

/**
 * An override's globs, compiled once per config rather than once per file (20 overrides on
 * 20,000 files compiled 800,000 times). As in ESLint, a pattern without a slash matches a file's
 * name in any folder ("*.md" matches sub/x.md), decided per pattern: with ["*.md", "other/**"]
 * each keeps its own meaning (picomatch's matchBase would match "other/**" against the name alone).
 */
function overrideMatchers(override: ConfigOverride): { matches: Matcher; excluded: Matcher } {
  let matchers = matchersByOverride.get(override);
  if (!matchers) {
    matchers = { matches: anyOf(override.files), excluded: override.excludedFiles ? anyOf(override.excludedFiles) : () => false };
    matchersByOverride.set(override, matchers);
  }
  return matchers;
}

function anyOf(patterns: string | string[]): Matcher {
  const each = (Array.isArray(patterns) ? patterns : [patterns]).map((pattern) => picomatch(pattern, { dot: true, matchBase: !pattern.includes("/") }));
  return (relative) => each.some((matches) => matches(relative));
}

/** A rule setting's severity and its options merged over the defaults, validated. */
export function ruleOptions(rule: Rule, setting: RuleSetting, filePath: string | undefined) {
  const [rawSeverity, userOptions] = Array.isArray(setting) ? setting : [setting, undefined];
  const options = { ...rule.meta.defaultOptions, ...userOptions };
  if (userOptions !== undefined) {
    const schema = rule.meta.schema ?? { type: "object", properties: {}, additionalProperties: false };
    const problems = validateAgainstSchema(userOptions, schema, `rules.${rule.meta.id}`);
    if (problems.length > 0) throw new ConfigError(problems.join("; "), filePath);
  }
  return { severity: toSeverity(rawSeverity), options };
}

/** A JSON reason without the " while parsing '<the whole file>'" V8 appends. */
function withoutParsedText(reason: string): string {
  const at = reason.indexOf(" while parsing ");
  return at < 0 ? reason : reason.slice(0, at);
}

/**
 * One line for a config that cannot be loaded. cosmiconfig's JSON and YAML errors open with "JSON Error in
 * <file>:" and a code frame, the reason after them: that first line alone said nothing. The
 * reason is the first line that is neither that heading nor the frame, with the frame's line.
 */
function describeLoadError(error: unknown): string {
  const message = (error as Error | null)?.message ?? String(error);
  const lines = message.split("\n");
  // A code frame line: "  3 | text", "> 4 | text" or "    |   ^" (string steps, not one regex: linear on any message).
  const isFrame = (line: string) => {
    let rest = line.trimStart();
    if (rest.startsWith(">")) rest = rest.slice(1).trimStart();
    return rest.replace(/^\d+/, "").trimStart().startsWith("|");
  };
  const reason = lines.find((line, i) => line.trim() !== "" && !isFrame(line) && !(i === 0 && /^\w+ Error in .*:\s*$/.test(line)));
  if (!reason) return `cannot read config: ${lines[0]}`;
  const line = lines.map((l) => /^\s*>\s*(\d+)\s*\|/.exec(l)?.[1]).find(Boolean);
  return `cannot read config: ${withoutParsedText(reason.trim())}${line ? ` (line ${line})` : ""}`;
}
