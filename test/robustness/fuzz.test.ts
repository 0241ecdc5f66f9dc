// Property-based tests over the parsers and the whole lint pipeline: whatever bytes a draft
// holds, linting ends with results or exactly one fatal message for that file, never an
// exception, a crashed rule or a hang. A bounded number of runs here (CI); the long run of
// 100,000+ cases is scripts/fuzz-long.ts. Set FUZZ_SEED to replay a reported failure.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDraft } from "../../src/draft.js";
import { lintText } from "../../src/index.js";
import { parseEml } from "../../src/parse/eml.js";
import { ParseError } from "../../src/parse/parse-error.js";
import type { Draft, LintResult } from "../../src/types.js";
import { mimeDraft, randomBytesDraft, randomTextDraft, resultProblems, templateDraft, type HostileDraft } from "./hostile-drafts.js";

const NOW = new Date("2026-11-25T12:00:00Z");
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const runs = (numRuns: number) => ({ numRuns, ...(seed !== undefined ? { seed } : {}) });
const encoder = new TextEncoder();

/** Lints with the built-in defaults (no config file lookup), as `mail-lint <file>` would. */
function lint(draft: HostileDraft): Promise<LintResult> {
  return lintText(draft.bytes, { filePath: draft.filePath, config: {}, now: NOW });
}

async function expectSound(draft: HostileDraft): Promise<LintResult> {
  const result = await lint(draft);
  expect(resultProblems(result)).toEqual([]);
  return result;
}

/** The Draft's own invariants: prose aligned with body, zones in order inside the body. */
function draftProblems(draft: Draft): string[] {
  const problems: string[] = [];
  if (draft.prose.length !== draft.body.length) problems.push("prose and body differ in length");
  let previousEnd = 0;
  for (const zone of draft.zones) {
    if (zone.start < previousEnd || zone.end < zone.start || zone.end > draft.body.length) {
      problems.push(`zone ${zone.kind} [${zone.start}, ${zone.end}) out of order or outside the body`);
    }
    previousEnd = zone.end;
    for (const s of zone.sentences) if (s.start < zone.start || s.end > zone.end || s.end <= s.start) problems.push("sentence outside its zone");
    for (const t of zone.tokens) if (draft.body.slice(t.start, t.end) !== t.text && draft.prose.slice(t.start, t.end) !== t.text) problems.push("token text is not at its offsets");
  }
  const position = draft.position(draft.body.length);
  if (!(position.line >= 1 && position.column >= 1)) problems.push("position of the body's end is invalid");
  return problems;
}

async function draftOrParseError(draft: HostileDraft): Promise<Draft | undefined> {
  try {
    return await buildDraft(draft.filePath, draft.bytes, { internalDomains: [], internalOnlyRecipients: [] });
  } catch (error) {
    // The parsers may refuse a file, but only with a ParseError (one fatal message, no stack).
    if (!(error instanceof ParseError)) throw error;
    return undefined;
  }
}

describe("property: the lint pipeline survives hostile drafts", () => {
  it("malformed, truncated and nested MIME messages (.eml)", async () => {
    await fc.assert(fc.asyncProperty(mimeDraft, async (draft) => void (await expectSound(draft))), runs(150));
  }, 120_000);

  it("plain-text and Markdown templates with odd quoting, front matter and control characters", async () => {
    await fc.assert(fc.asyncProperty(templateDraft, async (draft) => void (await expectSound(draft))), runs(150));
  }, 120_000);

  it("random bytes and random UTF-16 text under every format", async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(randomBytesDraft, randomTextDraft), async (draft) => void (await expectSound(draft))), runs(150));
  }, 120_000);

  it("the parsers either build a consistent Draft or throw a ParseError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mimeDraft, templateDraft, randomBytesDraft), async (input) => {
        const draft = await draftOrParseError(input);
        if (draft) expect(draftProblems(draft)).toEqual([]);
      }),
      runs(150),
    );
  }, 120_000);

  it("parseEml throws nothing but ParseError, whatever the bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mimeDraft.map((d) => d.bytes), fc.uint8Array({ maxLength: 3000 })), async (bytes) => {
        await parseEml(bytes).catch((error) => expect(error).toBeInstanceOf(ParseError));
      }),
      runs(200),
    );
  }, 120_000);
});

// ---------------------------------------------------------------------------------------
// The named extremes, built once each

function eml(headers: string, body: string | Uint8Array): Uint8Array {
  const head = encoder.encode(`From: Anna Berg <anna@shop.example>\r\nSubject: Ihre Bestellung\r\n${headers}\r\n`);
  const tail = typeof body === "string" ? encoder.encode(body) : body;
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}

