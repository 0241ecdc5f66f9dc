// Runs mail-lint's CommonJS bundles (dist/bundle/*.cjs, built by scripts/bundle.mjs) with V8's
// code cache kept on disk between runs.
//
// Why: a pre-commit hook or a sendmail wrapper lints one draft while the user waits, and compiling
// the CLI's code was a large part of that wait (see docs/performance.md). Node >= 22.1 can keep
// compiled ES modules on disk itself (module.enableCompileCache); Node 20 keeps nothing. vm.Script
// takes the code V8 compiled in an earlier run (cachedData) and hands it out again after a run
// (createCachedData), with every function compiled while linting. That is all this does, and only
// for mail-lint's own bundles.
//
// A bundle file is one function expression taking the CommonJS module arguments plus
// __mailLintBundleUrl (its file URL, which the build puts where the sources say import.meta.url)
// and __mailLintImport (import() from here, which the build puts where a bundle says import():
// see scripts/bundle.mjs for why). A `require("./x.cjs")` inside a bundle loads the sibling
// bundle x.cjs the same way: the libraries few drafts need (postal-mime, remark, ...) are
// bundles of their own.
//
// Which run writes the cache matters: V8 puts in it every function compiled so far, and reads all
// of it back on the next start. After a folder of thousands of drafts that is nearly all the code,
// more than one draft needs, and reading it back costs more than it saves. So the launcher writes
// it after a run over a few named drafts (the runs where start-up is what the user waits for)
// that found no cache or one V8 would not take (another Node version, other V8 flags). It is
// written at exit, atomically (parallel runs never read half a file), and the oldest caches of
// the same bundle go. Any trouble reading or writing it is ignored: the cache only saves time.
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";

export interface BundleLoader {
  /** The exports of the bundle at `file` (an absolute path); each bundle runs once. */
  load(file: string): unknown;
  /** Writes the code caches this process should leave behind; call it last (at exit). */
  writeCaches(): void;
  /** The cache files looked for, and whether V8 took each (for tests). */
  readonly cacheFiles: readonly { file: string; accepted: boolean }[];
}

interface PendingCache {
  script: vm.Script;
  cacheFile: string;
}

/** A loader that keeps code caches in `cacheDir`; without one it compiles every time. */
export function bundleLoader(cacheDir: string | undefined): BundleLoader {
  const loaded = new Map<string, unknown>();
  const pending: PendingCache[] = [];
  const cacheFiles: { file: string; accepted: boolean }[] = [];

  function load(file: string): unknown {
    if (loaded.has(file)) return loaded.get(file);
    const source = readFileSync(file, "utf8");
    const cacheFile = cacheDir === undefined ? undefined : path.join(cacheDir, cacheName(file));
    const cachedData = cacheFile === undefined ? undefined : readIfPresent(cacheFile);
    const script = new vm.Script(source, { filename: file, cachedData });
    if (cacheFile !== undefined) {
      const accepted = cachedData !== undefined && script.cachedDataRejected !== true;
      cacheFiles.push({ file: cacheFile, accepted });
      if (!accepted) pending.push({ script, cacheFile });
    }
    const module = { exports: {} as unknown };
    loaded.set(file, module.exports);
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, bundleRequire(file, load), module, file, path.dirname(file), pathToFileURL(file).href, importModule);
    loaded.set(file, module.exports);
    return module.exports;
  }

  function writeCaches(): void {
    for (const { script, cacheFile } of pending.splice(0)) {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, cacheFile);
        removeOlderBuilds(cacheFile);
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // The folder itself is not there or not ours: nothing was left behind.
        }
      }
    }
  }

  return { load, writeCaches, cacheFiles };
}

/**
 * The cache file's name: the bundle's name, size and modification time, and the Node version and
 * CPU. V8 checks its own version, its flags and the source's length, but not the source itself:
 * a rebuilt bundle of the same length must not get the old code, so size and time are in the name.
 */
function cacheName(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${path.basename(file, ".cjs")}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}.v8cache`;
}

/**
 * Caches kept per bundle: a few, not one, because two installations of mail-lint (a global one
 * and a project's) or two Node versions may take turns, and each would otherwise delete the
 * other's cache and write its own again on every run.
 */
const KEPT_PER_BUNDLE = 4;

/** Removes all but the newest caches of the bundle that `cacheFile` is for. */
function removeOlderBuilds(cacheFile: string): void {
  const directory = path.dirname(cacheFile);
  const name = path.basename(cacheFile).replace(CACHE_NAME_END, "");
  const caches = readdirSync(directory)
    .filter((entry) => entry.startsWith(name) && CACHE_NAME_END.test(entry) && entry.replace(CACHE_NAME_END, "") === name)
    .map((entry) => ({ entry, time: statSync(path.join(directory, entry)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { entry } of caches.slice(KEPT_PER_BUNDLE)) rmSync(path.join(directory, entry), { force: true });
}

/** What cacheName puts after the bundle's name. */
const CACHE_NAME_END = /-\d+-\d+-v[\d.]+-\w+\.v8cache$/;

/** import() for a bundle: a user's plugin or config file, by absolute URL, or a package by name. */
function importModule(specifier: string): Promise<unknown> {
  return import(specifier);
}

/**
 * The cache file's bytes, if it is there and only its owner could have written it. V8 runs what
 * it reads from a code cache, so a cache someone else could have planted (a cache folder named in
 * MAIL_LINT_COMPILE_CACHE that others may write to) is not read.
 */
function readIfPresent(file: string): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, "r");
    if (!writableByOwnerOnly(fstatSync(descriptor))) return undefined;
    return readFileSync(descriptor);
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function writableByOwnerOnly(stats: Stats): boolean {
  if (process.platform === "win32") return true; // no POSIX owner and mode bits to check
  return stats.uid === process.getuid?.() && (stats.mode & 0o022) === 0;
}

/** require() inside a bundle: sibling bundles through the loader, everything else as Node would. */
function bundleRequire(file: string, load: (file: string) => unknown): NodeJS.Require {
  const nodeRequire = createRequire(file);
  const required = ((id: string) =>
    id.startsWith("./") && id.endsWith(".cjs") ? load(path.join(path.dirname(file), id)) : nodeRequire(id)) as NodeJS.Require;
  return Object.assign(required, { resolve: nodeRequire.resolve, cache: nodeRequire.cache, main: nodeRequire.main, extensions: nodeRequire.extensions });
}
