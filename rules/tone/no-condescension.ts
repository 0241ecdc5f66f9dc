// no-condescension: condescending, blaming and passive-aggressive phrasing ("as I already
// explained twice", "per my last email", "wie bereits mehrfach erwähnt", "dann gehen Sie doch
// zur Konkurrenz"), rhetoric that rates the reader ("Even a beginner knows that", "Können Sie
// nicht lesen?"), pet names ("Honey, ...") and sarcasm: mock praise followed by the reader's
// failure ("Na super, jetzt ist die Bestellung schon wieder storniert"; tone-clauses.ts). The
// reader feels lectured or mocked instead of helped and answers the tone, not the content.
import type { Language, Rule } from "../../src/rule-api.js";
import { quoted, scanTone, wordListDefaults, wordListSchema } from "./tone-helpers.js";

const rule: Rule = {
  meta: {
    id: "no-condescension",
    category: "tone",
    description: "Disallow condescending, blaming and passive-aggressive phrasing.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/no-condescension.md",
    defaultSeverity: "warn",
    languages: ["de", "en"],
    schema: { type: "object", properties: wordListSchema, additionalProperties: false },
    defaultOptions: wordListDefaults,
    help:
      "Pointing at earlier mails, judging how hard something is or sending the customer to the competition " +
      "makes the reader feel lectured; they answer the tone, not the content. Give the information again, " +
      "kindly, as if for the first time.",
  },
  create(context) {
    for (const finding of scanTone(context, "condescension")) {
      const instead = finding.hint ?? (finding.reason ? clauseHint(finding.reason, finding.language) : defaultHint(finding.language));
      context.report({
        message: finding.reason === "sarcasm" ? sarcasmMessage(finding.text, finding.language, instead) : message(finding.text, finding.language, instead),
        start: finding.start,
        end: finding.end,
        suggestions: [{ desc: instead }],
      });
    }
  },
};

function message(words: string, language: Language, instead: string): string {
  if (language === "de") {
    return `${quoted(words, "de")} klingt herablassend: Der Leser fühlt sich belehrt statt unterstützt. ${instead}`;
  }
  return `${quoted(words, "en")} sounds condescending: the reader feels lectured instead of helped. ${instead}`;
}

// Mock praise is not a lecture: the message names the sarcasm, which the reader hears first.
function sarcasmMessage(words: string, language: Language, instead: string): string {
  if (language === "de") {
    return `${quoted(words, "de")} ist hier Spott, kein Lob: Der Leser hört den Sarkasmus und fühlt sich vorgeführt. ${instead}`;
  }
  return `${quoted(words, "en")} is sarcasm here, not praise: the reader hears the mockery and feels made a fool of. ${instead}`;
}

function clauseHint(reason: string, language: Language): string {
  if (reason === "sarcasm") {
    return language === "de"
      ? "Sagen Sie sachlich, was schiefgelaufen ist und was Sie jetzt erwarten."
      : "Say plainly what went wrong and what you expect now.";
  }
  if (reason === "rhetoric") {
    return language === "de"
      ? "Geben Sie die Information freundlich noch einmal, ohne zu zählen oder das Verständnis des Lesers anzuzweifeln."
      : "Give the information again, kindly, without counting or doubting that the reader can follow.";
  }
  return language === "de"
    ? "Lassen Sie den Kosenamen weg und sprechen Sie den Leser mit Namen an."
    : "Drop the pet name and address the reader by name.";
}

function defaultHint(language: Language): string {
  return language === "de"
    ? "Geben Sie die Information freundlich noch einmal."
    : "Give the information again, kindly.";
}

export default rule;
