// Hostile drafts for the robustness tests and scripts/fuzz-long.ts: fast-check arbitraries
// that build what mail clients, old archives and other people's templates really contain
// (truncated and malformed MIME, missing and looping boundaries, unknown and lying charsets,
// invalid UTF-8, NUL bytes, binary attachments, odd quoting) plus plain random bytes, and
// the invariant every lint result must satisfy. Written for this project; no data copied.
import fc from "fast-check";
import type { LintResult } from "../../src/types.js";

export interface HostileDraft {
  /** The name picks the parser: .eml, .md or .txt. */
  filePath: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Text pieces: prose in both languages, quoting, headers inside bodies, non-prose

const PROSE = [
  "We will send you the replacement soon.",
  "I'll call you back on Wednesday.",
  "Your order will ship in about two weeks, says our supplier.",
  "Wir melden uns in Kürze bei Ihnen.",
  "Sie erhalten die Gutschrift am Freitag.",
  "Das ist ja wohl das Dümmste, was ich je gelesen habe!",
  "THIS IS COMPLETELY UNACCEPTABLE!!!",
  "Please find the invoice attached.",
  "Anbei die Rechnung.",
  "Just refund her and tell her to f*** off.",
  "Internal note: do not forward to the customer.",
  "Password: hunter2",
  "IBAN DE89 3704 0044 0532 0130 00",
  "Hallo {{first_name}}, danke für Ihre Nachricht.",
  "Dear XXX, thank you.",
  "Hi Anna,",
  "Best regards,\nTom",
  "Mit freundlichen Grüßen\nAnna Berg",
  "-- \nAnna Berg | Shop GmbH | +49 30 1234567",
  "See https://example.com/a?b=c&d=e. or www.example.org/x",
  "Mail me at anna.berg+x@shop.example.",
  "On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com> wrote:",
  "Am 24.11.2026 um 10:12 schrieb Anna Berg <anna@example.com>:",
  "-----Original Message-----",
  "-----Ursprüngliche Nachricht-----",
  "From: Anna Berg <anna@example.com>\nSent: Tuesday, November 24, 2026 10:12 AM\nTo: Tom <tom@shop.example>\nSubject: Re: order",
  "Von: Anna Berg <anna@example.com>\nGesendet: Dienstag, 24. November 2026 10:12\nAn: Tom\nBetreff: AW: Bestellung",
  "---------- Forwarded message ---------",
  "________________________________",
  "<!-- mail-lint-disable no-insult -- quoted customer -->",
  "<!-- mail-lint-enable -->",
  "```\nconst x = 'will call soon';\n```",
  "    indented code will ship soon",
  "* list item we will fix it",
  "[link text](https://example.com/x \"title\")",
  "> quoted line",
  ">> deeper quoted",
  "> > > spaced markers",
  "z. B. am 27. November ca. 3 Std.",
  "e.g. Mr. Smith, approx. 2 p.m.",
  "…!!!???...",
  "\u00a0\u2028\u200b\ufeff",
  "🙂👍🏽 Grüße aus Köln – „Zitat“ «quote» 'x'",
];

const CONTROL = fc.constantFrom("\0", "\x01", "\x1b", "\r", "\t", "\f", "\v", "\x7f", "\ud800", "\udfff", "\ufffd");

/** A line of prose, junk, markers or an unusual character. */
const textLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.array(CONTROL, { maxLength: 5 }).map((a) => a.join("")) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(">", "> ", " >"), fc.constantFrom(...PROSE))
      .map(([depth, marker, text]) => marker.repeat(depth) + " " + text),
  },
  { weight: 1, arbitrary: fc.constant("") },
);

const lineEnd = fc.constantFrom("\n", "\r\n", "\r");

/** A template body: lines joined with LF, CRLF or CR. */
export const textBody: fc.Arbitrary<string> = fc
  .tuple(fc.array(textLine, { maxLength: 30 }), lineEnd)
  .map(([lines, end]) => lines.join(end));

const frontMatter: fc.Arbitrary<string> = fc.oneof(
  fc.constant(""),
  fc.constant("---\nsubject: Ihre Bestellung\nto: [anna@example.com, tom@shop.example]\nlang: de\n---\n"),
  fc.constant("---\nsubject: [unclosed\n---\n"),
  fc.constant("---\n- a list\n- not a map\n---\n"),
  fc.constant("---\nto: !!binary aGVsbG8=\ncc: *alias\n---\n"),
  fc.constant("---\nsubject: never closed\n"),
  fc.string({ maxLength: 60 }).map((s) => `---\n${s}\n---\n`),
);

/** A plain-text or Markdown template. */
export const templateDraft: fc.Arbitrary<HostileDraft> = fc
  .tuple(fc.constantFrom("draft.txt", "template.md", "VORLAGE.MD", "notes.markdown"), frontMatter, textBody)
  .map(([filePath, front, body]) => ({ filePath, bytes: encoder.encode(front + body) }));

// ---------------------------------------------------------------------------------------
// MIME messages

