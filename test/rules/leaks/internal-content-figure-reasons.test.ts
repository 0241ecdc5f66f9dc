// internal-content: a cost named as the reason for a new price. The amount after "so"/"daher"
// opens a clause of its own and is the reader's price, not our cost; our cost with its own amount
// still leaks.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import { mail } from "./support-drafts.js";

new RuleTester().run(rule, {
  valid: [
    ["en", "Our costs for hosting have gone up, so the price rises by 5% from January."],
    ["en", "Our cost of materials has risen sharply; therefore the new price is £49 per unit."],
    ["de", "Unser Einkaufspreis ist gestiegen, daher kostet der Artikel ab Januar 49 EUR."],
    ["de", "Unsere Kosten sind gestiegen, deshalb erhöhen wir den Preis um 4 %."],
  ].map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language as "de" | "en", line) })),
  invalid: [
    ["en", "Our cost on this unit is £212, so the discount stays at 5%.", /internal figures/],
    ["de", "Unser Einkaufspreis liegt bei 12 EUR, daher gibt es keinen Rabatt.", /interne Zahlen|Zahlen/],
  ].map(([language, line, message]) => ({
    name: `${language}: ${line}`,
    filename: "d.eml",
    code: mail(language as "de" | "en", line as string),
    errors: [{ line: 9, message: message as RegExp }],
  })),
});
