// The language server's edits, in-process: a suggestion in an .eml becomes an edit only where it
// maps onto the file exactly (quoted-printable, base64, 8bit), and "disable <rule> for this file"
// in each format's form really disables the rule when linted again.
import { TextDocument } from "vscode-languageserver-textdocument";
import { lintText } from "../../src/index.js";
import type { LintMessage } from "../../src/types.js";
import { emlEditor } from "../../src/lsp/eml-edits.js";
import { disableRuleEdit } from "../../src/lsp/disable-edits.js";

const NOW = new Date("2026-11-25T12:00:00Z");

function mail(encoding: string, body: string[], charset = "utf-8"): string {
  return [
    "From: Anna <anna@shop.example>",
    "To: kunde@example.com",
    "Subject: Ihre Bestellung",
    "Date: Wed, 25 Nov 2026 10:00:00 +0100",
    "MIME-Version: 1.0",
    `Content-Type: text/plain; charset=${charset}`,
    `Content-Transfer-Encoding: ${encoding}`,
    "",
    ...body,
    "",
  ].join("\n");
}

const PLAIN = ["Guten Tag,", "", "wir melden uns zeitnah bei Ihnen. Die Rückzahlung kommt bald.", "", "Viele Grüße", "Anna"];

async function findings(text: string, filePath: string): Promise<LintMessage[]> {
  return (await lintText(text, { filePath: `/drafts/${filePath}`, now: NOW })).messages;
}

/** The edit the server would offer for a finding's first suggestion with a text, applied; undefined when none is offered. */
async function applySuggestion(text: string, finding: LintMessage): Promise<string | undefined> {
  const replacement = finding.suggestions?.find((s) => s.text !== undefined)?.text;
  expect(replacement).toBeDefined();
  const range = { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine!, column: finding.endColumn! } };
  const lspRange = { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine! - 1, character: finding.endColumn! - 1 } };
  const document = TextDocument.create("file:///drafts/x.eml", "eml", 1, text);
  const newText = (await emlEditor(text)).fileText(range, document.getText(lspRange), replacement!);
  return newText === undefined ? undefined : TextDocument.applyEdits(document, [{ range: lspRange, newText }]);
}

describe("lsp: suggestion edits in .eml files", () => {
  it("7bit/8bit: the edit replaces the words, and the fixed draft no longer has the finding", async () => {
    const text = mail("8bit", PLAIN);
    const [finding] = (await findings(text, "a.eml")).filter((m) => m.ruleId === "unconfirmed-promise");
    const fixed = await applySuggestion(text, finding);
    expect(fixed).toContain("wir melden uns bis Freitag, 04.12.2026 bei Ihnen.");
    // The fixed words are no finding any more; the second promise on the line ("kommt bald") still is.
    expect((await findings(fixed!, "a.eml")).filter((m) => m.line === finding.line && m.column === finding.column && m.ruleId === "unconfirmed-promise")).toEqual([]);
  });

  it("quoted-printable: plain text in the range is replaced; the decoded draft reads the suggestion", async () => {
    const text = mail("quoted-printable", ["Guten Tag,", "", "wir melden uns zeitnah bei Ihnen. Die R=C3=BCckzahlung folgt.", "", "Viele Gr=C3=BC=C3=9Fe"]);
    const [finding] = (await findings(text, "qp.eml")).filter((m) => m.ruleId === "unconfirmed-promise");
    expect(finding).toBeDefined();
    const fixed = await applySuggestion(text, finding);
    expect(fixed).toContain("wir melden uns bis Freitag, 04.12.2026 bei Ihnen. Die R=C3=BCckzahlung folgt.");
    expect((await findings(fixed!, "qp.eml")).filter((m) => m.ruleId === "unconfirmed-promise" && m.column === finding.column)).toEqual([]);
  });

  it("quoted-printable: a range holding an =XX escape or a soft line break gets no edit", async () => {
    const escaped = mail("quoted-printable", ["Guten Tag,", "", "wir melden uns in K=C3=BCrze bei Ihnen.", "", "Anna"]);
    const [inEscape] = (await findings(escaped, "qp.eml")).filter((m) => m.ruleId === "unconfirmed-promise");
    expect(inEscape.suggestions?.some((s) => s.text)).toBe(true);
    expect(await applySuggestion(escaped, inEscape)).toBeUndefined();

    const softBreak = mail("quoted-printable", ["Guten Tag,", "", "wir melden uns zeit=", "nah bei Ihnen.", "", "Anna"]);
    const [acrossBreak] = (await findings(softBreak, "qp.eml")).filter((m) => m.ruleId === "unconfirmed-promise");
    expect(acrossBreak.line).not.toBe(acrossBreak.endLine);
    expect(await applySuggestion(softBreak, acrossBreak)).toBeUndefined();
  });

  it("quoted-printable: a replacement with non-ASCII characters is written encoded in a UTF-8 part, not at all in another charset", async () => {
    const text = mail("quoted-printable", ["Guten Tag,", "", "wir melden uns zeitnah bei Ihnen.", "", "Anna"]);
    const at = { start: { line: 11, column: 16 }, end: { line: 11, column: 23 } };
    expect((await emlEditor(text)).fileText(at, "zeitnah", "bis März")).toBe("bis M=C3=A4rz");
    const latin1 = mail("quoted-printable", ["Guten Tag,", "", "wir melden uns zeitnah bei Ihnen.", "", "Anna"], "iso-8859-1");
    expect((await emlEditor(latin1)).fileText(at, "zeitnah", "bis März")).toBeUndefined();
    expect((await emlEditor(latin1)).fileText(at, "zeitnah", "bis Freitag")).toBe("bis Freitag");
  });

  it("base64: no edit is offered", async () => {
    const body = Buffer.from(PLAIN.join("\n") + "\n", "utf8").toString("base64").match(/.{1,76}/g)!;
    const text = mail("base64", body);
    const [finding] = (await findings(text, "b64.eml")).filter((m) => m.ruleId === "unconfirmed-promise");
    expect(finding.suggestions?.some((s) => s.text)).toBe(true);
    expect(await applySuggestion(text, finding)).toBeUndefined();
  });
});

