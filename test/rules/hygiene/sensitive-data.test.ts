import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RuleTester, lintText } from "../../../src/index.js";
import rule, { hasCardIssuerPrefix, isValidIban, looksLikeSecret, maskAllButLast4, passesLuhn } from "../../../rules/hygiene/sensitive-data.js";

// The IBAN from the German banking examples and its twin with one changed digit.
const IBAN = "DE89 3704 0044 0532 0130 00";
const IBAN_BAD_CHECKSUM = "DE89 3704 0044 0532 0130 01";
// The public test card numbers of Visa, Mastercard and American Express.
const VISA = "4111 1111 1111 1111";
const MASTERCARD = "5500-0055-5555-5559";
const AMEX = "378282246310005";

function eml(body: string, to = "Anna Berg <anna.berg@kunde.example>"): string {
  return `From: Max Muster <max@firma.example>\nTo: ${to}\nSubject: Zahlung\nContent-Type: text/plain; charset=utf-8\n\n${body}`;
}
const BODY = 6;

describe("sensitive-data checks", () => {
  it("accepts IBANs whose mod-97 check holds, with or without spaces", () => {
    expect(isValidIban(IBAN)).toBe(true);
    expect(isValidIban(IBAN.replaceAll(" ", ""))).toBe(true);
    expect(isValidIban("GB82 WEST 1234 5698 7654 32")).toBe(true);
    expect(isValidIban(IBAN_BAD_CHECKSUM)).toBe(false);
    // Right checksum arithmetic does not help a German IBAN of the wrong length.
    expect(isValidIban("DE89 3704 0044 0532 0130")).toBe(false);
  });

  it("knows every country of the IBAN registry, and national check digits", () => {
    expect(isValidIban("SA03 8000 0000 6080 1016 7519")).toBe(true);
    // Right mod-97 arithmetic, but the United States have no IBAN, and the French RIB key is wrong.
    expect(isValidIban("US64 SVBK US6S 3300 9588 79")).toBe(false);
    expect(isValidIban("FR84 2004 1010 0505 0001 3M02 607")).toBe(false);
  });

  it("checks Luhn and the issuer prefix", () => {
    expect(passesLuhn(VISA.replaceAll(" ", ""))).toBe(true);
    expect(passesLuhn("4111111111111112")).toBe(false);
    expect(hasCardIssuerPrefix(AMEX)).toBe(true);
    expect(hasCardIssuerPrefix("1234567890123452")).toBe(false); // Luhn-valid, but no card network starts with 1
    expect(hasCardIssuerPrefix("4111111111111")).toBe(true); // 13-digit Visa
    expect(hasCardIssuerPrefix("41111111111111")).toBe(false); // Visa never has 14 digits
  });

  it("masks all but the last four characters", () => {
    expect(maskAllButLast4(IBAN)).toBe("******************3000");
    expect(maskAllButLast4(VISA)).toBe("************1111");
    expect(maskAllButLast4("123")).toBe("123");
  });

  it("tells secrets from prose after a password label", () => {
    expect(looksLikeSecret("Sommer2024!", "passwort")).toBe(true);
    expect(looksLikeSecret("xK#p", "password")).toBe(true);
    expect(looksLikeSecret("incorrect", "password")).toBe(false);
    expect(looksLikeSecret("Sommeraktion", "kennwort")).toBe(false);
    expect(looksLikeSecret("********", "password")).toBe(false);
    expect(looksLikeSecret("{{password}}", "password")).toBe(false);
    expect(looksLikeSecret("4711", "pin")).toBe(true);
    expect(looksLikeSecret("abcd", "pin")).toBe(false);
  });
});

