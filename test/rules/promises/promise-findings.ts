// The promise findings of a draft in a short form the form tests compare: one mail date for all.
import { lintText } from "../../../src/index.js";

const now = new Date("2026-11-24T10:00:00+01:00");

/** The promise findings of a draft, as "rule:first words of the message". */
export async function findings(text: string, language: "de" | "en" = "en"): Promise<string[]> {
  const result = await lintText(text, { filePath: "s.txt", now, config: { language } });
  return result.messages
    .filter((m) => m.ruleId === "unconfirmed-promise" || m.ruleId === "ambiguous-date")
    .map((m) => `${m.ruleId}:${/^["„](.*?)["“]/.exec(m.message)?.[1] ?? m.message}`);
}
