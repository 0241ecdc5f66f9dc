// What gives a passage away as internal: markers in marker positions, code names, greetings
// and requests meant for colleagues, remarks about someone in the third person, and
// instructions about a person. Read per zone, with the lists of rules/leaks/data/*.txt.
import {
  loadWordList,
  loadWordListByLanguage,
  type Draft,
  type Language,
  type Mailbox,
  type Recipient,
  type Zone,
} from "../../src/rule-api.js";
import { findAboveGreeting, findAsides, findBracketNotes, mayHoldNote, findFigures, findInformalSwitch, findRequests, withReadersIntroduced, type AsideLists, type People } from "./leaks-asides.js";
import { findFigureClauses } from "./leaks-figures.js";
import { findReaderReferences, findWithholding, firstOtherPerson, namesOtherPerson } from "./leaks-person.js";
import { sentencesWithTokens } from "./sentence-tokens.js";
import { findInternalLinks, organisationLabels, spansFrom, type InternalLinkReason } from "./leaks-links.js";
import { compileMarkers, findMarkers, findSegmentMarker, markerInPlaceholder, type MarkerHit, type MarkerPattern } from "./leaks-markers.js";
import {
  clauseEndsAfter,
  compilePhrase,
  firstMatchAt,
  indexPhrases,
  joined,
  lazyPhraseIndex,
  normalizeListWord,
  subjectPredicateAt,
  type Phrase,
  type PhraseIndex,
  type PhraseMatch,
  type TokenText,
} from "./leaks-phrases.js";

/** What gives a passage away as internal. */
export type LeakKind =
  | "marker" // "Intern:", "[vertraulich]"
  | "code-name" // a project code name from the options
  | "internal-thread" // a quoted message from a colleague to colleagues only
  | "colleague-greeting" // "Hallo zusammen," to one single customer
  | "colleague-request" // "can someone take this one?"
  | "third-person" // "die Kundin nervt"
  | "instruction" // "refund her", in a colleague's quoted message
  | "aside" // "@Max: ...", "Priya - please check ...", "Team: bitte ..."
  | "internal-link" // http://wiki.intranet.local/..., http://10.0.0.5/, jira.<own domain>
  | "internal-figure"; // "unser Einkaufspreis liegt bei 12 EUR", "24% margin"

export interface LeakSignal {
  kind: LeakKind;
  /** Body offsets of the words that give it away. */
  start: number;
  end: number;
  /** Those words (for an internal thread: the header's first line). */
  text: string;
  /** For an internal thread: who wrote to whom. */
  thread?: { author: Mailbox; to: Mailbox[] };
  /** For an internal link: why only colleagues can open it. */
  linkReason?: InternalLinkReason;
}

/** How a zone is read: what the sender writes now, a colleague's quoted message, or quoted text of unknown origin. */
export type Reading = "authored" | "internal-author" | "unknown-author";

export interface LeakLists {
  markers: readonly string[];
  greetings: PhraseIndex;
  requests: PhraseIndex;
  subjects: PhraseIndex;
  predicates: PhraseIndex;
  instructions: PhraseIndex;
  fillers: ReadonlySet<string>;
  roleAddresses: readonly string[];
  disclaimers: readonly string[];
  /** Third-person pronouns ("der", "er") read as a subject only in a main clause: "der nervt nur". */
  pronounSubjects: ReadonlySet<string>;
  /** Judgments after "he's"/"she's", whose copula is in the subject: "he's a pain". */
  afterContraction: PhraseIndex;
  /** Copulas ("ist", "is being") before a judgment of afterContraction: "der Kunde ist extrem schwierig". */
  copulas: PhraseIndex;
  /** Judgment nouns that count on their own ("Querulant", "troublemaker"). */
  judgmentNouns: PhraseIndex;
  /** What a word must be for any phrase of signalAt to start there (besides code names and readers' names). */
  starts: StartWords;
  asides: AsideLists;
}

let lists: LeakLists | undefined;

function list(name: string): URL {
  return new URL(`./data/${name}`, import.meta.url);
}

/** The word lists of rules/leaks/data/*.txt, both languages together (a thread mixes them). */
export function leakLists(): LeakLists {
  if (!lists) {
    const both = (file: string) => {
      const { de, en } = loadWordListByLanguage(list(file));
      return [...de, ...en];
    };
    const phrases = (file: string) => indexPhrases(both(file).map(compilePhrase));
    let judgmentList: ReturnType<typeof judgmentPhrases> | undefined;
    const judgments = () => (judgmentList ??= judgmentPhrases(loadWordListByLanguage(list("person-judgments.txt"))));
    lists = {
      markers: loadWordList(list("markers.txt")),
      greetings: phrases("colleague-greetings.txt"),
      requests: phrases("colleague-requests.txt"),
      subjects: phrases("third-person-subjects.txt"),
      // Read only after a third-person subject: built when first needed.
      predicates: lazyPhraseIndex(() => [...both("third-person-predicates.txt"), ...judgments().predicates].map(compilePhrase)),
      copulas: lazyPhraseIndex(() => judgments().copulas.map(compilePhrase)),
      instructions: phrases("person-instructions.txt"),
      fillers: new Set(both("fillers.txt").map(normalizeListWord)),
      roleAddresses: loadWordList(list("role-addresses.txt")).map((entry) => entry.toLowerCase()),
      disclaimers: loadWordList(list("disclaimer-phrases.txt")).map((entry) => entry.toLowerCase()),
      pronounSubjects: new Set(["der", "die", "er"]),
      afterContraction: lazyPhraseIndex(() => judgments().afterContraction.map(compilePhrase)),
      judgmentNouns: indexPhrases(judgments().nouns.map(compilePhrase)),
      starts: { words: new Set(), prefixes: [], anywhere: false },
      asides: asideLists(both),
    };
  }
  if (lists.starts.words.size === 0) {
    lists.starts = startWordsOf(
      [lists.greetings, lists.requests, lists.subjects, lists.instructions, lists.judgmentNouns],
      [...lists.pronounSubjects, "he's", "she's", ...DEALING_VERBS],
    );
  }
  return lists;
}

function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

