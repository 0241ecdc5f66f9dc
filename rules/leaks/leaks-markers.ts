// Finds internal markers ("Intern:", "[intern]", "Nur intern", "Internal only", "Vertraulich")
// in marker positions only. People write "Ihre Reklamation wird intern geprüft" and
// "international shipping" to customers every day; a marker is a label, and labels stand at
// the start of a line, alone in brackets, or before a colon.

export interface MarkerHit {
  /** Offsets into the searched text (body offsets when the text is the draft's prose). */
  start: number;
  end: number;
  /** The marker as written in the text. */
  text: string;
}

/**
 * The compiled markers. `lowerCase` is matched against lower-cased text: V8 compiles this long
 * pattern in a third of the time without the "i" flag. `source` makes the case-insensitive twin for
 * the rare text whose lower case has another length ("İ" becomes two characters), where the offsets
 * would no longer fit.
 *
 * The full pattern names every marker in each of its positions: 14,000 characters that V8 takes
 * 15-20 ms to compile, on every start of a one-draft run, though most drafts hold no marker at
 * all. `mayMatch` is a far smaller pattern (each marker once, no Unicode classes; ~2 ms) of which
 * every match of the full one holds a match, so a text it finds nothing in needs no full pattern.
 */
export interface MarkerPattern {
  mayMatch: RegExp;
  source: string;
  lowerCase?: RegExp;
  caseInsensitive?: RegExp;
  /** The subject-line form (see findSegmentMarker), compiled when a subject first needs it. */
  segmentSource: string;
  segment?: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Compiles markers into one pattern. Longer markers come first, so that "nur intern" wins
 * over "intern". Group 1 (line-start label), 2 (alone on its line), 3 (in brackets) or 4 (after
 * one word, before a colon) holds the marker.
 */
export function compileMarkers(markers: readonly string[]): MarkerPattern | undefined {
  // The same list for every draft of a run (the built-in markers plus the config's): built once.
  const key = JSON.stringify(markers);
  if (!compiled.has(key)) compiled.set(key, compile(markers));
  return compiled.get(key);
}

const compiled = new Map<string, MarkerPattern | undefined>();

// Words that name a note: they may stand before a marker in brackets ("(FYI, intern: ...)") and
// after the internal adjective in a label ("Interner Vermerk:").
const NOTE_WORDS = "notiz|notizen|vermerk|anmerkung|bemerkung|kommentar|hinweis|info|infos|memo|randnotiz|achtung|fyi|nb|ps|p\\.s|note|notes|remark|remarks|comment|comments|reminder|aside|heads-up";
// Note words that mark a note in square or curly brackets: not "Hinweis" or "Info", which speak
// to the reader too ("[Hinweis: Preise inkl. MwSt.]").
const BRACKET_NOTE_WORDS = "notiz|vermerk|anmerkung|anm|bemerkung|kommentar|memo|randnotiz|note|notes|comment|remark|todo|to-do|fixme|nb|n\\.b";
const CONFIDING = "just between us|strictly between us|between us|ganz unter uns|unter uns gesagt|unter uns|off the record";
// A label that keeps the reader out, built from its word classes: a negation of sending or showing
// ("not for", "do not send to", "don't show", "nicht für", "nicht an"), an optional article and the
// outside reader ("customer", "client", "Kundin", "extern"): "Not for customer:", "[do not send to
// the client: ...]", "(nicht an die Kundin - ...)", "Private note -".
const READER_NOUNS = "customers?|clients?|guests?|patients?|buyers?|external|externals|outside|kunden?|kundin|kundinnen|kundschaft|gast|gäste|patienten?|patientin|extern|externe";
const NOT_FOR_READER =
  "(?:not|never)[ \\t]+(?:for|to)[ \\t]+(?:the[ \\t]+|our[ \\t]+)?(?:" + READER_NOUNS + ")(?:'s[ \\t]+eyes)?" +
  "|(?:do[ \\t]+not|don't|don’t|never)[ \\t]+(?:send|show|forward|share|copy|cc|include)(?:[ \\t]+(?:this|it))?(?:[ \\t]+(?:to|with))?[ \\t]+(?:the[ \\t]+)?(?:" + READER_NOUNS + ")" +
  "|nicht[ \\t]+(?:für|fuer|an|zu)[ \\t]+(?:den[ \\t]+|die[ \\t]+|der[ \\t]+)?(?:" + READER_NOUNS + ")(?:[ \\t]+(?:schicken|senden|weiterleiten|weitergeben|zeigen))?" +
  "|private[ \\t]+(?:note|notes|comment|remark|memo)|privat(?:e|er)?[ \\t]+(?:notiz|anmerkung|vermerk)|personal[ \\t]+note|persönliche[ \\t]+notiz" +
  // "Kundin nicht informieren:", "Don't tell the client -": what the reader must not learn, as a label.
  "|(?:den[ \\t]+|die[ \\t]+)?(?:" + READER_NOUNS + ")[ \\t]+nicht[ \\t]+(?:informieren|einweihen|erwähnen|sagen)" +
  "|(?:do[ \\t]+not|don't|don’t|never)[ \\t]+(?:tell|inform|mention[ \\t]+to)[ \\t]+(?:the[ \\t]+)?(?:" + READER_NOUNS + ")";
// A note of the writer's in square brackets about sending this very mail: "[check with Dave before this
// goes out]", "[mit Jonas klären, bevor das rausgeht]". "(back up your data before sending the laptop)"
// speaks to the reader: "before sending" counts only at the bracket's end.
const BEFORE_SENDING =
  "before[ \\t]+sending(?=[ \\t]*\\])|before[ \\t]+(?:this|it)[ \\t]+goes[ \\t]+out|bevor[ \\t]+(?:das|es|die[ \\t]+mail)[ \\t]+rausgeht|vor[ \\t]+dem[ \\t]+(?:ab)?senden(?=[ \\t]*\\])";
// Labels that stop a draft from going out, counted in brackets only ("[DO NOT SEND]", "(staff only: ...)"):
// as a line's label they also tell the reader what to do ("Do not send - we collect it").
const BRACKET_ONLY = "do[ \\t]+not[ \\t]+send|don't[ \\t]+send|don’t[ \\t]+send|not[ \\t]+to[ \\t]+be[ \\t]+sent|nicht[ \\t]+(?:ab|raus|ver)?(?:senden|schicken)|staff[ \\t]+only|nur[ \\t]+für[ \\t]+(?:die[ \\t]+)?mitarbeiter(?:innen)?";
// Documents and places colleagues keep things in: "Internal doc:", "Interner Link:", "Interne Tabelle:".
const DOC_WORDS = "doc|docs|document|documents|dokument|dokumente|doku|link|links|file|files|datei|dateien|sheet|spreadsheet|tabelle|folder|ordner|ticket|wiki|thread|chat";
// Note nouns that may carry who the note is from or for, one word, before the colon: "// Notiz Empfang: ...".
const NOTE_NOUNS = "notiz|aktennotiz|randnotiz|vermerk|memo";
const GROUPS = 17;

function compile(markers: readonly string[]): MarkerPattern | undefined {
  const words = [...new Set(markers.map((m) => m.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((m) => m.split(/\s+/).map(escape).join("[ \\t]+"));
  if (words.length === 0) return undefined;
  const markerWords = [...words, NOT_FOR_READER].join("|");
  const marker = `(?<![\\p{L}\\p{N}])(?:${markerWords})(?![\\p{L}\\p{N}])`;
  // A bullet, a Markdown heading or emphasis may come first: "- Intern:", "## Intern", "**Intern:**".
  // "//intern:" too: a comment left in the text.
  // Decorations around a label: "--- intern ---", "=== INTERN ===", "!! INTERNAL !!", "### INTERN ###".
  // "<!-- intern: ... -->", ">>INTERNAL<<": an HTML comment or arrows around a label.
  const lineStart = `^[ \\t]*(?:(?:<!--|[-*•#_/=!~+>]+)[ \\t]*)?`;
  // A run of three stars closes a banner too: "***INTERNAL ONLY*** do not offer the upgrade".
  // Arrows close a label too: "internal note -> ...", "INTERN>> ...", ">>INTERNAL<< ...".
  const label = `(?=[*_]*[ \\t]*(?::|!|–|—|-+(?:[ \\t]|$)|#+(?:[ \\t]|$)|=+(?:[ \\t]|$)|~+(?:[ \\t]|$)|-+>|=>|→|>>|<<)|\\*{3,}(?:[ \\t]|$))`;
  const source =
    [
      // "Intern: bitte nicht an die Kundin", "- Internal only - do not share"
      `${lineStart}(${marker})${label}`,
      // "VERTRAULICH" or "## Intern" alone on a line, as a heading. Checked in findMarkers: all
      // capitals or a Markdown heading, since "Intern" alone is also a job title in a signature
      // and a hard-wrapped "intern" may stand alone in the middle of a sentence.
      `${lineStart}(${marker})[*_]*[ \\t]*$`,
      // "[intern]", "(nur intern)", "[Confidential:]", "{internal}", "<intern>", and a note that
      // starts in a bracket: "[intern: Karton war beschädigt ...]", "(nur intern - ...)".
      // (one blank run on each side of the marker, then one character: linear)
      // A note word may come first: "(FYI, internal: ...)", "[Notiz intern: ...]".
      `[\\[({<][ \\t]*(?:(?:${NOTE_WORDS})\\.?,?[ \\t]+)?(${marker}|${CONFIDING}|${BRACKET_ONLY})[ \\t]*(?:[:\\])}>–—]|-[ \\t])`,
      // "Notiz intern:", "P.S. intern:", "Achtung, intern:": one word, then the marker and a colon.
      // Two words too, hyphenated or before a comma: "Kurz-Info intern:", "Heads up, internal:" (not "Das ist intern:").
      `${lineStart}[\\p{L}.]+(?:-\\p{L}+|[ \\t]\\p{L}+(?=,))?,?[ \\t]+(${marker})[ \\t]*(?::|\\*{3,})`,
      // "<<Notiz: ...>>", "[[note: ...]]": double brackets mark an editor's note, whatever word.
      `(?:<<|\\[\\[|\\{\\{)[ \\t]*(${marker}|note|notes|anmerkung|kommentar|comment|hinweis|memo)[ \\t]*[:\\-–—]`,
      // "Interner Vermerk:", "Internal remark -": the internal adjective before a note word, as a label.
      // "Internal doc: https://...", "Interne Tabelle -": the internal adjective before a document word too
      // (not "Internal reference:", which gives the reader a number to quote).
      `${lineStart}((?:intern(?:e|er|es|en)?|internal)[ \\t]+(?:${NOTE_WORDS}|${DOC_WORDS}))${label}`,
      // "[Kommentar: ...]", "{note: ...}": a note in square or curly brackets, which the text for
      // the reader does not use ("(Hinweis: ...)" in round brackets is an ordinary aside to the reader).
      // With the writer's initials or name before the colon too: "[Anm. SK: ...]", "[note JB: ...]".
      `[\\[{][ \\t]*(${BRACKET_NOTE_WORDS})\\.?(?:[ \\t]+[\\p{L}.]{1,12})?[ \\t]*:`,
      // "TODO Termin klären": a to-do left in the text, in capitals (checked in findMarkers).
      // "XXX Preis klären XXX": the placeholder of an unfinished line, in capitals as well.
      `${lineStart}(todo|fixme|xxx+)(?=[ \\t]+\\p{L})`,
      // "(int.: Lager hat nur noch 3 Stück)": the abbreviation, in brackets before a colon.
      // "(int. Notiz: ...)", "[int. note: ...]": with the note word after it too.
      `[\\[(][ \\t]*(int)\\.?[ \\t]*(?:(?:note|notiz|vermerk|anm)\\.?[ \\t]*)?:`,
      // "Unter uns: ...", "Between us: the device has a known defect": a confidence as a label (with a
      // comma it may be a confidence to the reader: "Unter uns gesagt, warten Sie auf den Sale").
      // Mid-line too, at a sentence's start: "Passt. Unter uns: das Gerät war generalüberholt."
      `(?:${lineStart}|(?<=[.!?][ \\t]{1,3}))(${CONFIDING})(?=[ \\t]*:)`,
      // "// Notiz Empfang: ...", "Vermerk Lager: ...": a German note noun, one word naming whose note, a colon.
      `${lineStart}(${NOTE_NOUNS})[ \\t]+\\p{L}+[ \\t]*:`,
      // A label at the start of a sentence in the middle of a line, before a colon: "... from that
      // shipment. NB internal: they've moved the date twice." (the colon keeps "Intern geprüft" out).
      `(?<=[.!?][ \\t]{1,3})(${marker})[ \\t]*:`,
      `(?<=[.!?][ \\t]{1,3})[\\p{L}.]+,?[ \\t]+(${marker})[ \\t]*:`,
      // "*** Kundin hat zweimal storniert - intern ***": the marker closing a banner of stars.
      `^[ \\t]*\\*{3,}[^*\\n]{1,200}[-–—:(\\[][ \\t]*(${marker})[ \\t]*[)\\]]?[ \\t]*\\*{3,}[ \\t]*$`,
      // "[TBC with Mark before sending]": at most 80 characters before it inside the bracket, no nesting.
      `\\[[^\\]\\n]{0,80}?(${BEFORE_SENDING})`,
      // "(Anm. für mich: Sven fragen ...)", "Reminder to myself -": any note word for the writer alone.
      `(?:${lineStart}|[\\[({][ \\t]*)((?:${NOTE_WORDS}|anm|todo|to-do)\\.?[ \\t]+(?:an|für|fuer|to|for)[ \\t]+(?:mich(?:[ \\t]+selbst)?|me|myself|self))[ \\t]*(?::|[-–—][ \\t])`,
      // "P.S. internal - she has had two refunds", "NB intern – ...": after a postscript a dash closes the label too.
      `${lineStart}(?:p\\.?[ \\t]?s\\.?|p\\.?p\\.?s\\.?|nb|n\\.b\\.)[ \\t]+(${marker})[ \\t]*[-–—]+[ \\t]`,
    ].join("|");
  // What every branch above cannot match without: a marker (the internal adjective, "todo" and
  // "fixme" are markers of the built-in list, but a config may drop them), a confidence, double
  // brackets, a note word in a bracket.
  const required = ["(?:an|für|fuer|to|for)[ \\t]+(?:mich|me|myself|self)", markerWords, "intern", "todo|fixme|xxx", CONFIDING, BRACKET_ONLY, NOTE_NOUNS, "before[ \\t]+sending|goes[ \\t]+out|rausgeht|vor[ \\t]+dem[ \\t]+(?:ab)?senden", "<<|\\[\\[|\\{\\{", `[\\[{][ \\t]*(?:${BRACKET_NOTE_WORDS})`, "[\\[(][ \\t]*int\\.?[ \\t]*(?:(?:note|notiz|vermerk|anm)\\.?[ \\t]*)?:"].join("|");
  // A subject line is no text with line starts: there a marker is a segment of its own, between
  // separators or an end ("Re: order 4471 - internal only", "*** intern *** AW: Reklamation",
  // "WG: Rechnung - NICHT WEITERLEITEN"), or a note for the team ("FYI team: Re: ..."). Labels of
  // confidentiality are left out: "Re: Angebot - vertraulich" is how offers to clients are marked.
  const segmentWords = words.filter((w) => !/confidential|vertraulich|^memo$/.test(w));
  const audience = "fyi[ \\t]+(?:team|all)|team[ \\t]+fyi|(?:zur[ \\t]+)?info[ \\t]+(?:an[ \\t]+alle|ans[ \\t]+team|an[ \\t]+das[ \\t]+team|fürs[ \\t]+team)|for[ \\t]+the[ \\t]+team|fürs[ \\t]+team";
  const segmentMarker = [...segmentWords, audience].join("|");
  const segmentSource =
    `(?:^|[-–—|/:*]+[ \\t]*|[ \\t][-–—|/]+[ \\t]+)(?:(?:notiz|note|vermerk|memo)[ \\t]+)?((?<![\\p{L}\\p{N}])(?:${segmentMarker}))[ \\t]*(?=$|[-–—|/:*])`;
  return { mayMatch: new RegExp(required), source, segmentSource };
}

/**
 * A marker that is a segment of a subject line of its own ("Re: order 4471 - internal only",
 * "Intern - AW: Reklamation"), read from `from` on. Offsets into `subject`.
 */
export function findSegmentMarker(subject: string, pattern: MarkerPattern | undefined, from = 0): MarkerHit | undefined {
  if (!pattern) return undefined;
  const lower = subject.toLowerCase();
  if (lower.length !== subject.length || !pattern.mayMatch.test(lower.slice(from)) && !/fyi|info|team/.test(lower)) return undefined;
  const regexp = (pattern.segment ??= new RegExp(pattern.segmentSource, "dgu"));
  regexp.lastIndex = from;
  const match = regexp.exec(lower);
  if (!match?.indices?.[1]) return undefined;
  const [start, end] = match.indices[1];
  return { start, end, text: subject.slice(start, end) };
}

/** The full pattern, for lower-cased text: compiled when a text first needs it. */
export function fullPattern(pattern: MarkerPattern): RegExp {
  return (pattern.lowerCase ??= new RegExp(pattern.source, "dgmu"));
}

/** Markers in marker position in `text[from, to)`, in text order. */
export function findMarkers(text: string, pattern: MarkerPattern | undefined, from = 0, to = text.length): MarkerHit[] {
  if (!pattern) return [];
  const hits: MarkerHit[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const lower = slice.toLowerCase();
  const sameOffsets = lower.length === slice.length;
  // The quick check reads the lower case, where the full pattern reads it too; the rare text whose
  // lower case has another length goes to the case-insensitive pattern unchecked.
  if (sameOffsets && !pattern.mayMatch.test(lower)) return [];
  const regexp = sameOffsets ? fullPattern(pattern) : (pattern.caseInsensitive ??= new RegExp(pattern.source, "dgimu"));
  // exec on the pattern itself: matchAll would copy the large pattern for every call.
  regexp.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regexp.exec(sameOffsets ? lower : slice)) !== null) {
    if (match[0] === "") regexp.lastIndex++;
    let group = 1;
    while (group <= GROUPS && match[group] === undefined) group++;
    if (group > GROUPS || match.indices === undefined) continue;
    // The checks of case read the text as written.
    const [start, end] = match.indices[group]!;
    const marker = slice.slice(start, end);
    if (group === 2 && !isHeading(slice.slice(match.index, match.index + match[0].length), marker)) continue;
    if (group === 8 && marker !== marker.toUpperCase()) continue;
    if (TO_DO.test(marker) && toDoForReader(slice, match.index, end)) continue;
    hits.push({ start: from + start, end: from + end, text: marker });
  }
  return hits;
}

const TO_DO = /^(?:todo|to-do|to do)s?$/i;
// The reader named in a to-do's label: "Your TODO:", "TODO on your side:", "To-do für Sie:", "Ihre To-dos:".
const READER_IN_LABEL = /(?<![\p{L}])(?:your|you|yours|Ihre?[nmrs]?|Sie|Ihnen|Ihrerseits|dein\p{L}*|dich|dir|euch|eure?\p{L}*)(?![\p{L}])/iu;

/**
 * A to-do that is the reader's: the label from the line's start to its colon (or the next
 * 40 characters) names the reader ("TODO on your side: send us the serial number"). A task
 * list for the customer, not a note left in the draft. German "Sie"/"Ihr" count capitalised only.
 */
function toDoForReader(text: string, matchStart: number, markerEnd: number): boolean {
  const lineStart = text.lastIndexOf("\n", matchStart) + 1;
  const rest = text.slice(markerEnd, markerEnd + 40);
  const colon = rest.search(/[:\n]/);
  const label = text.slice(Math.max(lineStart, markerEnd - 40), markerEnd) + (colon >= 0 ? rest.slice(0, colon) : "");
  const match = READER_IN_LABEL.exec(label);
  if (!match) return false;
  // "sie"/"ihr" in lower case are "she"/"her"/"they": only the English words and the capitalised German ones.
  return /^(?:you|your|yours)$/i.test(match[0]) || /^[A-Z]/.test(match[0]) || /^(?:dein|dich|dir|euch|eure?)/i.test(match[0]);
}

function isHeading(line: string, marker: string): boolean {
  return /^\s*#/.test(line) || (marker === marker.toUpperCase() && marker !== marker.toLowerCase());
}

/** A template-placeholder span that is a marker: "{internal}", "{intern}", "{{intern: ...}}". Offsets into `placeholder`. */
export function markerInPlaceholder(placeholder: string, pattern: MarkerPattern | undefined): MarkerHit | undefined {
  if (!pattern || !/^\{\{?[^{}]*\}\}?$/.test(placeholder)) return undefined;
  const [hit] = findMarkers(placeholder, pattern);
  return hit;
}
