// Lint time and memory per MB for drafts of growing size and the same make-up (issue 18: time
// per MB flat within 1.5x from 100 KB to 5 MB, peak memory at most 10x the input). Memory is
// measured as the peak resident memory of the whole process minus that of linting an empty
// draft, divided by the input's size (the start-up's ~56 MB is no part of what a draft costs). Each draft is
// linted by the built CLI in its own process (`node bin/mail-lint.js draft -f json`); the time is
// the process's CPU time (user, from /usr/bin/time when there is one: wall time on a shared
// machine says more about the other jobs), with the start-up (an empty draft) shown separately.
//   npm run build && npx tsx scripts/scaling.ts                               100 KB, 1 MB, 5 MB .eml thread
//   npx tsx scripts/scaling.ts --sizes 200,20000 --format md
//   npx tsx scripts/scaling.ts --shape paragraph --format txt                 one paragraph on one line
//   npx tsx scripts/scaling.ts --shape word                                   one word without spaces
// Shapes: `thread` (a reply thread: an authored paragraph with a promise, a date and a greeting,
// then quoted history, repeated), `paragraph` (sentences with promises and dates on one line) and
// `word` (one letter repeated). The drafts are written to a temporary directory.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = path.join(ROOT, "bin/mail-lint.js");

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const sizesKb = flag("sizes", "100,1000,5000").split(",").map(Number);
const format = flag("format", "eml") as "eml" | "md" | "txt";
const shape = flag("shape", "thread") as "thread" | "paragraph" | "word";
const LIMIT = 1.5;
const MEMORY_LIMIT = 10;

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

const ONE_LINE = "Wir schicken Ihnen die Ersatzteile bis Freitag, 27.11.2026 und we will send the replacement next week, I'll call you on Wednesday. ";

function bodyOf(bytes: number): string {
  if (shape === "word") return `Hallo Anna,\n\n${"x".repeat(bytes)}\n`;
  if (shape === "paragraph") return `Hallo Anna,\n\n${ONE_LINE.repeat(Math.ceil(bytes / Buffer.byteLength(ONE_LINE)))}\n\nViele Grüße\nTom\n`;
  const blocks: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const block = `${AUTHORED[i % AUTHORED.length]}\n${QUOTED}\n`;
    blocks.push(block);
    length += Buffer.byteLength(block);
  }
  return blocks.join("");
}

function draftOf(bytes: number): string {
  const body = bodyOf(bytes);
  if (format === "eml") {
    const headers = "From: Support <support@shop.example>\nTo: Anna Berg <anna@kunde.example>\nSubject: Re: Ihre Bestellung 48213\nDate: Wed, 25 Nov 2026 09:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n";
    return (headers + body).replace(/\n/g, "\r\n");
  }
  return body;
}

const TIME = "/usr/bin/time";

/** CPU seconds (user, or wall time without /usr/bin/time) and peak resident memory of one lint. */
function timeLint(file: string): { seconds: number; peakMb?: number; code: number | null; messages: number } {
  const args = [BIN, file, "-f", "json", "--now", "2026-11-25"];
  const timed = existsSync(TIME);
  const started = process.hrtime.bigint();
  const run = timed
    ? spawnSync(TIME, ["-f", "%U %M", "-o", `${file}.time`, process.execPath, ...args], { encoding: "utf8", maxBuffer: 1024 ** 3 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1024 ** 3 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && run.status !== 1) throw new Error(`mail-lint exited ${run.status}: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: unknown[] }[];
  if (!timed) return { seconds: wall, code: run.status, messages: result.messages.length };
  const [user, peakKb] = readFileSync(`${file}.time`, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
  return { seconds: user, peakMb: peakKb / 1024, code: run.status, messages: result.messages.length };
}

const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-scaling-"));
try {
  const empty = path.join(dir, `empty.${format === "eml" ? "txt" : format}`);
  writeFileSync(empty, "");
  const startups = [1, 2, 3].map(() => timeLint(empty));
  const startup = Math.min(...startups.map((s) => s.seconds));
  const startupMb = Math.min(...startups.map((s) => s.peakMb ?? 0));
  const unit = existsSync(TIME) ? "s CPU" : "s wall";
  console.log(`mail-lint scaling (${shape}, ${format}, node ${process.version}); start-up with an empty draft: ${startup.toFixed(2)} ${unit}, ${startupMb.toFixed(0)} MB`);
  const rows: { mb: number; perMb: number; memory?: number }[] = [];
  for (const kb of sizesKb) {
    const file = path.join(dir, `draft-${kb}kb.${format}`);
    const text = draftOf(kb * 1024);
    writeFileSync(file, text);
    const mb = Buffer.byteLength(text) / 1024 ** 2;
    const { seconds, peakMb, messages } = timeLint(file);
    const perMb = (seconds - startup) / mb;
    rows.push({ mb, perMb, ...(peakMb === undefined ? {} : { memory: (peakMb - startupMb) / mb }) });
    const memory = peakMb === undefined ? "" : `; peak ${peakMb.toFixed(0)} MB = ${(peakMb / mb).toFixed(1)}x the input (${((peakMb - startupMb) / mb).toFixed(1)}x above start-up)`;
    console.log(`${String(kb).padStart(6)} KB: ${seconds.toFixed(2)} ${unit}, ${messages} messages, ${perMb.toFixed(2)} ${unit}/MB without start-up${memory}`);
  }
  // Growth: a larger draft's time per MB against each smaller one's. Small drafts cost more per
  // MB (loading chrono-node and compiling patterns once), which says nothing about linearity.
  const ratio = Math.max(...rows.flatMap((large, j) => rows.slice(0, j).map((small) => large.perMb / small.perMb)));
  console.log(`time per MB of a larger draft / a smaller one, at most: ${ratio.toFixed(2)} (limit ${LIMIT})`);
  if (ratio > LIMIT) process.exitCode = 1;
  // Memory from 1 MB on: below that the runtime's own growth (young generation, code) outweighs the draft.
  const memory = rows.filter((row) => row.memory !== undefined && row.mb >= 0.9).map((row) => row.memory!);
  if (memory.length > 0) {
    const worst = Math.max(...memory);
    console.log(`peak memory above an empty draft per MB of input, from 1 MB on, at most: ${worst.toFixed(1)}x (limit ${MEMORY_LIMIT}x)`);
    if (worst > MEMORY_LIMIT) process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
