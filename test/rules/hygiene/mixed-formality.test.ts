import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RuleTester, lintText } from "../../../src/index.js";
import rule, { outOfRegister, type AddressForm } from "../../../rules/hygiene/mixed-formality.js";

function eml(body: string): string {
  return `From: Max Muster <max@firma.example>\nTo: Anna Berg <anna.berg@kunde.example>\nSubject: Termin\nContent-Type: text/plain; charset=utf-8\n\n${body}`;
}
const BODY = 6;
/** 1-based column of `word` (as a whole word) in `line`. */
const columnOf = (line: string, word: string) => line.search(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, "u")) + 1;
const FORMAL_WITH_DIR = "vielen Dank für Ihre Anfrage. Gerne schicke ich dir das Angebot, damit Sie planen können.";
const INFORMAL_WITH_IHNEN = "ich schicke dir morgen das Angebot. Wenn es Ihnen passt, ruf mich an, dann besprechen wir dein Projekt.";
const INFORMAL_WITH_SIE = "kannst du mir helfen? Dann rufen Sie mich an. Ich danke dir und deinem Team.";
const FORMAL_WITH_DU = "wir haben Ihre Unterlagen erhalten und melden uns bei Ihnen. Du kannst uns jederzeit anrufen.";

describe("mixed-formality register choice", () => {
  const form = (register: AddressForm["register"], start: number): AddressForm => ({ register, start, end: start + 3, text: "x" });

  it("reports the register used less often", () => {
    const found = outOfRegister([form("formal", 0), form("informal", 10), form("formal", 20)]);
    expect(found?.usual).toBe("formal");
    expect(found?.odd.map((f) => f.start)).toEqual([10]);
  });

  it("on a tie, reports the register the text switched to", () => {
    expect(outOfRegister([form("informal", 0), form("formal", 10)])?.odd.map((f) => f.start)).toEqual([10]);
  });

  it("finds nothing when only one register is used", () => {
    expect(outOfRegister([form("formal", 0), form("formal", 10)])).toBeUndefined();
  });
});

