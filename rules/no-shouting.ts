// no-shouting: runs of words in capitals ("BITTE LESEN SIE DAS", "THIS IS UNACCEPTABLE") and
// chains of "!!" or "?!". Capitals read as shouting: the reader feels yelled at. Acronyms and
// codes (EUR, DHL, PDF, IBAN, GmbH, USB-C, order numbers like AB-12345) are not shouting.
import type { Language, Rule, Token } from "../src/types.js";
import { lexiconKey } from "../src/text/disguise.js";
import { wordSet } from "./tone-data.js";
import { quoted } from "./tone-helpers.js";

export interface Shout {
  start: number;
  end: number;
  kind: "capitals" | "punctuation";
}

// Capitals are shouting from three words on, or from two long ones ("PLEASE READ", "BITTE BEACHTEN").
const MIN_WORDS = 3;
const MIN_LETTERS_FOR_TWO = 8;

/** Words in capitals that shout, as runs of tokens, and "!!"/"?!" chains, in one sentence. */
export function findShouting(prose: string, tokens: readonly Token[], acronyms: ReadonlySet<string>): Shout[] {
  const shouts: Shout[] = [];
  let run: Token[] = [];
  const flush = () => {
    const counted = run.filter((token) => !acronyms.has(lexiconKey(token.text)));
    const letters = counted.reduce((sum, token) => sum + token.text.length, 0);
    if (counted.length >= MIN_WORDS || (counted.length === 2 && letters >= MIN_LETTERS_FOR_TWO)) {
      shouts.push({ start: counted[0].start, end: counted[counted.length - 1].end, kind: "capitals" });
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const shape = capsShape(token.text);
    const gap = i > 0 ? prose.slice(tokens[i - 1].end, token.start) : "";
    if (gap.includes("\n")) flush();
    if (shape === "caps") run.push(token);
    else if (shape !== "single") flush();
  }
  flush();
  const first = tokens[0]?.start ?? 0;
  const last = tokens[tokens.length - 1]?.end ?? 0;
  for (const match of prose.slice(first, last + 8).matchAll(/[!?]*!+[!?]*/g)) {
    if (match[0].length >= 2) shouts.push({ start: first + match.index, end: first + match.index + match[0].length, kind: "punctuation" });
  }
  return shouts.sort((a, b) => a.start - b.start);
}

/**
 * "caps" for a word in capitals (two letters or more, no digits: a code like "AB-12345" or
 * "A4" is not a word); "single" for a lone capital ("I", "A"), which neither counts nor breaks
 * a run; "other" for everything else.
 */
function capsShape(word: string): "caps" | "single" | "other" {
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (/\d/.test(word) || !/^\p{Lu}+$/u.test(letters)) return "other";
  if (letters.length === 1) return "single";
  // A code with a one-letter part ("USB-C", "T-SHIRT" excepted by length) is a product name.
  if (word.split(/[-']/).some((part) => part.length === 1)) return "other";
  return "caps";
}

const rule: Rule = {
  meta: {
    id: "no-shouting",
    category: "tone",
    description: "Disallow words in capitals and '!!' or '?!' chains, which read as shouting.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/no-shouting.md",
    defaultSeverity: "warn",
    languages: ["de", "en"],
    schema: {
      type: "object",
      properties: {
        allowWords: { type: "array", items: { type: "string" }, description: "Words in capitals that are names or codes, not shouting." },
        punctuation: { type: "boolean", description: "Also report '!!' and '?!' chains." },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowWords: [], punctuation: true },
    help:
      "Capitals and stacked exclamation marks read as shouting: the reader feels yelled at and answers the tone. " +
      'Write in normal case and say what matters in words ("Wichtig:", "Please note:").',
  },
  create(context) {
    const allowed = (context.options.allowWords as string[] | undefined) ?? [];
    const acronyms = new Set([...wordSet("tone-acronyms.txt"), ...allowed.map(lexiconKey)]);
    const prose = context.draft.prose;
    for (const zone of context.zones()) {
      let t = 0;
      for (const sentence of zone.sentences) {
        while (t < zone.tokens.length && zone.tokens[t].start < sentence.start) t++;
        let u = t;
        while (u < zone.tokens.length && zone.tokens[u].end <= sentence.end) u++;
        const tokens = zone.tokens.slice(t, u);
        t = u;
        for (const shout of findShouting(prose.slice(0, sentence.end), tokens, acronyms)) {
          if (shout.kind === "punctuation" && context.options.punctuation === false) continue;
          const text = context.draft.body.slice(shout.start, shout.end);
          context.report({ message: message(shout, text, sentence.language), start: shout.start, end: shout.end });
        }
      }
    }
  },
};

function message(shout: Shout, text: string, language: Language): string {
  if (shout.kind === "capitals") {
    return language === "de"
      ? `${quoted(text, "de")} steht in Großbuchstaben und wirkt wie Schreien: Der Leser fühlt sich angeschrien. ` +
          `Schreiben Sie normal und sagen Sie in Worten, was wichtig ist („Wichtig:“).`
      : `${quoted(text, "en")} is in capitals, which reads as shouting: the reader feels yelled at. ` +
          `Write in normal case and say in words what matters ("Please note:").`;
  }
  return language === "de"
    ? `${quoted(text, "de")} wirkt wie Schreien und gereizt. Ein einzelnes „!“ oder ein Punkt genügt.`
    : `${quoted(text, "en")} reads as shouting and irritated. A single "!" or a full stop is enough.`;
}

export default rule;
