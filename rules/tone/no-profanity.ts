// no-profanity: swearing with no target ("verdammter Mist", "Scheiße", "damn", "crap"), in
// German and English, including disguised spellings ("sh1t", "F% $!"). Swearing reads as
// losing control; the reader remembers the word, not the point.
import type { Language, Rule } from "../../src/rule-api.js";
import { quoted, scanTone, wordListDefaults, wordListSchema } from "./tone-helpers.js";

const rule: Rule = {
  meta: {
    id: "no-profanity",
    category: "tone",
    description: "Disallow swearing and vulgar words.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/no-profanity.md",
    defaultSeverity: "warn",
    languages: ["de", "en"],
    schema: { type: "object", properties: wordListSchema, additionalProperties: false },
    defaultOptions: wordListDefaults,
    help:
      "Swearing reads as losing control and makes the sender look unprofessional; mails get forwarded. " +
      'Say plainly what is wrong instead ("This is frustrating", "Das ist ärgerlich").',
  },
  create(context) {
    for (const finding of scanTone(context, "profanity")) {
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
      `${quoted(words, "de")} ist Fluchen: Es wirkt unbeherrscht und unprofessionell, und Mails werden ` +
      `weitergeleitet. Sagen Sie sachlich, was ärgerlich ist.`
    );
  }
  return (
    `${quoted(words, "en")} is swearing: it reads as losing control and unprofessional, and mails get ` +
    `forwarded. Say plainly what is wrong instead.`
  );
}

function suggestion(language: Language): string {
  return language === "de" ? "Sachlich schreiben, z. B. „Das ist ärgerlich.“" : 'Write it plainly, e.g. "This is frustrating."';
}

export default rule;
