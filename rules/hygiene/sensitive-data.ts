// sensitive-data: bank account numbers (IBAN), payment card numbers and passwords written
// into a mail. Mail is stored on many servers and forwarded freely; whoever reads it later
// can use them. Candidates are checked before they are reported (IBAN registry format and check digits, card Luhn and
// issuer prefix), so an order number that merely looks like a card number stays silent.
// The message never repeats the secret: numbers are masked to their last four characters.
import { isValidIBAN } from "ibantools";
import type { Language, Rule, RuleContext, Suggestion, Zone } from "../../src/rule-api.js";

export type SensitiveKind = "iban" | "card" | "password";

export interface SensitiveFinding {
  kind: SensitiveKind;
  start: number;
  end: number;
  /** The number without separators; for passwords, the password. Never printed. */
  value: string;
}

// Country code, check digits, then 11-30 letters/digits, optionally in groups of four.
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\p{L}\p{N}])/gu;
// 13-19 digits, in one run or joined by single spaces or dashes; not part of a longer number,
// a decimal, a phone number ("+49 ...") or a date.
const CARD_CANDIDATE = /(?<![\p{L}\p{N}+.,/-])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}]|[.,/-]\d)/gu;
// Labels that say a long number is something else: "Bestellnummer 4111 ...", "Tracking: ...".
const OTHER_NUMBER_LABEL =
  /(?:bestell|auftrag|rechnung|kunden|vertrag|vorgang|referenz|sendung|paket|artikel|ticket|order|invoice|tracking|customer|account no|reference|ref|case|tel|telefon|phone|fax|mobil|iban|bic)\w*\.?\s*(?:nr\.?|no\.?|number|nummer|#)?\s*(?:lautet|ist|is)?\s*[:.#]?\s*$/i;

// "Passwort: Sommer2024!", "Kennwort = x7#kL", "the password is hunter2", "Ihr Passwort lautet: ...".
const PASSWORD_LABEL =
  /(?<![\p{L}])(password|passwort|kennwort|passcode|pin|pwd|pw)(?![\p{L}])(?:[ \t]+(?:is|lautet|ist))?[ \t]*[:=]?[ \t]*(?=\S)/giu;

// What each candidate needs, without the Unicode classes: compiling those costs more than a short
// draft's whole check, and nearly every zone has none of the three.
const MAY_HOLD_IBAN = /[A-Z]{2}\d{2}/;
const MAY_HOLD_CARD = /\d(?:[ -]?\d){12}/;
const MAY_HOLD_PASSWORD = /passw|kennw|passc|pin|pw/i;

/**
 * An IBAN by the ISO 13616 registry (ibantools): a country that has IBANs, its length and
 * format, the mod-97 check digits and, where the country has them, the national check digits.
 */
export function isValidIban(candidate: string): boolean {
  return isValidIBAN(candidate.replace(/\s+/g, "").toUpperCase());
}

/** The Luhn checksum every payment card number satisfies. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Whether the digits start like a card of a known network with a length it issues: Visa,
 * Mastercard, American Express, Discover, Diners, JCB, UnionPay, Maestro. A Luhn-valid
 * number with another prefix is far more likely an order or customer number.
 */
export function hasCardIssuerPrefix(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  if (digits[0] === "4") return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || p2 === 65 || (p4 >= 6440 && p4 <= 6499)) return n >= 16; // Discover
  if (p2 === 36 || p2 === 38 || (p4 >= 3000 && p4 <= 3059)) return n >= 14; // Diners Club
  if (p4 >= 3528 && p4 <= 3589) return n >= 16; // JCB
  if (p2 === 62) return n >= 16; // UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12; // Maestro
  return false;
}

/** A card number's separators must be consistent: one run, or all spaces, or all dashes. */
function hasConsistentSeparators(text: string): boolean {
  return !(text.includes(" ") && text.includes("-"));
}

/**
 * Whether the text after a password label looks like a secret rather than prose: one word
 * with a digit, a symbol or an inner capital ("Sommer2024!", "x7#kL"). "Passwort: bitte per
 * SMS erfragen", "your password is incorrect", "Kennwort: Sommeraktion" (a German reference
 * word on a transfer) and "********" stay silent.
 */
