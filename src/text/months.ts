// Month names as mail writes them, in German and English: the one table behind the date
// readers (date-german.ts), the quote-header parser, the sentence splitter's ordinals
// ("27. November") and the date formatter.
import type { Language } from "../types.js";

/** Per month (index 0 = January): the full name first, then other spellings and abbreviations. */
const NAMES: Record<Language, readonly (readonly string[])[]> = {
  de: [
    ["Januar", "Jänner", "Jän", "Jan"],
    ["Februar", "Feb"],
    ["März", "Maerz", "Mär"],
    ["April", "Apr"],
    ["Mai"],
    ["Juni", "Jun"],
    ["Juli", "Jul"],
    ["August", "Aug"],
    ["September", "Sept", "Sep"],
    ["Oktober", "Okt"],
    ["November", "Nov"],
    ["Dezember", "Dez"],
  ],
  en: [
    ["January", "Jan"],
    ["February", "Feb"],
    ["March", "Mar"],
    ["April", "Apr"],
    ["May"],
    ["June", "Jun"],
    ["July", "Jul"],
    ["August", "Aug"],
    ["September", "Sept", "Sep"],
    ["October", "Oct"],
    ["November", "Nov"],
    ["December", "Dec"],
  ],
};

/** The full name of a month (1-12): "November". */
export function monthName(month: number, language: Language): string {
  return NAMES[language][month - 1][0];
}

/** Every spelling of the given languages, lower case, to its month (1-12). */
export function monthNumbers(languages: readonly Language[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const language of languages) {
    NAMES[language].forEach((names, index) => {
      for (const name of names) numbers.set(name.toLowerCase(), index + 1);
    });
  }
  return numbers;
}

/** A regular-expression alternation of every spelling of a language, longest first. */
export function monthAlternation(language: Language): string {
  return [...new Set(NAMES[language].flat())].sort((a, b) => b.length - a.length).join("|");
}

/** The abbreviations (lower case) of the given languages: "nov", "sept", "dez". */
export function monthAbbreviations(languages: readonly Language[]): string[] {
  return languages.flatMap((language) => NAMES[language].flatMap((names) => names.slice(1).filter((n) => n.length <= 4).map((n) => n.toLowerCase())));
}

/** The first three letters of each month's full name, both languages: what starts a month word. */
export function monthPrefixes(): string[] {
  return [...new Set((["de", "en"] as const).flatMap((language) => NAMES[language].map((names) => names[0].slice(0, 3))))];
}
