// Plain-text and Markdown templates: front matter, non-prose spans, positions, language.
import { describe, expect, it } from "vitest";
import { buildDraft } from "../../src/draft.js";
import type { Draft } from "../../src/types.js";

const options = { internalDomains: [], internalOnlyRecipients: [] };
const draft = (file: string, text: string, extra = {}) => buildDraft(file, new TextEncoder().encode(text), { ...options, ...extra });
const at = (d: Draft, word: string, nth = 0) => {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = d.prose.indexOf(word, index + 1);
  return d.position(index);
};
const blanked = (d: Draft, text: string) => {
  const start = d.body.indexOf(text);
  return d.prose.slice(start, start + text.length).trim() === "";
};

describe("plain-text templates", () => {
  it("maps offsets to line:column, also for CRLF files and UTF-16 columns", async () => {
    const d = await draft("t.txt", "Hallo Jürgen,\r\n\r\n😀 wir liefern morgen.\r\n");
    expect(d.body).toBe("Hallo Jürgen,\n\n😀 wir liefern morgen.\n");
    expect(at(d, "wir")).toEqual({ line: 3, column: 4 }); // the emoji is two UTF-16 code units
    expect(at(d, "Jürgen")).toEqual({ line: 1, column: 7 });
  });

  it("turns front matter into headers and recipients with positions", async () => {
    const d = await draft(
      "t.txt",
      "---\nsubject: Ihre Bestellung\nto: Anna Berg <Anna@Kunde.example>\ncc:\n  - team@shop.example\nfrom: me@shop.example\n---\nHallo Anna,\n",
    );
    expect(d.subject).toBe("Ihre Bestellung");
    expect(d.recipients.map((r) => [r.field, r.name, r.address, r.internal])).toEqual([
      ["to", "Anna Berg", "anna@kunde.example", false],
      ["cc", "", "team@shop.example", true],
    ]);
    expect(d.recipients[1].range).toEqual({ start: { line: 5, column: 5 }, end: { line: 5, column: 22 } });
    expect(blanked(d, "subject: Ihre Bestellung")).toBe(true);
    expect(d.zones.map((z) => z.kind)).toContain("authored");
    expect(at(d, "Hallo")).toEqual({ line: 8, column: 1 });
  });

  it("locates each address of a comma-separated front matter value on its own (issue 18, defect 11)", async () => {
    const lines = ["---", "to: anna@kunde.example, Tom Maier <Tom@Firma.example>", 'cc: "x@y.example,  z@w.example"', "---", "Hallo,", ""];
    const d = await draft("t.md", lines.join("\n"));
    const where = (line: number, written: string) => ({
      start: { line, column: lines[line - 1].indexOf(written) + 1 },
      end: { line, column: lines[line - 1].indexOf(written) + 1 + written.length },
    });
    expect(d.recipients.map((r) => [r.field, r.address, r.range])).toEqual([
      ["to", "anna@kunde.example", where(2, "anna@kunde.example")],
      ["to", "tom@firma.example", where(2, "Tom@Firma.example")],
      ["cc", "x@y.example", where(3, "x@y.example")],
      ["cc", "z@w.example", where(3, "z@w.example")],
    ]);
  });

  it("marks placeholders, URLs and e-mail addresses as non-prose", async () => {
    const d = await draft("t.txt", "Hi {{first_name}}, {{ amount }} {name} %NAME% see https://x.example/idiot or mail idiot@x.example.\n");
    expect(d.spans.map((s) => [s.kind, d.body.slice(s.start, s.end)])).toEqual([
      ["placeholder", "{{first_name}}"],
      ["placeholder", "{{ amount }}"],
      ["placeholder", "{name}"],
      ["placeholder", "%NAME%"],
      ["url", "https://x.example/idiot"],
      ["email", "idiot@x.example"],
    ]);
    expect(d.prose).not.toMatch(/idiot|first_name|amount/);
    expect(d.prose.length).toBe(d.body.length);
  });

  it("reads windows-1252 bytes when the file is not UTF-8", async () => {
    const bytes = Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65]); // "Grüße" in windows-1252
    const d = await buildDraft("t.txt", bytes, options);
    expect(d.body).toBe("Grüße");
  });
});

describe("Markdown templates", () => {
  const md = [
    "---", //1
    "subject: Test", //2
    "---", //3
    "<!-- a comment with idiot -->", //4
    "Hello **Anna**, see [our terms](https://x.example/idiot) and `idiot()`.", //5
    "", //6
    "```", //7
    "idiot = 1", //8
    "```", //9
    "", //10
    "    indented idiot code", //11
    "", //12
    "> quoted idiot", //13
    "", //14
    "![idiot](pic.png)", //15
  ].join("\n");

  it("blanks code, inline code, HTML comments, link targets and images", async () => {
    const d = await draft("t.md", md);
    expect(d.prose.match(/idiot/g)).toEqual(["idiot"]); // only the quoted one remains, in a quoted zone
    expect(at(d, "our terms")).toEqual({ line: 5, column: 22 });
    expect(d.spans.filter((s) => s.kind === "comment")).toHaveLength(1);
  });

  it("finds indented code even when nothing else in the file is Markdown syntax", async () => {
    const d = await draft("t.md", "Hello Anna,\n\n    idiot = 1\n\nBye\n");
    expect(d.prose).not.toContain("idiot");
    const plain = await draft("t.md", "Hello Anna,\n\nyou idiot\n");
    expect(plain.prose).toContain("idiot");
  });

  it("treats blockquotes as quoted history", async () => {
    const d = await draft("t.md", md);
    const quoted = d.zones.filter((z) => z.kind === "quoted");
    expect(quoted).toHaveLength(1);
    expect(quoted[0].text).toContain("quoted idiot");
    expect(d.zones.filter((z) => z.kind === "authored").some((z) => z.text.includes("idiot"))).toBe(false);
  });
});

describe("language per paragraph", () => {
  it("detects German and English paragraphs and falls back to the draft's language", async () => {
    const d = await draft("t.txt", "Hallo Anna,\n\nvielen Dank für Ihre Nachricht, wir kümmern uns darum.\n\nThank you for your message, we will look into it.\n");
    expect(d.paragraphs.map((p) => p.language)).toEqual(["de", "de", "en"]);
    expect(d.languageAt(d.body.indexOf("Thank"))).toBe("en");
  });

  it("a forced language wins", async () => {
    const d = await draft("t.txt", "Thank you for your message.\n", { language: "de" });
    expect(d.paragraphs.map((p) => p.language)).toEqual(["de"]);
  });

  it("front matter lang sets the template's language", async () => {
    const d = await draft("t.txt", "---\nlang: de\n---\nOK, thanks\n");
    expect(d.languageAt(d.body.indexOf("OK"))).toBe("de");
  });
});
