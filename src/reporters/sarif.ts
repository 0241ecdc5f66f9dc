// SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards. Every rule that
// reported is described (help text, docs URL, default level); file-level problems (parse
// errors, unused directives) get ids of their own, since SARIF results need a rule.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { LintMessage, RuleMeta } from "../types.js";
import type { Reporter } from "./types.js";

const TOOL_RULES: Record<string, { description: string; help: string }> = {
  "mail-lint/parse-error": {
    description: "The draft could not be read or parsed.",
    help: "mail-lint could not read this file as a draft; check its format and encoding.",
  },
  "mail-lint/directive": {
    description: "A mail-lint-disable directive that suppressed nothing.",
    help: "Remove the directive, or name the rule that reports here.",
  },
};

const ruleIdOf = (m: LintMessage) => m.ruleId ?? (m.fatal ? "mail-lint/parse-error" : "mail-lint/directive");
const level = (severity: string) => (severity === "error" ? "error" : severity === "warn" ? "warning" : "none");

export const sarif: Reporter = (results, { cwd, rules, version }) => {
  const usedIds = [...new Set(results.flatMap((r) => r.messages.map(ruleIdOf)))].sort();
  const descriptors = usedIds.map((id) => describeRule(id, rules.get(id)));
  const index = new Map(usedIds.map((id, i) => [id, i]));
  const sarifResults = results.flatMap((r) =>
    r.messages.map((m) => {
      const region: Record<string, number> = { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) };
      if (m.endLine !== undefined && m.endLine >= region.startLine) region.endLine = m.endLine;
      if (m.endColumn !== undefined && m.endLine !== undefined && m.endLine >= region.startLine) {
        region.endColumn = Math.max(1, m.endColumn);
      }
      return {
        ruleId: ruleIdOf(m),
        ruleIndex: index.get(ruleIdOf(m))!,
        level: m.severity === 2 ? "error" : "warning",
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(r.filePath, cwd), region } }],
      };
    }),
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mail-lint",
            version,
            informationUri: "https://github.com/mail-lint/mail-lint",
            rules: descriptors,
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(cwd + path.sep).href } },
        results: sarifResults,
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};

function artifact(filePath: string, cwd: string) {
  const relative = path.relative(cwd, filePath);
  if (relative && !relative.startsWith("..") && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  }
  return { uri: pathToFileURL(filePath).href };
}

function describeRule(id: string, meta: RuleMeta | undefined) {
  if (!meta) {
    const tool = TOOL_RULES[id] ?? { description: id, help: id };
    return { id, shortDescription: { text: tool.description }, help: { text: tool.help }, defaultConfiguration: { level: "error" } };
  }
  return {
    id,
    shortDescription: { text: meta.description },
    ...(meta.help ? { fullDescription: { text: meta.help } } : {}),
    ...(meta.docs ? { helpUri: meta.docs } : {}),
    help: { text: meta.help ?? meta.description },
    defaultConfiguration: { level: level(meta.defaultSeverity) },
    properties: { category: meta.category, tags: [meta.category] },
  };
}