new RuleTester().run(rule, {
  valid: [
    { name: "consistently formal", filename: "draft.eml", code: eml("Sehr geehrte Frau Berg,\n\ngerne sende ich Ihnen das Angebot. Rufen Sie mich an, wenn Ihr Team Fragen hat.\n") },
    { name: "consistently informal", filename: "draft.eml", code: eml("Hallo Anna,\n\nich schicke dir das Angebot. Ruf mich an, wenn dein Team Fragen hat. Du bist die Beste.\n") },
    {
      name: "'Sie' at the start of a sentence about a third party",
      filename: "draft.eml",
      code: eml("Hallo Anna,\n\ndie Kundin war heute da. Sie hat angerufen und wollte dich sprechen. Ihr Paket ist noch nicht angekommen.\n"),
    },
    { name: "'Ihr' as the capitalised informal plural", filename: "draft.eml", code: eml("Hallo ihr beiden,\n\nhabt Ihr am Freitag Zeit? Ich würde euch gern einladen. Könnt Ihr kurz Bescheid geben?\n") },
    { name: "'Ihr' + verb is the informal plural pronoun", filename: "draft.eml", code: eml("Hallo zusammen,\n\nbis Freitag entscheidet Ihr das bitte. Tom, ich danke dir für die Vorlage.\n") },
    { name: "'euch' (a group) next to 'Sie' (one person) is no mix", filename: "draft.eml", code: eml("Liebe Kollegen,\n\nich danke euch allen. Frau Berg, könnten Sie bitte die Liste schicken?\n") },
    { name: "'das Du anbieten' in a formal mail", filename: "draft.eml", code: eml("Liebe Frau Berg,\n\nich freue mich, wenn wir beim Du bleiben dürfen, falls Sie einverstanden sind. Ich biete Ihnen gern das Du an.\n") },
    { name: "'ach du' as an exclamation in a formal mail", filename: "draft.eml", code: eml("Sehr geehrte Frau Berg,\n\nach du Schreck, das Paket ist verschwunden! Wir senden Ihnen sofort Ersatz.\n") },
    { name: "reported speech in quotation marks", filename: "draft.eml", code: eml("Hallo Anna,\n\nTom hat gefragt: „Können Sie mir helfen?“ Was meinst du dazu?\n") },
    { name: "a formal quoted history under an informal reply", filename: "draft.eml", code: eml("Hallo Anna,\n\ndanke dir!\n\nAm 24.11.2026 um 10:00 schrieb Anna Berg <anna.berg@kunde.example>:\n> Können Sie mir das Angebot schicken?\n") },
    { name: "English text with 'Sie' and 'du' as foreign words", filename: "draft.eml", code: eml("Hi Anna,\n\nthe German words Sie and du are forms of address. I will send you the list.\n") },
    { name: "lower-case 'sie' and 'ihr' (she, her, their) in an informal mail", filename: "draft.eml", code: eml("Hallo Anna,\n\nich habe mit Lisa gesprochen: sie meint, ihr Vorschlag passt dir sicher.\n") },
  ],
  invalid: [
    {
      name: "formal mail with one 'dir'",
      filename: "draft.eml",
      code: eml(`Sehr geehrte Frau Berg,\n\n${FORMAL_WITH_DIR}\n`),
      errors: [{ message: /„dir“ duzt den Leser, obwohl die Mail ihn sonst siezt \(2-mal\).*„Ihnen“/, line: BODY + 2, column: columnOf(FORMAL_WITH_DIR, "dir"), endColumn: columnOf(FORMAL_WITH_DIR, "dir") + 3, severity: 1 }],
    },
    {
      name: "informal mail with one 'Ihnen'",
      filename: "draft.eml",
      code: eml(`Hallo Anna,\n\n${INFORMAL_WITH_IHNEN}\n`),
      errors: [{ message: /„Ihnen“ siezt den Leser, obwohl die Mail ihn sonst duzt \(2-mal\).*„dir“/, line: BODY + 2, column: columnOf(INFORMAL_WITH_IHNEN, "Ihnen") }],
    },
    {
      name: "formal 'Sie' in the middle of an informal mail",
      filename: "draft.eml",
      code: eml(`Hallo Anna,\n\n${INFORMAL_WITH_SIE}\n`),
      errors: [{ message: /„Sie“ siezt den Leser.*formulieren Sie den Satz mit „du“/, line: BODY + 2, column: columnOf(INFORMAL_WITH_SIE, "Sie") }],
    },
    {
      name: "'Ihr' before an adjective and a noun is the formal possessive",
      filename: "draft.eml",
      code: eml("Hallo Anna,\n\nich schicke dir das Angebot. Ist Ihr neues Konto schon aktiv? Melde dich, wenn du Fragen hast.\n"),
      errors: [{ message: /„Ihr“ siezt.*schreiben Sie „dein“/, line: BODY + 2 }],
    },
    {
      name: "'du' at the start of a sentence is still informal",
      filename: "draft.eml",
      code: eml(`Guten Tag Frau Berg,\n\n${FORMAL_WITH_DU}\n`),
      errors: [{ message: /„Du“ duzt/, line: BODY + 2, column: columnOf(FORMAL_WITH_DU, "Du") }],
    },
  ],
});

// Real mails from MIME-parser test suites (see /work/shared/data/eml_fixtures/SOURCE.md): none of them
// contains a real mix of "Sie" and "du", so every finding there would be a false positive.
const FIXTURES = fileURLToPath(new URL("../../../../shared/data/eml_fixtures/files/", import.meta.url));

describe.skipIf(!existsSync(FIXTURES))("mixed-formality on real mails", () => {
  it("stays silent on the shared .eml fixtures", async () => {
    const noisy: string[] = [];
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".eml"))) {
      const result = await lintText(readFileSync(path.join(FIXTURES, file)), { filePath: file, config: { rules: { "mixed-formality": "warn" } } });
      noisy.push(...result.messages.filter((m) => m.ruleId === "mixed-formality").map((m) => `${file}:${m.line}: ${m.message}`));
    }
    expect(noisy).toEqual([]);
  });
});
