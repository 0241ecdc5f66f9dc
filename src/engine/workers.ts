// Spreads a large run over worker threads. Each worker loads mail-lint once (and
// chrono-node and the word lists when its drafts need them), which costs a few hundred
// milliseconds, so workers are used only when there are enough files to pay for that: for a
// pre-commit hook with three drafts, starting them would make the run slower, not faster.
//
// The main thread hands out small batches of file paths as workers ask for more (a slow draft
// does not hold up a whole share), and puts the results back in the order of the files. A
// worker resolves configs itself exactly as the main thread would (lintFoundFile), so the
// answers are the same with and without workers.
//
// A worker runs this very module (or, in the CLI bundle, the launcher, which loads it): started
// with workerData tagged WORKER_TAG, it serves batches instead of starting more workers. Under
// the TypeScript sources (vitest, tsx) there is no JavaScript file for a worker to load, and the
// run stays in-process.
import { availableParallelism } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import type { LintResult } from "../types.js";
import type { LintOptions } from "./lint-files.js";
import { ConfigError, UsageError } from "./config-errors.js";

const WORKER_TAG = "mail-lint-lint-worker/1";

/** Files each worker should have, at least, before one is started (its start-up must pay). */
export const MIN_FILES_PER_WORKER = 250;
/** More threads than this rarely help: reading files and the main thread become the limit. */
export const MAX_WORKERS = 8;
/** Files handed out per request: small enough to balance, large enough to keep messages few. */
const BATCH_SIZE = 8;

/**
 * How many workers a run of `files` drafts gets; 0 lints in the main thread. "auto" leaves one
 * CPU to the main thread (reading, hashing, configs, the report) and the rest of the system:
 * on 2 CPUs, 2 workers were slower than an in-process run (docs/performance.md), because each
 * worker repeats the start-up (chrono-node above all) and competes with the main thread.
 */
export function workerCount(files: number, concurrency: LintOptions["concurrency"] = "auto", cpus = availableParallelism()): number {
  if (concurrency === "off") return 0;
  // A number is capped at the CPUs: more threads only share them, each with its own start-up and
  // heap (128 on 1,000 files took 9.4 s and 2 GB against 1.0 s with 2; the CLI warns).
  const wanted = concurrency === "auto" ? Math.min(cpus - 1, MAX_WORKERS, Math.floor(files / MIN_FILES_PER_WORKER)) : Math.min(concurrency, cpus);
  const count = Math.min(wanted, files);
  // One worker alone would only add its start-up to the same sequential work.
  return count >= 2 ? count : 0;
}

/** Options as a worker receives them: what can be copied to another thread. */
type WorkerOptions = Omit<LintOptions, "onWarning">;

interface BatchRequest {
  files: string[];
}
type WorkerReply =
  | { kind: "ready" }
  | { kind: "results"; results: LintResult[] }
  | { kind: "failed"; name: string; message: string; stack?: string };

/**
 * Lints `files` in worker threads, handing each result to `onResult` with the file's index as
 * its batch comes back (not in file order: the caller puts them in order). False when workers
 * do not pay for this run (or cannot run here); the caller then lints in-process.
 */
export async function lintInWorkers(
  files: readonly string[],
  options: LintOptions,
  onResult: (index: number, result: LintResult) => void,
): Promise<boolean> {
  const count = workerCount(files.length, options.concurrency);
  const script = workerScript();
  if (count === 0 || !script) return false;
  const { onWarning: _notCopied, ...copied } = options;
  let shared: WorkerOptions;
  try {
    shared = structuredClone(copied);
  } catch {
    return false; // A config object with functions in it cannot cross threads.
  }

  let next = 0;
  // A small young generation keeps each thread's resident memory down (the libraries build their
  // tables from many short-lived objects) at the same CPU time (docs/performance.md).
  const workers = Array.from(
    { length: count },
    () => new Worker(script, { workerData: { tag: WORKER_TAG, options: shared }, resourceLimits: { maxYoungGenerationSizeMb: 8 } }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let batchStart = 0;
            let batchLength = 0;
            const sendBatch = () => {
              batchStart = next;
              batchLength = Math.min(BATCH_SIZE, files.length - next);
              next += batchLength;
              if (batchLength === 0) {
                resolve();
                return;
              }
              const request: BatchRequest = { files: files.slice(batchStart, batchStart + batchLength) };
              worker.postMessage(request);
            };
            worker.on("message", (reply: WorkerReply) => {
              if (reply.kind === "failed") return reject(rebuildError(reply));
              if (reply.kind === "results") {
                // The caller's handler may fail (a report file on a full disk): that ends the run, not the process.
                try {
                  reply.results.forEach((result, i) => onResult(batchStart + i, result));
                } catch (error) {
                  return reject(error);
                }
              }
              sendBatch();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (next < files.length || batchLength > 0) reject(new Error(`mail-lint: a lint worker stopped early (exit code ${code})`));
            });
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return true;
}

// Set by scripts/bundle.mjs in the CLI bundle: the launcher (bin/mail-lint.js) relative to this
// module's compiled file. A CommonJS bundle cannot be a worker's entry by itself; the launcher
// loads it, with its code cache, and calls startWorker (src/cli.ts), which loads this module.
declare const MAIL_LINT_WORKER_ENTRY: string | undefined;

/** The file a worker runs: the launcher in the bundle, else this module when it is JavaScript. */
function workerScript(): URL | undefined {
  if (typeof MAIL_LINT_WORKER_ENTRY === "string") return new URL(MAIL_LINT_WORKER_ENTRY, import.meta.url);
  const self = new URL(import.meta.url);
  return self.protocol === "file:" && /\.m?js$/.test(self.pathname) ? self : undefined;
}

/** Errors keep their kind across the thread boundary, so the CLI still exits 2 for a bad config. */
function rebuildError(reply: Extract<WorkerReply, { kind: "failed" }>): Error {
  const error =
    reply.name === "ConfigError"
      ? new ConfigError(reply.message)
      : reply.name === "UsageError"
        ? new UsageError(reply.message)
        : new Error(reply.message);
  if (reply.stack) error.stack = reply.stack;
  return error;
}

/** The worker side: load the project config once, then lint batches until told to stop. */
async function serveBatches(options: WorkerOptions): Promise<void> {
  const port = parentPort!;
  try {
    const { configFor, lintFoundFile } = await import("./lint-files.js");
    const projectConfig = await configFor(options, options.cwd ?? process.cwd());
    port.on("message", async (request: BatchRequest) => {
      try {
        const results: LintResult[] = [];
        for (const file of request.files) results.push(await lintFoundFile(file, options, projectConfig));
        port.postMessage({ kind: "results", results } satisfies WorkerReply);
      } catch (error) {
        port.postMessage(failure(error));
      }
    });
    port.postMessage({ kind: "ready" } satisfies WorkerReply);
  } catch (error) {
    port.postMessage(failure(error));
  }
}

function failure(error: unknown): WorkerReply {
  const e = error as Error;
  return { kind: "failed", name: e?.name ?? "Error", message: e?.message ?? String(error), ...(e?.stack ? { stack: e.stack } : {}) };
}

if (!isMainThread && (workerData as { tag?: string } | null)?.tag === WORKER_TAG) {
  void serveBatches((workerData as { options: WorkerOptions }).options);
}
