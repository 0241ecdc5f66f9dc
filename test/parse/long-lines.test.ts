// Positions on long .eml lines and addresses on long header lines, in linear time: the column of
// a position on a long line is counted from a checkpoint (not decoded from the line's start),
// and `<address>` is found through an index of the line's brackets (not searched for each
// address). Each is checked against the plain definition, then timed at a size that was slow.
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/index.js";
import { FileLines, editorLength } from "../../src/parse/eml-lines.js";
import { parseEml } from "../../src/parse/eml.js";

// Text, then bytes that are not valid UTF-8: a stray byte, a truncated €, a lone continuation, an encoded surrogate, a code point past U+10FFFF.
const PIECES = [
  ...["abc ", "ü", "€", "😀"].map((text) => Buffer.from(text)),
  ...[[0xff], [0xe2, 0x82], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]].map((bytes) => Buffer.from(bytes)),
];

describe("long .eml lines", () => {
  it("columns match decoding the line from its start, valid UTF-8 or not, at every kind of offset", () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let t = 0; t < 60; t++) {
      const parts: Buffer[] = [];
      let length = 0;
      // Every third line valid UTF-8 only; the others with stray, truncated and surrogate bytes.
      while (length < 2100 + (t % 5) * 1000) {
        const piece = PIECES[t % 3 === 0 ? rnd(4) : rnd(PIECES.length)];
        parts.push(piece);
        length += piece.length;
      }
      const bytes = Buffer.concat([Buffer.from("x\n"), ...parts, Buffer.from("\nend\n")]);
      const file = new FileLines(bytes);
      const line = file.lines[1];
      for (let k = 0; k < 200; k++) {
        const offset = line.start + rnd(line.end - line.start + 1);
        expect(file.position(offset)).toEqual({ line: 2, column: editorLength(bytes.subarray(line.start, offset)) + 1 });
      }
    }
  });

  it("a position every 40 bytes of a 400 KB line takes well under a second (was 11 s)", () => {
    const bytes = Buffer.from("From: a\n\n" + "Wir melden uns bald, ü. ".repeat(400_000 / 24));
    const file = new FileLines(bytes);
    const started = performance.now();
    for (let offset = 9; offset < bytes.length; offset += 40) file.position(offset);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("addresses on long header lines", () => {
  it("finds each address, the <address> form before a display name's copy, in order", async () => {
    const mail = await parseEml(
      Buffer.from('From: a@shop.example\r\nTo: "b@x.example" <B@x.example>, c@y.example, Dee <d@z.example>, c@y.example\r\nSubject: s\r\n\r\nHi\r\n'),
    );
    expect(mail.to.map((m) => [m.address, m.range?.start.column, m.range?.end.column])).toEqual([
      ["b@x.example", 20, 31],
      ["c@y.example", 34, 45],
      ["d@z.example", 52, 63],
      ["c@y.example", 66, 77],
    ]);
  });

  it("10,000 bare addresses on one To: line lint in seconds (was 37 s)", async () => {
    const to = Array.from({ length: 10_000 }, (_, i) => `u${i}@kunde${i % 50}.example`).join(", ");
    const started = performance.now();
    const result = await lintText(`From: a@shop.example\r\nTo: ${to}\r\nSubject: s\r\n\r\nHallo.\r\n`, { filePath: "a.eml" });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  }, 30_000);
});

describe("Markdown past what its parser takes in bounded time", () => {
  const fatal = async (source: string) => {
    const started = performance.now();
    const result = await lintText(source, { filePath: "x.md" });
    return { ms: performance.now() - started, messages: result.messages.map((m) => [m.fatal ?? false, m.line, m.message]) };
  };

  it("5,000 nested '![' (was over 30 s) and a 1,000-level list (was over 30 s): one clear parse error each, at once", async () => {
    const brackets = await fatal("Hi\n\n" + "![a ".repeat(5000) + "x" + "](u)".repeat(2500));
    expect(brackets.messages).toEqual([
      [true, 3, 'Parsing error: This Markdown is too complex for its parser (more than 1000 "[" in the paragraph from line 3): it was not linted. Simplify it, or name it .txt to lint it as plain text.'],
    ]);
    const list = await fatal(Array.from({ length: 1000 }, (_, i) => " ".repeat(2 * i) + "- item").join("\n"));
    expect(list.messages).toEqual([
      [true, 82, "Parsing error: This Markdown is too complex for its parser (a line indented by more than 160 columns, as in lists nested that deep): it was not linted. Simplify it, or name it .txt to lint it as plain text."],
    ]);
    expect(brackets.ms + list.ms).toBeLessThan(5000);
  });

  it("within the bounds Markdown is parsed: 1,000 links in one paragraph, 999 open brackets, an 80-level list", async () => {
    for (const source of [
      "See " + "[x](https://example.com/idiot) and ".repeat(1000),
      "Hi\n\n" + "[a ".repeat(999),
      Array.from({ length: 80 }, (_, i) => " ".repeat(2 * i) + "- item").join("\n"),
    ]) {
      expect((await fatal(source)).messages.filter(([isFatal]) => isFatal)).toEqual([]);
    }
  });
});
