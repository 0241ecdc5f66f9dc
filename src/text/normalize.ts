// Normalised word forms shared by all rules: lower case, German sharp s folded, diacritics
// of look-alike letters from other scripts folded to Latin, so that one lexicon entry
// matches "Scheiße", "SCHEISSE" and "Ѕcheiße" (Cyrillic Ѕ) alike.

// Cyrillic and Greek letters that look like Latin ones; used to disguise swearwords.
const LOOK_ALIKES: Record<string, string> = {
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x",
  ѕ: "s", і: "i", ј: "j", ԁ: "d", ӏ: "l", ɡ: "g",
  α: "a", β: "b", ε: "e", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x",
};

// ASCII and German umlauts: no sharp s, no letters from other scripts.
const PLAIN = /^[\u0000-\u007fäöü]*$/;

/** Lower-cases, folds ß to ss and look-alike letters to Latin. Keeps German umlauts. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Nearly every word: nothing to fold (called for every token of every draft).
  if (PLAIN.test(lower)) return lower;
  let out = "";
  for (const ch of lower) {
    if (ch === "ß") out += "ss";
    else out += LOOK_ALIKES[ch] ?? ch;
  }
  return out;
}
