// The public API of mail-lint: everything the CLI does is available from here.
//   import { lintFiles, lintText, loadConfig, defineRule, RuleTester } from "mail-lint";
import type { Plugin, Rule } from "./types.js";
import { configFor, type LintOptions } from "./engine/lint-files.js";
import type { UserConfig } from "./engine/config-schema.js";
import { builtinRules } from "../rules/index.js";

export { lintFiles, lintText, type LintOptions, type LintTextOptions } from "./engine/lint-files.js";
export { RuleTester, type RuleTestCase, type InvalidRuleTestCase, type ExpectedError } from "./engine/rule-tester.js";
export { ConfigError, UsageError } from "./engine/config-errors.js";
export type { UserConfig, ConfigOverride, RuleSetting } from "./engine/config-schema.js";
// The rule API: types and the helpers rules and plugins read text with.
export * from "./rule-api.js";

/** Identity helper that type-checks a rule definition. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Identity helper that type-checks a plugin definition. */
export function definePlugin(plugin: Plugin): Plugin {
  return plugin;
}

/**
 * The validated config that applies in `cwd` (or the named file), plugins loaded.
 * Throws ConfigError with the file name for an invalid config.
 */
export async function loadConfig(options: Pick<LintOptions, "cwd" | "configFile" | "config"> = {}): Promise<{
  config: UserConfig;
  filePath?: string;
  rules: Rule[];
}> {
  const loaded = await configFor(options, options.cwd ?? process.cwd());
  return { config: loaded.config, ...(loaded.filePath ? { filePath: loaded.filePath } : {}), rules: loaded.registry.all() };
}

export { builtinRules };
