import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_LENGTH, splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokens.js";

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("ends sentences at . ! ? and blank lines, not at abbreviations, titles or ordinal dates", () => {
    const text = "Hallo Anna,\nwir liefern am 27. November, z. B. per DHL. Das ist gut! Wirklich?\n\nNeuer Absatz\nohne Punkt\n\nMr. Smith said 27.11.2026 is ok, e.g. this one.";
    expect(sentences(text)).toEqual([
      "Hallo Anna,\nwir liefern am 27. November, z. B. per DHL.",
      "Das ist gut!",
      "Wirklich?",
      "Neuer Absatz\nohne Punkt",
      "Mr. Smith said 27.11.2026 is ok, e.g. this one.",
    ]);
  });

  it("goes on after an abbreviation that leads into a capitalised noun", () => {
    expect(sentences("Der EK liegt inkl. Fracht bei 40 EUR. Preise zzgl. Versand, bzgl. Ihrer Anfrage gern. Wir liefern ca. Mitte Mai.")).toEqual([
      "Der EK liegt inkl. Fracht bei 40 EUR.",
      "Preise zzgl. Versand, bzgl. Ihrer Anfrage gern.",
      "Wir liefern ca. Mitte Mai.",
    ]);
    // Other abbreviations still end a sentence before a capital: "usw. Wir ...".
    expect(sentences("Farben, Größen usw. Wir liefern morgen.")).toEqual(["Farben, Größen usw.", "Wir liefern morgen."]);
  });

  it("cuts a sentence without punctuation into pieces of bounded length at white space", () => {
    const text = "word ".repeat(1000).trim();
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(text.slice(p.start, p.end)).toMatch(/^word( word)*$/);
    }
    expect(pieces.map((p) => text.slice(p.start, p.end)).join(" ")).toBe(text);
  });
});

describe("tokenize", () => {
  it("keeps masked and leetspeak words as one token with body offsets", () => {
    const text = "Sie A****loch, f*** off. sh1t";
    expect(tokenize(text, 4).map((t) => [t.text, t.start])).toEqual([
      ["A****loch", 4],
      ["f***", 15],
      ["off", 20],
      ["sh1t", 25],
    ]);
  });
});
