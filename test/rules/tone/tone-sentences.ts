// Whether any tone rule reports in a sentence, linted as a plain-text draft in its language (as in
// scripts/eval-tone.ts), and a table of rude sentences and near-misses checked that way: the
// sentence tests of each tuning round share them.
import { describe, expect, it } from "vitest";
import { builtinRules, lintText } from "../../../src/index.js";
import { toneRules } from "../../../rules/tone/index.js";

const TONE = new Set(toneRules.map((rule) => rule.meta.id));
const rules = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, TONE.has(rule.meta.id) ? rule.meta.defaultSeverity : "off"]));

export async function flagged(text: string, language: "de" | "en"): Promise<boolean> {
  const result = await lintText(text, { filePath: "draft.txt", config: { rules, language } });
  return result.messages.some((message) => TONE.has(message.ruleId ?? ""));
}

export type Cases = { de: string[]; en: string[] };

/** Each rude sentence must be flagged, each clean one must not. */
export function check(name: string, rude: Cases, clean: Cases): void {
  describe(name, () => {
    for (const language of ["de", "en"] as const) {
      it.each(rude[language])(`finds (${language}): %s`, async (text) => {
        expect(await flagged(text, language)).toBe(true);
      });
      it.each(clean[language])(`stays silent (${language}): %s`, async (text) => {
        expect(await flagged(text, language)).toBe(false);
      });
    }
  });
}
