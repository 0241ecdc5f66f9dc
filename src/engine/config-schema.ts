// The shape of a mail-lint config file and its validation. Every problem names the config
// file and lists the valid names, so a typo never silently disables a rule.
import type { OptionsSchema, Severity } from "../types.js";
import { ConfigError } from "./config-errors.js";
import { validateAgainstSchema } from "./options-schema.js";

export type RuleSetting = Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2, Record<string, unknown>?];

/** Settings that may appear at the top level and inside `overrides`. */
export interface SharedConfig {
  rules?: Record<string, RuleSetting>;
  language?: "de" | "en" | "auto";
  internalDomains?: string[];
  internalOnlyRecipients?: string[];
}

export interface ConfigOverride extends SharedConfig {
  files: string | string[];
  excludedFiles?: string | string[];
}

export interface UserConfig extends SharedConfig {
  plugins?: string[];
  overrides?: ConfigOverride[];
  ignorePatterns?: string[];
  /** File endings linted when a directory is given (default .eml, .txt, .md). */
  extensions?: string[];
  /** Severity of the warning for a disable directive that suppressed nothing. */
  reportUnusedDisableDirectives?: Severity;
  /** JSON schema reference for editors; ignored. */
  $schema?: string;
}

const stringList: OptionsSchema = { type: "array", items: { type: "string" } };
const stringOrList = (value: unknown) => typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"));

const SHARED_KEYS: Record<string, OptionsSchema> = {
  language: { enum: ["de", "en", "auto"] },
  internalDomains: stringList,
  internalOnlyRecipients: stringList,
};

const TOP_LEVEL_KEYS: Record<string, OptionsSchema> = {
  ...SHARED_KEYS,
  plugins: stringList,
  ignorePatterns: stringList,
  extensions: stringList,
  reportUnusedDisableDirectives: { enum: ["off", "warn", "error"] },
  $schema: { type: "string" },
};

const SEVERITIES = ["off", "warn", "error", 0, 1, 2];

/** Throws a ConfigError for anything that is not a valid config; `knownRules` are all rule ids. */
export function validateConfig(config: unknown, filePath: string | undefined, knownRules: readonly string[]): UserConfig {
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new ConfigError("the config must be an object", filePath);
  }
  checkKeys(config as Record<string, unknown>, { ...TOP_LEVEL_KEYS, rules: {}, overrides: {} }, "", filePath);
  const record = config as Record<string, unknown>;
  checkRules(record.rules, "rules", filePath, knownRules);
  if (record.overrides !== undefined) {
    if (!Array.isArray(record.overrides)) throw new ConfigError("overrides must be an array", filePath);
    record.overrides.forEach((override: unknown, i) => {
      const where = `overrides[${i}]`;
      if (typeof override !== "object" || override === null) throw new ConfigError(`${where} must be an object`, filePath);
      const o = override as Record<string, unknown>;
      checkKeys(o, { ...SHARED_KEYS, rules: {}, files: {}, excludedFiles: {} }, `${where}.`, filePath);
      if (!stringOrList(o.files)) throw new ConfigError(`${where}.files must be a glob or a list of globs`, filePath);
      if (o.excludedFiles !== undefined && !stringOrList(o.excludedFiles)) {
        throw new ConfigError(`${where}.excludedFiles must be a glob or a list of globs`, filePath);
      }
      checkRules(o.rules, `${where}.rules`, filePath, knownRules);
    });
  }
  return config as UserConfig;
}

function checkKeys(record: Record<string, unknown>, schema: Record<string, OptionsSchema>, prefix: string, filePath?: string) {
  for (const [key, value] of Object.entries(record)) {
    const keySchema = schema[key];
    if (!keySchema) {
      throw new ConfigError(`unknown key "${prefix}${key}" (valid keys: ${Object.keys(schema).join(", ")})`, filePath);
    }
    const problems = validateAgainstSchema(value, keySchema, prefix + key);
    if (problems.length > 0) throw new ConfigError(problems[0], filePath);
  }
}

function checkRules(rules: unknown, where: string, filePath: string | undefined, knownRules: readonly string[]) {
  if (rules === undefined) return;
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) {
    throw new ConfigError(`${where} must be an object of rule ids to severities`, filePath);
  }
  for (const [id, setting] of Object.entries(rules)) {
    if (!knownRules.includes(id)) {
      throw new ConfigError(`unknown rule "${id}" in ${where} (known rules: ${knownRules.join(", ")})`, filePath);
    }
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (!SEVERITIES.includes(severity)) {
      throw new ConfigError(
        `${where}.${id}: severity must be "off", "warn" or "error" (or [severity, options]), got ${JSON.stringify(severity)}`,
        filePath,
      );
    }
  }
}

/** Normalises 0/1/2 to "off"/"warn"/"error". */
export function toSeverity(value: Severity | 0 | 1 | 2): Severity {
  return typeof value === "number" ? (["off", "warn", "error"] as const)[value] : value;
}
