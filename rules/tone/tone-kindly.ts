// Readings under which words that usually talk down to the reader are kind: the sentence sides
// with the reader, reminds them of an offer, asks them to understand the writers' reasons, or
// congratulates them on a quick success. scanTone (tone-helpers.ts) drops a no-condescension
// finding when its sentence reads so; the rude uses of the same openers keep their finding:
//   "Any reasonable person would have been upset" (siding) / "... would have read the label";
//   "You do know you can call us any time, right?" (an offer) / "... you have to sign it, right?";
//   "Surely you can understand why we need the receipt" / "Surely you can understand a simple form";
//   "Congratulations on the promotion after only six months" / "... after only three reminders".
import { lexiconKey, type Language, type Token } from "../../src/rule-api.js";
import { personNouns } from "./tone-data.js";

type Keys = readonly string[];
const set = (...words: string[]) => new Set(words);

/** True when the finding from `start` to `end` in a sentence of `tokens` is meant kindly. */
export function isKindlyMeant(tokens: readonly Token[], prose: string, start: number, end: number, language: Language): boolean {
  const first = tokens.findIndex((token) => token.start >= start);
  if (first < 0) return false;
  let after = tokens.findIndex((token) => token.start >= end);
  if (after < 0) after = tokens.length;
  const keys = tokens.map((token) => lexiconKey(token.text));
  const found = keys.slice(first, after);
  // The rest of the clause: up to the next comma, semicolon or dash ("..., and we are sorry").
  const rest: string[] = [];
  for (let i = after; i < tokens.length; i++) {
    if (i > after && /[,;:–—]/.test(prose.slice(tokens[i - 1].end, tokens[i].start))) break;
    rest.push(keys[i]);
  }
  return (
    sidesWithReader(found, rest, language) ||
    remindsOfOffer(found, keys.slice(after), language) ||
    asksToUnderstandUs(found, rest) ||
    praisesSpeed(found, keys)
  );
}

// --- "Any reasonable person would have been upset", "Jeder vernünftige Mensch hätte genauso gehandelt"
// The generic sensible person is said to have done or felt what the reader did: that backs the
// reader. What the reader failed to do ("would have read the label") still rates them, and so
// does a comparison with the writers ("genauso gemacht wie wir").
const EVERYONE = set("anyone", "anybody", "everyone", "everybody", "any", "jeder", "jede", "jedermann");
const WOULD = set("would", "wouldve", "would've", "'d", "haette", "waere", "wuerde", "haetten", "waeren", "wuerden");
const SAME = set("likewise", "similarly", "genauso", "ebenso", "gleiche", "dasselbe", "ebenfalls", "gleichermassen");
// "the same" as what was done or felt ("done the same", "reacted the same way"), not "the same warning".
const SAME_END = set("way", "thing", "here", "in", "if", "too");
const FELT = set(
  "upset", "angry", "annoyed", "frustrated", "disappointed", "furious", "irritated", "worried", "concerned", "confused",
  "surprised", "shocked", "unhappy", "complained", "complain", "objected", "agree", "agreed", "sympathise", "sympathize",
  "geaergert", "aergern", "aufgeregt", "veraergert", "enttaeuscht", "sauer", "wuetend", "verunsichert", "verwirrt",
  "irritiert", "besorgt", "ueberrascht", "erschrocken", "frustriert", "verstimmt", "beschwert", "beschweren",
  "reklamiert", "reklamieren", "zustimmen", "zugestimmt", "beipflichten",
);
const OUR_SIDE = set("we", "us", "our", "ours", "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer");
const NEGATION = set("not", "n't", "never", "no", "nicht", "nie", "niemals", "kein", "keine", "keinen");

function sidesWithReader(found: Keys, rest: Keys, _language: Language): boolean {
  if (!found.some((k) => EVERYONE.has(k))) return false;
  const would = [...found, ...rest].some((k) => WOULD.has(k));
  if (!would || rest.some((k) => OUR_SIDE.has(k) || NEGATION.has(k) || k.endsWith("n't"))) return false;
  // "would agree with you", "würde Ihnen recht geben", "would understand your frustration"
  const agrees = rest.some((k, j) => (k === "recht" && rest[j + 1]?.startsWith("geb")) || ((k === "understand" || k.startsWith("verst")) && /^(?:your|you|ihren|ihre|ihr|ihnen|sie)$/.test(rest[j + 1] ?? rest[j - 1] ?? "")));
  return agrees || rest.some((k, j) => SAME.has(k) || FELT.has(k) || (k === "same" && (j === rest.length - 1 || SAME_END.has(rest[j + 1]))));
}

