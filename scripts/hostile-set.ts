// The owner's hostile set (issue 18, "done when"): drafts built to hurt a linter, each linted by
// the built CLI in a process of its own. Every file must end in under 10 s with exit 0 or 1 and
// no stack trace. Time is the process's CPU time (user, from /usr/bin/time): on the shared
// 2-CPU machine wall time measures the other jobs too; both are printed.
//   npm run build && npx tsx scripts/hostile-set.ts            builds the set in a temp folder
//   npx tsx scripts/hostile-set.ts --keep                      and leaves the folder there
// Figures: docs/robustness.md ("Figures").
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = path.join(ROOT, "bin/mail-lint.js");
const TIME = "/usr/bin/time";
const LIMIT_SECONDS = 10;
const MB = 1024 * 1024;

const HEADERS = "From: Anna Berg <anna@shop.example>\r\nTo: Tom Maier <tom@kunde.example>\r\nSubject: Ihre Bestellung\r\n";
const eml = (headers: string, body: string | Uint8Array): Uint8Array =>
  Buffer.concat([Buffer.from(`${HEADERS}${headers}\r\n`), typeof body === "string" ? Buffer.from(body) : body]);
const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

const SENTENCES = "Wir schicken Ihnen die Ersatzteile bis Freitag, 27.11.2026, and we will send the replacement next week. ";
const PARAGRAPH = repeatTo(SENTENCES, 5 * MB);

function nestedMime(depth: number): Uint8Array {
  let open = "";
  let close = "";
  for (let i = 0; i < depth; i++) {
    open += `--b${i}\r\nContent-Type: multipart/mixed; boundary="b${i + 1}"\r\n\r\n`;
    close = `\r\n--b${i}--\r\n` + close;
  }
  return eml(`Content-Type: multipart/mixed; boundary="b0"\r\n`, `${open}--b${depth}\r\nContent-Type: text/plain\r\n\r\nWe will send it soon.\r\n--b${depth}--${close}`);
}

// Bytes that are no UTF-8: lone continuation bytes, truncated sequences, overlongs, surrogates.
const INVALID_UTF8 = Buffer.concat(
  Array.from({ length: 20_000 }, () => Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x0a])),
);
const NULS = repeatTo("We will\0 call\0\0 you soon.\0\r\n", 1 * MB);

// Runs that make a backtracking pattern slow: punctuation, brackets, blanks, quote markers,
// placeholders, addresses and links that never end, repeated letters.
const REDOS_BAIT = [
  "!?".repeat(50_000),
  ".".repeat(100_000) + "x",
  "(".repeat(50_000) + "[".repeat(50_000),
  " \t".repeat(50_000) + "x",
  ">".repeat(50_000) + " text",
  "{{".repeat(50_000),
  "a@".repeat(50_000),
  "https://x.example/" + "a/".repeat(50_000),
  "AAAA ".repeat(20_000) + "!",
  "a-".repeat(50_000),
  '"'.repeat(50_000),
  "*#@$%".repeat(20_000),
  "Nr. ".repeat(20_000),
  "27.11.".repeat(20_000),
].join("\n\n");

const CASES: [string, string | Uint8Array][] = [
  ["paragraph-5mb.eml", eml("Content-Type: text/plain; charset=utf-8\r\n", `Hallo Tom,\r\n\r\n${PARAGRAPH}\r\n`)],
  ["paragraph-5mb.txt", `Hallo Tom,\n\n${PARAGRAPH}\n`],
  ["paragraph-5mb.md", `Hallo Tom,\n\n${PARAGRAPH}\n`],
  ["word-5mb.txt", "x".repeat(5 * MB)],
  ["word-5mb.eml", eml("", "x".repeat(5 * MB))],
  ["nested-1000.eml", nestedMime(1000)],
  ["nested-250.eml", nestedMime(250)],
  ["invalid-utf8.eml", eml("Content-Type: text/plain; charset=utf-8\r\n", INVALID_UTF8)],
  ["invalid-utf8.txt", INVALID_UTF8],
  ["nul-bytes.eml", eml("", NULS)],
  ["nul-bytes.txt", NULS],
  [
    "looping-boundary.eml",
    eml(
      `Content-Type: multipart/mixed; boundary="same"\r\n`,
      repeatTo('--same\r\nContent-Type: multipart/alternative; boundary="same"\r\n\r\n--same\r\nContent-Type: text/plain\r\n\r\nHello\r\n', 1 * MB) + "--same--\r\n",
    ),
  ],
  ["redos-bait.txt", REDOS_BAIT],
  ["redos-bait.md", REDOS_BAIT],
  ["redos-bait.eml", eml("", REDOS_BAIT.replace(/\n/g, "\r\n"))],
  ["nested-images.md", "![".repeat(5_000) + "x"],
  ["greetings-20000.eml", eml("", "Hallo all, ".repeat(20_000) + "\r\n\r\nwir melden uns.\r\n")],
  ["addresses-20000.eml", eml(`Cc: ${Array.from({ length: 20_000 }, (_, i) => `k${i}@customer${i % 13}.example`).join(", ")}\r\n`, "Hallo Tom,\r\n\r\nwir melden uns.\r\n")],
];

interface Row {
  file: string;
  mb: number;
  cpu?: number;
  wall: number;
  peakMb?: number;
  code: number | null;
  problem?: string;
}

function lint(file: string): Row {
  const timed = existsSync(TIME);
  const args = [BIN, file, "-f", "compact", "--now", "2026-11-25"];
  const started = process.hrtime.bigint();
  const run = timed
    ? spawnSync(TIME, ["-f", "%U %M", "-o", `${file}.time`, process.execPath, ...args], { encoding: "utf8", maxBuffer: 1024 ** 3, timeout: 120_000 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1024 ** 3, timeout: 120_000 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const row: Row = { file: path.basename(file), mb: readFileSync(file).length / MB, wall, code: run.status };
  if (timed && existsSync(`${file}.time`)) {
    const [user, peakKb] = readFileSync(`${file}.time`, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
    Object.assign(row, { cpu: user, peakMb: peakKb / 1024 });
  }
  const seconds = row.cpu ?? wall;
  if (run.status !== 0 && run.status !== 1) row.problem = `exit ${run.status}`;
  else if (/^\s+at .*:\d+:\d+\)?$/m.test(run.stderr + run.stdout)) row.problem = "stack trace";
  else if (seconds >= LIMIT_SECONDS) row.problem = `${seconds.toFixed(1)} s`;
  return row;
}

const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-hostile-"));
try {
  console.log(`mail-lint hostile set (node ${process.version}) in ${dir}; CPU seconds from ${existsSync(TIME) ? TIME : "nowhere (wall time only)"}`);
  console.log("| file | size | CPU | wall | peak memory | exit | |\n|---|---|---|---|---|---|---|");
  let failed = 0;
  for (const [name, content] of CASES) {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const row = lint(file);
    if (row.problem) failed++;
    console.log(
      `| \`${row.file}\` | ${row.mb.toFixed(2)} MB | ${row.cpu === undefined ? "" : `${row.cpu.toFixed(2)} s`} | ${row.wall.toFixed(2)} s | ` +
        `${row.peakMb === undefined ? "" : `${row.peakMb.toFixed(0)} MB`} | ${row.code} | ${row.problem ? `**${row.problem}**` : "ok"} |`,
    );
  }
  console.log(failed === 0 ? "every file: exit 0 or 1, no stack trace, under 10 s" : `${failed} file(s) failed`);
  if (failed > 0) process.exitCode = 1;
} finally {
  if (!process.argv.includes("--keep")) rmSync(dir, { recursive: true, force: true });
}
