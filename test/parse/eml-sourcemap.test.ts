import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseEml, type ParsedEml } from "../../src/parse/eml.js";
import { normaliseLineEnds, unflow } from "../../src/parse/eml-decode.js";
import { FileLines } from "../../src/parse/eml-lines.js";
import { exactBodyMap, normaliseBodyText } from "../../src/parse/eml-sourcemap.js";
import { selectTextEntries, walkMime } from "../../src/parse/eml-structure.js";
import { repairWindows1252 } from "../../src/parse/eml-windows1252.js";
import type { Position } from "../../src/types.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/eml/", import.meta.url));
const read = (name: string): Uint8Array => readFileSync(FIXTURES + name);
const parse = (name: string) => parseEml(read(name));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Position of the n-th occurrence (0-based) of `needle` in the body, and of its end. */
function locate(mail: ParsedEml, needle: string, occurrence = 0): { start: Position; end: Position } {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = mail.body.indexOf(needle, offset + 1);
  expect(offset, `"${needle}" in the body`).toBeGreaterThanOrEqual(0);
  return { start: mail.position(offset), end: mail.position(offset + needle.length) };
}

describe("body positions: quoted-printable", () => {
  it("maps a word after a soft line break to the next file line", async () => {
    const mail = await parse("qp-soft-break.eml");
    // line 11 ends "...um etwa zw=", line 12 is "ei Wochen, sagt unser Lieferant. ..."
    expect(locate(mail, "Wochen").start).toEqual({ line: 12, column: 4 });
    expect(locate(mail, "Lieferant").start).toEqual({ line: 12, column: 23 });
    // a word split by the soft break starts on line 11 and continues on line 12
    expect(locate(mail, "zwei").start).toEqual({ line: 11, column: 75 });
    expect(mail.position(mail.body.indexOf("zwei") + 2)).toEqual({ line: 12, column: 1 });
  });

  it("counts a =XX escape as the source text it is (ESLint's source columns)", async () => {
    const mail = await parse("qp-soft-break.eml");
    // line 12: "... Wir melden uns n=C3=A4chste Woche."
    const word = locate(mail, "nächste");
    expect(word.start).toEqual({ line: 12, column: 49 });
    expect(mail.position(mail.body.indexOf("nächste") + 1)).toEqual({ line: 12, column: 50 }); // "ä" = "=C3=A4"
    expect(mail.position(mail.body.indexOf("nächste") + 2)).toEqual({ line: 12, column: 56 }); // "c" after the escape
    expect(word.end).toEqual({ line: 12, column: 61 });
    expect(locate(mail, "Woche.").start).toEqual({ line: 12, column: 62 });
    // line 9: "Hallo Frau M=C3=BCller,"
    expect(locate(mail, "Müller").start).toEqual({ line: 9, column: 12 });
    expect(locate(mail, "ller").start).toEqual({ line: 9, column: 19 });
  });

  it("maps windows-1252 escapes and a soft break in a CRLF file", async () => {
    const mail = await parse("cp1252-qp.eml");
    // line 8: "Der Preis betr=E4gt 120 =80 netto. Das ist =84ein Angebot=93, kein Versprech="
    expect(locate(mail, "€").start).toEqual({ line: 8, column: 25 });
    expect(locate(mail, "netto").start).toEqual({ line: 8, column: 29 });
    expect(locate(mail, "„ein").start).toEqual({ line: 8, column: 44 });
    expect(locate(mail, "ein Angebot").start).toEqual({ line: 8, column: 47 });
    expect(locate(mail, "Versprechen").start).toEqual({ line: 8, column: 68 });
    expect(mail.position(mail.body.indexOf("Versprechen") + 9)).toEqual({ line: 9, column: 1 });
  });

  it("maps the text/plain part of a multipart/alternative", async () => {
    const mail = await parse("multipart-alternative.eml");
    // line 14: "wir sprechen am Mittwoch =C3=BCber das Angebot."
    expect(locate(mail, "Mittwoch").start).toEqual({ line: 14, column: 17 });
    expect(locate(mail, "über").start).toEqual({ line: 14, column: 26 });
    expect(locate(mail, "das").start).toEqual({ line: 14, column: 36 });
  });
});

