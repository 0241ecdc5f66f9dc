import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { toneEntries } from "../../../rules/tone/tone-data.js";
import { lexiconKey } from "../../../src/text/disguise.js";

const DATA = fileURLToPath(new URL("../../../rules/tone/data/", import.meta.url));
const toneFiles = readdirSync(DATA).filter((name) => name.endsWith(".txt"));

describe("tone word lists", () => {
  it("all exist, one per kind and language", () => {
    for (const kind of ["insult", "profanity", "condescension"]) {
      for (const language of ["de", "en"]) expect(toneFiles).toContain(`${kind}-${language}.txt`);
    }
  });

  it.each(toneFiles)("%s names its sources and licence in the header", (name) => {
    const header = readFileSync(`${DATA}${name}`, "utf8")
      .split("\n")
      .filter((line) => line.startsWith("#"))
      .join("\n");
    expect(header).toMatch(/Sources?:/);
    expect(header).toMatch(/Licen[cs]e/);
  });

  it("parse, with a sureness level on every entry", () => {
    const entries = toneEntries();
    expect(entries.length).toBeGreaterThan(500);
    for (const entry of entries) expect(["sure", "aimed", "person", "ok"]).toContain(entry.level);
  });

  it("flag no everyday words", () => {
    const everyday: Record<string, string[]> = {
      de: ["anhang", "schmuck", "hell", "latte", "sack", "pack", "flasche", "gift", "kind", "rat", "dick", "ass", "ende", "mist gabel", "made", "simpel"],
      en: ["hell", "mist", "kind", "gift", "bloody", "screw", "class", "pass", "assess", "cocktail"],
    };
    const flagged = toneEntries().filter((entry) => entry.level !== "ok" && entry.kind !== "condescension");
    for (const [language, words] of Object.entries(everyday)) {
      const listed = new Set(flagged.filter((e) => e.language === language).map((e) => e.words.join(" ")));
      for (const word of words) expect(listed.has(lexiconKey(word)), `${language}: ${word}`).toBe(false);
    }
  });
});
