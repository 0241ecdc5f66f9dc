// ESLint-compatible JSON, so tools that read ESLint output (reviewdog, danger, editors) read
// ours: an array of { filePath, messages: [{ ruleId, severity, message, line, column,
// endLine, endColumn, suggestions? }], errorCount, warningCount, ... }.
import type { Reporter } from "./types.js";

export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      suppressedMessages: [],
      errorCount: r.errorCount,
      fatalErrorCount: r.fatalErrorCount,
      warningCount: r.warningCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    })),
  ) + "\n";