/** The words (and first letters of prefixes) that can start a phrase of `indexes`, plus `words`. */
interface StartWords {
  words: ReadonlySet<string>;
  /** First words written as a prefix ("querulant*"): a word starting with one may start a phrase. */
  prefixes: readonly string[];
  /** True when some phrase starts with a wildcard: every word may start one. */
  anywhere: boolean;
}

function startWordsOf(indexes: readonly PhraseIndex[], words: readonly string[]): StartWords {
  const starts = { words: new Set<string>(words), prefixes: [] as string[], anywhere: false };
  for (const index of indexes) {
    for (const word of index.byFirstWord.keys()) starts.words.add(word);
    for (const phrase of index.others) {
      const first = phrase.words[0];
      if (first?.kind === "word") starts.prefixes.push(first.text);
      else starts.anywhere = true;
    }
  }
  return starts;
}

/**
 * The phrases of person-judgments.txt, built per language from its word classes: copula +
 * adjective ("ist anstrengend"), copula + article (+ one word) + noun ("ist ein notorischer
 * Nörgler"), complaining verb + how often ("beschwert sich jedes Mal"; in English also "always
 * complains"); the same without the copula after "he's"; and the nouns that count on their own.
 */
export function judgmentPhrases(byLanguage: Record<Language, string[]>): { predicates: string[]; copulas: string[]; afterContraction: string[]; nouns: string[] } {
  const predicates: string[] = [];
  const copulas: string[] = [];
  const afterContraction: string[] = [];
  const nouns: string[] = [];
  for (const language of ["de", "en"] as const) {
    const classes = new Map<string, string[]>();
    for (const entry of byLanguage[language]) {
      const space = entry.indexOf(" ");
      const kind = entry.slice(0, space);
      const words = entry.slice(space + 1).trim();
      if (kind === "noun!") nouns.push(words);
      const key = kind === "noun!" ? "noun" : kind;
      classes.set(key, [...(classes.get(key) ?? []), words]);
    }
    const of = (kind: string) => classes.get(kind) ?? [];
    const nounPhrases = of("article").flatMap((article) => of("noun").flatMap((noun) => [`${article} ${noun}`, `${article} * ${noun}`]));
    const judgments = [...of("adj"), ...nounPhrases];
    // Copula and judgment are matched one after the other (predicateAt), not as products: a
    // phrase list of every copula with every judgment is tried at every "ist" of every mail.
    copulas.push(...of("copula"));
    afterContraction.push(...judgments);
    for (const verb of of("dispute")) {
      for (const often of [...of("often"), ...of("every")]) predicates.push(`${verb} ${often}`);
    }
    for (const verb of of("verb")) {
      for (const often of of("often")) {
        // "he always calls ahead" is how reliable someone is; calling counts when it is too often ("calls every day").
        if (often === "always" && /^(?:calls|rings|ruft an|anruft)$/.test(verb)) continue;
        predicates.push(`${verb} ${often}`);
        if (language === "en" && !often.includes(" ")) predicates.push(`${often} ${verb}`);
      }
    }
  }
  return { predicates, copulas, afterContraction, nouns };
}

/** "~word" entries are weak: returned in `weak`, compiled without the "~". */
function withWeak(entries: readonly string[]): { phrases: PhraseIndex; weak: Set<string> } {
  const weak = new Set<string>();
  const phrases = entries.map((entry) => {
    if (!entry.startsWith("~")) return compilePhrase(entry);
    weak.add(entry.slice(1).trim());
    return compilePhrase(entry.slice(1).trim());
  });
  return { phrases: indexPhrases(phrases), weak };
}

function asideLists(both: (file: string) => string[]): AsideLists {
  const vocatives = withWeak(both("colleague-vocatives.txt"));
  const figureEntries = both("figure-terms.txt");
  const figuresNeedingMoney = new Set(figureEntries.filter((e) => e.startsWith("=")).map((e) => e.slice(1).trim()));
  const figures = withWeak(figureEntries.map((e) => (e.startsWith("=") ? e.slice(1).trim() : e)));
  return {
    firstNames: new Set(loadWordList(list("first-names.txt")).map(normalizeListWord)),
    cues: indexPhrases(both("aside-cues.txt").map(compilePhrase)),
    vocatives: vocatives.phrases,
    weakVocatives: vocatives.weak,
    noteAudiences: new Set(loadWordList(list("note-audiences.txt")).map(normalizeListWord)),
    figures: figures.phrases,
    figuresNeedingWe: figures.weak,
    figuresNeedingMoney,
  };
}

/** Everything a zone is checked against, prepared once per draft. */
export interface Checks {
  lists: LeakLists;
  markerPattern: MarkerPattern | undefined;
  codeNames: readonly Phrase[];
  codeNameIndex: PhraseIndex;
  /** True when a group greeting ("Hallo zusammen") in the authored text cannot address the recipients. */
  groupGreetingIsInternal: boolean;
  /** Language of the paragraph at a body offset, when known. */
  languageAt?: (offset: number) => Language;
  /** Colleagues' first names and the readers' names (asides). */
  people: People;
  /** The organisation's domains and config internalHosts (internal links). */
  internalDomains: readonly string[];
  internalHosts: readonly string[];
  /** The names of the readers' organisations in their addresses' domains: a host so named is theirs. */
  readerLabels: ReadonlySet<string>;
}

/** What prepareChecks needs beyond the draft: the engine's recipients and settings. */
export interface Organisation {
  internalDomains: readonly string[];
  internalHosts: readonly string[];
  isInternal(address: string): boolean;
}

export function prepareChecks(
  draft: Pick<Draft, "recipients"> & Partial<Pick<Draft, "from" | "zones" | "prose">>,
  options: Record<string, unknown>,
  languageAt?: (offset: number) => Language,
  organisation?: Organisation,
): Checks {
  const leak = leakLists();
  const { markerPattern, codeNames, codeNameIndex } = optionChecks(options, leak);
  return {
    lists: leak,
    markerPattern,
    codeNames,
    codeNameIndex,
    groupGreetingIsInternal: greetingCannotAddressRecipients(draft.recipients, leak.roleAddresses),
    ...(languageAt ? { languageAt } : {}),
    // Whether "an alle" or "FYI all" may speak to the readers themselves: several of them, a shared
    // mailbox or a family, club or class.
    people: {
      ...peopleOf(draft, organisation),
      readersMayBeGroup: !greetingCannotAddressRecipients(draft.recipients, leak.roleAddresses),
      readersAreTeam: draft.recipients.some((r) => !r.internal && namesTeam(r)),
    },
    internalDomains: organisation?.internalDomains ?? [],
    internalHosts: organisation?.internalHosts ?? [],
    readerLabels: readerOrganisations(draft.recipients, organisation),
  };
}

