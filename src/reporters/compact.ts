// One line per finding, for grep and editors' error matchers: file:line:col: severity message [rule]
import path from "node:path";
import type { Reporter } from "./types.js";

export const compact: Reporter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = path.relative(cwd, result.filePath) || result.filePath;
    for (const m of result.messages) {
      const severity = m.severity === 2 ? "error" : "warning";
      lines.push(`${file}:${m.line}:${m.column}: ${severity} ${m.message.replace(/\s*\n\s*/g, " ")}${m.ruleId ? ` [${m.ruleId}]` : ""}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
};
