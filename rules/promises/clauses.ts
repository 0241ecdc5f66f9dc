// The clause reader of the promise rules: splits a sentence into clauses and reads each one the
// way ../shared/PROMISES.md defines a commitment, German and English, from tokens alone.
//
// A sentence is cut at ; : and dashes, at commas and conjunctions (und/and/aber/but/oder/or/
// sondern/dann/then) where a new subject and verb follow, at subordinators (dass/that, wenn/if,
// sobald/once, weil/because, ...) and after a third party's report verb ("DHL informed us | the
// parcel ..."). Each clause is read for:
//  - its subject: the sender's side (ich/wir/I/we, "unser/our + noun", a role noun of the sender's
//    side with an article: "die Monteurin", "the technician"), the reader receiving ("Sie erhalten",
//    "you will receive"), a deliverable in a passive or impersonal form ("Die Gutschrift wird
//    veranlasst", "Credit notes are going out", "Antwort folgt", "More details to follow"), or
//    someone else;
//  - its verb: future or present-for-future, or a state, feeling, attendance, need or offer;
//  - what stops it being a commitment: negation, the past, habits and policy, work in progress,
//    questions and requests, offers that wait for the reader, quotation marks;
//  - hedges and third parties' words, and the clauses they cover;
//  - its time: dates (context.dates) and time phrases inside the clause, either-or by the latest,
//    a temporal clause that waits on an event ("when the stock comes in"), or, for a clause that
//    refers back ("dann", "then", "the same day"), the time of the clause or sentence before.
// Both promise rules read sentences through here (sentence-facts.ts shares the readings per draft).
import { quoteSpans, type DateMention, type Language, type SentenceView, type Token } from "../../src/rule-api.js";
import { findPhrases, type PhraseMatch, type PhrasePattern } from "./phrase-matcher.js";
import type { PromiseLexicon, RoleNouns } from "./lexicon.js";

export type TimeKind = "concrete" | "vague" | "weekday" | "none";
export type SubjectKind = "sender" | "reader" | "deliverable" | "reported" | "other" | "none";

/** Words as written, with body offsets. */
export interface Words {
  start: number;
  end: number;
  text: string;
}

export interface ClauseTime {
  kind: TimeKind;
  /** The words that give the time (the vague phrase, the weekday), when there are any. */
  words?: Words;
  /** Taken from the clause or sentence before ("Wir melden uns dann ..."). */
  inherited?: boolean;
}

export interface ClauseReading {
  /** Token indices [first, last) in the sentence and body offsets of the clause. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The conjunction or subordinator that opens the clause, normalised ("dass", "and", "as soon as"). */
  opener: string;
  subject: SubjectKind;
  /** The committing words when the clause is a commitment of the sender's side. */
  commitment: Words | null;
  /** Why a clause with a commitment's shape is not one ("negated", "past", "offer", ...). */
  blocked: string | null;
  /** Done together with the reader ("we will meet", "wir telefonieren"): a plan, not a deliverable. */
  joint: boolean;
  /** The hedge that leaves it open ("voraussichtlich", "we'll try", "if all goes well"). */
  hedge: Words | null;
  /** Whose word it is, when it is someone else's ("laut Lieferant", "DHL informed us"). */
  thirdParty: Words | null;
  /** A condition that is not the reader's ("Falls die Ware beschädigt ist, ..."): no promise about this case. */
  conditional: boolean;
  time: ClauseTime;
  /** The dates inside the clause. */
  dates: DateMention[];
  vague: PhraseMatch[];
}

export interface SentenceReading {
  view: SentenceView;
  clauses: ClauseReading[];
  /** A third party named anywhere in the sentence ("laut Lieferant", "says our supplier"). */
  thirdPartyPhrase: Words | null;
  dates: DateMention[];
  question: boolean;
}

// ---------------------------------------------------------------------------------------------
// Closed word classes (grammar, not vocabulary): kept here; the open classes are in data/*.txt.

const SET = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

const DE = {
  sender: SET("ich wir"),
  third: SET("er sie es man"),
  readerObject: SET("ihnen euch dich dir"),
  det: SET("der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen"),
  possSender: SET("unser unsere mein meine"),
  possSenderOblique: SET("unserem unseren unserer unseres meinem meinen meiner meines"),
  possReader: SET("ihr ihre"),
  prep: SET(
    "mit von vom bei beim an am für durch zu zum zur aus nach über unter vor hinter neben ohne gegen um seit ab bis per laut wegen trotz während auf in im ins ans aufs statt",
  ),
  future: SET("werde werden wird wirst werdet"),
  offer: SET("kann können könnte könnten kannst könnt"),
  need: SET("muss müssen musst müsste müssten"),
  would: SET("würde würden würdest würdet wäre wären"),
  perfectAux: SET("hat habe haben hatte hatten hast habt"),
  be: SET("bin ist sind bist seid sein"),
  wasWere: SET("war waren wurde wurden warst"),
  negation: SET("nicht kein keine keinen keinem keiner keines nichts nie niemals niemand nirgends"),
  conj: SET("und aber oder sondern denn doch sowie"),
  refersBack: SET("dann danach anschliessend daraufhin darauf"),
  subordinators: SET("dass wenn falls sobald sofern nachdem weil da ob damit sodass obwohl bevor bis sowie während"),
  temporal: SET("sobald nachdem bis wenn sowie bevor"),
  condition: SET("wenn falls sofern"),
  receive: SET("erhalten erhält erhaltet erhältst bekommen bekommt bekommst kriegen kriegt kriegst hören hörst"),
  habitual: SET(
    "immer meistens meist oft häufig manchmal selten grundsätzlich generell prinzipiell ausschliesslich stets jeweils normalerweise üblicherweise gewöhnlich erfahrungsgemäss regelmässig jederzeit montags dienstags mittwochs donnerstags freitags samstags sonntags täglich wöchentlich monatlich werktags künftig zukünftig",
  ),
  progressive: SET("gerade derzeit momentan aktuell zurzeit bereits schon dabei noch"),
  particles: SET(
    "an auf aus ab bei ein mit nach vor zu zurück vorbei weiter los fest her hin rüber hinterher zusammen raus heraus hinaus nach frei gut wieder durch um weg",
  ),
  function: SET(
    "demnächst zeitnah separat direkt erst jetzt nächste nächsten kommende kommenden heute morgen bald später umgehend sofort persönlich telefonisch schriftlich selbst gleich kurz kurzfristig nochmal nochmals wieder extra zusätzlich intern komplett neu neue neuen genau rechtzeitig pünktlich spätestens frühestens voraussichtlich hoffentlich vielleicht eventuell wahrscheinlich nachher anschliessend gesondert digital online kostenlos gratis schnell schnellstmöglich baldmöglichst "+
    "und oder aber sondern denn doch so auch noch schon nur sehr gern gerne bitte dann danach heute morgen gestern jetzt hier dort da wie was wer wo wann warum ob dass wenn falls sobald nicht kein keine nichts nie natürlich selbstverständlich leider bereits gleich sofort bald später wieder einmal mal etwa ca ganz mehr weniger viel viele alle alles beide jede jeder jedes jeden diese dieser dieses ihnen uns mich mir sich euch ihm ihn ihr ihre ihren ihrem ihrer unser unsere unseren unserem unserer mein meine meinen meinem meiner sein seine es er sie wir ich man dem den der die das des ein eine einen einem einer eines",
  ),
  motion: SET(
    "folgt folgen erfolgt erfolgen kommt kommen geht gehen eingeht eingehen trifft treffen eintrifft eintreffen ankommt ankommen erreicht erreichen liegt liegen steht stehen gibt gibts gibt's",
  ),
  ready: SET("fertig bereit da unterwegs erledigt verfügbar lieferbar erhältlich vorrätig abholbereit dicht repariert eingeplant geplant vorgesehen terminiert angesetzt"),
  channel: SET("post brief mail e-mail email sms kurier wetransfer fax paket telefon whatsapp"),
  question: SET("sollen soll können könnten würden passt"),
  hedgeModal: SET("dürfte dürften sollte sollten soll sollen müsste müssten"),
};

const EN = {
  sender: SET("i we i'll we'll i'm we're i've we've i'd we'd ill"),
  reader: SET("you you'll you're you've you'd"),
  third: SET("he she they it he'll she'll they'll it'll he's she's they're it's there"),
  readerObject: SET("you your yours yourself"),
  det: SET("the a an this these that those any all some more further another each every"),
  possSender: SET("our my"),
  possReader: SET("your"),
  prep: SET("with from of by for to at in on into onto about over under after before during via per through like"),
  future: SET("will shall wil gonna"),
  hedgeModal: SET("should might ought"),
  offer: SET("can could can't cannot"),
  need: SET("need needs must"),
  would: SET("would"),
  be: SET("be am is are being been 's 're 'm"),
  beFinite: SET("am is are"),
  have: SET("have has had"),
  past: SET("was were had did yesterday ago wasn't weren't hadn't didn't"),
  // also as typed without the apostrophe ("Dont worry")
  negation: SET("not never no nobody noone won't don't doesn't didn't can't cannot wouldn't isn't aren't shan't nothing none neither nor dont doesnt didnt wont cant wouldnt isnt arent"),
  conj: SET("and but or so plus"),
  refersBack: SET("then afterwards thereafter"),
  subordinators: SET("that if when whenever once because unless until after before whether while although though since"),
  temporal: SET("when whenever once until after before"),
  condition: SET("if unless"),
  receive: SET("receive get hear be"),
  habitual: SET(
    "always usually often sometimes rarely seldom frequently occasionally normally generally typically routinely regularly every each whenever daily weekly monthly mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends",
  ),
  progressive: SET("currently presently already still now"),
  particles: SET("back up out over round around through in off on down along forward across"),
  adverbs: SET(
    "maybe perhaps also then just still certainly definitely personally gladly now simply really actually probably hopefully possibly likely surely soon shortly immediately again first only even all both quickly promptly personally happily totally",
  ),
  motion: SET(
    "arrive arrives arriving ship ships shipping go goes going come comes coming follow follows reach reaches clear clears show shows land lands leave leaves wait waits waiting",
  ),
  ready: SET("ready done finished available with back through complete completed sorted fixed"),
  channel: SET("post mail email e-mail courier text sms"),
  imperative: SET(
    "send call reply let email e-mail ring give tell drop contact return bring pop fill sign check confirm forward text pay upload choose pick book visit click follow use keep take try come write post make get just please kindly simply feel",
  ),
};

// Things nobody on the sender's side delivers: "the rain should clear", "der Stau löst sich auf".
const WEATHER = SET("rain snow storm storms weather wind frost ice fog flood floods traffic regen schnee sturm wetter wind frost glätte glatteis nebel hochwasser verkehr stau");

const WORD_CHAR = /[\p{L}\p{N}]/u;

interface T extends Token {
  /** norm with ’ folded to ' */
  n: string;
  quoted: boolean;
  capital: boolean;
  /** German: may be a finite verb (verbishDe); English: a verb form (isVerbishEn). */
  verbish: boolean;
  /** German: a participle (isParticipleDe); false in English. */
  participle: boolean;
  /** German: a form of an action verb, also split from its particle ("spielt die Version ... ein"). */
  action: boolean;
}

