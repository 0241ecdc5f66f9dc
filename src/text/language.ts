// Tells German from English per paragraph by counting frequent function words, which is
// fast, needs no model, and is reliable from a handful of words on. Short paragraphs that
// give no signal ("Hallo Anna,", "Thanks!") take the language of the whole draft.
import type { Language } from "../types.js";

const GERMAN = new Set(
  ("der die das und ist nicht ich sie wir ihr ihnen ihre ihren mit den dem des ein eine einen einem einer zu von " +
    "für auf auch es sich bei wird werden wurde sind haben hat habe noch nur aber oder wenn dass daß wie " +
    // Words spelled alike in both languages ("in", "an", "was", "so", "also", "am") are in neither list.
    "uns unser unsere mir mich dir dich du bitte danke vielen dank hallo liebe lieber sehr geehrte geehrter " +
    "grüße gruß freundlichen viele beste heute morgen gestern schon gerne gern im vom zum zur ins beim über " +
    "nach aus kein keine kann können könnten müssen muss soll sollte würde würden leider bereits jetzt hier diese " +
    "dieser dieses ihrem ihrer sowie bzw ja nein doch mal liefern senden schicken melden rufen erhalten").split(" "),
);
const ENGLISH = new Set(
  ("the and is are were not you your yours we our us it its this that these those with for from to of " +
    "on at by be been being have has had do does did will would can could should shall may might must " +
    "please thanks thank hello hi dear regards best kind sincerely i me my he she they them their a " +
    "if or but as what when which who there here today tomorrow yesterday any all just already " +
    "about after before into over than then very again get got let know sorry").split(" "),
);

// A module constant: the bundler turns a literal with \p{..} into `new RegExp(...)` on every call.
const WORD = /\p{L}+/gu;

export interface LanguageScore {
  de: number;
  en: number;
}

/** Counts German and English function words in a text. */
export function scoreLanguage(text: string): LanguageScore {
  const score = { de: 0, en: 0 };
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (GERMAN.has(word)) score.de++;
    if (ENGLISH.has(word)) score.en++;
    if (/[äöüß]/.test(word)) score.de += 0.5;
  }
  return score;
}

/** The language a score points to, or undefined when it gives no clear signal. */
export function languageOf(score: LanguageScore): Language | undefined {
  if (score.de >= 1 && score.de > score.en * 1.2) return "de";
  if (score.en >= 1 && score.en > score.de * 1.2) return "en";
  return undefined;
}