// --- "You do know you can call us any time, right?", "Sie wissen schon, dass Sie uns jederzeit anrufen können"
// What the reader is reminded of is an offer of the writers': the reader may turn to them, or
// they are glad to help. A duty ("you have to"), a refusal ("we can't") or a chance missed
// ("hätten ... können") is still a lecture.
const KNOW = set("know", "knew", "wissen", "weiss", "wussten");
const MAY = set("can", "may", "koennen", "koennt", "kann", "duerfen", "darf", "welcome", "gerne", "gern", "happy", "glad", "available", "erreichbar", "help", "helfen", "open", "geoeffnet");
const DUTY = set("must", "have", "has", "need", "needs", "should", "had", "muessen", "muss", "musst", "sollten", "sollen", "haetten", "haette", "brauchen", "required");

function remindsOfOffer(found: Keys, rest: Keys, _language: Language): boolean {
  if (!found.some((k) => KNOW.has(k))) return false;
  if (!rest.some((k) => OUR_SIDE.has(k)) || !rest.some((k) => MAY.has(k))) return false;
  return !rest.some((k) => DUTY.has(k) || NEGATION.has(k) || k.endsWith("n't") || k === "cannot");
}

// --- "Surely you can understand why we need the receipt": the writers' reason, not the reader's wit.
function asksToUnderstandUs(found: Keys, rest: Keys): boolean {
  if (!found.includes("surely")) return false;
  const verb = rest.findIndex((k) => /^(?:understand|see|appreciate)$/.test(k));
  // "why we ...": a reason given; "that we need a receipt" states a demand and stays a lecture.
  if (verb < 0 || rest[verb + 1] !== "why") return false;
  const reason = rest.slice(verb + 2);
  return OUR_SIDE.has(reason[0] ?? "") && !reason.some((k) => NEGATION.has(k) || k.endsWith("n't") || k === "cannot");
}

// --- "Congratulations on the promotion after only six months", "Nach nur drei Wochen schon ..., herzlichen Glückwunsch"
// "only" before a span of time praises speed; a late answer is "finally" or "erst nach".
const CHEERS = set("congratulations", "congrats", "congratulate", "glueckwunsch", "gratuliere", "gratulation", "bravo", "kudos");
const SPAN = /^(?:days?|weeks?|months?|years?|tagen?|wochen?|monaten?|jahre?n?)$/;
const COUNT = /^(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|einem|einer|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|zwoelf)$/;

function praisesSpeed(found: Keys, keys: Keys): boolean {
  if (!found.some((k) => CHEERS.has(k))) return false;
  if (keys.some((k) => k === "finally" || k === "endlich" || k === "again" || k === "wieder" || k === "erst")) return false;
  return keys.some((k, j) => (k === "only" || k === "nur" || k === "just") && COUNT.test(keys[j + 1] ?? "") && SPAN.test(keys[j + 2] ?? ""));
}

// --- "Die Techniker waren heute da. Sie wissen schon, was zu tun ist." -------------------------
// A sentence-initial "Sie" is written with a capital either way; after a sentence whose subject is
// a group of people ("Die Techniker waren ...", "Unsere Kollegen sind ...") it most likely goes on
// about them ("they"), not the reader.
const GROUP_ARTICLE = set("die", "unsere", "ihre", "diese", "alle", "beide", "meine");
const PLURAL_VERB = set("sind", "waren", "haben", "hatten", "werden", "wurden", "kommen", "kamen", "koennen", "konnten", "wissen", "wussten", "arbeiten", "melden", "kuemmern");

/** True when the finding opens its sentence with "Sie" right after a sentence about a group of people. */
export function isTheyAfterGroup(previous: readonly Token[], tokens: readonly Token[], start: number, language: Language): boolean {
  if (language !== "de" || tokens[0]?.text !== "Sie" || tokens[0].start !== start || previous.length < 3) return false;
  if (!GROUP_ARTICLE.has(lexiconKey(previous[0].text)) || !PLURAL_VERB.has(lexiconKey(previous[2].text))) return false;
  // People, in the plural: "Techniker", "Kollegen", "Beraterinnen" (not "Die Unterlagen sind ...").
  const noun = lexiconKey(previous[1].text);
  const people = personNouns("de");
  return /^[A-ZÄÖÜ]/.test(previous[1].text) && [noun, noun.replace(/(?:innen|en|n|e)$/, "")].some((stem) => people.has(stem));
}
