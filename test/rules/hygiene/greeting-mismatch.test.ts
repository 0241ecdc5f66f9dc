import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RuleTester, lintText } from "../../../src/index.js";
import rule, { canonical, isRoleRecipient, nameFitsRecipient, parseGreeting } from "../../../rules/hygiene/greeting-mismatch.js";

function eml(to: string, body: string, cc?: string): string {
  return (
    `From: Max Muster <max@firma.example>\nTo: ${to}\n${cc ? `Cc: ${cc}\n` : ""}Subject: Angebot\n` +
    `Content-Type: text/plain; charset=utf-8\n\n${body}`
  );
}
const BODY = 6;

describe("greeting-mismatch parts", () => {
  const names = (line: string) => parseGreeting(line, 0).map((p) => p.names.join(" "));

  it("finds the names a greeting line addresses", () => {
    expect(names("Hallo Anna,")).toEqual(["Anna"]);
    expect(names("Sehr geehrte Frau Dr. von der Heide,")).toEqual(["Heide"]);
    expect(names("Dear Mr and Mrs Evans,")).toEqual(["Evans"]);
    expect(names("Hallo Anna und Tom!")).toEqual(["Anna", "Tom"]);
    expect(names("Sehr geehrte Frau Berg, sehr geehrter Herr Meier,")).toEqual(["Berg", "Meier"]);
    expect(names("Hi Anna-Lena, thanks for the call.")).toEqual(["Anna-Lena"]);
  });

  it("finds no person in group greetings and non-greetings", () => {
    for (const line of ["Hallo zusammen,", "Sehr geehrte Damen und Herren,", "Dear Sir or Madam,", "Liebe Kundin,",
      "Hi all,", "Dear Acme Support Team,", "Hallo,", "Danke Anna!", "Hallo {{first_name}}".replace(/\{\{\w+\}\}/, "              ")]) {
      expect(names(line), line).toEqual([]);
    }
  });

  it("folds umlauts and transliterations alike", () => {
    expect(canonical("Müller")).toBe(canonical("Mueller"));
    expect(canonical("Müller")).toBe("muller");
    expect(canonical("Strauß")).toBe("strauss");
  });

  it("matches names to display names, address parts, initials and short forms", () => {
    expect(nameFitsRecipient(["Anna"], { name: "", address: "anna.berg@kunde.example" })).toBe(true);
    expect(nameFitsRecipient(["Berg"], { name: "", address: "a.berg@kunde.example" })).toBe(true);
    expect(nameFitsRecipient(["Anna"], { name: "", address: "a.berg@kunde.example" })).toBe(true);
    expect(nameFitsRecipient(["Berg"], { name: "", address: "aberg@kunde.example" })).toBe(true);
    expect(nameFitsRecipient(["Müller"], { name: "", address: "jens.mueller@kunde.example" })).toBe(true);
    expect(nameFitsRecipient(["Bob"], { name: "Robert Smith", address: "rs@kunde.example" })).toBe(true);
    expect(nameFitsRecipient(["Alex"], { name: "Alexander Roth", address: "roth@kunde.example" })).toBe(true);
    expect(nameFitsRecipient(["Tom"], { name: "Anna Berg", address: "anna.berg@kunde.example" })).toBe(false);
    expect(nameFitsRecipient(["Berg"], { name: "", address: "ab@kunde.example" })).toBe(true);
    expect(nameFitsRecipient(["Tom"], { name: "", address: "a.berg@kunde.example" })).toBe(false);
    expect(nameFitsRecipient(["Tom"], { name: "", address: "ab@kunde.example" })).toBe(false);
  });

  it("recognises team mailboxes", () => {
    expect(isRoleRecipient({ name: "", address: "info@kunde.example" })).toBe(true);
    expect(isRoleRecipient({ name: "Acme Support", address: "help-desk@acme.example" })).toBe(true);
    expect(isRoleRecipient({ name: "Kunde GmbH", address: "zentrale@kunde.example" })).toBe(true);
    expect(isRoleRecipient({ name: "Anna Berg", address: "anna.berg@kunde.example" })).toBe(false);
  });
});

