// The default format: findings grouped by file, aligned line:column, severity, message and
// rule id, and a summary line, as ESLint's stylish formatter prints them. Each file's block
// is aligned on its own, so blocks are written as the files are linted.
import path from "node:path";
import { Chalk } from "chalk";
import type { StreamingReporter } from "./types.js";
import { printablePath } from "./printable-path.js";

export const stylishStream: StreamingReporter = ({ cwd, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  let errors = 0;
  let warnings = 0;
  let blocks = 0;
  return {
    file(result) {
      if (result.messages.length === 0) return "";
      errors += result.errorCount;
      warnings += result.warningCount;
      const rows = result.messages.map((m) => [
        `${m.line}:${m.column}`,
        m.severity === 2 ? "error" : "warning",
        m.message.replace(/\s*\n\s*/g, " "),
        m.ruleId ?? "",
      ]);
      // reduce, not Math.max(...): a huge draft can have more messages than a call takes arguments.
      const widths = [0, 1].map((i) => rows.reduce((widest, r) => Math.max(widest, r[i].length), 0));
      const lines = rows.map(([where, severity, message, rule]) => {
        const tone = severity === "error" ? c.red : c.yellow;
        return `  ${c.dim(where.padEnd(widths[0]))}  ${tone(severity.padEnd(widths[1]))}  ${message}  ${c.dim(rule)}`.trimEnd();
      });
      // A blank line before the first block and between blocks.
      return `${blocks++ === 0 ? "\n" : "\n\n"}${c.underline(printablePath(path.relative(cwd, result.filePath) || result.filePath))}\n${lines.join("\n")}`;
    },
    end() {
      const total = errors + warnings;
      if (total === 0) return "";
      const summary = `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
      return `\n\n${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
    },
  };
};
