import { RuleTester, lintText } from "../../../src/index.js";
import rule, { attachmentsOf, parsePhrase } from "../../../rules/hygiene/attachment-reminder.js";

/** A plain-text .eml; with `attachment`, a multipart/mixed mail carrying a small PDF. */
function eml(body: string, { attachment = false, to = "Anna Berg <anna.berg@kunde.example>" } = {}): string {
  const head = `From: Max Muster <max@firma.example>\nTo: ${to}\nSubject: Angebot\nMIME-Version: 1.0\n`;
  if (!attachment) return `${head}Content-Type: text/plain; charset=utf-8\n\n${body}`;
  return (
    `${head}Content-Type: multipart/mixed; boundary="b1"\n\n` +
    `--b1\nContent-Type: text/plain; charset=utf-8\n\n${body}\n` +
    `--b1\nContent-Type: application/pdf; name="angebot.pdf"\nContent-Disposition: attachment; filename="angebot.pdf"\n` +
    `Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b1--\n`
  );
}

describe("attachment-reminder phrase patterns", () => {
  it("reads prefixes, gaps and clause ends", () => {
    expect(parsePhrase("beigefügt*")).toEqual([{ kind: "word", text: "beigefügt", prefix: true }]);
    expect(parsePhrase("hänge * an $").map((p) => p.kind)).toEqual(["word", "gap", "word", "end"]);
  });

  it("knows when a draft can be checked", () => {
    const base = { headers: [], attachments: [] };
    expect(attachmentsOf({ ...base, format: "eml" })).toBe("checkable-none");
    expect(attachmentsOf({ ...base, format: "eml", attachments: [{ filename: "a.pdf", mimeType: "application/pdf" }] })).toBe("present");
    expect(attachmentsOf({ ...base, format: "markdown" })).toBe("unknown");
    expect(attachmentsOf({ ...base, format: "text", headers: [{ name: "attachments", value: "" }] })).toBe("checkable-none");
    expect(attachmentsOf({ ...base, format: "text", headers: [{ name: "attachments", value: "preisliste.pdf" }] })).toBe("present");
  });
});