/** Charset labels: real, unknown, lying (UTF-16 for 8-bit text) and malformed. */
const CHARSET = fc.constantFrom(
  undefined,
  "utf-8",
  "UTF-8",
  "iso-8859-1",
  "windows-1252",
  "koi8-r",
  "iso-2022-jp",
  "shift_jis",
  "utf-16",
  "utf-16le",
  "utf-7",
  "x-unknown-charset",
  "unicode-1-1-utf-7",
  "",
  '"utf-8',
  "utf-8'en'",
  "\0",
);

const TRANSFER_ENCODING = fc.constantFrom(undefined, "7bit", "8bit", "binary", "quoted-printable", "base64", "x-uuencode", "BASE64 (comment)", "");

/** Body bytes of a leaf part: text in some encoding, invalid UTF-8, NUL bytes or binary data. */
const partBody: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: textBody.map((t) => encoder.encode(t)) },
  { weight: 2, arbitrary: textBody.map(latin1) },
  { weight: 1, arbitrary: textBody.map((t) => encoder.encode(Buffer.from(t).toString("base64").replace(/.{76}/g, "$&\r\n"))) },
  {
    weight: 1,
    arbitrary: textBody.map((t) =>
      encoder.encode(t.replace(/[^\n]/g, (c) => (c.charCodeAt(0) > 126 || c === "=" ? "=" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0") : c))),
    ),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom(latin1("=\r\n=4\r\n=ZZ=\r\n=="), latin1("====\r\n"), latin1("QUJD\r\n=\r\nRE=F\r\n"), new Uint8Array([0xff, 0xfe, 0, 0x41, 0xc3, 0x28, 0xe2, 0x82])) },
);

interface PartSpec {
  contentType: string;
  charset: string | undefined;
  encoding: string | undefined;
  disposition: string | undefined;
  body: Uint8Array;
}

const leafPart: fc.Arbitrary<PartSpec> = fc.record({
  contentType: fc.constantFrom("text/plain", "text/html", "TEXT/PLAIN", "application/octet-stream", "image/png", "message/rfc822", "text/plain; format=flowed; delsp=yes", "unknown/type", ""),
  charset: CHARSET,
  encoding: TRANSFER_ENCODING,
  disposition: fc.constantFrom(undefined, "inline", 'attachment; filename="Rechnung ä.pdf"', "attachment; filename*=UTF-8''%E2%82%AC.pdf", "attachment"),
  body: partBody,
});

type MimeTree = { leaf: PartSpec } | { multipart: string; boundary: BoundaryStyle; children: MimeTree[] };
type BoundaryStyle = "ok" | "missing-close" | "never-used" | "no-parameter" | "reused-by-child" | "empty";

const mimeTree: fc.Arbitrary<MimeTree> = fc.letrec<{ tree: MimeTree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ leaf: leafPart }),
    fc.record({
      multipart: fc.constantFrom("mixed", "alternative", "related", "digest", "report", "signed"),
      boundary: fc.constantFrom<BoundaryStyle>("ok", "ok", "ok", "missing-close", "never-used", "no-parameter", "reused-by-child", "empty"),
      children: fc.array(tie("tree"), { maxLength: 4 }),
    }),
  ),
})).tree;

function header(name: string, value: string | undefined): string {
  return value === undefined ? "" : `${name}: ${value}\r\n`;
}

/** Serialises a MIME tree; `inherited` is the parent's boundary (a child may reuse it: a loop). */
function renderPart(tree: MimeTree, id: string, inherited: string | undefined): Uint8Array {
  if ("leaf" in tree) {
    const { contentType, charset, encoding, disposition, body } = tree.leaf;
    const type = contentType + (charset === undefined ? "" : `; charset=${charset}`);
    return concat([
      encoder.encode(header("Content-Type", type) + header("Content-Transfer-Encoding", encoding) + header("Content-Disposition", disposition) + "\r\n"),
      body,
    ]);
  }
  const boundary = tree.boundary === "reused-by-child" && inherited ? inherited : tree.boundary === "empty" ? "" : `b-${id}`;
  const parameter = tree.boundary === "no-parameter" ? "" : `; boundary="${boundary}"`;
  const chunks: Uint8Array[] = [encoder.encode(`Content-Type: multipart/${tree.multipart}${parameter}\r\n\r\npreamble\r\n`)];
  tree.children.forEach((child, i) => {
    if (tree.boundary !== "never-used") chunks.push(encoder.encode(`\r\n--${boundary}\r\n`));
    chunks.push(renderPart(child, `${id}.${i}`, boundary));
  });
  if (tree.boundary !== "missing-close" && tree.boundary !== "never-used") chunks.push(encoder.encode(`\r\n--${boundary}--\r\nepilogue\r\n`));
  return concat(chunks);
}

const ADDRESS_LIST = fc.constantFrom(
  "Anna Berg <anna@example.com>",
  "tom@shop.example, team@shop.example",
  '"Berg, Anna" <anna@example.com>, undisclosed-recipients:;',
  "=?UTF-8?B?SsO8cmdlbg==?= <juergen@example.de>",
  "=?ISO-8859-1?Q?J=FCrgen?= <j@example.de>",
  "=?x-unknown?Q?broken?= <x@y>",
  "<>, <@>, @, a@, @b",
  "group: a@b.c, d@e.f;",
  "",
  "not an address at all",
);

