// Lints one draft given as bytes: parses it, runs the rules over its Draft (in windows when it is
// very large, windows.ts), and turns a draft that cannot be parsed into a single fatal message
// for that file (never an exception).
import type { LintMessage, LintResult } from "../types.js";
import { formatOf, parseSource } from "../draft.js";
import { ParseError } from "../parse/parse-error.js";
import type { FileConfig } from "./config.js";
import type { RunOptions } from "./run-rules.js";
import { lintParsed, type WindowOptions } from "./windows.js";

export async function lintSource(
  filePath: string,
  bytes: Uint8Array,
  config: FileConfig,
  options: RunOptions & WindowOptions,
): Promise<LintResult> {
  let messages: LintMessage[];
  try {
    const parsed = await parseSource(filePath, bytes);
    const draftOptions = {
      internalDomains: config.internalDomains,
      internalOnlyRecipients: config.internalOnlyRecipients,
      ...(config.language ? { language: config.language } : {}),
    };
    messages = await lintParsed(filePath, parsed, draftOptions, config, options);
    // How the file was read, when the user should know: a warning rather than silence.
    for (const note of parsed.notes ?? []) messages.unshift({ ruleId: null, severity: 1, message: note, line: 1, column: 1 });
  } catch (error) {
    messages = [fatalMessage(error, formatOf(filePath))];
  }
  return summarize(filePath, messages);
}

export function fatalMessage(error: unknown, format: string): LintMessage {
  const parseError = error instanceof ParseError ? error : undefined;
  const detail = (error as Error)?.message ?? String(error);
  return {
    ruleId: null,
    fatal: true,
    severity: 2,
    message: parseError ? `Parsing error: ${detail}` : `Cannot read this ${format} draft: ${detail}`,
    line: parseError?.line ?? 1,
    column: parseError?.column ?? 1,
  };
}

export function summarize(filePath: string, messages: LintMessage[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (const m of messages) {
    if (m.severity === 2) errorCount++;
    else warningCount++;
    if (m.fatal) fatalErrorCount++;
  }
  return { filePath, messages, errorCount, warningCount, fatalErrorCount };
}
