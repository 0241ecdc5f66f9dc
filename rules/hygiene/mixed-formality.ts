// mixed-formality: a German mail that addresses its reader both with "Sie/Ihnen/Ihr" and with
// "du/dich/dir/dein". The switch reads as careless (copy-pasted blocks) or, worse, as a slip
// into familiarity the reader never offered.
//
// German makes this harder than it looks: "Sie" and "Ihr" at the start of a sentence may be
// "she/they" and "her/their" ("Sie hat gestern angerufen"), "Ihr" may be the informal plural
// ("Habt Ihr Zeit?"), and "das Du anbieten" talks about the address, it does not use it.
// Precision first: only unambiguous forms are counted.
import {
  tokensWithin,
  type Rule,
  type RuleContext,
  type Suggestion,
  type Token,
  type Zone,
} from "../../src/rule-api.js";

export type Register = "formal" | "informal";

export interface AddressForm {
  register: Register;
  start: number;
  end: number;
  text: string;
}

// Forms that always address one reader informally, in any case and position.
const INFORMAL = new Set(["du", "dich", "dir", "dein", "deine", "deinem", "deinen", "deiner", "deines"]);
// The informal plural ("euch", "eure"). Not counted: a mail to a group may say "euch" to the team
// and "Sie" to one person in it. But where it appears, a capitalised "Ihr" is the plural
// pronoun ("Ihr habt", "Ihr Lieben"), not the formal "your".
const INFORMAL_PLURAL = new Set(["euch", "euer", "eure", "eurem", "euren", "eurer", "eures"]);
// Capitalised mid-sentence, these address the reader formally.
const FORMAL = new Set(["Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"]);
// "das Du anbieten", "per Du", "beim Sie bleiben": the word names the form of address.
const NAMING_THE_FORM = new Set(["das", "dem", "zum", "per", "beim", "aufs", "ins", "im", "ein", "vom", "mit"]);
const INTERJECTIONS = new Set(["ach", "oh", "o"]);
// Second person plural verbs: "Habt Ihr Zeit?", "Könnt Ihr kommen?" use "Ihr" as the
// (old-style capitalised) informal plural, not as the formal possessive.
const PLURAL_VERBS = new Set(["habt", "seid", "könnt", "wollt", "müsst", "sollt", "dürft", "wisst", "macht", "kommt",
  "geht", "braucht", "findet", "seht", "wart", "hattet", "wärt", "würdet", "möchtet", "kennt", "denkt", "meint",
  "glaubt", "wollet"]);

// Formal replacements for informal forms whose verb does not change ("ich rufe dich an").
const TO_FORMAL: Record<string, string> = {
  dich: "Sie", dir: "Ihnen", dein: "Ihr", deine: "Ihre", deinem: "Ihrem", deinen: "Ihren", deiner: "Ihrer", deines: "Ihres",
};
const TO_INFORMAL: Record<string, string> = {
  ihnen: "dir", ihr: "dein", ihre: "deine", ihrem: "deinem", ihren: "deinen", ihrer: "deiner", ihres: "deines",
};

/** Body ranges inside quotation marks: reported speech is not the sender addressing the reader. */
function quotedRanges(zone: Zone): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of zone.text.matchAll(/„[^„“”"\n]*[“”"]|"[^"\n]*"|“[^“”\n]*”|«[^«»\n]*»|»[^«»\n]*«/g)) {
    ranges.push([zone.start + match.index, zone.start + match.index + match[0].length]);
  }
  return ranges;
}

/**
 * Whether "Ihr" is the (capitalised) informal plural pronoun rather than the formal possessive:
 * next to a plural verb ("Habt Ihr Zeit?", "Ihr könnt"), or followed by a lower-case word that
 * is no adjective before a noun ("Ihr entscheidet das", against "Ihr neues Konto").
 */
function isPluralPronoun(previous: string, next: Token | undefined, afterNext: Token | undefined): boolean {
  if (PLURAL_VERBS.has(previous)) return true;
  if (next === undefined) return false;
  if (PLURAL_VERBS.has(next.norm)) return true;
  return /^\p{Ll}/u.test(next.text) && !(afterNext && /^\p{Lu}/u.test(afterNext.text));
}

