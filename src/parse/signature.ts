// Finds where the signature starts in a stretch of authored lines: at the RFC 3676 delimiter
// "-- ", or at a closing on its own line ("Viele Grüße", "Best regards", "Thanks,") that is
// followed only by a short name block before the quote or the end. Precision first: a closing
// followed by more than a few lines, or by a sentence, is prose and stays authored.
import { isSignatureDelimiter } from "./quote-header.js";

export interface SignatureCandidateLine {
  /** The line's text without quote markers. */
  text: string;
  /** Inside a code block or other non-prose range: never a delimiter or a closing. */
  opaque?: boolean;
}

/** Most lines a name block after a closing may have (name, role, company, phone, web, ...). */
export const MAX_NAME_BLOCK_LINES = 6;
const MAX_NAME_LINE_LENGTH = 72;

// Closings that end a mail on their own line, compared lower-case with ß folded to ss and
// trailing punctuation removed.
const CLOSINGS = new Set([
  "mit freundlichen grussen", "mit freundlichem gruss", "freundliche grusse", "freundlichen gruss",
  "viele grusse", "beste grusse", "besten gruss", "liebe grusse", "herzliche grusse", "herzlichen gruss",
  "schone grusse", "sonnige grusse", "gruss", "grusse", "mfg", "lg", "vg",
  "best regards", "kind regards", "kindest regards", "warm regards", "warmest regards", "regards",
  "best wishes", "all the best", "sincerely", "yours sincerely", "sincerely yours", "yours faithfully",
  "yours truly",
]);
// Words that also start ordinary sentences count as a closing only with a trailing comma.
const CLOSINGS_WITH_COMMA = new Set([
  "thanks", "thank you", "many thanks", "thanks again", "cheers", "best", "danke", "vielen dank",
]);

/**
 * Index (into `lines`) of the first signature line, or -1. `lines` is one stretch of
 * authored text: from the last quote (or the body start) to the next quote (or the end).
 */
export function findSignatureStart(lines: readonly SignatureCandidateLine[]): number {
  const delimiter = lines.findIndex((line) => !line.opaque && isSignatureDelimiter(line.text));
  const limit = delimiter >= 0 ? delimiter : lines.length;
  const closing = closingBefore(lines, limit);
  return closing >= 0 ? closing : delimiter;
}

/** A closing line followed by at most a short name block up to `limit`, or -1. */
function closingBefore(lines: readonly SignatureCandidateLine[], limit: number): number {
  let nameLines = 0;
  for (let i = limit - 1; i >= 0; i--) {
    const text = lines[i].text.trim();
    if (text === "") continue;
    if (!lines[i].opaque && isClosing(text)) return i;
    if (!isNameBlockLine(text) || ++nameLines > MAX_NAME_BLOCK_LINES) return -1;
  }
  return -1;
}

/** "Viele Grüße", "Best regards,", "Thanks," on a line of its own. */
export function isClosing(line: string): boolean {
  const text = line.trim();
  if (text.length > 40) return false;
  let key = text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ü/g, "u")
    .replace(/ö/g, "o")
    .replace(/ue/g, "u")
    .replace(/\s+/g, " ");
  let end = key.length;
  while (end > 0 && " ,.!".includes(key[end - 1])) end--;
  key = key.slice(0, end);
  if (CLOSINGS.has(key)) return true;
  return text.endsWith(",") && CLOSINGS_WITH_COMMA.has(key);
}

/**
 * A short line that may belong to a name block ("Tom Braun", "ACME GmbH", "Tel. +49 30 123"),
 * not a sentence: "wir melden uns." after "Danke," is still the mail, and a promise in it must
 * stay visible to the rules.
 */
function isNameBlockLine(text: string): boolean {
  if (text.length > MAX_NAME_LINE_LENGTH) return false;
  const words = text.split(/\s+/).length;
  if (words >= 2 && /[.!?]$/.test(text)) return false;
  // A web or mail address first is a contact line, even in lower case: "shop-beispiel.de | Tel. 030 123".
  if (WEB_OR_MAIL.test(text)) return true;
  return !(words >= 3 && /^\p{Ll}/u.test(text));
}

const WEB_OR_MAIL = /^(?:https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?:\s|$)/i;
