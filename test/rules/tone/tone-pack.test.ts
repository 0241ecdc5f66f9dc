import { describe, expect, it } from "vitest";
import { compileLexicon, isCompoundEntry, lexiconOf, matchLexicon } from "../../../src/text/lexicon.js";
import { tokenize } from "../../../src/text/tokens.js";
import { parseLexicon } from "../../../src/text/lexicon-file.js";
import { PackedEntries, packLists } from "../../../rules/tone/tone-pack.js";
import { readToneLists } from "../../../rules/tone/tone-data.js";

// The bundle reads the tone lists from a pack made at build time; it must hold exactly what the
// list files say and match exactly as the lexicon compiled from them.
describe("tone lists packed at build time", () => {
  const sources = readToneLists();
  const entries = sources.flatMap(({ text, kind, language }) => parseLexicon(text, kind, language));
  const pack = packLists(sources);
  const packed = new PackedEntries(pack);

  it("is ASCII, so that V8 keeps it at one byte per character", () => {
    expect(pack).toMatch(/^[\x00-\x7f]+$/);
  });

  it("keeps the lines as written: far smaller than the entries they stand for", () => {
    expect(entries.length).toBeGreaterThan(5_000);
    expect(pack.length).toBeLessThan(JSON.stringify(entries).length / 4);
  });

  it("gives a first word's entries in list order, each line expanded once", () => {
    const wie = entries.filter((e) => e.words[0] === "wie" && !isCompoundEntry(e));
    expect(wie.length).toBeGreaterThan(100);
    expect(packed.get("wie")).toEqual(wie);
    expect(packed.get("wie")).toBe(packed.get("wie"));
    expect(packed.get("no-such-word-in-any-list")).toBeUndefined();
  });

  it("unpacks to the same entries", () => {
    const byText = (list: readonly object[]) => list.map((e) => JSON.stringify(e)).sort();
    expect(packed.all()).toHaveLength(entries.length);
    expect(byText(packed.all())).toEqual(byText(entries));
  });

  it("finds the same words as the lexicon compiled from the lists", () => {
    const fromLists = compileLexicon(entries);
    const fromPack = lexiconOf(packed, packed.compounds, packed.longestPhrase);
    const texts: [string, "de" | "en"][] = [
      ["Sie sind ein Vollidiot und der Laden ist ein Drecksladen.", "de"],
      ["Sie A****loch, wie bereits mehrfach erwähnt.", "de"],
      ["Wir melden uns gern bei Ihnen.", "de"],
      ["you idiooooot, f*** off, as I already explained twice", "en"],
      ["Thank you for your order, the parcel ships on Monday.", "en"],
    ];
    for (const [text, language] of texts) {
      const tokens = tokenize(text, 0);
      const found = (lexicon: typeof fromLists) =>
        matchLexicon(lexicon, tokens, text, language).map((m) => `${m.start}-${m.end} ${m.entry.kind} ${m.entry.phrase}`).sort();
      expect(found(fromPack), text).toEqual(found(fromLists));
    }
    expect(matchLexicon(fromPack, tokenize(texts[0][0], 0), texts[0][0], "de").length).toBeGreaterThan(0);
  });
});
