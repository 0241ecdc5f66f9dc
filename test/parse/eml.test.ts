import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseEml } from "../../src/parse/eml.js";
import { ParseError } from "../../src/parse/parse-error.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/eml/", import.meta.url));
const read = (name: string): Uint8Array => readFileSync(FIXTURES + name);
const parse = (name: string) => parseEml(read(name));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("parseEml: headers", () => {
  it("decodes encoded-word and folded headers, keeping every header with its range", async () => {
    const mail = await parse("headers.eml");
    expect(mail.subject).toBe("Überblick über den Stand");
    const subject = mail.headers.find((header) => header.name === "subject");
    // a folded header spans its continuation line
    expect(subject?.range).toEqual({ start: { line: 8, column: 1 }, end: { line: 9, column: 20 } });
    expect(mail.headers.map((header) => header.name)).toEqual([
      "from", "reply-to", "to", "cc", "bcc", "subject", "date", "in-reply-to", "references",
      "x-mail-lint-disable", "mime-version", "content-type",
    ]);
    expect(mail.headers.find((header) => header.name === "x-mail-lint-disable")?.value).toBe(
      "no-vague-date -- Termin steht fest",
    );
  });

  it("parses From, Reply-To and lower-cases addresses", async () => {
    const mail = await parse("headers.eml");
    expect(mail.from).toEqual({ name: "Jörg König", address: "joerg.koenig@firma.example" });
    expect(mail.replyTo).toEqual([{ name: "", address: "support@firma.example" }]);
  });

  it("flattens groups and points each recipient at its address text, on folded lines too", async () => {
    const mail = await parse("headers.eml");
    expect(mail.to.map(({ name, address }) => ({ name, address }))).toEqual([
      { name: "Petra Lang", address: "petra@example.org" },
      { name: "Björn Säger", address: "bjoern@kunde.example" },
      { name: "", address: "carla@kunde.example" },
    ]);
    // line 3: To: "Petra Lang" <petra@example.org>,
    expect(mail.to[0].range).toEqual({ start: { line: 3, column: 19 }, end: { line: 3, column: 36 } });
    // line 4 (continuation): " =?ISO-8859-1?Q?Bj=F6rn_S=E4ger?= <bjoern@kunde.example>,"
    expect(mail.to[1].range?.start).toEqual({ line: 4, column: 36 });
    // line 5 starts with a tab: "\tcarla@kunde.example"
    expect(mail.to[2].range).toEqual({ start: { line: 5, column: 2 }, end: { line: 5, column: 21 } });
    expect(mail.cc.map((mailbox) => mailbox.address)).toEqual(["anna@firma.example", "ben@firma.example"]);
    expect(mail.cc[1].range?.start).toEqual({ line: 6, column: 38 });
    expect(mail.bcc.map((mailbox) => mailbox.address)).toEqual(["chef@firma.example"]);
  });

  it("keeps the raw Date text next to the parsed date, and the thread ids", async () => {
    const mail = await parse("headers.eml");
    expect(mail.dateText).toBe("Thu, 05 Mar 2026 16:30:00 +0100");
    expect(mail.date?.toISOString()).toBe("2026-03-05T15:30:00.000Z");
    expect(mail.inReplyTo).toBe("<abc@kunde.example>");
    expect(mail.references).toEqual(["<first@kunde.example>", "<abc@kunde.example>"]);
  });

  it("leaves date undefined (but keeps dateText) when the Date header does not parse", async () => {
    const mail = await parseEml(bytes("From: a@example.org\nDate: sometime next week\n\nHi\n"));
    expect(mail.date).toBeUndefined();
    expect(mail.dateText).toBe("sometime next week");
    expect(mail.references).toEqual([]);
    expect(mail.to).toEqual([]);
  });

  it("decodes windows-1252 encoded-words with their typographic characters", async () => {
    const mail = await parse("cp1252-qp.eml");
    expect(mail.subject).toBe("Angebot – Ihr Preis");
  });

  it("reads raw 8-bit Latin-1 header bytes as Latin-1, not as replacement characters", async () => {
    const mail = await parseEml(
      Uint8Array.from([...bytes("Subject: "), 0x47, 0x72, 0xfc, 0xdf, 0x65, ...bytes("\nFrom: a@example.org\n\nHallo\n")]),
    );
    expect(mail.subject).toBe("Grüße");
    expect(mail.headers[0].value).toBe("Grüße");
  });
});

