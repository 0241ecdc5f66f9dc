// The body of a large .eml in its most common form (one text/plain part, 7bit or 8bit, UTF-8 or a
// charset of one byte per character, not format=flowed), decoded with its source runs made as it
// goes. The general decoder (eml-decode.ts) keeps a 4-byte source per byte and per character while
// it works: 5 bytes per byte of body at the parse's peak, most of what parsing a 24 MB thread held.
// Here a source is kept per run (a line, a character of several bytes) only. The text and every
// position are the general decoder's (test/parse/eml-plain-body.test.ts compares both); any other
// body returns undefined and takes the general way.
import type { FileLines } from "./eml-lines.js";
import type { MimePart } from "./eml-structure.js";
import { charsetDecoder, forEachUtf8Unit, SINGLE_BYTE } from "./eml-decode.js";
import { RunsBuilder, type SourceRuns } from "./eml-sourcemap.js";
import { repairWindows1252 } from "./eml-windows1252.js";

export function plainUtf8Body(file: FileLines, parts: readonly MimePart[]): { text: string; runs: SourceRuns } | undefined {
  if (parts.length !== 1) return undefined;
  const [part] = parts;
  // The same choices as decodeTransfer and decodePart: anything they transform goes their way.
  if (/base64|quoted-printable/i.test(part.transferEncoding) || /^flowed$/i.test(part.params.format ?? "")) return undefined;
  const decoder = charsetDecoder(part.params.charset);
  const singleByte = SINGLE_BYTE.test(decoder.encoding); // us-ascii and Latin-1 decode as windows-1252
  if (!singleByte && decoder.encoding !== "utf-8") return undefined;

  // The part's lines, each followed by LF (sourced at the line's end), as passThrough reads them;
  // a byte run starts wherever the next byte's source is not the one after the last (a CR dropped).
  let size = 0;
  for (const index of part.bodyLines) size += file.lines[index].end - file.lines[index].start + 1;
  const bytes = new Uint8Array(size);
  const byteRuns = new RunsBuilder(16);
  let length = 0;
  for (const index of part.bodyLines) {
    const { start, end } = file.lines[index];
    bytes.set(file.bytes.subarray(start, end), length);
    byteRuns.add(length, start);
    length += end - start;
    bytes[length] = 0x0a;
    byteRuns.add(length, end);
    length++;
  }
  if (!singleByte && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return undefined; // the decoder drops a BOM
  const decoded = decoder.decode(bytes);
  // Invalid UTF-8 and CR characters are where the general decoder's steps differ from this walk.
  if ((!singleByte && decoded.includes("\ufffd")) || decoded.includes("\r")) return undefined;
  const text = repairWindows1252(decoded);
  // One byte, one character: the characters' runs are the bytes' (as the general decoder keeps them).
  if (singleByte) return text.length === length ? { text, runs: byteRuns.done() } : undefined;

  const sourceOfByte = byteRuns.done().reader();
  const runs = new RunsBuilder(16);
  forEachUtf8Unit(text, (unit, byte) => runs.add(unit, sourceOfByte(byte)));
  return { text, runs: runs.done() };
}