new RuleTester().run(rule, {
  valid: [
    { name: "German mention with an attachment", filename: "draft.eml", code: eml("Hallo Anna,\n\nanbei das Angebot.\n\nGruß\nMax\n", { attachment: true }) },
    { name: "English mention with an attachment", filename: "draft.eml", code: eml("Hi Anna,\n\nplease find attached the offer.\n", { attachment: true }) },
    { name: "no mention", filename: "draft.eml", code: eml("Hallo Anna,\n\ndas Angebot schicke ich morgen.\n") },
    {
      name: "'attached' only in the quoted history",
      filename: "draft.eml",
      code: eml("Hi Anna,\n\nthanks, I will look at it tomorrow.\n\nOn Tue, 24 Nov 2026 at 10:00, Anna Berg <anna.berg@kunde.example> wrote:\n> I have attached the contract.\n> Best, Anna\n"),
    },
    {
      name: "'im Anhang' only in the quoted history",
      filename: "draft.eml",
      code: eml("Hallo Anna,\n\ndanke, ich sehe es mir an.\n\nAm 24.11.2026 um 10:00 schrieb Anna Berg <anna.berg@kunde.example>:\n> Im Anhang der Vertrag.\n"),
    },
    {
      name: "'Anlage' in the signature (the company's address block)",
      filename: "draft.eml",
      code: eml("Hallo Anna,\n\ndas passt so.\n\n-- \nMax Muster\nBeigefügt: AGB unter www.firma.example/agb\n"),
    },
    { name: "the reader's attachment: 'the file you attached'", filename: "draft.eml", code: eml("Hi Anna,\n\nthe file you attached is empty.\n") },
    { name: "the reader's attachment: 'Ihrer angehängten Datei'", filename: "draft.eml", code: eml("Hallo Frau Berg,\n\nin Ihrer angehängten Datei fehlt Seite 2.\n") },
    { name: "the reader's attachment: 'im Anhang Ihrer Mail'", filename: "draft.eml", code: eml("Hallo Frau Berg,\n\ndie Rechnung im Anhang Ihrer Mail ist bezahlt.\n") },
    { name: "the reader's attachment: 'die Sie angehängt haben'", filename: "draft.eml", code: eml("Hallo Frau Berg,\n\ndie Liste, die Sie angehängt haben, ist vollständig.\n") },
    { name: "negated: 'not attached'", filename: "draft.eml", code: eml("Hi Anna,\n\nthe contract is not attached yet, it follows tomorrow.\n") },
    { name: "negated: 'haven't attached'", filename: "draft.eml", code: eml("Hi Anna,\n\nI haven't attached the draft on purpose.\n") },
    { name: "'attached to' something other than the mail", filename: "draft.eml", code: eml("Hi Anna,\n\nthe label attached to the parcel was torn.\n") },
    { name: "'attached to' an older mail", filename: "draft.eml", code: eml("Hi Anna,\n\nthe document was attached to an email Fred sent in July.\n") },
    { name: "confidentiality disclaimer: 'any attached files'", filename: "draft.eml", code: eml("Hi Anna,\n\nsee you Monday.\n\nThis e-mail and any attached files may be confidential.\n") },
    { name: "'no strings attached'", filename: "draft.eml", code: eml("Hi Anna,\n\nit is a free trial with no strings attached.\n") },
    { name: "'enclosed in' brackets", filename: "draft.eml", code: eml("Hi Anna,\n\nthe values enclosed in brackets are estimates.\n") },
    { name: "'hänge an' without the separable particle at the clause end", filename: "draft.eml", code: eml("Hallo Anna,\n\nich hänge an der Präsentation noch fest.\n") },
    { name: "URL containing 'attachment'", filename: "draft.eml", code: eml("Hi Anna,\n\nsee https://example.com/see/the/attachment/policy for details.\n") },
    { name: "template without front matter", filename: "reply.md", code: "Hallo,\n\nanbei die Preisliste.\n" },
    { name: "template whose front matter lists the attachment", filename: "reply.md", code: "---\nattachments: [preisliste.pdf]\n---\nHallo,\n\nanbei die Preisliste.\n" },
  ],
  invalid: [
    {
      name: "'anbei' without attachment",
      filename: "draft.eml",
      code: eml("Hallo Anna,\n\nanbei das Angebot.\n\nGruß\nMax\n"),
      errors: [{ message: /„anbei“.*keinen Anhang/, line: 9, column: 1, endColumn: 6, severity: 1 }],
    },
    {
      name: "'please find attached' without attachment",
      filename: "draft.eml",
      code: eml("Hi Anna,\n\nplease find attached the offer.\n"),
      errors: [{ message: /"attached".*no attachment/, line: 9, column: 13, endColumn: 21 }],
    },
    {
      name: "'im Anhang' without attachment",
      filename: "draft.eml",
      code: eml("Hallo Anna,\n\ndie Unterlagen finden Sie im Anhang.\n"),
      errors: [{ message: /„im Anhang“/, line: 9, column: 27, endColumn: 36 }],
    },
    {
      name: "separable verb 'hänge ... an'",
      filename: "draft.eml",
      code: eml("Hallo Anna,\n\nich hänge Ihnen das Angebot an.\n"),
      errors: [{ message: /„hänge Ihnen das Angebot an“/, line: 9, column: 5 }],
    },
    {
      name: "'beigefügte' (prefix match)",
      filename: "draft.eml",
      code: eml("Hallo Anna,\n\ndie beigefügte Rechnung ist fällig am 1. Dezember.\n"),
      errors: [{ message: /„beigefügte“/, line: 9, column: 5 }],
    },
    {
      name: "'I've attached' in English, one finding for several mentions",
      filename: "draft.eml",
      code: eml("Hi Anna,\n\nI've attached the invoice. The attached file also has the receipt.\n"),
      errors: [{ message: /"attached"/, line: 9, column: 6 }],
    },
    {
      name: "'attached to this email'",
      filename: "draft.eml",
      code: eml("Hi Anna,\n\nthe form attached to this email needs your signature.\n"),
      errors: [{ message: /"attached"/, line: 9, column: 10 }],
    },
    {
      name: "'see the attachment'",
      filename: "draft.eml",
      code: eml("Hi Anna,\n\nfor the dates, see the attachment.\n"),
      errors: [{ message: /"see the attachment"/, line: 9, column: 16 }],
    },
    {
      name: "authored mention while the quoted history also has one",
      filename: "draft.eml",
      code: eml("Hi Anna,\n\nattached is the signed copy.\n\nOn Tue, 24 Nov 2026 at 10:00, Anna Berg <anna.berg@kunde.example> wrote:\n> I have attached the contract.\n"),
      errors: [{ line: 9, column: 1 }],
    },
    {
      name: "template whose front matter declares no attachments",
      filename: "reply.md",
      code: "---\nattachments: []\n---\nHallo,\n\nanbei die Preisliste.\n",
      errors: [{ message: /Front Matter keinen Anhang/, line: 6, column: 1 }],
    },
  ],
});

describe("attachment-reminder with the default configuration", () => {
  it("warns (severity 1) on an .eml", async () => {
    const result = await lintText(eml("Hallo Anna,\n\nanbei das Angebot.\n"), { filePath: "draft.eml", config: {} });
    const found = result.messages.filter((m) => m.ruleId === "attachment-reminder");
    expect(found.map((m) => m.severity)).toEqual([1]);
  });
});
