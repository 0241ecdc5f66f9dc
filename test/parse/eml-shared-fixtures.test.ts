// Real-world .eml files from MIME-parser projects (../shared/data/eml_fixtures, see its
// SOURCE.md). Read in place, never copied into the project; skipped when missing.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseEml, type ParsedEml } from "../../src/parse/eml.js";
import { FileLines } from "../../src/parse/eml-lines.js";
import { exactBodyMap } from "../../src/parse/eml-sourcemap.js";
import { selectTextEntries, walkMime } from "../../src/parse/eml-structure.js";
import { ParseError } from "../../src/parse/parse-error.js";
import type { Position, SourceRange } from "../../src/types.js";

const SHARED = fileURLToPath(new URL("../../../shared/data/eml_fixtures/files/", import.meta.url));
const names = existsSync(SHARED) ? readdirSync(SHARED).filter((name) => name.endsWith(".eml")).sort() : [];
const read = (name: string): Uint8Array => readFileSync(SHARED + name);

/** The raw file text from a position to the end of its line (Latin-1: one character per byte). */
function rawFrom(source: Uint8Array, { line, column }: Position): string {
  const file = new FileLines(source);
  const { start, end } = file.lines[line - 1];
  return new TextDecoder("latin1").decode(source.subarray(start, end)).slice(column - 1);
}

function expectInside(file: FileLines, position: Position, what: string): void {
  expect(position.line, what).toBeGreaterThanOrEqual(1);
  expect(position.line, what).toBeLessThanOrEqual(file.lines.length);
  const { start, end } = file.lines[position.line - 1];
  expect(position.column, what).toBeGreaterThanOrEqual(1);
  expect(position.column, what).toBeLessThanOrEqual(end - start + 1);
}

function expectRangeInside(file: FileLines, range: SourceRange | undefined, what: string): void {
  expect(range, what).toBeDefined();
  if (!range) return;
  expectInside(file, range.start, what);
  expectInside(file, range.end, what);
}

describe.skipIf(names.length === 0)("eml parser over ../shared/data/eml_fixtures", () => {
  it.each(names)("%s: parses or throws ParseError; every position lies inside the file", async (name) => {
    const source = read(name);
    const file = new FileLines(source);
    let mail: ParsedEml;
    try {
      mail = await parseEml(source);
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      return;
    }
    for (let offset = 0; offset <= mail.body.length; offset++) expectInside(file, mail.position(offset), `body offset ${offset}`);
    for (const header of mail.headers) expectRangeInside(file, header.range, `header ${header.name}`);
    for (const recipient of [...mail.to, ...mail.cc, ...mail.bcc]) {
      expectRangeInside(file, recipient.range, `recipient ${recipient.address}`);
      expect(recipient.address).toBe(recipient.address.toLowerCase());
    }
  });

  it("maps a quoted-printable ISO-8859-1 body exactly (m0005)", async () => {
    const source = read("mail-mime-parser__m0005.eml");
    const mail = await parseEml(source);
    expect(mail.subject).toBe("Die Hasen und die Frösche (Microsoft Outlook 00)");
    expect(mail.to[0]).toMatchObject({ name: "Jürgen Schmürgen", address: "schmuergen@example.com" });
    expect(rawFrom(source, mail.to[0].range!.start)).toMatch(/^schmuergen@example\.com>/);
    const at = mail.body.indexOf("mißliche");
    expect(at).toBeGreaterThan(0);
    expect(rawFrom(source, mail.position(at))).toMatch(/^mi=DFliche/);
    expect(rawFrom(source, mail.position(mail.body.indexOf("Frösche")))).toMatch(/^Fr=F6sche/);
  });

  it("reads a raw 8-bit ISO-8859-1 subject as text (m0002)", async () => {
    const mail = await parseEml(read("mail-mime-parser__m0002.eml"));
    expect(mail.subject).toBe("Die Hasen und die Frösche (Microsoft Outlook 00)");
    expect(mail.body).toContain("Die Hasen klagten einst über ihre mißliche Lage");
  });

  it("decodes a base64 ISO-8859-1 body and maps it into the base64 block (m0003)", async () => {
    const source = read("mail-mime-parser__m0003.eml");
    const mail = await parseEml(source);
    expect(mail.body.startsWith("Die Hasen und die Frösche\n\nDie Hasen klagten einst über")).toBe(true);
    expect(mail.position(0).column).toBe(1);
    expect(rawFrom(source, mail.position(0))).toMatch(/^[A-Za-z0-9+/]{40,}=*$/);
  });

  it("decodes a windows-1252 body with its typographic characters, no C1 controls (m0010)", async () => {
    const mail = await parseEml(read("mail-mime-parser__m0010.eml"));
    expect(mail.to[0].name).toBe("Heinz Müller");
    expect(mail.body).toContain("Frösche");
    expect(mail.body).not.toMatch(/[\u0080-\u009f]/);
  });

  it("prefers text/plain in a multipart/alternative and maps it exactly (m1002)", async () => {
    const source = read("mail-mime-parser__m1002.eml");
    const mail = await parseEml(source);
    expect(mail.bodySource).toBe("text");
    expect(mail.body).not.toMatch(/<(html|p|br)\b/i);
    expect(rawFrom(source, mail.position(mail.body.indexOf("Frösche")))).toMatch(/^Fr=F6sche/);
  });

  it("takes the text of an HTML-only message and aligns it with its source (m2003)", async () => {
    const source = read("mail-mime-parser__m2003.eml");
    const mail = await parseEml(source);
    expect(mail.bodySource).toBe("html");
    expect(mail.body).toContain("Frösche");
    expect(mail.body).not.toMatch(/<(html|p|br)\b/i);
    expect(rawFrom(source, mail.position(mail.body.indexOf("Frösche")))).toMatch(/^Fr=F6sche/);
  });

  it("takes the text of an HTML-only multipart/related and keeps inline images out of the attachments", async () => {
    const mail = await parseEml(read("enmime__html-only-inline.eml"));
    expect(mail.bodySource).toBe("html");
    expect(mail.body).toContain("Test of HTML section");
    expect(mail.attachments).toEqual([]);
  });

  it("lists real attachments of multipart/mixed messages", async () => {
    const mail = await parseEml(read("mail-mime-parser__m4005.eml"));
    expect(mail.attachments.map((attachment) => attachment.mimeType)).toEqual(["text/rtf"]);
  });

  it.each([
    "mail-mime-parser__m0002.eml",
    "mail-mime-parser__m0003.eml",
    "mail-mime-parser__m0005.eml",
    "mail-mime-parser__m0008.eml",
    "mail-mime-parser__m0010.eml",
    "mail-mime-parser__m0016.eml",
    "mail-mime-parser__m1002.eml",
    "mail-mime-parser__m2005.eml",
    "enmime__qp-utf8-header-recursed.eml",
    "mail__empty_group_lists.eml",
    "postal-mime__calendar-event.eml",
  ])("%s: the text/plain body is mapped exactly (decoded again from the file and equal)", async (name) => {
    const source = read(name);
    const file = new FileLines(source);
    const mail = await parseEml(source);
    expect(exactBodyMap(file, selectTextEntries(walkMime(file)), mail.body, 0)?.text).toBe(mail.body);
  });
});
