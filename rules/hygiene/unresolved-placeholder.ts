// unresolved-placeholder: a template placeholder left in a draft that is about to be sent.
// The parser already marks {{first_name}}, {name} and %NAME% as "placeholder" spans; this rule
// reports those and finds the hand-written kinds in the prose: [Name], <Kundenname>, XXX,
// TODO, TBD and "Lorem ipsum". Templates are full of placeholders by design, so the rule is
// off for them and an error for .eml drafts.
import type { Draft, Language, Rule, RuleContext, Span, Zone } from "../../src/rule-api.js";

export interface PlaceholderFinding {
  start: number;
  end: number;
  /** The placeholder as written. */
  text: string;
}

// Zones the sender is responsible for: the new text and the signature ("[Your name]").
const OWN_ZONES = ["authored", "signature"] as const;

// [Name], [Vorname Nachname], [insert date], [Datum einfügen]: letters, spaces and a few
// joiners, starting with a letter, so that footnotes [1] and checkboxes [x] / [ ] stay silent.
const BRACKETED = /(?<![\]!\\])\[(\p{L}[\p{L} ._/-]{1,39})\](?![(\[:])/gu;
// <Kundenname>, <Name des Kunden>: an address is blanked in the prose, so "<anna@example.com>"
// no longer starts with a letter here.
const ANGLED = /<(\p{L}[\p{L} _-]{1,39})>/gu;
// XXX, XX.XX.XXXX, xx,xx €: at least three X, or X groups joined like a date, time or amount.
const CROSSES = /(?<![\p{L}\p{N}_])(?:X{3,}|[Xx]{1,4}(?:[.,:/][Xx]{1,4}){1,2})(?![\p{L}\p{N}_])/gu;
// Upper-case working notes, as whole words; "TODO-Liste" is a word about lists, not a note.
const NOTES = /(?<![\p{L}\p{N}_-])(?:TODO|TBD|FIXME)(?![\p{L}\p{N}_]|-\p{L})/gu;
const LOREM = /\blorem ipsum\b/gi;

// Editorial marks in brackets that are not placeholders: "[sic]".
const NOT_PLACEHOLDERS = new Set(["sic"]);
// A bracketed label is a placeholder when it reads like a name for a value: capitalised and
// short ("[Name]", "[Vorname Nachname]"), or naming what to insert ("[insert date]"). Lower-case
// insertions in quotations ("[aka conference room]", "[beim Thema X]") are editorial.
const FILL_IN_WORDS = /(?:name|datum|date|insert|einfügen|ergänzen|eintragen|firma|company|betrag|amount|nummer|number|adresse|address|link|your|ihr|dein)/i;

function isPlaceholderLabel(label: string): boolean {
  if (NOT_PLACEHOLDERS.has(label.toLowerCase())) return false;
  if (FILL_IN_WORDS.test(label)) return true;
  return /^\p{Lu}/u.test(label) && label.split(/\s+/).length <= 4;
}
// Inline HTML a Markdown draft may contain: <br>, <b>, <details>.
const HTML_TAGS = new Set(("a abbr b br code del details div em hr i img ins kbd li mark ol p pre q s small span " +
  "strong sub summary sup table tbody td th thead tr u ul").split(" "));

/** Placeholders in the sender's own zones: parser spans plus hand-written ones in the prose. */
export function findPlaceholders(draft: Pick<Draft, "body" | "prose" | "spans">, zones: readonly Zone[]): PlaceholderFinding[] {
  const inZones = (start: number, end: number) => zones.some((z) => start >= z.start && end <= z.end);
  // Kept sorted by start; they never overlap, so their ends are sorted too and one binary search
  // finds the only finding that could overlap a new one (checking all of them for every new one
  // took 10.6 s on an 800 KB .eml).
  const findings: PlaceholderFinding[] = [];
  const add = (start: number, end: number) => {
    if (!inZones(start, end)) return;
    let low = 0;
    let high = findings.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (findings[middle].start < end) low = middle + 1;
      else high = middle;
    }
    // findings[low - 1] is the last one starting before `end`: an overlap is with it or none.
    if (low > 0 && findings[low - 1].end > start) return;
    findings.splice(low, 0, { start, end, text: draft.body.slice(start, end) });
  };

  for (const span of draft.spans.filter((s: Span) => s.kind === "placeholder")) add(span.start, span.end);
  const definedReferences = markdownReferenceLabels(draft.body);
  for (const match of draft.prose.matchAll(BRACKETED)) {
    const label = match[1].trim();
    if (!isPlaceholderLabel(label) || definedReferences.has(label.toLowerCase())) continue;
    add(match.index, match.index + match[0].length);
  }
  for (const match of draft.prose.matchAll(ANGLED)) {
    if (HTML_TAGS.has(match[1].toLowerCase())) continue;
    add(match.index, match.index + match[0].length);
  }
  for (const pattern of [CROSSES, NOTES, LOREM]) {
    for (const match of draft.prose.matchAll(pattern)) add(match.index, match.index + match[0].length);
  }
  return findings;
}

/** Labels of Markdown reference definitions ("[docs]: https://..."), which make "[docs]" a link. */
function markdownReferenceLabels(body: string): Set<string> {
  const labels = new Set<string>();
  for (const match of body.matchAll(/^ {0,3}\[([^\]\n\r\u2028\u2029]+)\]:/gm)) labels.add(match[1].trim().toLowerCase());
  return labels;
}

function message(placeholder: string, language: Language): string {
  return language === "de"
    ? `Der Platzhalter „${placeholder}“ ist nicht ersetzt: der Empfänger läse ihn wörtlich und merkte, dass die Mail eine unfertige Vorlage ist. Setzen Sie den echten Wert ein.`
    : `The placeholder "${placeholder}" was never filled in: the reader would see it literally and know the mail is an unfinished template. Replace it with the real value.`;
}

const rule: Rule = {
  meta: {
    id: "unresolved-placeholder",
    category: "hygiene",
    description: "A template placeholder ({{first_name}}, [Name], XXX, TODO) is left in a draft about to be sent.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/unresolved-placeholder.md",
    defaultSeverity: "error",
    defaultSeverityByFormat: { eml: "error", markdown: "off", text: "off" },
    languages: ["de", "en"],
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    help:
      "\"Hallo {{first_name}}\" or \"Betrag: XXX Euro\" tells the reader the mail was a form letter nobody checked, " +
      "and a TODO or TBD shows an unfinished thought. Fill in the real value or remove the note before sending. " +
      "Templates are meant to contain placeholders, so the rule is off for .md and .txt files and an error for .eml drafts.",
  },
  create(context: RuleContext) {
    const zones = context.zones([...OWN_ZONES]);
    for (const finding of findPlaceholders(context.draft, zones)) {
      context.report({
        message: message(finding.text, context.languageAt(finding.start)),
        start: finding.start,
        end: finding.end,
      });
    }
  },
};

export default rule;
