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

/**
 * A report written while the files are linted: `file` gives the text for one more result (in
 * file order), `end` the text that closes the report. Formats that can be written this way do
 * not make a run hold every result until the end (100,000 drafts peaked at 462-774 MB).
 */
export interface ReportWriter {
  file(result: LintResult): string;
  end(): string;
}

/** Starts a report that is written one file at a time. */
export type StreamingReporter = (context: ReporterContext) => ReportWriter;

/** The whole report at once from a streaming one, so that both ways give the same text. */
export function wholeReport(streaming: StreamingReporter): Reporter {
  return (results, context) => {
    const writer = streaming(context);
    let text = "";
    for (const result of results) text += writer.file(result);
    return text + writer.end();
  };
}

/** A writer for a format that needs every result first (SARIF, JUnit): it writes all at the end. */
export function collectingReport(reporter: Reporter, context: ReporterContext): ReportWriter {
  const results: LintResult[] = [];
  return {
    file(result) {
      results.push(result);
      return "";
    },
    end: () => reporter(results, context),
  };
}
