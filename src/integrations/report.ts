// Findings printed by the integrations (guard, sendemail-validate) in the stylish format, on
// standard error: a mail client or git shows that stream to the user, and standard output
// may belong to the wrapped command.
import type { LintResult, RuleMeta } from "../types.js";
import type { LoadedConfig } from "../engine/config.js";
import { reporters } from "../reporters/index.js";
import { packageVersion } from "../package-info.js";

export function formatFindings(results: readonly LintResult[], loaded: LoadedConfig, cwd: string, color: boolean): string {
  const rules = new Map<string, RuleMeta>(loaded.registry.all().map((r) => [r.meta.id, r.meta]));
  return reporters.stylish(results, { cwd, rules, color, version: packageVersion() });
}
