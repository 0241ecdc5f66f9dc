// internal-content: people the mail itself introduces as the reader's own (family, the reader's
// colleagues) are called by name without it being an aside ("Ihr Sohn Max hat angerufen. Max, wir
// haben dein Paket gefunden!"). Roles we give the reader ("Ihr Ansprechpartner Max", "your account
// manager Sarah") are our people: asking them something in front of the customer still is one.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import { mail } from "./support-drafts.js";

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    ["de", "Ihr Sohn Max hat gestern angerufen. Max, wir haben dein Paket gefunden!"],
    ["de", "Ihre Kollegin Frau Berger hat uns geschrieben. Berger, bitte?"],
    ["de", "Ihre Tochter Lena war heute im Laden. Lena, kannst du das Ladekabel am Montag abholen?"],
    ["en", "Your colleague Sarah asked about the invoice. Sarah, could you confirm the delivery address?"],
    ["en", "Your son Jamie called this morning. Jamie, do you still have the receipt?"],
    ["en", "Your assistant, Priya, sent the form. Priya, can you check the second page?"],
  ].map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language as "de" | "en", line) })),
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
  })),
});
