// How a template's bytes are read: UTF-16 with and without a byte order mark, binary data
// named .txt or .md, and an .eml whose body decodes to nothing. None of them may lint as clean
// in silence, and byte soup may not draw findings.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/index.js";

const DRAFT = "Hello Anna,\n\nyou idiot, we will call you soon.\n";
const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();
const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

const lint = (bytes: Uint8Array, filePath: string) => lintText(bytes, { filePath, now: new Date("2026-11-25") });
const found = async (bytes: Uint8Array, filePath: string) =>
  (await lint(bytes, filePath)).messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.ruleId ? "" : m.message]);

describe("template encodings", () => {
  it("UTF-16 with a byte order mark (LE and BE, .txt and .md) lints as its UTF-8 twin, same positions", async () => {
    for (const name of ["a.txt", "a.md"]) {
      const expected = await found(Buffer.from(DRAFT), name);
      expect(expected.some(([rule]) => rule === "no-insult")).toBe(true);
      expect(await found(withBom([0xff, 0xfe], Buffer.from(DRAFT, "utf16le")), name)).toEqual(expected);
      expect(await found(withBom([0xfe, 0xff], utf16be(DRAFT)), name)).toEqual(expected);
    }
  });

  it("UTF-16 without a byte order mark is read, with a warning that says so", async () => {
    const expected = await found(Buffer.from(DRAFT), "a.txt");
    for (const [bytes, name] of [[utf16be(DRAFT), "UTF-16BE"], [Buffer.from(DRAFT, "utf16le"), "UTF-16LE"]] as const) {
      const [note, ...rest] = await found(bytes, "a.txt");
      expect(note).toEqual([null, 1, 1, 1, `This file has no byte order mark but looks like ${name}; it was read as such. Save it as UTF-8 to be sure.`]);
      expect(rest).toEqual(expected);
    }
  });

  it("binary data named .txt or .md is one fatal 'not text' message, no findings from its bytes", async () => {
    const png = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), Buffer.from(" idiot moron ".repeat(50))]);
    // Random bytes without a NUL: the control characters give them away.
    const soup = Buffer.from([...randomBytes(4000)].map((b) => b || 1));
    for (const bytes of [png, soup, randomBytes(4000)]) {
      for (const name of ["x.txt", "x.md"]) {
        const result = await lint(bytes, name);
        expect(result.messages).toEqual([
          expect.objectContaining({ ruleId: null, fatal: true, severity: 2, message: expect.stringMatching(/^Parsing error: This is binary data, not text/) }),
        ]);
      }
    }
  });

  it("windows-1252 text (an old editor) is still read as text", async () => {
    const text = Buffer.from("Sehr geehrte Frau M\xfcller,\n\nSie Idiot, wir melden uns \x84bald\x93.\n", "latin1");
    const result = await lint(text, "a.txt");
    expect(result.messages.some((m) => m.fatal)).toBe(false);
    expect(result.messages.some((m) => m.ruleId === "no-insult")).toBe(true);
  });

  it("an .eml whose body decodes to nothing (no or a wrong MIME boundary) gets a warning, not silence", async () => {
    const mail = (contentType: string) =>
      Buffer.from(
        `From: a@shop.example\r\nTo: b@kunde.example\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: ${contentType}\r\n\r\n` +
          "--BBB\r\nContent-Type: text/plain\r\n\r\nYou idiot, we will call you soon.\r\n--BBB--\r\n",
      );
    for (const contentType of ['multipart/alternative; boundary="AAA"', "multipart/alternative"]) {
      const result = await lint(mail(contentType), "x.eml");
      expect(result.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 1, line: 1, column: 1, message: expect.stringMatching(/no text could be read from it \(a missing or wrong MIME boundary/) })]);
    }
    // The right boundary: findings, no warning.
    const good = await lint(mail('multipart/alternative; boundary="BBB"'), "x.eml");
    expect(good.messages.some((m) => m.ruleId === null)).toBe(false);
    expect(good.messages.some((m) => m.ruleId === "no-insult")).toBe(true);
  });

  it("an .eml with an empty text part and an attachment gets no warning: its parts were read", async () => {
    const mail = Buffer.from(
      'From: a@shop.example\r\nTo: b@kunde.example\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="BBB"\r\n\r\n' +
        "--BBB\r\nContent-Type: text/plain\r\n\r\n\r\n--BBB\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"a.pdf\"\r\n" +
        "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--BBB--\r\n",
    );
    expect((await lint(mail, "x.eml")).messages).toEqual([]);
  });
});
