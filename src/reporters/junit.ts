// JUnit XML, which GitLab CI (artifacts:reports:junit) and most CI servers display: one test
// suite per file, one failing test case per finding.
import path from "node:path";
import type { Reporter } from "./types.js";

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!)
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

export const junit: Reporter = (results, { cwd }) => {
  const suites = results.map((r) => {
    const file = escapeXml(path.relative(cwd, r.filePath) || r.filePath);
    const cases = r.messages.map((m) => {
      const type = m.severity === 2 ? "error" : "warning";
      const name = escapeXml(`${m.ruleId ?? "mail-lint"} ${m.line}:${m.column}`);
      return `    <testcase classname="${file}" name="${name}" time="0">\n      <failure message="${escapeXml(m.message)}" type="${type}">${type} at ${file}:${m.line}:${m.column}: ${escapeXml(m.message)}</failure>\n    </testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${file}" name="mail-lint" time="0" />`);
    return `  <testsuite name="${file}" tests="${Math.max(1, r.messages.length)}" failures="${r.messages.length}" errors="0" time="0">\n${cases.join("\n")}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="mail-lint">\n${suites.join("\n")}\n</testsuites>\n`;
};
