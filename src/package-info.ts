// mail-lint's own package.json: its folder (the hooks run bin/mail-lint.js from there) and its
// version (--version, the reports, the cache key). Found and read once, on first use.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let found: { root: string; version: string } | undefined;

function packageInfo(): { root: string; version: string } {
  if (found) return found;
  // This module is src/package-info.ts in the sources and dist/src/package-info.js compiled;
  // the bundle resolves these URLs as the compiled file would (scripts/bundle.mjs).
  for (const manifest of [new URL("../package.json", import.meta.url), new URL("../../package.json", import.meta.url)]) {
    let parsed: { name?: string; version?: string };
    try {
      parsed = JSON.parse(readFileSync(manifest, "utf8"));
    } catch {
      continue; // Not at this depth.
    }
    if (parsed.name === "mail-lint" && parsed.version) {
      return (found = { root: path.dirname(fileURLToPath(manifest)), version: parsed.version });
    }
  }
  throw new Error(`mail-lint: cannot find its own package.json above ${fileURLToPath(import.meta.url)}`);
}

/** mail-lint's package folder. */
export function packageRoot(): string {
  return packageInfo().root;
}

/** mail-lint's version. */
export function packageVersion(): string {
  return packageInfo().version;
}