/** The readers' organisations by the names in their domains, leaving out any name the organisation's own domains carry. */
function readerOrganisations(recipients: readonly Recipient[], organisation?: Organisation): ReadonlySet<string> {
  if (!organisation) return new Set();
  const labels = organisationLabels(recipients.filter((r) => !r.internal && !organisation.isInternal(r.address)).map((r) => r.address));
  for (const domain of organisation.internalDomains) for (const label of domain.toLowerCase().split(".")) labels.delete(label);
  return labels;
}

type OptionChecks = Pick<Checks, "markerPattern" | "codeNames" | "codeNameIndex">;
let defaultOptionChecks: OptionChecks | undefined;

/**
 * The markers and code names of the rule's options. Without options of its own (nearly every
 * run) the same for every draft, so built once.
 */
function optionChecks(options: Record<string, unknown>, leak: LeakLists): OptionChecks {
  const ignoreMarkers = stringList(options.ignoreMarkers);
  const extraMarkers = stringList(options.markers);
  const codeNameList = stringList(options.codeNames);
  const plain = ignoreMarkers.length === 0 && extraMarkers.length === 0 && codeNameList.length === 0;
  if (plain && defaultOptionChecks) return defaultOptionChecks;
  const ignored = new Set(ignoreMarkers.map((m) => m.toLowerCase()));
  const codeNames = codeNameList.map(compilePhrase);
  const markers = [...leak.markers, ...extraMarkers].filter((m) => !ignored.has(m.toLowerCase()));
  const checks = { markerPattern: compileMarkers(markers), codeNames, codeNameIndex: indexPhrases(codeNames) };
  if (plain) defaultOptionChecks = checks;
  return checks;
}

/** Normalised words of a display name or an address's local part ("jana.kunde" -> jana, kunde). */
function nameWords(mailbox: Mailbox): string[] {
  const local = mailbox.address.slice(0, Math.max(0, mailbox.address.lastIndexOf("@")));
  return `${mailbox.name} ${local}`.split(/[^\p{L}]+/u).filter((w) => w.length > 1).map(normalizeListWord);
}

// Words of a display name that are no one's name ("Kita Sonnenschein, Frau Martens", "Team Einkauf").
const NOT_NAMES = new Set(["frau", "herr", "herrn", "familie", "dr", "prof", "mr", "mrs", "ms", "miss", "team", "gmbh", "ag", "kg", "ug", "ltd", "inc", "llc", "co", "und", "and", "von", "van", "der", "die", "de", "la", "le", "du", "info", "service", "support", "office", "kontakt", "contact", "sales", "einkauf", "buchhaltung", "accounts", "billing"]);

