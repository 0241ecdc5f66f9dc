// What a person wrote in a `git format-patch` mail: the headers and the commit message (or a
// cover letter), without the diffstat and the diff. Code is not prose: a variable named
// `idiot_proof` or a SHOUTING_CONSTANT in a diff must not block `git send-email`.
const encoder = new TextEncoder();
const BLANK_LINE = [encoder.encode("\n\n"), encoder.encode("\r\n\r\n")];
// The "---" line git puts before the diffstat, and the diff itself when there is no such line.
const PATCH_STARTS = [encoder.encode("\n---\n"), encoder.encode("\n---\r\n"), encoder.encode("\ndiff --git ")];

/** The mail's bytes up to (not including) the "---" separator or the first diff; all of it if neither. */
export function withoutPatch(mail: Uint8Array): Uint8Array {
  const bytes = Buffer.from(mail.buffer, mail.byteOffset, mail.byteLength);
  const bodyStart = Math.min(...BLANK_LINE.map((b) => bytes.indexOf(b)).filter((i) => i >= 0), bytes.length);
  const cuts = PATCH_STARTS.map((marker) => bytes.indexOf(marker, bodyStart)).filter((i) => i >= 0);
  // Keep the line end before the separator, so the last line of the message stays a full line.
  return cuts.length === 0 ? mail : mail.subarray(0, Math.min(...cuts) + 1);
}
