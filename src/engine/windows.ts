// Lints a draft too large to read at once one window of its body at a time. What a draft holds
// while its rules run (spans, zones, paragraphs, tokens, sentences, the rules' readings) costs
// about 10-20 bytes per character of body; read whole, a 5 MB thread kept 40-60 MB of it alive
// and its process peaked at 25x the input. In windows, only the body, what the parser keeps for
// positions and the messages outlive a window. The cuts (src/parse/window-cuts.ts) fall before a
// paragraph of the sender's own where there is one, so each window reads as a mail would; rules
// that judge the mail as a whole (meta.scope "mail") read the first window, where the mail
// begins. A draft of ordinary size is one window, read exactly as before.
import type { LintMessage, Span } from "../types.js";
import { draftFrom, windowOf, type DraftOptions, type ParsedSource } from "../draft.js";
import { windowCuts } from "../parse/window-cuts.js";
import type { FileConfig } from "./config.js";
import { findDirectives, type Directive } from "./directives.js";
import { rulesReports, withDirectives, type RunOptions } from "./run-rules.js";

/** Bodies longer than this are read in windows (no reply or canned text comes near it). */
export const WINDOWED_BODY_CHARS = 256 * 1024;
/** The length a window aims at: cuts fall between one and two of it from the last one. */
export const WINDOW_CHARS = 100 * 1024;

export interface WindowOptions {
  /** Tests set smaller bounds to read ordinary drafts in windows. */
  windowedBodyChars?: number;
  windowChars?: number;
}

export async function lintParsed(
  filePath: string,
  parsed: ParsedSource,
  draftOptions: DraftOptions,
  config: FileConfig,
  options: RunOptions & WindowOptions,
): Promise<LintMessage[]> {
  const windowed = parsed.body.length > (options.windowedBodyChars ?? WINDOWED_BODY_CHARS);
  const sorted = windowed ? [...parsed.spans].sort((a, b) => a.start - b.start) : [];
  const cuts = windowed ? windowCuts(parsed.body, options.windowChars ?? WINDOW_CHARS, sorted) : [0, parsed.body.length];
  const spans = windowed ? spansByWindow(sorted, cuts) : [];
  const messages: LintMessage[] = [];
  const directives: Directive[] = [];
  const crashed = new Set<string>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const source = windowed ? windowOf(parsed, cuts[i], cuts[i + 1], spans[i]) : parsed;
    const draft = draftFrom(filePath, source, draftOptions);
    for (const message of await rulesReports(draft, config, options, i === 0)) {
      // A rule that crashes crashes in every window: say so once.
      if (message.fatal && message.ruleId) {
        if (crashed.has(message.ruleId)) continue;
        crashed.add(message.ruleId);
      }
      messages.push(message);
    }
    if (options.allowInlineConfig) for (const directive of findDirectives(draft, i === 0)) directives.push(directive);
  }
  return withDirectives(messages, directives, config, options);
}

/** The spans that reach into each window, in one pass over the spans (sorted by start). */
function spansByWindow(sorted: readonly Span[], cuts: readonly number[]): Span[][] {
  const windows: Span[][] = cuts.slice(1).map(() => []);
  let first = 0; // the first window a span starting here can reach
  for (const span of sorted) {
    while (cuts[first + 1] <= span.start && first + 1 < windows.length) first++;
    for (let w = first; w < windows.length && cuts[w] < Math.max(span.end, span.start + 1); w++) windows[w].push(span);
  }
  return windows;
}
