// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import path from "node:path";
import type { StreamingReporter } from "./types.js";

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export const githubStream: StreamingReporter = ({ cwd }) => ({
  file(result) {
    const file = (path.relative(cwd, result.filePath) || result.filePath).split(path.sep).join("/");
    let text = "";
    for (const m of result.messages) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        ...(m.endLine !== undefined ? [`endLine=${m.endLine}`] : []),
        ...(m.endColumn !== undefined ? [`endColumn=${m.endColumn}`] : []),
        `title=${escapeProperty(m.ruleId ?? "mail-lint")}`,
      ];
      text += `::${m.severity === 2 ? "error" : "warning"} ${properties.join(",")}::${escapeData(m.message)}\n`;
    }
    return text;
  },
  end: () => "",
});
