// attachment-reminder: the authored text says something is attached ("anbei", "attached"),
// but the mail carries no attachment. The classic slip every mail client warns about.
// Only the sender's own words count: quoted history, the signature and URLs are not read
// (the rule reads authored zones, whose prose has URLs blanked).
import {
  loadWordListByLanguage,
  tokensWithin,
  type Draft,
  type Language,
  type Rule,
  type RuleContext,
  type Token,
  type Zone,
} from "../../src/rule-api.js";

/** One element of a phrase pattern (see rules/hygiene/data/attachment-phrases.txt). */
type PhrasePart = { kind: "word"; text: string; prefix: boolean } | { kind: "gap" } | { kind: "end" };

export interface AttachmentMention {
  /** Body offsets of the matched phrase. */
  start: number;
  end: number;
  language: Language;
}

const MAX_GAP = 4;
// Phrases that are participles describe a file someone attached, possibly the reader.
const PARTICIPLE = /^(?:attached|enclosed|angehängt|beigefügt|beiliegend|anhängend)/;

// Words that show the attachment is the reader's, not ours, when they come just before the
// phrase: "the file you attached", "your attached invoice", "die Datei, die Sie angehängt
// haben", "in deiner angehängten Datei". Closed grammatical classes, so they live here.
const SECOND_PERSON = new Set(["you", "you've", "you’ve", "you'd", "you’d", "your", "du", "sie", "dein", "deine",
  "deinem", "deinen", "deiner", "deines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "euer", "eure", "euren",
  "eurer"]);
// "nicht anbei", "no attachment", "haven't attached": the text says the opposite. "any attached
// files" is the wording of confidentiality disclaimers, which announce nothing.
const NEGATIONS = new Set(["nicht", "kein", "keine", "keinen", "ohne", "not", "no", "without", "never", "nie", "any",
  "etwaige", "etwaigen", "allfällige", "allfälligen"]);
// "im Anhang Ihrer Mail", "in the attachment of your mail": someone else's attachment.
const OWNER_AFTER = new Set(["ihrer", "ihres", "deiner", "deines", "eurer", "eures", "von", "vom", "your", "his", "her",
  "their", "of"]);

let phrases: Record<Language, PhrasePart[][]> | undefined;

function loadPhrases(): Record<Language, PhrasePart[][]> {
  if (!phrases) {
    const lists = loadWordListByLanguage(new URL("./data/attachment-phrases.txt", import.meta.url));
    phrases = { de: lists.de.map(parsePhrase), en: lists.en.map(parsePhrase) };
  }
  return phrases;
}

export function parsePhrase(phrase: string): PhrasePart[] {
  return phrase
    .toLowerCase()
    .replaceAll("ß", "ss")
    .split(/\s+/)
    .map((word): PhrasePart => {
      if (word === "*") return { kind: "gap" };
      if (word === "$") return { kind: "end" };
      const prefix = word.endsWith("*");
      return { kind: "word", text: prefix ? word.slice(0, -1) : word, prefix };
    });
}

/**
 * Matches `parts` against `tokens` from index `i`; returns the index after the last matched
 * token, or -1. `clauseEndsAfter(k)` says whether a clause ends right after token k.
 */
