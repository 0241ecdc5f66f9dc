// The shape of a mail-lint config file and its validation. What is valid is defined once, by
// schema/maillintrc.schema.json, compiled into a validator by the build
// (scripts/build-config-validator.mjs); here its errors become our messages. Every problem
// names the config file and lists the valid names, so a typo never silently disables a rule.
import type { Severity } from "../types.js";
import { ConfigError } from "./config-errors.js";
import generatedValidator from "./generated/config-validator.js";

export type RuleSetting = Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2, Record<string, unknown>?];

/** Settings that may appear at the top level and inside `overrides`. */
export interface SharedConfig {
  rules?: Record<string, RuleSetting>;
  language?: "de" | "en" | "auto";
  internalDomains?: string[];
  internalOnlyRecipients?: string[];
  /** Hosts (or host/path globs) of links only colleagues can open. */
  internalHosts?: string[];
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

/** What the generated validator reports of a problem (ajv's error object, `verbose`). */
interface SchemaError {
  /** JSON pointer to the offending value, "" for the config itself. */
  instancePath: string;
  keyword: string;
  params: { type?: string; allowedValues?: unknown[]; additionalProperty?: string; missingProperty?: string };
  /** The schema object holding the failed keyword. */
  parentSchema: { properties?: Record<string, unknown> };
  /** The offending value. */
  data: unknown;
}
const matchesSchema = generatedValidator as unknown as ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Throws a ConfigError for anything that is not a valid config; `knownRules` are all rule ids. */
export function validateConfig(config: unknown, filePath: string | undefined, knownRules: readonly string[]): UserConfig {
  if (!matchesSchema(config)) throw new ConfigError(describeSchemaError(config, matchesSchema.errors!), filePath);
  // Rule ids depend on the plugins, so the schema cannot list them.
  const valid = config as UserConfig;
  checkRuleIds(valid.rules, "rules", filePath, knownRules);
  valid.overrides?.forEach((override, i) => checkRuleIds(override.rules, `overrides[${i}].rules`, filePath, knownRules));
  return valid;
}

function checkRuleIds(rules: UserConfig["rules"], where: string, filePath: string | undefined, knownRules: readonly string[]) {
  for (const id of Object.keys(rules ?? {})) {
    if (!knownRules.includes(id)) {
      throw new ConfigError(`unknown rule "${id}" in ${where} (known rules: ${knownRules.join(", ")})`, filePath);
    }
  }
}

const TYPE_NAMES: Record<string, string> = { object: "an object", array: "an array", string: "a string", boolean: "true or false", number: "a number", integer: "an integer" };

/** One sentence for the validator's errors, naming the offending key path as `overrides[0].rules.x`. */
function describeSchemaError(config: unknown, errors: readonly SchemaError[]): string {
  // The validator stops at the first problem; its last error is the keyword that failed at the
  // outermost place (a oneOf comes after the errors of each of its branches).
  const error = errors.at(-1)!;
  const keys = error.instancePath.split("/").slice(1).map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"));
  let where = "";
  let value = config;
  for (const key of keys) {
    where += Array.isArray(value) ? `[${key}]` : where ? `.${key}` : key;
    value = (value as Record<string, unknown>)[key];
  }
  const last = keys.at(-1);
  const parent = keys.at(-2);
  if (error.keyword === "additionalProperties") {
    const valid = Object.keys(error.parentSchema.properties ?? {});
    return `unknown key "${where ? `${where}.` : ""}${error.params.additionalProperty}" (valid keys: ${valid.join(", ")})`;
  }
  if (parent === "rules") {
    // The setting's oneOf failed; an enum error on the setting or its first item says the severity is wrong.
    const setting = error.data;
    const severityAt = Array.isArray(setting) ? `${error.instancePath}/0` : error.instancePath;
    if (errors.some((e) => e.keyword === "enum" && e.instancePath === severityAt)) {
      const severity = Array.isArray(setting) ? setting[0] : setting;
      return `${where}: severity must be "off", "warn" or "error" (or [severity, options]), got ${JSON.stringify(severity)}`;
    }
    return `${where} must be a severity or [severity, options] with options an object, got ${JSON.stringify(setting)}`;
  }
  if (error.keyword === "required" && error.params.missingProperty === "files") return `${where}.files must be a glob or a list of globs`;
  if (last === "files" || last === "excludedFiles") return `${where} must be a glob or a list of globs`;
  if (error.keyword === "type") {
    if (!where) return "the config must be an object";
    if (last === "rules") return `${where} must be an object of rule ids to severities`;
    return `${where} must be ${TYPE_NAMES[error.params.type!] ?? error.params.type}`;
  }
  if (error.keyword === "enum") return `${where} must be one of ${error.params.allowedValues!.map((v) => JSON.stringify(v)).join(", ")}`;
  return `${where || "the config"} does not match the schema (${error.keyword})`;
}

/** Normalises 0/1/2 to "off"/"warn"/"error". */
export function toSeverity(value: Severity | 0 | 1 | 2): Severity {
  return typeof value === "number" ? (["off", "warn", "error"] as const)[value] : value;
}