describe("parseEml: bodies", () => {
  it("decodes quoted-printable with soft line breaks", async () => {
    const mail = await parse("qp-soft-break.eml");
    expect(mail.bodySource).toBe("text");
    expect(mail.body).toContain("etwa zwei Wochen, sagt unser Lieferant.");
    expect(mail.body).toContain("Viele Grüße\nAnna\n");
  });

  it("normalises CRLF to LF", async () => {
    const mail = await parse("crlf-plain.eml");
    expect(mail.body).toBe(
      "Hi Jordan,\n\nThanks for your patience.\nWe will talk on Wednesday about the refund.\n\nBest,\nSam\n",
    );
  });

  it("decodes base64 UTF-8", async () => {
    const mail = await parse("base64-utf8.eml");
    expect(mail.body).toBe("Guten Tag,\n\nbitte prüfen Sie den Entwurf bis Freitag.\nDanke!\n");
  });

  it("decodes 8-bit ISO-8859-1 and a Latin-1 encoded-word subject", async () => {
    const mail = await parse("latin1-8bit.eml");
    expect(mail.subject).toBe("Rückfrage");
    expect(mail.from?.name).toBe("Jürgen Schmidt");
    expect(mail.body).toBe("Sehr geehrte Frau Weiß,\n\nIhre Rücksendung ist angekommen. Wir prüfen sie.\n");
  });

  it("decodes windows-1252 quoted-printable with euro sign and German quotes", async () => {
    const mail = await parse("cp1252-qp.eml");
    expect(mail.body).toBe("Der Preis beträgt 120 € netto. Das ist „ein Angebot“, kein Versprechen.\n");
  });

  it("prefers text/plain in multipart/alternative", async () => {
    const mail = await parse("multipart-alternative.eml");
    expect(mail.bodySource).toBe("text");
    expect(mail.body).toBe("Hallo Herr Jung,\nwir sprechen am Mittwoch über das Angebot.\nGruß, Lea\n\n");
    expect(mail.body).not.toContain("<p>");
  });

  it("takes the text of the HTML part when there is no text/plain", async () => {
    const mail = await parse("html-only.eml");
    expect(mail.bodySource).toBe("html");
    expect(mail.body).toContain("die Lieferung kommt bald.");
    expect(mail.body).toContain("Sie erhalten eine Bestätigung per Mail.");
    expect(mail.body).not.toMatch(/<\/?p>|<b>/);
  });

  it("unfolds format=flowed text but keeps the signature separator", async () => {
    const mail = await parse("flowed.eml");
    expect(mail.body).toBe("Wir liefern die Ware so schnell wie möglich, spätestens aber nächste Woche.\n\n-- \nTom\n");
  });

  it("gives an empty text body for a message without any text part", async () => {
    const mail = await parseEml(
      bytes("From: a@example.org\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERg==\n"),
    );
    expect(mail.body).toBe("");
    expect(mail.bodySource).toBe("text");
    expect(mail.position(0)).toEqual({ line: 5, column: 1 });
    expect(mail.attachments).toEqual([{ filename: null, mimeType: "application/pdf" }]);
  });
});

describe("parseEml: attachments", () => {
  it("lists real attachments with decoded names, not the body part or inline images", async () => {
    const mail = await parse("attachments.eml");
    expect(mail.body).toBe("Anbei die Rechnung.\n");
    expect(mail.attachments).toEqual([{ filename: "Rechnung März.pdf", mimeType: "application/pdf" }]);
  });

  it("lists no attachments for a plain mail", async () => {
    expect((await parse("qp-soft-break.eml")).attachments).toEqual([]);
  });
});

describe("parseEml: what is not a mail", () => {
  const rejects = async (input: Uint8Array, message: RegExp): Promise<void> => {
    const error = await parseEml(input).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toMatch(message);
  };

  it("rejects an empty file", async () => {
    await rejects(new Uint8Array(0), /empty/);
    await rejects(bytes("\n\n"), /empty/);
  });

  it("rejects text without a header block, naming the line", async () => {
    await rejects(bytes("Hello Bob,\n\nthanks for the call.\n"), /not an e-mail: line 1 .*Hello Bob/);
  });

  it("rejects binary data", async () => {
    await rejects(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /not an e-mail|binary/);
    await rejects(Uint8Array.from([...bytes("X-Data: a"), 0, 0x01, ...bytes("\n\nbody\n")]), /binary data/);
  });

  it("wraps postal-mime's own errors (here: nesting too deep) in a ParseError", async () => {
    let nested = "From: a@example.org\nContent-Type: multipart/mixed; boundary=b0\n\n";
    for (let depth = 1; depth <= 300; depth++) nested += `--b${depth - 1}\nContent-Type: multipart/mixed; boundary=b${depth}\n\n`;
    await rejects(bytes(nested), /Cannot parse this e-mail: .*nesting/i);
  });

  it("accepts a file that starts with a UTF-8 byte order mark, without counting it as a column", async () => {
    const mail = await parseEml(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("From: a@example.org\nTo: b@example.org\n\nHallo\n")]));
    expect(mail.from?.address).toBe("a@example.org");
    expect(mail.headers[0]).toMatchObject({ name: "from", range: { start: { line: 1, column: 1 } } });
    expect(mail.position(0)).toEqual({ line: 4, column: 1 });
  });

  it("accepts a message after an mbox 'From ' separator line", async () => {
    const mail = await parseEml(bytes("From sender@example.org Thu Mar  5 10:00:00 2026\nFrom: a@example.org\n\nHallo\n"));
    expect(mail.from?.address).toBe("a@example.org");
    expect(mail.body).toBe("Hallo\n");
  });
});
