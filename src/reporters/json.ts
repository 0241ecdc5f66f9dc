// ESLint-compatible JSON, so tools that read ESLint output (reviewdog, danger, editors) read
// ours: an array of { filePath, messages: [{ ruleId, severity, message, line, column,
// endLine, endColumn, suggestions? }], errorCount, warningCount, ... }. Written one element at
// a time, byte for byte what JSON.stringify of the whole array gives.
import type { StreamingReporter } from "./types.js";

export const jsonStream: StreamingReporter = () => {
  let written = 0;
  return {
    file(r) {
      const element = JSON.stringify({
        filePath: r.filePath,
        messages: r.messages,
        suppressedMessages: [],
        errorCount: r.errorCount,
        fatalErrorCount: r.fatalErrorCount,
        warningCount: r.warningCount,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      });
      return (written++ === 0 ? "[" : ",") + element;
    },
    end: () => (written === 0 ? "[]\n" : "]\n"),
  };
};
