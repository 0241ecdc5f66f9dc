// Internal figures read as a clause rather than a term: the company as the subject of a verb of
// earning, paying or losing, with an amount of money or a percentage in the same sentence ("we
// only make 8% on these", "we pay the supplier 14.20 a unit", "wir verdienen daran nur 8 %",
// "daran verdienen wir 3 Euro"), or something that costs the company ("it costs us twelve
// pounds", "cost to us is £340", "kostet uns 12 €"). Amounts may be written in words ("forty
// percent", "two quid", "zwölf Euro").
//
// Precision first. A sentence that speaks to the reader ("we pay you", "we'll refund your 20 €",
// "zahlen wir Ihnen") is about the reader's money, never counted; nor is paying for the
// reader's postage or return ("we pay the £5.95 return postage"); "offer", "charge" and "cost"
// without "us" are prices quoted to the reader and no verb of this reading.
import type { Token } from "../../src/rule-api.js";
import type { TokenText } from "./leaks-phrases.js";
import { sentencesWithTokens } from "./sentence-tokens.js";

// The company as the subject: "we", "we're", "we'd", "wir".
const WE = new Set(["we", "we're", "we'd", "we've", "we'll", "we’re", "we’d", "we’ve", "we’ll", "wir"]);
// Verbs of earning, paying, buying and losing with the company as the subject. German verbs
// may stand before "wir" (verb second: "Daran verdienen wir nur 8 %").
const EARN_EN = new Set([
  "make", "makes", "making", "made", "earn", "earning", "earned", "net", "netting", "clear", "clearing",
  "pay", "paying", "paid", "lose", "losing", "lost", "buy", "buying", "bought", "purchase", "purchasing", "purchased",
  "get", "getting", "got", "source", "sourcing", "sourced", "spend", "spending", "spent", "break", "breaking", "broke",
  // "we're left with £40 on this job", "we mark these up 30%" (marking only with "up")
  "left", "mark", "marks", "marking", "marked",
  // "we only land these at £318 a unit": bringing stock in at a landed cost.
  "land", "lands", "landing", "landed", "procure", "procured", "import", "imported", "pick", "picked",
]);
const MARK = new Set(["mark", "marks", "marking", "marked"]);
const PERFECT_AUX = new Set(["haben", "hatten", "hat", "hatte"]);
const PARTICIPLES_DE = new Set(["bezahlt", "gezahlt", "gekauft", "eingekauft", "bekommen", "verdient", "verloren", "draufgelegt", "bezogen"]);
const LAND = new Set(["land", "lands", "landing", "landed", "import", "imported", "pick", "picked"]);
const STOCK_OBJECTS = new Set(["these", "those", "them", "this", "it", "each", "the", "our", "every"]);
const EARN_DE = new Set([
  "verdienen", "verdienten", "verdient", "machen", "machten", "zahlen", "zahlten", "bezahlen", "bezahlten", "gezahlt", "bezahlt",
  "verlieren", "verloren", "kaufen", "kauften", "gekauft", "bekommen", "bekamen", "kriegen", "kriegten", "draufgelegt",
  "beziehen", "bezogen", "bezahlten", "importieren", "importiert",
]);
// Words between "we" and its verb: "we only make", "we're barely making", "we'd actually lose".
const BETWEEN = new Set([
  "only", "just", "barely", "hardly", "really", "actually", "still", "already", "even", "basically", "currently", "normally",
  "usually", "typically", "probably", "roughly", "then", "now", "also", "are", "were", "would", "will", "do", "did", "can", "could",
  "nur", "noch", "gerade", "bloss", "eigentlich", "ja", "selbst", "auch", "schon", "aktuell", "derzeit", "hier", "damit", "daran",
]);
// Costs to the company: "costs us", "cost to us", "kostet uns", "set us back".
// Also what a supplier charges the company: "the crew runs us $1,100 a day", "das Hotel verrechnet uns CHF 1'480".
const COST = new Set([
  "cost", "costs", "costing", "kostet", "kosten", "kostete", "kosteten", "set", "sets", "run", "runs", "running", "ran",
  "charge", "charges", "charged", "charging", "bill", "bills", "billed", "invoice", "invoices", "invoiced",
  "verrechnet", "verrechnen", "verrechnete", "berechnet", "berechnen", "berechnete", "berechneten", "stellt", "stellen",
  // What is left to the company: "that leaves us 7%", "bleiben uns keine 6 Euro".
  "leaves", "leave", "left", "bleibt", "bleiben", "blieb", "blieben",
]);
// The reader's side: a sentence with these speaks to or about the reader's money.
const READER_EN = new Set(["you", "your", "yours"]);
const READER_DE_CAPITALISED = new Set(["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"]);
// Paying the reader's postage, return or delivery is a service to the reader.
const READER_SERVICE = /(?<!\p{L})(?:postage|shipping|delivery|return|returns|label|refund\w*|back|porto|versand\w*|rückversand\w*|rücksendung\w*|zustellung|lieferkosten|rückerstatt\w*|erstatt\w*|zurück\w*)(?!\p{L})/iu;
// Making a discount is an offer to the reader: "gerne machen wir 10 % Rabatt", "we'll make it 10% off".
const DISCOUNT = /(?<!\p{L})(?:discount\w*|off|rabatt\w*|nachlass\w*|skonto|gutschein\w*|gutschrift\w*|voucher\w*|cheaper|günstiger)(?!\p{L})/iu;

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a few|a couple of|" +
  "ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|ein paar";