/** Normalised capitalised words of a display name that may be the person's name ("Martens", "Lucy"). */
function displayNameWords(mailbox: Mailbox): string[] {
  if (mailbox.name.includes("@")) return [];
  return mailbox.name
    .split(/[^\p{L}'’-]+/u)
    .filter((w) => w.length > 1 && w[0] !== w[0].toLowerCase())
    .map(normalizeListWord)
    .filter((w) => !NOT_NAMES.has(w));
}

/**
 * Who is who: the first names of colleagues named in the mail (From, internal recipients,
 * internal addresses in quote headers) and the names of the readers (external recipients, and
 * the words of the text's first line, its greeting: "Hallo Frau Richter," "Hi Karen,").
 */
function peopleOf(draft: Pick<Draft, "recipients"> & Partial<Pick<Draft, "from" | "zones" | "prose">>, organisation?: Organisation): People {
  const colleagues = new Set<string>();
  const readers = new Set<string>();
  const readerNames = new Set<string>();
  const colleaguesInCopy = new Set<string>();
  const isInternal = (mailbox: Mailbox) => (organisation ? organisation.isInternal(mailbox.address) : false);
  const colleague = (mailbox: Mailbox) => {
    const first = mailbox.name.trim().split(/\s+/)[0] ?? "";
    if (first.length > 1 && !first.includes("@")) colleagues.add(normalizeListWord(first.replace(/[^\p{L}-]/gu, "")));
  };
  if (draft.from && organisation) colleague(draft.from);
  for (const recipient of draft.recipients) {
    if (recipient.internal || (organisation && isInternal(recipient))) {
      colleague(recipient);
      const first = recipient.name.trim().split(/\s+/)[0] ?? "";
      if (first.length > 1 && !first.includes("@")) colleaguesInCopy.add(normalizeListWord(first.replace(/[^\p{L}-]/gu, "")));
    }
    else {
      for (const word of nameWords(recipient)) readers.add(word);
      for (const word of displayNameWords(recipient)) readerNames.add(word);
    }
  }
  for (const zone of draft.zones ?? []) {
    const header = zone.quoteHeader;
    if (!header) continue;
    for (const mailbox of [...(header.author ? [header.author] : []), ...header.to, ...header.cc]) {
      if (mailbox.address.includes("@") && isInternal(mailbox)) colleague(mailbox);
      else if (mailbox.address.includes("@")) for (const word of nameWords(mailbox)) readers.add(word);
    }
  }
  const authored = draft.zones?.find((zone) => zone.kind === "authored");
  let greetingStart: number | undefined;
  let greetedColleague: { start: number; end: number } | undefined;
  let greetingNamesSomeone = false;
  if (authored && draft.prose) {
    const greeting = greetingLine(draft.prose, authored.start, authored.end);
    greetingStart = greeting.start;
    if (greetsColleagueInCopyOnly(greeting.text, colleaguesInCopy, readers)) greetedColleague = { start: greeting.start, end: greeting.start + greeting.text.trimEnd().length };
    for (const word of greeting.text.split(/[^\p{L}]+/u)) if (word.length > 1) readers.add(normalizeListWord(word));
    greetingNamesSomeone = /\b(?:Herrn?|Frau|Mr|Mrs|Ms|Miss|Dr)\b/.test(greeting.text);
  }
  for (const reader of readers) colleagues.delete(reader);
  for (const reader of readers) colleaguesInCopy.delete(reader);
  let othersInQuotes = false;
  for (const zone of draft.zones ?? []) {
    if (zone.kind !== "quoted" && zone.kind !== "forwarded") continue;
    if (namesOtherPerson(zone.tokens, readers)) {
      othersInQuotes = true;
      break;
    }
  }
  const readerNamesToo = greetedNames(readers, readerNames);
  const readersUnnamed = readerNamesToo.size === 0 && !greetingNamesSomeone;
  // The sender signs with their name ("Viele Grüße\nTom"): they are "I", never whom a "she" or "er" after it stands for.
  const notOthers = new Set([...readers, ...readerNames, ...(draft.from ? nameWords(draft.from) : [])]);
  return { colleagues, readers, readerNames, readerWords: new Set([...readers, ...readerNames]), notOthers, colleaguesInCopy, othersInQuotes, readerNamesToo, readersUnnamed, greetingStart, greetedColleague };
}

// Salutation words before a name in a greeting line ("Hi Sam,", "Hallo Sam,", "Morning Sam,").
const GREETING_WORDS = new Set(["hi", "hello", "hey", "hallo", "moin", "servus", "morning", "morgen", "dear", "liebe", "lieber", "guten", "good", "afternoon", "evening", "abend", "tag"]);

/**
 * "Sam," or "Hi Sam," as the greeting of a mail that goes to Sam, a colleague, and to an outsider:
 * every word of the greeting is a salutation or the first name of a colleague who receives the
 * mail, and none is a name of an outside recipient.
 */
function greetsColleagueInCopyOnly(greeting: string, colleaguesInCopy: ReadonlySet<string>, readers: ReadonlySet<string>): boolean {
  // One salutation and nothing after it: at most a closing "," ":" or "!" (checked without a regex of overlapping parts).
  const trimmed = greeting.trimEnd();
  const salutation = /[,:!]$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
  const line = /[\n,:!]/.test(salutation) ? "" : salutation;
  const words = line.split(/[^\p{L}]+/u).filter((w) => w.length > 0).map(normalizeListWord);
  const names = words.filter((w) => !GREETING_WORDS.has(w));
  return names.length > 0 && names.every((w) => colleaguesInCopy.has(w) && !readers.has(w));
}

// Words that open a salutation line: "Hallo Herr Berger,", "Dear Karen,", "Guten Tag,", "Frau Holt,".
const SALUTATION_WORDS = new Set([
  "hallo", "hi", "hello", "hey", "dear", "liebe", "lieber", "liebes", "sehr", "guten", "gruss", "grüss", "gruezi", "grüezi", "moin", "servus",
  "good", "morning", "greetings", "hej", "hei", "ciao", "salut", "tag", "werte", "werter", "geehrte", "geehrter", "frau", "herr", "mr", "mrs", "ms", "dr",
]);

/**
 * The greeting line of the text written now: its first line, unless that line is no salutation
 * and one of the next two lines is ("Jonas, kannst du das gegenlesen?" above "Hallo Herr Berger,"
 * is a note to a colleague, not the greeting).
 */
function greetingLine(prose: string, start: number, end: number): { start: number; text: string } {
  const lines: { start: number; text: string }[] = [];
  let at = start;
  while (at < end && lines.length < 3) {
    const stop = prose.indexOf("\n", at);
    const lineEnd = stop < 0 || stop > end ? end : stop;
    const text = prose.slice(at, lineEnd);
    const lead = text.search(/\S/);
    if (lead >= 0) lines.push({ start: at + lead, text: text.slice(lead) });
    at = lineEnd + 1;
  }
  const isSalutation = (line: { text: string }) => SALUTATION_WORDS.has(normalizeListWord(/^\p{L}+/u.exec(line.text)?.[0] ?? ""));
  if (lines.length === 0) return { start, text: "" };
  if (isSalutation(lines[0])) return lines[0];
  return lines.slice(1).find(isSalutation) ?? lines[0];
}

/** The readers' names as written in the headers, and the greeting's words that are known first names or those names. */
function greetedNames(readers: ReadonlySet<string>, readerNames: ReadonlySet<string>): ReadonlySet<string> {
  const names = new Set(readerNames);
  const firstNames = leakLists().asides.firstNames;
  for (const word of readers) if (firstNames.has(word)) names.add(word);
  return names;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];
}

/**
 * "Hallo zusammen" or "Hi team" addresses a group. It reads as a note for colleagues only when
 * the mail goes to one single external person: with several recipients the group may well be
 * them, and a shared mailbox (info@, team@) is read by a group.
 */
export function greetingCannotAddressRecipients(recipients: readonly Recipient[], roleAddresses: readonly string[]): boolean {
  if (recipients.length !== 1 || recipients[0].internal) return false;
  const local = recipients[0].address.slice(0, recipients[0].address.lastIndexOf("@")).toLowerCase();
  if (namesGroup(recipients[0].name) || namesGroup(local)) return false;
  return !roleAddresses.some((role) => (role.endsWith("*") ? local.startsWith(role.slice(0, -1)) : local === role));
}

// Words of a display name or address that name a group of people, not one person: "Familie Berger",
// "eltern-3b@...", "TSV Nord Vorstand", "The Khan family". "Hallo zusammen" and "an alle" speak to them.
const GROUP_NAMES = new Set([
  "familie", "family", "eltern", "parents", "verein", "club", "klub", "team", "gruppe", "group", "klasse", "class", "vorstand", "board",
  "chor", "choir", "mannschaft", "household", "haushalt", "freunde", "friends", "kita", "hausverwaltung", "eigentümergemeinschaft", "weg",
]);

// A team by name: "Finance Team <finance@client.example>", "team-einkauf@...". "Team: please sign ..." speaks to them.
function namesTeam(recipient: Recipient): boolean {
  const local = recipient.address.slice(0, recipient.address.lastIndexOf("@")).toLowerCase();
  return [recipient.name, local].some((name) => name.toLowerCase().split(/[^\p{L}]+/u).includes("team"));
}

function namesGroup(name: string): boolean {
  for (const word of name.toLowerCase().split(/[^\p{L}]+/u)) if (GROUP_NAMES.has(word)) return true;
  return false;
}


/** The signals in one zone, read as `reading`, in text order. */
export function findSignals(
  zone: Zone,
  draft: Pick<Draft, "body" | "prose"> & Partial<Pick<Draft, "spans">>,
  reading: Reading,
  checks: Checks,
): LeakSignal[] {
  const signals: LeakSignal[] = [];
  for (const hit of findMarkers(draft.prose, checks.markerPattern, zone.start, zone.end)) {
    if (inDisclaimer(draft.prose, hit.start, checks.lists.disclaimers) || isJobTitle(hit, draft.prose, checks.languageAt?.(hit.start))) continue;
    signals.push({ kind: "marker", ...hit });
  }
  // "{internal}" is blanked in the prose as a template placeholder; as a label it is a marker.
  for (const span of spansFrom(draft.spans ?? [], zone.start, zone.end)) {
    if (span.kind !== "placeholder" || span.start < zone.start || span.end > zone.end) continue;
    const hit = markerInPlaceholder(draft.body.slice(span.start, span.end), checks.markerPattern);
    if (hit) signals.push({ kind: "marker", start: span.start + hit.start, end: span.start + hit.end, text: hit.text });
  }

  const text: TokenText = { tokens: zone.tokens, prose: draft.prose };
  const { lists: leak } = checks;
  const signalOf = (kind: LeakKind, match: PhraseMatch): LeakSignal => {
    const start = text.tokens[match.first].start;
    const end = text.tokens[match.after - 1].end;
    return { kind, start, end, text: draft.body.slice(start, end) };
  };
  // A reader's hit counts only where no signal found before it covers any of its words.
  const addUnlessOverlapping = (kind: LeakKind, hit: { start: number; end: number }) => {
    if (signals.some((signal) => signal.start < hit.end && signal.end > hit.start)) return;
    signals.push({ kind, start: hit.start, end: hit.end, text: draft.body.slice(hit.start, hit.end) });
  };

  const talksLikeColleague = reading !== "unknown-author";
  const greetingsCount = reading === "internal-author" || checks.groupGreetingIsInternal;
  // Instructions about a person ("tell her", "sag ihr") are ordinary in a mail to the customer
  // ("please tell her to bring the receipt"), so only a colleague's quoted message is read for them.
  const instructionsCount = reading === "internal-author";
  // A pronoun after someone else was named in this part ("Ihr Monteur war da. Er beschwert sich jedes
  // Mal über den Zugang") stands for them, not for the reader. Found on first need.
  let firstOther: number | undefined;
  const pronounForOther = (match: PhraseMatch): boolean => {
    const subject = text.tokens[match.first];
    if (!PRONOUN_SUBJECTS.has(subject.norm.replace("’", "'")) && !CONTRACTED.has(subject.norm.replace("’", "'"))) return false;
    // "die Kundin", "der Kunde": an article before a noun, not a pronoun ("Tom" signing off above does not make it someone else).
    const next = text.tokens[match.first + 1];
    if ((subject.norm === "die" || subject.norm === "der") && next && /^\p{Lu}/u.test(next.text)) return false;
    firstOther ??= firstOtherPerson(text.tokens, checks.people.notOthers ?? checks.people.readerWords, leak.asides.firstNames);
    return subject.start > firstOther;
  };
  // The strongest signal starting at word i, if any.
  const signalAt = (i: number): [LeakKind, PhraseMatch] | undefined => {
    let match = firstMatchAt(text, i, checks.codeNameIndex);
    if (match) return ["code-name", match];
    if (!talksLikeColleague) return undefined;
    if (greetingsCount && (match = greetingAt(text, i, leak.greetings))) return ["colleague-greeting", match];
    if ((match = firstMatchAt(text, i, leak.requests, leak.fillers))) return ["colleague-request", match];
    if ((match = subjectPredicateAt(text, i, leak.subjects, leak.predicates, leak.fillers, (at) => copulaJudgmentAt(text, at, leak))) && !pronounCalling(text, match) && !pronounForOther(match)) return ["third-person", match];
    if ((match = pronounRemarkAt(text, i, leak)) && !pronounCalling(text, match) && !pronounForOther(match)) return ["third-person", match];
    if ((match = contractedRemarkAt(text, i, leak)) && !pronounForOther(match)) return ["third-person", match];
    if ((match = readerRemarkAt(text, i, leak, checks.people))) return ["third-person", match];
    if ((match = firstMatchAt(text, i, leak.judgmentNouns))) return ["third-person", match];
    if (instructionsCount && (match = firstMatchAt(text, i, leak.instructions, leak.fillers))) return ["instruction", match];
    if (instructionsCount && (match = instructionAboutReaderAt(text, i, checks.people))) return ["instruction", match];
    return undefined;
  };
  // Most words can start no signal: one set lookup rules them out before a dozen phrase lists are tried.
  const starts = leak.starts;
  const anyStart = !talksLikeColleague || starts.anywhere || checks.codeNames.length > 0;
  for (let i = 0; i < text.tokens.length; i++) {
    if (!anyStart) {
      const norm = text.tokens[i].norm;
      const folded = norm.includes("’") ? norm.replaceAll("’", "'") : norm;
      if (!starts.words.has(folded) && !checks.people.readerNames.has(folded) && !startsWithAny(folded, starts.prefixes)) continue;
    }
    const found = signalAt(i);
    if (!found) continue;
    const [kind, match] = found;
    signals.push(signalOf(kind, match));
    i = match.after - 1;
  }
  if (talksLikeColleague) {
    const firstLine = reading === "internal-author" ? "colleague-greeting" : "greeting";
    const named = [...signals];
    // The readers with the people this zone introduces as theirs ("Ihr Sohn Max"), for both readings below.
    const people = withReadersIntroduced(text, checks.people);
    for (const hit of findAsides(text, zone.start, leak.asides, people, firstLine, zone.sentences)) {
      const inside = (signal: LeakSignal) => signal.kind !== "marker" && signal.start >= hit.start && signal.start < hit.end;
      // In a colleague's quoted message the remark within the aside says more ("refund her"),
      // and the fix is the same (delete the history): that one is kept. In the text written now
      // the aside is the part to delete, so it replaces the remark within it.
      if (reading !== "authored" && named.some(inside)) continue;
      if (reading === "authored") signals.splice(0, signals.length, ...signals.filter((signal) => !inside(signal)));
      signals.push({ kind: hit.kind, start: hit.start, end: hit.end, text: draft.body.slice(hit.start, hit.end) });
    }
    if (reading === "authored") for (const hit of findInformalSwitch(text, zone.sentences, people.readers)) addUnlessOverlapping("aside", hit);
    if (reading === "authored") for (const hit of findAboveGreeting(text, zone.start, checks.people.greetingStart)) addUnlessOverlapping("aside", hit);
    if (reading === "authored" && mayHoldNote(draft.prose.slice(zone.start, zone.end))) {
      for (const hit of findBracketNotes(text)) addUnlessOverlapping("aside", hit);
    }
    // "Sam," to Sam (a colleague) and a customer, and the customer never named: a mail written to the colleague.
    const greeted = checks.people.greetedColleague;
    if (reading === "authored" && greeted && greeted.start >= zone.start && greeted.end <= zone.end && !namesReader(text, checks.people.readerNames)) {
      addUnlessOverlapping("colleague-greeting", greeted);
    }
    // A colleague's quoted message speaks of the reader the same way ("Don't tell her yet", "She
    // complains about every delivery"); an earlier answer to the reader says "you" and is left alone.
    // "Between us, the unit she got was a refurb": in a colleague's message a confidence is one among colleagues
    // (in the text written now, "Unter uns gesagt, warten Sie auf den Sale" may confide in the reader).
    if (reading === "internal-author") for (const hit of findConfidences(text, zone.sentences)) addUnlessOverlapping("marker", hit);
    if (reading === "authored" || reading === "internal-author") {
      for (const hit of findWithholding(text, zone.sentences)) addUnlessOverlapping("instruction", hit);
      const { readerWords, notOthers, readerNamesToo, othersInQuotes } = checks.people;
      for (const hit of findReaderReferences(text, zone.sentences, notOthers ?? readerWords, readerNamesToo, leak.asides.firstNames, othersInQuotes && reading === "authored", reading === "authored")) {
        addUnlessOverlapping("third-person", hit);
      }
    }
    for (const hit of findRequests(text, zone.sentences, leak.asides.noteAudiences)) addUnlessOverlapping(hit.kind, hit);
    for (const hit of findFigures(text, zone.sentences, leak.asides)) {
      signals.push({ kind: hit.kind, start: hit.start, end: hit.end, text: draft.body.slice(hit.start, hit.end) });
    }
    for (const hit of findFigureClauses(text, zone.sentences)) addUnlessOverlapping("internal-figure", hit);
    if (draft.spans) {
      for (const link of findInternalLinks({ ...draft, spans: draft.spans }, zone.start, zone.end, checks.internalDomains, checks.internalHosts, checks.readerLabels)) {
        signals.push({ kind: "internal-link", start: link.start, end: link.end, text: link.text, linkReason: link.reason });
      }
    }
  }
  return signals.sort((a, b) => a.start - b.start);
}

/**
 * The signature zone: only what labels itself as a note ("[internal: ...]", "P.S. intern: ...",
 * "(note: she has cancelled twice)"). A postscript of one short line below the name is read as
 * part of the name block, so it lands here; the rest of a signature (titles, addresses,
 * disclaimers) is no remark and is not read.
 */
export function findSignatureSignals(zone: Zone, draft: Pick<Draft, "body" | "prose"> & Partial<Pick<Draft, "spans">>, checks: Checks): LeakSignal[] {
  const signals: LeakSignal[] = [];
  // A postscript below the name ("PS: die hat schon zwei Ersatzgeräte bekommen") is text written now:
  // from its line on, the zone is read as such (its first line, the closing, stands where a greeting would).
  const postscript = POSTSCRIPT_LINE.exec(draft.prose.slice(zone.start, zone.end));
  if (postscript) {
    const from = zone.start + postscript.index;
    for (const signal of findSignals(zone, draft, "authored", checks)) if (signal.start >= from) signals.push(signal);
  }
  for (const hit of findMarkers(draft.prose, checks.markerPattern, zone.start, zone.end)) {
    if (inDisclaimer(draft.prose, hit.start, checks.lists.disclaimers) || isJobTitle(hit, draft.prose, checks.languageAt?.(hit.start))) continue;
    if (signals.some((signal) => signal.start < hit.end && signal.end > hit.start)) continue;
    signals.push({ kind: "marker", ...hit });
  }
  if (mayHoldNote(draft.prose.slice(zone.start, zone.end))) {
    for (const hit of findBracketNotes({ tokens: zone.tokens, prose: draft.prose })) {
      if (signals.some((signal) => signal.start < hit.end && signal.end > hit.start)) continue;
      signals.push({ kind: "aside", start: hit.start, end: hit.end, text: draft.body.slice(hit.start, hit.end) });
    }
  }
  return signals.sort((a, b) => a.start - b.start);
}

// A confidence at a sentence's start: "between us", "unter uns (gesagt)", "off the record", "im Vertrauen".
const CONFIDENCES: readonly string[][] = [["between", "us"], ["between", "ourselves"], ["just", "between", "us"], ["unter", "uns"], ["off", "the", "record"], ["im", "vertrauen"], ["confidentially"], ["ganz", "unter", "uns"]];

/** Sentences that open with a confidence ("Between us, ...", "Unter uns gesagt: ..."): the confidence's words. */
function findConfidences(text: TokenText, sentences: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = [];
  for (const { first, stop } of sentencesWithTokens(text.tokens, sentences)) {
    for (const words of CONFIDENCES) {
      if (stop - first <= words.length || !words.every((word, n) => text.tokens[first + n].norm === word && (n === 0 || joined(text, first + n - 1)))) continue;
      // Set off by a comma, colon or dash, or "gesagt": "Between us and the depot it is two days" is a distance.
      const last = text.tokens[first + words.length - 1];
      const next = text.tokens[first + words.length];
      if (!/[,:;–—-]/.test(text.prose.slice(last.end, next.start)) && next.norm !== "gesagt") continue;
      hits.push({ start: text.tokens[first].start, end: text.tokens[first + words.length - 1].end });
      break;
    }
  }
  return hits;
}

// A line that starts a postscript: "PS:", "P.S.", "PPS", "NB:".
const POSTSCRIPT_LINE = /^[ \t]*(?:p\.?[ \t]?s\.?|p\.?p\.?s\.?|nb)(?=[:.,\s-])/im;

/** Whether a word of the outside recipients' display names stands in the tokens ("Gareth", "Pugh"). */
function namesReader(text: TokenText, readerNames: ReadonlySet<string>): boolean {
  for (const token of text.tokens) if (readerNames.has(token.norm)) return true;
  return false;
}

/**
 * "der nervt nur", "Er meckert ständig": a pronoun and an evaluation, in a main clause. German
 * "der"/"die" also start relative clauses ("eine Sache, die nervt"), where the verb stands last:
 * so a one-word evaluation counts only when the clause goes on after it or the pronoun starts
 * the sentence.
 */
function pronounRemarkAt(text: TokenText, i: number, leak: LeakLists): PhraseMatch | undefined {
  const token = text.tokens[i];
  if (!token || !leak.pronounSubjects.has(token.norm) || !joined(text, i)) return undefined;
  const predicate = predicateAt(text, i + 1, leak);
  if (!predicate) return undefined;
  const previousGap = i === 0 ? "\n" : text.prose.slice(text.tokens[i - 1].end, token.start);
  // After a dash the remark starts a clause of its own, in any case: "Dragan – der zahlt immer zu spät".
  const startsSentence = (/[.!?:\n]/.test(previousGap) && token.text[0] !== token.text[0].toLowerCase()) || /[–—]|(?:^|\s)-\s/.test(previousGap);
  const goesOn = !clauseEndsAfter(text, predicate.after - 1);
  if (!startsSentence && !goesOn) return undefined;
  return { phrase: predicate.phrase, first: i, after: predicate.after };
}

// Pronouns as a subject, and how often someone calls: "He calls every day", "Er ruft jeden Tag an".
const PRONOUN_SUBJECTS = new Set(["he", "she", "er", "der", "die"]);
const CONTRACTED = new Set(["he's", "she's"]);
const CALLING = /^(?:calls|rings|ruft|anruft)\b/;

/**
 * "He calls every day", "Er ruft schon wieder an": how often someone calls is a habit, not a
 * judgment, and a pronoun may stand for anyone the reader knows (their tenant, their site
 * manager). Said of the reader by name or as "the customer" it still counts.
 */
function pronounCalling(text: TokenText, match: PhraseMatch): boolean {
  return PRONOUN_SUBJECTS.has(text.tokens[match.first].norm) && CALLING.test(match.phrase.source);
}

/** A predicate of a remark at token `at`: from the list, or a copula and a judgment ("ist extrem schwierig"). */
function predicateAt(text: TokenText, at: number, leak: LeakLists): PhraseMatch | undefined {
  return firstMatchAt(text, at, leak.predicates, leak.fillers) ?? copulaJudgmentAt(text, at, leak);
}

/** A copula, at most two fillers, then a judgment: "ist extrem schwierig", "is being difficult again". */
function copulaJudgmentAt(text: TokenText, at: number, leak: LeakLists): PhraseMatch | undefined {
  const copula = firstMatchAt(text, at, leak.copulas, leak.fillers);
  const judgment = copula && judgmentAfterFillers(text, copula.after, leak);
  return judgment && { phrase: judgment.phrase, first: at, after: judgment.after };
}

/** "he's a pain", "she's impossible": the copula is in the subject's own word. */
function contractedRemarkAt(text: TokenText, i: number, leak: LeakLists): PhraseMatch | undefined {
  const norm = text.tokens[i]?.norm.replace("’", "'");
  if (norm !== "he's" && norm !== "she's") return undefined;
  // "she's been difficult all along": "'s" for "has", then "been".
  const been = (text.tokens[i + 1]?.norm === "been" || text.tokens[i + 1]?.norm === "being") && joined(text, i) ? 1 : 0;
  const judgment = judgmentAfterFillers(text, i + 1 + been, leak);
  return judgment && { phrase: judgment.phrase, first: i, after: judgment.after };
}

/** A judgment from token `at` on, after at most two fillers, each word joined to the one before. */
function judgmentAfterFillers(text: TokenText, at: number, leak: LeakLists): PhraseMatch | undefined {
  for (let k = at, skipped = 0; skipped <= 2; skipped++, k++) {
    if (!joined(text, k - 1)) return undefined;
    const judgment = firstMatchAt(text, k, leak.afterContraction, leak.fillers);
    if (judgment) return judgment;
    if (!leak.fillers.has(text.tokens[k]?.norm ?? "")) return undefined;
  }
  return undefined;
}

// Words before a name that make it a salutation or a polite mention ("Frau Martens", "Dear Lucy").
const BEFORE_POLITE_NAME = new Set(["herr", "herrn", "frau", "mr", "mrs", "ms", "miss", "dr", "prof", "familie", "liebe", "lieber", "dear", "hallo", "hi", "hello", "hey", "tag", "geehrte", "geehrter", "moin", "servus"]);

/**
 * The reader spoken of by name, without "Herr"/"Frau": "Schreiber ist ein notorischer Nörgler",
 * "die Martens ruft sonst täglich an". A reader's name as the subject of a judgment (the
 * predicates), or after "der"/"die" as in colloquial German talk about a person, followed by
 * a verb (a lower-case word: "die Martens ruft", not "die Martens GmbH").
 */
function readerRemarkAt(text: TokenText, i: number, leak: LeakLists, people: People): PhraseMatch | undefined {
  const token = text.tokens[i];
  if (!token) return undefined;
  const article = (token.norm === "der" || token.norm === "die") && joined(text, i);
  const at = article ? i + 1 : i;
  const name = text.tokens[at];
  if (!name || !people.readerNames.has(name.norm) || !isCapitalisedWord(name.text)) return undefined;
  if (!article && i > 0 && BEFORE_POLITE_NAME.has(text.tokens[i - 1].norm) && joined(text, i - 1)) return undefined;
  if (!joined(text, at)) return undefined;
  const predicate = predicateAt(text, at + 1, leak);
  if (predicate) return { phrase: predicate.phrase, first: i, after: predicate.after };
  const verb = text.tokens[at + 1];
  if (article && verb && verb.text[0] === verb.text[0].toLowerCase() && /\p{L}/u.test(verb.text[0]) && /^[ \t]+$/.test(text.prose.slice(name.end, verb.start))) {
    return { phrase: { source: "der/die + Name", words: [] }, first: i, after: at + 2 };
  }
  return undefined;
}

// Verbs of dealing with someone, in a colleague's message: "tell Harwood we're fully booked", "sag Martens, ...".
const DEALING_VERBS = new Set(["tell", "give", "offer", "refund", "promise", "ignore", "sag", "sagt", "gib", "gebt", "biete", "bietet", "versprich", "ignorier", "ignoriere", "vertröste"]);

/** In a colleague's message: a verb of dealing with someone and the reader's name ("tell Harwood ..."). */
function instructionAboutReaderAt(text: TokenText, i: number, people: People): PhraseMatch | undefined {
  const verb = text.tokens[i];
  const name = text.tokens[i + 1];
  if (!verb || !name || !DEALING_VERBS.has(verb.norm) || !joined(text, i)) return undefined;
  if (!people.readerNames.has(name.norm) || !isCapitalisedWord(name.text)) return undefined;
  return { phrase: { source: "verb + reader", words: [] }, first: i, after: i + 2 };
}

function isCapitalisedWord(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}

/** A salutation: at the start of a line, followed by a comma, "!", ":" or the line end. */
function greetingAt(text: TokenText, i: number, greetings: PhraseIndex): PhraseMatch | undefined {
  const match = firstMatchAt(text, i, greetings);
  if (!match) return undefined;
  if (!startsLine(text.prose, text.tokens[i].start)) return undefined;
  const after = text.tokens[match.after - 1].end;
  const rest = text.prose.slice(after, after + 40);
  // "Team: zwei Entwickler ...", "All: items ship ...": one word before a colon and more text on
  // the line is a label, not a salutation (an aside to the team is read by findAsides).
  if (match.after - i === 1 && /^[ \t]*:[ \t]*\S/.test(rest)) return undefined;
  return /^[ \t]*(?:[,!:]|\n|$)/.test(rest) ? match : undefined;
}

/**
 * Whether only blanks stand between the line's start and `offset`. It looks back no further than the
 * first other character: searching back to the line start for every word was quadratic on one long
 * line (20,000 greetings on one line: 2.6 s).
 */
function startsLine(prose: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const ch = prose[k];
    if (ch === "\n") return true;
    if (ch !== " " && ch !== "\t" && ch !== "\r" && ch.trim() !== "") return false;
  }
  return true;
}

