// The public rule API beside the context: the helpers built-in rules and plugins use to read
// text the way mail-lint does. Every name here is exported by the package ("mail-lint"), and
// rules under rules/ import nothing else from src/ (test/rules/public-api.test.ts checks it), so
// a plugin can do everything a built-in rule does.
export type * from "./types.js";

// Word lists beside the rule that uses them: loadWordList(new URL("./data/x.txt", import.meta.url)).
export { loadWordList, loadWordListByLanguage, readWordListFile } from "./text/word-lists.js";

// Words: tokens within a range, normalised forms, disguised spellings ("A****loch", "1d10t").
export { tokensWithin } from "./text/tokens.js";
export { endsAfter, firstIndexWhere } from "./text/binary-search.js";
export { normalizeWord } from "./text/normalize.js";
export { lexiconKey } from "./text/disguise.js";

// Phrase lists with sureness levels, matched on tokens ("sure idiot[en|in]", "*idiot").
export {
  compileLexicon,
  isCompoundEntry,
  lexiconOf,
  matchLexicon,
  type EntriesByFirstWord,
  type Lexicon,
  type LexiconEntry,
  type LexiconMatch,
} from "./text/lexicon.js";
export { parseLexicon, userEntries } from "./text/lexicon-file.js";

// Quoted speech inside a sentence ("you wrote 'idiots'"): nobody's words to the reader now.
export { quoteSpans, type QuoteSpan } from "./text/quotes.js";

// Dates: what a written date pins down, and calendar arithmetic without time zones.
export { isConcrete, isLoneWeekday, mayNameWeekday } from "./text/dates.js";
export {
  addDays,
  closestYear,
  daysBetween,
  formatDay,
  fridayOnOrAfter,
  isValidDay,
  nextWeekday,
  weekdayName,
  weekdayOf,
} from "./text/date-calendar.js";

// A slow reader's results kept by sentence text, bounded (chrono-node).
export { SentenceCache } from "./text/sentence-cache.js";
