// Worker threads: used only when a run is large enough to pay for their start-up, and the
// results are the same, in the same order, as linting in-process. The corpus generator the
// benchmark uses is tested here too: deterministic, both languages, all formats, parseable.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_WORKERS, MIN_FILES_PER_WORKER, lintInWorkers, workerCount } from "../../src/engine/workers.js";
import { createRandom, generateCorpus, writeCorpus } from "../../scripts/generate-corpus.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BUNDLE = path.join(ROOT, "dist", "bundle", "mail-lint.cjs");

describe("workerCount", () => {
  it("lints a pre-commit-sized run in-process", () => {
    expect(workerCount(1, "auto", 8)).toBe(0);
    expect(workerCount(3, "auto", 8)).toBe(0);
    expect(workerCount(2 * MIN_FILES_PER_WORKER - 1, "auto", 8)).toBe(0);
  });

  it("starts workers when every one gets enough files, leaving one CPU to the main thread, at most MAX_WORKERS", () => {
    expect(workerCount(2 * MIN_FILES_PER_WORKER, "auto", 8)).toBe(2);
    expect(workerCount(100 * MIN_FILES_PER_WORKER, "auto", 4)).toBe(3);
    expect(workerCount(100 * MIN_FILES_PER_WORKER, "auto", 64)).toBe(MAX_WORKERS);
  });

  it("never starts a single worker: it would only add its start-up", () => {
    expect(workerCount(10_000, "auto", 2)).toBe(0);
    expect(workerCount(10_000, "auto", 1)).toBe(0);
    expect(workerCount(10_000, 1, 8)).toBe(0);
  });

  it("follows --concurrency, but not beyond one worker per file nor beyond the CPUs", () => {
    expect(workerCount(10_000, "off", 8)).toBe(0);
    expect(workerCount(10, 4, 8)).toBe(4);
    expect(workerCount(3, 4, 8)).toBe(3);
    expect(workerCount(1_000, 128, 2)).toBe(2);
    expect(workerCount(1_000, 100_000, 8)).toBe(8);
    expect(workerCount(10, 4, 1)).toBe(0); // capped at 1: a single worker is never started
  });

  it("stays in-process under the TypeScript sources, where a thread has no JavaScript to load", async () => {
    const files = Array.from({ length: 50 }, (_, i) => `/nowhere/${i}.txt`);
    expect(await lintInWorkers(files, { concurrency: 4 }, () => {})).toBe(false);
  });
});

describe("generateCorpus", () => {
  it("gives the same drafts for the same seed, and others for another", () => {
    const a = [...generateCorpus({ count: 50, seed: 7 })];
    expect([...generateCorpus({ count: 50, seed: 7 })]).toEqual(a);
    expect([...generateCorpus({ count: 50, seed: 8 })].map((f) => f.content)).not.toEqual(a.map((f) => f.content));
  });

  it("mixes German and English, .eml, .md and .txt, clean drafts and drafts with problems", () => {
    const files = [...generateCorpus({ count: 400, seed: 1 })];
    const share = (test: (f: (typeof files)[number]) => boolean) => files.filter(test).length / files.length;
    for (const language of ["de", "en"]) expect(share((f) => f.language === language)).toBeGreaterThan(0.4);
    for (const format of ["eml", "md", "txt"]) expect(share((f) => f.format === format)).toBeGreaterThan(0.2);
    expect(share((f) => f.seeded)).toBeGreaterThan(0.25);
    expect(share((f) => f.seeded)).toBeLessThan(0.45);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    expect(files.find((f) => f.format === "eml")!.content).toMatch(/^From: .*\r\nTo: /);
  });

  it("has a PRNG with values in [0, 1) that depend on the seed", () => {
    const random = createRandom(42);
    const values = Array.from({ length: 1000 }, random);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
    expect(createRandom(42)()).toBe(values[0]);
  });
});

// Whole processes of the built CLI: workers need the bundle (npm test builds it first).
describe.skipIf(!existsSync(BUNDLE))("the built CLI with worker threads", () => {
  let corpus: string;
  beforeAll(() => {
    corpus = mkdtempSync(path.join(os.tmpdir(), "mail-lint-workers-"));
    writeCorpus(corpus, { count: 40, seed: 3 });
  });
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  const lint = (...args: string[]) => {
    const child = spawnSync(process.execPath, [path.join(ROOT, "bin", "mail-lint.js"), "--format", "json", "--now", "2026-11-25", ...args, corpus], {
      cwd: corpus,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    return { code: child.status, stderr: child.stderr, results: JSON.parse(child.stdout) as { filePath: string; messages: { fatal?: boolean; ruleId: string | null }[] }[] };
  };

  it("reports exactly what an in-process run reports, in the same order", () => {
    const inProcess = lint("--concurrency", "off");
    // Three threads where the CPUs allow (more would be capped, with a warning).
    const threaded = lint("--concurrency", String(Math.min(3, os.availableParallelism())));
    expect(threaded.stderr).toBe("");
    expect(threaded.code).toBe(inProcess.code);
    expect(threaded.results).toEqual(inProcess.results);
    expect(threaded.results).toHaveLength(40);
    // The generated drafts all parse, and the problems put in are found.
    expect(inProcess.results.flatMap((r) => r.messages).filter((m) => m.fatal)).toEqual([]);
    expect(inProcess.results.some((r) => r.messages.some((m) => m.ruleId !== null))).toBe(true);
  }, 180_000);

  it("rejects a --concurrency that is not a number, auto or off", () => {
    const child = spawnSync(process.execPath, [path.join(ROOT, "bin", "mail-lint.js"), "--concurrency", "many", corpus], { encoding: "utf8" });
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(/--concurrency/);
  });
});