new RuleTester().run(rule, {
  valid: [
    { name: "an IBAN-shaped string that fails mod-97", filename: "draft.eml", code: eml(`Hallo Anna,\n\nbitte auf ${IBAN_BAD_CHECKSUM} überweisen.\n`) },
    { name: "a 16-digit order number that fails Luhn", filename: "draft.eml", code: eml("Hi Anna,\n\nyour order 4111 1111 1111 1112 has shipped.\n") },
    { name: "a Luhn-valid number no card network issues", filename: "draft.eml", code: eml("Hi Anna,\n\nyour reference is 1234 5678 9012 3452.\n") },
    { name: "a Luhn-valid card-like number labelled as an order number", filename: "draft.eml", code: eml(`Hallo Anna,\n\nIhre Bestellnummer: ${VISA}\n`) },
    { name: "a phone number", filename: "draft.eml", code: eml("Hi Anna,\n\ncall me at +49 4111 1111 1111 1111.\n") },
    { name: "a date and an amount", filename: "draft.eml", code: eml("Hi Anna,\n\non 2026-11-27 we pay 4.111.111.111,11 EUR.\n") },
    { name: "an IBAN in the signature (the company's own account)", filename: "draft.eml", code: eml(`Hallo Anna,\n\ndanke.\n\n-- \nFirma GmbH\nIBAN: ${IBAN}\n`) },
    { name: "an IBAN listed in allowIbans", filename: "draft.eml", options: { allowIbans: [IBAN.replaceAll(" ", "")] }, code: eml(`Hallo Anna,\n\nbitte auf ${IBAN} überweisen.\n`) },
    { name: "a card number in the quoted history", filename: "draft.eml", code: eml(`Hi Anna,\n\nthanks.\n\nOn Tue, 24 Nov 2026 at 10:00, Anna Berg <anna.berg@kunde.example> wrote:\n> My card is ${VISA}\n`) },
    { name: "password talk without a password", filename: "draft.eml", code: eml("Hi Anna,\n\nyour password is incorrect. Password: see the SMS we sent.\nUse the password reset link.\n") },
    { name: "a masked password", filename: "draft.eml", code: eml("Hallo Anna,\n\nPasswort: ********\n") },
    { name: "'Kennwort' as a transfer reference", filename: "draft.eml", code: eml("Hallo Anna,\n\nbitte überweisen Sie mit dem Kennwort: Sommerfest\n") },
    { name: "a password placeholder in a template", filename: "reply.txt", code: "Hallo,\n\nIhr Passwort: {{password}}\n" },
  ],
  invalid: [
    {
      name: "a valid IBAN, external recipient: error, masked",
      filename: "draft.eml",
      code: eml(`Hallo Anna,\n\nbitte auf ${IBAN} überweisen.\n`),
      errors: [{ message: /IBAN \(\*{18}3000\).*externe Empfänger/, line: BODY + 2, column: 11, endColumn: 38, severity: 2 }],
    },
    {
      name: "a valid IBAN, internal recipient only: warning",
      filename: "draft.eml",
      settings: { internalDomains: ["firma.example"] },
      code: eml(`Hi Tom,\n\nthe account is ${IBAN}.\n`, "Tom <tom@firma.example>"),
      errors: [{ message: /an IBAN \(\*{18}3000\)/, line: BODY + 2, column: 16, severity: 1 }],
    },
    {
      name: "a Visa test number with spaces",
      filename: "draft.eml",
      code: eml(`Hi Anna,\n\nplease charge my card ${VISA}, exp 12/28.\n`),
      errors: [{ message: /payment card number \(\*{12}1111\)/, line: BODY + 2, column: 23, endColumn: 42 }],
    },
    {
      name: "a Mastercard number with dashes and an Amex number in one run",
      filename: "draft.eml",
      code: eml(`Hi Anna,\n\ncards: ${MASTERCARD} and ${AMEX}.\n`),
      errors: [{ message: /\*{12}5559/, column: 8 }, { message: /\*{11}0005/, column: 32 }],
    },
    {
      name: "a card number followed by its security code",
      filename: "draft.eml",
      code: eml(`Hi Anna,\n\ncard ${VISA} 123\n`),
      errors: [{ message: /\*{12}1111/, column: 6, endColumn: 25 }],
    },
    {
      name: "password lines",
      filename: "draft.eml",
      code: eml("Hallo Anna,\n\nBenutzer: anna\nPasswort: Sommer2024!\nDas Kennwort lautet x7#kLm2.\n"),
      errors: [
        { message: /enthält ein Passwort/, line: BODY + 3, column: 11, endColumn: 22 },
        { message: /enthält ein Passwort/, line: BODY + 4, column: 21, endColumn: 28 },
      ],
    },
    {
      name: "the message never prints the password",
      filename: "draft.eml",
      code: eml("Hi Anna,\n\nyour password is Tr0ub4dor&3\n"),
      errors: [{ message: /^(?!.*Tr0ub4dor).*a password/ }],
    },
  ],
});

// Real mails from MIME-parser test suites (see /work/shared/data/eml_fixtures/SOURCE.md): none of them
// contains a real account number, card number or password, so every finding there would be a false positive.
const FIXTURES = fileURLToPath(new URL("../../../../shared/data/eml_fixtures/files/", import.meta.url));

describe.skipIf(!existsSync(FIXTURES))("sensitive-data on real mails", () => {
  it("stays silent on the shared .eml fixtures", async () => {
    const noisy: string[] = [];
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".eml"))) {
      const result = await lintText(readFileSync(path.join(FIXTURES, file)), { filePath: file, config: { rules: { "sensitive-data": "warn" } } });
      noisy.push(...result.messages.filter((m) => m.ruleId === "sensitive-data").map((m) => `${file}:${m.line}: ${m.message}`));
    }
    expect(noisy).toEqual([]);
  });
});
