// Decodes a template file's bytes to text with "\n" line ends. Templates are UTF-8 by
// convention; a file that is not valid UTF-8 is read as windows-1252, the usual culprit
// (an old Windows editor), rather than rejected.

import { repairWindows1252 } from "./eml-windows1252.js";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder("windows-1252");

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Node 20 decodes windows-1252 as ISO-8859-1 (nodejs/node#56542); repair € „ “ – and friends.
    text = repairWindows1252(windows1252.decode(bytes));
  }
  // CRLF and lone CR become "\n": same number of lines, columns unchanged.
  return text.replace(/\r\n?/g, "\n");
}