const PROSE_LINE = "We will call you back soon about the order, und wir melden uns in Kürze. ";

describe("extremes: each ends with results or one fatal message", () => {
  it("1,000 nested multipart parts (postal-mime stops at 256 levels: one fatal message), 200 are read", async () => {
    const nested = (depth: number) => {
      let open = "";
      let close = "";
      for (let i = 0; i < depth; i++) {
        open += `--b${i}\r\nContent-Type: multipart/mixed; boundary="b${i + 1}"\r\n\r\n`;
        close = `\r\n--b${i}--\r\n` + close;
      }
      return eml(`Content-Type: multipart/mixed; boundary="b0"\r\n`, `${open}--b${depth}\r\nContent-Type: text/plain\r\n\r\nWe will send it soon.\r\n--b${depth}--${close}`);
    };
    const tooDeep = await expectSound({ filePath: "nested.eml", bytes: nested(1000) });
    expect(tooDeep.messages).toHaveLength(1);
    expect(tooDeep.messages[0]).toMatchObject({ fatal: true, ruleId: null, message: expect.stringMatching(/^Parsing error: .*nesting depth/) });
    const deep = await expectSound({ filePath: "nested.eml", bytes: nested(200) });
    expect(deep.messages.some((m) => m.ruleId === "unconfirmed-promise")).toBe(true);
  }, 60_000);

  it("a multipart boundary that never appears, one that is never closed, and one that loops", async () => {
    const missing = eml(`Content-Type: multipart/mixed; boundary="nowhere"\r\n`, "We will send it soon.\r\n");
    const unclosed = eml(`Content-Type: multipart/mixed; boundary="b"\r\n`, "--b\r\nContent-Type: text/plain\r\n\r\nWe will send it soon.\r\n");
    // A child declaring its parent's boundary: every delimiter line could open either.
    const looping = eml(
      `Content-Type: multipart/mixed; boundary="same"\r\n`,
      "--same\r\nContent-Type: multipart/alternative; boundary=\"same\"\r\n\r\n--same\r\nContent-Type: text/plain\r\n\r\nHello\r\n".repeat(200) + "--same--\r\n",
    );
    for (const [name, bytes] of [["missing.eml", missing], ["unclosed.eml", unclosed], ["looping.eml", looping]] as const) {
      await expectSound({ filePath: name, bytes });
    }
  }, 60_000);

  it("unknown and lying charsets, invalid UTF-8 and NUL bytes in the body", async () => {
    const invalidUtf8 = new Uint8Array([0x48, 0x69, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x0a]);
    const cases: [string, Uint8Array][] = [
      ["unknown charset", eml("Content-Type: text/plain; charset=x-klingon\r\n", PROSE_LINE)],
      ["UTF-16 that is really UTF-8", eml("Content-Type: text/plain; charset=utf-16\r\n", PROSE_LINE + "Grüße")],
      ["UTF-8 that is really Latin-1", eml("Content-Type: text/plain; charset=utf-8\r\n", Uint8Array.from("Gr\xfc\xdfe, wir melden uns bald.", (c) => c.charCodeAt(0)))],
      ["invalid UTF-8", eml("Content-Type: text/plain; charset=utf-8\r\n", invalidUtf8)],
      ["NUL bytes in the body", eml("", "We will\0 call\0\0 you soon.\0\r\n".repeat(50))],
    ];
    for (const [name, bytes] of cases) {
      const result = await expectSound({ filePath: "charset.eml", bytes });
      expect(result.fatalErrorCount, name).toBe(0);
    }
    for (const filePath of ["nul.txt", "nul.md"]) {
      await expectSound({ filePath, bytes: Uint8Array.from("Hi\0 there\0\n\0\0\0 we will call soon\0", (c) => c.charCodeAt(0)) });
    }
  }, 60_000);

  it("a 1 MB binary attachment and a binary header block", async () => {
    const binary = new Uint8Array(1024 * 1024).map((_, i) => (i * 7919 + (i >> 3)) & 0xff);
    const attachment = Buffer.from(binary).toString("base64").replace(/.{76}/g, "$&\r\n");
    const bytes = eml(
      `Content-Type: multipart/mixed; boundary="x"\r\n`,
      `--x\r\nContent-Type: text/plain\r\n\r\nAnbei die Rechnung.\r\n--x\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="r.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment}\r\n--x\r\nContent-Type: application/octet-stream\r\n\r\n`,
    );
    const withRaw = new Uint8Array(bytes.length + binary.length);
    withRaw.set(bytes);
    withRaw.set(binary, bytes.length);
    const result = await expectSound({ filePath: "attachment.eml", bytes: withRaw });
    expect(result.fatalErrorCount).toBe(0);
    const headerIsBinary = await expectSound({ filePath: "binary.eml", bytes: binary.subarray(0, 4096) });
    expect(headerIsBinary.fatalErrorCount).toBe(1);
  }, 60_000);

  it("a single 1 MB line in each format", async () => {
    // One unwrapped paragraph (as some clients save it): ordinary sentences, one promise at the end.
    const filler = "Thank you for your order and for the kind words about our shop, Anna. ";
    const line = filler.repeat(Math.ceil(1_000_000 / filler.length)) + PROSE_LINE;
    for (const [filePath, bytes] of [["line.txt", encoder.encode(line)], ["line.md", encoder.encode(line)], ["line.eml", eml("", line)]] as const) {
      const result = await expectSound({ filePath, bytes });
      expect(result.fatalErrorCount, filePath).toBe(0);
    }
  }, 120_000);

  it("10,000 recipients", async () => {
    const to = Array.from({ length: 10_000 }, (_, i) => `Kunde ${i} <kunde${i}@customer${i % 13}.example>`).join(",\r\n ");
    const bytes = eml(`To: ${to}\r\n`, "Sehr geehrte Damen und Herren,\r\n\r\nwir melden uns in Kürze.\r\n");
    const draft = await buildDraft("many.eml", bytes, { internalDomains: [], internalOnlyRecipients: [] });
    expect(draft.recipients).toHaveLength(10_000);
    expect(draft.recipients[9_999].range?.start.line).toBe(10_002);
    const result = await expectSound({ filePath: "many.eml", bytes });
    expect(result.messages.some((m) => m.ruleId === "internal-recipients" || m.ruleId === "unconfirmed-promise")).toBe(true);
  }, 60_000);

  it("2,000 quote levels", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `${">".repeat(i)} Am 24.11.2026 um 10:12 schrieb Kunde ${i}: wir melden uns bald`);
    for (const filePath of ["deep.txt", "deep.md"]) {
      const draft = await buildDraft(filePath, encoder.encode(lines.join("\n")), { internalDomains: [], internalOnlyRecipients: [] });
      expect(Math.max(...draft.zones.map((z) => z.depth))).toBeGreaterThanOrEqual(1999);
      await expectSound({ filePath, bytes: encoder.encode(lines.join("\n")) });
    }
    await expectSound({ filePath: "deep.eml", bytes: eml("", lines.join("\r\n")) });
  }, 60_000);

  it("150,000 quoted lines: more quote markers than a function call takes arguments", async () => {
    const thread = "Danke, wir melden uns morgen.\n\n" + "> Die Lieferung ist unvollständig.\n".repeat(150_000);
    const result = await expectSound({ filePath: "thread.txt", bytes: encoder.encode(thread) });
    expect(result.fatalErrorCount).toBe(0);
  }, 60_000);

  it("lint time grows linearly: ten times the text takes far less than a hundred times as long", async () => {
    const paragraph =
      "Hallo Frau Berg,\n\nvielen Dank. Wir schicken Ihnen die Teile bis Freitag, 27.11.2026, die Rechnung folgt in Kürze.\n\n" +
      "Hi Tom, we will send the replacement next week and I'll call you on Wednesday. THANKS!!\n\n";
    const timed = async (bytes: number) => {
      const text = paragraph.repeat(Math.ceil(bytes / paragraph.length));
      const started = performance.now();
      await expectSound({ filePath: "linear.txt", bytes: encoder.encode(text) });
      return performance.now() - started;
    };
    await timed(5_000); // loads compromise and chrono-node once
    const small = await timed(50_000);
    const large = await timed(500_000);
    // Linear work gives about 10; quadratic work, 100. The bound leaves room for a busy machine.
    expect(large / small).toBeLessThan(40);
  }, 120_000);

  it("long runs of punctuation, brackets, markers and blanks stay fast", async () => {
    const started = performance.now();
    const runsOf = [".".repeat(100_000) + "x", "?".repeat(100_000) + "x!", "{{".repeat(50_000), " ".repeat(100_000) + ",", "„“".repeat(50_000) + "\n" + "„".repeat(100_000), ">".repeat(100_000)];
    for (const text of runsOf) await expectSound({ filePath: "runs.txt", bytes: encoder.encode(text) });
    // Generous: each is linear work on 100 KB; quadratic behaviour took minutes here.
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
