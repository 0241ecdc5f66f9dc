// The performance benchmark (npm run bench): times whole processes, never functions inside one,
// because start-up is what a pre-commit hook user waits for. Each case runs once to warm the
// disk cache, then `--runs` times; the table shows the median, min-max, throughput and peak RSS
// (from /usr/bin/time when the system has it). Single-draft runs alternate with `node -e 0`, so
// both see the same machine load, and the ratio compares their medians.
//
//   npm run bench                  one draft, fixtures, 10,000-draft corpus, alex, cache, 10x
//   npm run bench -- --quick       smaller corpus (2,000 drafts) and fewer runs
//   npm run bench -- --runs 7 --count 10000 --scale 10 --json bench.json
//   npm run bench -- --only lsp    only some parts: startup, fixtures, corpus (with alex, cache, scale), lsp
//
// The "lsp" part times the language server (`mail-lint lsp`) from a real LSP client over stdio:
// didOpen of a one-page draft on a started (initialized, nothing linted yet) server until its
// diagnostics arrive, each in a fresh server process, and didChange until the new ones arrive.
//
// Needs `npm run build` first (it runs the built CLI, bin/mail-lint.js).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeCorpus } from "./generate-corpus.js";
import { startClient, uriOf } from "../test/lsp/client.js";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const CLI = path.join(ROOT, "bin", "mail-lint.js");
const ALEX = path.join(ROOT, "node_modules", "alex", "cli.js");
const TIME = "/usr/bin/time";

interface Options {
  runs: number;
  count: number;
  scale: number;
  seed: number;
  json?: string;
  skipAlex: boolean;
  skipScale: boolean;
  /** The parts to run (all when not given). */
  only?: Set<string>;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes("--quick");
  return {
    runs: Number(value("runs") ?? (quick ? 3 : 5)),
    count: Number(value("count") ?? (quick ? 2000 : 10000)),
    scale: Number(value("scale") ?? 10),
    seed: Number(value("seed") ?? 1),
    ...(value("json") ? { json: value("json") } : {}),
    skipAlex: argv.includes("--no-alex"),
    skipScale: argv.includes("--no-scale"),
    ...(value("only") ? { only: new Set(value("only")!.split(",").map((part) => part.trim())) } : {}),
  };
}

interface Sample {
  ms: number;
  /** Peak resident set size in MB, when /usr/bin/time is there to tell. */
  rssMb?: number;
  exitCode: number;
}

const hasTime = existsSync(TIME);

/** Runs one process to its end, output discarded; wall time measured around the spawn. */
function runOnce(command: string[], cwd: string, env?: Record<string, string>): Sample {
  const report = path.join(os.tmpdir(), `mail-lint-bench-${process.pid}.time`);
  const argv = hasTime ? [TIME, "-f", "%M", "-o", report, ...command] : command;
  const start = process.hrtime.bigint();
  const child = spawnSync(argv[0], argv.slice(1), { cwd, stdio: "ignore", maxBuffer: 1 << 30, ...(env ? { env: { ...process.env, ...env } } : {}) });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) throw child.error;
  let rssMb: number | undefined;
  if (hasTime) {
    const kb = Number(readFileSync(report, "utf8").trim().split("\n").at(-1));
    rssMb = Number.isFinite(kb) ? kb / 1024 : undefined;
    rmSync(report, { force: true });
  }
  return { ms, ...(rssMb !== undefined ? { rssMb } : {}), exitCode: child.status ?? -1 };
}

interface Row {
  name: string;
  samples: Sample[];
  bytes?: number;
  /** The row this one is compared with, and how the ratio is read. */
  versus?: { row: Row; label: string; inverse?: boolean };
  note?: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const wall = (row: Row) => median(row.samples.map((s) => s.ms));

/** Times `commands` in turns (A B A B ...) after one warm-up round. */
function timeAlternating(commands: { name: string; command: string[]; cwd?: string; env?: Record<string, string>; bytes?: number }[], runs: number): Row[] {
  commands.forEach((c) => runOnce(c.command, c.cwd ?? ROOT, c.env));
  const rows: Row[] = commands.map((c) => ({ name: c.name, samples: [], ...(c.bytes !== undefined ? { bytes: c.bytes } : {}) }));
  for (let i = 0; i < runs; i++) {
    commands.forEach((c, j) => rows[j].samples.push(runOnce(c.command, c.cwd ?? ROOT, c.env)));
  }
  return rows;
}

function bytesIn(directory: string, keep: (file: string) => boolean = () => true): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (!keep(file)) continue;
    files++;
    bytes += statSync(file).size;
  }
  return { files, bytes };
}

/** The generated corpus for (count, seed), written once and reused by later runs. */
function corpus(count: number, seed: number): string {
  const directory = path.join(os.tmpdir(), "mail-lint-bench", `corpus-${count}-${seed}`);
  const marker = path.join(directory, ".complete");
  if (!existsSync(marker)) {
    process.stderr.write(`generating ${count} drafts in ${directory} ...\n`);
    writeCorpus(directory, { count, seed });
    writeFileSync(marker, "");
  }
  return directory;
}

