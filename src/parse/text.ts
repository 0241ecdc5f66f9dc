// Decodes a template file's bytes to text with "\n" line ends. Templates are UTF-8 by
// convention; a file that is not valid UTF-8 is read as windows-1252, the usual culprit
// (an old Windows editor), rather than rejected. UTF-16 with a byte order mark (Notepad's
// "Unicode", PowerShell 5's Out-File) is read as such; UTF-16 without one is recognised by its
// zero bytes and read with a note. Binary data (an image, random bytes) is refused with one
// parse error: its byte soup would otherwise read as words and draw findings.

import { repairWindows1252 } from "./eml-windows1252.js";
import { ParseError } from "./parse-error.js";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder("windows-1252");

/** How much of the start of a file the binary and UTF-16 checks look at (as git's 8,000 bytes). */
const SAMPLE = 8000;

export const BINARY_MESSAGE = "This is binary data, not text: a .txt or .md draft must be text (UTF-8, or UTF-16 with a byte order mark).";

/** Decodes a template; `notes` receives what the user should know about how it was read. */
export function decodeText(bytes: Uint8Array, notes: string[] = []): string {
  let text: string;
  const utf16 = utf16Encoding(bytes, notes);
  if (utf16) {
    // ignoreBOM false: the decoder drops the byte order mark, as the UTF-8 one does.
    text = new TextDecoder(utf16, { ignoreBOM: false }).decode(bytes);
  } else {
    const sample = bytes.subarray(0, SAMPLE);
    // Text has no NUL bytes (git and grep decide "binary" the same way).
    if (sample.includes(0)) throw new ParseError(BINARY_MESSAGE);
    try {
      text = utf8.decode(bytes);
    } catch {
      // Node 20 decodes windows-1252 as ISO-8859-1 (nodejs/node#56542); repair € „ “ – and friends.
      text = repairWindows1252(windows1252.decode(bytes));
      // Not UTF-8 and full of control characters: random bytes, not an old editor's text.
      if (controlShare(text.slice(0, SAMPLE)) > 0.05) throw new ParseError(BINARY_MESSAGE);
    }
  }
  // CRLF and lone CR become "\n": same number of lines, columns unchanged.
  return text.replace(/\r\n?/g, "\n");
}

/**
 * UTF-16 by its byte order mark, or else by zero bytes at every other place (Latin text in
 * UTF-16 has a zero high byte in nearly every unit), with a note for the latter.
 */
function utf16Encoding(bytes: Uint8Array, notes: string[]): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const units = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (units < 2) return undefined;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) zeroHigh++;
    if (bytes[2 * i + 1] === 0) zeroLow++;
  }
  const guess = zeroLow >= 0.7 * units && zeroHigh <= 0.1 * units ? "utf-16le" : zeroHigh >= 0.7 * units && zeroLow <= 0.1 * units ? "utf-16be" : undefined;
  if (guess) notes.push(`This file has no byte order mark but looks like ${guess.toUpperCase()}; it was read as such. Save it as UTF-8 to be sure.`);
  return guess;
}

/** The share of characters that no text holds: C0 controls but tab, line ends and form feed, DEL, C1 controls. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls / text.length;
}
