// internal-content: people the mail itself introduces as the reader's own (family, the reader's
// colleagues) are called by name without it being an aside ("Ihr Sohn Max hat angerufen. Max, wir
// haben dein Paket gefunden!"). Roles we give the reader ("Ihr Ansprechpartner Max", "your account
// manager Sarah") are our people: asking them something in front of the customer still is one.
// When no reader's name shows at all (a role address, "Hello,"), a first name asked something may be
// the reader's: only words about someone in the third person, or a German "du", make it an aside.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import { FROM, mail } from "./support-drafts.js";

/** A reply to a role address with a greeting that names nobody: no reader's name shows. */
function toRoleAddress(language: "de" | "en", line: string): string {
  const body =
    language === "en"
      ? `Hello,\n\nthanks for your order 4471.\n${line}\nLet us know if anything else comes up.\n\nBest regards,\nTom Baker\n`
      : `Guten Tag,\n\ndanke für Ihre Bestellung 4471.\n${line}\nMelden Sie sich gern, wenn noch etwas offen ist.\n\nViele Grüße\nTom Baker\n`;
  return `${FROM}To: orders@clientco.example\nSubject: order 4471\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\n${body}`;
}

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    ["de", "Ihr Sohn Max hat gestern angerufen. Max, wir haben dein Paket gefunden!"],
    ["de", "Ihre Kollegin Frau Berger hat uns geschrieben. Berger, bitte?"],
    ["de", "Ihre Tochter Lena war heute im Laden. Lena, kannst du das Ladekabel am Montag abholen?"],
    ["en", "Your colleague Sarah asked about the invoice. Sarah, could you confirm the delivery address?"],
    ["en", "Your son Jamie called this morning. Jamie, do you still have the receipt?"],
    ["en", "Your assistant, Priya, sent the form. Priya, can you check the second page?"],
  ].map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language as "de" | "en", line) }))
    .concat(
      [
        ["en", "Sarah, could you confirm the delivery address for us?"],
        ["en", "Sarah, please send us the signed delivery note."],
        ["de", "Frau Lindner, könnten Sie uns die Lieferadresse bestätigen?"],
      ].map(([language, line]) => ({ name: `to a role address, ${language}: ${line}`, filename: "d.eml", code: toRoleAddress(language as "de" | "en", line) })),
    ),
  invalid: [
    ["de", "Ihr Ansprechpartner ist ab Montag Jonas. Jonas, kannst du die Akte übernehmen?", /Kollegen/],
    ["de", "Ihr Sohn hat angerufen. Jonas, kannst du die Akte übernehmen?", /Kollegen/],
    ["en", "Your account manager Ravi will be in touch. Ravi, do you know if the stock has arrived?", /colleagues/],
    ["en", "Your son called this morning. Ravi, do you know if the stock has arrived?", /colleagues/],
  ].map(([language, line, message]) => ({
    name: `${language}: ${line}`,
    filename: "d.eml",
    code: mail(language as "de" | "en", line as string),
    errors: [{ line: 9, message: message as RegExp }],
  })).concat(
    [
      ["en", "Sarah, she has cancelled twice already, so no goodwill.", /colleagues/],
      ["de", "Jonas, kannst du die Akte übernehmen? Die Kundin hat schon zweimal storniert.", /Kollegen/],
    ].map(([language, line, message]) => ({
      name: `to a role address, ${language}: ${line}`,
      filename: "d.eml",
      code: toRoleAddress(language as "de" | "en", line as string),
      errors: [{ line: 9, message: message as RegExp }],
    })),
  ),
});