function matchAt(parts: PhrasePart[], tokens: readonly Token[], i: number, clauseEndsAfter: (k: number) => boolean): number {
  const [part, ...rest] = parts;
  if (!part) return i;
  if (part.kind === "end") return i > 0 && clauseEndsAfter(i - 1) ? matchAt(rest, tokens, i, clauseEndsAfter) : -1;
  if (part.kind === "gap") {
    for (let skip = 0; skip <= MAX_GAP && i + skip <= tokens.length; skip++) {
      // A gap never crosses a clause boundary, so "hänge" and "an" stay in one clause.
      if (skip > 0 && clauseEndsAfter(i + skip - 1)) break;
      const end = matchAt(rest, tokens, i + skip, clauseEndsAfter);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[i];
  if (!token) return -1;
  const matches = part.prefix ? token.norm.startsWith(part.text) : token.norm === part.text;
  return matches ? matchAt(rest, tokens, i + 1, clauseEndsAfter) : -1;
}

/** True when the words around a match show it is not about our own attachment. */
function isExcluded(tokens: readonly Token[], first: number, after: number, matched: string): boolean {
  for (let n = 1; n <= 3; n++) {
    const word = tokens[first - n]?.norm ?? "";
    if (NEGATIONS.has(word) || /n['’]t$/.test(word)) return true;
  }
  // Second person right before a participle: the reader attached it ("the file you attached",
  // "Ihre beigefügte Liste"). Not for "im Anhang": "wie Sie im Anhang sehen" is ours.
  // Lower-case "sie" is "them" ("ich habe sie angehängt"), so only the capitalised form counts.
  if (!PARTICIPLE.test(matched)) return isOwnedByOther(tokens, after, matched);
  const isSecondPerson = (token: Token | undefined) =>
    token !== undefined && SECOND_PERSON.has(token.norm) && (token.norm !== "sie" || token.text === "Sie");
  const twoBefore = tokens[first - 2];
  if (isSecondPerson(tokens[first - 1])) return true;
  if (twoBefore && ["you", "du", "sie"].includes(twoBefore.norm) && isSecondPerson(twoBefore)) return true;
  return isOwnedByOther(tokens, after, matched);
}

/** True when the words after a match give the attachment another owner or another meaning. */
function isOwnedByOther(tokens: readonly Token[], after: number, matched: string): boolean {
  const next = tokens[after]?.norm ?? "";
  if (OWNER_AFTER.has(next)) return true;
  // "strings attached to", "the label attached to the parcel", "I'm attached to the idea":
  // only "attached to this/the mail" speaks of the mail itself.
  if (matched === "attached" && next === "to") {
    const determiner = tokens[after + 1]?.norm ?? "";
    const object = tokens[after + 2]?.norm ?? "";
    return !(/^(?:this|the|my|our)$/.test(determiner) && /^(?:e-?mail|mail|message)$/.test(object));
  }
  // "enclosed in brackets", "enclosed by a fence".
  if (matched === "enclosed" && ["in", "by", "within"].includes(next)) return true;
  return false;
}

/** The first place in `zones` where the text says something is attached, if any. */
export function findAttachmentMention(draft: Pick<Draft, "prose">, zones: readonly Zone[]): AttachmentMention | undefined {
  const patterns = loadPhrases();
  for (const zone of zones) {
    for (const sentence of zone.sentences) {
      const tokens = tokensWithin(zone.tokens, sentence.start, sentence.end);
      const clauseEndsAfter = (k: number) => {
        const token = tokens[k];
        const next = tokens[k + 1];
        if (!token) return true;
        const between = draft.prose.slice(token.end, next ? next.start : sentence.end + 1);
        return !next || /[,;:.!?()–]/.test(between);
      };
      for (let i = 0; i < tokens.length; i++) {
        for (const parts of patterns[sentence.language]) {
          const after = matchAt(parts, tokens, i, clauseEndsAfter);
          if (after < 0) continue;
          if (isExcluded(tokens, i, after, tokens[i].norm)) continue;
          return { start: tokens[i].start, end: tokens[after - 1].end, language: sentence.language };
        }
      }
    }
  }
  return undefined;
}

/**
 * Whether the draft can be checked, and if so whether it has attachments. A .eml knows its
 * MIME parts. A template has none; it is only checked when its front matter has an
 * "attachments" key, and then that list is what the mail will carry.
 */
export function attachmentsOf(draft: Pick<Draft, "format" | "attachments" | "headers">): "checkable-none" | "present" | "unknown" {
  if (draft.format === "eml") return draft.attachments.length > 0 ? "present" : "checkable-none";
  const declared = draft.headers.find((h) => h.name === "attachments");
  if (!declared) return "unknown";
  return /[^\s,\[\]]/.test(declared.value) ? "present" : "checkable-none";
}

function message(phrase: string, language: Language, template: boolean): string {
  if (language === "de") {
    const where = template ? "die Vorlage führt in ihrem Front Matter keinen Anhang auf" : "die Mail hat keinen Anhang";
    return `Der Text sagt „${phrase}“, aber ${where}. Der Empfänger sucht nach einer Datei, die fehlt: hängen Sie sie an oder streichen Sie den Hinweis.`;
  }
  const where = template ? "the template's front matter lists no attachments" : "the mail has no attachment";
  return `The text says "${phrase}", but ${where}. The reader will look for a file that is not there: attach it, or remove the reference.`;
}

const rule: Rule = {
  meta: {
    id: "attachment-reminder",
    category: "hygiene",
    description: "The text says something is attached, but the mail has no attachment.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/attachment-reminder.md",
    defaultSeverity: "warn",
    languages: ["de", "en"],
    scope: "mail",
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    help:
      "A mail that announces an attachment it does not carry costs the reader a reply (\"the file is missing\") and " +
      "the sender a second mail. Attach the file, or remove the words that announce it (\"anbei\", \"im Anhang\", " +
      "\"attached\", \"enclosed\"). Quoted history and the signature are not read.",
  },
  create(context: RuleContext) {
    const { draft } = context;
    const state = attachmentsOf(draft);
    if (state !== "checkable-none") return;
    const mention = findAttachmentMention(draft, context.zones());
    if (!mention) return;
    context.report({
      message: message(draft.body.slice(mention.start, mention.end), mention.language, draft.format !== "eml"),
      start: mention.start,
      end: mention.end,
    });
  },
};

export default rule;