/** Top-level headers, some folded, some broken, some encoded-words. */
const topHeaders: fc.Arbitrary<string> = fc
  .record({
    from: fc.option(ADDRESS_LIST, { nil: undefined }),
    to: fc.option(ADDRESS_LIST, { nil: undefined }),
    cc: fc.option(ADDRESS_LIST, { nil: undefined }),
    subject: fc.option(fc.oneof(fc.constantFrom("Re: AW: Ihre Bestellung", "=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=", "=?utf-8?b?invalid***?=", ""), fc.string({ maxLength: 30 })), { nil: undefined }),
    date: fc.option(fc.constantFrom("Tue, 24 Nov 2026 10:12:00 +0100", "yesterday", "Mon, 31 Feb 2026 25:61:00 +9999", ""), { nil: undefined }),
    extra: fc.constantFrom("", "X-Mail-Lint-Disable: no-insult -- quoted\r\n", "X-Mail-Lint-Disable: \r\n", "Received: from x\r\n\tby y\r\n", " continuation without field\r\n", "No colon here\r\n", "In-Reply-To: <a@b>\r\nReferences: <a@b> <c@d>\r\n"),
  })
  .map(({ from, to, cc, subject, date, extra }) => header("From", from) + header("To", to) + header("Cc", cc) + header("Subject", subject) + header("Date", date) + extra);

/** A MIME message, possibly truncated anywhere, with mixed line ends. */
export const mimeDraft: fc.Arbitrary<HostileDraft> = fc
  .tuple(
    topHeaders,
    mimeTree,
    // One message in four is cut off somewhere (per mille of its length).
    fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }) }),
    fc.constantFrom("crlf", "lf", "cr"),
    fc.constantFrom("", "", "From sender@example.com Tue Nov 24 10:12:00 2026\n", "\ufeff"),
  )
  .map(([headers, tree, cut, ends, prefix]) => {
    let bytes = concat([encoder.encode(prefix + headers + "MIME-Version: 1.0\r\n"), renderPart(tree, "0", undefined)]);
    if (ends !== "crlf") {
      const text = Buffer.from(bytes).toString("latin1").replace(/\r\n/g, ends === "lf" ? "\n" : "\r");
      bytes = latin1(text);
    }
    if (cut !== undefined) bytes = bytes.subarray(0, Math.floor((bytes.length * cut) / 1000));
    return { filePath: "draft.eml", bytes };
  });

/** Random bytes under any of the three formats. */
export const randomBytesDraft: fc.Arbitrary<HostileDraft> = fc
  .tuple(fc.constantFrom("x.eml", "x.md", "x.txt"), fc.uint8Array({ maxLength: 2000 }))
  .map(([filePath, bytes]) => ({ filePath, bytes }));

/** Random Unicode text (including lone surrogates) under any of the three formats. */
export const randomTextDraft: fc.Arbitrary<HostileDraft> = fc
  .tuple(fc.constantFrom("x.eml", "x.md", "x.txt"), fc.string({ unit: "binary", maxLength: 1500 }))
  .map(([filePath, text]) => ({ filePath, bytes: encoder.encode(text) }));

/** Everything above, mixed. */
export const anyHostileDraft: fc.Arbitrary<HostileDraft> = fc.oneof(mimeDraft, templateDraft, randomBytesDraft, randomTextDraft);

// ---------------------------------------------------------------------------------------
// The invariant

/**
 * What every lint result must look like: results, or exactly one fatal message for the file
 * (a parse error), and never a rule that crashed. Returns the problems found ([] when fine).
 */
export function resultProblems(result: LintResult): string[] {
  const problems: string[] = [];
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0 && result.messages.length !== 1) {
    problems.push(`a fatal message must be the only message, got ${result.messages.length}: ${fatal.map((m) => m.message).join(" | ")}`);
  }
  for (const m of fatal) {
    if (m.ruleId !== null) problems.push(`rule ${m.ruleId} crashed: ${m.message}`);
    if (/\n\s+at .+:\d+:\d+/.test(m.message)) problems.push(`fatal message with a stack trace: ${m.message}`);
  }
  for (const m of result.messages) {
    const finite = [m.line, m.column, m.endLine ?? 1, m.endColumn ?? 1].every((n) => Number.isInteger(n));
    if (!finite || m.line < 1 || m.column < 1) problems.push(`bad position ${m.line}:${m.column} for ${m.ruleId}`);
    if (m.endLine !== undefined && (m.endLine < m.line || (m.endLine === m.line && (m.endColumn ?? m.column) < m.column))) {
      problems.push(`end ${m.endLine}:${m.endColumn} before start ${m.line}:${m.column} for ${m.ruleId}`);
    }
    if (typeof m.message !== "string" || m.message.length === 0) problems.push(`empty message from ${m.ruleId}`);
  }
  const errors = result.messages.filter((m) => m.severity === 2).length;
  if (errors !== result.errorCount || result.messages.length - errors !== result.warningCount || fatal.length !== result.fatalErrorCount) {
    problems.push("counts do not match the messages");
  }
  return problems;
}
