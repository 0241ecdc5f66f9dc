// One line per finding, for grep and editors' error matchers: file:line:col: severity message [rule]
import path from "node:path";
import type { StreamingReporter } from "./types.js";
import { printablePath } from "./printable-path.js";

export const compactStream: StreamingReporter = ({ cwd }) => ({
  file(result) {
    const file = printablePath(path.relative(cwd, result.filePath) || result.filePath);
    let text = "";
    for (const m of result.messages) {
      const severity = m.severity === 2 ? "error" : "warning";
      text += `${file}:${m.line}:${m.column}: ${severity} ${m.message.replace(/\s*\n\s*/g, " ")}${m.ruleId ? ` [${m.ruleId}]` : ""}\n`;
    }
    return text;
  },
  end: () => "",
});
