import { compactStream } from "./compact.js";
import { githubStream } from "./github.js";
import { jsonStream } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylishStream } from "./stylish.js";
import { collectingReport, wholeReport, type Reporter, type ReporterContext, type ReportWriter, type StreamingReporter } from "./types.js";

export type { Reporter, ReporterContext, ReportWriter, StreamingReporter } from "./types.js";

/**
 * The formats that can be written one file at a time. SARIF lists the rules that reported
 * before the results, and JUnit is one XML document: both need every result first.
 */
export const streamingReporters: Readonly<Record<string, StreamingReporter>> = {
  stylish: stylishStream,
  compact: compactStream,
  json: jsonStream,
  github: githubStream,
};

export const reporters: Record<string, Reporter> = {
  stylish: wholeReport(stylishStream),
  compact: wholeReport(compactStream),
  json: wholeReport(jsonStream),
  sarif,
  github: wholeReport(githubStream),
  junit,
};

/** A writer for `format`: one file at a time where the format allows, else all at the end. */
export function reportWriter(format: string, context: ReporterContext): ReportWriter {
  const streaming = streamingReporters[format];
  return streaming ? streaming(context) : collectingReport(reporters[format], context);
}
