import fc from "fast-check";
import { compileLexicon, matchLexicon, type LexiconMatch } from "../../src/text/lexicon.js";
import { expandPhrase, parseLexicon, userEntries } from "../../src/text/lexicon-file.js";
import { fitsMask, foldLeetspeak, isMasked, lexiconKey, skeleton } from "../../src/text/disguise.js";
import { tokenize } from "../../src/text/tokens.js";
import { normalizeWord } from "../../src/text/normalize.js";
import type { Language } from "../../src/types.js";

const GERMAN = `
# test list
sure  arschloch[s]
sure  idiot[en]
sure  *idiot[en]
sure  drecks*
sure  scheisse
aimed esel
ok    dumm gelaufen
sure  dumm
sure  wie ich? bereits mehrfach|zweimal erwaehnt|gesagt?
`;
const ENGLISH = `
sure  fuck
sure  fuck off
sure  shit
sure  idiot[s]
sure  per my last email|e-mail
`;

const lexicon = compileLexicon([...parseLexicon(GERMAN, "insult", "de"), ...parseLexicon(ENGLISH, "insult", "en")]);

/** The matched words (as written) of `text` read as `language`. */
function found(text: string, language: Language): string[] {
  return matches(text, language).map((match) => text.slice(match.start, match.end));
}

function matches(text: string, language: Language): LexiconMatch[] {
  return matchLexicon(lexicon, tokenize(text), text, language);
}

describe("lexicon file format", () => {
  it("expands alternatives, suffixes and optional words", () => {
    expect(expandPhrase(["idiot[en|in]"])).toEqual([["idiot"], ["idioten"], ["idiotin"]]);
    expect(expandPhrase(["wie", "ich?", "mehrfach|zweimal"]).map((p) => p.join(" "))).toEqual([
      "wie mehrfach",
      "wie zweimal",
      "wie ich mehrfach",
      "wie ich zweimal",
    ]);
  });

  it("keys words the way the matcher reads them", () => {
    const [entry] = parseLexicon("sure Arschlöcher => Schreiben Sie sachlich.", "insult", "de");
    expect(entry.words).toEqual(["arschloecher"]);
    expect(entry.hint).toBe("Schreiben Sie sachlich.");
    expect(entry.level).toBe("sure");
  });

  it("rejects a line without a known level, naming the line", () => {
    expect(() => parseLexicon("# header\nmaybe idiot", "insult", "de")).toThrow(/line 2/);
  });

  it("makes user words for both languages", () => {
    const entries = userEntries(["Pappkamerad", "  "], "insult", "sure");
    expect(entries.map((e) => [e.language, e.words.join(" ")])).toEqual([
      ["de", "pappkamerad"],
      ["en", "pappkamerad"],
    ]);
  });
});

describe("disguise helpers", () => {
  it("folds case, sharp s, umlauts, look-alikes and fullwidth letters into one key", () => {
    expect(lexiconKey("SCHEISSE")).toBe(lexiconKey("Scheiße"));
    expect(lexiconKey("Arschlöcher")).toBe("arschloecher");
    expect(lexiconKey("іdіot")).toBe("idiot"); // Cyrillic і
    expect(lexiconKey("ｉｄｉｏｔ")).toBe("idiot"); // fullwidth
    expect(lexiconKey("didn’t")).toBe("didn't");
  });

  it("keeps normalizeWord as the tokenizer uses it", () => {
    expect(normalizeWord("Straße")).toBe("strasse");
    expect(normalizeWord("Ѕcheiße")).toBe("scheisse");
  });

  it("reads leetspeak only in words with letters and digits", () => {
    expect(foldLeetspeak("sh1t")).toBe("shit");
    expect(foldLeetspeak("4rschl0ch")).toBe("arschloch");
    expect(foldLeetspeak("2026")).toBeUndefined();
    expect(foldLeetspeak("idiot")).toBeUndefined();
  });

  it("fits a masked word only to words of the same length and visible letters", () => {
    expect(isMasked("f***")).toBe(true);
    expect(isMasked("****")).toBe(false);
    expect(isMasked("Preis")).toBe(false);
    expect(fitsMask("f***", "fuck")).toBe(true);
    expect(fitsMask("A****loch", "arschloch")).toBe(true);
    expect(fitsMask("f**", "fuck")).toBe(false);
    expect(fitsMask("s***", "fuck")).toBe(false);
  });

  it("collapses repeated letters for stretched words", () => {
    expect(skeleton("idiooooot")).toBe("idiot");
    expect(skeleton("vollidiot")).toBe("volidiot");
  });

  it("collapses a run of millions of one letter (a 5 MB word overflowed the stack), as the pattern /(.)\\1+/gu did", () => {
    expect(skeleton("x".repeat(5_000_000))).toBe("x");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", "ß", "😀", "\n", "\r", "\u2028", "x") }), (text) => {
        expect(skeleton(text)).toBe(text.replace(/(.)\1+/gu, "$1"));
      }),
    );
  });
});

