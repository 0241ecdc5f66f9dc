// The rules mail-lint knows: the built-in ones plus those of the plugins a config names.
// Plugins are npm packages or paths (resolved from the config file's folder) whose default
// export is `{ name, rules }`; their rules are addressed as "name/rule".
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin, Rule } from "../types.js";
import { builtinRules } from "../../rules/index.js";
import { ConfigError } from "./config-errors.js";

export class RuleRegistry {
  private readonly rules = new Map<string, Rule>();

  constructor(rules: readonly Rule[] = builtinRules) {
    for (const rule of rules) this.rules.set(rule.meta.id, rule);
  }

  get(id: string): Rule | undefined {
    return this.rules.get(id);
  }

  ids(): string[] {
    return [...this.rules.keys()];
  }

  all(): Rule[] {
    return [...this.rules.values()];
  }

  /** A registry with the given plugins' rules added. */
  withPlugin(plugin: Plugin): RuleRegistry {
    const registry = new RuleRegistry(this.all());
    for (const rule of plugin.rules) {
      const id = rule.meta.id.includes("/") ? rule.meta.id : `${plugin.name}/${rule.meta.id}`;
      registry.rules.set(id, { ...rule, meta: { ...rule.meta, id } });
    }
    return registry;
  }
}

/** Loads a plugin named in a config file: an npm package name or a path relative to the config. */
export async function loadPlugin(specifier: string, configFile: string | undefined): Promise<Plugin> {
  const base = configFile ?? path.join(process.cwd(), "noop.js");
  let resolved: string;
  try {
    resolved = specifier.startsWith(".") || path.isAbsolute(specifier)
      ? createRequire(base).resolve(path.resolve(path.dirname(base), specifier))
      : createRequire(base).resolve(specifier);
  } catch {
    throw new ConfigError(`cannot find plugin "${specifier}" (install it, or give a path relative to the config file)`, configFile);
  }
  let module: { default?: unknown };
  try {
    module = await import(pathToFileURL(resolved).href);
  } catch (error) {
    // A plugin may throw anything, null included.
    throw new ConfigError(`plugin "${specifier}" failed to load: ${(error as Error | null)?.message ?? String(error)}`, configFile);
  }
  const plugin = (module.default ?? module) as Partial<Plugin>;
  if (typeof plugin.name !== "string" || !Array.isArray(plugin.rules)) {
    throw new ConfigError(`plugin "${specifier}" must export { name, rules } as its default export`, configFile);
  }
  for (const rule of plugin.rules) {
    if (!rule?.meta?.id || typeof rule.create !== "function") {
      throw new ConfigError(`plugin "${specifier}" has a rule without meta.id or create()`, configFile);
    }
  }
  return plugin as Plugin;
}
