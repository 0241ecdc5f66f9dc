// A body of text/plain parts past LARGE_PLAIN_BODY_BYTES is decoded by mail-lint alone, and
// postal-mime reads the message without those lines (src/parse/eml.ts). Both ways must give
// the same draft: body, attachments and every position. `parseEml(bytes, 0)` takes the lean
// way for any plain body, `parseEml(bytes, Infinity)` never does.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LARGE_PLAIN_BODY_BYTES, parseEml, type ParsedEml } from "../../src/parse/eml.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const SHARED = fileURLToPath(new URL("../../../shared/data/eml_fixtures/files/", import.meta.url));

function emlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith(".eml")).sort().map((name) => dir + name);
}

/** What a rule can see of a parsed mail: the body, attachments, headers and the position of every body offset. */
function seen(mail: ParsedEml): unknown {
  const positions = [];
  for (let offset = 0; offset <= mail.body.length; offset++) positions.push(mail.position(offset));
  return { body: mail.body, attachments: mail.attachments, to: mail.to, subject: mail.subject, positions };
}

async function expectSameBothWays(bytes: Uint8Array): Promise<void> {
  const throughPostalMime = await parseEml(bytes, Infinity);
  const decodedHere = await parseEml(bytes, 0);
  expect(seen(decodedHere)).toEqual(seen(throughPostalMime));
}

const encoder = new TextEncoder();
const mail = (headers: string, body: string) => encoder.encode(`${headers}\r\n\r\n${body}`.replace(/\r?\n/g, "\r\n"));
const HEAD = "From: Support <support@shop.example>\nTo: Anna Berg <anna@kunde.example>\nSubject: Re: Bestellung";

describe("a large text/plain body, decoded without postal-mime", () => {
  it("is the default only past 256 KB, far above any real reply", () => {
    expect(LARGE_PLAIN_BODY_BYTES).toBe(256 * 1024);
  });

  it("gives the same draft as postal-mime for quoted-printable, base64, Latin-1, flowed and multipart bodies", async () => {
    const text = "Hallo Frau Berg,\n\nwir schicken die Ersatzteile bis Freitag, 27.11.2026. Grüße – Ihr Team 😀\n> Am 24.11. schrieb Anna:\n> Bitte melden Sie sich.\n";
    await expectSameBothWays(mail(`${HEAD}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit`, text));
    await expectSameBothWays(mail(`${HEAD}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable`, "Gr=C3=BC=C3=9Fe aus K=C3=B6ln, eine sehr lange Zeile, die weich umbrochen wi=\nrd, und noch eine.\n"));
    await expectSameBothWays(mail(`${HEAD}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64`, Buffer.from(text).toString("base64").replace(/(.{76})/g, "$1\n")));
    await expectSameBothWays(mail(`${HEAD}\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit`, "Gr\xfc\xdfe aus K\xf6ln\n"));
    await expectSameBothWays(mail(`${HEAD}\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes`, "Wir lie \nfern heute. \nDanke.\n"));
    await expectSameBothWays(
      mail(
        `${HEAD}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"`,
        `--b1\nContent-Type: text/plain; charset=utf-8\n\nErster Teil.\n--b1\nContent-Type: application/pdf; name="r.pdf"\nContent-Disposition: attachment; filename="r.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b1\nContent-Type: text/plain; charset=utf-8\n\nZweiter Teil.\n--b1--\n`,
      ),
    );
  });

  it("gives the same draft for a reply thread past the size limit", async () => {
    const block = "Hi Tom,\n\nwe will send the replacement next week.\n\n> Am 24.11.2026 schrieb Anna Berg <anna@kunde.example>:\n> Die Lieferung ist unvollständig angekommen.\n\n";
    const bytes = mail(`${HEAD}\nContent-Type: text/plain; charset=utf-8`, block.repeat(Math.ceil((LARGE_PLAIN_BODY_BYTES * 1.1) / block.length)));
    const throughPostalMime = await parseEml(bytes, Infinity);
    const byDefault = await parseEml(bytes);
    expect(byDefault.body).toBe(throughPostalMime.body);
    for (let offset = 0; offset <= byDefault.body.length; offset += 997) expect(byDefault.position(offset)).toEqual(throughPostalMime.position(offset));
  });

  it("stops a large message nested deeper than postal-mime allows with postal-mime's message", async () => {
    // A boundary that opens a new multipart in every part: 1 MB of it nests thousands deep.
    const loop = '--same\nContent-Type: multipart/alternative; boundary="same"\n\n--same\nContent-Type: text/plain\n\nHello\n';
    const bytes = mail(`${HEAD}\nContent-Type: multipart/mixed; boundary="same"`, loop.repeat(Math.ceil(LARGE_PLAIN_BODY_BYTES / loop.length)) + "--same--\n");
    const message = "Cannot parse this e-mail: Maximum MIME nesting depth of 256 levels exceeded";
    await expect(parseEml(bytes)).rejects.toThrow(message);
    await expect(parseEml(bytes, Infinity)).rejects.toThrow(message);
  });

  const files = [...emlFiles(FIXTURES), ...emlFiles(SHARED)];
  it.each(files.map((file) => [file.slice(file.lastIndexOf("/fixtures/") >= 0 ? file.lastIndexOf("/fixtures/") + 1 : file.lastIndexOf("/") + 1), file]))(
    "%s: same draft both ways (or the same parse error)",
    async (_name, file) => {
      const bytes = readFileSync(file);
      const error = await parseEml(bytes, Infinity).then(() => undefined, (e: Error) => e.message);
      if (error !== undefined) await expect(parseEml(bytes, 0)).rejects.toThrow(error);
      else await expectSameBothWays(bytes);
    },
  );
});
