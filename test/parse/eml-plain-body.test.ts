// The common large body (one text/plain part, 7bit/8bit, UTF-8 or a one-byte charset, not flowed) is decoded with its
// source runs made as it goes (src/parse/eml-plain-body.ts). It must give the general decoder's
// text and every position; anything else must go the general way. The general decoder is in turn
// compared with postal-mime in eml-large-body.test.ts.
import { FileLines } from "../../src/parse/eml-lines.js";
import { plainUtf8Body } from "../../src/parse/eml-plain-body.js";
import { bodyPositions, decodePlainBody, plainParts, positionsOf } from "../../src/parse/eml-sourcemap.js";
import { selectTextEntries, walkMime } from "../../src/parse/eml-structure.js";

const HEAD = "From: Support <support@shop.example>\nTo: Anna Berg <anna@kunde.example>\nSubject: Re: Bestellung\nMIME-Version: 1.0\n";

function read(headers: string, body: string, lineEnd = "\n") {
  const file = new FileLines(new TextEncoder().encode(`${HEAD}${headers}\n\n${body}`.replace(/\n/g, lineEnd)));
  const parts = plainParts(selectTextEntries(walkMime(file)))!;
  return { file, parts };
}

function expectSameAsGeneral(headers: string, body: string, lineEnd = "\n"): void {
  const { file, parts } = read(headers, body, lineEnd);
  const plain = plainUtf8Body(file, parts);
  expect(plain).toBeDefined();
  const general = decodePlainBody(file, parts, 0);
  expect(plain!.text).toBe(general.text);
  const fast = positionsOf(file, plain!.text, plain!.runs, 0);
  const slow = bodyPositions(file, general, 0);
  for (let offset = 0; offset <= general.text.length; offset++) expect(fast(offset)).toEqual(slow(offset));
}

const UTF8 = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit";
const THREAD = "Hallo Frau Berg,\n\nwir schicken die Ersatzteile bis Freitag, 27.11.2026. Grüße – Ihr Team 😀\n\n> Am 24.11. schrieb Anna:\n> Bitte melden Sie sich. Ça va? 東京\n";

describe("a large plain UTF-8 body decoded with source runs", () => {
  it("gives the general decoder's text and positions: LF and CRLF files, characters of 2, 3 and 4 bytes, blank lines", () => {
    expectSameAsGeneral(UTF8, THREAD);
    expectSameAsGeneral(UTF8, THREAD, "\r\n");
    expectSameAsGeneral("Content-Type: text/plain", THREAD.repeat(3)); // no charset: UTF-8
    expectSameAsGeneral("Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit", "Plain ASCII only.\n\nSecond paragraph.\n");
    expectSameAsGeneral(UTF8, "no line end at the end");
    expectSameAsGeneral("Content-Type: text/plain; charset=iso-8859-1", "Gr\u00fc\u00dfe aus K\u00f6ln\n\nBis bald.\n");
    expectSameAsGeneral("Content-Type: text/plain; charset=windows-1252", "Preis: 12 Euro\n");
  });

  it("leaves every other body to the general decoder", () => {
    const none = (headers: string, body: string) => plainUtf8Body(read(headers, body).file, read(headers, body).parts);
    expect(none("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable", "Gr=C3=BC=C3=9Fe\n")).toBeUndefined();
    expect(none("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64", "R3LDvMOfZQo=\n")).toBeUndefined();
    expect(none("Content-Type: text/plain; charset=shift_jis", "Hello\n")).toBeUndefined();
    expect(none("Content-Type: text/plain; charset=utf-8; format=flowed", "Wir lie \nfern heute.\n")).toBeUndefined();
    expect(none(UTF8, "\ufeffA body that starts with a byte order mark.\n")).toBeUndefined();
    expect(none(UTF8, "A lone CR\rinside a line.\n")).toBeUndefined();
    const multipart = read('Content-Type: multipart/mixed; boundary="b"', "--b\nContent-Type: text/plain\n\nOne.\n--b\nContent-Type: text/plain\n\nTwo.\n--b--\n");
    expect(plainUtf8Body(multipart.file, multipart.parts)).toBeUndefined();
  });

  it("leaves invalid UTF-8 to the general decoder", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEAD}${UTF8}\n\nGr`), 0xfc, ...new TextEncoder().encode("\xdfe\n")]);
    const file = new FileLines(bytes);
    expect(plainUtf8Body(file, plainParts(selectTextEntries(walkMime(file)))!)).toBeUndefined();
  });
});
