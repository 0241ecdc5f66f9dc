import { RuleTester, lintText } from "../../../src/index.js";
import rule, { isEmptySubject, subjectText } from "../../../rules/hygiene/empty-subject.js";

/** An .eml with the given Subject header line, or none when `subject` is undefined. */
function eml(subject: string | undefined, body = "Hallo Anna,\n\ndas Angebot gilt bis Freitag.\n"): string {
  const subjectLine = subject === undefined ? "" : `Subject: ${subject}\n`;
  return `From: Max Muster <max@firma.example>\nTo: Anna Berg <anna.berg@kunde.example>\n${subjectLine}Content-Type: text/plain; charset=utf-8\n\n${body}`;
}

describe("empty-subject parts", () => {
  it("strips reply and forward prefixes", () => {
    expect(subjectText("Re: AW: Fwd: Angebot 4711")).toBe("Angebot 4711");
    expect(subjectText("WG: Re[2]: Termin")).toBe("Termin");
  });

  it("tells empty subjects from short ones", () => {
    expect(isEmptySubject(undefined)).toBe(true);
    expect(isEmptySubject("   ")).toBe(true);
    expect(isEmptySubject("Re:")).toBe(true);
    expect(isEmptySubject("AW: WG: ")).toBe(true);
    expect(isEmptySubject("Fwd: -")).toBe(true);
    expect(isEmptySubject("Re: 4711")).toBe(false);
    expect(isEmptySubject("Reise")).toBe(false);
    expect(isEmptySubject("Aw, shucks")).toBe(false);
  });
});

new RuleTester().run(rule, {
  valid: [
    { name: "a subject", filename: "draft.eml", code: eml("Angebot 4711") },
    { name: "a reply with a topic", filename: "draft.eml", code: eml("AW: Angebot 4711") },
    { name: "a subject that starts like a prefix", filename: "draft.eml", code: eml("Rechnung: Re-Design") },
    { name: "a template without a subject (rule is for .eml only)", filename: "reply.md", code: "Hallo Anna,\n\ndanke.\n" },
    { name: "a text template without a subject", filename: "reply.txt", code: "Hi Anna,\n\nthanks.\n" },
  ],
  invalid: [
    {
      name: "no Subject header",
      filename: "draft.eml",
      code: eml(undefined),
      errors: [{ message: /^Die Mail hat keinen Betreff\..*nennen Sie das Thema/, line: 1, column: 1, severity: 1 }],
    },
    {
      name: "an empty Subject header",
      filename: "draft.eml",
      code: eml(""),
      errors: [{ message: /^Die Mail hat keinen Betreff/, line: 3, column: 1 }],
    },
    {
      name: "only 'Re:'",
      filename: "draft.eml",
      code: eml("Re:", "Hi Anna,\n\nthanks for the offer, see you on Monday.\n"),
      errors: [{ message: /^The subject is only "Re:", "AW:" or "Fwd:"\..*name the topic/, line: 3, column: 1 }],
    },
    {
      name: "only 'AW: WG:'",
      filename: "draft.eml",
      code: eml("AW: WG:"),
      errors: [{ message: /^Der Betreff besteht nur aus/, line: 3 }],
    },
  ],
});

describe("empty-subject with the default configuration", () => {
  it("does not run on templates", async () => {
    const result = await lintText("Hallo Anna,\n\ndanke.\n", { filePath: "reply.md", config: {} });
    expect(result.messages.filter((m) => m.ruleId === "empty-subject")).toEqual([]);
  });

  it("warns on an .eml", async () => {
    const result = await lintText(eml("Re:"), { filePath: "draft.eml", config: {} });
    expect(result.messages.filter((m) => m.ruleId === "empty-subject").map((m) => m.severity)).toEqual([1]);
  });
});