const UNIT = "[$£€%]|eur\\b|euros?\\b|usd\\b|gbp\\b|chf\\b|dollars?\\b|bucks\\b|pounds?\\b|quid\\b|pence\\b|cents?\\b|prozent\\b|percent\\b|per cent\\b";
// An amount: a currency sign or code next to a number, a number with a unit, or a number word with a unit.
const AMOUNT = new RegExp(
  `(?:[$£€]\\s?\\d|(?<![\\d.,])\\d[\\d.,]*\\s?(?:${UNIT})|\\b(?:eur|usd|gbp|chf)\\s?\\d|\\b(?:${NUMBER_WORDS})[\\s-](?:${UNIT})|\\b(?:lose|losing|lost)\\s+money\\b|\\bverlieren\\s+(?:wir\\s+)?geld\\b|\\bbreak(?:ing)?\\s+even\\b|(?<![\\d.,])\\d[\\d.,]*\\s?(?:each|apiece|a unit|per unit|a piece|per piece|pro stück|je stück|das stück|pro einheit)\\b)`,
  "iu",
);

export interface FigureClause {
  start: number;
  end: number;
}

/** True when the sentence's words hold an amount of money or a percentage (digits or number words). */
export function holdsAmount(words: string): boolean {
  return AMOUNT.test(words);
}

