// Tokens of a draft share their word's strings (src/text/tokens.ts, WordForms): the tokens must
// be the same whether the table is shared, fresh, or full.
import { describe, expect, it } from "vitest";
import { normalizeWord } from "../../src/text/normalize.js";
import { tokenize, WordForms } from "../../src/text/tokens.js";

const TEXT = "Hallo Jürgen, SCHEISSE und Scheiße: Ѕcheiße! Wir schicken es am Freitag. Hallo hallo HALLO f***ing sh1t";

const plain = (text: string, start = 0, end = text.length) =>
  [...text.slice(start, end).matchAll(/[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’-](?=[\p{L}\p{N}])|[*#@$%!]+(?=[\p{L}\p{N}*]))*[*]*/gu)].map((m) => ({
    start: start + m.index!,
    end: start + m.index! + m[0].length,
    text: m[0],
    norm: normalizeWord(m[0]),
  }));

describe("tokens with shared word forms", () => {
  it("are the tokens of the text, with a fresh, a shared and a full table", () => {
    expect(tokenize(TEXT)).toEqual(plain(TEXT));
    const shared = new WordForms();
    expect(tokenize(TEXT, 0, 40, shared)).toEqual(plain(TEXT, 0, 40));
    expect(tokenize(TEXT, 40, TEXT.length, shared)).toEqual(plain(TEXT, 40, TEXT.length));
    expect(tokenize(TEXT, 0, TEXT.length, new WordForms(2))).toEqual(plain(TEXT));
  });

  it("keep one entry per written form: case and look-alikes stay apart, norms agree", () => {
    const words = new WordForms();
    expect(words.of("Hallo")).toEqual({ text: "Hallo", norm: "hallo" });
    expect(words.of("HALLO")).toEqual({ text: "HALLO", norm: "hallo" });
    expect(words.of("Ѕcheiße").norm).toBe("scheisse");
    expect(words.of("Hallo")).toBe(words.of("Hallo"));
  });
});
