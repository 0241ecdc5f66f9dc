import { RuleTester, lintText } from "../../../src/index.js";
import rule from "../../../rules/hygiene/unresolved-placeholder.js";

function eml(body: string): string {
  return (
    "From: Max Muster <max@firma.example>\nTo: Anna Berg <anna.berg@kunde.example>\nSubject: Ihr Angebot\n" +
    `Content-Type: text/plain; charset=utf-8\n\n${body}`
  );
}
// Line of the first body line in eml(): four headers and a blank line come before it.
const BODY = 6;

new RuleTester().run(rule, {
  valid: [
    { name: "a finished draft", filename: "draft.eml", code: eml("Hallo Anna,\n\ndas Angebot gilt bis Freitag.\n\nGruß\nMax\n") },
    { name: "an address in angle brackets", filename: "draft.eml", code: eml("Hallo Anna,\n\nschreib an Tom <tom.meier@firma.example>.\n") },
    { name: "a footnote [1] and a task box [x]", filename: "draft.eml", code: eml("Hi Anna,\n\nthe price [1] is final.\n[x] done\n\n[1] incl. VAT\n") },
    { name: "editorial insertions in brackets", filename: "draft.eml", code: eml("Hi Anna,\n\nwe meet in CR [aka conference room] 5C1. Er sagte, dass [beim Thema Steuern] alles klar sei.\n") },
    { name: "an editorial [sic]", filename: "draft.eml", code: eml("Hi Anna,\n\nthe form says \"recieved\" [sic].\n") },
    { name: "a Markdown link [text](url)", filename: "draft.md", code: "Hi Anna,\n\nsee [the price list](https://example.com/prices).\n" },
    { name: "a Markdown reference link with its definition", filename: "draft.md", code: "Hi Anna,\n\nsee [Preisliste].\n\n[Preisliste]: https://example.com/preise\n" },
    { name: "inline HTML <br>", filename: "draft.md", code: "Hi Anna,<br>\nsee you.\n" },
    { name: "TODO inside a word or hyphenated", filename: "draft.eml", code: eml("Hi Anna,\n\nthe TODO-Liste app and TODOs are both fine, and mastodon too.\n") },
    { name: "lower-case todo and tbd as words", filename: "draft.eml", code: eml("Hi Anna,\n\nwhat is on your todo list?\n") },
    { name: "kisses 'xx' and a size XXL", filename: "draft.eml", code: eml("Hi Anna,\n\nthe XXL shirt is on its way.\n\nLove, Max xx\n") },
    {
      name: "placeholders only in the quoted history",
      filename: "draft.eml",
      code: eml("Hallo Anna,\n\ndanke.\n\nAm 24.11.2026 um 10:00 schrieb Anna Berg <anna.berg@kunde.example>:\n> Hallo {{first_name}}, TODO\n"),
    },
  ],
  invalid: [
    {
      name: "mustache placeholder",
      filename: "draft.eml",
      code: eml("Hallo {{first_name}},\n\ndanke für Ihre Anfrage.\n"),
      errors: [{ message: /„\{\{first_name\}\}“ ist nicht ersetzt/, line: BODY, column: 7, endColumn: 21, severity: 2 }],
    },
    {
      name: "single-brace and percent placeholders",
      filename: "draft.eml",
      code: eml("Dear {name},\n\nyour order %ORDER_ID% has shipped.\n"),
      errors: [
        { message: /"\{name\}" was never filled in/, line: BODY, column: 6 },
        { message: /"%ORDER_ID%"/, line: BODY + 2, column: 12 },
      ],
    },
    {
      name: "lower-case label naming what to insert",
      filename: "draft.eml",
      code: eml("Hi Anna,\n\nwe deliver on [insert date].\n"),
      errors: [{ message: /"\[insert date\]"/, line: BODY + 2, column: 15 }],
    },
    {
      name: "[Name] and <Kundenname>",
      filename: "draft.eml",
      code: eml("Hallo [Name],\n\nwir haben <Kundenname> informiert.\n"),
      errors: [
        { message: /„\[Name\]“/, line: BODY, column: 7, endColumn: 13 },
        { message: /„<Kundenname>“/, line: BODY + 2, column: 11 },
      ],
    },
    {
      name: "XXX amount and XX.XX.XXXX date",
      filename: "draft.eml",
      code: eml("Hallo Anna,\n\nder Betrag von XXX Euro ist am XX.XX.XXXX fällig.\n"),
      errors: [
        { message: /„XXX“/, line: BODY + 2, column: 16 },
        { message: /„XX\.XX\.XXXX“/, line: BODY + 2, column: 32 },
      ],
    },
    {
      name: "TODO and TBD notes",
      filename: "draft.eml",
      code: eml("Hi Anna,\n\nthe delivery date is TBD. TODO: check with Tom.\n"),
      errors: [{ message: /"TBD"/, column: 22 }, { message: /"TODO"/, column: 27 }],
    },
    {
      name: "Lorem ipsum",
      filename: "draft.eml",
      code: eml("Hi Anna,\n\nLorem ipsum dolor sit amet.\n"),
      errors: [{ message: /"Lorem ipsum"/, line: BODY + 2, column: 1, endColumn: 12 }],
    },
    {
      name: "a placeholder in the signature",
      filename: "draft.eml",
      code: eml("Hi Anna,\n\nsee you Monday.\n\n-- \n[Your Name]\nSales\n"),
      errors: [{ message: /"\[Your Name\]"/, line: BODY + 5, column: 1 }],
    },
  ],
});

describe("unresolved-placeholder with the default configuration", () => {
  const template = "Hallo {{first_name}},\n\nIhre Bestellung [Nummer] ist unterwegs. TODO\n";

  it("is off for templates, where placeholders belong", async () => {
    for (const filePath of ["reply.md", "reply.txt"]) {
      const result = await lintText(template, { filePath, config: {} });
      expect(result.messages.filter((m) => m.ruleId === "unresolved-placeholder")).toEqual([]);
    }
  });

  it("is an error for .eml drafts", async () => {
    const result = await lintText(eml(template), { filePath: "draft.eml", config: {} });
    const found = result.messages.filter((m) => m.ruleId === "unresolved-placeholder");
    expect(found.map((m) => m.severity)).toEqual([2, 2, 2]);
  });
});
