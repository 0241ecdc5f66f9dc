// Findings in decoded mail bodies point at the right line:column of the file: after a
// quoted-printable soft line break, after =XX escapes, and in CRLF files.
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/index.js";
import { wordRule } from "../helpers/word-rule.js";

const rule = wordRule("test/no-idiot", "idiot", ["authored", "quoted"]);
const find = (code: string, filename = "d.eml") => RuleTester.messagesFor(rule, { code, filename });

const header = (encoding: string, eol: string) =>
  ["From: a@shop.example", "To: b@kunde.example", "Subject: s", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", `Content-Transfer-Encoding: ${encoding}`, "", ""].join(eol);

describe("positions in .eml bodies", () => {
  it("after a quoted-printable soft line break (LF)", async () => {
    const body = "Sch=C3=B6ne Gr=C3=BC=C3=9Fe, Sie sind wirklich ein ganz gro=\n=C3=9Fer idiot heute.\n";
    const [m] = await find(header("quoted-printable", "\n") + body);
    // Line 8 of the file is "=C3=9Fer idiot heute."; "idiot" starts at column 10 of the raw line.
    expect({ line: m.line, endLine: m.endLine }).toEqual({ line: 9, endLine: 9 });
    expect(m.column).toBeGreaterThan(1);
    const rawLine = (header("quoted-printable", "\n") + body).split("\n")[8];
    expect(rawLine.slice(m.column - 1, m.endColumn! - 1)).toBe("idiot");
  });

  it("in a CRLF file with a soft line break inside the word's line", async () => {
    const body = "Hallo,\r\nein langer Satz, der umbrochen wird, und dann kommt das Wort =\r\nidiot am Ende.\r\n";
    const source = header("quoted-printable", "\r\n") + body;
    const [m] = await find(source);
    const lines = source.split("\r\n");
    expect(lines[m.line - 1].slice(m.column - 1, m.endColumn! - 1)).toBe("idiot");
    expect(m.line).toBe(10);
  });

  it("in an 8bit CRLF file", async () => {
    const source = header("8bit", "\r\n") + "Zeile eins\r\nZeile zwei: idiot\r\n";
    const [m] = await find(source);
    expect(m).toMatchObject({ line: 9, column: 13, endLine: 9, endColumn: 18 });
  });

  it("in a Markdown template after front matter", async () => {
    const [m] = await find("---\nsubject: x\n---\n\nYou idiot.\n", "t.md");
    expect(m).toMatchObject({ line: 5, column: 5, endLine: 5, endColumn: 10 });
  });
});