/** The clause speaks to or of the reader: "you", "your", the formal "Sie"/"Ihnen"/"Ihr..." (capitalised). */
function speaksToReaderIn(clause: string): boolean {
  for (const word of clause.split(/[^\p{L}'’]+/u)) {
    if (READER_EN.has(word.toLowerCase()) || READER_DE_CAPITALISED.has(word)) return true;
  }
  return false;
}


/** The company as the subject of a verb of earning or paying, or a cost to it, in tokens [from, to). */
function companyFigureVerb(tokens: readonly Token[], from: number, to: number): { verb: string; at: number } | undefined {
  for (let k = from; k < to; k++) {
    const norm = tokens[k].norm;
    if (WE.has(norm)) {
      // "we (only) make", "we're barely making"
      for (let j = k + 1, gap = 0; j < to && gap <= 2; j++) {
        const next = tokens[j].norm;
        if (EARN_EN.has(next) || EARN_DE.has(next)) {
          // "we buy back", "we pay back", "zahlen wir ... zurück" is the reader's money.
          if (tokens[j + 1]?.norm === "back") return undefined;
          // "we mark these up 30%"; "we marked the invoice as paid" is no markup.
          if (MARK.has(next) && !upWithin(tokens, j + 1, Math.min(to, j + 4))) break;
          // "we land these at £318"; "we land at Heathrow" is travel: the stock as the object first.
          if (LAND.has(next) && !STOCK_OBJECTS.has(tokens[j + 1]?.norm ?? "")) break;
          return { verb: next, at: j };
        }
        if (!BETWEEN.has(next)) break;
        gap++;
      }
      // German verb second: "Daran verdienen wir", "Pro Stück zahlen wir".
      if (norm === "wir" && k > from && EARN_DE.has(tokens[k - 1].norm)) return { verb: tokens[k - 1].norm, at: k - 1 };
      // German perfect, the participle last: "Wir haben für das Teil 180 EUR bezahlt".
      if (norm === "wir" && PERFECT_AUX.has(tokens[k + 1]?.norm ?? "")) {
        for (let j = k + 2; j < Math.min(to, k + 10); j++) if (PARTICIPLES_DE.has(tokens[j].norm)) return { verb: tokens[j].norm, at: j };
      }
    }
    // "Das Teil hat uns 180 EUR gekostet": "uns" and the participle of costing after it.
    if (norm === "uns" && k > from && PERFECT_AUX.has(tokens[k - 1].norm)) {
      for (let j = k + 1; j < Math.min(to, k + 8); j++) if (tokens[j].norm === "gekostet") return { verb: "gekostet", at: j };
    }
    // "costs us", "cost to us", "kostet uns", "sets us back"
    if (COST.has(norm) && k + 1 < to) {
      const next = tokens[k + 1].norm;
      if (next === "us" || next === "uns") return { verb: norm, at: k };
      if (next === "to" && tokens[k + 2]?.norm === "us") return { verb: norm, at: k };
    }
  }
  return undefined;
}

function upWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].norm === "up") return true;
  return false;
}

const CLAUSE_BREAK = /[,;:–—()]/;
/** A clause break at prose[at]; a comma or colon between digits is a decimal sign or a time ("14,20", "10:30"). */
function isClauseBreak(prose: string, at: number): boolean {
  if (!CLAUSE_BREAK.test(prose[at])) return false;
  return !((prose[at] === "," || prose[at] === ":") && /\d/.test(prose[at - 1] ?? "") && /\d/.test(prose[at + 1] ?? ""));
}

// Words that open another clause: "Our prices went up 4% because fuel costs us more too".
const CLAUSE_OPENERS = /^(?:because|since|although|though|whereas|while|but|therefore|hence|thus|weil|denn|obwohl|während|waehrend|aber|sondern|sodass|daher|deshalb|deswegen|darum|folglich)$/i;
// "so" opens a clause of consequence only after a comma: "our costs have gone up, so the price rises by 5%".
const CONSEQUENCE_SO = /^so$/i;

// A cost said in words in the term's own clause: "fuel costs us more too", "die kostet uns ohnehin wenig".
const ANY_WORDED_QUANTITY = /(?<!\p{L})(?:more|less|little|nothing|extra|wenig|weniger|mehr|nichts|kaum)(?!\p{L})/iu;
const ANY_CLAUSE_OPENER = /(?<!\p{L})(?:because|since|although|though|whereas|while|but|therefore|hence|thus|so|weil|denn|obwohl|während|waehrend|aber|sondern|sodass|daher|deshalb|deswegen|darum|folglich)(?!\p{L})/iu;

/**
 * Where a figure term's amount may stand: the sentence, cut at a word that opens another clause
 * ("Our prices went up 4% because fuel costs us more too" names no cost of ours), on the side away
 * from the term. `clause` is the term's own clause, up to the nearest clause breaks (a colon or
 * dash right after the term gives its value and is read through: "Einkaufspreis: 12 EUR", "our
 * margin is thin - about 6%"). `worded`: that clause says the cost in words ("kostet uns wenig"),
 * so an amount elsewhere in the sentence is not it.
 */
