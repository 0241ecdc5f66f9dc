// Lint time per MB for a small and a large draft of the same make-up (issue 9: time at most
// linear; the 20 MB draft's time per MB within 2x of the 200 KB draft's). Each draft is linted
// by the built CLI in its own process (`node bin/mail-lint.js draft -f json`), timed whole, as
// a user waits for it; the start-up (an empty draft) is measured too and shown separately.
//   npm run build && npx tsx scripts/scaling.ts                 200 KB vs 20 MB .eml
//   npx tsx scripts/scaling.ts --small 200 --large 2000 --format md
// The drafts are generated here (a reply thread: an authored paragraph with a promise, a date
// and a greeting, then quoted history, repeated) and written to a temporary directory.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = path.join(ROOT, "bin/mail-lint.js");

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const smallKb = Number(flag("small", "200"));
const largeKb = Number(flag("large", "20000"));
const format = flag("format", "eml") as "eml" | "md" | "txt";

// One block of a long thread: what the sender writes now, then what they quote.
const AUTHORED = [
  "Hallo Frau Berg,\n\nvielen Dank für Ihre Nachricht. Wir schicken Ihnen die Ersatzteile bis Freitag, 27.11.2026. Die Rechnung folgt in Kürze, sagt unsere Buchhaltung.\n",
  "Hi Tom,\n\nthanks for the quick reply. We will send the replacement next week and I'll call you on Wednesday to confirm the delivery window.\n",
];
const QUOTED =
  "> Am 24.11.2026 um 10:12 schrieb Anna Berg <anna@kunde.example>:\n" +
  "> Sehr geehrte Damen und Herren, die Lieferung ist unvollständig angekommen. Bitte melden Sie sich.\n" +
  "> > On Mon, Nov 23, 2026 at 9:00 AM Support <support@shop.example> wrote:\n" +
  "> > Your order #48213 has shipped and will arrive in about two weeks. See https://shop.example/track?id=48213\n" +
  "> > Best regards, the support team\n";

function draftOf(bytes: number): string {
  const blocks: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const block = `${AUTHORED[i % AUTHORED.length]}\n${QUOTED}\n`;
    blocks.push(block);
    length += Buffer.byteLength(block);
  }
  const body = blocks.join("");
  if (format === "eml") {
    const headers = "From: Support <support@shop.example>\nTo: Anna Berg <anna@kunde.example>\nSubject: Re: Ihre Bestellung 48213\nDate: Wed, 25 Nov 2026 09:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n";
    return (headers + body).replace(/\n/g, "\r\n");
  }
  return body;
}

function timeLint(file: string): { seconds: number; code: number | null; messages: number } {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [BIN, file, "-f", "json", "--now", "2026-11-25"], { encoding: "utf8", maxBuffer: 1024 ** 3 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && run.status !== 1) throw new Error(`mail-lint exited ${run.status}: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: unknown[] }[];
  return { seconds, code: run.status, messages: result.messages.length };
}

const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-scaling-"));
try {
  const empty = path.join(dir, `empty.${format === "eml" ? "txt" : format}`);
  writeFileSync(empty, "");
  const startup = Math.min(...[1, 2, 3].map(() => timeLint(empty).seconds));
  console.log(`mail-lint scaling (${format}, node ${process.version}); start-up with an empty draft: ${startup.toFixed(2)} s`);
  const rows: { kb: number; mb: number; seconds: number; messages: number }[] = [];
  for (const kb of [smallKb, largeKb]) {
    const file = path.join(dir, `draft-${kb}kb.${format}`);
    const text = draftOf(kb * 1024);
    writeFileSync(file, text);
    const mb = Buffer.byteLength(text) / 1024 ** 2;
    const { seconds, messages } = timeLint(file);
    rows.push({ kb, mb, seconds, messages });
    console.log(
      `${String(kb).padStart(6)} KB draft: ${seconds.toFixed(2)} s whole process, ${messages} messages; ` +
        `${(seconds / mb).toFixed(2)} s/MB whole, ${((seconds - startup) / mb).toFixed(2)} s/MB without start-up`,
    );
  }
  const [small, large] = rows;
  const ratioWhole = large.seconds / large.mb / (small.seconds / small.mb);
  const ratioLint = (large.seconds - startup) / large.mb / ((small.seconds - startup) / small.mb);
  console.log(`time per MB, large / small: ${ratioWhole.toFixed(2)} whole process, ${ratioLint.toFixed(2)} without start-up (limit 2)`);
  if (ratioLint > 2) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
