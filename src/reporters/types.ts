import type { LintResult, RuleMeta } from "../types.js";

export interface ReporterContext {
  /** Working directory, for printing relative paths. */
  cwd: string;
  /** Metadata of every known rule, for formats that describe rules (SARIF). */
  rules: ReadonlyMap<string, RuleMeta>;
  /** Colour output (stylish only). */
  color: boolean;
  /** mail-lint's version, for formats that name the tool. */
  version: string;
}

/** A reporter is a pure function from results to text. */
export type Reporter = (results: readonly LintResult[], context: ReporterContext) => string;