describe("body positions: line ends and charsets", () => {
  it("maps a word in a CRLF file to its line and column", async () => {
    const mail = await parse("crlf-plain.eml");
    // line 12: "We will talk on Wednesday about the refund."
    expect(locate(mail, "Wednesday")).toEqual({ start: { line: 12, column: 17 }, end: { line: 12, column: 26 } });
    // the line break after it is the end of line 12, not a column in the CR
    expect(mail.position(mail.body.indexOf("refund.") + "refund.".length)).toEqual({ line: 12, column: 44 });
    expect(locate(mail, "Sam", 0).start).toEqual({ line: 15, column: 1 });
  });

  it("counts one column per Latin-1 byte in an 8-bit ISO-8859-1 body", async () => {
    const mail = await parse("latin1-8bit.eml");
    // line 10: "Ihre Rücksendung ist angekommen. Wir prüfen sie."
    expect(locate(mail, "prüfen")).toEqual({ start: { line: 10, column: 38 }, end: { line: 10, column: 44 } });
    expect(locate(mail, "sie.").start).toEqual({ line: 10, column: 45 });
    expect(locate(mail, "Weiß").start).toEqual({ line: 8, column: 19 });
  });

  it("counts UTF-16 units in an 8-bit UTF-8 body (an emoji is two columns)", async () => {
    const mail = await parseEml(
      bytes("From: a@example.org\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nDanke 😀 für Ihre Geduld\n"),
    );
    expect(locate(mail, "für").start).toEqual({ line: 5, column: 10 });
    expect(locate(mail, "Geduld").start).toEqual({ line: 5, column: 19 });
  });

  it("maps base64 text to the base64 character carrying its first bits", async () => {
    const mail = await parse("base64-utf8.eml");
    // body bytes: "Guten Tag,\n\nbitte " is 18 bytes; byte 18 starts in base64 char 24 (line 8, column 25)
    expect(locate(mail, "prüfen").start).toEqual({ line: 8, column: 25 });
    // "f" is byte 22 (ü takes bytes 20 and 21); its bits start in the second char of group 7: base64 char 29
    expect(mail.position(mail.body.indexOf("prüfen") + 3)).toEqual({ line: 8, column: 30 });
  });

  it("maps format=flowed text to the lines it was unfolded from", async () => {
    const mail = await parse("flowed.eml");
    expect(locate(mail, "Wir liefern").start).toEqual({ line: 8, column: 1 });
    expect(locate(mail, "spätestens").start).toEqual({ line: 9, column: 1 });
    expect(locate(mail, "Woche").start).toEqual({ line: 9, column: 25 });
  });
});

describe("body positions: HTML and fallbacks", () => {
  it("aligns text from HTML with the source lines it came from", async () => {
    const mail = await parse("html-only.eml");
    // line 9: "<p>Sehr geehrter Herr Klein,</p>" (the whole text line stands there verbatim)
    expect(locate(mail, "Sehr geehrter").start).toEqual({ line: 9, column: 4 });
    // line 10: "<p>die Lieferung kommt <b>bald</b>.</p>": aligned word by word
    expect(locate(mail, "die Lieferung").start).toEqual({ line: 10, column: 4 });
    expect(locate(mail, "bald").start).toEqual({ line: 10, column: 27 });
    // line 11: "<p>Sie erhalten eine Best=E4tigung per Mail.</p>"
    expect(locate(mail, "Bestätigung").start).toEqual({ line: 11, column: 22 });
    expect(locate(mail, "per Mail").start).toEqual({ line: 11, column: 36 });
  });

  it("maps text that cannot be aligned to the first body line of the part", async () => {
    // a word that only exists after entity decoding cannot be aligned
    const mail = await parseEml(
      bytes("From: a@example.org\nContent-Type: text/html\n\n<p>Start</p>\n<p>&Auml;&szlig;</p>\n"),
    );
    expect(mail.body).toContain("Äß");
    expect(locate(mail, "Äß").start).toEqual({ line: 4, column: 1 });
    expect(locate(mail, "Start").start).toEqual({ line: 4, column: 4 });
  });

  it("maps the body of an inline message/rfc822 line by line", async () => {
    const mail = await parseEml(
      bytes(
        [
          "From: a@example.org",
          'Content-Type: multipart/mixed; boundary="m"',
          "",
          "--m",
          "Content-Type: text/plain",
          "",
          "Siehe unten.",
          "--m",
          "Content-Type: message/rfc822",
          "",
          "From: b@example.org",
          "Subject: Alt",
          "",
          "Der alte Text steht hier.",
          "--m--",
          "",
        ].join("\n"),
      ),
    );
    expect(locate(mail, "Siehe unten.").start).toEqual({ line: 7, column: 1 });
  });
});

