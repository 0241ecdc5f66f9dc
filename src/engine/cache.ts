// The lint cache (--cache, ESLint-style): a JSON file, `.maillintcache` by default, that keeps
// each file's result together with what the result depends on. A file is linted again only
// when one of these changed:
//   - its content (SHA-1 of the bytes, so a touched but unchanged template still hits),
//   - the settings that apply to it (rules, severities, options, internal domains, language,
//     inline-config switch) and the day it is linted on (date rules name "today" in messages),
//   - the mail-lint version (new rules or word lists).
// Results with fatal messages (unreadable or unparsable files, crashed rules) are never kept,
// so a transient failure is retried next time. A cache file that is unreadable, corrupt or from
// another version is ignored and rewritten: the cache can make a run faster, never wrong.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LintResult } from "../types.js";
import type { FileConfig } from "./config.js";

export const DEFAULT_CACHE_FILE = ".maillintcache";

// Bump when the layout of the cache file changes.
const FORMAT = 1;

interface CacheEntry {
  /** SHA-1 of the file's bytes. */
  content: string;
  /** Hash of the settings, the day and the version (see settingsKey). */
  settings: string;
  result: LintResult;
}

interface CacheFile {
  format: number;
  version: string;
  entries: Record<string, CacheEntry>;
}

/** What every result of a run depends on, besides each file's bytes and config. */
export interface RunSettings {
  version: string;
  allowInlineConfig: boolean;
  now: Date;
}

export interface CacheKey {
  content: string;
  settings: string;
}

/**
 * Where the cache lives: `--cache-location` as a file, or as a directory (an existing one, or a
 * path ending in a slash) holding `.maillintcache`; by default `.maillintcache` in `cwd`.
 */
export function cacheFilePath(cwd: string, location?: string): string {
  if (!location) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  const isDirectory = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
  return isDirectory ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}

export class LintCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly runKey: string;
  private changed = false;

  private constructor(
    readonly filePath: string,
    private readonly run: RunSettings,
    entries: Record<string, CacheEntry>,
  ) {
    this.entries = new Map(Object.entries(entries));
    // The day, not the time: date rules name "today" in their messages.
    this.runKey = JSON.stringify([run.version, run.now.toISOString().slice(0, 10), run.allowInlineConfig]);
  }

  /** Opens the cache at `filePath`; a missing, corrupt or outdated file gives an empty cache. */
  static open(filePath: string, run: RunSettings): LintCache {
    let stored: Partial<CacheFile> | undefined;
    try {
      stored = JSON.parse(readFileSync(filePath, "utf8")) as Partial<CacheFile>;
    } catch {
      // No cache yet, or not readable as JSON: start empty and write a fresh one.
    }
    const usable =
      stored?.format === FORMAT && stored.version === run.version && typeof stored.entries === "object" && stored.entries !== null;
    const cache = new LintCache(filePath, run, usable ? stored!.entries! : {});
    cache.changed = !usable && stored !== undefined;
    return cache;
  }

  /** A file's key: the hash of its bytes and the hash of its settings and the run's. */
  keyFor(bytes: Uint8Array, config: FileConfig): CacheKey {
    const settings = JSON.stringify([
      this.runKey,
      [...config.rules].map(([id, r]) => [id, r.severity, r.options]),
      config.internalDomains,
      config.internalOnlyRecipients,
      config.internalHosts,
      config.language ?? null,
      config.reportUnusedDisableDirectives,
    ]);
    return { content: sha1(bytes), settings: sha1(settings) };
  }

  /** The cached result for `file`, when its content and settings are unchanged. */
  get(file: string, key: CacheKey): LintResult | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.content !== key.content || entry.settings !== key.settings) return undefined;
    return { ...entry.result, filePath: file };
  }

  /** Remembers a result, unless it holds a fatal message (those are retried next run). */
  set(file: string, key: CacheKey, result: LintResult): void {
    if (result.fatalErrorCount > 0) {
      this.changed = this.entries.delete(file) || this.changed;
      return;
    }
    this.entries.set(file, { ...key, result });
    this.changed = true;
  }

  /**
   * Writes the cache when something changed. Entries of files that no longer exist are dropped;
   * entries of files not linted in this run stay, so linting a subset keeps the rest cached.
   * Written to a temporary file and renamed, so an interrupted run never leaves half a file.
   */
  save(): void {
    for (const file of this.entries.keys()) {
      if (!existsSync(file)) {
        this.entries.delete(file);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const data: CacheFile = { format: FORMAT, version: this.run.version, entries: Object.fromEntries(this.entries) };
    mkdirSync(path.dirname(this.filePath), { recursive: true });
    const temporary = `${this.filePath}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(data));
    renameSync(temporary, this.filePath);
    this.changed = false;
  }
}

function sha1(data: string | Uint8Array): string {
  // node:crypto loads only for --cache: it is ~15 internal modules a one-draft start need not load.
  return process.getBuiltinModule("node:crypto").createHash("sha1").update(data).digest("base64url");
}
