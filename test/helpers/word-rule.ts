// A minimal rule for engine tests: reports every token equal to `word` in the zones given.
import type { Rule, ZoneKind } from "../../src/types.js";

export function wordRule(id: string, word: string, kinds: ZoneKind[] = ["authored"]): Rule {
  return {
    meta: {
      id,
      category: "test",
      description: `Reports the word "${word}".`,
      defaultSeverity: "warn",
      schema: { type: "object", properties: { word: { type: "string" } }, additionalProperties: false },
    },
    create(context) {
      const target = (context.options.word as string | undefined) ?? word;
      for (const zone of context.zones(kinds)) {
        for (const token of zone.tokens) {
          if (token.norm === target) context.report({ message: `Found "${token.text}".`, start: token.start, end: token.end });
        }
      }
    },
  };
}
