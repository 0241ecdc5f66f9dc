// The promise findings of a draft in a short form the form tests compare: one mail date for all.
import { expect, it } from "vitest";
import { lintText } from "../../../src/index.js";

const now = new Date("2026-11-24T10:00:00+01:00");

/** The promise findings of a draft, as "rule:first words of the message". */
export async function findings(text: string, language: "de" | "en" = "en"): Promise<string[]> {
  const result = await lintText(text, { filePath: "s.txt", now, config: { language } });
  return result.messages
    .filter((m) => m.ruleId === "unconfirmed-promise" || m.ruleId === "ambiguous-date")
    .map((m) => `${m.ruleId}:${/^["„](.*?)["“]/.exec(m.message)?.[1] ?? m.message}`);
}

/** Sentences in `language` on which the promise rules must stay silent. */
export function silent(texts: string[], language: "de" | "en" = "en"): void {
  it.each(texts)("stays silent on %s", async (text) => {
    expect(await findings(text, language)).toEqual([]);
  });
}

/** Sentences in `language` on which the promise rules must report. */
export function reports(texts: string[], language: "de" | "en" = "en"): void {
  it.each(texts)("reports %s", async (text) => {
    expect((await findings(text, language)).length).toBeGreaterThan(0);
  });
}