/** Whether a token begins a sentence, a line, a bracket or follows a colon: where capitals say nothing. */
function startsSentence(prose: string, tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous) return true;
  return /[\n:(\[„"“«»–-]/.test(prose.slice(previous.end, tokens[i].start));
}

/** The forms of address in the sentences of the given zones (German only: the rule's meta.languages). */
function findAddressForms(context: RuleContext, zones: readonly Zone[]): AddressForm[] {
  const prose = context.draft.prose;
  const forms: AddressForm[] = [];
  for (const zone of zones) {
    const quoted = quotedRanges(zone);
    const plural = zone.tokens.some((t) => INFORMAL_PLURAL.has(t.norm));
    for (const { tokens } of context.sentences(zone)) {
      tokens.forEach((token, i) => {
        if (quoted.some(([a, b]) => token.start >= a && token.end <= b)) return;
        if (token.text.length > 1 && token.text === token.text.toUpperCase()) return; // "SIE", "DU": shouting, ambiguous
        const previous = tokens[i - 1]?.norm ?? "";
        const next = tokens[i + 1];
        const add = (register: Register) => forms.push({ register, start: token.start, end: token.end, text: token.text });
        if (INFORMAL.has(token.norm)) {
          if (token.text === "Du" && NAMING_THE_FORM.has(previous)) return;
          // "Ach du Schreck", "Oh du fröhliche": an exclamation, not the reader.
          if (token.norm === "du" && INTERJECTIONS.has(previous)) return;
          add("informal");
          return;
        }
        if (!FORMAL.has(token.text) || startsSentence(prose, tokens, i)) return;
        if (token.text === "Sie" && NAMING_THE_FORM.has(previous)) return;
        if (token.text === "Ihr" && (plural || isPluralPronoun(previous, next, tokens[i + 2]))) return;
        add("formal");
      });
    }
  }
  return forms;
}

/**
 * The forms to report: those of the register used less often. On a tie, the register the text
 * switched to (the one that appears second) is the odd one out.
 */
export function outOfRegister(forms: readonly AddressForm[]): { odd: AddressForm[]; usual: Register; usualCount: number } | undefined {
  const formal = forms.filter((f) => f.register === "formal");
  const informal = forms.filter((f) => f.register === "informal");
  if (formal.length === 0 || informal.length === 0) return undefined;
  let usual: Register;
  if (formal.length !== informal.length) usual = formal.length > informal.length ? "formal" : "informal";
  else usual = forms[0].register;
  const odd = usual === "formal" ? informal : formal;
  return { odd, usual, usualCount: forms.length - odd.length };
}

function replacement(form: AddressForm, usual: Register): string | undefined {
  const lower = form.text.toLowerCase();
  if (usual === "formal") return TO_FORMAL[lower];
  // Formal forms are only counted mid-sentence, where "du" is written in lower case.
  return TO_INFORMAL[lower];
}

function message(form: AddressForm, usual: Register, usualCount: number, instead: string | undefined): string {
  const times = usualCount === 1 ? "einmal" : `${usualCount}-mal`;
  if (usual === "formal") {
    const write = instead ? `schreiben Sie „${instead}“` : "formulieren Sie den Satz mit „Sie“";
    return `„${form.text}“ duzt den Leser, obwohl die Mail ihn sonst siezt (${times}). Der Wechsel wirkt unachtsam oder respektlos: bleiben Sie beim Sie und ${write}.`;
  }
  const write = instead ? `schreiben Sie „${instead}“` : "formulieren Sie den Satz mit „du“";
  return `„${form.text}“ siezt den Leser, obwohl die Mail ihn sonst duzt (${times}). Der Wechsel wirkt unachtsam oder plötzlich distanziert: bleiben Sie beim Du und ${write}.`;
}

const rule: Rule = {
  meta: {
    id: "mixed-formality",
    category: "hygiene",
    description: "A German mail addresses the reader both with \"Sie\" and with \"du\".",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/mixed-formality.md",
    defaultSeverity: "warn",
    languages: ["de"],
    scope: "mail",
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    help:
      "Switching between \"Sie\" and \"du\" in one mail happens when text blocks are copied together, and the reader " +
      "notices: it reads as careless, or as a familiarity they never offered. Pick one form of address and use it " +
      "throughout. Sentence-initial \"Sie\"/\"Ihr\" (which may mean \"she\"/\"her\"), quoted speech and phrases " +
      "like \"das Du anbieten\" are not counted.",
  },
  create(context: RuleContext) {
    const found = outOfRegister(findAddressForms(context, context.zones()));
    if (!found) return;
    for (const form of found.odd) {
      const instead = replacement(form, found.usual);
      const suggestions: Suggestion[] = instead ? [{ desc: `„${instead}“ schreiben`, text: instead }] : [];
      context.report({
        message: message(form, found.usual, found.usualCount, instead),
        start: form.start,
        end: form.end,
        suggestions,
      });
    }
  },
};

export default rule;