export function termClause(prose: string, sentence: { start: number; end: number }, start: number, end: number): { clause: string; reach: string; worded: boolean } {
  let from = start;
  while (from > sentence.start && !isClauseBreak(prose, from - 1)) from--;
  let to = end;
  const value = /^[ \t]*(?:\p{L}+(?:[ \t]+\p{L}+)?[ \t]*)?(?:[:–—]|-(?=[ \t]))/u.exec(prose.slice(end, Math.min(sentence.end, end + 40)));
  if (value) to = end + value[0].length;
  while (to < sentence.end && !isClauseBreak(prose, to)) to++;
  let reachStart = sentence.start;
  let reachEnd = sentence.end;
  const words = prose.slice(sentence.start, sentence.end);
  // Most sentences have no such word: one test before reading them word by word.
  for (const m of ANY_CLAUSE_OPENER.test(words) ? words.matchAll(/\p{L}+/gu) : []) {
    if (!CLAUSE_OPENERS.test(m[0]) && !(CONSEQUENCE_SO.test(m[0]) && /,[ \t]*$/.test(words.slice(0, m.index)))) continue;
    const at = sentence.start + m.index!;
    if (at + m[0].length <= start) reachStart = at + m[0].length;
    else if (at >= end) {
      reachEnd = at;
      break;
    }
  }
  const clause = prose.slice(Math.max(from, reachStart), Math.min(to, reachEnd));
  const worded = ANY_WORDED_QUANTITY.test(clause);
  return { clause, reach: prose.slice(reachStart, reachEnd), worded };
}

const FUTURE = new Set(["we'll", "we’ll", "will", "shall", "werden"]);
const SUPPLIER = /(?<!\p{L})(?:suppliers?|manufacturers?|wholesalers?|vendors?|factory|lieferant\w*|hersteller\w*|großhändler\w*|grosshändler\w*|grosshaendler\w*|werk)(?!\p{L})/iu;

/** A future before the verb of paying: "we'll pay", "we will pay", "werden wir ... zahlen". */
function promisedPayment(tokens: readonly Token[], from: number, verb: number): boolean {
  for (let k = from; k < verb; k++) if (FUTURE.has(tokens[k].norm)) return true;
  return false;
}

/** Sentences that name what the company earns, pays or loses, with an amount. */
export function findFigureClauses(text: TokenText, sentences: readonly { start: number; end: number }[]): FigureClause[] {
  const hits: FigureClause[] = [];
  const { tokens, prose } = text;
  for (const { sentence, first: k, stop } of sentencesWithTokens(tokens, sentences)) {
    if (stop - k < 3 || stop - k > 45) continue;
    const found = companyFigureVerb(tokens, k, stop);
    if (!found) continue;
    const words = prose.slice(sentence.start, sentence.end);
    // The amount must stand in the verb's clause: "we make every effort, and 98% of orders ..." is two.
    const { clause } = termClause(prose, sentence, tokens[found.at].start, tokens[found.at].end);
    if (!holdsAmount(clause) || speaksToReaderIn(clause)) continue;
    if (/^(?:pay|paying|paid|zahlen|zahlten|bezahlen|bezahlten|gezahlt|bezahlt)$/.test(found.verb) && READER_SERVICE.test(words)) continue;
    // "We'll pay £418.35, which is the total of your receipts": a payment promised is the reader's money;
    // what the company pays its supplier it says in the present or past ("we pay 14 pounds a unit").
    if (/^(?:pay|zahlen|bezahlen)$/.test(found.verb) && promisedPayment(tokens, k, found.at) && !SUPPLIER.test(words)) continue;
    if (/^(?:make|makes|making|made|machen|machten)$/.test(found.verb) && DISCOUNT.test(words)) continue;
    hits.push({ start: sentence.start + words.search(/\S/), end: sentence.start + words.trimEnd().length });
  }
  return hits;
}
