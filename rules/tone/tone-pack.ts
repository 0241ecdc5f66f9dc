// The tone lists packed (at build time for the bundle, scripts/bundle.mjs) and read back on
// demand. A list line stands for many entries ("wie ich? ihnen|dir|euch? bereits|schon ..." for
// over a thousand), and making all those entry objects at start-up (they all survive, so the
// garbage collector copies each of them) was a large part of a one-draft run; so was the size of
// a pack of expanded entries (420 KB of the bundle, which every start reads and keeps). The pack
// keeps the list lines as written, indexed by the first words their entries can start with; the
// lexicon asks for the few first words a draft holds (src/text/lexicon.ts builds its tries the
// same lazy way), and only the lines that can start with those words are expanded.
// Figures in docs/performance.md.
import { isCompoundEntry, parseLexicon, type EntriesByFirstWord, type Language, type LexiconEntry } from "../../src/rule-api.js";

/** One list file's text, with what its entries are. */
export interface ListSource {
  kind: string;
  language: Language;
  text: string;
}

interface Pack {
  /** kind and language shared by the lines that point here. */
  groups: [string, Language][];
  /** [group index, the line as written]: level, phrase pattern and hint. */
  lines: [number, string][];
  /**
   * The compound entries ("*idiot", "drecks*"), expanded here: every draft needs all of them
   * (they match inside any word), and expanding their lines cost ~1.3 ms of every start.
   */
  compounds: LexiconEntry[];
  /** First word -> the lines that have an entry starting with it, in list order. */
  byFirstWord: Record<string, number[]>;
  longestPhrase: number;
}

/** Packs list files as JSON (ASCII only). */
export function packLists(sources: readonly ListSource[]): string {
  const pack: Pack = { groups: [], lines: [], compounds: [], byFirstWord: {}, longestPhrase: 1 };
  for (const { kind, language, text } of sources) {
    const group = pack.groups.push([kind, language]) - 1;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) continue;
      const index = pack.lines.push([group, line]) - 1;
      for (const entry of parseLexicon(line, kind, language)) {
        if (isCompoundEntry(entry)) {
          pack.compounds.push(entry);
          continue;
        }
        const lines = (pack.byFirstWord[entry.words[0]] ??= []);
        if (lines.at(-1) !== index) lines.push(index);
        pack.longestPhrase = Math.max(pack.longestPhrase, entry.words.length);
      }
    }
  }
  // ASCII only ("ä" as \u00e4): V8 keeps an ASCII string at one byte per character, and parses
  // it faster; the pack is the largest string of a start.
  return JSON.stringify(pack).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A pack read back: compound entries as packed, whole-word entries per first word when asked. */
export class PackedEntries implements EntriesByFirstWord {
  readonly compounds: LexiconEntry[];
  readonly longestPhrase: number;
  private readonly pack: Pack;
  // Most words a draft holds are not in the lists: a miss is one lookup. The parsed object is
  // looked up as it is: copying its ~20,000 keys into a Map cost more than a draft's lookups.
  private readonly linesByWord: Record<string, number[]>;
  private readonly entriesByWord = new Map<string, LexiconEntry[]>();
  private readonly entriesByLine = new Map<number, LexiconEntry[]>();

  constructor(json: string) {
    this.pack = JSON.parse(json) as Pack;
    this.linesByWord = this.pack.byFirstWord;
    this.compounds = this.pack.compounds;
    this.longestPhrase = this.pack.longestPhrase;
  }

  get(word: string): LexiconEntry[] | undefined {
    let entries = this.entriesByWord.get(word);
    if (entries) return entries;
    const lines = Object.hasOwn(this.linesByWord, word) ? this.linesByWord[word] : undefined;
    if (!lines) return undefined;
    entries = lines.flatMap((line) => this.entriesOf(line).filter((e) => e.words[0] === word && !isCompoundEntry(e)));
    this.entriesByWord.set(word, entries);
    return entries;
  }

  *values(): Iterable<LexiconEntry[]> {
    for (const word of Object.keys(this.linesByWord)) yield this.get(word)!;
  }

  /** Every entry, compounds included. */
  all(): LexiconEntry[] {
    return [...this.compounds, ...[...this.values()].flat()];
  }

  /** A line's entries, expanded once (a line may start with several words: "selbst|sogar ..."). */
  private entriesOf(line: number): LexiconEntry[] {
    let entries = this.entriesByLine.get(line);
    if (!entries) {
      const [group, text] = this.pack.lines[line];
      const [kind, language] = this.pack.groups[group];
      entries = parseLexicon(text, kind, language);
      this.entriesByLine.set(line, entries);
    }
    return entries;
  }
}