const STARTS_UPPER = /^\p{Lu}/u;
// Every mark quoteSpans (src/text/quotes.ts) takes for a quotation mark.
const QUOTE_CHAR = /["„“”«»‹›‚‘’']/;

// Built field by field: V8 copies `{ ...t, n, quoted, capital }` on a slow path, about a hundred
// times slower (2.5 s of CPU per 600,000 tokens), and every authored sentence passes here. The
// word-form tests (verb? participle?) are regular expressions that every clause test asked again
// per token; they are answered here once per token.
function fold(tokens: readonly Token[], text: string, offset: number, language: Language, lexicon: PromiseLexicon): T[] {
  // most sentences have no quotation mark at all: then there are no quoted spans to look for
  const quotes = QUOTE_CHAR.test(text) ? quoteSpans(text, { start: 0, end: text.length }) : [];
  const folded = tokens.map((t, index) => {
    const relative = t.start - offset;
    const folded: T = {
      start: t.start,
      end: t.end,
      text: t.text,
      norm: t.norm,
      n: t.norm.includes("’") ? t.norm.replace(/’/g, "'") : t.norm,
      quoted: quotes.length > 0 && quotes.some((q) => relative >= q.start && relative < q.end),
      capital: STARTS_UPPER.test(t.text),
      verbish: false,
      participle: false,
      action: false,
    };
    if (language === "de") {
      folded.verbish = computeVerbishDe(folded);
      // A capitalised word after the first is a noun ("das Gerät", "Ihr Gehalt"), not a participle.
      folded.participle = (index === 0 || !folded.capital) && computeParticipleDe(folded);
      folded.action = actionFormDe(folded.n, lexicon);
    } else {
      folded.verbish = computeVerbishEn(folded, lexicon);
    }
    return folded;
  });
  if (language === "de") markSeparated(folded, lexicon);
  return folded;
}

// Prefixes that make a verb of the action list another one of delivering ("verschicken",
// "nachliefern", "zurückschicken", "weiterleiten", "abschicken").
const ACTION_PREFIX_DE = /^(?:ver|zu|ab|nach|zurück|weiter|raus|heraus|los|vorbei)/;
const ACTION_FORMS = new WeakMap<PromiseLexicon, Map<string, boolean>>();

/** A German form of an action verb, listed or made with a prefix of delivering ("verschicken" from "schicken"). */
function actionFormDe(word: string, lexicon: PromiseLexicon): boolean {
  if (lexicon.actionFormsDe.has(word)) return true;
  let known = ACTION_FORMS.get(lexicon);
  if (!known) ACTION_FORMS.set(lexicon, (known = new Map()));
  let answer = known.get(word);
  if (answer === undefined) {
    const prefix = ACTION_PREFIX_DE.exec(word)?.[0];
    const rest = prefix ? word.slice(prefix.length) : "";
    answer = rest.length >= 4 && lexicon.actionFormsDe.has(rest);
    if (known.size < 100_000) known.set(word, answer);
  }
  return answer;
}

/** "Unser Webmaster spielt die Version am Wochenende ein": the verb's stem with its particle later in the sentence. */
function markSeparated(tokens: T[], lexicon: PromiseLexicon): void {
  for (let i = 0; i < tokens.length; i++) {
    const particles = lexicon.separableDe.get(tokens[i].n);
    if (!particles || tokens[i].action || tokens[i].capital) continue;
    for (let j = i + 2; j < tokens.length; j++) {
      if (particles.has(tokens[j].n)) {
        tokens[i].action = true;
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Word forms

const EN_IRREGULAR: Record<string, string> = {
  sent: "send", brought: "bring", got: "get", gotten: "get", paid: "pay", rang: "ring", rung: "ring", wrote: "write",
  written: "write", came: "come", set: "set", had: "have", has: "have", done: "do", did: "do", gone: "go", went: "go",
  given: "give", gave: "give", made: "make", taken: "take", took: "take", put: "put", left: "leave", told: "tell",
  dug: "dig", built: "build", sold: "sell", bought: "buy", found: "find", laid: "lay", shown: "show", held: "hold",
  kept: "keep", fed: "feed", begun: "begin", driven: "drive", drawn: "draw", withdrawn: "withdraw", rebuilt: "rebuild",
  resent: "resend", redone: "redo", hung: "hang",
};

const AGAIN_EN = new Set("deliver send issue ship post mail email fit install pay start test activate quote invoice schedule book arrange order submit credit dispatch connect".split(" "));

// Words in -ly that are verbs, not adverbs ("We'll reply when we can", "we'll apply the credit").
const LY_VERBS = new Set("reply replies apply applies supply supplies rely relies comply complies fly flies multiply imply".split(" "));

/** An adverb in -ly ("quickly", "personally"), not a verb that ends so ("reply", "apply"). */
function lyAdverb(w: string): boolean {
  return w.endsWith("ly") && !LY_VERBS.has(w);
}

const EN_BASES = new WeakMap<Set<string>, Map<string, string | undefined>>();

/** The base form of an English verb form as the action list writes it (sends, sending, shipped -> send, ship). */
function enBase(word: string, known: Set<string>): string | undefined {
  // asked many times per word and sentence: remembered per list and word
  let bases = EN_BASES.get(known);
  if (!bases) EN_BASES.set(known, (bases = new Map()));
  if (bases.has(word)) return bases.get(word);
  const base = computeEnBase(word, known);
  if (bases.size < 50_000) bases.set(word, base);
  return base;
}

function computeEnBase(word: string, known: Set<string>): string | undefined {
  if (known.has(word)) return word;
  // done again: "redelivered", "reissue", "resending" (not "reserved", "remain": only verbs that are done again)
  if (word.length > 5 && word.startsWith("re")) {
    const again = computeEnBase(word.slice(word[2] === "-" ? 3 : 2), known);
    if (again !== undefined && AGAIN_EN.has(again)) return again;
  }
  const irregular = EN_IRREGULAR[word];
  if (irregular && known.has(irregular)) return irregular;
  for (const [suffix, add] of [["ing", ""], ["ing", "e"], ["ed", ""], ["ed", "e"], ["es", ""], ["s", ""], ["d", ""]] as const) {
    if (!word.endsWith(suffix)) continue;
    let stem = word.slice(0, -suffix.length);
    if (known.has(stem + add)) return stem + add;
    // shipped, fitting: a doubled consonant
    if (/([bdfgklmnprtz])\1$/.test(stem)) {
      stem = stem.slice(0, -1);
      if (known.has(stem)) return stem;
    }
  }
  return undefined;
}

const DE_PARTICLE_PREFIX =
  /^(?:zurück|vorbei|weiter|zusammen|hinterher|heraus|hinaus|nach|frei|wieder|durch|auf|aus|ein|mit|vor|weg|her|hin|ab|an|bei|zu|um|gut|los|fest|rüber|raus)/;

/** A German participle ("geschickt", "überwiesen", "zurückgebucht", "repariert", "veranlasst"). */
function isParticipleDe(t: T): boolean {
  return t.participle;
}

function computeParticipleDe(t: T): boolean {
  if (t.capital && t.n !== t.text.toLowerCase()) return false;
  const w = t.n;
  if (w.length < 5 || DE.function.has(w)) return false;
  if (!/(?:t|en)$/.test(w)) return false;
  if (/iert$/.test(w)) return true;
  const rest = w.replace(DE_PARTICLE_PREFIX, "");
  return /^ge\p{L}{2,}/u.test(rest) || (/^(?:be|ver|er|ent|zer|über|unter|miss|emp)\p{L}{2,}/u.test(rest) && rest !== w ? true : /^(?:be|ver|er|ent|zer|über|miss|emp)\p{L}{2,}t$/u.test(w) || /^über\p{L}+en$/u.test(w));
}

/**
 * "Wir haben Ihre Nachricht erhalten", "Ich habe Ihr Paket bekommen": a participle without "ge-" looks
 * like the infinitive; after "haben" with no future or modal verb beside it, the clause's last word
 * of that shape is the participle of the perfect.
 */
function perfectWithoutGeDe(ts: readonly T[]): boolean {
  const last = ts[ts.length - 1];
  if (!last || last.capital || !/^(?:be|ver|er|ent|zer|emp|miss)\p{L}{3,}en$/u.test(last.n)) return false;
  return !ts.some((t) => DE.future.has(t.n) || DE.offer.has(t.n) || DE.need.has(t.n) || DE.hedgeModal.has(t.n) || DE.would.has(t.n) || t.n === "zu");
}

/** A German verb form from the action list ("schicke", "schickt", "zuschicken", "überweisen"). */
function actionVerbDe(t: T, lexicon: PromiseLexicon): boolean {
  void lexicon;
  return t.action;
}

/** Lower-case German word that can be a finite verb (for cutting clauses; nouns are capitalised). */
function verbishDe(t: T): boolean {
  return t.verbish;
}

// Answers by word, for lower-case and capitalised words (the same words recur across a corpus).
const VERBISH_DE = [new Map<string, boolean>(), new Map<string, boolean>()];

function computeVerbishDe(t: T): boolean {
  if (t.quoted) return false;
  const answers = VERBISH_DE[t.capital ? 1 : 0];
  let answer = answers.get(t.n);
  if (answer === undefined) {
    answer = verbishFormDe(t.n, t.capital);
    if (answers.size < 100_000) answers.set(t.n, answer);
  }
  return answer;
}

function verbishFormDe(w: string, capital: boolean): boolean {
  if (DE.function.has(w) || DE.prep.has(w) || DE.det.has(w)) return false;
  if (/^\d/.test(w)) return false;
  if (DE.future.has(w) || DE.offer.has(w) || DE.need.has(w) || DE.be.has(w) || DE.perfectAux.has(w) || DE.wasWere.has(w) || DE.would.has(w)) return true;
  if (capital) return false;
  return /(?:e|en|t|st|et|n)$/.test(w) && w.length >= 3;
}

function isVerbishEn(t: T, lexicon: PromiseLexicon): boolean {
  void lexicon;
  return t.verbish;
}

/** An English verb form (an auxiliary, a modal, a verb of the action list, a motion verb). */
function computeVerbishEn(t: T, lexicon: PromiseLexicon): boolean {
  const w = t.n;
  return (
    EN.future.has(w) ||
    EN.be.has(w) ||
    EN.have.has(w) ||
    EN.hedgeModal.has(w) ||
    EN.offer.has(w) ||
    EN.would.has(w) ||
    /'ll$|n't$/.test(w) ||
    EN.negation.has(w) && /nt$/.test(w) ||
    enBase(w, lexicon.actionVerbsEn) !== undefined ||
    EN.motion.has(w) ||
    ["do", "does", "did", "going", "gets", "was", "were"].includes(w) ||
    // "I'm out next week", "we're closed": a pronoun with its verb
    (w.includes("'") && (EN.sender.has(w) || EN.reader.has(w) || EN.third.has(w)))
  );
}

// ---------------------------------------------------------------------------------------------
// Cutting a sentence into clauses

interface RawClause {
  first: number;
  last: number;
  opener: string;
  /** The subject was left out ("... und bauen ihn gleich auf", "... and will call"). */
  elided: boolean;
  /** The opener is understood, not written ("DHL informed us | the parcel ..."): no token to skip. */
  implied?: boolean;
  /** Where the clause's own words start after a piece without a verb was joined to it ("Per the provider, | the migration will ..."). */
  lead?: number;
}

function insideDate(dates: readonly { start: number; end: number }[], at: number): boolean {
  return dates.some((d) => at > d.start && at < d.end);
}

/** Where a German clause starts at token i (after a comma or a conjunction). */
/**
 * "Wir haben Ihre Reklamation aufgenommen und leiten den Austausch ... in die Wege": after "und", a
 * finite verb in the form of the clause's own "wir" or "ich" goes on with the sender as its subject.
 */
function agreesWithSenderDe(tokens: T[], from: number, i: number, language: Language): boolean {
  const verb = tokens[i + 1];
  if (language !== "de" || tokens[i].n !== "und" || !verb || verb.capital || !verb.verbish || DE.function.has(verb.n) || DE.prep.has(verb.n)) return false;
  const subject = tokens.slice(from, i).find((t) => DE.sender.has(t.n));
  if (!subject) return false;
  // an object right after the verb ("leiten den Austausch", "prüfen es"; not "und guten Widerstand"),
  // and a mail to a reader addressed as "Sie" ("Ihre Reklamation"), not talk about oneself
  const object = tokens[i + 2];
  if (!object || !(DE.det.has(object.n) || DE.possSender.has(object.n) || DE.possReader.has(object.n) || /^(?:es|sie|ihn|das|alles)$/.test(object.n))) return false;
  if (!tokens.some((t, k) => (t.text === "Sie" && k > 0) || ((t.n === "ihnen" || /^ihr(?:e|em|en|er|es)?$/.test(t.n)) && t.capital && k > 0))) return false;
  return subject.n === "wir" ? /[^e]en$|ern$|eln$/.test(verb.n) : /[^e]e$/.test(verb.n);
}

// His or its: "seine Leute", "seinen Monteur" (the one reported on; "ihre" is also the reader's)
const POSS_THIRD_DE = /^sein(?:e|en|em|er|es)?$/;

function opensClauseDe(tokens: T[], i: number, afterConjunction: boolean, lexicon: PromiseLexicon): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (DE.sender.has(t.n) || (t.n === "sie" && t.text === "Sie") || DE.third.has(t.n)) {
    return tokens.slice(i + 1, i + 4).some(verbishDe);
  }
  if (DE.refersBack.has(t.n)) return tokens.slice(i + 1, i + 3).some(verbishDe);
  // "die Rechnung kommt dann", "unser Techniker schaut", "Korrigierte Rechnung kommt", "seine Leute kommen"
  if (DE.det.has(t.n) || DE.possSender.has(t.n) || DE.possReader.has(t.n) || POSS_THIRD_DE.test(t.n) || t.capital) {
    let j = i + (t.capital && !DE.det.has(t.n) && !DE.possReader.has(t.n) && !DE.possSender.has(t.n) ? 0 : 1);
    while (j < tokens.length && !tokens[j].capital && /(?:e|en|er|es|em)$/.test(tokens[j].n) && !verbishStrong(tokens[j])) j++;
    if (j < tokens.length && tokens[j].capital) {
      j = nounPhraseEndDe(tokens, i, tokens.length);
      const next = tokens[j];
      if (next && verbishDe(next) && !DE.prep.has(next.n)) return true;
    }
    return false;
  }
  // verb first: "und bauen ihn gleich auf" (subject left out), ", angebracht werden sie dann"
  if (verbishDe(t)) {
    if (afterConjunction && (actionVerbDe(t, lexicon) || DE.future.has(t.n) || DE.motion.has(t.n) || DE.be.has(t.n))) return true;
    return tokens.slice(i + 1, i + 3).some((u) => DE.sender.has(u.n) || u.text === "Sie" || (DE.third.has(u.n) && u.n !== "es"));
  }
  return false;
}

/** Finite forms that are clearly verbs, not adjectives ("wird", "kommt"). */
function verbishStrong(t: T): boolean {
  return DE.future.has(t.n) || DE.be.has(t.n) || DE.motion.has(t.n) || DE.perfectAux.has(t.n);
}

const POSS_THIRD_EN = /^(?:his|her|their)$/;

function opensClauseEn(tokens: T[], i: number, afterConjunction: boolean, lexicon: PromiseLexicon): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (EN.sender.has(t.n) || EN.reader.has(t.n) || EN.third.has(t.n)) return true;
  if (EN.refersBack.has(t.n)) return true;
  if (EN.imperative.has(t.n) && ["me", "us", "our", "the", "your"].includes(tokens[i + 1]?.n ?? "")) return true;
  if (afterConjunction) {
    // "and will call", "and post the copies", "but will probably call"
    if (EN.future.has(t.n) || EN.hedgeModal.has(t.n) || enBase(t.n, lexicon.actionVerbsEn) !== undefined) return true;
    if (EN.adverbs.has(t.n) && tokens[i + 1] && (EN.future.has(tokens[i + 1].n) || enBase(tokens[i + 1].n, lexicon.actionVerbsEn))) return true;
    // "..., so hopefully the check will go out": an adverb before the clause's own subject
    if ((EN.adverbs.has(t.n) || lyAdverb(t.n)) && tokens[i + 1] && !EN.adverbs.has(tokens[i + 1].n)) return opensClauseEn(tokens, i + 1, false, lexicon);
  }
  // ("his crew will finish", "their driver is coming": a third party's people)
  if (EN.det.has(t.n) || EN.possSender.has(t.n) || EN.possReader.has(t.n) || POSS_THIRD_EN.test(t.n) || t.capital) {
    // (a noun phrase with a prepositional phrase in it, "the voucher for the extra night will", runs longer)
    // (but not past a clause of its own inside it: "the direction you think the company will take")
    for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
      const u = tokens[j];
      if (u.quoted) break; // quoted speech is someone's words, not this clause's verb
      if (j >= i + 6 && tokens.slice(i + 1, j).some((x) => EN.sender.has(x.n) || EN.reader.has(x.n) || EN.third.has(x.n))) break;
      if (EN.prep.has(u.n) && u.n !== "to") continue;
      if (EN.future.has(u.n) || EN.beFinite.has(u.n) || EN.hedgeModal.has(u.n) || /'ll$/.test(u.n) || u.n === "has" || u.n === "have") return true;
      if (j > i && EN.motion.has(u.n) && /s$/.test(u.n)) return true;
      // "..., DHL says", "..., our bank tells us": a report after what it reports
      if (j > i && j <= i + 3 && /s$/.test(u.n) && lexicon.reportVerbs.en.has(u.n)) return true;
      // "so our decorators start on Wednesday": a noun, then a verb of the action list
      if (j >= i + 2 && !u.capital && enBase(u.n, lexicon.actionVerbsEn) !== undefined && !EN.det.has(tokens[j - 1].n)) return true;
    }
  }
  return false;
}

/**
 * The clauses of a sentence, and `cuts`: every token index where a clause was started. Dates only
 * stop cuts (none inside a date), so a reading without dates that cut nowhere inside a date is
 * exactly the reading with them (see datesMoveCuts).
 */
function cutClauses(tokens: T[], text: string, offset: number, language: Language, dates: readonly DateMention[], lexicon: PromiseLexicon, cuts: number[]): RawClause[] {
  const subordinate = (c: RawClause) => (language === "de" ? DE.subordinators : EN.subordinators).has(c.opener) || c.opener === "as soon as" || c.opener === "wie";
  const clauses: RawClause[] = [];
  // every RawClause with the same fields in the same order: one hidden class for V8
  let current: RawClause = { first: 0, last: tokens.length, opener: "", elided: false, implied: false, lead: undefined };
  const startAt = (i: number, opener: string, elided: boolean) => {
    cuts.push(i);
    if (i <= current.first) {
      current.opener ||= opener;
      return;
    }
    current.last = i;
    clauses.push(current);
    current = { first: i, last: tokens.length, opener, elided, implied: false, lead: undefined };
  };
  const L = language === "de" ? DE : EN;
  const opens = language === "de" ? opensClauseDe : opensClauseEn;
  if (tokens[0] && L.subordinators.has(tokens[0].n) && tokens[0].n !== "that" && tokens[0].n !== "da" && tokens[0].n !== "bis") current.opener = tokens[0].n;
  if (language === "en" && tokens[0]?.n === "as" && tokens[1]?.n === "soon" && tokens[2]?.n === "as") current.opener = "as soon as";
  // "And if you try ...", "But when the parts come in ...": a conjunction before the sentence's subordinator
  if (language === "en" && tokens[0] && EN.conj.has(tokens[0].n) && tokens[1] && EN.subordinators.has(tokens[1].n) && tokens[1].n !== "that") current.first = 1;
  // "Wie uns die Versicherung mitteilte, wird ...": a report framing the main clause after it
  if (language === "de" && tokens[0]?.n === "wie" && tokens.some((t) => lexicon.reportVerbs.de.has(t.n))) current.opener = "wie";
  for (let i = 1; i < tokens.length; i++) {
    const gapStart = tokens[i - 1].end - offset;
    const gap = text.slice(gapStart, tokens[i].start - offset);
    if (insideDate(dates, tokens[i].start) && insideDate(dates, tokens[i - 1].end - 1)) continue;
    const t = tokens[i];
    if (/[;:]\s|[()]|\s[–—-]\s|^[–—-]\s|\s[–—-]$/.test(gap) || /[!?]\s/.test(gap)) {
      startAt(i, "", false);
      continue;
    }
    const comma = gap.includes(",");
    // subordinators: "dass", "that", "as soon as", "so that"
    if (language === "en" && t.n === "as" && tokens[i + 1]?.n === "soon" && tokens[i + 2]?.n === "as") {
      startAt(i, "as soon as", false);
      i += 2;
      continue;
    }
    if (L.subordinators.has(t.n)) {
      if (language === "en" && t.n === "that") {
        const next = tokens[i + 1];
        if (!next || !(EN.sender.has(next.n) || EN.reader.has(next.n) || EN.third.has(next.n) || EN.det.has(next.n) || EN.possSender.has(next.n) || EN.possReader.has(next.n) || next.capital)) continue;
      }
      if (language === "en" && ["until", "after", "before", "since", "once"].includes(t.n)) {
        const next = tokens[i + 1];
        if (!next || !(EN.sender.has(next.n) || EN.reader.has(next.n) || EN.third.has(next.n) || EN.det.has(next.n) || EN.possReader.has(next.n) || EN.possSender.has(next.n))) continue;
      }
      if (language === "de" && (t.n === "bis" || t.n === "da" || t.n === "während")) {
        const next = tokens[i + 1];
        if (!next || !(DE.sender.has(next.n) || next.text === "Sie" || DE.det.has(next.n) || DE.possReader.has(next.n))) continue;
        if (t.n !== "bis" && !comma) continue;
      }
      startAt(i, t.n, false);
      continue;
    }
    if (L.conj.has(t.n) && (opens(tokens, i + 1, true, lexicon) || agreesWithSenderDe(tokens, current.first, i, language)) && !(language === "en" && coordinatedSubjectEn(tokens, current.first, i))) {
      startAt(i, t.n, !startsWithSubject(tokens, i + 1, language));
      continue;
    }
    if (L.refersBack.has(t.n) && (comma || i > 0) && opens(tokens, i, false, lexicon) && comma) {
      startAt(i, t.n, false);
      continue;
    }
    if (comma && opens(tokens, i, false, lexicon)) {
      startAt(i, "", false);
      continue;
    }
    // "Ich finde, damals konnte man ...": an opinion verb and its comma frame the clause after them
    if (comma && language === "de" && OPINION_DE.test(tokens[i - 1].n) && i - 1 > current.first) {
      startAt(i, "", false);
      continue;
    }
    // the main clause after a subordinate one starts with its verb: "Wenn nichts dazwischenkommt, wird Ihr Dach ..."
    if (comma && language === "de" && subordinate(current) && verbishDe(t) && (verbishStrong(t) || lexicon.actionFormsDe.has(t.n) || DE.offer.has(t.n) || DE.hedgeModal.has(t.n) || t.n === "bekommen" || t.n === "erhalten")) {
      startAt(i, "", false);
      continue;
    }
    // "If everything runs smoothly, we'll ...": the condition ends at its comma
    if (comma && language === "en" && circumstanceConditionEn(tokens.slice(current.first, i))) {
      startAt(i, "", false);
      continue;
    }
    // "Klappt alles wie geplant, rufen wir Sie ... an": a condition with its verb first, then the main clause
    if (comma && language === "de" && current.first === 0 && current.opener === "" && verbishDe(t) && circumstanceVerbFirst(tokens.slice(0, i))) {
      startAt(i, "", false);
      continue;
    }
    // "DHL informed us the parcel ...", "He says we'll have ...": a report without "that"
    // ("The courier let us know | your parcel arrives ...")
    if (!comma && i >= 2 && (lexicon.reportVerbs[language].has(tokens[i - 1].n) || (tokens[i - 1].n === "know" && tokens[i - 3]?.n === "let" && /^(?:us|me)$/.test(tokens[i - 2].n) && i >= 4)) && opens(tokens, i, false, lexicon)) {
      startAt(i, "that", false);
      current.implied = true;
      continue;
    }
    if (!comma && i >= 3 && lexicon.reportVerbs[language].has(tokens[i - 2].n) && ["us", "me", "uns", "mir"].includes(tokens[i - 1].n) && opens(tokens, i, false, lexicon)) {
      startAt(i, "that", false);
      current.implied = true;
      continue;
    }
    // "We anticipate the works will be finished ...", "I'm confident the fix goes live ...": the sender's
    // belief without "that" frames a clause of its own
    if (language === "en" && !comma && i >= 2 && BELIEF_EN.has(tokens[i - 1].n) && (EN.sender.has(tokens[i - 2].n) || (/^(?:am|are)$/.test(tokens[i - 2].n) && EN.sender.has(tokens[i - 3]?.n ?? ""))) && opens(tokens, i, false, lexicon)) {
      startAt(i, "that", false);
      current.implied = true;
      continue;
    }
    // English: a second subject with a future form inside a clause ("if I see a problem I shall call you")
    if (language === "en" && !comma && (EN.sender.has(t.n) || EN.reader.has(t.n)) && hasSubjectBefore(tokens, current.first, i)) {
      const next = tokens[i + 1];
      if (/'ll$/.test(t.n) || (next && (EN.future.has(next.n) || EN.hedgeModal.has(next.n) || (EN.offer.has(next.n) && tokens[i + 2] !== undefined && tokens[i + 2].n !== "to")))) {
        startAt(i, "", false);
        continue;
      }
    }
  }
  current.last = tokens.length;
  clauses.push(current);
  // A piece without a verb is not a clause: "Am Montag, 30.11.2026, melden wir uns" is one.
  // ("We appreciate your feedback and we will ...": a pronoun and a word after it are a clause of their own)
  const verbish = (c: RawClause) =>
    tokens.slice(c.first, c.last).some((t) => lexicon.reportVerbs[language].has(t.n) || (language === "de" ? verbishDe(t) : isVerbishEn(t, lexicon) || /[^e]ed$/.test(t.n))) ||
    (language === "en" && c.last - c.first >= 3 && (EN.sender.has(tokens[c.first + openerLength(c)]?.n ?? "") || EN.reader.has(tokens[c.first + openerLength(c)]?.n ?? ""))) ||
    // "- let me know and I'll ...": a request is a clause of its own
    (language === "en" && tokens.slice(c.first, c.last - 2).some((t, k) => t.n === "let" && /^(?:me|us)$/.test(tokens[c.first + k + 1].n) && tokens[c.first + k + 2].n === "know"));
  for (let i = 0; i < clauses.length && clauses.length > 1; i++) {
    // ("Geht alles nach Plan, ...", "If everything runs smoothly, ...": a verb read as a noun, but the condition is a clause)
    if (verbish(clauses[i]) || (i === 0 && (language === "de" ? circumstanceVerbFirst : circumstanceConditionEn)(tokens.slice(clauses[0].first, clauses[0].last)))) continue;
    if (i === 0) {
      const next = clauses[1];
      clauses[1] = { first: clauses[0].first, last: next.last, opener: clauses[0].opener, elided: next.elided, implied: clauses[0].implied, lead: next.lead ?? next.first };
      clauses.splice(0, 1);
    } else {
      clauses[i - 1].last = clauses[i].last;
      clauses.splice(i, 1);
    }
    i--;
  }
  return clauses;
}

/**
 * "Ken and I might host", "Carlos and I will discuss": "and" between a name and I/we joins one
 * subject, not two clauses, when nothing since the clause's start is a verb (not "I called John
 * and I will send ...").
 */
function coordinatedSubjectEn(tokens: T[], from: number, i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (tokens[i].n !== "and" || !before || !after || !/^(?:i|we)$/.test(after.n) || !before.capital || before.quoted) return false;
  if (EN.sender.has(before.n) || EN.reader.has(before.n) || EN.third.has(before.n) || EN.det.has(before.n) || EN.adverbs.has(before.n)) return false;
  for (let j = from; j < i - 1; j++) if (tokens[j].verbish || /ed$/.test(tokens[j].n)) return false;
  return true;
}

/** How many tokens the clause's opener takes ("as soon as": three). */
function openerLength(c: RawClause): number {
  return c.implied || !c.opener ? 0 : c.opener === "as soon as" ? 3 : 1;
}

function hasSubjectBefore(tokens: T[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (EN.sender.has(tokens[j].n) || EN.reader.has(tokens[j].n) || EN.third.has(tokens[j].n)) return true;
  return false;
}

function startsWithSubject(tokens: T[], i: number, language: Language): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (language === "de") {
    return DE.sender.has(t.n) || t.text === "Sie" || DE.third.has(t.n) || DE.det.has(t.n) || DE.possSender.has(t.n) || DE.possReader.has(t.n) || DE.refersBack.has(t.n) || t.capital;
  }
  return EN.sender.has(t.n) || EN.reader.has(t.n) || EN.third.has(t.n) || EN.det.has(t.n) || EN.possSender.has(t.n) || EN.possReader.has(t.n) || EN.refersBack.has(t.n) || t.capital;
}

// ---------------------------------------------------------------------------------------------
// Reading one clause

interface Syntax {
  subject: SubjectKind;
  /** Token index of the subject and of the main verb (for the committing words). */
  subjectAt: number;
  verbFrom: number;
  verbTo: number;
  blocked: string | null;
  /** The clause tells the reader to do something ("Rufen Sie ... an", "Send us", "please"). */
  request: boolean;
  /** The request rests only on a verb first ("Post the copies"), which after "and" may be the sender's verb with its subject left out. */
  imperativeOnly?: boolean;
  /** Reader's condition ("wenn Sie ...", "once you ...", "Should you ..."). */
  readerCondition: boolean;
  /** The subject's role noun, for "er/he" in the next clause or sentence. */
  senderRole: boolean;
  /** Someone else acts: a commitment only when the sender passes it on as a third party's word. */
  reportVerb: boolean;
  /** The first verb of the clause (token index), for clauses reported from a third party. */
  anyVerb: number;
  /** A state ("Das Paket ist da", "liegt bereit"): a commitment only with a time of its own. */
  needsTime: boolean;
}

// "schon dabei", "bin dabei", "sind dabei": work in progress (as whole words, the way a test on the
// clause's words joined by spaces would find them)
const BUSY_BEFORE = /(?:^|[^A-Za-z0-9_])(?:schon|bin|sind)$/;
const BUSY_AT = /^dabei(?:[^A-Za-z0-9_]|$)/;

// Things done together rather than delivered ("We will meet", "Wir telefonieren"): a weekday in
// them is ambiguous-date's finding, but without a time they are plans, not promises to wait for.
const JOINT = /^(?:meet|meeting|talk|talking|speak|speaking|discuss|discussing|chat|catch|together|telefonieren|telefoniere|sprechen|spreche|treffen|treffe|besprechen|bespreche)$/;

/**
 * Whether the clause's own verb is one of doing something together ("we will meet", "I hope we get
 * to meet", "wir telefonieren"), not a purpose after a deliverable ("give you a call to discuss").
 */
function isJoint(tokens: T[], first: number, last: number, syntax: Syntax, language: Language): boolean {
  for (let j = first; j < last; j++) {
    if (!JOINT.test(tokens[j].n) || isNounUse(tokens, j, language)) continue;
    // "get together", "come together"; not "work together with your landlord to fix the roof"
    if (tokens[j].n === "together" && !/^(?:get|getting|come|coming)$/.test(tokens[j - 1]?.n ?? "")) continue;
    if (syntax.verbFrom < 0) return true;
    // in the committing words, right after them, or "get to meet" right after them
    if (j < syntax.verbTo + 1 || (tokens[j - 1]?.n === "to" && j - 1 <= syntax.verbTo + 1 && !/^(?:call|email|note|message|chance)$/.test(tokens[j - 2]?.n ?? ""))) return true;
    if (language === "de") return true;
  }
  return false;
}

/**
 * "The team will meet on Wednesday", "I'll catch up with Mark on Friday", "We shall hold an internal
 * meeting next Monday", "Wir besprechen das am Montag mit der Geschäftsleitung": a meeting the reader
 * is not part of is the sender's own plan, nothing to wait for, whatever its day ("We'll talk on
 * Tuesday", "I'll meet you on Monday" stay appointments with the reader).
 */
function jointWithoutReader(tokens: readonly T[], first: number, last: number, syntax: Syntax, language: Language): boolean {
  const clause = tokens.slice(first, last);
  const reader = language === "de"
    ? clause.some((t, k) => (t.text === "Sie" && first + k !== syntax.subjectAt) || ((t.n === "ihnen" || /^ihr(?:e|em|en|er|es)?$/.test(t.n)) && t.capital) || /^(?:du|dir|dich|dein\p{L}*|euch|euer|eure)$/u.test(t.n))
    : clause.some((t) => EN.readerObject.has(t.n) || EN.reader.has(t.n));
  if (reader) return false;
  if (clause.some((t) => /^(?:internal|internally|intern|interne|internen|internes)$/.test(t.n))) return true;
  // with someone named who is not the reader: "with Mark", "mit der Geschäftsleitung"
  if (clause.some((t, k) => (t.n === "with" || t.n === "mit") && clause[k + 1] !== undefined && !/^(?:us|uns|me|mir)$/.test(clause[k + 1].n))) return true;
  // a subject other than I/we (who may include the reader): "The team will meet"
  const subject = tokens[syntax.subjectAt];
  return subject !== undefined && !(language === "de" ? DE.sender.has(subject.n) : EN.sender.has(subject.n));
}

/** "the meeting", "aus dem Treffen": the noun, not the verb of doing something together. */
function isNounUse(tokens: T[], i: number, language: Language): boolean {
  const before = tokens[i - 1]?.n ?? "";
  if (language === "de") return (tokens[i].capital && i > 0) || DE.det.has(before) || DE.possSender.has(before) || DE.possReader.has(before);
  return EN.det.has(before) || EN.possSender.has(before) || EN.possReader.has(before) || before === "of";
}

const ROLE_ANSWERS = new WeakMap<RoleNouns, Map<string, boolean>>();

/** Whether the word is a role noun, ends in one after at least three letters (Kundendienst), or after a hyphen. */
function hasRoleSuffix(word: string, roles: RoleNouns): boolean {
  // asked for most words of every clause, several times: remembered per list and word
  let answers = ROLE_ANSWERS.get(roles);
  if (!answers) ROLE_ANSWERS.set(roles, (answers = new Map()));
  let answer = answers.get(word);
  if (answer === undefined) {
    answer = computeRoleSuffix(word, roles);
    if (answers.size < 100_000) answers.set(word, answer);
  }
  return answer;
}

function computeRoleSuffix(word: string, roles: RoleNouns): boolean {
  if (roles.words.has(word)) return true;
  // "Partnerwerkstatt", "Subunternehmer": a compound whose first part names the kind
  if (roles.prefixes.some((p) => word.length >= p.length + 4 && word.startsWith(p))) return true;
  // genitives: "Ihres Vermieters", "your landlord's plumber"
  if (word.endsWith("'s") && word.length > 4) return computeRoleSuffix(word.slice(0, -2), roles);
  if (word.endsWith("s") && word.length > 5 && roles.words.has(word.slice(0, -1))) return true;
  for (let length = roles.shortest; length <= Math.min(roles.longest, word.length - 3); length++) {
    if (roles.words.has(word.slice(word.length - length))) return true;
  }
  for (let hyphen = word.indexOf("-"); hyphen >= 0; hyphen = word.indexOf("-", hyphen + 1)) {
    if (roles.words.has(word.slice(hyphen + 1))) return true;
  }
  return false;
}

/** Index after a German noun phrase starting at i (article/possessive, adjectives, noun, genitive or "aus/von/vom X"). */
function nounPhraseEndDe(tokens: T[], i: number, to: number): number {
  let j = i;
  if (j < to && (DE.det.has(tokens[j].n) || DE.possSender.has(tokens[j].n) || DE.possReader.has(tokens[j].n) || DE.possSenderOblique.has(tokens[j].n) || POSS_THIRD_DE.test(tokens[j].n))) j++;
  while (j < to && !tokens[j].capital && /(?:e|en|er|es|em)$/.test(tokens[j].n) && !verbishStrong(tokens[j])) j++;
  if (j < to && tokens[j].capital) j++;
  else return i;
  // names and titles: "Herr Krüger", "Frau Lindner", "Kollege Herr Demir"
  while (j < to && tokens[j].capital && !DE.det.has(tokens[j].n) && !DE.sender.has(tokens[j].n) && tokens[j].text !== "Sie" && !DE.future.has(tokens[j].n) && !DE.be.has(tokens[j].n)) j++;
  // a genitive or an origin: "die Abrechnung der Nebenkosten", "Herr Krüger aus unserem Team"
  for (let round = 0; round < 2 && j < to; round++) {
    if (!["der", "des", "vom", "von", "aus"].includes(tokens[j].n)) break;
    let k = j + 1;
    if (k < to && (DE.det.has(tokens[k].n) || DE.possSenderOblique.has(tokens[k].n) || DE.possReader.has(tokens[k].n))) k++;
    while (k < to && !tokens[k].capital && /(?:e|en|er|es|em)$/.test(tokens[k].n)) k++;
    if (k < to && tokens[k].capital) j = k + 1;
    else break;
  }
  return j;
}

function readSyntaxDe(tokens: T[], c: RawClause, lexicon: PromiseLexicon, sentenceStart: boolean): Syntax {
  const s: Syntax = { subject: "none", subjectAt: -1, verbFrom: -1, verbTo: -1, blocked: null, request: false, imperativeOnly: false, readerCondition: false, senderRole: false, reportVerb: false, anyVerb: -1, needsTime: false };
  const from = c.first + (c.opener && !c.implied ? 1 : 0);
  const to = c.last;
  const ts = tokens.slice(from, to);
  if (ts.length === 0) return s;
  const has = (set: Set<string>) => ts.some((t) => set.has(t.n));
  const first = ts[0];
  // a request: "Rufen Sie uns an", "Bitte ...", "Geben Sie mir Bescheid"
  // "Geben Sie mir Bescheid", "Rufen Sie uns an", "schicken Sie uns ..." (verb first, then "Sie")
  if (/(?:en|n)$/.test(first.n) && !DE.function.has(first.n) && ts[1]?.text === "Sie" && !DE.future.has(first.n) && !DE.receive.has(first.n) && !DE.be.has(first.n) && !DE.offer.has(first.n) && !DE.hedgeModal.has(first.n) && !DE.need.has(first.n) && !DE.would.has(first.n) && first.n !== "haben" && first.n !== "hatten") s.request = true;
  if (ts.some((t) => t.n === "bitte")) s.request = true;
  // "Rechnen Sie in den nächsten Tagen mit dem neuen Router": what the reader is told to expect, like
  // "Expect the new router ..." (a commitment only with its time; not "mit Verzögerungen", "mit einer Störung")
  if (s.request && /^rechnen$/.test(first.n) && c.opener === "") {
    const mitAt = ts.findIndex((t, k) => k > 1 && t.n === "mit");
    const thing = ts.slice(mitAt + 1, mitAt + 5);
    if (mitAt > 1 && (DE.det.has(ts[mitAt + 1]?.n ?? "") || (DE.possReader.has(ts[mitAt + 1]?.n ?? "") && ts[mitAt + 1].capital) || DE.possSenderOblique.has(ts[mitAt + 1]?.n ?? "")) && !thing.some((t) => hasRoleSuffix(t.n, lexicon.thirdPartyNouns) || WEATHER.has(t.n) || MISHAPS_DE.test(t.n))) {
      s.request = false;
      s.subject = "deliverable";
      s.needsTime = true;
      s.verbFrom = from;
      s.verbTo = from + 2;
      return s;
    }
  }
  // "Es kann ein paar Wochen dauern, bis die Gutschrift sichtbar ist": how long the deliverable of the
  // "bis" clause takes, like "It could take a while"; not a technical wait of minutes
  if (c.opener === "" && ts[0].n === "es" && tokens[to]?.n === "bis" && ts.some((t) => DE.offer.has(t.n) || DE.hedgeModal.has(t.n) || DE.future.has(t.n)) && ts.some((t) => /^dauern$/.test(t.n)) && !ts.some((t) => /^(?:sekunden|minuten|minute|sekunde)$/.test(t.n))) {
    s.subject = "deliverable";
    s.verbFrom = from;
    s.verbTo = from + ts.findIndex((t) => t.n === "dauern") + 1;
    return s;
  }
  if ((DE.condition.has(c.opener) || DE.temporal.has(c.opener)) && (ts.some((t) => t.text === "Sie" || t.n === "du") || receivesFromReaderDe(ts) || readersInput(ts, "de"))) s.readerCondition = true;
  if (c.opener === "" && (first.n === "sollte" || first.n === "sollten") && ts[1]?.text === "Sie") s.readerCondition = true;

  // the subject
  const senderAt = ts.findIndex((t) => DE.sender.has(t.n) && !t.quoted);
  let subjectAt = -1;
  if (c.elided && senderAt < 0) {
    // "... und finden eine Lösung": the subject is the one before (filled in by readSkeleton)
  } else if (senderAt >= 0) {
    s.subject = "sender";
    subjectAt = from + senderAt;
  } else if (c.opener === "" && (hasRoleSuffix(first.n, lexicon.thirdPartyNouns) || (first.text.length >= 2 && first.text === first.text.toUpperCase() && /\p{Lu}\p{Lu}/u.test(first.text))) && /^(?:hat|haben|hatte|hatten|sagt|sagte|meldet|meldete|teilt|teilte|schreibt|schrieb|bestätigt|bestätigte|informiert|informierte)$/.test(ts[1]?.n ?? "")) {
    // "DHL hat uns informiert, dass ...", "UPS meldet, ...": a party named without an article, reporting
    s.subject = "other";
    subjectAt = from;
  } else {
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k];
      const before = k > 0 ? ts[k - 1] : undefined;
      if (before && DE.prep.has(before.n)) continue;
      if (DE.possSender.has(t.n) || ((DE.det.has(t.n) || (DE.possReader.has(t.n) && t.capital && (from + k > 0 || (ts[k + 1]?.capital ?? false) || /(?:e|en|er|es)$/.test(ts[k + 1]?.n ?? "")))) && !DE.possSenderOblique.has(t.n))) {
        const end = nounPhraseEndDe(tokens, from + k, to);
        if (end === from + k) continue;
        const nouns = tokens.slice(from + k + 1, end).map((u) => u.n);
        const head = nouns.find((n, idx) => tokens[from + k + 1 + idx].capital) ?? "";
        // (a sender's role named whole wins over a third party's ending in it: "Ihr Ansprechpartner", not "Partner")
        if (nouns.some((n) => hasRoleSuffix(n, lexicon.thirdPartyNouns) && !lexicon.senderRolesDe.words.has(n))) {
          s.subject = "other";
          subjectAt = from + k;
          break;
        }
        // "Herr Krüger aus unserem Schadenteam", "Frau Lindner vom Kundendienst"
        const after = tokens.slice(end, Math.min(to, end + 3)).map((u) => u.n);
        const ours = ["aus", "von", "vom"].includes(after[0] ?? "") && (DE.possSenderOblique.has(after[1] ?? "") || hasRoleSuffix(after[1] ?? "", lexicon.senderRolesDe) || hasRoleSuffix(after[2] ?? "", lexicon.senderRolesDe));
        if ((head && hasRoleSuffix(head, lexicon.senderRolesDe)) || ours) {
          // nominative articles only: "der/die/das/ein/eine Techniker(in)", not "dem Techniker"
          if (DE.det.has(t.n) && !/^(?:der|die|das|ein|eine)$/.test(t.n) && !ours) continue;
          s.subject = "sender";
          s.senderRole = true;
          subjectAt = from + k;
          break;
        }
        if (s.subject === "none") {
          s.subject = "other";
          subjectAt = from + k;
        }
      } else if (t.n === "jemand" && ["aus", "von", "vom"].includes(ts[k + 1]?.n ?? "") && (DE.possSenderOblique.has(ts[k + 2]?.n ?? "") || hasRoleSuffix(ts[k + 2]?.n ?? "", lexicon.senderRolesDe) || hasRoleSuffix(ts[k + 3]?.n ?? "", lexicon.senderRolesDe))) {
        // "Jemand aus unserem Kundenservice meldet sich", "jemand vom Versand"
        s.subject = "sender";
        s.senderRole = true;
        subjectAt = from + k;
        break;
      } else if ((t.n === "herr" || t.n === "frau") && k + 1 < ts.length) {
        const after = ts.slice(k + 2, k + 6).map((u) => u.n);
        // "Herr Wagner aus unserem Team", or "Herr Wagner ruft Sie ... an": a colleague named with a verb of the action list
        const acts = ts[k + 1].capital && (ts[k + 2]?.action === true || (ts[k + 2]?.capital === true && ts[k + 3]?.action === true));
        if (acts || after.some((n) => DE.possSenderOblique.has(n) || hasRoleSuffix(n, lexicon.senderRolesDe))) {
          s.subject = "sender";
          s.senderRole = true;
          subjectAt = from + k;
          break;
        }
      }
    }
    // "er" is only ever a subject: "Er richtet Ihnen dann den Zugang ein" (not "den Zugang")
    const erAt = ts.findIndex((t, k) => t.n === "er" && !t.quoted && !DE.prep.has(ts[k - 1]?.n ?? ""));
    if (erAt >= 0) {
      s.subject = "other";
      s.senderRole = false;
      subjectAt = from + erAt;
    }
    // the reader, formal or informal ("Sie erhalten", "bekommst du"), receiving or having from us ("hast du von mir")
    const sieAt = ts.findIndex((t) => (t.text === "Sie" || t.n === "du") && !t.quoted);
    if (sieAt >= 0 && (ts.some((t) => DE.receive.has(t.n)) || fromUsDe(ts) || readerWillHaveDe(ts, sieAt, lexicon))) {
      s.subject = "reader";
      subjectAt = from + sieAt;
    } else if (s.subject === "none" && ts.some((t, k) => DE.third.has(t.n) && t.text === t.n && verbishDe(ts[k + 1] ?? t))) {
      s.subject = "other";
      subjectAt = from + ts.findIndex((t) => DE.third.has(t.n));
    }
  }
  s.subjectAt = subjectAt;

  // blocks
  if (ts.some((t) => DE.negation.has(t.n))) s.blocked = "negated";
  else if (has(DE.wasWere) || ts.some((t) => lexicon.pastMarkersDe.has(t.n))) s.blocked = "past";
  else if (has(DE.perfectAux) && (ts.some(isParticipleDe) || perfectWithoutGeDe(ts))) s.blocked = "past";
  else if (ts.some((t, k) => DE.be.has(t.n) && t.n !== "sein" && ts.slice(k + 1).some((u) => isParticipleDe(u) && /(?:gangen|kommen|gefahren|rausgegangen|gegangen|eingetroffen|angekommen|gelaufen)$/.test(u.n))))
    s.blocked = "past";
  else if (ts.some((t) => DE.habitual.has(t.n)) || findPhrases(lexicon.policyDe, ts).length > 0 || everyCaseDe(ts, tokens)) s.blocked = "habit";
  else if (ts.some((t) => DE.progressive.has(t.n) && t.n !== "noch" && t.n !== "schon" && t.n !== "bereits") || ts.some((t, k) => ts[k + 1]?.n.startsWith("dabei") === true && BUSY_BEFORE.test(t.n) && BUSY_AT.test(ts[k + 1].n)))
    s.blocked = "in progress";
  else if (findPhrases(lexicon.courtesy.de, ts).length > 0) s.blocked = "courtesy";
  else if (has(DE.would)) s.blocked = "would";
  else if (has(DE.need)) s.blocked = "need";

  // the verb
  const anyVerb = ts.findIndex((t, k) => k !== senderAt && verbishDe(t) && !t.capital && !DE.refersBack.has(t.n));
  s.anyVerb = anyVerb >= 0 ? from + anyVerb : -1;
  const futureAt = ts.findIndex((t) => DE.future.has(t.n));
  const actionAt = ts.findIndex((t) => actionVerbDe(t, lexicon) && !t.capital);
  const readerThere = ts.some((t, k) => (DE.readerObject.has(t.n) && t.n !== "ihnen") || (/^ihr(?:e|es|em|en|er)?$/.test(t.n) && t.capital && k > 0) || (t.n === "ihnen" && t.capital) || (t.text === "Sie" && k !== 0 && DE.sender.has(ts[Math.max(0, k - 1)].n)) || (t.text === "Sie" && senderAt >= 0) || (t.text === "Sie" && k > 1 && s.senderRole) || (DE.possReader.has(t.n) && t.capital && k > 0));
  const lastVerbish = [...ts].reverse().find((t) => verbishDe(t));
  const passive = futureAt >= 0 && ts.some((t, k) => k !== futureAt && isParticipleDe(t)) && lastVerbish !== undefined && (isParticipleDe(lastVerbish) || DE.future.has(lastVerbish.n));
  const modalBe = ts.findIndex((t) => DE.future.has(t.n) || DE.hedgeModal.has(t.n));
  // "sollte ... fertig sein", "wird unterschriftsreif sein", "sollte ... auf Ihrem Konto sein"
  const futureBe = modalBe >= 0 && ts.some((t) => t.n === "sein") && (ts.some((t) => readyDe(t) || isParticipleDe(t)) || toReaderDe(ts) || ts.some((t) => t.n === "ihnen" && t.capital));
  const offer = ts.findIndex((t) => DE.offer.has(t.n));

  if (s.subject === "sender") {
    const subj = ts[senderAt >= 0 ? senderAt : 0];
    if (s.blocked) return s;
    if (offer >= 0) {
      // "wir können Ihnen ... anbieten": an offer, unless a hedge makes it a hedged promise (readSentence);
      // "wir könnten ...": a suggestion, whatever the hedge
      s.blocked = /^könnte/.test(ts[offer].n) ? "suggestion" : "offer";
      markVerb(s, from + offer, from + offer + 1, subj);
      return s;
    }
    if (futureAt >= 0 && senderAt >= 0) {
      if (passive && lastVerbish && isParticipleDe(lastVerbish)) {
        s.blocked = "passive";
        return s;
      }
      if (ts.some((t) => lexicon.noncommittalVerbsDe.has(t.n) && t.n !== "haben")) {
        s.blocked = "state";
        return s;
      }
      // "Wir werden die Produktion erweitern", "... den Standort Hamburg schließen": the house's own business
      if (!readerThere && ownOperationDe(ts)) {
        s.blocked = "own plan";
        return s;
      }
      markVerb(s, from + futureAt, from + futureAt + 1, subj);
    } else {
      const beAt = ts.findIndex((t) => DE.be.has(t.n));
      const kommen = ts.findIndex((t) => /^(?:komme|kommen|kommt)$/.test(t.n));
      // "Ich komme gern zu Ihrem Tag der offenen Tür": attending the reader's event, not a visit ("zu Ihnen")
      // ("zu dem Abstimmungstermin": with its article)
      const eventAfter = (k: number) => (DE.det.has(ts[k]?.n ?? "") ? ts[k + 1] : ts[k]);
      const toEvent = kommen >= 0 && ts.some((t, k) => k > kommen && /^(?:zu|zur|zum)$/.test(t.n) && eventAfter(k + 1) !== undefined && eventAfter(k + 1)!.capital && eventAfter(k + 1)!.n !== "ihnen");
      // "Wir besuchen gern Ihre Ausstellung": attending the reader's event; "besucht Sie" is a visit
      if (ts.some((t) => /^besuch(?:e|en|t|st)$/.test(t.n)) && !ts.some((t) => t.text === "Sie" || (t.n === "ihnen" && t.capital) || t.n === "dich" || t.n === "euch")) {
        s.blocked = "attend";
        return s;
      }
      if (kommen >= 0 && senderAt >= 0 && (!readerThere || toEvent) && !ts.some((t) => ["vorbei", "zurück", "raus", "hin"].includes(t.n))) {
        s.blocked = "attend";
        return s;
      }
      // "Ich finde, ...": the frame of an opinion, cut off at its comma (cutClauses)
      if (actionAt === ts.length - 1 && OPINION_DE.test(ts[actionAt].n)) {
        s.blocked = "opinion";
        return s;
      }
      if (actionAt >= 0 && (kommen < 0 || kommen !== actionAt || senderAt < 0 || readerThere || ts.some((t) => ["vorbei", "zurück", "raus"].includes(t.n)))) {
        markVerb(s, from + actionAt, from + actionAt + 1, subj);
      } else if (beAt >= 0) {
        // "ist heute ab 15 Uhr bei Ihnen", "ist am Donnerstag zur Ablesung bei Ihnen"
        if (ts.some((t, k) => t.n === "bei" && ts[k + 1]?.n === "ihnen")) markVerb(s, from + beAt, from + beAt + 1, subj);
        else if (s.senderRole && ts.some((t) => SCHEDULED_DE.has(t.n))) {
          // "Der Techniker ist für Donnerstag eingeplant": an arrangement, a commitment with its time
          markVerb(s, from + beAt, from + beAt + 1, subj);
          s.needsTime = true;
        } else s.blocked = "state";
      } else if (readerThere) {
        const verbAt = ts.findIndex((t, k) => k !== senderAt && verbishDe(t) && !DE.offer.has(t.n));
        // "ich hoffe Sie auch", "wir wünschen Ihnen ...": a feeling or wish towards the reader, nothing delivered
        if (verbAt >= 0 && MENTAL_DE.test(ts[verbAt].n)) s.blocked = "feeling";
        else if (verbAt >= 0) markVerb(s, from + verbAt, from + verbAt + 1, subj);
      } else if (has(DE.perfectAux) && !ts.some(isParticipleDe) && ts.some((t) => t.n === "fertig" || t.n === "bereit")) {
        // "dass wir die Abrechnung bis zum 03.12.2026 fertig haben": a deliverable ready by a time
        const haveAt = ts.findIndex((t) => DE.perfectAux.has(t.n));
        markVerb(s, from + haveAt, from + haveAt + 1, subj);
        s.needsTime = true;
      } else if (has(DE.perfectAux)) {
        s.blocked = "state";
      }
    }
    // "Wir versuchen, den Termin ... zu legen": a hedged promise whatever its verb
    // (trying, not hoping or thinking: "Ich hoffe, Sie hatten ..." frames a clause with its own subject)
    if (s.verbFrom < 0 && !s.blocked && anyVerb >= 0 && (ts.some((t) => /^(?:versuch|bemüh|probier)/.test(t.n)) || tokens.slice(from + anyVerb + 1).some((t) => t.n === "zu" || ZU_INFINITIVE.test(t.n))) && findPhrases(lexicon.hedges.de, ts).length > 0) markVerb(s, from + anyVerb, from + anyVerb + 1, subj);
    if (s.verbFrom >= 0) extendDe(tokens, s, to);
    return s;
  }

  if (s.subject === "reader") {
    if (s.blocked) return s;
    // "Post von Ihrer Krankenkasse": someone else's letter
    if (ts.some((t, k) => t.n === "von" && ts[k + 1] && ((DE.possReader.has(ts[k + 1].n) && ts[k + 1].capital) || hasRoleSuffix(ts[k + 1].n, lexicon.thirdPartyNouns) || hasRoleSuffix(ts[k + 2]?.n ?? "", lexicon.thirdPartyNouns)))) {
      s.blocked = "third party's own";
      return s;
    }
    if (offer >= 0 || ts.some((t) => t.n === "müssen")) {
      s.blocked = "offer";
      return s;
    }
    let receiveAt = ts.findIndex((t) => DE.receive.has(t.n));
    if (receiveAt < 0) receiveAt = ts.findIndex((t) => HAVE_DE.test(t.n));
    if (ts[receiveAt]?.n === "hören" && !ts.some((t) => t.n === "uns" || t.n === "mir")) return s;
    // "Sie erhalten diese E-Mail, weil ...": the message the reader is reading now
    if (ts.some((t, k) => /^(?:diese|dieses|diesen)$/.test(t.n) && THIS_MESSAGE_DE.test(ts[k + 1]?.n ?? ""))) {
      s.blocked = "this mail";
      return s;
    }
    const sieAt = s.subjectAt - from;
    markVerb(s, from + Math.min(receiveAt, sieAt), from + Math.max(receiveAt, sieAt) + 1, undefined);
    s.verbFrom = from + Math.min(receiveAt, sieAt);
    return s;
  }

  // deliverables: passive, impersonal and elliptic forms
  if (s.blocked) return s;
  const thirdNoun = ts.some((t, k) => (hasRoleSuffix(t.n, lexicon.thirdPartyNouns) || WEATHER.has(t.n)) && t.capital && !/^(?:per|via|laut|gemäss|gemäß)$/.test(ts[k - 1]?.n ?? ""));
  if (s.subject === "other" && thirdNoun) return s;
  const motionAt = ts.findIndex((t) => DE.motion.has(t.n));
  const readyAt = ts.findIndex((t) => readyDe(t));
  const beAt = ts.findIndex((t) => DE.be.has(t.n) && t.n !== "sein");
  const leadNoun = ts.findIndex((t) => t.capital && !DE.det.has(t.n) && !DE.possReader.has(t.n));
  // "Das Thema wird in der nächsten Sitzung besprochen", "Die Unterlagen werden im Archiv aufbewahrt":
  // a topic treated or a thing kept, nothing handed to the reader (unless it is the reader's: "Ihr Wunsch wird besprochen")
  if (passive && lastVerbish && TOPIC_PASSIVES_DE.has(lastVerbish.n) && !ts.some((t) => (t.n === "ihnen" || DE.possReader.has(t.n)) && t.capital)) {
    s.blocked = "topic";
    return s;
  }
  // "Die Preise werden im Januar erhöht", "Die Straße wird gesperrt", "Die Brücke wird saniert": a
  // change to the world or to terms for everyone is news, nothing handed to the reader (unless it is
  // the reader's: "Ihr Limit wird erhöht", "Ihr Konto wird geschlossen")
  if (passive && lastVerbish && (WORLD_CHANGES_DE.test(lastVerbish.n) || (TERMS_CHANGES_DE.test(lastVerbish.n) && ts.some((t) => t.capital && PUBLIC_TERMS_DE.test(t.n)))) && !ts.some((t) => ((t.n === "ihnen" || DE.possReader.has(t.n) || /^ihr(?:em|en|er|es)$/.test(t.n)) && t.capital) || t.text === "Sie" || /^(?:dir|dich|dein\p{L}*)$/u.test(t.n))) {
    s.blocked = "world";
    return s;
  }
  // "In Deutschland wird zensiert", "Hier wird alles geboten": a passive whose only nouns stand in
  // prepositional phrases has no subject, and an impersonal passive describes what goes on, nothing
  // handed to the reader
  if (passive && !futureBe && impersonalPassiveDe(ts, lexicon)) {
    s.blocked = "impersonal";
    return s;
  }
  if (passive || futureBe) {
    s.subject = "deliverable";
    markVerb(s, from + (futureAt >= 0 ? futureAt : modalBe), from + (futureAt >= 0 ? futureAt : modalBe) + 1, undefined);
    const np = s.subjectAt >= 0 ? s.subjectAt : from + Math.max(0, leadNoun);
    if (np < s.verbFrom) s.verbFrom = np;
    return s;
  }
  if (motionAt >= 0) {
    const m = ts[motionAt].n;
    // "kommt" and "geht" need a direction or a deliverable ("kommt separat per Post", "geht raus")
    // ("geht Ihnen per E-Mail zu", "geht online"; "geht auf Ihrem Konto ein")
    const goes = /^(?:geht|gehen)$/.test(m)
      ? ts.some((t) => ["raus", "heraus", "hinaus", "los", "online", "live"].includes(t.n)) || (ts[ts.length - 1].n === "zu" && ts.some((t) => t.n === "ihnen" || t.n === "dir" || t.n === "euch")) || (ts[ts.length - 1].n === "ein" && toReaderDe(ts))
      : /^(?:eingehen|eingeht)$/.test(m)
        ? toReaderDe(ts)
        : true;
    const gives = /^(?:gibt|gibts|gibt's)$/.test(m) ? ts.some((t) => t.n === "es" || t.n === "gibts" || t.n === "gibt's") : true;
    // "Es kommt zu Verzögerungen", "Wie kommt es, dass ...", "das Übel kommt daher": something happening
    // or where it comes from, nothing on its way to the reader
    const arrives = /^(?:kommt|kommen)$/.test(m) ? !ts.some((t) => t.n === "es" || t.n === "daher" || t.n === "davon" || t.n === "woher" || t.n === "wie") : true;
    // "liegt bereit", "steht zur Abholung bereit"; "liegt Ihnen ... vor" (reaches the reader)
    const lies = /^(?:liegt|liegen|steht|stehen)$/.test(m) ? readyAt >= 0 || (/^(?:liegt|liegen)$/.test(m) && ts[ts.length - 1].n === "vor" && ts.some((t) => t.n === "ihnen" && t.capital)) : true;
    // "Es gibt verschiedene Möglichkeiten": what exists now; only with a time of its own an announcement ("Nächste Woche gibt es ein Update")
    if (/^(?:liegt|liegen|steht|stehen|gibt|gibts|gibt's)$/.test(m)) s.needsTime = true;
    const meets = /^(?:trifft|treffen)$/.test(m) ? ts.some((t) => t.n === "ein") : true;
    const reaches = /^(?:erreicht|erreichen)$/.test(m) ? ts.some((t) => t.text === "Sie") : true;
    if (goes && gives && arrives && lies && meets && reaches && (s.subject !== "none" || leadNoun >= 0 || /^(?:gibts|gibt's)$/.test(m))) {
      s.subject = "deliverable";
      const np = s.subjectAt >= 0 ? s.subjectAt - from : Math.max(0, leadNoun);
      markVerb(s, from + Math.min(np, motionAt), from + Math.max(np, motionAt) + 1, undefined);
      return s;
    }
  }
  if (beAt >= 0 && (readyAt >= 0 || ts.some((t, k) => t.n === "bei" && ts[k + 1]?.n === "ihnen")) && s.subject !== "none") {
    s.subject = "deliverable";
    s.needsTime = !ts.some((t) => t.n === "unterwegs") || ts.some((t) => t.n === "bereits" || t.n === "schon");
    markVerb(s, Math.min(s.subjectAt, from + beAt), Math.max(s.subjectAt, from + beAt) + 1, undefined);
    return s;
  }
  // verbless: "Neue Kundennummer demnächst per Brief", "Rückruf durch den Filialleiter folgt"
  if (!ts.some((t) => verbishDe(t) && !t.capital) && ts[0].capital && ts.some((t, k) => (t.n === "per" || t.n === "via") && DE.channel.has(ts[k + 1]?.n ?? ""))) {
    s.subject = "deliverable";
    markVerb(s, from, from + 1, undefined);
    return s;
  }
  // verbless, a deliverable named first and a time after it: "Rückmeldung zum Schadensfall spätestens
  // Montag", "Kurze Nachricht ... möglichst noch heute" (a commitment only with its time: needsTime)
  const named = verblessDeliverable(ts, DE.function);
  // ("Das Angebot gilt bis Jahresende": how long an offer holds is a state of it, not a delivery)
  if (named >= 0 && !ts.some((t) => VALID_DE.test(t.n)) && !ts.some((t, k) => k !== named && !t.capital && (t.action || t.participle || verbishStrong(t) || DE.offer.has(t.n) || DE.hedgeModal.has(t.n)))) {
    s.subject = "deliverable";
    s.needsTime = true;
    markVerb(s, from + named, from + named + 1, undefined);
    return s;
  }
  if (s.subject === "other" || ts.some((t) => DE.third.has(t.n) && t.text === t.n)) {
    // someone else acting: a commitment only when the sender reports it as a promise (see below)
    const verbAt = ts.findIndex((t, k) => k > 0 && verbishDe(t) && !t.capital);
    if (verbAt >= 0) {
      s.reportVerb = true;
      s.verbFrom = from + Math.max(0, s.subjectAt - from >= 0 ? s.subjectAt - from : 0);
      s.verbTo = from + verbAt + 1;
    }
  }
  return s;
}

// What the reader waits for, named without a verb (with the words that may stand before it).
// What a business does for itself (German): grow, sell, restructure, invest, its own sites and trading.
const OWN_OPERATIONS_DE = /^(?:erweitern|verkaufen|umstrukturieren|restrukturieren|reorganisieren|expandieren|investieren|fusionieren|refinanzieren|entlassen|umziehen|einsparen)$/;
const OWN_FINANCES_DE = /(?:kapital|kosten|budget|personal|belegschaft)$/;
const PRIVATE_PEOPLE_DE = /^(?:kinder|kindern|familie|eltern|sohn|tochter|ehefrau|ehemann|enkeln?|freunden)$/;
const OPEN_CLOSE_DE = /^(?:eröffnen|schließen|schliessen|aufgeben|verlegen)$/;
const OWN_SITES_DE = /(?:filiale|filialen|standort|standorte|werk|werke|büro|niederlassung|niederlassungen|geschäft|laden|bücher)$/;
const OWN_TRADE_DE = /^(?:handel|vertrieb|verkauf|produktion)$/;

/** A German clause about the house's own business ("die Produktion erweitern", "eine Filiale eröffnen", "mit dem Handel beginnen", "unsere internen Abläufe"). */
function ownOperationDe(ts: readonly T[]): boolean {
  if (ts.some((t) => !t.capital && OWN_OPERATIONS_DE.test(t.n))) return true;
  // "unser Kapital erhöhen", "Kosten sparen": the house's money and staff
  if (ts.some((t) => /^(?:erhöhen|senken|aufstocken|kürzen|sparen|abbauen)$/.test(t.n)) && ts.some((t) => t.capital && OWN_FINANCES_DE.test(t.n))) return true;
  // "mit den Kindern an den See fahren", "im Homeoffice arbeiten": the sender's private life and own workplace
  if (ts.some((t) => t.capital && PRIVATE_PEOPLE_DE.test(t.n))) return true;
  if (ts.some((t) => t.n === "arbeiten") && ts.some((t) => t.n === "homeoffice" || t.n === "hause" || t.n === "zuhause")) return true;
  if (ts.some((t) => OPEN_CLOSE_DE.test(t.n)) && ts.some((t) => t.capital && OWN_SITES_DE.test(t.n))) return true;
  if (ts.some((t) => /^(?:beginnen|starten|anfangen)$/.test(t.n)) && ts.some((t) => t.capital && OWN_TRADE_DE.test(t.n))) return true;
  // (the object itself internal, not where something goes: "an unsere interne Abteilung weiterleiten")
  return ts.some((t, k) => /^(?:unser|unsere|unseren|unserer|unserem|eine|einer|einen|die|den|das)$/.test(t.n) && /^intern(?:e|en|er|es|em)$/.test(ts[k + 1]?.n ?? "") && !/^(?:an|in|zu|zur|zum|für|mit|von|bei|durch)$/.test(ts[k - 1]?.n ?? ""));
}

const VALID_DE = /^(?:gilt|gelten|gültig)$/;
const DELIVERABLE_NOUNS = SET(
  "reply answer update news more details info information confirmation collection delivery invoice quote refund feedback call callback visit response proposal estimate report draft contract statement " +
    "rückmeldung antwort nachricht info infos information informationen bescheid rückruf lieferung abholung rechnung angebot gutschrift erstattung update zwischenstand näheres weiteres einzelheiten details",
);
const BEFORE_NOUN = SET("a an the further full short quick revised updated corrected amended new kurze kurzer eine ein die der das weitere final finale neue neues neuer korrigierte korrigiertes überarbeitete überarbeitetes");

/** Index in `ts` of a deliverable noun that opens a clause without a verb ("Kurze Nachricht ..."), or -1. */
function verblessDeliverable(ts: T[], skip: Set<string>): number {
  let k = 0;
  while (k < ts.length - 1 && (BEFORE_NOUN.has(ts[k].n) || skip.has(ts[k].n))) k++;
  if (!ts[k] || !(DELIVERABLE_NOUNS.has(ts[k].n) || compoundDeliverableDe(ts[k])) || ts[k].quoted) return -1;
  // "Reply from me", "Rückmeldung zum Schadensfall", "More on X": the noun and a time; a noun alone is a heading
  return ts.length >= 3 ? k : -1;
}

// German compounds name the thing by their last part: "Schlussrechnung", "Teilgutschrift", "Terminbestätigung".
const DELIVERABLE_HEADS_DE = /(?:rechnung|gutschrift|erstattung|lieferung|rückmeldung|antwort|nachricht|bestätigung|angebot|informationen)$/;

/** A capitalised German compound whose last part is a deliverable ("Schlussrechnung"). */
function compoundDeliverableDe(t: T): boolean {
  return t.capital && t.n.length >= 9 && DELIVERABLE_HEADS_DE.test(t.n);
}

/** Sets the committing words: from the subject (when given) to the verb. */
function markVerb(s: Syntax, verbFrom: number, verbTo: number, subject: T | undefined): void {
  s.verbFrom = verbFrom;
  s.verbTo = verbTo;
  void subject;
  if (s.subjectAt >= 0) {
    s.verbFrom = Math.min(s.subjectAt, verbFrom);
    s.verbTo = Math.max(s.subjectAt + 1, verbTo);
  }
}

/** German committing words: the reflexive after the verb ("melde mich"), the particle at the end ("rufen Sie ... an"). */
function extendDe(tokens: T[], s: Syntax, to: number): void {
  const next = tokens[s.verbTo];
  if (next && (next.n === "mich" || next.n === "uns") && s.verbTo < to) s.verbTo++;
  const last = tokens[to - 1];
  if (last && DE.particles.has(last.n) && to - s.verbTo <= 6 && !DE.prep.has(tokens[to - 2]?.n ?? "") && s.verbTo < to) s.verbTo = to;
  else if (last && last.n === "bescheid" && to - s.verbTo <= 4) s.verbTo = to;
}

function readSyntaxEn(tokens: T[], c: RawClause, lexicon: PromiseLexicon, sentenceStart: boolean): Syntax {
  const s: Syntax = { subject: "none", subjectAt: -1, verbFrom: -1, verbTo: -1, blocked: null, request: false, imperativeOnly: false, readerCondition: false, senderRole: false, reportVerb: false, anyVerb: -1, needsTime: false };
  const from = c.first + (c.implied ? 0 : c.opener && c.opener !== "as soon as" ? 1 : c.opener === "as soon as" ? 3 : 0);
  const to = c.last;
  const ts = tokens.slice(from, to);
  if (ts.length === 0) return s;
  const words = ts.map((t) => t.n);
  const joined = " " + words.join(" ") + " ";
  // requests: "please ...", "Send us a photo", "Let me know", "Just reply", "Could you ...?"
  let k0 = 0;
  while (k0 < ts.length && ["hi", "hello", "dear", "so", "ok", "okay", "yes", "sure", "great", "thanks", "sorry", "oh", "well"].includes(words[k0]) && k0 < 2) k0++;
  // a piece without a verb before it ("Per the hosting provider, ...", "On Monday, 30 November, ...") holds no subject
  const leadAt = c.lead !== undefined && (EN.prep.has(words[0]) || words[0] === "according" || words[0] === "as" || findPhrases(lexicon.hedges.en, ts.slice(0, c.lead - from)).length > 0) ? c.lead - from : 0;
  // ("P.S - let me know", "By the way - let me know": also after a piece without a verb; not "he will let me know")
  if (words.includes("please") || words.includes("kindly") || /^ (?:let (?:me|us) know|feel free)/.test(" " + words.slice(k0).join(" ")) || words.some((w, k) => w === "let" && /^(?:me|us)$/.test(words[k + 1] ?? "") && words[k + 2] === "know" && !ts.slice(0, k).some((u) => isVerbishEn(u, lexicon) || EN.sender.has(u.n) || EN.reader.has(u.n) || EN.third.has(u.n) || u.n === "to"))) s.request = true;
  // "Can you get back to me with a few ideas ...", "Would you send ...": asked of the reader, with or without "?"
  else if (/^(?:can|could|would|will|won't|can't)$/.test(words[k0] ?? "") && words[k0 + 1] === "you" && (sentenceStart || c.opener === "")) s.request = true;
  // "Should I send the other info.", "Could we schedule a call for Friday": asked or suggested, with or without "?"
  else if (/^(?:can|could|shall|should|may|might|would)$/.test(words[k0] ?? "") && /^(?:i|we)$/.test(words[k0 + 1] ?? "") && sentenceStart && c.opener === "") s.request = true;
  else if ((sentenceStart || c.opener === "" || c.opener === "and" || c.opener === "then" || c.opener === "so" || c.opener === "but") && EN.imperative.has(words[k0] ?? "") && !EN.sender.has(words[k0 + 1] ?? "") && ts[k0] && (ts[k0].capital || k0 > 0 || c.opener !== "" || !sentenceStart)) {
    const next = words[k0 + 1] ?? "";
    if (["me", "us", "your", "the", "a", "an", "it", "them", "back", "in", "through", "over", "with", "any", "this", "those", "these", "our", "round", "by", "reply", "call", "send", "let", "tell", "email", "here", "below"].includes(next) || words[k0] === "just" || words[k0] === "simply") {
      s.request = true;
      s.imperativeOnly = c.elided && c.opener === "and";
      // "Let me check with the warehouse": the sender's own next step, not a request ("let me know" is one)
      if (words[k0] === "let" && /^(?:me|us)$/.test(next) && words[k0 + 2] !== "know") s.request = false;
    }
  }
  // "once you ...", "as soon as we have your signed mandate": waiting on the reader
  if ((EN.condition.has(c.opener) || EN.temporal.has(c.opener) || c.opener === "as soon as") && (words.some((w) => EN.reader.has(w)) || (words.includes("your") && words.some((w) => EN.sender.has(w)) && words.some((w) => /^(?:have|has|receive|receives|received|get|gets|got)$/.test(w))) || readersInput(ts, "en")))
    s.readerCondition = true;
  if (c.opener === "" && words[k0] === "should" && words[k0 + 1] === "you") s.readerCondition = true;

  // "Who will pay for the damage is unclear", "How we proceed is up to you": a question as the subject
  if (/^(?:who|whoever|which|how|why|where)$/.test(words[k0] ?? "") && c.opener === "" && !c.implied) s.blocked = "indirect question";
  // the subject
  let subjectAt = -1;
  let npEnd = -1;
  // a hedge opening the clause is no subject: "With any luck we'll have ...", "Fingers crossed the part ..."
  const hedgeFirst = sentenceStart || c.opener === "" ? findPhrases(lexicon.hedges.en, ts.slice(k0, k0 + 5)).find((m) => m.first === 0 && m.last > 1 && !ts.slice(k0, k0 + m.last).some((t) => EN.sender.has(t.n) || EN.reader.has(t.n) || EN.third.has(t.n))) : undefined;
  for (let k = Math.max(k0, leadAt, hedgeFirst ? k0 + hedgeFirst.last : 0); k < ts.length; k++) {
    const w = words[k];
    if (ts[k].quoted) continue;
    if (EN.sender.has(w) && !(w === "ill" && k !== k0)) {
      s.subject = "sender";
      subjectAt = k;
      break;
    }
    if (EN.reader.has(w)) {
      s.subject = "reader";
      subjectAt = k;
      break;
    }
    if (EN.third.has(w) && w !== "there") {
      s.subject = w === "it" || w === "it'll" || w === "it's" || w === "they" || w === "they'll" || w === "they're" ? "other" : "other";
      subjectAt = k;
      break;
    }
    if (EN.prep.has(w) || EN.adverbs.has(w) || lyAdverb(w)) continue;
    if (ts[k].capital && !EN.det.has(w) && !EN.possSender.has(w) && !EN.possReader.has(w)) {
      // "Tomorrow we will ...", "Thanks, ...": a capitalised word is a name only before its own verb
      // (up to its verb: "Anna will send you" has its own)
      const ahead = words.slice(k + 1, k + 5);
      const verbAhead = ts.slice(k + 1, k + 5).findIndex((t) => t.verbish && !EN.sender.has(t.n) && !EN.reader.has(t.n) && !EN.third.has(t.n));
      if (verbAhead >= 0) ahead.length = verbAhead;
      if (ahead.some((x) => EN.sender.has(x) || EN.reader.has(x) || EN.third.has(x) || EN.possSender.has(x)) || hasTimeWord([w])) continue;
    }
    // "expresses our commitment to continue ...", "my intention to finish": an intent named as a
    // thing, the topic of the sentence, not the sender's side acting
    if (EN.possSender.has(w) && INTENT_NOUNS_EN.has(words[k + 1] ?? "") && words[k + 2] === "to") {
      s.subject = "other";
      s.blocked = "topic";
      subjectAt = k;
      break;
    }
    if (EN.possSender.has(w) || EN.det.has(w) || EN.possReader.has(w) || POSS_THIRD_EN.test(w) || (ts[k].capital && k >= k0) || w === "someone" || w === "somebody") {
      // a noun phrase up to its verb
      if (EN.future.has(w) || EN.hedgeModal.has(w) || EN.offer.has(w) || EN.would.has(w)) break;
      let j = k + 1;
      const isAux = (x: string) => EN.future.has(x) || EN.beFinite.has(x) || EN.hedgeModal.has(x) || EN.offer.has(x) || EN.would.has(x) || /'ll$/.test(x) || x === "has" || x === "have" || x === "was" || x === "were" || x === "gets" || x === "need" || x === "needs" || x === "must" || /n't$/.test(x);
      const auxAt = words.slice(k + 1, k + 8).findIndex((x) => isAux(x));
      if (auxAt >= 0 && !words.slice(k + 1, k + 1 + auxAt).some((x) => EN.sender.has(x) || EN.reader.has(x))) j = k + 1 + auxAt;
      else {
        // (a bare noun, "Vouchers go out ...", may have its verb right after it)
        j = k + 2;
        // a noun that could be a verb, before the finite verb ("the app update lands"), is the noun's
        while (j < ts.length && j < k + 7 && (!isVerbishEn(ts[j], lexicon) || (EN.motion.has(words[j + 1] ?? "") && /s$/.test(words[j + 1]) && !/s$/.test(words[j]))) && !(words[j] === "to" && (words[j + 1] === "follow" || words[j + 1] === "come"))) j++;
      }
      npEnd = j;
      const np = words.slice(k, j);
      if (j >= ts.length && !np.includes("to")) {
        // no verb: may still be elliptic ("Invoice to follow", "Quote by post")
        subjectAt = k;
        s.subject = "other";
        break;
      }
      // "a member of our team", "Jenny from accounts", "someone from the warehouse"
      const ofOurs = np.some((n, idx) => (n === "from" || n === "of" || n === "at") && (EN.possSender.has(np[idx + 1] ?? "") || (idx > 0 && (hasRoleSuffix(np[idx + 1] ?? "", lexicon.senderRolesEn) || (np[idx + 1] === "the" && hasRoleSuffix(np[idx + 2] ?? "", lexicon.senderRolesEn))))));
      // (not "our landlord's agent": someone of a third party's, whatever "our" stands before)
      if ((np.some((n) => hasRoleSuffix(n, lexicon.thirdPartyNouns)) && !EN.possSender.has(w)) || np.some((n) => /'s$/.test(n) && hasRoleSuffix(n.slice(0, -2), lexicon.thirdPartyNouns))) {
        s.subject = "other";
      } else if (ofOurs || ((w === "the" || w === "your" || EN.possSender.has(w)) && np.some((n) => hasRoleSuffix(n, lexicon.senderRolesEn))) || (EN.possSender.has(w) && !EN.prep.has(words[k - 1] ?? "") && !np.some((n) => hasRoleSuffix(n, lexicon.thirdPartyNouns)) && !/^(?:customers?|clients?|guests?|readers?|members?)$/.test(np[np.length - 1] ?? "") && !np.some((n) => PRIVATE_PEOPLE_EN.test(n)))) {
        // "our surveyor", "my colleague", "our system": the sender's side, whatever its noun
        s.subject = "sender";
        s.senderRole = true;
      } else if (isPersonName(ts, k, j) && (EN.future.has(words[j] ?? "") || /'ll$/.test(words[j] ?? "")) && enBase(words[j + 1] ?? "", lexicon.actionVerbsEn) !== undefined && !/^(?:me|us)$/.test(words[j + 2] ?? "")) {
        // (not "Nancy will pay me for hers": done to the sender, nothing the reader waits for)
        // "Anna will send you the form", "Scott Neal will call": a colleague named in the sender's
        // mail acts for the sender (a company or an authority is written in capitals or is a third-party noun)
        s.subject = "sender";
        s.senderRole = true;
      } else {
        s.subject = "other";
      }
      subjectAt = k;
      break;
    }
    if (EN.prep.has(w) || EN.adverbs.has(w) || lyAdverb(w)) continue;
    if (isVerbishEn(ts[k], lexicon)) break;
  }
  if (c.elided && subjectAt < 0) {
    s.subject = "sender"; // refined by the caller from the clause before
    s.subjectAt = -1;
  }
  s.subjectAt = subjectAt >= 0 ? from + subjectAt : -1;

  // blocks ("he said he would come back": "would" of someone reported is the "will" that was said)
  const reportedWould = c.opener === "that" && subjectAt >= 0 && /^(?:he|she|they)$/.test(words[subjectAt]);
  const verbStart = subjectAt >= 0 ? subjectAt : k0;
  const rest = words.slice(verbStart);
  const restJoined = " " + rest.join(" ") + " ";
  // ("Nobody from our team will ever ask ...": the negation stands before the subject it names)
  if (rest.some((w) => EN.negation.has(w) || /n't$/.test(w)) || words.slice(k0, verbStart).some((w) => /^(?:nobody|noone|none|neither)$/.test(w))) s.blocked = "negated";
  else if (rest.some((w) => EN.past.has(w)) || /\b(?:last (?:week|month|year|night|time)|the other day)\b/.test(joined) || (subjectAt >= 0 && /^(?:i|we|you|they|he|she)$/.test(words[subjectAt]) && ((/ed$/.test(words[subjectAt + 1] ?? "") && !/eed$/.test(words[subjectAt + 1] ?? "")) || (EN_IRREGULAR[words[subjectAt + 1] ?? ""] !== undefined && !["set", "put", "has", "have"].includes(words[subjectAt + 1] ?? "")) || (/^(?:just|already|also)$/.test(words[subjectAt + 1] ?? "") && (/ed$/.test(words[subjectAt + 2] ?? "") || EN_IRREGULAR[words[subjectAt + 2] ?? ""] !== undefined)))) || /^(?:i've|we've|i'd|we'd)$/.test(words[subjectAt] ?? "") && /(?:ed|en|sent|spoken|told|found|done|made|got)$/.test(words[subjectAt + 1] ?? ""))
    s.blocked = "past";
  // the present perfect: "We have sent you the invoice", "The warehouse has shipped your order" (done)
  else if (presentPerfectEn(rest)) s.blocked = "past";
  else if (rest.some((w) => EN.habitual.has(w)) || /\bon (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends)\b|\bin general\b|\bas a rule\b|\ball (?:refunds|orders|returns|deliveries|items|bookings)\b/.test(joined)) s.blocked = "habit";
  else if (rest.some((w) => EN.progressive.has(w) && w !== "now" && w !== "already" && w !== "still") || /\bat the moment\b|\bin the middle of\b/.test(joined)) s.blocked = "in progress";
  // "Thursday sounds great", "Saturday works for me": accepting a day, not promising one
  // (the subject's own predicate: not "Friday works for me, and we will send the form on Monday")
  else if (acceptsAt(words) >= 0 && (subjectAt < 0 || acceptsAt(words) > subjectAt)) s.blocked = "accepting";
  else if (findPhrases(lexicon.courtesy.en, ts.slice(verbStart)).length > 0) s.blocked = "courtesy";
  else if (rest.some((w) => EN.need.has(w)) || /\b(?:have|has) to\b/.test(restJoined)) s.blocked = "need";
  // "The technician said he would come back": in reported speech "would" is the "will" that was said
  else if (rest.some((w) => EN.would.has(w) || w === "we'd" || w === "i'd") && !/\b(?:would|we'd|i'd) (?:hope|expect)\b/.test(restJoined) && !reportedWould) s.blocked = "would";

  // "Seller shall deliver the gas to the delivery point", "Section 4.2 shall be amended": "shall" with a
  // third person prescribes (the terms of a contract or rules), it promises nothing to the reader
  if (!s.blocked && rest.includes("shall") && !c.elided && !(subjectAt >= 0 && (EN.sender.has(words[subjectAt]) || EN.possSender.has(words[subjectAt])))) s.blocked = "prescription";

  // the verb group after the subject
  let k = npEnd >= 0 ? npEnd : subjectAt >= 0 ? subjectAt + 1 : c.elided ? 0 : k0;
  let future = subjectAt >= 0 && /'ll$/.test(words[subjectAt]);
  let hedgeModal = false;
  let offer = false;
  let be = subjectAt >= 0 && /'(?:m|re|s)$/.test(words[subjectAt]);
  let goingTo = false;
  let intendTo = false;
  let passive = false;
  let progressiveHedge = false;
  let suggestion = false;
  // "should"/"ought" with nothing else that hedges ("able to", "try to", "hope to"): see advice below
  let shouldSeen = false;
  let otherHedge = false;
  // "might"/"may" and nothing else that hedges or makes a future
  let mightOnly = false;
  const auxFrom = k;
  while (k < ts.length) {
    const w = words[k];
    if (EN.future.has(w) || /'ll$/.test(w) || (EN.would.has(w) && reportedWould)) future = true;
    else if (be && SCHEDULED_EN.has(w) && words[k + 1] === "to") {
      // "is scheduled to ship", "we're due to start": an arrangement, the verb after "to" counts
      future = true;
      be = false;
      k++;
    }
    else if (EN.hedgeModal.has(w)) {
      hedgeModal = true;
      if (w === "should" || w === "ought") shouldSeen = true;
      else otherHedge = true;
      if (w === "might") mightOnly = true;
    }
    // "The parcel may arrive tomorrow", "It may take a couple of weeks": a hedge for a deliverable
    // (for the sender or the reader it is permission or an offer: "we may contact you", "you may return it")
    else if (w === "may" && s.subject !== "sender" && s.subject !== "reader") hedgeModal = true;
    else if (EN.offer.has(w)) {
      offer = true;
      // "maybe we could send them ...": a suggestion, which no hedge turns into a promise
      if (w === "could") suggestion = true;
    }
    else if (w === "be" && words[k + 1] === "able" && words[k + 2] === "to") {
      // "we might be able to fit you in": the verb after it counts, not "be"
      otherHedge = true;
      k += 2;
    } else if (w === "be" && /^(?:sure|certain)$/.test(words[k + 1] ?? "") && words[k + 2] === "to") {
      // "We will be sure to get this to you": the promise is the verb after "to"
      k += 2;
    } else if (EN.be.has(w)) be = true;
    // "I'm going to Las Vegas", "we're going to the conference": travel, not the future of a verb
    // "We intend to refund you", "we plan to ship your order next week": a commitment with the reader in it
    else if (/^(?:intend|intends|intending|plan|plans|planning)$/.test(w) && words[k + 1] === "to") {
      intendTo = true;
      be = false;
      k++;
    }
    else if (w === "going" && words[k + 1] === "to" && !goesSomewhere(ts[k + 2])) {
      goingTo = true;
      be = false;
      k++;
    } else if (w === "be" && words[k + 1] === "able" && words[k + 2] === "to") {
      k += 2;
    } else if (w === "to" && (words[k - 1] === "ought" || words[k - 1] === "able" || words[k - 1] === "try" || words[k - 1] === "hope" || words[k - 1] === "aim" || words[k - 1] === "hoping" || words[k - 1] === "trying" || words[k - 1] === "attempt")) {
      /* hedge + to */
    } else if (/^(?:hop(?:e|es|ing)|tr(?:y|ies|ying)|aim(?:s|ing)?|attempt(?:s|ing)?|expect(?:s|ing)?)$/.test(w) && words[k + 1] === "to") {
      // "we are trying to find a cut-off": work in progress unless it names a time or the reader
      if (be && /ing$/.test(w)) progressiveHedge = true;
      be = false;
      hedgeModal = true;
      otherHedge = true;
      k++;
    } else if (EN.adverbs.has(w) || lyAdverb(w) || w === "able" || w === "try" || w === "trying" || w === "hope" || w === "hoping" || w === "aim" || w === "aiming" || w === "attempt" || w === "do" && words[k + 1] === "our" || w === "get" && /ed$|sent$/.test(words[k + 1] ?? "")) {
      /* skip */
    } else if ((w === "have" || w === "has") && /(?:ed|en|been|sent|done|made|got|set|paid|brought)$/.test(words[k + 1] ?? "")) {
      /* perfect */
    } else if (w === "been") {
      be = true;
    } else break;
    k++;
  }
  const verbAt = k < ts.length ? k : -1;
  const verb = verbAt >= 0 ? words[verbAt] : "";
  s.anyVerb = verbAt >= 0 ? from + verbAt : -1;
  if (be && verbAt >= 0 && !STATE_PARTICIPLES_EN.has(verb) && (/(?:ed|en)$/.test(verb) || EN_IRREGULAR[verb] || enBase(verb, lexicon.actionVerbsEn) && /(?:ed|sent|paid|set|brought)$/.test(verb))) passive = true;
  const readerThere = words.some((w, idx) => idx > (subjectAt >= 0 ? subjectAt : -1) && EN.readerObject.has(w));
  const futureForm = future || goingTo || words.includes("gonna") || (c.elided && subjectAt < 0) || (intendTo && readerThere);
  const action = verbAt >= 0 && enBase(verb, lexicon.actionVerbsEn) !== undefined;

  const commitAt = (): void => {
    const startAt = s.subjectAt >= 0 ? s.subjectAt : from + auxFrom;
    let end = verbAt >= 0 ? from + verbAt + 1 : from + k;
    if (verbAt >= 0 && EN.particles.has(words[verbAt + 1] ?? "") && words[verbAt + 1] !== "in" && words[verbAt + 1] !== "on") end++;
    s.verbFrom = startAt;
    s.verbTo = Math.max(end, startAt + 1);
  };

  if (s.subject === "sender" || (c.elided && subjectAt < 0)) {
    // "I have asked Dan to give you a call", "we've arranged for the fitter to call you": the sender
    // has someone act for it towards the reader, a commitment (made now, for later)
    const arranged = subjectAt >= 0 && (s.blocked === null || s.blocked === "past") ? arrangedForReaderEn(words, subjectAt, lexicon) : -1;
    if (arranged > 0) {
      s.blocked = null;
      s.senderRole = true;
      s.verbFrom = s.subjectAt;
      s.verbTo = from + arranged + 1;
      return s;
    }
    if (s.blocked) return s;
    if (verbAt < 0) return s;
    // "we hope you enjoy it", "we hope this card makes your day": a wish about someone else's doing,
    // unless what is hoped for is ours to do or deliver ("I hope I can", "we hope the parcel arrives
    // tomorrow", "we hope you'll have it by Friday")
    if (wishesOnly(words, subjectAt, lexicon)) {
      s.blocked = "wish";
      return s;
    }
    if (progressiveHedge && !futureForm && !readerThere && !hasTimeWord(words)) {
      s.blocked = "in progress";
      return s;
    }
    // "I believe we should just bill you", "We should try to talk tomorrow": advice or a plan together, not a hedged promise
    if (hedgeModal && words.some((w, idx) => w === "should" && idx > (subjectAt >= 0 ? subjectAt : -1)) && ((/\b(?:i|we) (?:think|believe|suggest|feel|guess)\b/.test(" " + tokens.slice(0, to).map((t) => t.n).join(" ") + " ") && !/\bshould (?:\w+ )?(?:have|be|get|receive)\b/.test(joined)) || ts.some((t) => JOINT.test(t.n)))) {
      s.blocked = "suggestion";
      return s;
    }
    // "We should try again", "I should get back to the cash strategy", "we should hang out": what the
    // sender ought to do is advice or an obligation; what it expects to have or be, or to do for the
    // reader ("we should send you the figures soon"), is a hedged
    // promise ("I should have a draft ready", "we should be able to finish", "we should receive the parts")
    const expects = /^(?:have|be|receive|hear)$/.test(verb) || (verb === "get" && !/^(?:back|to|on|in|out|together)$/.test(words[verbAt + 1] ?? ""));
    if (shouldSeen && !otherHedge && !futureForm && !readerThere && !expects && !/\bhop(?:e|ing)\b/.test(joined)) {
      s.blocked = "advice";
      return s;
    }
    if (offer && !hedgeModal && !/\bhop(?:e|ing)\b/.test(joined)) {
      s.blocked = suggestion ? "suggestion" : "offer";
      commitAt();
      return s;
    }
    // "I will still target that week for a London trip", "I'll take the early flight": the sender's own
    // travel, unless it is for the reader ("we'll book your flight") or something is delivered ("send the trip report")
    if (words.some((w) => OWN_TRAVEL_EN.test(w)) && enBase(verb, lexicon.actionVerbsEn) === undefined && !words.some((w) => EN.readerObject.has(w) || EN.reader.has(w)) && subjectAt >= 0 && EN.sender.has(words[subjectAt])) {
      s.blocked = "own plan";
      return s;
    }
    if (lexicon.noncommittalVerbsEn.has(verb) && verb !== "have" && verb !== "be") {
      // ("keep you posted" reports to the reader; "keep the same structure" keeps a state)
      if (!((verb === "come" || verb === "stop" || verb === "go") && (readerThere || /\b(?:come|stop|go) (?:back|round|over|out|by|in)\b/.test(joined))) && !(verb === "keep" && words[verbAt + 1] === "you") && !(/^(?:fly|drive|travel|head)$/.test(verb) && readerThere)) {
        s.blocked = "state";
        return s;
      }
    }
    // "Our exposure will grow if prices climb", "our costs will rise": an amount changing, nothing done
    // for the reader (with an object it is: "we'll increase your limit")
    if (CHANGE_EN.test(verb) && !EN.particles.has(words[verbAt + 1] ?? "") && (!EN.det.has(words[verbAt + 1] ?? "") || /^(?:lot|bit|little)$/.test(words[verbAt + 2] ?? "")) && !EN.possReader.has(words[verbAt + 1] ?? "") && !EN.possSender.has(words[verbAt + 1] ?? "") && !/^(?:it|them|you|us|me|this|that)$/.test(words[verbAt + 1] ?? "")) {
      s.blocked = "state";
      return s;
    }
    // "The election will take place in March", "the new branch will open soon": an event or a place
    // opening, nothing handed to the reader ("we'll open a ticket for you" has an object)
    if (subjectAt >= 0 && !EN.sender.has(words[subjectAt]) && !readerThere && !words.some((w) => EN.reader.has(w) || EN.possReader.has(w)) && ((/^(?:take|takes)$/.test(verb) && words[verbAt + 1] === "place") || (/^(?:open|opens|reopen|reopens)$/.test(verb) && (verbAt + 1 >= words.length || EN.prep.has(words[verbAt + 1] ?? "") || /^(?:soon|again|shortly|today|tomorrow|next|later)$/.test(words[verbAt + 1] ?? ""))))) {
      s.blocked = "event";
      return s;
    }
    // "our emails will look a bit different", "it will seem odd": how something appears ("look at",
    // "look into", "look over" are things done)
    if (/^(?:look|looks|seem|seems|appear|appears|sound|sounds)$/.test(verb) && !/^(?:at|into|over|through|for|after|up|out|forward|in|to|on|round|around)$/.test(words[verbAt + 1] ?? "")) {
      s.blocked = "state";
      return s;
    }
    // "I'm going to take a few days off", "I'll take Friday off": leave, the sender's own plan
    if (/^(?:take|taking)$/.test(verb) && words.slice(verbAt + 1, verbAt + 6).includes("off") && !readerThere) {
      s.blocked = "state";
      return s;
    }
    // "I will let them decide", "I'll let it go": leaving something to others, not doing it ("let you
    // know", "let Brent know" tell someone)
    if (verb === "let" && !/^(?:you|me|us)$/.test(words[verbAt + 1] ?? "") && !words.slice(verbAt + 2, verbAt + 5).includes("know")) {
      s.blocked = "state";
      return s;
    }
    // "I'll have a look" is a state; "I should have a draft ready by tomorrow" a deliverable
    const readyLater = words.slice(verbAt + 2).some((w) => /^(?:ready|done|finished|completed|sorted|fixed)$/.test(w));
    // "we'll probably end up paying more", "the team will do a great job": an outcome or a judgement, not a deliverable
    if ((verb === "end" && words[verbAt + 1] === "up") || (verb === "do" && (/^(?:well|fine|great|better|ok|okay|brilliantly)$/.test(words[verbAt + 1] ?? "") || (words[verbAt + 1] === "a" && words[verbAt + 3] === "job")))) {
      s.blocked = "state";
      return s;
    }
    // "I should make it to this one", "I'll try to make the Thursday 4 pm appointment": attending
    if (/^(?:make|making)$/.test(verb) && attendsEvent(words, verbAt)) {
      s.blocked = "accepting";
      return s;
    }
    // "We'll save the pricing discussion for a later date", "let's leave it for another time": put
    // off, not promised
    if (/^(?:save|saving|keep|keeping|leave|leaving|hold|holding|table|tabling)$/.test(verb) && / for (?:a |an )?(?:later|another|future|some other) /.test(joined)) {
      s.blocked = "deferred";
      return s;
    }
    // "we're going to get much closer this time", "it will get better": becoming, not delivering
    if (verb === "get" || verb === "getting") {
      let a = verbAt + 1;
      while (/^(?:much|even|a|lot|bit|little|any|no|far|slightly|somewhat)$/.test(words[a] ?? "")) a++;
      if (COMPARATIVES_EN.has(words[a] ?? "")) {
        s.blocked = "state";
        return s;
      }
    }
    // "We will start trading the new product next month", "we'll sell the plant", "we will close the
    // books on Friday": the sender's own business, which the reader does not wait for (with the
    // reader in it, it is for them: "we'll sell you the plant", "we will close your account")
    if (!readerThere && !words.some((w) => EN.reader.has(w) || EN.possReader.has(w)) && ownOperationEn(words, verbAt)) {
      s.blocked = "own plan";
      return s;
    }
    // "I'll get to the office around 2": the sender's own way there, not something delivered
    if (verb === "get" && words[verbAt + 1] === "to" && /^(?:the|a)$/.test(words[verbAt + 2] ?? "") && words[verbAt + 3] !== "bottom" && !readerThere) {
      s.blocked = "state";
      return s;
    }
    if (verb === "have" && /^(?:to|a|an|no|any|fun|time|lunch|dinner)$/.test(words[verbAt + 1] ?? "") && !(words[verbAt + 1] !== "to" && readyLater)) {
      s.blocked = "state";
      return s;
    }
    if (be && !passive) {
      // "we'll be in touch", "should be with you", "we're back on site ... to grout"
      const after = " " + words.slice(verbAt).join(" ");
      if (/^ (?:in touch|in contact|back (?:to|with) you|with you|back on site|back out|round|over|sending|getting back|calling|ringing|posting|emailing|dispatching|shipping|sending)/.test(after) && !(/^ (?:sending|posting|emailing|calling)/.test(after) && !futureForm && !hasTimeWord(words))) {
        commitAt();
        return s;
      }
      // ("we're getting another $5,000" is the sender receiving; "we're getting you a new one" is not)
      if (/ing$/.test(verb) && action && (futureForm || hasTimeWord(words)) && (verb !== "getting" || readerThere)) {
        commitAt();
        return s;
      }
      // present progressive for an arrangement: "We're servicing the lift next Thursday", "we're
      // sending a plumber out to you"; not work going on now ("we're working on it this week")
      // (for the reader: their building, their order; our own plans are not promises: "we're rebranding next spring")
      if (/ing$/.test(verb) && !futureForm && !PROGRESS_EN.has(verb) && ((FUTURE_TIME_EN.test(joined) && readerThere) || (action && / (?:out|over|round) /.test(joined)))) {
        commitAt();
        return s;
      }
      // "We're sending you a new charger", "we are arranging a replacement for you": an arrangement for
      // the reader (not "we are sending you this email because ...")
      if (ARRANGING_EN.has(verb) && readerThere && !futureForm && !/ this (?:email|e-mail|mail|message|letter|note|notice|reminder|update) /.test(joined)) {
        commitAt();
        return s;
      }
      if (/ing$/.test(verb) && !futureForm) s.blocked = "in progress";
      else s.blocked = "state";
      return s;
    }
    if (futureForm || hedgeModal || /\bhop(?:e|ing)\b/.test(joined)) {
      // "We might have more", "I might take one": a possibility of the sender's, a hedged promise
      // only with the reader in it or a time of its own ("I might call you", "we may ship it tomorrow")
      if (!futureForm && mightOnly && !readerThere) s.needsTime = true;
      commitAt();
      return s;
    }
    // present tense: an action with the reader, a time or a definite object
    if (action && !/^(?:have|has|get|gets|set|sets)$/.test(verb) && (readerThere || hasTimeWord(words) || /^(?:it|them|the|this|that|these|those)$/.test(words[verbAt + 1] ?? ""))) {
      commitAt();
      return s;
    }
    return s;
  }

  if (s.subject === "reader") {
    // "You can expect a call from us next week": what the reader is told to wait for, from the sender
    if (offer && !s.blocked && /^expect(?:s)?$/.test(verb) && / from (?:us|me|our|my) /.test(joined)) {
      s.subject = "deliverable";
      s.needsTime = true;
      commitAt();
      return s;
    }
    if (s.blocked || offer) return s;
    if (/\bfrom (?:your|the) \w+/.test(joined) && !/\bfrom (?:the|your) (?:team|us)\b/.test(joined)) {
      const m = /\bfrom (?:your|the) ([\w-]+)/.exec(joined);
      if (m && !hasRoleSuffix(m[1], lexicon.senderRolesEn)) {
        s.blocked = "third party's own";
        return s;
      }
    }
    if (verbAt < 0) return s;
    // "you'll have the draft by Friday": having, with a future form, is receiving
    // ("you get better soon", "get well": becoming, not receiving; "you'll get a lot out of the course",
    // "you'll have a great time", "you'll get what you pay for": an experience or a saying, nothing sent)
    const after = words.slice(verbAt + 1, verbAt + 7);
    // ("you'll have more control", "you'll get less noise": a benefit measured, nothing sent)
    const experience = /^(?:get|have)$/.test(verb) && (/^(?:what|whatever)$/.test(after[0] ?? "") || (/^(?:more|less|fewer|greater|better|lower|higher|much|plenty|lots)$/.test(after[0] ?? "") && !DELIVERABLE_NOUNS.has(after[1] ?? "") && !/^(?:details|updates|news|documents|info|information)$/.test(after[1] ?? "")) || after.some((w, idx) => w === "out" && after[idx + 1] === "of") || (verb === "have" && after.slice(0, 4).some((w) => /^(?:time|fun|chance|laugh|blast|ball|go)$/.test(w))));
    const getsWell = (verb === "get" && (COMPARATIVES_EN.has(words[verbAt + 1] ?? "") || words[verbAt + 1] === "well")) || experience;
    const receive = verb === "receive" || (verb === "get" && !getsWell) || verb === "hear" || verb === "receives" || ((verb === "hearing" || verb === "receiving" || verb === "getting") && (futureForm || hedgeModal) && words[verbAt + 1] !== undefined) || (verb === "have" && futureForm && !experience && !/^(?:to|a look|been)$/.test(words[verbAt + 1] ?? ""));
    const contacted = be && /^(?:contacted|notified|sent|emailed|called|informed|refunded|credited)$/.test(verb);
    if ((receive && (!/^hear(?:ing)?$/.test(verb) || /\bfrom (?:us|me|our)\b|\bback\b/.test(joined))) || contacted) {
      if (!futureForm && !hedgeModal && !hasTimeWord(words)) return s;
      commitAt();
    }
    return s;
  }

  if (s.blocked) return s;
  // "Expect a call from us next week": what the reader is told to wait for, from the sender
  const fromUs = words[k0] === "expect" ? words.findIndex((w, idx) => idx > k0 && w === "from" && /^(?:us|me|our|my)$/.test(words[idx + 1] ?? "")) : -1;
  if (fromUs > 0) {
    s.subject = "deliverable";
    s.verbFrom = from + k0;
    s.verbTo = from + fromUs + 2;
    return s;
  }
  // "Expect the new card within the week": what the reader is told to wait for, with its time
  // (a commitment only with one: needsTime); not someone else's ("Expect delays from the carrier")
  // (a thing named with its article: "Expect delays over the holidays" is a warning, not a delivery)
  if (words[k0] === "expect" && /^(?:the|your|a|an|our|my)$/.test(words[k0 + 1] ?? "") && (sentenceStart || c.opener !== "") && !words.slice(k0 + 1).some((w) => hasRoleSuffix(w, lexicon.thirdPartyNouns) || WEATHER.has(w) || MISHAPS_EN.test(w))) {
    s.subject = "deliverable";
    s.needsTime = true;
    s.verbFrom = from + k0;
    s.verbTo = from + Math.min(ts.length, k0 + 4);
    return s;
  }
  // elliptic: "Invoice to follow", "More info ... to come", "Quote to follow Tuesday"
  const toFollow = words.findIndex((w, idx) => w === "to" && (words[idx + 1] === "follow" || words[idx + 1] === "come"));
  if (toFollow > 0 && !words.slice(0, toFollow).some((w) => EN.future.has(w) || EN.be.has(w) || /'ll$/.test(w))) {
    s.subject = "deliverable";
    s.verbFrom = from + Math.max(0, subjectAt);
    s.verbTo = from + toFollow + 2;
    return s;
  }
  // verbless, a deliverable named first and a time after it: "Reply from me on Monday", "Collection
  // of the old sofa: Friday", "More on the garden clearance next week" (a commitment only with its time)
  const named = verblessDeliverable(ts, EN.adverbs);
  // (a verb form after an article or possessive is a noun: "on the transfer", "about your return")
  if (named >= 0 && !ts.some((t, k) => t.verbish && k !== named && !(k < named && BEFORE_NOUN.has(t.n)) && !(k > 0 && (EN.det.has(words[k - 1]) || EN.possReader.has(words[k - 1]) || EN.possSender.has(words[k - 1])))) && from === c.first) {
    s.subject = "deliverable";
    s.needsTime = true;
    s.verbFrom = from + named;
    s.verbTo = from + named + 1;
    return s;
  }
  // verbless, a thing "on its way" with a time of its own: "Credit note on its way shortly"
  const wayAt = words.findIndex((w, idx) => w === "on" && /^(?:its|their)$/.test(words[idx + 1] ?? "") && words[idx + 2] === "way");
  if (wayAt > 0 && !ts.slice(wayAt).some((t) => t.verbish) && !words.some((w) => EN.future.has(w) || EN.be.has(w) || EN.have.has(w) || EN.hedgeModal.has(w) || /'ll$/.test(w)) && from === c.first && !ts[0].quoted) {
    s.subject = "deliverable";
    s.needsTime = true;
    s.verbFrom = from;
    s.verbTo = from + wayAt + 3;
    return s;
  }
  // "Should be with you by Friday", "Will be ready tomorrow": the deliverable left out
  if (s.subject === "none" && subjectAt < 0 && (hedgeModal || future) && verbAt > 0 && words[verbAt - 1] === "be" && /^(?:with|ready|back|done|there|out)$/.test(verb) && from === c.first) {
    s.subject = "deliverable";
    commitAt();
    return s;
  }
  if (s.subject === "other" && subjectAt >= 0) {
    const head = words.slice(subjectAt, verbAt >= 0 ? verbAt : subjectAt + 1);
    // the head noun decides: "the council tax" is a thing, "the council" a party
    const headNoun = npEnd > subjectAt ? words.slice(subjectAt, npEnd).find((n, idx, np) => idx === np.length - 1 || EN.prep.has(np[idx + 1])) ?? "" : "";
    const person = words.slice(subjectAt, Math.max(subjectAt + 1, npEnd)).some((n) => n.endsWith("'s") && hasRoleSuffix(n, lexicon.thirdPartyNouns)) || (npEnd > subjectAt ? hasRoleSuffix(headNoun, lexicon.thirdPartyNouns) || WEATHER.has(headNoun) : head.some((n) => hasRoleSuffix(n, lexicon.thirdPartyNouns) || WEATHER.has(n))) || /^(?:he|she|they|he'll|she'll|they'll)$/.test(words[subjectAt]) || (ts[subjectAt].capital && subjectAt > 0 && !EN.det.has(words[subjectAt])) || words.slice(subjectAt, Math.max(subjectAt + 1, npEnd)).some((n) => PRIVATE_PEOPLE_EN.test(n));
    // "your parcel is on its way" states where it is now; "will be on its way" still promises
    const onItsWay = / on (?:its|their|the) way /.test(joined) && be && (futureForm || hedgeModal);
    // "the places you want to show": an infinitive after "to" is not the subject's own verb
    // ("will take place", "will happen": an event held for the reader moves like a delivery)
    const finiteMotion = (EN.motion.has(verb) || (verb === "take" && words[verbAt + 1] === "place") || /^happens?$/.test(verb)) && !(words[verbAt - 1] === "to" && verbAt === auxFrom);
    // "will be with you" reaches the reader; "will be with their grandparents" is somewhere else
    const withReader = (at: number) => words[at] !== "with" || EN.readerObject.has(words[at + 1] ?? "");
    // ("will be in stock", "should be available": ready for the reader)
    const readyWord = (at: number) => /^(?:with|ready|back|done|available)$/.test(words[at] ?? "") || (words[at] === "in" && words[at + 1] === "stock");
    const motion = onItsWay || (verbAt >= 0 && (finiteMotion || (verb === "be" && readyWord(verbAt + 1) && withReader(verbAt + 1)) || (be && readyWord(verbAt) && withReader(verbAt) && (future || hedgeModal))));
    // "Delivery is planned for the second week of January": an arrangement for a time
    // ("Delivery is expected in the second half of January": someone's expectation, with its time)
    const arranged = be && passive && ((SCHEDULED_EN.has(verb) && (words[verbAt + 1] === "for" || (words[verbAt + 1] === "in" && words[verbAt + 2] === "for"))) || (verb === "expected" && /^(?:in|on|by|within|around|before|after|early|late|later|next|this)$/.test(words[verbAt + 1] ?? "")));
    if (arranged) s.needsTime = true;
    const pending = futureForm || hedgeModal || onItsWay || arranged || (words.includes("being") && (hasTimeWord(words) || (readerThere && action))) || (/\b(?:has|have) been\b/.test(joined) && hasTimeWord(words));
    // "The repair could take a while", "It will take some time": how long the deliverable takes
    // (a commitment only with a time: "will take two hours" names none of the day)
    // "The election will take place in March": an event, unless it is the reader's ("your appointment")
    if (!person && /^takes?$/.test(verb) && words[verbAt + 1] === "place" && !readerThere && !words.some((w) => EN.reader.has(w) || EN.possReader.has(w))) {
      s.blocked = "event";
      return s;
    }
    if (!person && /^takes?$/.test(verb) && !/^(?:place|part|care|over|back)$/.test(words[verbAt + 1] ?? "") && !(words[verbAt + 1] === "a" && /^(?:look|break|seat|moment)$/.test(words[verbAt + 2] ?? "")) && (pending || offer || verb === "takes" || words.includes("may"))) {
      s.subject = "deliverable";
      s.needsTime = true;
      commitAt();
      return s;
    }
    // "This issue will be addressed under section 4", "the budget will be discussed at the meeting",
    // "these tools will be added to the traffic": a topic treated or an event held, nothing handed
    // to the reader (unless it is the reader's: "your concerns will be discussed", "added to your account")
    if (!person && passive && (TOPIC_PASSIVES_EN.has(enBase(verb, TOPIC_PASSIVES_EN) ?? "")) && !readerThere && !EN.possReader.has(words[subjectAt])) {
      s.blocked = "topic";
      return s;
    }
    // "Prices will be raised in January", "The road will be closed", "The bridge will be renovated":
    // a change to the world or to terms for everyone is news, nothing handed to the reader (unless it
    // is the reader's: "your limit will be raised", "your account will be closed")
    if (!person && passive && WORLD_CHANGES_EN.test(verb) && !readerThere && !words.some((w) => EN.possReader.has(w) || EN.reader.has(w))) {
      s.blocked = "world";
      return s;
    }
    if (!person && (passive || motion) && (pending || (finiteMotion && !passive))) {
      // "goes out", "goes off", "goes in" (fitted); not "prices will go up in January"
      if (!(verb === "go" || verb === "goes" || verb === "going") || /\b(?:out|off|live)\b/.test(joined) || words[verbAt + 1] === "in") {
        s.subject = "deliverable";
        // "Chinatown should be bulldozed", "they should be deported": what ought to be done, a hedged
        // delivery only with the reader in it or a time of its own ("the part should be fitted by Friday")
        if (passive && shouldSeen && !otherHedge && !futureForm && !readerThere) s.needsTime = true;
        commitAt();
        if (onItsWay) s.verbTo = Math.max(s.verbTo, from + words.indexOf("way") + 1);
        return s;
      }
    }
    if (verbAt >= 0) {
      s.reportVerb = true;
      s.verbFrom = s.subjectAt;
      s.verbTo = from + verbAt + 1;
    }
  }
  return s;
}

// Verbs of an amount changing ("grow", "rise"), which without an object name nothing done.
const CHANGE_EN = /^(?:grow|grows|rise|rises|fall|falls|drop|drops|increase|increases|decrease|decreases|decline|declines|climb|climbs|shrink|shrinks|double|doubles|improve|improves|worsen|worsens|change|changes)$/;

/**
 * "asked Dan Lyons to give you a call", "have arranged for the fitter to visit you": the index of the
 * verb after "to" when the sender has someone do something for the reader, else -1.
 */
function arrangedForReaderEn(words: readonly string[], subjectAt: number, lexicon: PromiseLexicon): number {
  let j = subjectAt + 1;
  while (/^(?:have|has|just|already|also|now)$/.test(words[j] ?? "")) j++;
  if (!/^(?:asked|told|instructed|requested|arranged)$/.test(words[j] ?? "")) return -1;
  j++;
  if (words[j - 1] === "arranged" && words[j] === "for") j++;
  const to = words.indexOf("to", j);
  if (to < j + 1 || to > j + 4 || words.slice(j, to).some((w) => EN.sender.has(w) || EN.reader.has(w) || w === "me" || w === "us")) return -1;
  const verb = to + 1;
  if (enBase(words[verb] ?? "", lexicon.actionVerbsEn) === undefined && !/^(?:give|contact|get)$/.test(words[verb] ?? "")) return -1;
  return words.slice(verb + 1).some((w) => EN.readerObject.has(w)) ? verb : -1;
}

// Comparatives and adjectives of a state that "get" turns into "become" ("get closer", "get better").
const COMPARATIVES_EN = SET("better worse closer nearer further farther bigger smaller larger higher lower faster slower easier harder cheaper busier quieter clearer stronger weaker richer older bored tired sick lost married");

/** "hope (that) <clause>" whose clause is neither the sender's doing, nor a deliverable moving, nor the reader receiving. */
function wishesOnly(words: readonly string[], subjectAt: number, lexicon: PromiseLexicon): boolean {
  const hopeAt = words.findIndex((w, idx) => idx > subjectAt && /^hop(?:e|es|ing)$/.test(w) && words[idx + 1] !== "to");
  if (hopeAt < 0) return false;
  let c = hopeAt + 1;
  if (words[c] === "that") c++;
  const who = words[c];
  if (who === undefined || EN.sender.has(who)) return false;
  const after = words.slice(c + 1, c + 9);
  // ("you get better soon": getting well, not getting something)
  if (EN.reader.has(who)) return !after.slice(0, 4).some((w, idx) => /^(?:receive|receives|get|gets|have|has|hear)$/.test(w) && !(/^gets?$/.test(w) && (COMPARATIVES_EN.has(after[idx + 1] ?? "") || /^(?:well|some|a)$/.test(after[idx + 1] ?? ""))));
  return !after.some((w) => enBase(w, lexicon.actionVerbsEn) !== undefined || EN.motion.has(w) || /^(?:ready|done|fixed|sorted)$/.test(w) || (w === "with" && after.includes("you")));
}

// Nouns that name an intent ("our commitment to ...", "my plan to ...").
const INTENT_NOUNS_EN = SET("commitment commitments promise promises pledge pledges intention intentions intent mission undertaking desire wish hope hopes resolve determination dedication effort efforts willingness readiness");

// Verbs whose passive treats a topic or holds an event rather than hands something over.
const TOPIC_PASSIVES_EN = SET("discuss debate consider cover address add hold present spend mention raise explore examine note treat describe list include incorporate combine integrate merge use need require affect impact base know see view regard talk");

const EVENTS_EN = SET("meeting meetings appointment call trip flight train dinner lunch breakfast party session event conference workshop seminar class game show wedding one");

/** After "make": "it to ...", "it" alone, or a short noun phrase naming an event ("the Thursday 4 pm appointment"). */
function attendsEvent(words: readonly string[], verbAt: number): boolean {
  const next = words[verbAt + 1];
  if (next === "it") return words[verbAt + 2] === "to" || words[verbAt + 2] === undefined || /^(?:today|tonight|tomorrow|on|in|this|next|after|before|back)$/.test(words[verbAt + 2]);
  if (!EN.det.has(next ?? "") && !EN.possSender.has(next ?? "") && !EN.possReader.has(next ?? "")) return false;
  for (let a = verbAt + 2; a < words.length && a <= verbAt + 6; a++) {
    if (EVENTS_EN.has(words[a])) return true;
    if (EN.prep.has(words[a]) || EN.conj.has(words[a])) return false;
  }
  return false;
}

// Present progressives that arrange a delivery for the reader ("we're sending you a new one").
const ARRANGING_EN = SET("sending shipping posting dispatching couriering arranging organising organizing issuing refunding crediting replacing booking");

// The sender's belief that may frame a clause without "that" (not "hope": see wishesOnly).
const BELIEF_EN = SET("think believe expect anticipate reckon guess trust suspect confident sure certain");

// Words after which "that" opens what is said, thought or known, not a relative clause.
const COMPLEMENT_TAKERS_EN = SET(
  "say says saying tell tells telling told confirm confirms think thinks thought know knows knew agree agrees hope hopes ensure ensures mean means meant believe believes expect expects promise promises guarantee guarantees assure assures note notes understand understands understood realize realise realizes realises feel feels felt see sees saw show shows is are was were be been so such sure glad happy clear aware confident certain possible likely now given except fact news idea chance hear learn learnt find finds found suggest suggests recommend recommends decide request ask remember recall seems appears appear seem mind worry sorry afraid proud pleased delighted noticed notice informed advised",
);

// Participles of being told: "we've been advised", "uns wurde mitgeteilt".
// Parties who act for themselves, not for the sender: what they say they will do is their own plan.
const ON_OWN_BEHALF = /(?:^|[^\p{L}])(?:kunde|kundin|mieter|mieterin|käufer|käuferin|gast|nachbar|nachbarin|customer|client|tenant|buyer|neighbou?r|guest)(?:[^\p{L}]|$)/iu;

/** A word that puts the reader in the clause: you, your, Sie, Ihnen, Ihr..., dir, dein... */
function readerWord(t: T, language: Language): boolean {
  if (language === "en") return EN.readerObject.has(t.n) || EN.reader.has(t.n);
  return ((t.n === "ihnen" || t.n === "sie" || /^ihr(?:e|em|en|er|es)?$/.test(t.n)) && t.capital) || /^(?:dir|dich|dein\p{L}*)$/u.test(t.n);
}

const REPORTED_EN = SET("told advised informed notified assured promised");
const REPORTED_DE = SET("mitgeteilt bestätigt zugesagt gesagt versichert versprochen angekündigt signalisiert");

const PLACES_EN = SET("work school church bed town lunch dinner breakfast court class");

/** The word after "going to" names a place, not a verb: "going to Houston", "going to the office", "going to lunch". */
function goesSomewhere(t: T | undefined): boolean {
  if (!t) return false;
  return EN.det.has(t.n) || EN.possSender.has(t.n) || EN.possReader.has(t.n) || PLACES_EN.has(t.n) || (t.capital && !EN.sender.has(t.n) && !EN.adverbs.has(t.n));
}

/** One or two capitalised words, not all capitals (FERC, DHL) and not a month or weekday: a person's name. */
function isPersonName(ts: T[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++) {
    const t = ts[k];
    if (!t.capital || t.quoted || t.text === t.text.toUpperCase() || !/^\p{L}+$/u.test(t.text) || hasTimeWord([t.n])) return false;
    if (EN.det.has(t.n) || EN.sender.has(t.n) || EN.reader.has(t.n) || EN.third.has(t.n) || EN.adverbs.has(t.n)) return false;
  }
  return true;
}

/** "have/has (already) sent", not after a future or modal ("will have sent", "should have it"). */
function presentPerfectEn(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (EN.future.has(w) || EN.hedgeModal.has(w) || EN.offer.has(w) || EN.would.has(w) || EN.need.has(w) || /'ll$/.test(w) || w === "to") return false;
    if (!/^(?:have|has|i've|we've|you've|they've|she's|he's|it's)$/.test(w)) continue;
    let j = i + 1;
    while (j < words.length && /^(?:already|just|now|also|recently|finally|successfully|since|all|both)$/.test(words[j])) j++;
    const p = words[j] ?? "";
    // "has been booked for you on Monday": an arrangement made, for a time to come
    if (p === "been" && (SCHEDULED_EN.has(words[j + 1] ?? "") || words[j + 1] === "arranged")) return false;
    if (p === "been" || (p.length > 3 && /(?:ed|en)$/.test(p) && p !== "open" && p !== "often") || (EN_IRREGULAR[p] !== undefined && !/^(?:set|put|has|have|had|done)$/.test(p)) || p === "done") {
      // "'s" is also "is": "she's done", "it's sent" are states, read elsewhere; only have/has here
      return !/^(?:she's|he's|it's)$/.test(w);
    }
  }
  return false;
}

/** Index of "sounds great", "works for me": a day or plan accepted; -1 when there is none. */
function acceptsAt(words: readonly string[]): number {
  for (let i = 0; i + 1 < words.length; i++) {
    if (/^(?:sounds?|sounded)$/.test(words[i]) && /^(?:great|good|fine|perfect|ok|okay|grand)$/.test(words[i + 1])) return i;
    if (/^works?$/.test(words[i]) && (/^(?:best)$/.test(words[i + 1]) || (/^(?:for|well)$/.test(words[i + 1]) && /^(?:me|us|for)$/.test(words[i + 2] ?? "")))) return i;
  }
  return -1;
}

// What nobody delivers: "expect some delays", "expect a short outage".
const MISHAPS_EN = /^(?:delays?|disruptions?|problems?|issues?|outages?|interruptions?|queues?|downtime|hiccups?)$/;

// People of the sender's private life, who do not act for the sender: "my friends", "our kids".
const PRIVATE_PEOPLE_EN = /^(?:friends?|family|families|kids?|children|child|wife|husband|son|daughter|sons|daughters|parents?|mother|father|mom|mum|dad|brothers?|sisters?|neighbou?rs?|partners?)$/;

// Participles of a state, not of something delivered: "The office will be closed on Monday".
const STATE_PARTICIPLES_EN = SET("closed shut opened open unavailable occupied increased reduced raised lowered");

// Arrangements: "is scheduled to", "are due to", "is set to", "is booked for".
// "abzuschliessen", "einzubauen": an infinitive with "zu" inside, the action a hedge verb governs.
// "hast du von mir", "haben Sie von uns": the reader having what the sender gives
const HAVE_DE = /^(?:hast|habt|haben|hat)$/;
// Participles whose passive treats a topic or keeps a thing rather than hands something over.
/** "er stellt das Gerüst am 30.11.2026 bei Ihnen auf": a finite verb early and its particle closing the clause. */
function separatedParticleDe(tokens: readonly T[], first: number, last: number): boolean {
  const end = tokens[last - 1];
  if (!end || !DE.particles.has(end.n) || last - first < 4 || DE.prep.has(tokens[last - 2]?.n ?? "")) return false;
  return tokens.slice(first, Math.min(last - 2, first + 3)).some((t) => t.verbish && !t.capital && !DE.be.has(t.n) && !DE.perfectAux.has(t.n) && !DE.wasWere.has(t.n));
}

/**
 * "Die Bank sagt, das Konto ist gesperrt", "The bank says the account is blocked": a state someone
 * reports, in the present and without a time, is news, nothing the reader waits for ("..., das Konto
 * wird morgen entsperrt", "... will be unblocked" stay promises).
 */
function reportedState(tokens: readonly T[], first: number, last: number, language: Language): boolean {
  const clause = tokens.slice(first, last);
  if (language === "de") {
    if (clause.some((t) => DE.future.has(t.n) || DE.hedgeModal.has(t.n) || DE.offer.has(t.n) || DE.motion.has(t.n)) || toReaderDe(clause)) return false;
    return clause.some((t, k) => /^(?:ist|sind)$/.test(t.n) && clause.slice(k + 1).some((u) => u.participle));
  }
  if (clause.some((t) => EN.future.has(t.n) || /'ll$/.test(t.n) || EN.hedgeModal.has(t.n) || t.n === "going" || EN.readerObject.has(t.n) || EN.reader.has(t.n))) return false;
  return clause.some((t, k) => /^(?:is|are|'s|'re)$/.test(t.n) && /[^e]ed$|^(?:broken|lost|stolen|frozen|closed|blocked)$/.test(clause[k + 1]?.n ?? ""));
}

const IMPERSONAL_REPORT = /^(?:hieß|heißt|hiess|heisst) es$/;

// Completion states of a process: "is done", "ist erledigt"; a span of minutes to them is the
// process's own ("the installation is done in ten minutes"), one of hours may be work ("the repair").
const COMPLETED = /^(?:done|finished|complete|completed|installed|erledigt|fertig|abgeschlossen|installiert|einsatzbereit|startklar)$/;
// States nobody brings about, whatever the span: "fully charged after two hours", "nach einer Stunde trocken".
const SELF_COMPLETING = /^(?:charged|dry|geladen|aufgeladen|trocken|durchgetrocknet)$/;
const MINUTES = /^(?:seconds?|minutes?|mins|sekunden?|minuten?|viertelstunde)$/;
const HOURS = /^(?:hours?|hrs|stunden?)$/;
const SPAN_OPENER = /^(?:in|within|after|nach|innerhalb|binnen)$/;
const AUTOMATIC = /^(?:automatically|automatisch|selbsttätig)$/;
// What the reader waits for even when it comes by itself: "Your refund is paid out automatically",
// "Die neue Karte wird automatisch verschickt".
const AUTOMATIC_DELIVERABLE = /^(?:refund|refunds|credit|invoice|invoices|payment|payout|confirmation|sent|shipped|delivered|posted|mailed|paid|refunded|credited|issued|dispatched|transferred|erstattung|gutschrift|rechnung|auszahlung|bestätigung|rückzahlung|zahlung|geschickt|versandt|verschickt|zugeschickt|zugesandt|überwiesen|erstattet|gutgeschrieben|ausgezahlt|geliefert|zugestellt|veranlasst)$/;

/**
 * "If all goes well, the installation is done in ten minutes", "The battery will be fully charged
 * after two hours", "The update will be installed automatically": how a process runs on its own, a
 * span of minutes to a finished state or a thing done automatically, is no act of the sender's that
 * the reader waits for ("the technician is with you in two hours" is an arrival, "hopefully the repair
 * is done in two hours" work; "your refund is paid out automatically" and anything automatic with a
 * time of its own, "sent automatically next week", a deliverable).
 */
function processOutcome(tokens: readonly T[], first: number, last: number, time: TimeKind): boolean {
  const clause = tokens.slice(first, last);
  if (time === "none" && clause.some((t) => AUTOMATIC.test(t.n)) && !clause.some((t) => AUTOMATIC_DELIVERABLE.test(t.n) || DELIVERABLE_HEADS_DE.test(t.n))) return true;
  const selfCompleting = clause.some((t) => SELF_COMPLETING.test(t.n));
  if (!selfCompleting && !clause.some((t) => COMPLETED.test(t.n))) return false;
  return clause.some((t, k) => (MINUTES.test(t.n) || (selfCompleting && HOURS.test(t.n))) && clause.slice(Math.max(0, k - 4), k).some((u) => SPAN_OPENER.test(u.n)));
}

// Participles of changing the world or the terms for everyone: prices raised, roads closed, bridges rebuilt.
const WORLD_CHANGES_DE = /^(?:erhöht|gesenkt|angehoben|gesperrt|saniert|renoviert|umgeleitet|umgebaut|abgerissen|gebaut|errichtet|eröffnet|erweitert|modernisiert|eingeführt|abgeschafft|eingestellt|stillgelegt|abgeschaltet|ausgebaut|geschlossen|umbenannt|umgestellt)$/;
const WORLD_CHANGES_EN = /^(?:raised|increased|reduced|lowered|closed|renovated|rebuilt|refurbished|diverted|demolished|built|extended|expanded|modernised|modernized|introduced|abolished|discontinued|shut|renamed|resurfaced)$/;
// "Die Gebühren werden angepasst", "Das Gesetz wird geändert", "Der Wochenmarkt wird verlegt": terms,
// rules and public things changed for everyone are news. Only for such nouns: "Die Adresse wird
// geändert" is most likely the reader's own request, which they wait for.
const TERMS_CHANGES_DE = /^(?:angepasst|geändert|verlegt|verkauft|verschärft|gelockert|novelliert|reformiert)$/;
const PUBLIC_TERMS_DE = /(?:gebühren|gebühr|preise|tarif|tarife|gesetz|gesetze|regel|regeln|regelung|regelungen|verordnung|vorschriften|öffnungszeiten|markt|steuer|steuern|beitrag|beiträge|zinsen|zinssatz|fahrplan|werk|standort|filiale|kantine)$/;
const TOPIC_PASSIVES_DE = SET("besprochen beraten diskutiert erörtert behandelt aufbewahrt gespeichert archiviert verwendet genutzt benötigt gebraucht abgehalten erwähnt");
// Things nobody delivers that the reader may be told to expect ("Rechnen Sie mit Verzögerungen").
const MISHAPS_DE = /^(?:verzögerung|verzögerungen|störung|störungen|wartezeit|wartezeiten|ausfall|ausfällen|problem|problemen|engpass|engpässen|mehrkosten|kosten|einschränkungen|einschränkung|staus?)$/;

function fromUsDe(ts: readonly T[]): boolean {
  return ts.some((t) => HAVE_DE.test(t.n)) && ts.some((t, k) => t.n === "von" && /^(?:uns|mir)$/.test(ts[k + 1]?.n ?? "")) && !ts.some(isParticipleDe);
}

/** "auf Ihrem Konto", "bei Ihnen": arriving with the reader. */
/** Ready: "fertig", "bereit", ... and compounds ending in them ("abholbereit", "unterschriftsreif", "versandfertig"). */
function readyDe(t: T): boolean {
  return DE.ready.has(t.n) || (!t.capital && t.n.length > 7 && /(?:reif|bereit|fertig)$/.test(t.n));
}

function toReaderDe(ts: readonly T[]): boolean {
  return ts.some((t, k) => (t.n === "bei" || t.n === "auf") && ts[k + 1] !== undefined && ts[k + 1].capital && /^(?:ihnen|ihrem|ihrer|ihr|ihre)$/.test(ts[k + 1].n));
}

// "auf jeden Fall", "in jedem Fall" (certainly, anyway), "jeden Moment" (any moment now): no policy
const NOT_EVERY_CASE_DE = /^(?:fall|falle|moment|augenblick|minute|sekunde)$/;

/**
 * "Wir prüfen jede Reklamation sorgfältig", "Jede Rücksendung wird von uns geprüft": what the sender
 * does with every case of a kind is a policy, not a promise about the reader's case. A noun phrase
 * with "jede/jeder/jedes/jeden/jedem" and nothing of the reader's in the sentence ("jede Position
 * Ihrer Rechnung" is about this case). Not "alle": "Wir tauschen alle defekten Teile aus" is as
 * often this case's parts as a rule.
 */
function everyCaseDe(ts: readonly T[], sentence: readonly T[]): boolean {
  if (!ts.some((t) => EVERY_DE.test(t.n))) return false;
  const readers = sentence.some((t, k) => (t.text === "Sie" && k > 0) || ((t.n === "ihnen" || DE.possReader.has(t.n) || /^ihr(?:em|en|er|es)$/.test(t.n)) && t.capital) || /^(?:du|dir|dich|dein\p{L}*)$/u.test(t.n));
  if (readers) return false;
  for (let k = 0; k < ts.length - 1; k++) {
    if (!EVERY_DE.test(ts[k].n)) continue;
    // the noun, perhaps after an adjective or two ("jede einzelne Reklamation", "jedes reparierte Gerät")
    let j = k + 1;
    while (j < ts.length && j < k + 3 && !ts[j].capital && /(?:e|en|er|es|em)$/.test(ts[j].n)) j++;
    const noun = ts[j];
    if (noun && noun.capital && !NOT_EVERY_CASE_DE.test(noun.n) && !DE.det.has(noun.n) && !DE.possSender.has(noun.n)) return true;
  }
  return false;
}

const EVERY_DE = /^(?:jede|jeder|jedes|jeden|jedem)$/;

// The sender as the one whose work is taken over: "for me", "my tickets", "mich", "meine Vorgänge".
const SENDER_OBJECT = /^(?:me|my|myself|mich|mir|mein|meine|meinen|meinem|meiner|meines)$/;
// Words of being away or standing in: "while I'm on leave", "in my absence", "im Urlaub", "Vertretung".
const ABSENCE = /^(?:vacation|leave|absence|absent|holiday|holidays|ooo|urlaub|urlaubs|abwesenheit|abwesend|vertretung|vertritt|vertreten|elternzeit|mutterschutz)$/;

/**
 * "My colleague Anna will cover for me", "Herr Kaya übernimmt meine Vorgänge", "I'm on leave; my deputy
 * will deal with urgent matters": a colleague standing in for the sender while away is news about the
 * sender's absence, nothing the reader waits for, as long as the clause does nothing for the reader
 * ("My colleague will send you the contract" stays a promise). Someone other than I/we acts for the
 * sender, and either the sender is what the clause acts on or the sentence speaks of an absence.
 */
function standsInForSender(tokens: readonly T[], first: number, last: number, syntax: Syntax, language: Language, absence: boolean): boolean {
  if (syntax.subject !== "sender" || syntax.subjectAt < 0 || syntax.verbTo < 0) return false;
  const subject = tokens[syntax.subjectAt].n;
  if (language === "de" ? DE.sender.has(subject) : EN.sender.has(subject)) return false;
  const clause = tokens.slice(first, last);
  const forReader = language === "de"
    ? clause.some((t, k) => (t.text === "Sie" && first + k !== syntax.subjectAt) || ((t.n === "ihnen" || /^ihr(?:e|em|en|er|es)?$/.test(t.n)) && t.capital) || /^(?:du|dir|dich|dein\p{L}*|euch|euer|eure)$/u.test(t.n))
    : clause.some((t) => EN.readerObject.has(t.n) || EN.reader.has(t.n));
  if (forReader) return false;
  const senderAfterVerb = tokens.slice(syntax.verbTo - 1, last).some((t) => SENDER_OBJECT.test(t.n));
  return senderAfterVerb || absence;
}

// What only the reader can send: "your payment", "Ihre Unterlagen", "die unterschriebene Vollmacht".
const READER_INPUT_EN = /^(?:payment|payments|deposit|documents|documentation|paperwork|forms?|signature|mandate|photos?|pictures?|receipts?|proof|reply|answer|confirmation|approval|details)$/;
const READER_INPUT_DE = /(?:zahlung|zahlungseingang|geldeingang|überweisung|unterlagen|dokumente|formular|unterschrift|vollmacht|fotos|bilder|beleg|belege|quittung|kassenbon|nachweis|rücksendung|antwort|rückmeldung|bestätigung|freigabe|angaben)$/;
// A payment is the reader's whoever's article stands before it: "as soon as payment clears", "sobald der Zahlungseingang verbucht ist".
const PAYMENT_EN = /^(?:payment|deposit)$/;
const PAYMENT_DE = /^(?:zahlung|zahlungseingang|geldeingang|überweisung|anzahlung)$/;

/**
 * A condition that waits on something of the reader's: "as soon as your payment arrives", "once payment
 * clears", "sobald Ihre Unterlagen vollständig sind", "once we get the item back". What follows is an
 * offer that waits for the reader (PROMISES.md), not a vague time; "as soon as your new card arrives"
 * (ours, on its way to the reader) stays one.
 */
function readersInput(ts: readonly T[], language: Language): boolean {
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k];
    if (language === "en") {
      if (PAYMENT_EN.test(t.n) && !EN.possSender.has(ts[k - 1]?.n ?? "")) return true;
      if (READER_INPUT_EN.test(t.n) && ts.slice(Math.max(0, k - 3), k).some((u) => u.n === "your")) return true;
      // receiving something back: "once we get the item back", "when we receive it back"
      // (a thing between the verb and "back": "as soon as I get back to the office" is the sender's return)
      if (t.n === "back" && ts.slice(0, Math.max(0, k - 1)).some((u, j) => /^(?:get|gets|got|receive|receives|received|have|has)$/.test(u.n) && ts[j + 1].n !== "to") && ts.slice(0, k).some((u) => EN.sender.has(u.n)) && !(ts[k + 1]?.n === "from" && ts[k + 2]?.n !== "you")) return true;
    } else {
      if (PAYMENT_DE.test(t.n) && t.capital && !DE.possSender.has(ts[k - 1]?.n ?? "") && !DE.possSenderOblique.has(ts[k - 1]?.n ?? "")) return true;
      if (t.capital && READER_INPUT_DE.test(t.n) && ts.slice(Math.max(0, k - 3), k).some((u) => u.capital && /^ihr(?:e|en|em|er|es)?$/.test(u.n))) return true;
      if (/^zurück(?:erhalten|bekommen|haben)$/.test(t.n) || (t.n === "zurück" && ts.some((u) => DE.receive.has(u.n) || HAVE_DE.test(u.n)) && ts.some((u) => DE.sender.has(u.n) || u.n === "uns"))) return true;
    }
  }
  return false;
}

/**
 * "..., haben Sie die Karten schon morgen im Briefkasten", "Sie haben das Geld bald auf dem Konto": the
 * reader having a thing by a time is receiving it ("Sie haben das Recht, ...", "Haben Sie morgen Zeit?"
 * name no thing of ours, or no time).
 */
function readerWillHaveDe(ts: readonly T[], sieAt: number, lexicon: PromiseLexicon): boolean {
  const haveAt = ts.findIndex((t, k) => HAVE_DE.test(t.n) && Math.abs(k - sieAt) === 1);
  if (haveAt < 0) return false;
  const thing = ts.some((t, k) => {
    if (k <= Math.max(haveAt, sieAt) || !/^(?:die|das|den|ihre|ihr|ihren)$/.test(t.n)) return false;
    // the noun, perhaps after an adjective ("die neue Karte")
    const noun = ts[k + 1] && !ts[k + 1].capital && /(?:e|en|es)$/.test(ts[k + 1].n) ? ts[k + 2] : ts[k + 1];
    return noun !== undefined && noun.capital && !/^(?:recht|möglichkeit|wahl|zeit|gelegenheit)$/.test(noun.n);
  });
  const timed = ts.some((t) => /^(?:morgen|übermorgen|heute|\d.*)$/.test(t.n)) || findPhrases(lexicon.vagueTime.de, ts).length > 0;
  return thing && timed;
}

/** "sobald wir Ihre Unterlagen haben", "sobald uns Ihr Auftrag vorliegt": waiting on what the reader sends. */
function receivesFromReaderDe(ts: readonly T[]): boolean {
  return (
    ts.some((t) => DE.sender.has(t.n) || t.n === "uns" || t.n === "mir") &&
    ts.some((t) => DE.receive.has(t.n) || HAVE_DE.test(t.n) || /^(?:vorliegen|vorliegt|eingehen|eingeht)$/.test(t.n)) &&
    ts.some((t) => t.capital && /^ihr(?:e|en|em|er|es)?$/.test(t.n))
  );
}

const ZU_INFINITIVE = /^(?:ab|an|auf|aus|ein|mit|vor|zurück|weiter|frei|nach|um|durch|her|hin|bei|fest)zu\p{L}{3,}en$/u;
// Verbs of feeling, wishing and thinking: "ich hoffe", "wir wünschen Ihnen", "ich danke Ihnen".
const MENTAL_DE = /^(?:hoffe|hoffen|wünsche|wünschen|freue|freuen|denke|denken|glaube|glauben|finde|finden|meine|meinen|danke|danken|bedauere|bedauern|verstehe|verstehen|weiss|weiß|wissen)$/;
// Pronouns and words that can stand as the subject of a passive ("Das wird erledigt", "Alles wird geprüft").
const PASSIVE_SUBJECT_PRONOUN_DE = /^(?:das|dies|dieses|es|er|sie|alles|beides|beide|etwas|nichts|was|der|die)$/;

/**
 * Whether a German passive clause has no subject: no noun or subject pronoun outside a
 * prepositional phrase ("In Deutschland wird zensiert", "Da wird gerne mal geschossen").
 */
function impersonalPassiveDe(ts: readonly T[], lexicon: PromiseLexicon): boolean {
  // "Wird erledigt.": the verb first, its subject left out (the thing just named), not impersonal
  if (DE.future.has(ts[0]?.n ?? "")) return false;
  // "Um Ihre Anfrage wird sich gekümmert": about the reader's matter, done for the reader
  if (ts.some((t, k) => k > 0 && t.capital && (/^ihr(?:e|em|en|er|es)?$/.test(t.n) || t.n === "ihnen" || t.n === "sie"))) return false;
  let inPhrase = false;
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k];
    if (DE.prep.has(t.n)) {
      inPhrase = true;
      continue;
    }
    const noun = t.capital && !DE.function.has(t.n) && !DE.det.has(t.n) && !DE.possReader.has(t.n) && !DE.possSender.has(t.n) && !DE.future.has(t.n) && !t.participle;
    if (noun || (t.text === "Sie" && k > 0)) {
      if (!inPhrase) return false;
      inPhrase = false;
      continue;
    }
    // a pronoun right before or after the finite verb is its subject ("Das wird erledigt", "wird es geprüft")
    if (!inPhrase && PASSIVE_SUBJECT_PRONOUN_DE.test(t.n) && (DE.future.has(ts[k + 1]?.n ?? "") || DE.future.has(ts[k - 1]?.n ?? ""))) return false;
    if (DE.sender.has(t.n) || hasRoleSuffix(t.n, lexicon.senderRolesDe)) return false;
  }
  return true;
}

// What the reader is reading now ("diese E-Mail", "dieses Schreiben").
const THIS_MESSAGE_DE = /^(?:e-mail|email|mail|nachricht|schreiben|brief|benachrichtigung|erinnerung|information|info)$/;
// Verbs of opinion that frame a clause after a comma ("ich finde, ...", "wir denken, ...").
const OPINION_DE = /^(?:finde|finden|denke|denken|glaube|glauben|meine|meinen)$/;
const SCHEDULED_DE = SET("eingeplant geplant vorgesehen terminiert angesetzt");
const SCHEDULED_EN = SET("scheduled due set planned booked pencilled penciled");

// Verbs of work going on now: "we're working on it", "we're looking into it this week".
const PROGRESS_EN = SET("working looking dealing handling trying investigating reviewing processing waiting chasing checking monitoring following doing getting having");
// A time still to come: "next Thursday", "tomorrow", "on 1 December", "over the summer", "in the coming days".
const FUTURE_TIME_EN = / (?:tomorrow|tonight|next \w+|on (?:the )?\d+\w*|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|over the \w+|in the coming \w+|later (?:today|this \w+)|in (?:january|february|march|april|june|july|august|september|october|november|december)|\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)) /;

function hasTimeWord(words: readonly string[]): boolean {
  return words.some((w) => /^(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|soon|later|week|morning|afternoon|evening|\d{1,2}(?:st|nd|rd|th)?|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(w));
}

// ---------------------------------------------------------------------------------------------
// The sentence

const ORDINAL_DAY = /^\d{1,2}(?:st|nd|rd|th)$/;
// Today named as an adjective: "des heutigen Tages", "today's".
const TODAYS = /^(?:heutig|heutige|heutigen|heutiger|heutiges|heutigem|today's)$/;

function words(view: SentenceView, from: number, to: number): Words {
  return { start: from, end: to, text: view.text.slice(from - view.start, to - view.start) };
}

function tokenWords(view: SentenceView, tokens: T[], a: number, b: number): Words {
  return words(view, tokens[a].start, tokens[Math.max(a, b - 1)].end);
}

function within(m: { start: number; end: number }, c: { start: number; end: number }): boolean {
  return m.start >= c.start && m.start < c.end;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && a.end > b.start;
}

/** Whether the clause may be a commitment at all, before any date is read (cheap). */
export interface ClauseSkeleton {
  raw: RawClause;
  syntax: Syntax;
}

export interface SentenceSkeleton {
  tokens: T[];
  clauses: ClauseSkeleton[];
  question: boolean;
  /** Some clause has a commitment's shape: only then are dates worth reading. */
  candidate: boolean;
  /**
   * Some clause can give a finding of either promise rule: a commitment not blocked for good, a
   * third party's report or phrase, or "er/he" acting for a colleague. Stricter than `candidate`,
   * which also keeps what a later sentence may take from this one (its time, hedge, source).
   */
  mayCommit: boolean;
  /** Token indices where cutClauses started a clause (see datesMoveCuts). */
  cuts: number[];
  thirdPartyPhrases: PhraseMatch[];
  hedgePhrases: PhraseMatch[];
  reportPhrases: PhraseMatch[];
}

/**
 * The key under which a sentence's reading without dates can be kept: its text with every digit
 * read as 0 and every white-space character as a space, which keeps every offset. readSkeleton
 * (without dates) reads only the text, its tokens and the language, and asks of a digit only that
 * it is one (no list or test of the reader names a digit) and of white space only that it is
 * some; so two sentences with the same key and the same tokens (sameSkeleton checks them) read
 * alike, whatever order number, amount or line break they have.
 */
export function skeletonKey(view: SentenceView): string {
  return view.language + " " + view.text.replace(/\d/g, "0").replace(/\s/g, " ");
}

function digitsAsZero(word: string): string {
  return word.replace(/\d/g, "0");
}

/**
 * `skeleton`, read from another sentence with the same skeletonKey, for `view`: null when their
 * tokens differ in number, place or anything but digits; else the same reading at `view`'s offsets.
 */
export function moveSkeleton(skeleton: SentenceSkeleton, origin: number, view: SentenceView): SentenceSkeleton | null {
  const own = skeleton.tokens;
  const tokens = view.tokens;
  if (own.length !== tokens.length) return null;
  for (let i = 0; i < tokens.length; i++) {
    const a = own[i];
    const b = tokens[i];
    if (a.start - origin !== b.start - view.start || a.end - origin !== b.end - view.start) return null;
    if (a.text !== b.text && digitsAsZero(a.text) !== digitsAsZero(b.text)) return null;
    if (a.norm !== b.norm && digitsAsZero(a.norm) !== digitsAsZero(b.norm)) return null;
  }
  // Built field by field (see fold); the word facts are the same for words that differ only in digits.
  const moved: T[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const a = own[i];
    const b = tokens[i];
    moved[i] = {
      start: b.start,
      end: b.end,
      text: b.text,
      norm: b.norm,
      n: a.norm === b.norm ? a.n : b.norm.includes("’") ? b.norm.replace(/’/g, "'") : b.norm,
      quoted: a.quoted,
      capital: a.capital,
      verbish: a.verbish,
      participle: a.participle,
      action: a.action,
    };
  }
  const at = (list: PhraseMatch[]): PhraseMatch[] =>
    list.map((m) => ({ pattern: m.pattern, first: m.first, last: m.last, start: moved[m.first].start, end: moved[m.last - 1].end }));
  // clauses and cuts are token indices: the same
  return {
    tokens: moved,
    clauses: skeleton.clauses,
    question: skeleton.question,
    candidate: skeleton.candidate,
    mayCommit: skeleton.mayCommit,
    cuts: skeleton.cuts,
    thirdPartyPhrases: at(skeleton.thirdPartyPhrases),
    hedgePhrases: at(skeleton.hedgePhrases),
    reportPhrases: at(skeleton.reportPhrases),
  };
}

/**
 * Three words in capitals in a row, one of them of four letters or more: a heading, an
 * advertisement or shouting. Acronyms stand alone or in pairs ("the ISO and PX", "FERC staff",
 * "DHL Express"), so a run of three is not read as one.
 */
function shouts(tokens: readonly T[]): boolean {
  let run = 0;
  let long = false;
  for (const t of tokens) {
    if (!WORD_CHAR.test(t.text)) continue;
    // no lower-case letter and two capitals at least ("FREE", "365-DAY"; not "I", "Ltd")
    if (t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(t.text)) {
      run++;
      if (t.text.length >= 4) long = true;
      if (run >= 3 && long) return true;
    } else {
      run = 0;
      long = false;
    }
  }
  return false;
}

export function readSkeleton(view: SentenceView, lexicon: PromiseLexicon, dates: readonly DateMention[] = []): SentenceSkeleton {
  const tokens = fold(view.tokens, view.text, view.start, view.language, lexicon);
  const language = view.language;
  const tail = view.text.trimEnd();
  const question = tail.endsWith("?") || (/["'“”»]$/.test(tail) && tail.slice(0, -1).trimEnd().endsWith("?"));
  const cuts: number[] = [];
  const raws = tokens.length ? cutClauses(tokens, view.text, view.start, language, dates, lexicon, cuts) : [];
  const read = language === "de" ? readSyntaxDe : readSyntaxEn;
  const clauses = raws.map((raw, i) => ({ raw, syntax: read(tokens, raw, lexicon, i === 0) }));
  // advertising and shouting ("FINAL WEEKEND TO ORDER + FREE SHIPPING!", "... my CLOSEST FRIENDS WHO
  // ANSWER FIRST will ..."): nobody's commitment to the reader, whatever its verbs
  if (shouts(tokens)) for (const { syntax } of clauses) syntax.blocked ??= "shouting";
  // "... and will call": the subject of the clause before
  for (let i = 1; i < clauses.length; i++) {
    const { raw, syntax } = clauses[i];
    if (raw.elided && syntax.subjectAt < 0) {
      const before = clauses[i - 1].syntax;
      // "I just sent you ... and ...", "We need to discuss X and ...": the same tense and mood, unless
      // the clause has its own auxiliary ("I'm out next week, but will call you")
      // German "Wir haben X geprüft und schicken Ihnen ...": a finite verb of its own, no participle, is not the perfect
      const ownPresent = language === "de" && before.blocked === "past" && !tokens.slice(raw.first + 1, raw.last).some((t) => t.participle);
      if (before.blocked && before.blocked !== "negated" && before.blocked !== "courtesy" && !syntax.blocked && !ownAuxiliary(tokens, raw, language) && !ownPresent) syntax.blocked = before.blocked;
      // "I look forward to meeting you and answering your questions": a gerund goes on with the courtesy
      if (language === "en" && before.blocked === "courtesy" && !ownAuxiliary(tokens, raw, language) && /ing$/.test(tokens[raw.first + 1]?.n ?? "")) syntax.blocked = "courtesy";
      // "I'll email the lease tomorrow and post the copies later": the sender's verb, not a request
      if (syntax.imperativeOnly && before.subject === "sender" && !before.request && before.verbFrom >= 0) syntax.request = false;
      if (before.subject !== "sender" && syntax.subject === "sender" && language === "en") {
        // "the parts come in tomorrow and ...": only the sender's side carries over as a commitment
        syntax.subject = before.subject;
        syntax.verbFrom = -1;
        // "The part has been ordered and will be fitted once it arrives", "... and should reach your
        // account": the clause's own future or modal, then a passive or a motion verb
        const own = ownAuxiliary(tokens, raw, language) ? elidedDeliverable(tokens, raw) : -1;
        if (own >= 0 && before.subject !== "reader" && !PERSON_PRONOUN.test(tokens[clauses[i - 1].syntax.subjectAt]?.n ?? "")) {
          syntax.subject = "deliverable";
          syntax.blocked = null;
          syntax.verbFrom = raw.first + 1;
          syntax.verbTo = own + 1;
        }
        // "The part will be ordered today and fitted next week": the same passive
        const verb = tokens[raw.first + 1];
        if (before.subject === "deliverable" && before.verbFrom >= 0 && verb && (/ed$/.test(verb.n) || EN_IRREGULAR[verb.n])) {
          syntax.verbFrom = raw.first + 1;
          syntax.verbTo = raw.first + 2;
        }
      }
      if (language === "de" && before.subject === "sender" && syntax.verbFrom < 0 && !syntax.blocked) {
        const ts = tokens.slice(raw.first + 1, raw.last);
        // (or the verb right after "und" in the form of the sender's "wir"/"ich": "und leiten ... in die Wege")
        const agreeing = raw.opener === "und" && raw.elided && agreesWithSenderDe(tokens, clauses[i - 1].raw.first, raw.first, language) && !/^arbeite/.test(ts[0].n) && !ts.some((t) => /^(?:seit|seitdem|schon|bereits|gerade|derzeit|momentan|aktuell)$/.test(t.n)) && !DE.be.has(ts[0].n) && !DE.perfectAux.has(ts[0].n) && !DE.wasWere.has(ts[0].n) && !DE.need.has(ts[0].n) && !DE.offer.has(ts[0].n) && !MENTAL_DE.test(ts[0].n);
        const actionAt = agreeing ? 0 : ts.findIndex((t) => t.action || (verbishDe(t) && ts.some((u) => u.n === "ihnen" || u.text === "Sie")));
        if (actionAt >= 0) {
          syntax.subject = "sender";
          syntax.verbFrom = raw.first + 1 + actionAt;
          syntax.verbTo = syntax.verbFrom + 1;
          extendDe(tokens, syntax, raw.last);
        }
      }
    }
  }
  // (a modal of the reader's own clause hedges nothing of ours: "any questions you might have")
  const hedgePhrases = findPhrases(lexicon.hedges[language], tokens)
    .filter((m) => !tokens[m.first].quoted && !(language === "en" && m.last - m.first === 1 && /^(?:might|may|should)$/.test(tokens[m.first].n) && tokens[m.first - 1]?.n === "you"))
    .concat(circumstanceConditions(tokens, clauses.map((c) => c.raw), language))
    .sort((a, b) => a.first - b.first);
  const thirdPartyPhrases = withSources(findPhrases(lexicon.thirdParty[language], tokens).filter((m) => !tokens[m.first].quoted), tokens, lexicon);
  const reportPhrases = findPhrases(lexicon.reportPatterns[language], tokens).filter((m) => !tokens[m.first].quoted);
  // Only then are dates read (chrono-node is the slow part): a commitment's shape, or a third party's word.
  const reports = lexicon.reportVerbs[language];
  const candidate =
    thirdPartyPhrases.length > 0 ||
    reportPhrases.length > 0 ||
    clauses.some(({ syntax }) => (syntax.verbFrom >= 0 && syntax.blocked !== "past" && syntax.blocked !== "negated") || (syntax.reportVerb && tokens.some((t) => reports.has(t.n))));
  // What readSentence needs for a commitment (keep in step with it): a clause's own verb whose block,
  // if any, only a hedge can lift ("offer"); a report (phrase or verb) that covers the clauses after
  // it; "er/he" carrying a colleague's action; a third party named in the sentence.
  const mayCommit =
    candidate &&
    (thirdPartyPhrases.length > 0 ||
      reportPhrases.length > 0 ||
      tokens.some((t) => reports.has(t.n)) ||
      clauses.some(({ syntax }) =>
        syntax.reportVerb
          ? syntax.verbFrom >= 0 && (PRONOUN_ACTOR.test(tokens[syntax.subjectAt]?.n ?? "") || (language === "en" && /^(?:they|they'll)$/.test(tokens[syntax.subjectAt]?.n ?? "")))
          : syntax.verbFrom >= 0 && (syntax.blocked === null || syntax.blocked === "offer"),
      ));
  return { tokens, clauses, question, candidate, mayCommit, cuts, thirdPartyPhrases, hedgePhrases, reportPhrases };
}

// A condition on how things go, not on anything the reader does, hedges what it conditions:
// "Wenn alles glattläuft, ...", "Sofern nichts dazwischenkommt, ...", "Klappt alles wie geplant, ...",
// "Geht alles nach Plan, ...". Read as one frame: a condition (wenn/falls/sofern, or a German
// clause that opens the sentence with its verb) whose subject is "alles"/"nichts" and whose verb says
// how things run. Not "Wenn alles erledigt ist" (a time, not a doubt) nor the reader's own doings.
const CIRCUMSTANCE_SUBJECT_DE = SET("alles nichts");
const CIRCUMSTANCE_VERB_DE = SET(
  "klappt klappen läuft laufen geht gehen glattläuft glattgeht glatt schiefgeht schiefläuft schief dazwischenkommt dazwischen funktioniert mitspielt hinhaut",
);
const VERB_FIRST_CONDITION_DE = SET("klappt läuft geht funktioniert kommt");
export const CIRCUMSTANCE_PATTERN = "(condition on how things go)";

/** "if things go to plan", "provided nothing comes up": a condition word, then all/everything/nothing/things and a verb of running. */
function circumstanceConditionEn(ts: readonly T[]): boolean {
  if (!CONDITION_WORDS_EN.has(ts[0]?.n ?? "")) return false;
  const own = ts.slice(1);
  if (own.length > 6 || own.some((t) => t.quoted || EN.readerObject.has(t.n) || EN.reader.has(t.n))) return false;
  // the subject right after the condition word, its verb right after the subject
  return CIRCUMSTANCE_SUBJECT_EN.has(own[0]?.n ?? "") && CIRCUMSTANCE_VERB_EN.has(own[1]?.n ?? "");
}

function circumstanceConditionsEn(tokens: readonly T[], clauses: readonly RawClause[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const c of clauses) {
    // the condition word opens the clause, or the sentence ("Provided nothing comes up, ...")
    if (!circumstanceConditionEn(tokens.slice(c.first, c.last))) continue;
    found.push({ pattern: CIRCUMSTANCE_PATTERN, first: c.first, last: c.last, start: tokens[c.first].start, end: tokens[c.last - 1].end });
  }
  return found;
}

/** "Klappt alles wie geplant", "Kommt nichts dazwischen": the words before the comma open with the verb of a condition on how things go. */
function circumstanceVerbFirst(ts: readonly T[]): boolean {
  return ts.length <= 6 && VERB_FIRST_CONDITION_DE.has(ts[0]?.n ?? "") && ts.slice(1, 3).some((t) => CIRCUMSTANCE_SUBJECT_DE.has(t.n));
}

// English: "If things go to plan", "Provided nothing comes up", "Assuming everything runs smoothly".
const CIRCUMSTANCE_SUBJECT_EN = SET("all everything nothing things");
const CIRCUMSTANCE_VERB_EN = SET("go goes run runs work works come comes pan pans");
const CONDITION_WORDS_EN = SET("if provided providing assuming");

function circumstanceConditions(tokens: readonly T[], clauses: readonly RawClause[], language: Language): PhraseMatch[] {
  if (language === "en") return circumstanceConditionsEn(tokens, clauses);
  const found: PhraseMatch[] = [];
  for (const c of clauses) {
    const ts = tokens.slice(c.first, c.last);
    const own = DE.condition.has(c.opener) ? ts.slice(1) : ts;
    const verbFirst = c.first === 0 && c.opener === "" && c.last < tokens.length && circumstanceVerbFirst(own);
    if (!DE.condition.has(c.opener) && !verbFirst) continue;
    if (own.length > 6 || own.some((t) => t.quoted || t.n === "ihnen" || t.text === "Sie" || DE.possReader.has(t.n))) continue;
    if (!own.slice(0, 3).some((t) => CIRCUMSTANCE_SUBJECT_DE.has(t.n))) continue;
    if (!own.some((t) => CIRCUMSTANCE_VERB_DE.has(t.n))) continue;
    const last = tokens[c.last - 1];
    found.push({ pattern: CIRCUMSTANCE_PATTERN, first: c.first, last: c.last, start: tokens[c.first].start, end: last.end });
  }
  return found;
}

// Words without which no German clause, however the sentence is cut (with or without its dates),
// reaches `mayCommit` (keep in step with readSyntaxDe, readSkeleton and withSources): the sender
// (ich/wir, a colleague "Herr/Frau ...", a role noun, "aus unserem ..."), "er" acting for a colleague,
// a future or hedging modal (passive, "wird ... sein"), a motion verb ("folgt", "kommt"), a channel
// ("per Post", "via"), a deliverable named without a verb, a source ("laut", "gemäss", "nach
// Auskunft"). Tested per sentence before anything else is read (most sentences have none of them).
const GATE_DE = new Set<string>([
  ...DE.sender,
  ...DE.future,
  ...DE.hedgeModal,
  ...DE.motion,
  ...DE.possSenderOblique,
  ...DELIVERABLE_NOUNS,
  "er",
  // "Rechnen Sie ... mit dem neuen Router" (readSyntaxDe)
  "rechnen",
  "herr",
  "frau",
  "per",
  "via",
  "laut",
  "gemäss",
  "gemäß",
]);
const SOURCE_AFTER_NACH = /^(?:auskunft|aussage|aussagen|angabe|angaben|information|informationen|einschätzung|schätzung)$/;
// What a word tells the gate, by its norm: enough on its own, or a part of a pair.
const GATE_WORD = 1;
const GATE_RECEIVE = 2;
const GATE_BE = 4;
const GATE_READY = 8;
const GATE_NACH = 16;
const GATE_BEI = 32;
const GATE_POSS = 64;
const GATE_ACTION = 128;
const GATES_DE = new WeakMap<PromiseLexicon, { any: boolean; set: Set<string>; words: Map<string, number> }>();

function gateClassDe(norm: string, words: Set<string>, lexicon: PromiseLexicon): number {
  // n as the reader folds it (’ as '), norm as the phrase lists match it
  const n = norm.includes("’") ? norm.replace(/’/g, "'") : norm;
  if (words.has(n) || words.has(norm) || hasRoleSuffix(n, lexicon.senderRolesDe) || (n.length >= 9 && DELIVERABLE_HEADS_DE.test(n))) return GATE_WORD;
  return (DE.possSender.has(n) ? GATE_POSS : 0) | (actionFormDe(n, lexicon) ? GATE_ACTION : 0) | (DE.receive.has(n) || HAVE_DE.test(n) ? GATE_RECEIVE : 0) | (DE.be.has(n) ? GATE_BE : 0) | (DE.ready.has(n) || (n.length > 7 && /(?:reif|bereit|fertig)$/.test(n)) ? GATE_READY : 0) | (n === "nach" ? GATE_NACH : 0) | (n === "bei" ? GATE_BEI : 0);
}

/**
 * Whether a German sentence may have a clause that gives a finding (`mayCommit`) under any cutting:
 * false means readSkeleton would find none, with or without dates, so the sentence need not be read
 * for its own findings (only, when a later sentence refers back to it, for its time).
 */
export function mayCommitDe(view: SentenceView, lexicon: PromiseLexicon): boolean {
  let gate = GATES_DE.get(lexicon);
  if (!gate) {
    const words = new Set([...GATE_DE, ...lexicon.reportVerbs.de, ...patternFirstWords(lexicon.thirdParty.de), ...patternFirstWords(lexicon.reportPatterns.de)]);
    gate = { any: words.has("*"), set: words, words: new Map() };
    GATES_DE.set(lexicon, gate);
  }
  if (gate.any) return true;
  const known = gate.words;
  const tokens = view.tokens;
  let sie = false;
  let seen = 0;
  let before = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let cls = known.get(t.norm);
    if (cls === undefined) {
      cls = gateClassDe(t.norm, gate.set, lexicon);
      if (known.size < 100_000) known.set(t.norm, cls);
    }
    if (cls & GATE_WORD) return true;
    // "nach Auskunft", "bei Ihnen"
    if (before & GATE_NACH && SOURCE_AFTER_NACH.test(t.norm)) return true;
    if (before & GATE_BEI && t.norm === "ihnen") seen |= GATE_READY;
    if (t.text === "Sie" || t.norm === "du" || t.text === "Ihnen") sie = true;
    seen |= cls;
    before = cls;
  }
  // "Unser Außendienst besucht Sie ...": with unser/mein any noun acts for the sender (readSyntaxDe),
  // a commitment with the reader or an action verb
  return (sie && (seen & GATE_RECEIVE) !== 0) || ((seen & GATE_BE) !== 0 && (seen & GATE_READY) !== 0) || ((seen & GATE_POSS) !== 0 && (sie || (seen & GATE_ACTION) !== 0));
}

/** The words the patterns can start with; "*" when one starts with a number or a gap (any word). */
function patternFirstWords(list: readonly PhrasePattern[]): Set<string> {
  const words = new Set<string>();
  for (const p of list) {
    const step = p.steps[0];
    if (step?.kind === "words") for (const w of step.words) words.add(w);
    else words.add("*");
  }
  return words;
}

const PRONOUN_ACTOR = /^(?:er|he|she)$/;
// Verbs of saying (not "reports", "turns"): with a party named by its article, its word.
const SPEECH = /^(?:says|said|tells|told|confirms|confirmed|expects|reckons|thinks|informed|advised|claims|estimates|estimated|predicts|sagt|sagte|meint|meinte|bestätigt|bestätigte|schreibt|erwartet|rechnet)$/;

// Words that name a source for what follows: "per the hosting provider", "according to FedEx",
// "laut Lackiererei", "gemäss unserem Lieferanten".
// What a business does for itself: trading, staffing, its own structure, money and premises. Nobody
// outside waits for it, so it is a plan, not a promise.
const OWN_OPERATIONS_EN = SET(
  "trade trading sell selling buy buying acquire acquiring hire hiring recruit recruiting restructure restructuring reorganize reorganizing reorganise reorganising refinance refinancing expand expanding relocate relocating divest divesting merge merging market marketing hedge hedging invest investing rebrand rebranding restate restating unwind unwinding retire retiring resign resigning",
);
const OWN_PLACES_EN = SET("building buildings office offices floor premises headquarters site campus space");
const OWN_EVENTS_EN = SET("offsite off-site retreat party parties reorg reorganization reorganisation");
const OWN_FINANCES_EN = SET("capital money funds funding cash equity debt costs cost jobs headcount staff overheads expenses spending");
/** Objects that, closed or opened, are the sender's own books or premises ("close the books", "open an office"). */
const OWN_PREMISES_EN = SET("books book office offices branch branches plant plants store stores shop shops desk quarter month year position positions pipeline pipelines facility facilities refinery mill mine");

/**
 * The verb at `verbAt` is the sender's own business ("sell the plant", "hire two analysts", "close the
 * books", "open an office in Calgary", "hold an internal meeting", "work from home", "start trading",
 * "start over"), not something done for the reader.
 */
function ownOperationEn(words: readonly string[], verbAt: number): boolean {
  const verb = words[verbAt];
  const next = words[verbAt + 1] ?? "";
  if (OWN_OPERATIONS_EN.has(verb)) return true;
  // "we will review our internal processes", "run an internal audit": the object is the house's own
  // ("we'll look into this internally" is still done for the reader)
  if (/^(?:our|my|an?|the)$/.test(next) && /^(?:internal|in-house)$/.test(words[verbAt + 2] ?? "")) return true;
  // "our group will move into the new building in March", "we'll move to the 30th floor": the house moving itself
  // ("we'll move your appointment to Friday" moves something of the reader's, and has the reader in it)
  if (/^(?:move|moving)$/.test(verb) && /^(?:into|to)$/.test(next) && words.slice(verbAt + 2, verbAt + 6).some((w) => OWN_PLACES_EN.has(w))) return true;
  // "we'll have the offsite in April", "we will have our Christmas party": the house's own event
  if (/^(?:have|having)$/.test(verb) && /^(?:the|an?|our|my)$/.test(next) && words.slice(verbAt + 2, verbAt + 5).some((w) => OWN_EVENTS_EN.has(w))) return true;
  // "we will lay off 200 people"
  if (/^(?:lay|laying)$/.test(verb) && next === "off") return true;
  // "start trading", "begin marketing power", "start over": what the sender begins is its own business
  if (/^(?:start|begin|stop)$/.test(verb)) return OWN_OPERATIONS_EN.has(next) || next === "over";
  // ("shut down the pipeline", "close down the plant")
  const after = next === "down" ? verbAt + 1 : verbAt;
  const head = words[after + 1] ?? "";
  const objectAt = EN.det.has(head) || /^(?:our|my|an?|the|new)$/.test(head) ? after + 2 : after + 1;
  const object = (words[objectAt] === "new" || words[objectAt] === "internal" ? words[objectAt + 1] : words[objectAt]) ?? "";
  // "we'll raise capital", "we'll cut costs": the house's own money and staff
  if (/^(?:raise|raising|cut|cutting)$/.test(verb) && OWN_FINANCES_EN.has(object)) return true;
  // "I'll take the kids to the beach", "we'll visit my parents": the sender's private life
  if (words.slice(verbAt + 1, verbAt + 4).some((w) => PRIVATE_PEOPLE_EN.test(w))) return true;
  if (/^(?:close|open|shut|build|convert)$/.test(verb)) return OWN_PREMISES_EN.has(object) || words.slice(objectAt, objectAt + 3).some((w) => OWN_PREMISES_EN.has(w) && w !== "month" && w !== "year" && w !== "quarter");
  // "we shall hold an internal follow-up meeting" (a meeting with the reader has the reader in it)
  if (verb === "hold") return words.slice(verbAt + 1, verbAt + 5).some((w) => /^(?:meeting|meetings|session|offsite|retreat)$/.test(w));
  // "I will work from home on Friday", "we'll work late"; not "we'll work on it"
  if (verb === "work") return /^(?:from|late|remotely|overtime)$/.test(next);
  // "we'll just get through this day": getting through a stretch of time
  if (verb === "get" && next === "through") return /^(?:this|the|today|tomorrow)$/.test(words[verbAt + 2] ?? "") && /^(?:day|week|month|today|tomorrow|quarter|year|crunch|period)$/.test(words[verbAt + 3] ?? words[verbAt + 2] ?? "");
  return false;
}

const OWN_TRAVEL_EN = /^(?:trip|flight|vacation|holiday|cab|taxi)$/;
const PARTY_REPORTS_EN = /^(?:says|said|claims|claimed|tells|told|assures|assured|promised|promises|expects|expected|estimates|estimated|reckons|reports|reported|confirms|confirmed|informs|informed)$/;
// Kinds of outside organisations after "per the" (not "per the contract", "per the schedule").
const ORGANISATION_EN = /^(?:company|firm|agency|lab|laboratory|shop|authority|authorities|printers?|garage)$/;

/** Whether token j ends its noun phrase: "per the freight company, ...", not "per the company policy". */
function endsNounPhrase(tokens: readonly T[], j: number): boolean {
  const next = tokens[j + 1];
  return !next || /[,.;:!?)]/.test(next.text) || next.start - tokens[j].end > 1 || next.verbish || EN.prep.has(next.n) || EN.det.has(next.n) || EN.sender.has(next.n) || EN.reader.has(next.n) || EN.possReader.has(next.n) || EN.third.has(next.n);
}
const SOURCE_WORDS = SET("per laut gemäss gemäß according");
// Our own papers and plans, which are not someone else's word: "according to plan", "laut Vertrag".
const OWN_PAPERS = SET("plan schedule records record terms contract policy agreement invoice order booking calendar vertrag plan rechnung agb angebot auftrag bestellung auftragsbestätigung vereinbarung absprache kalender terminplan unterlagen");

/** The last token of a source named after "according to the X" / "laut X", or -1. */
function sourceNamed(tokens: T[], i: number): number {
  const t = tokens[i];
  if (t.n === "according" && tokens[i + 1]?.n === "to" && /^(?:the|a|an)$/.test(tokens[i + 2]?.n ?? "")) {
    let j = i + 3;
    while (j < tokens.length - 1 && j < i + 5 && !/[,.;:]/.test(tokens[j].text) && WORD_CHAR.test(tokens[j + 1].text) && !EN.sender.has(tokens[j + 1].n) && !EN.possReader.has(tokens[j + 1].n) && !EN.det.has(tokens[j + 1].n) && !tokens[j + 1].verbish && tokens[j + 1].start - tokens[j].end <= 1) j++;
    return j < tokens.length && !OWN_PAPERS.has(tokens[j].n) ? j : -1;
  }
  if ((t.n === "laut" || t.n === "gemäss" || t.n === "gemäß") && tokens[i + 1]?.capital && !OWN_PAPERS.has(tokens[i + 1].n)) return i + 1;
  return -1;
}

/** `phrases` plus a source word followed within four words by a third party ("per the hosting provider"). */
function withSources(phrases: PhraseMatch[], tokens: T[], lexicon: PromiseLexicon): PhraseMatch[] {
  const found = [...phrases];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.n === "nach" || t.n === "gemäss" || t.n === "gemäß") && SOURCE_AFTER_NACH.test(tokens[i + 1]?.n ?? "") && !found.some((m) => i >= m.first && i < m.last) && !t.quoted) {
      const end = Math.min(tokens.length - 1, i + 3);
      found.push({ pattern: "source", first: i, last: end + 1, start: t.start, end: tokens[end].end });
      continue;
    }
    // "Our haulier expects ...", "the printers say ...": a party of the third-party list and its report
    // verb (the phrase list names the common ones; this reads any noun of the list)
    if (/^(?:our|the)$/.test(t.n) && !t.quoted && !found.some((m) => i >= m.first && i < m.last)) {
      const noun = tokens.slice(i + 1, i + 4).findIndex((u) => hasRoleSuffix(u.n, lexicon.thirdPartyNouns));
      const verb = noun >= 0 ? tokens[i + 2 + noun] : undefined;
      // (not the weather: "the forecast says the rain should clear" is nobody's to deliver)
      if (verb && PARTY_REPORTS_EN.test(verb.n) && !tokens.slice(i + 1, i + 1 + noun).some((u) => u.verbish) && !tokens.some((u) => WEATHER.has(u.n))) {
        found.push({ pattern: "source", first: i, last: i + 3 + noun, start: t.start, end: verb.end });
        continue;
      }
    }
    if (!SOURCE_WORDS.has(t.n) || t.quoted || (t.n === "according" && tokens[i + 1]?.n !== "to")) continue;
    // "per the provider" names a source; "per Post", "per email" a channel
    if (t.n === "per" && !/^(?:the|our|their|its)$/.test(tokens[i + 1]?.n ?? "")) continue;
    // "according to the registry", "laut Reiseveranstalter", "nach Auskunft unseres Lieferanten": anyone's word but our own papers
    const named = sourceNamed(tokens, i);
    if (named > i) {
      found.push({ pattern: "source", first: i, last: named + 1, start: t.start, end: tokens[named].end });
      continue;
    }
    if (found.some((m) => i >= m.first && i < m.last)) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      // ("per the freight company", "per the lab": an outside organisation named by its kind)
      if (hasRoleSuffix(tokens[j].n, lexicon.thirdPartyNouns) || (t.n === "per" && tokens[i + 1].n === "the" && ORGANISATION_EN.test(tokens[j].n) && endsNounPhrase(tokens, j))) {
        found.push({ pattern: "source", first: i, last: j + 1, start: t.start, end: tokens[j].end });
        break;
      }
    }
  }
  return found.sort((a, b) => a.first - b.first);
}

const PERSON_PRONOUN = /^(?:he|she|they|he's|she's|they're|he'll|she'll|they'll)$/;

/** In "... and will be fitted", "... and should reach you": the index of the passive participle or motion verb after the auxiliary, or -1. */
function elidedDeliverable(tokens: T[], raw: RawClause): number {
  let k = raw.first + 1;
  while (k < raw.last && (EN.future.has(tokens[k].n) || EN.hedgeModal.has(tokens[k].n) || EN.adverbs.has(tokens[k].n) || lyAdverb(tokens[k].n))) k++;
  const t = tokens[k];
  if (!t) return -1;
  if (t.n === "be") {
    const p = tokens[k + 1];
    return p && (/ed$/.test(p.n) || EN_IRREGULAR[p.n] !== undefined) ? k + 1 : -1;
  }
  return EN.motion.has(t.n) ? k : -1;
}

/** Whether a clause without its subject opens with its own future or modal ("..., but will call"). */
function ownAuxiliary(tokens: T[], raw: RawClause, language: Language): boolean {
  for (let k = raw.first + 1; k < Math.min(raw.last, raw.first + 3); k++) {
    const w = tokens[k].n;
    if (language === "en" ? EN.future.has(w) || EN.hedgeModal.has(w) || /'ll$/.test(w) : DE.future.has(w) || DE.hedgeModal.has(w)) return true;
  }
  return false;
}

/**
 * Whether reading the sentence with these dates would cut it differently from `skeleton` (read
 * without dates): only when one of its cuts falls inside a date. Otherwise every step of
 * cutClauses is the same, and nothing else in readSkeleton looks at dates.
 */
export function datesMoveCuts(skeleton: SentenceSkeleton, dates: readonly DateMention[]): boolean {
  const { tokens } = skeleton;
  return dates.length > 0 && skeleton.cuts.some((i) => insideDate(dates, tokens[i].start) && insideDate(dates, tokens[i - 1].end - 1));
}

/** What the previous sentence gives a clause that refers back to it. */
export interface Antecedent {
  time: ClauseTime;
  hedge: Words | null;
  thirdParty: Words | null;
  senderRole: boolean;
}

export function antecedentOf(reading: SentenceReading): Antecedent | null {
  for (let i = reading.clauses.length - 1; i >= 0; i--) {
    const c = reading.clauses[i];
    if (c.time.kind !== "none" || c.hedge || c.thirdParty) {
      return { time: c.time, hedge: c.hedge, thirdParty: c.thirdParty, senderRole: reading.clauses.some((x) => x.subject === "sender") };
    }
  }
  return null;
}

// "von 18,40 €", "um 12.50 EUR": a number read as a clock time that is an amount of money
const AMOUNT_AFTER = /^(?:[.,]\d{2}(?!\d))?\s*(?:€|eur\b|euro\b|\$|usd\b|chf\b|£)/i;

function isAmount(view: SentenceView, d: DateMention): boolean {
  if (d.day !== undefined || d.weekday !== undefined) return false;
  return AMOUNT_AFTER.test(view.text.slice(d.end - view.start, d.end - view.start + 8));
}

const AT_ONCE = /^(?:direkt|gleich|sofort|unmittelbar|right|straight|immediately|directly)$/;
const AFTER_WORDS = /^(?:afterwards|after that|thereafter|danach|anschliessend|im anschluss)$/;
const REFERS_BACK_EN = /^(?:then|afterwards|after that|thereafter|the same (?:day|afternoon|morning|evening|night)|that (?:day|afternoon|morning|evening)|the (?:day|evening|night|morning|afternoon) before|at that point|by then|for then)$/;

/** Reads a sentence into clauses with their facts; `dates` are the sentence's dates (body offsets). */
export function readSentence(
  view: SentenceView,
  skeleton: SentenceSkeleton,
  dates: readonly DateMention[],
  lexicon: PromiseLexicon,
  previous: () => Antecedent | null,
): SentenceReading {
  const { tokens, clauses: skeletons } = skeleton;
  const language = view.language;
  // "as soon as" joining a clause is no "soon" of its own ("as soon as possible" is matched whole)
  const vagueAll = findPhrases(lexicon.vagueTime[language], tokens).filter((m) => !(m.last - m.first === 1 && tokens[m.first].n === "soon" && tokens[m.first - 1]?.n === "as" && tokens[m.first + 1]?.n === "as"));
  const concreteAll = findPhrases(lexicon.concreteTime[language], tokens);
  const refersAll = findPhrases(lexicon.refersBack[language], tokens);
  const result: ClauseReading[] = [];
  let coveredBy: Words | null = null; // a third party's report covering the clauses after it
  let framingHedge: Words | null = null; // "Wenn alles klappt, ...", "Fingers crossed ..."
  let readerFirst = false; // "Send us a photo and we'll ...", "Geben Sie mir Bescheid, dann ..."
  let conditional = false;
  const sentencePhrase = skeleton.thirdPartyPhrases[0];
  // "while I'm on leave", "im Urlaub": the sender is away (for stand-ins, standsInForSender)
  const absence = tokens.some((t) => ABSENCE.test(t.n) && !t.quoted);

  for (let i = 0; i < skeletons.length; i++) {
    const { raw, syntax } = skeletons[i];
    const first = raw.first;
    const last = raw.last;
    const start = tokens[first].start;
    const end = tokens[last - 1].end;
    const range = { start, end };
    const clauseDates = dates.filter((d) => within(d, range) && !isAmount(view, d));
    const vague = vagueAll.filter((m) => m.first >= first && m.first < last);
    const concrete = concreteAll.filter((m) => m.first >= first && m.first < last);
    const hedges = skeleton.hedgePhrases.filter((m) => m.first >= first && m.first < last);
    const reports = skeleton.reportPhrases.filter((m) => m.first >= first && m.first < last);
    const quotedCommit = syntax.verbFrom >= 0 && tokens[syntax.verbFrom]?.quoted;

    let blocked = syntax.blocked;
    if (quotedCommit) blocked = "quoted";
    if (skeleton.question) blocked ??= "question";
    if (syntax.request) blocked ??= "request";
    if (readerFirst && (raw.opener === "and" || raw.opener === "und" || raw.opener === "dann" || raw.opener === "then" || raw.opener === "")) blocked ??= "offer";
    if (syntax.readerCondition) blocked ??= "reader's condition";
    // the reader's condition after its clause: "..., wenn Sie das möchten"
    const nextSyntax = skeletons[i + 1];
    if (nextSyntax && nextSyntax.syntax.readerCondition && !(DE.condition.has(raw.opener) || EN.condition.has(raw.opener))) blocked ??= "offer";
    const opener = raw.opener;
    const subordinateEvent = language === "de" ? DE.temporal.has(opener) && !(opener === "wenn" && i === 0) : EN.temporal.has(opener) || opener === "as soon as";
    const isCondition = (language === "de" ? DE.condition.has(opener) && (opener !== "wenn" || i === 0) : EN.condition.has(opener)) && !syntax.readerCondition;
    if (opener === "ob" || opener === "whether") blocked ??= "indirect question";
    if (standsInForSender(tokens, first, last, syntax, language, absence)) blocked ??= "stand-in";
    // "a plan to address how we will generate support", "I don't know what we'll do": what is asked or
    // described, not promised ("let you know how we will proceed" promises the letting know)
    if (language === "en" && first > 0 && /^(?:how|what|where|why|which|who|whom|whatever|wherever)$/.test(tokens[first - 1].n)) blocked ??= "indirect question";
    // "a list of leaders that we might bring in", "any function that Ken and I might host": a relative
    // clause of possibility describes a thing, it promises nothing
    if (opener === "that" && !raw.implied && raw.first > 0 && !COMPLEMENT_TAKERS_EN.has(tokens[raw.first - 1].n) && !tokens[raw.first - 1].verbish && !/ed$/.test(tokens[raw.first - 1].n) && tokens.slice(first, last).some((t) => /^(?:might|may|could)$/.test(t.n))) blocked ??= "relative";
    // "..., so that I can head home", "so that you have it in time", "so we can fill our places": a
    // purpose, not a second promise (nor an offer a hedge before it could turn into one)
    const purpose = (opener === "that" && raw.first > 0 && /^(?:so|such)$/.test(tokens[raw.first - 1].n)) || (opener === "so" && syntax.blocked === "offer");
    if (purpose && (blocked === null || blocked === "offer")) blocked = "purpose";
    // "Ich kann Ihnen nicht zusagen, dass wir ...", "I can't promise that we'll ...": what the
    // negated clause before says is not said
    if ((opener === "dass" || opener === "that") && i > 0 && skeletons[i - 1].syntax.blocked === "negated" && !raw.implied) blocked ??= "negated";
    if (isCondition || subordinateEvent || ["weil", "da", "because", "since", "although", "obwohl", "while", "während", "damit"].includes(opener)) blocked ??= "subordinate";
    // "if we schedule X and only deliver Y, ...": a verb joined to a subordinate clause without its subject belongs to it
    if (raw.elided && /^(?:and|or|und|oder)$/.test(opener) && i > 0 && (result[i - 1].blocked === "subordinate" || result[i - 1].blocked === "reader's condition") && skeletons[i - 1].raw.opener !== "") blocked ??= "subordinate";

    // whose word, which hedge
    let thirdParty: Words | null = coveredBy;
    let ownReport =
      ((syntax.subject === "other" && (reports.length > 0 || tokens.slice(first, last).some((t) => lexicon.reportVerbs[language].has(t.n)))) ||
        // "Bei der Bank hieß es, ...": someone's word with nobody as its subject
        reports.some((m) => IMPERSONAL_REPORT.test(m.pattern))) &&
      !(language === "de" ? tokens.slice(first, last).some((t) => DE.sender.has(t.n)) : false);
    const reportAt = tokens.slice(first, last).findIndex((t) => lexicon.reportVerbs[language].has(t.n));
    const reporter = tokens.slice(first, last);
    const credible =
      reports.length > 0 ||
      reporter.some((t) => hasRoleSuffix(t.n, lexicon.thirdPartyNouns) || /^(?:er|sie|he|she|they)$/.test(t.n)) ||
      (reportAt >= 0 && /^(?:us|me|uns|mir|that|dass)$/.test(reporter[reportAt + 1]?.n ?? "")) ||
      (reportAt > 0 && /^(?:has|have|had|hat|haben|hatte|hatten)$/.test(reporter[reportAt - 1]?.n ?? "")) ||
      // "The pharmacy wholesaler says ...": a party named with its article
      (reportAt > 0 && reportAt <= 4 && /^(?:the|der|die|das|our|unser|unsere|my|mein|meine)$/.test(tokens[syntax.subjectAt]?.n ?? "") && SPEECH.test(reporter[reportAt].n));
    if (ownReport && !credible) ownReport = false;
    // "Ihr Nachbar hat gesagt, er nimmt ... an": the reader's side reporting its own doings, not our deliverable
    if (ownReport && (EN.possReader.has(tokens[syntax.subjectAt]?.n ?? "") || (tokens[syntax.subjectAt]?.capital === true && DE.possReader.has(tokens[syntax.subjectAt].n)))) ownReport = false;
    if (ownReport) {
      const at = reportAt;
      const from = syntax.subjectAt >= 0 ? syntax.subjectAt : first;
      const to = at >= 0 ? first + at + 1 : reports[0] ? reports[0].last : last;
      coveredBy = tokenWords(view, tokens, Math.min(from, to - 1), Math.max(to, from + 1));
    }
    // "We've been advised (that) ...", "Uns wurde bestätigt, dass ...": someone else's word, unnamed
    if (!ownReport && !coveredBy) {
      const ts = tokens.slice(first, last);
      const at = language === "en"
        ? (syntax.subject === "sender" ? ts.findIndex((t, k) => (REPORTED_EN.has(t.n) && /^(?:been|was|were|got|am|are|i'm|we're)$/.test(ts[k - 1]?.n ?? "")) || (/^(?:heard|hear)$/.test(t.n) && ts[k + 1]?.n === "from" && (tokens[last]?.n === "that" || k + 2 < ts.length))) : -1)
        : ts.some((t) => /^(?:wurde|wurden|ist|sind)$/.test(t.n)) && ts.some((t) => t.n === "uns" || t.n === "mir") && !ts.some((t) => DE.sender.has(t.n)) ? ts.findIndex((t) => REPORTED_DE.has(t.n)) : -1;
      if (at >= 0 && last < tokens.length) coveredBy = tokenWords(view, tokens, first, first + at + 1);
    }
    if (sentencePhrase) thirdParty ??= words(view, sentencePhrase.start, sentencePhrase.end);
    let hedge: Words | null = hedges[0] ? words(view, hedges[0].start, hedges[0].end) : framingHedge;
    if (hedges[0] && hedges[0].first === first && language === "de" && /^sollten?$/.test(tokens[first].n) && !syntax.verbFrom) hedge = framingHedge;
    // "Wir schicken Ihnen das Angebot morgen, sofern alles glattläuft": a condition on how things go hedges the clause before it too
    const trailing = nextSyntax && skeleton.hedgePhrases.find((m) => m.pattern === CIRCUMSTANCE_PATTERN && m.first === nextSyntax.raw.first);
    if (!hedge && trailing) hedge = words(view, trailing.start, trailing.end);

    // the commitment ("the rain should clear" is nobody's to deliver, whoever reports it)
    const weather = syntax.subjectAt >= 0 && tokens.slice(syntax.subjectAt, Math.max(syntax.subjectAt + 1, syntax.anyVerb)).some((t) => WEATHER.has(t.n));
    // what a third party reports is a promise when it is something done or delivered, not "my friends are going to experience ..."
    // (German also: being at the reader's, "ist ... auf Ihrem Konto", "bei Ihnen"; a verb with its particle
    // at the end, "er stellt das Gerüst ... auf")
    const doneVerb = language === "de" ? tokens.slice(first, last).some((t) => t.action || DE.motion.has(t.n) || t.participle || DE.ready.has(t.n)) || toReaderDe(tokens.slice(first, last)) || separatedParticleDe(tokens, first, last) : ((v) => v !== undefined && (enBase(v.n, lexicon.actionVerbsEn) !== undefined || EN.motion.has(v.n) || EN.ready.has(v.n) || /ed$/.test(v.n) || EN_IRREGULAR[v.n] !== undefined))(
          // "are going to experience": the verb after "going to"
          tokens[syntax.anyVerb]?.n === "going" && tokens[syntax.anyVerb + 1]?.n === "to" ? tokens[syntax.anyVerb + 2] : tokens[syntax.anyVerb],
        );
    let subject = syntax.subject;
    let commitment: Words | null = null;
    if (syntax.verbFrom >= 0 && syntax.verbTo > syntax.verbFrom && !syntax.reportVerb) {
      commitment = tokenWords(view, tokens, syntax.verbFrom, syntax.verbTo);
    } else if (thirdParty && coveredBy && !ownReport && syntax.reportVerb && syntax.verbFrom >= 0 && !weather && doneVerb) {
      // what a third party said it will do: "Der Paketbote meinte, er bringt die Lieferung morgen"
      // (not what it found: "Er meint, das Gerät ist defekt")
      subject = "reported";
      commitment = tokenWords(view, tokens, syntax.verbFrom, syntax.verbTo);
    }
    // er/he referring to the sender's colleague in the clause or sentence before
    if (!commitment && syntax.reportVerb && !thirdParty && PRONOUN_ACTOR.test(tokens[syntax.subjectAt]?.n ?? "") && (tokens[syntax.subjectAt].n !== "sie" || tokens[syntax.subjectAt].text === "sie")) {
      const before = result[result.length - 1];
      const colleague = (before && before.subject === "sender") || previous()?.senderRole;
      const verb = tokens[syntax.verbTo - 1];
      if (colleague && verb && (language === "de" ? lexicon.actionFormsDe.has(verb.n) || tokens.slice(first, last).some((t) => t.n === "ihnen") : enBase(verb.n, lexicon.actionVerbsEn) !== undefined || /'ll$/.test(tokens[syntax.subjectAt].n))) {
        subject = "sender";
        commitment = tokenWords(view, tokens, syntax.verbFrom, syntax.verbTo);
      }
    }
    // "Your booking has been moved to our Edinburgh branch, and they'll handle the fitting": "they" for
    // our team, branch or people named in the clause before
    if (!commitment && syntax.reportVerb && !thirdParty && language === "en" && i > 0 && /^(?:they|they'll)$/.test(tokens[syntax.subjectAt]?.n ?? "")) {
      const before = tokens.slice(skeletons[i - 1].raw.first, skeletons[i - 1].raw.last);
      const ours = before.some((t, k) => EN.possSender.has(t.n) && before.slice(k + 1, k + 4).some((u) => hasRoleSuffix(u.n, lexicon.senderRolesEn)) && !before.slice(k + 1, k + 4).some((u) => hasRoleSuffix(u.n, lexicon.thirdPartyNouns) || PRIVATE_PEOPLE_EN.test(u.n)));
      const verb = tokens[syntax.verbTo - 1];
      // (doing something to something or for the reader: "handle the fitting", "call you"; not "they will fight")
      const object = tokens[syntax.verbTo];
      const acts = enBase(verb?.n ?? "", lexicon.actionVerbsEn) !== undefined || (object !== undefined && syntax.verbTo < last && (EN.det.has(object.n) || EN.possReader.has(object.n) || EN.readerObject.has(object.n) || /^(?:it|them)$/.test(object.n)));
      if (ours && verb && acts && !lexicon.noncommittalVerbsEn.has(verb.n)) {
        subject = "sender";
        commitment = tokenWords(view, tokens, syntax.verbFrom, syntax.verbTo);
      }
    }
    // a third party's report covers what it reports, whoever acts in it
    const actor = tokens[syntax.subjectAt];
    const reportable =
      syntax.subject === "sender" ||
      syntax.subject === "deliverable" ||
      (actor !== undefined && (/^(?:er|sie|he|she|they|it|he'll|she'll|they'll|it'll)$/.test(actor.n) || DE.det.has(actor.n) || EN.det.has(actor.n) || POSS_THIRD_EN.test(actor.n) || DE.possReader.has(actor.n) || EN.possReader.has(actor.n) || hasRoleSuffix(tokens[syntax.subjectAt + 1]?.n ?? "", lexicon.thirdPartyNouns)));
    if (!commitment && coveredBy && !ownReport && syntax.anyVerb >= 0 && syntax.subject !== "reader" && !blocked && reportable && !weather && doneVerb) {
      subject = "reported";
      const from = syntax.subjectAt >= 0 ? Math.min(syntax.subjectAt, syntax.anyVerb) : syntax.anyVerb;
      commitment = tokenWords(view, tokens, from, Math.max(syntax.subjectAt, syntax.anyVerb) + 1);
    }
    // "We can probably send it Friday": a hedged offer is a hedged promise; asked, it is still a question
    // ("Maybe we can have lunch", "Hopefully we can find a simpler approach": with neither the reader
    // nor a time, a suggestion or a wish, not a hedged promise)
    if (blocked === "offer" && syntax.blocked === "offer" && (hedges.length > 0 || framingHedge) && !skeleton.question && (clauseDates.length > 0 || vague.length > 0 || concrete.length > 0 || tokens.slice(first, last).some((t) => EN.readerObject.has(t.n) || EN.reader.has(t.n) || t.n === "ihnen" || t.n === "dir" || (t.text === "Sie" && language === "de")) || tokens.slice(first, last).some((t) => /^(?:today|tonight|tomorrow|heute|morgen)$/.test(t.n)))) blocked = null;
    if (commitment && findPhrases(lexicon.offerMarkers[language], tokens.slice(first, last)).length > 0) blocked ??= "offer";
    if (commitment && ownReport) commitment = null;
    // "She promised she would get back to me", "Er meinte, er ruft mich an": what someone else will do
    // for the sender personally, nothing the reader waits for
    if (commitment && subject === "reported" && tokens.slice(syntax.verbTo, Math.min(last, syntax.verbTo + 3)).some((t) => t.n === "me" || t.n === "mich" || t.n === "mir")) commitment = null;
    if (subject === "reported" && !thirdParty) commitment = null;
    // "Der Kunde sagt, er holt das Paket ab", "The tenant says he'll move out in spring": a party acting
    // on its own behalf reports its own doing; nobody acts for the sender, so no promise (unless it is
    // done for the reader: "der Käufer sagt, er überweist Ihnen den Betrag")
    if (commitment && subject === "reported" && coveredBy && ON_OWN_BEHALF.test(coveredBy.text) && !tokens.slice(first, last).some((t) => readerWord(t, language))) commitment = null;
    // a hedge frames the clauses after it; one in a condition also when the condition has its own
    // subject and verb ("If the parts arrive as expected, we will fit them tomorrow")
    if ((!commitment || isCondition) && hedges.length > 0 && !ownReport && !syntax.readerCondition) framingHedge ??= hedge;
    if (syntax.request) readerFirst = true;
    if (syntax.readerCondition && i === 0) readerFirst = true;
    // "As I explained, if we schedule X, the pipeline will deliver ...": the condition holds for what follows
    if (isCondition && (i === 0 || !result.some((c) => c.commitment)) && !hedges.length) conditional = true;

    // the time
    let time = clauseTime(view, tokens, clauseDates, vague, concrete, first, last);
    if (syntax.needsTime && time.kind === "none" && subject !== "reported" && !refersAll.some((m) => m.first >= first && m.first < last)) commitment = null;
    if (commitment && subject === "deliverable" && processOutcome(tokens, first, last, time.kind)) commitment = null;
    if (commitment && subject === "reported" && time.kind === "none" && reportedState(tokens, first, last, language)) commitment = null;
    const ownRefers = refersAll.filter((m) => m.first >= first && m.first < last);
    const enRefers = language === "en" ? (tokens.slice(first, last).map((t) => t.n).join(" ").match(/\b(?:then|afterwards|after that|the same \w+|by then)\b/)?.[0] ?? "-") : "-";
    const refers = ownRefers.length > 0 || REFERS_BACK_EN.test(enRefers);
    // "afterwards", "anschließend": some time after the day before, which does not make it that day
    // ("direkt danach", "right after that": at once, the same day)
    const atOnce = ownRefers.some((m) => m.first > 0 && AT_ONCE.test(tokens[m.first - 1].n)) || (language === "en" && /\b(?:right|straight|immediately|directly) (?:afterwards|after that|thereafter)\b/.test(tokens.slice(first, last).map((t) => t.n).join(" ")));
    const afterOnly = !atOnce && ownRefers.every((m) => AFTER_WORDS.test(m.pattern)) && (enRefers === "-" || AFTER_WORDS.test(enRefers));
    let inheritedHedge: Words | null = null;
    let inheritedThird: Words | null = null;
    if (refers && (time.kind === "none" || (time.kind === "concrete" && !clauseDates.some((d) => d.day !== undefined)))) {
      const before = [...result].reverse().find((c) => c.time.kind !== "none" || c.hedge || c.thirdParty);
      const antecedent: Antecedent | null = before
        ? { time: before.time, hedge: before.hedge, thirdParty: before.thirdParty, senderRole: false }
        : previous();
      if (antecedent && antecedent.time.kind !== "none" && !(afterOnly && antecedent.time.kind === "concrete")) {
        time = { ...antecedent.time, inherited: true };
      }
      if (antecedent) {
        inheritedHedge = antecedent.hedge;
        inheritedThird = antecedent.thirdParty;
      }
    }
    const joint = isJoint(tokens, first, last, syntax, language);
    if (joint && commitment && jointWithoutReader(tokens, first, last, syntax, language)) blocked ??= "others' meeting";
    result.push({
      first,
      last,
      start,
      end,
      opener,
      subject,
      commitment,
      blocked: commitment ? blocked : (blocked ?? null),
      joint,
      hedge: hedge ?? inheritedHedge,
      thirdParty: thirdParty ?? inheritedThird,
      conditional: conditional || isCondition,
      time,
      dates: clauseDates,
      vague,
    });
  }
  // "I'm going to ring the site manager this afternoon and confirm your start date": a verb joined
  // without its own subject shares the time of the clause it goes on
  for (let i = 1; i < result.length; i++) {
    const c = result[i];
    const before = result[i - 1];
    if (skeletons[i].raw.elided && /^(?:and|und)$/.test(c.opener) && c.commitment && c.time.kind === "none" && before.commitment && before.time.kind !== "none" && (!before.time.inherited || before.time.kind === "concrete")) c.time = { ...before.time, inherited: true };
  }
  // "kommt morgen oder Freitag vorbei", "tomorrow or, failing that, Friday": an either-or cut into two
  // clauses counts by the day of the second, the latest, when it has no subject or verb of its own
  for (let i = 0; i + 1 < result.length; i++) {
    const a = result[i];
    const b = result[i + 1];
    if (a.commitment && a.time.kind !== "none" && (b.opener === "oder" || b.opener === "or") && b.time.kind !== "none" && !b.time.inherited && skeletons[i + 1].syntax.subject === "none" && skeletons[i + 1].syntax.verbFrom < 0) {
      a.time = b.time;
      a.dates = [...a.dates, ...b.dates];
    }
  }
  // a clause that waits on an event ("when the stock comes in", "sobald die Teile da sind") gives
  // its main clause a vague time; a reader's condition has already made the main clause an offer
  for (let i = 0; i < result.length; i++) {
    const c = result[i];
    const opener = c.opener;
    const event = language === "de" ? DE.temporal.has(opener) && !(opener === "wenn" && i === 0) && opener !== "bis" : EN.temporal.has(opener) || opener === "as soon as";
    if (!event || skeletons[i].syntax.readerCondition) continue;
    const host = i === 0 ? result[1] : result[i - 1];
    // "When I'm in need of advice, I'll give you a call", "whenever we want a quote, we'll ask": the
    // sender's own need decides whether it happens at all; nothing the reader waits for
    if (host && c.subject === "sender" && (skeletons[i].syntax.blocked === "need" || view.text.slice(c.start - view.start, c.end - view.start).match(/\b(?:want|wants|wish|feel like)\b/i))) {
      host.blocked ??= "own need";
      continue;
    }
    if (!host || host.time.kind !== "none") continue;
    if (c.time.kind === "concrete") host.time = { kind: "concrete", words: c.time.words };
    else host.time = { kind: "vague", words: c.time.words ?? { start: c.start, end: c.end, text: view.text.slice(c.start - view.start, c.end - view.start) } };
  }
  // "We will release your payment on 27 November, our bank tells us": a report after what it reports
  const lastRaw = skeletons[skeletons.length - 1];
  if (language === "en" && result.length >= 2 && lastRaw.raw.opener === "" && lastRaw.syntax.subject === "other" && !result[result.length - 1].commitment) {
    const ts = tokens.slice(lastRaw.raw.first, lastRaw.raw.last);
    const at = ts.findIndex((t) => lexicon.reportVerbs.en.has(t.n));
    const tail = ts.slice(at + 1);
    if (at > 0 && tail.length <= 1 && tail.every((t) => /^(?:us|me)$/.test(t.n)) && (ts.some((t) => hasRoleSuffix(t.n, lexicon.thirdPartyNouns)) || ts[0].capital)) {
      const report = tokenWords(view, tokens, lastRaw.raw.first, lastRaw.raw.last);
      for (const c of result.slice(0, -1)) if (c.commitment && !c.thirdParty) c.thirdParty = report;
    }
  }
  // habits and policies hold for the whole sentence ("You'll receive a confirmation shortly after each booking")
  if (result.some((c) => c.blocked === "habit")) for (const c of result) c.blocked ??= "habit";
  if (result.some((c) => c.blocked === "habit")) for (const c of result) if (c.commitment) c.blocked = "habit";
  return {
    view,
    clauses: result,
    thirdPartyPhrase: sentencePhrase ? words(view, sentencePhrase.start, sentencePhrase.end) : null,
    dates: [...dates],
    question: skeleton.question,
  };
}

function clauseTime(
  view: SentenceView,
  tokens: T[],
  dates: readonly DateMention[],
  vague: readonly PhraseMatch[],
  concrete: readonly PhraseMatch[],
  first: number,
  last: number,
): ClauseTime {
  type Item = { kind: TimeKind; start: number; end: number };
  const items: Item[] = [];
  for (const v of vague) items.push({ kind: "vague", start: v.start, end: v.end });
  for (const d of dates) {
    if (vague.some((v) => overlaps(v, d))) continue;
    if (d.day !== undefined) items.push({ kind: "concrete", start: d.start, end: d.end });
    else if (d.weekday !== undefined) items.push({ kind: "weekday", start: d.start, end: d.end });
    else if (d.hasTime) items.push({ kind: "concrete", start: d.start, end: d.end });
  }
  for (const c of concrete) if (!vague.some((v) => overlaps(v, c)) && !items.some((x) => overlaps(x, c) && x.kind !== "concrete")) items.push({ kind: "concrete", start: c.start, end: c.end });
  for (let i = first; i < last; i++) {
    if (ORDINAL_DAY.test(tokens[i].n) && !items.some((x) => overlaps(x, tokens[i]))) items.push({ kind: "concrete", start: tokens[i].start, end: tokens[i].end });
    // "bis Ende des heutigen Arbeitstages", "by the end of today's shift": today can be checked
    if (TODAYS.test(tokens[i].n) && !items.some((x) => overlaps(x, tokens[i]) && x.kind === "concrete")) {
      for (const x of items) if (x.kind === "vague" && overlaps(x, tokens[i])) x.kind = "concrete";
      if (!items.some((x) => overlaps(x, tokens[i]))) items.push({ kind: "concrete", start: tokens[i].start, end: tokens[i].end });
    }
  }
  if (items.length === 0) return { kind: "none" };
  // "in a week or so", "in zwei Wochen oder so": a time given only roughly
  for (const x of items) {
    const after = tokens.findIndex((t, j) => j >= first && j < last && t.start >= x.end);
    if (after >= 0 && /^(?:or|oder)$/.test(tokens[after].n) && tokens[after + 1]?.n === "so" && after + 1 < last) {
      x.kind = "vague";
      x.end = tokens[after + 1].end;
    }
  }
  items.sort((a, b) => a.start - b.start);
  const w = (x: Item): Words => words(view, x.start, x.end);
  // an either-or counts by its latest day, which is written last
  const orAt = tokens.slice(first, last).findIndex((t) => t.n === "or" || t.n === "oder");
  if (orAt >= 0 && items.length >= 2) {
    const orOffset = tokens[first + orAt].start;
    if (items[0].start < orOffset && items[items.length - 1].start > orOffset) {
      const latest = items[items.length - 1];
      return { kind: latest.kind, words: w(latest) };
    }
  }
  const day = items.find((x) => x.kind === "concrete" && dates.some((d) => d.day !== undefined && overlaps(d, x)));
  if (day) return { kind: "concrete", words: w(day) };
  const weekday = items.find((x) => x.kind === "weekday");
  if (weekday) return { kind: "weekday", words: w(weekday) };
  const conc = items.find((x) => x.kind === "concrete");
  if (conc) return { kind: "concrete", words: w(conc) };
  const vg = items.find((x) => x.kind === "vague")!;
  return { kind: "vague", words: w(vg) };
}

export { WORD_CHAR };