/**
 * In English, "Intern" is also a trainee: "Intern: Jane Doe" in a team list, or a job title in a
 * signature. There the German marker counts only in brackets ("[intern]").
 */
function isJobTitle(hit: MarkerHit, text: string, language: Language | undefined): boolean {
  if (hit.text.toLowerCase() !== "intern" || language !== "en") return false;
  return !/[\[(]\s*$/.test(text.slice(Math.max(0, hit.start - 3), hit.start));
}

/**
 * True when the marker stands in a legal disclaimer ("CONFIDENTIAL: ... intended recipient ...").
 * The paragraph is read from the prose, where quote markers are blanked, so that a quoted
 * disclaimer is one paragraph too.
 */
function inDisclaimer(prose: string, offset: number, disclaimers: readonly string[]): boolean {
  const { start, end } = paragraphAround(prose, offset);
  const paragraph = prose.slice(start, end).toLowerCase().replace(/\s+/g, " ");
  return disclaimers.some((phrase) => paragraph.includes(phrase));
}

/** The lines around `offset` up to the nearest blank lines (at most ~4,000 characters). */
function paragraphAround(prose: string, offset: number): { start: number; end: number } {
  const LIMIT = 2000;
  let start = prose.lastIndexOf("\n", offset - 1) + 1;
  while (start > 0 && offset - start < LIMIT) {
    const previous = prose.lastIndexOf("\n", start - 2) + 1;
    if (prose.slice(previous, start - 1).trim() === "") break;
    start = previous;
  }
  let end = prose.indexOf("\n", offset);
  while (end >= 0 && end - offset < LIMIT) {
    const next = prose.indexOf("\n", end + 1);
    const line = prose.slice(end + 1, next < 0 ? prose.length : next);
    if (line.trim() === "") break;
    end = next;
  }
  return { start, end: end < 0 ? prose.length : end };
}

// The subject line

const REPLY_PREFIX = /^(?:\s*(?:re|aw|antw|wg|fw|fwd|sv|vs|tr)\s*(?:\[\d+\]\s*)?:)+\s*/i;

/** A marker or code name in the subject ("[intern] Reklamation Meier"), with offsets into `subject`. */
export function findSubjectSignal(subject: string, checks: Checks, language?: Language): LeakSignal | undefined {
  const offset = REPLY_PREFIX.exec(subject)?.[0].length ?? 0;
  const [marker] = findMarkers(subject, checks.markerPattern, offset).filter((hit) => !isJobTitle(hit, subject, language));
  if (marker) return { kind: "marker", ...marker };
  const segment = findSegmentMarker(subject, checks.markerPattern);
  if (segment && !isJobTitle(segment, subject, language)) return { kind: "marker", ...segment };
  // Plain lower case keeps the offsets (folding ß to ss would shift them).
  const lower = subject.toLowerCase();
  for (const name of checks.codeNames) {
    const needle = name.source.trim().toLowerCase();
    const at = lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u"));
    if (at >= 0) return { kind: "code-name", start: at, end: at + needle.length, text: subject.slice(at, at + needle.length) };
  }
  return undefined;
}