export function looksLikeSecret(value: string, label: string): boolean {
  if (value.length < 4 || /^[*•x.·_-]+$/i.test(value)) return false;
  if (/^[\[{<(%]/.test(value)) return false; // a placeholder: [Passwort], {{password}}
  if (label === "pin") return /^\d{4,8}$/.test(value);
  return /\d/.test(value) || /[^\p{L}\p{N}]/u.test(value) || /^.+\p{Lu}/u.test(value);
}

/**
 * The card number inside a run of digit groups: the whole run, or failing that the run cut
 * at a separator ("4111 1111 1111 1111 123" is a card number followed by its CVC).
 */
function cardNumberIn(run: string): string | undefined {
  if (!hasConsistentSeparators(run)) return undefined;
  for (let end = run.length; end > 0; end = run.lastIndexOf(run.includes("-") ? "-" : " ", end - 1)) {
    const candidate = run.slice(0, end);
    const digits = candidate.replace(/\D/g, "");
    if (digits.length < 13) break;
    if (digits.length <= 19 && passesLuhn(digits) && hasCardIssuerPrefix(digits)) return candidate;
    if (!/[ -]/.test(run)) break; // one unbroken run has no place to cut
  }
  return undefined;
}

/** IBANs, card numbers and passwords in the prose of the given zones. */
export function findSensitiveData(zones: readonly Zone[]): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  const overlaps = (start: number, end: number) => findings.some((f) => start < f.end && end > f.start);
  for (const zone of zones) {
    const text = zone.text;
    const ibans = MAY_HOLD_IBAN.test(text) ? text.matchAll(IBAN_CANDIDATE) : [];
    for (const match of ibans) {
      if (!isValidIban(match[0])) continue;
      const start = zone.start + match.index;
      findings.push({ kind: "iban", start, end: start + match[0].length, value: match[0].replace(/\s+/g, "") });
    }
    const cards = MAY_HOLD_CARD.test(text) ? text.matchAll(CARD_CANDIDATE) : [];
    for (const match of cards) {
      const card = cardNumberIn(match[0]);
      if (!card) continue;
      const lineStart = text.lastIndexOf("\n", match.index) + 1;
      const before = text.slice(Math.max(lineStart, match.index - 40), match.index);
      // Part of a longer number ("+49 4111 ..."), or labelled as another kind of number.
      if (/[+\d][ ()/-]*$/.test(before) || OTHER_NUMBER_LABEL.test(before)) continue;
      const start = zone.start + match.index;
      if (overlaps(start, start + card.length)) continue;
      findings.push({ kind: "card", start, end: start + card.length, value: card.replace(/\D/g, "") });
    }
    const passwords = MAY_HOLD_PASSWORD.test(text) ? text.matchAll(PASSWORD_LABEL) : [];
    for (const match of passwords) {
      // Without ":" or "=", only "the password is X" counts, never "password reset" or "PIN code".
      if (!/[:=][ \t]*$|\s(?:is|lautet|ist)[ \t]*$/i.test(match[0])) continue;
      const valueStart = match.index + match[0].length;
      // A sentence may end right after the password: "Das Passwort lautet x7#kLm2."
      const value = /^\S+/.exec(text.slice(valueStart))?.[0].replace(/(?<![.,;:"“”„')])[.,;:"“”„')]+$/, "") ?? "";
      if (!looksLikeSecret(value, match[1].toLowerCase())) continue;
      const start = zone.start + valueStart;
      if (overlaps(start, start + value.length)) continue;
      findings.push({ kind: "password", start, end: start + value.length, value });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** All but the last four characters replaced: "DE89370400440532013000" -> "******************3000". */
export function maskAllButLast4(value: string): string {
  const compact = value.replace(/[\s-]+/g, "");
  return "*".repeat(Math.max(0, compact.length - 4)) + compact.slice(-4);
}

function message(finding: SensitiveFinding, language: Language, external: boolean): string {
  const masked = maskAllButLast4(finding.value);
  if (language === "de") {
    const what = { iban: `eine IBAN (${masked})`, card: `eine Kartennummer (${masked})`, password: "ein Passwort" }[finding.kind];
    const who = external ? "Die Mail geht an externe Empfänger und" : "Eine Mail";
    const instead =
      finding.kind === "password"
        ? "Geben Sie Passwörter über einen anderen Kanal weiter (Telefon, SMS, Passwort-Manager)."
        : "Nennen Sie nur die letzten vier Zeichen oder nutzen Sie einen sicheren Kanal (Telefon, Kundenportal).";
    return `Der Text enthält ${what}. ${who} liegt auf vielen Servern und wird weitergeleitet: wer sie später liest, kann die Daten missbrauchen. ${instead}`;
  }
  const what = { iban: `an IBAN (${masked})`, card: `a payment card number (${masked})`, password: "a password" }[finding.kind];
  const who = external ? "The mail goes to external recipients and" : "A mail";
  const instead =
    finding.kind === "password"
      ? "Share passwords over another channel (phone, text message, password manager)."
      : "Name only the last four characters, or use a secure channel (phone, customer portal).";
  return `The text contains ${what}. ${who} is stored on many servers and forwarded freely: whoever reads it later can misuse it. ${instead}`;
}

function suggestion(finding: SensitiveFinding, language: Language): Suggestion {
  if (finding.kind === "password") {
    return {
      desc: language === "de"
        ? "Passwort entfernen und über einen anderen Kanal weitergeben"
        : "Remove the password and share it over another channel",
    };
  }
  const masked = maskAllButLast4(finding.value);
  return {
    desc: language === "de" ? `Nur die letzten vier Zeichen nennen: ${masked}` : `Keep only the last four characters: ${masked}`,
    text: masked,
  };
}

const rule: Rule = {
  meta: {
    id: "sensitive-data",
    category: "hygiene",
    description: "The text contains an IBAN, a payment card number or a password.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/sensitive-data.md",
    defaultSeverity: "warn",
    languages: ["de", "en"],
    schema: {
      type: "object",
      properties: {
        allowIbans: {
          type: "array",
          items: { type: "string" },
          description: "Your own account numbers, which your mails may name (spaces are ignored).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowIbans: [] },
    help:
      "Mail is stored on every server it passes and in every mailbox it is forwarded to. Bank account numbers, " +
      "card numbers and passwords in it can be read and used by anyone who gets the mail later. Share them over " +
      "a secure channel, or name only the last four characters (\"the card ending in 4242\"). The finding is an " +
      "error when an external recipient is present and a warning otherwise; list your own IBANs in allowIbans.",
  },
  create(context: RuleContext) {
    const { draft } = context;
    const allowed = new Set(
      ((context.options.allowIbans as string[] | undefined) ?? []).map((iban) => iban.replace(/\s+/g, "").toUpperCase()),
    );
    const external = draft.recipients.some((r) => !r.internal);
    for (const finding of findSensitiveData(context.zones())) {
      if (finding.kind === "iban" && allowed.has(finding.value)) continue;
      context.report({
        message: message(finding, context.languageAt(finding.start), external),
        start: finding.start,
        end: finding.end,
        severity: external ? "error" : "warn",
        suggestions: [suggestion(finding, context.languageAt(finding.start))],
      });
    }
  },
};

export default rule;