new RuleTester().run(rule, {
  valid: [
    { name: "first name in the display name", filename: "draft.eml", code: eml("Anna Berg <ab@kunde.example>", "Hallo Anna,\n\ndanke.\n") },
    { name: "surname with title", filename: "draft.eml", code: eml("Anna Berg <anna.berg@kunde.example>", "Liebe Frau Berg,\n\ndanke.\n") },
    { name: "English title and surname from the address", filename: "draft.eml", code: eml("<t.evans@client.example>", "Dear Mr Evans,\n\nthank you.\n") },
    { name: "short form of the first name", filename: "draft.eml", code: eml("Thomas Meier <t.meier@kunde.example>", "Hi Tom,\n\nthanks.\n") },
    { name: "the greeted person is in Cc", filename: "draft.eml", code: eml("Anna Berg <anna.berg@kunde.example>", "Hallo Anna und Tom,\n\ndanke.\n", "Tom Roth <tom.roth@kunde.example>") },
    { name: "a team mailbox among the recipients", filename: "draft.eml", code: eml("info@kunde.example", "Hallo Herr Meier,\n\ndanke.\n") },
    { name: "a group greeting", filename: "draft.eml", code: eml("Anna Berg <anna.berg@kunde.example>", "Hallo zusammen,\n\ndanke.\n") },
    { name: "a placeholder greeting in a template", filename: "reply.md", code: "---\nto: Anna Berg <anna.berg@kunde.example>\n---\nHallo {{first_name}},\n\ndanke.\n" },
    { name: "a template without recipients", filename: "reply.txt", code: "Hallo Tom,\n\ndanke.\n" },
    { name: "no greeting at all", filename: "draft.eml", code: eml("Anna Berg <anna.berg@kunde.example>", "Tom hat angerufen.\n") },
    {
      name: "a name in the quoted history's greeting",
      filename: "draft.eml",
      code: eml("Anna Berg <anna.berg@kunde.example>", "Hallo Anna,\n\ndanke.\n\nAm 24.11.2026 um 10:00 schrieb Anna Berg <anna.berg@kunde.example>:\n> Hallo Tom,\n> anbei.\n"),
    },
  ],
  invalid: [
    {
      name: "greets Tom in a mail to Anna",
      filename: "draft.eml",
      code: eml("Anna Berg <anna.berg@kunde.example>", "Hallo Tom,\n\ndanke für Ihre Nachricht.\n"),
      errors: [{ message: /Die Anrede nennt „Tom“, aber so heißt keiner der Empfänger \(Anna Berg\)/, line: BODY, column: 7, endColumn: 10, severity: 1 }],
    },
    {
      name: "English: Dear Mr Evans to Anna Berg",
      filename: "draft.eml",
      code: eml("Anna Berg <anna.berg@kunde.example>", "Dear Mr Evans,\n\nthank you for your order.\n"),
      errors: [{ message: /The greeting names "Evans", but no recipient has that name/, line: BODY, column: 9, endColumn: 14 }],
    },
    {
      name: "wrong surname with title, address only",
      filename: "draft.eml",
      code: eml("a.berg@kunde.example", "Liebe Frau Meier,\n\nvielen Dank.\n"),
      errors: [{ message: /„Meier“.*\(a\.berg@kunde\.example\)/, line: BODY, column: 12 }],
    },
    {
      name: "one of two greeted people is not a recipient",
      filename: "draft.eml",
      code: eml("Anna Berg <anna.berg@kunde.example>", "Hi Anna and Lisa,\n\nthanks.\n"),
      errors: [{ message: /"Lisa"/, line: BODY, column: 13 }],
    },
    {
      name: "a template with front matter recipients",
      filename: "reply.md",
      code: "---\nto: Anna Berg <anna.berg@kunde.example>\n---\nHallo Jens,\n\ndanke.\n",
      errors: [{ message: /„Jens“/, line: 4, column: 7 }],
    },
  ],
});

// Real mails from MIME-parser test suites (see /work/shared/data/eml_fixtures/SOURCE.md): none of them
// contains a real greeting that misses its recipients, so every finding there would be a false positive.
const FIXTURES = fileURLToPath(new URL("../../../../shared/data/eml_fixtures/files/", import.meta.url));

describe.skipIf(!existsSync(FIXTURES))("greeting-mismatch on real mails", () => {
  it("stays silent on the shared .eml fixtures", async () => {
    const noisy: string[] = [];
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".eml"))) {
      const result = await lintText(readFileSync(path.join(FIXTURES, file)), { filePath: file, config: { rules: { "greeting-mismatch": "warn" } } });
      noisy.push(...result.messages.filter((m) => m.ruleId === "greeting-mismatch").map((m) => `${file}:${m.line}: ${m.message}`));
    }
    expect(noisy).toEqual([]);
  });
});