/** The .md and .txt templates of a corpus in a folder of their own: the files alex reads too. */
function templatesOnly(source: string): string {
  const directory = `${source}-templates`;
  if (!existsSync(path.join(directory, ".complete"))) {
    rmSync(directory, { recursive: true, force: true });
    cpSync(source, directory, { recursive: true, filter: (file) => statSync(file).isDirectory() || /\.(md|txt)$/.test(file) });
    writeFileSync(path.join(directory, ".complete"), "");
  }
  return directory;
}

function formatTable(rows: Row[]): string {
  const header = ["case", "runs", "median", "min-max", "MB/s", "peak RSS", "ratio"];
  const lines = rows.map((row) => {
    const times = row.samples.map((s) => s.ms);
    const rss = row.samples.map((s) => s.rssMb).filter((v): v is number => v !== undefined);
    const seconds = wall(row) / 1000;
    const ratio = row.versus
      ? `${(row.versus.inverse ? wall(row.versus.row) / wall(row) : wall(row) / wall(row.versus.row)).toFixed(2)}x ${row.versus.label}`
      : "";
    return [
      row.name,
      String(row.samples.length),
      ms(wall(row)),
      `${ms(Math.min(...times))}-${ms(Math.max(...times))}`,
      row.bytes ? (row.bytes / 1e6 / seconds).toFixed(2) : "",
      rss.length ? `${Math.max(...rss).toFixed(0)} MB` : "n/a",
      ratio + (row.note ? ` ${row.note}` : ""),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [format(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(format)].join("\n");
}

function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;
}

/**
 * The language server from a client over stdio: didOpen -> first diagnostics on a started server
 * (a fresh process each time, so the first lint loads what it needs), and didChange -> new
 * diagnostics on a warm one. In-process wall time around the messages, not whole processes.
 */
async function timeLanguageServer(runs: number): Promise<Row[]> {
  const workspace = mkdtempSync(path.join(os.tmpdir(), "mail-lint-bench-lsp-"));
  const rows: Row[] = [];
  for (const draft of ["fixtures/de/vorlage-rueckruf.txt", "fixtures/en/reply-all-leak.eml"]) {
    const file = path.join(workspace, path.basename(draft));
    const text = readFileSync(path.join(ROOT, draft), "utf8");
    writeFileSync(file, text);
    const name = draft.replace("fixtures/", "");
    const open: Row = { name: `lsp: didOpen -> diagnostics, ${name}`, samples: [], note: "(started server)" };
    const change: Row = { name: `lsp: didChange -> diagnostics, ${name}`, samples: [] };
    for (let i = 0; i < runs + 1; i++) {
      const client = startClient({ cwd: workspace });
      await client.initialize(workspace);
      const uri = uriOf(file);
      const published = client.diagnostics(uri);
      const start = performance.now();
      client.open(file, text);
      await published;
      if (i > 0) open.samples.push({ ms: performance.now() - start, exitCode: 0 }); // the first run warms the disk cache
      if (i === runs) {
        // Typing: each change adds or removes a sentence; the answer for that version is timed.
        for (let version = 2; version < 2 + Math.max(runs, 20); version++) {
          const next = version % 2 === 0 ? `${text}\nWir melden uns zeitnah. We will call you soon.\n` : text;
          const updated = client.diagnostics(uri, (p) => p.version === version);
          const changed = performance.now();
          client.change(uri, next, version);
          await updated;
          change.samples.push({ ms: performance.now() - changed, exitCode: 0 });
        }
      }
      await client.stop();
    }
    rows.push(open, change);
  }
  rmSync(workspace, { recursive: true, force: true });
  return rows;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const want = (part: string) => !options.only || options.only.has(part);
  if (!existsSync(path.join(ROOT, "dist", "bundle", "mail-lint.cjs"))) {
    console.error("bench: run `npm run build` first (dist/bundle/mail-lint.cjs is missing)");
    process.exit(2);
  }
  const rows: Row[] = [];
  // A compile cache of the bench's own (src/launch/load-bundle.ts): what the one-draft runs take
  // back does not depend on earlier runs on this machine. The warm-up round writes it.
  const compileCache = mkdtempSync(path.join(os.tmpdir(), "mail-lint-bench-compile-cache-"));
  process.env.MAIL_LINT_COMPILE_CACHE = compileCache;
  const lint = (...args: string[]) => ["node", CLI, "--format", "json", "--no-color", ...args];
  const progress = (what: string) => process.stderr.write(`bench: ${what}\n`);

  // 1. Start-up: one draft, cold process, against a bare `node -e 0` in alternation.
  if (want("startup")) {
    progress("one draft, cold");
    const drafts = ["fixtures/de/vorlage-rueckruf.txt", "fixtures/en/template-refund.txt", "fixtures/en/reply-good.eml"];
    const startup = timeAlternating(
      [
        { name: "node -e 0", command: ["node", "-e", "0"] },
        // The floor: the CLI starting and parsing its arguments, no draft read.
        { name: "mail-lint --version", command: ["node", CLI, "--version"] },
        ...drafts.map((draft) => ({ name: `one draft: ${draft.replace("fixtures/", "")}`, command: lint(draft) })),
        // What the first run after an install or upgrade costs: nothing compiled kept yet.
        { name: `one draft, no compile cache: ${drafts[0].replace("fixtures/", "")}`, command: lint(drafts[0]), env: { MAIL_LINT_COMPILE_CACHE: "off" } },
        // The peer on one draft (alex reads text and Markdown only).
        ...(options.skipAlex ? [] : [{ name: "alex, one draft: en/template-refund.txt", command: ["node", ALEX, "fixtures/en/template-refund.txt"] }]),
      ],
      Math.max(options.runs, 9),
    );
    startup.slice(1).forEach((row) => (row.versus = { row: startup[0], label: "node -e 0" }));
    rows.push(...startup);
  }

  // 2. The bundled fixtures.
  if (want("fixtures")) {
    progress("fixtures");
    const fixtures = path.join(ROOT, "fixtures");
    rows.push(...timeAlternating([{ name: "fixtures/ (all)", command: lint(fixtures), bytes: bytesIn(fixtures).bytes }], options.runs));
  }

  // 3. The generated corpus: all formats; then the .md/.txt templates against alex.
  if (want("corpus")) {
    const corpusDir = corpus(options.count, options.seed);
    const all = bytesIn(corpusDir, (f) => /\.(eml|md|txt)$/.test(f));
    progress(`corpus: ${all.files} drafts, ${(all.bytes / 1e6).toFixed(1)} MB`);
    const corpusRuns = Math.max(1, Math.min(options.runs, 3));
    // In-process against one worker per CPU: whether workers pay on this machine.
    const threads = String(Math.max(2, os.availableParallelism()));
    const [inProcess, withWorkers] = timeAlternating(
      [
        { name: `corpus ${all.files} drafts, in-process`, command: lint("--concurrency", "off", corpusDir), bytes: all.bytes },
        { name: `corpus ${all.files} drafts, ${threads} workers`, command: lint("--concurrency", threads, corpusDir), bytes: all.bytes },
      ],
      corpusRuns,
    );
    withWorkers.versus = { row: inProcess, label: "the in-process speed", inverse: true };
    rows.push(inProcess, withWorkers);

    if (!options.skipAlex) {
      const templates = templatesOnly(corpusDir);
      const text = bytesIn(templates, (f) => /\.(md|txt)$/.test(f));
      progress(`alex vs mail-lint on ${text.files} .md/.txt templates`);
      const [alex, ours] = timeAlternating(
        [
          { name: `alex, ${text.files} .md/.txt`, command: ["node", ALEX, "."], cwd: templates, bytes: text.bytes },
          { name: `mail-lint, same ${text.files} files`, command: lint("."), cwd: templates, bytes: text.bytes },
        ],
        corpusRuns,
      );
      ours.versus = { row: alex, label: "alex's throughput", inverse: true };
      rows.push(alex, ours);
    }

    // 4. --cache: a first run fills it, a second over the unchanged corpus reads it.
    progress("cache");
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), "mail-lint-bench-cache-"));
    const cacheFile = path.join(cacheDir, ".maillintcache");
    const cached = lint("--cache", "--cache-location", cacheFile, corpusDir);
    const first: Row = { name: "corpus, --cache, first run", samples: [], bytes: all.bytes };
    const second: Row = { name: "corpus, --cache, second run", samples: [], bytes: all.bytes };
    for (let i = 0; i < corpusRuns; i++) {
      rmSync(cacheFile, { force: true });
      first.samples.push(runOnce(cached, ROOT));
      second.samples.push(runOnce(cached, ROOT));
    }
    second.versus = { row: first, label: "of the first run" };
    rows.push(first, second);
    rmSync(cacheDir, { recursive: true, force: true });

    // 5. Linear growth: the same generator at `scale` times the size.
    if (!options.skipScale) {
      const bigDir = corpus(options.count * options.scale, options.seed);
      const big = bytesIn(bigDir, (f) => /\.(eml|md|txt)$/.test(f));
      progress(`corpus x${options.scale}: ${big.files} drafts`);
      const [large] = timeAlternating(
        [{ name: `corpus x${options.scale}: ${big.files} drafts, in-process`, command: lint("--concurrency", "off", bigDir), bytes: big.bytes }],
        1,
      );
      large.versus = { row: inProcess, label: `the ${all.files}-draft time (${options.scale}x the drafts)` };
      rows.push(large);
    }

  }

  // 6. The language server: first diagnostics after didOpen, new ones after didChange.
  if (want("lsp")) {
    progress("language server");
    rows.push(...(await timeLanguageServer(Math.max(options.runs, 9))));
  }

  rmSync(compileCache, { recursive: true, force: true });
  const table = formatTable(rows);
  console.log(`mail-lint benchmark, ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  console.log(table);
  if (options.json) {
    mkdirSync(path.dirname(path.resolve(options.json)), { recursive: true });
    writeFileSync(options.json, JSON.stringify({ options, node: process.version, cpus: os.cpus().length, rows: rows.map(({ versus, ...r }) => ({ ...r, versus: versus?.row.name })) }, null, 2));
  }
}

await main();
