// Judgement words in every form: German adjectives inflect and compare ("blöd", "blöder",
// "blödeste", "dümmere", "am dämlichsten"), English ones compare with -er/-est ("dumbest",
// "laziest") or with "more"/"most" (read by the caller). One stem list per language, and a
// word is read by taking endings off until a stem is left, so every form of every stem is
// known without listing it. Keys are lexicon keys (lower case, "ü" as "ue", "ß" as "ss").
import type { Language } from "../../src/rule-api.js";

export type Degree = "positive" | "comparative" | "superlative" | "noun";

// Said of a person or of what they wrote or did: "Ihr Einwand ist kindisch", "Sie sind frech".
const GERMAN = [
  "dumm", "bloed", "daemlich", "doof", "bescheuert", "behaemmert", "beknackt", "bekloppt", "deppert", "deppat", "dusselig", "dusslig",
  "frech", "rotzfrech", "unverschaemt", "unverfroren", "dreist", "respektlos", "taktlos", "inkompetent", "unfaehig", "faul", "stinkfaul",
  "laecherlich", "lachhaft", "erbaermlich", "armselig", "peinlich", "kindisch", "albern", "absurd", "hirnrissig", "hirnverbrannt",
  "hirnlos", "schwachsinnig", "bloedsinnig", "stumpfsinnig", "idiotisch", "nutzlos", "wertlos", "miserabel", "stuemperhaft", "dilettantisch",
  "unterbelichtet", "begriffsstutzig", "minderbemittelt", "unausgegoren", "kleinlich", "kleinkariert", "schlampig", "unprofessionell",
  "grottig", "grottenschlecht", "niveaulos", "laienhaft", "ahnungslos", "weltfremd", "unbrauchbar", "saudumm", "strohdumm", "strunzdumm",
  "ignorant", "arrogant", "ueberheblich", "anmassend", "unverschaemt", "infantil", "lausig", "stuemperhaft",
  "unterirdisch", "katastrophal", "grauenhaft", "grauenvoll", "haarstraeubend", "hanebuechen", "duerftig", "jaemmerlich", "klaeglich", "ueberfordert",
  "wirr", "verlogen", "daneben", "ueberfluessig", "dummdreist", "einfaeltig", "primitiv", "stussig", "fadenscheinig", "schamlos", "nachlaessig", "schludrig", "unzuverlaessig", "ungeheuerlich", "skandaloes", "sinnlos",
];
// Only of a person, never of a thing: "Sind Sie blind?" but "der blinde Fleck", "naive Malerei".
const GERMAN_PEOPLE = ["blind", "taub", "naiv", "hohl", "beschraenkt", "verblendet"];
// Stems whose comparative takes an umlaut: "dümmer", "am dümmsten".
const GERMAN_UMLAUT: Record<string, string> = { duemm: "dumm", groeb: "grob" };

const ENGLISH = [
  "stupid", "dumb", "idiotic", "moronic", "rude", "lazy", "incompetent", "useless", "pathetic", "ridiculous", "absurd", "ludicrous",
  "laughable", "worthless", "clueless", "feeble", "lame", "daft", "childish", "pitiful", "inept", "brainless", "shoddy", "petty",
  "unprofessional", "embarrassing", "ignorant", "amateurish", "sloppy", "silly", "foolish", "insulting", "disgraceful", "infantile",
  "asinine", "imbecilic", "half-baked", "preposterous", "nonsensical", "dimwitted", "boneheaded", "arrogant", "obnoxious", "insufferable",
  "braindead", "brain-dead", "gormless", "hopeless", "careless", "rubbish", "crappy", "lousy", "cheeky", "snotty", "stroppy",
  "appalling", "atrocious", "abysmal", "shambolic", "unusable", "substandard", "subpar", "sub-par", "mediocre", "woeful", "unreadable",
  "incoherent", "spiteful", "weak", "witless", "half-witted", "pointless", "senseless", "shameless", "flimsy", "outrageous", "negligent",
];
const ENGLISH_PEOPLE = ["thick", "dense", "slow", "blind", "deaf", "naive", "dim", "simple-minded", "dozy", "dopey"];

const GERMAN_ENDINGS: [string, Degree][] = [
  ["esten", "superlative"], ["estem", "superlative"], ["ester", "superlative"], ["estes", "superlative"], ["este", "superlative"],
  ["sten", "superlative"], ["stem", "superlative"], ["ster", "superlative"], ["stes", "superlative"], ["ste", "superlative"],
  ["eren", "comparative"], ["erem", "comparative"], ["erer", "comparative"], ["eres", "comparative"], ["ere", "comparative"],
  ["er", "positive"], ["en", "positive"], ["em", "positive"], ["es", "positive"], ["e", "positive"], ["", "positive"],
];


const englishForms = new Map<string, Degree>();
const englishPeopleForms = new Map<string, Degree>();
for (const [stems, forms] of [
  [ENGLISH, englishForms],
  [ENGLISH_PEOPLE, englishPeopleForms],
] as const) {
  for (const stem of stems) {
    forms.set(stem, "positive");
    // One-syllable and -y adjectives compare with endings: dumber, dumbest, lazier, laziest, ruder.
    const base = stem.endsWith("y") ? `${stem.slice(0, -1)}i` : stem.endsWith("e") ? stem.slice(0, -1) : stem === "dim" ? "dimm" : stem;
    forms.set(`${base}er`, "comparative");
    forms.set(`${base}est`, "superlative");
  }
}

// Every German form, made once from the stems and endings: a word is then one Map lookup
// (judgementAt asks for every word of every sentence, so taking endings off per word was slow).
const germanForms = new Map<string, Degree>();
const germanPeopleForms = new Map<string, Degree>();
for (const [stems, forms] of [
  [GERMAN, germanForms],
  [GERMAN_PEOPLE, germanPeopleForms],
] as const) {
  // Longest endings last, so that a form both ways ("dreiste": positive) keeps the plain reading.
  for (const [ending, degree] of [...GERMAN_ENDINGS].reverse()) {
    for (const stem of stems) if (!forms.has(stem + ending)) forms.set(stem + ending, degree);
  }
}
for (const [umlaut, stem] of Object.entries(GERMAN_UMLAUT)) {
  if (!germanForms.has(stem)) continue;
  // "dümmer", "dümmere", "dümmste", "am dümmsten": the umlaut marks the comparison.
  for (const [ending, degree] of GERMAN_ENDINGS) if (ending !== "") germanForms.set(umlaut + ending, degree === "positive" ? "comparative" : degree);
}

/**
 * The degree of a judgement word, or undefined when `key` is none. `people` admits the words
 * that judge only a person ("blind", "slow", "thick"): the caller knows the subject is one.
 */
export function judgementForm(key: string, language: Language, people: boolean): Degree | undefined {
  if (language === "en") return englishForms.get(key) ?? (people ? englishPeopleForms.get(key) : undefined);
  return germanForms.get(key) ?? (people ? germanPeopleForms.get(key) : undefined);
}
