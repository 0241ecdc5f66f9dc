// The tone lists packed (at build time for the bundle, scripts/bundle.mjs) and read back on
// demand. Parsing the list files expands each line into several entries, and making all those
// entry objects at start-up (they all survive, so the garbage collector copies each of them) was
// a large part of a one-draft run. The pack keeps each first word's entries as a JSON text of
// their own, so that reading the pack makes a few strings per first word rather than an array
// per entry; the lexicon unpacks the few first words a draft holds (src/text/lexicon.ts builds
// its tries the same lazy way). Figures in docs/performance.md.
import { isCompoundEntry, type EntriesByFirstWord, type Language, type LexiconEntry } from "../../src/rule-api.js";

/** [group index, phrase, ...lexicon keys when they are not the phrase's words]. */
type PackedEntry = [number, string, ...string[]];

interface Pack {
  /** kind, language, level and hint shared by the entries that point here. */
  groups: [string, Language, string, string][];
  compounds: PackedEntry[];
  /** First word -> the JSON text of its PackedEntry[]. */
  byFirstWord: Record<string, string>;
  longestPhrase: number;
}

/** Packs parsed list entries as JSON. */
export function packEntries(entries: readonly LexiconEntry[]): string {
  const pack: Pack = { groups: [], compounds: [], byFirstWord: {}, longestPhrase: 1 };
  const byFirstWord: Record<string, PackedEntry[]> = {};
  const groupIndex = new Map<string, number>();
  for (const entry of entries) {
    const group: Pack["groups"][number] = [entry.kind, entry.language, entry.level, entry.hint ?? ""];
    const key = JSON.stringify(group);
    let index = groupIndex.get(key);
    if (index === undefined) groupIndex.set(key, (index = pack.groups.push(group) - 1));
    const packed: PackedEntry = entry.words.join(" ") === entry.phrase ? [index, entry.phrase] : [index, entry.phrase, ...entry.words];
    if (isCompoundEntry(entry)) pack.compounds.push(packed);
    else {
      (byFirstWord[entry.words[0]] ??= []).push(packed);
      pack.longestPhrase = Math.max(pack.longestPhrase, entry.words.length);
    }
  }
  for (const [word, entries] of Object.entries(byFirstWord)) pack.byFirstWord[word] = JSON.stringify(entries);
  // ASCII only ("ä" as \u00e4): V8 keeps an ASCII string at one byte per character, and parses
  // it faster; the pack is the largest string of a start.
  return JSON.stringify(pack).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A pack read back: compound entries at once, whole-word entries per first word when asked. */
export class PackedEntries implements EntriesByFirstWord {
  readonly compounds: LexiconEntry[];
  readonly longestPhrase: number;
  private readonly groups: Pack["groups"];
  // One Map, a first word's JSON text until it is asked for, its entries after: most words a
  // draft holds are not in the lists, and a miss is then one lookup.
  private readonly byWord: Map<string, string | LexiconEntry[]>;

  constructor(json: string) {
    const pack = JSON.parse(json) as Pack;
    this.groups = pack.groups;
    this.byWord = new Map(Object.entries(pack.byFirstWord));
    this.compounds = pack.compounds.map((packed) => this.entry(packed));
    this.longestPhrase = pack.longestPhrase;
  }

  get(word: string): LexiconEntry[] | undefined {
    const found = this.byWord.get(word);
    if (typeof found !== "string") return found;
    const entries = (JSON.parse(found) as PackedEntry[]).map((p) => this.entry(p));
    this.byWord.set(word, entries);
    return entries;
  }

  *values(): Iterable<LexiconEntry[]> {
    for (const word of [...this.byWord.keys()]) yield this.get(word)!;
  }

  /** Every entry, compounds included. */
  all(): LexiconEntry[] {
    return [...this.compounds, ...[...this.values()].flat()];
  }

  private entry([group, phrase, ...words]: PackedEntry): LexiconEntry {
    const [kind, language, level, hint] = this.groups[group];
    return { phrase, words: words.length > 0 ? words : phrase.split(" "), kind, language, level, hint: hint || undefined };
  }
}