describe("lsp: disable <rule> for this file", () => {
  const promise = "Wir melden uns zeitnah bei Ihnen.\n";

  async function disabledBy(text: string, file: string, rule = "unconfirmed-promise"): Promise<string> {
    const before = (await findings(text, file)).find((m) => m.ruleId === rule)!;
    expect(before).toBeDefined();
    const edit = disableRuleEdit(text, (file.endsWith(".eml") ? "eml" : file.endsWith(".md") ? "markdown" : "text"), rule, before.line - 1);
    expect(edit).toBeDefined();
    const fixed = TextDocument.applyEdits(TextDocument.create("file:///x", "x", 1, text), [edit!]);
    // The rule is off, and the directive is not reported as unused.
    expect(await findings(fixed, file)).toEqual((await findings(text, file)).filter((m) => m.ruleId !== rule));
    return fixed;
  }

  it("Markdown: a comment at the top, after the front matter", async () => {
    expect(await disabledBy(`# Lieferung\n\n${promise}`, "a.md")).toBe(`<!-- mail-lint-disable unconfirmed-promise -->\n# Lieferung\n\n${promise}`);
    expect(await disabledBy(`---\nsubject: Lieferung\n---\n${promise}`, "b.md")).toBe(
      `---\nsubject: Lieferung\n---\n<!-- mail-lint-disable unconfirmed-promise -->\n${promise}`,
    );
  });

  it("plain text: the front matter key, added with its front matter when missing, appended to an existing list", async () => {
    expect(await disabledBy(promise, "a.txt")).toBe(`---\nx-mail-lint-disable: unconfirmed-promise\n---\n${promise}`);
    expect(await disabledBy(`---\nsubject: Hallo\n---\n${promise}`, "b.txt")).toBe(`---\nsubject: Hallo\nx-mail-lint-disable: unconfirmed-promise\n---\n${promise}`);
    expect(await disabledBy(`---\nx-mail-lint-disable: no-shouting -- Produktname\n---\n${promise}Das ist der SUPER SALE HEUTE NUR!\n`, "c.txt")).toContain(
      "x-mail-lint-disable: no-shouting, unconfirmed-promise -- Produktname\n",
    );
  });

  it(".eml: the X-Mail-Lint-Disable header, in the file's line ends", async () => {
    const text = mail("8bit", PLAIN).replace(/\n/g, "\r\n");
    const fixed = await disabledBy(text, "a.eml");
    expect(fixed).toContain("Content-Transfer-Encoding: 8bit\r\nX-Mail-Lint-Disable: unconfirmed-promise\r\n\r\nGuten Tag,");
  });

  it("no edit for a directive it cannot extend safely", () => {
    const folded = "From: a@b.example\nX-Mail-Lint-Disable: no-shouting,\n no-insult\nSubject: x\n\nHallo\n";
    expect(disableRuleEdit(folded, "eml", "unconfirmed-promise", 5)).toBeUndefined();
    const quoted = `---\nx-mail-lint-disable: "no-shouting"\n---\n${promise}`;
    expect(disableRuleEdit(quoted, "text", "unconfirmed-promise", 3)).toBeUndefined();
  });
});
