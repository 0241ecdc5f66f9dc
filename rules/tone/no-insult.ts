// no-insult: insults and slurs aimed at the reader or at anyone else ("Sie Vollpfosten",
// "die Kundin ist eine Zumutung", "you people are morons", "what a moron"), in German and
// English, including disguised spellings ("A****loch", "f*** off", "i d i o t", "idiooot").
// Also judgements of the reader or of what the reader wrote or did, read from the sentence's
// shape (tone-clauses.ts): "Ihr Einwand ist absurd", "Sind Sie eigentlich blöd?", "what a
// feeble excuse", "the dumbest question". An insult in a mail is never taken back: the reader
// stops listening, and the mail gets forwarded and screenshotted.
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
      const judgement = finding.reason === "judgement";
      context.report({
        message: judgement ? judgementMessage(finding.text, finding.language) : message(finding.text, finding.language),
        start: finding.start,
        end: finding.end,
        suggestions: [{ desc: judgement ? judgementSuggestion(finding.language) : suggestion(finding.language) }],
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

// A judgement is not a name called, so its message says what it does instead: it rates the
// reader or their request, and the reader answers the rating, not the matter.
function judgementMessage(words: string, language: Language): string {
  if (language === "de") {
    return (
      `${quoted(words, "de")} wertet den Leser oder sein Anliegen ab: Wer so bewertet wird, fühlt sich ` +
      `beleidigt und antwortet auf die Wertung statt auf die Sache. Sagen Sie sachlich, was nicht passt und warum.`
    );
  }
  return (
    `${quoted(words, "en")} rates the reader or their request: a reader judged like this feels insulted and ` +
    `answers the judgement, not the matter. Say plainly what does not work and why.`
  );
}

function judgementSuggestion(language: Language): string {
  return language === "de"
    ? "Sachlich begründen, z. B. „Diesem Einwand können wir nicht folgen, weil die Frist am 30. April endete.“"
    : 'Give the reason, e.g. "We can\'t agree to this request, because the warranty ended in April."';
}

function suggestion(language: Language): string {
  return language === "de"
    ? "Sachlich schreiben, z. B. „Ihr Ton in der letzten Nachricht war verletzend; bitte bleiben wir sachlich.“"
    : 'Write it plainly, e.g. "Your last message was hurtful; let\'s keep this factual."';
}

export default rule;
