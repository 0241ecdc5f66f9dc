// no-insult: insults and slurs aimed at the reader or at anyone else ("Sie Vollpfosten",
// "die Kundin ist eine Zumutung", "you people are morons", "what a moron"), in German and
// English, including disguised spellings ("A****loch", "f*** off", "i d i o t", "idiooot").
// An insult in a mail is never taken back: the reader stops listening, and the mail gets
// forwarded and screenshotted.
import type { Language, Rule } from "../../src/rule-api.js";
import { quoted, scanTone, wordListDefaults, wordListSchema } from "./tone-helpers.js";

const rule: Rule = {
  meta: {
    id: "no-insult",
    category: "tone",
    description: "Disallow insults and slurs aimed at the reader or anyone else.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/no-insult.md",
    defaultSeverity: "error",
    languages: ["de", "en"],
    schema: { type: "object", properties: wordListSchema, additionalProperties: false },
    defaultOptions: wordListDefaults,
    help:
      "An insult makes the reader feel attacked: they stop reading for content, and the mail gets forwarded " +
      "and screenshotted with your name on it. Describe the behaviour and what you expect instead " +
      '("Your last message was hurtful; let\'s keep this factual.").',
  },
  create(context) {
    for (const finding of scanTone(context, "insult")) {
      context.report({
        message: message(finding.text, finding.language),
        start: finding.start,
        end: finding.end,
        suggestions: [{ desc: suggestion(finding.language) }],
      });
    }
  },
};

function message(words: string, language: Language): string {
  if (language === "de") {
    return (
      `${quoted(words, "de")} ist eine Beleidigung: Wer sich angegriffen fühlt, hört nicht mehr zu, und Mails ` +
      `werden weitergeleitet und als Screenshot geteilt. Beschreiben Sie stattdessen sachlich das Verhalten ` +
      `und was Sie erwarten.`
    );
  }
  return (
    `${quoted(words, "en")} is an insult: a reader who feels attacked stops listening, and mails get forwarded ` +
    `and screenshotted. Describe the behaviour and what you expect instead.`
  );
}

function suggestion(language: Language): string {
  return language === "de"
    ? "Sachlich schreiben, z. B. „Ihr Ton in der letzten Nachricht war verletzend; bitte bleiben wir sachlich.“"
    : 'Write it plainly, e.g. "Your last message was hurtful; let\'s keep this factual."';
}

export default rule;