describe("body positions: invariants over the synthetic fixtures", () => {
  const names = readdirSync(FIXTURES).filter((name) => name.endsWith(".eml"));

  it.each(names)("%s: every offset maps inside the file", async (name) => {
    const file = new FileLines(read(name));
    const mail = await parseEml(read(name));
    for (let offset = 0; offset <= mail.body.length; offset++) {
      const { line, column } = mail.position(offset);
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(file.lines.length);
      const { start, end } = file.lines[line - 1];
      expect(column).toBeGreaterThanOrEqual(1);
      expect(column).toBeLessThanOrEqual(end - start + 1);
    }
  });

  it.each(names.filter((name) => name !== "html-only.eml"))(
    "%s: the text/plain body is mapped exactly, each ASCII letter to its own byte or its encoding",
    async (name) => {
      const source = read(name);
      const file = new FileLines(source);
      const mail = await parseEml(source);
      const map = exactBodyMap(file, selectTextEntries(walkMime(file)), normaliseBodyText(mail.body), 0);
      expect(map).toBeDefined();
      const base64Body = /base64/.test(new TextDecoder().decode(source)) && !name.startsWith("attachments");
      map?.text.split("").forEach((char, offset) => {
        if (!/[A-Za-z]/.test(char)) return;
        const byte = String.fromCharCode(source[map.sources[offset]]);
        if (base64Body) expect(byte).toMatch(/[A-Za-z0-9+/]/);
        else expect(byte, `"${char}" at body offset ${offset}`).toBe(char);
      });
      // positions never go backwards through the body
      let previous = { line: 0, column: 0 };
      for (let offset = 0; offset < mail.body.length; offset++) {
        const position = mail.position(offset);
        const forward = position.line > previous.line || (position.line === previous.line && position.column >= previous.column);
        expect(forward, `offset ${offset}`).toBe(true);
        previous = position;
      }
    },
  );
});

describe("decoding helpers", () => {
  const tracked = (text: string) => ({ text, sources: Int32Array.from(text, (_, index) => index) });

  it("unfolds flowed lines with delsp=yes by dropping the folding space", () => {
    const result = unflow(tracked("Wir lie \nfern heute.\n"), true);
    expect(result.text).toBe("Wir liefern heute.\n");
    expect(result.sources[7]).toBe(9); // "f" stands at index 9 of the input
  });

  it("normalises CRLF and lone CR, keeping sources aligned", () => {
    const result = normaliseLineEnds(tracked("a\r\nb\rc"));
    expect(result.text).toBe("a\nb\nc");
    expect([...result.sources]).toEqual([0, 1, 3, 4, 5]);
  });

  it("repairs C1 characters to windows-1252 without changing the length", () => {
    const broken = "\u0080 \u0084Angebot\u0093 \u0096 \u0081";
    expect(repairWindows1252(broken)).toBe("€ „Angebot“ – \u0081");
    expect(repairWindows1252(broken).length).toBe(broken.length);
    expect(repairWindows1252("Grüße")).toBe("Grüße");
  });
});
