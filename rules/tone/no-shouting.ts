// no-shouting: runs of words in capitals ("BITTE LESEN SIE DAS", "THIS IS UNACCEPTABLE"),
// chains of "!!" or "?!", and runs of three "!" or "?" ("Wo ist mein Paket???"). Capitals read
// as shouting: the reader feels yelled at. Acronyms and codes (EUR, DHL, PDF, IBAN, GmbH,
// USB-C, order numbers like AB-12345) are not shouting.
import { lexiconKey, quoteSpans, type Language, type Rule, type Token } from "../../src/rule-api.js";
import { wordSet } from "./tone-data.js";
import { quoted } from "./tone-helpers.js";

export interface Shout {
  start: number;
  end: number;
  kind: "capitals" | "punctuation";
}

// Capitals are shouting from three words and ten letters on ("NOT ACCEPTABLE AT ALL"), or from
// two long words that demand, deny or address the reader ("PLEASE READ", "BITTE BEACHTEN").
// Short unknown capitals ("NJ TRANSIT") and other pairs ("DEUTSCHE BANK") are usually a name.
const MIN_WORDS = 3;
const MIN_LETTERS = 10;
const LONG_WORD = 4;
const MIN_LETTERS_FOR_TWO = 9;

export type PunctuationMode = "indignant" | "all" | "off";

export interface ShoutingLists {
  /** Lexicon keys of words in capitals that are not shouting (acronyms, codes, allowed names). */
  acronyms: ReadonlySet<string>;
  /** Lexicon keys of words that make capitals a raised voice (data/shouting-voice-words.txt). */
  voiceWords: ReadonlySet<string>;
}

/**
 * Words in capitals that shout, as runs of tokens, and "?!" chains ("!!" too with mode "all"),
 * in one sentence. `prose` is the draft's prose, `tokens` the sentence's tokens.
 */