describe("matchLexicon", () => {
  it("finds whole words and phrases in the language of the sentence only", () => {
    expect(found("Sie Idiot, per my last email", "de")).toEqual(["Idiot"]);
    expect(found("you idiot, per my last email", "en")).toEqual(["idiot", "per my last email"]);
  });

  it("never matches inside other words", () => {
    expect(found("Die Idiotie der Idiotensicherheit", "de")).toEqual([]);
    expect(found("We ship shiitake to Scunthorpe", "en")).toEqual([]);
  });

  it("finds German compounds by their parts, leaving a real rest", () => {
    expect(found("So ein Vollidiot in diesem Drecksladen", "de")).toEqual(["Vollidiot", "Drecksladen"]);
    // "Xidiot" leaves one letter, "drecks" alone is no compound.
    expect(found("Xidiot drecks", "de")).toEqual([]);
  });

  it("expands optional words and alternatives in phrases", () => {
    expect(found("Wie ich bereits mehrfach gesagt habe", "de")).toContain("Wie ich bereits mehrfach gesagt");
    expect(found("Wie bereits zweimal erwähnt", "de")).toContain("Wie bereits zweimal erwähnt");
    expect(found("Wie bereits erwähnt", "de")).toEqual([]);
  });

  it("sees through masks, leetspeak, stretching, spacing and look-alike letters", () => {
    expect(found("Du A****loch", "de")).toEqual(["A****loch"]);
    expect(found("just f*** off", "en")).toEqual(["f***", "f*** off"]);
    expect(found("F% $! off", "en")).toEqual(["F% $!", "F% $! off"]);
    expect(found("that is sh1t", "en")).toEqual(["sh1t"]);
    expect(found("you idiooooot", "en")).toEqual(["idiooooot"]);
    expect(found("you i d i o t", "en")).toEqual(["i d i o t"]);
    expect(found("you іdіot", "en")).toEqual(["іdіot"]);
    expect(found("So eine SCHEIẞE", "de")).toEqual(["SCHEIẞE"]);
  });

  it("keeps masks, gender stars and punctuation apart", () => {
    expect(found("Liebe Kund*innen, Danke!! Preis*", "de")).toEqual([]);
    expect(found("a b c d e", "en")).toEqual([]);
  });

  it("reports innocent phrases as ok entries so that they can win", () => {
    const levels = matches("Das ist dumm gelaufen", "de").map((m) => `${m.entry.phrase}:${m.entry.level}`);
    expect(levels.sort()).toEqual(["dumm gelaufen:ok", "dumm:sure"]);
  });

  it("points at token indexes as well as offsets", () => {
    const text = "Hallo du Idiot";
    const [match] = matches(text, "de");
    expect(match.firstToken).toBe(2);
    expect(match.lastToken).toBe(2);
    expect(text.slice(match.start, match.end)).toBe("Idiot");
  });

  it("stays linear on long texts", () => {
    const sentence = "Wir liefern die Ware wie bereits besprochen am Montag, Sie Idiot. ";
    const text = sentence.repeat(5_000);
    const tokens = tokenize(text);
    const started = performance.now();
    const result = matchLexicon(lexicon, tokens, text, "de");
    const elapsed = performance.now() - started;
    expect(result).toHaveLength(5_000);
    // Generous bound for busy machines: a matcher quadratic in 55,000 words would take minutes.
    expect(elapsed).toBeLessThan(10_000);
  });
});