export function findShouting(
  prose: string,
  sentence: { start: number; end: number; language: Language },
  tokens: readonly Token[],
  lists: ShoutingLists,
  punctuation: PunctuationMode = "indignant",
  loudNearby = false,
): Shout[] {
  const shouts: Shout[] = [];
  // Read only when something would be reported: most sentences have no capitals and no "!!!".
  let advertRead: boolean | undefined;
  const advert = () => (advertRead ??= isAdvert(prose.slice(sentence.start, sentence.end), tokens));
  let run: Token[] = [];
  const flush = () => {
    const counted = run.filter((token) => !lists.acronyms.has(lexiconKey(token.text)));
    const long = counted.filter((token) => letterCount(token.text) >= LONG_WORD);
    const letters = counted.reduce((sum, token) => sum + letterCount(token.text), 0);
    const voiced = counted.some((token) => lists.voiceWords.has(lexiconKey(token.text)));
    // Two words in capitals are more often a name ("DEUTSCHE BANK", "FAITH SEED") than a raised
    // voice, unless they demand, deny or speak to the reader ("PLEASE READ", "SCHON DREIMAL").
    const shouting =
      (counted.length >= MIN_WORDS && letters >= MIN_LETTERS) ||
      (counted.length === 2 && long.length === 2 && letters >= MIN_LETTERS_FOR_TWO && voiced);
    if (
      shouting &&
      !advert() &&
      !isHeading(prose, sentence, counted, lists.voiceWords) &&
      !isLabel(prose, sentence, run) &&
      !(sentence.language === "en" && !voiced && isBeforeTitleCase(prose, sentence, run))
    ) {
      shouts.push({ start: counted[0].start, end: counted[counted.length - 1].end, kind: "capitals" });
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const shape = capsShape(token.text);
    // Capitals separated by commas or slashes are a list of codes ("FTP, HTTP, TELNET").
    if (i > 0 && !onlyBlanks(prose, tokens[i - 1].end, token.start)) flush();
    if (shape === "caps") run.push(token);
    else if (shape !== "single") flush();
  }
  flush();
  if (punctuation !== "off") {
    // Each run of "!" and "?" is found once and then judged whole: a chain ("!!", "?!?") for
    // "all", a run mixing both ("?!", "!?") otherwise. (A single regex such as
    // /[!?]*![!?]+/ retries from every character of a long "???..." run: quadratic.)
    const isChain = punctuation === "all" ? (run: string) => run.includes("!") : (run: string) => run.includes("?!") || run.includes("!?");
    const text = prose.slice(sentence.start, sentence.end);
    for (const match of text.matchAll(/[!?]{2,}/g)) {
      if (!isChain(match[0]) && !(match[0].length >= LOUD_RUN && !advert() && isLoud(match[0], text, tokens, lists, loudNearby))) continue;
      const start = sentence.start + match.index;
      shouts.push({ start, end: start + match[0].length, kind: "punctuation" });
    }
  }
  return shouts.sort((a, b) => a.start - b.start);
}

// Words of advertising: prizes, savings, offers, calls to sign up ("SEARCH NOW IF YOU WANT TO
// WIN!", "There are only TWO DAYS LEFT to save up to 50%", "Please ACTIVATE YOUR Free ACCOUNT").
const ADVERT_WORDS = new Set(["free", "win", "wins", "winner", "winners", "save", "saving", "savings", "bonus", "offer", "offers", "deal", "deals", "discount", "discounts", "prize", "prizes", "exclusive", "options", "loan", "loans", "miracle", "unique", "hurry", "grab", "activate", "sign", "subscribe", "click", "limited", "autospins", "spins", "jackpot", "cash", "gratis", "gewinnen", "gewinn", "gewinnspiel", "sparen", "rabatt", "rabatte", "aktion", "angebote", "kostenlos"]);
const PRICE_CUE = /\d\s*%|[$€£]\s*\d|\$[A-Z]/;
// Words of a complaint, which an advert does not use: the writers themselves, denials, repeats,
// demands ("must", "stop"), and "why": "You MUST SIGN UP RIGHT NOW" orders the reader about.
const COMPLAINT_WORDS = new Set(["i", "i'm", "me", "my", "mine", "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "again", "wieder", "endlich", "stop", "still", "schon", "bereits", "already", "why", "warum", "wieso", "refund", "charged", "promised", "erstattung", "versprochen", "must", "muss", "muessen", "musst"]);

/**
 * A sentence that advertises ("SEARCH NOW IF YOU WANT TO WIN!", "only TWO DAYS LEFT to save up
 * to 50%"): a word of prizes, savings or signing up, or a price, and no word of a complaint, no
 * denial and no question. Its capitals sell; they do not shout at the reader ("YOU PROMISED FREE
 * DELIVERY", "I WANT MY FREE SAMPLE NOW" complain and still shout).
 */
function isAdvert(text: string, tokens: readonly Token[]): boolean {
  if (text.includes("?")) return false;
  let cue = PRICE_CUE.test(text);
  for (const token of tokens) {
    const key = lexiconKey(token.text);
    if (COMPLAINT_WORDS.has(key) || NEGATIONS.has(key)) return false;
    if (ADVERT_WORDS.has(key)) cue = true;
  }
  return cue;
}

const NEGATIONS = new Set(["nicht", "kein", "keine", "keinen", "nie", "niemals", "not", "never", "n't", "isn't", "don't", "won't", "can't", "didn't", "doesn't"]);
const CHEERFUL_AFTER_NEGATION = new Set(["problem", "problemo", "worries", "sorgen", "ursache", "wait", "warten", "mehr", "lange", "schlecht", "bad"]);

// Three or more: "!!!", "???". Two stay friendly ("Danke!!", "Really??").
const LOUD_RUN = 3;
// Words that demand now: "Sofort!!!", "Stop writing!!!".
const DEMANDS = new Set(["stop", "sofort", "endlich", "immediately", "now", "jetzt", "aufhoeren", "hoert", "hoeren", "enough", "schluss"]);

/**
 * A run of three "!" or "?" shouts when it asks ("Wo ist mein Paket???", "HELLO???"), when the
 * mail repeats it ("Please stop ringing my mobile!!! I am at work!!!"), or beside a word in
 * capitals or a demand ("This is NOT our fault!!!", "Sofort!!!"). A lone "!!!" after glad news
 * ("Congratulations!!!", "Need some friends who would like to chat!!!") is cheer, not a raised voice.
 */
function isLoud(run: string, sentence: string, tokens: readonly Token[], lists: ShoutingLists, loudNearby: boolean): boolean {
  if (run.includes("?") || loudNearby) return true;
  // "nicht bis Montag!!!!", "This is not acceptable!!!": a refusal or complaint, not cheer ("kein
  // Problem!!!", "no worries!!!" stay cheer).
  for (let i = 0; i < tokens.length; i++) {
    const key = lexiconKey(tokens[i].text);
    if (NEGATIONS.has(key) && !CHEERFUL_AFTER_NEGATION.has(lexiconKey(tokens[i + 1]?.text ?? ""))) return true;
  }
  // Any word in capitals but an acronym: "ABGESAGT!!!", "NOT our fault!!!", and also an
  // advert's "50 AUTOSPINS!!!", which shouts too.
  return tokens.some((token) => DEMANDS.has(lexiconKey(token.text)) || (capsShape(token.text) === "caps" && !lists.acronyms.has(lexiconKey(token.text))));
}

/** How many runs of three or more "!" or "?" a text holds (the caller asks: more than one?). */
export function loudRuns(text: string): number {
  let runs = 0;
  for (const match of text.matchAll(/[!?]{3,}/g)) if (match[0].length >= LOUD_RUN) runs++;
  return runs;
}

/** True when `prose[from, to)` is one or more spaces and tabs. */
function onlyBlanks(prose: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    if (prose[i] !== " " && prose[i] !== "\t") return false;
  }
  return true;
}

function letterCount(word: string): number {
  return word.replace(/[^\p{L}]/gu, "").length;
}

/**
 * A line of its own in capitals is a heading ("WICHTIGE HINWEISE", "AGENDA FOR MONDAY"), the
 * plain-text way to structure a mail, when it has no closing mark; with a closing "!" it is a
 * banner ("FINAL DAY TO SAVE!") unless it speaks to the reader, demands or denies ("DAS IST
 * NICHT UNSER PROBLEM!", "SEARCH NOW IF YOU WANT TO WIN!"). A closing "." or "?" makes it a
 * shouted sentence.
 */
function isHeading(prose: string, sentence: { start: number; end: number }, run: Token[], voiceWords: ReadonlySet<string>): boolean {
  const lineStart = prose.lastIndexOf("\n", sentence.start - 1) + 1;
  const newline = prose.indexOf("\n", sentence.end);
  const lineEnd = newline < 0 ? prose.length : newline;
  const line = prose.slice(lineStart, lineEnd);
  if (/[.?]\s*$/.test(line)) return false;
  const outside = prose.slice(lineStart, run[0].start) + prose.slice(run[run.length - 1].end, lineEnd);
  if (/\p{Ll}/u.test(outside)) return false;
  if (!/!\s*$/.test(line)) return true;
  return !(line.match(/[\p{L}'’]+/gu) ?? []).some((word) => voiceWords.has(lexiconKey(word)));
}

/**
 * English capitals followed by a capitalised word ("FRANCISCO GROS President of ...", "CARACAS
 * PROGRAM - Tuesday, June 12", "IN-DEPTH SEMINARS Power Generator Seminar") are a name before
 * its title, or a heading whose line break was lost, not a raised voice. (German capitalises
 * every noun, so there the next word says nothing.)
 */
function isBeforeTitleCase(prose: string, sentence: { start: number; end: number }, run: Token[]): boolean {
  const after = prose.slice(run[run.length - 1].end, Math.min(sentence.end, run[run.length - 1].end + 40));
  return /^[ \t]+(?:[-–—][ \t]+)?\p{Lu}\p{Ll}/u.test(after);
}

/**
 * Capitals opening a line or sentence and ending in ":" label what follows ("WICHTIGER HINWEIS:",
 * "BREAKING NEWS:"), the way a heading does.
 */
function isLabel(prose: string, sentence: { start: number; end: number }, run: Token[]): boolean {
  const first = run[0];
  const last = run[run.length - 1];
  if (prose[last.end] !== ":") return false;
  const lineStart = prose.lastIndexOf("\n", first.start - 1) + 1;
  const before = prose.slice(Math.max(lineStart, sentence.start), first.start);
  return !/[\p{L}\p{N}]/u.test(before);
}

// Module constants, not literals in the function: the bundler turns a literal with \p{..} into
// `new RegExp(...)`, which would then be built again for every token.
const SMALL_LETTER = /\p{Ll}/u;
const ONLY_CAPITALS = /^\p{Lu}+$/u;

/**
 * "caps" for a word in capitals (two letters or more, no digits: a code like "AB-12345" or
 * "A4" is not a word); "single" for a lone capital ("I", "A"), which neither counts nor breaks
 * a run; "other" for everything else, including codes with a one-letter part ("USB-C").
 */
function capsShape(word: string): "caps" | "single" | "other" {
  // Most words have a small letter: not capitals (the check below, without building a string).
  if (SMALL_LETTER.test(word)) return "other";
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (/\d/.test(word) || !ONLY_CAPITALS.test(letters)) return "other";
  if (letters.length === 1) return "single";
  if (word.split(/[-'’]/).some((part) => part.length === 1)) return "other";
  return "caps";
}

const rule: Rule = {
  meta: {
    id: "no-shouting",
    category: "tone",
    description: "Disallow sentences and runs of words in capitals and '?!' chains, which read as shouting.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/no-shouting.md",
    defaultSeverity: "warn",
    languages: ["de", "en"],
    schema: {
      type: "object",
      properties: {
        allowWords: { type: "array", items: { type: "string" }, description: "Words in capitals that are names or codes, not shouting." },
        punctuation: {
          enum: ["indignant", "all", "off"],
          description: "'indignant' reports '?!' chains, 'all' also '!!' chains (often friendly in internal mail), 'off' none.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowWords: [], punctuation: "indignant" },
    help:
      "Capitals and stacked exclamation marks read as shouting: the reader feels yelled at and answers the tone. " +
      'Write in normal case and say what matters in words ("Wichtig:", "Please note:").',
  },
  create(context) {
    const allowed = (context.options.allowWords as string[] | undefined) ?? [];
    const acronyms = wordSet("acronyms.txt");
    const lists: ShoutingLists = {
      // Copied only when the config adds words: most runs lint every draft with the list as is.
      acronyms: allowed.length === 0 ? acronyms : new Set([...acronyms, ...allowed.map(lexiconKey)]),
      voiceWords: wordSet("shouting-voice-words.txt"),
    };
    const prose = context.draft.prose;
    for (const zone of context.zones()) {
      // A second "!!!" or "???" in the same part of the mail makes each of them shouting.
      const loudNearby = loudRuns(prose.slice(zone.start, zone.end)) >= 2;
      let t = 0;
      for (const sentence of zone.sentences) {
        while (t < zone.tokens.length && zone.tokens[t].start < sentence.start) t++;
        let u = t;
        while (u < zone.tokens.length && zone.tokens[u].end <= sentence.end) u++;
        const tokens = zone.tokens.slice(t, u);
        t = u;
        const punctuation = (context.options.punctuation as PunctuationMode | undefined) ?? "indignant";
        const shouts = findShouting(prose, sentence, tokens, lists, punctuation, loudNearby);
        // Capitals in quotation marks are the customer's words or a title, reported, not shouted.
        const quotes = shouts.length > 0 ? quoteSpans(prose, sentence) : [];
        for (const shout of shouts) {
          if (quotes.some((quote) => quote.start <= shout.start && shout.end <= quote.end)) continue;
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
