// Privacy: a draft never leaves the machine. The CLI runs over every fixture with every rule
// on, in every output format, with a preload (no-network.mjs) that ends the process with exit
// code 97 on any attempt to connect, resolve a host name or open a socket; the built code is
// checked to import no network module; and linting writes nothing next to the drafts except
// the report file and the cache the user asked for.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";

const GUARD = path.join(ROOT, "test/robustness/no-network.mjs");
const GUARDED = { NODE_OPTIONS: `--import=${pathToFileURL(GUARD).href}` };
const NETWORK_ATTEMPT = 97;
const SHARED_EML = path.resolve(ROOT, "../shared/data/eml_fixtures/files");

function draftsUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(eml|txt|md)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Every file under `directory` with a hash of its content and its modification time. */
function snapshot(directory: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(directory, full);
    if (entry.isDirectory()) files.set(relative + "/", "dir");
    else files.set(relative, `${createHash("sha256").update(readFileSync(full)).digest("hex")} ${statSync(full).mtimeMs}`);
  }
  return files;
}

function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [file, state] of after) if (before.get(file) !== state) changed.push(before.has(file) ? `modified ${file}` : `added ${file}`);
  for (const file of before.keys()) if (!after.has(file)) changed.push(`removed ${file}`);
  return changed.sort();
}

describe("privacy: no network", () => {
  it("the guard works: a connection, a DNS lookup and fetch each end the process with code 97", () => {
    const attempts = [
      "require('node:net').connect(9, '127.0.0.1')",
      "require('node:dns').lookup('localhost', () => {})",
      "fetch('http://127.0.0.1:9/').catch(() => {})",
      "require('node:https').get('https://127.0.0.1:9/')",
    ];
    for (const code of attempts) {
      const run = spawnSync(process.execPath, ["-e", code], { env: { ...process.env, ...GUARDED }, encoding: "utf8" });
      expect(run.status, code).toBe(NETWORK_ATTEMPT);
      expect(run.stderr).toMatch(/^mail-lint network guard: .+ was called\n$/);
    }
  });

  it("the CLI lints every fixture with every rule on, in several formats, without a network attempt", () => {
    const ruleIds = runCli(["--list-rules"]).stdout.trim().split("\n").slice(1).map((line) => line.split(/\s+/)[0]);
    expect(ruleIds.length).toBeGreaterThan(10);
    const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-privacy-"));
    const config = path.join(dir, "all-rules.json");
    writeFileSync(config, JSON.stringify({ rules: Object.fromEntries(ruleIds.map((id) => [id, "warn"])) }));
    const drafts = [...draftsUnder(path.join(ROOT, "fixtures")), ...draftsUnder(path.join(ROOT, "test/fixtures")), ...draftsUnder(SHARED_EML)];
    expect(drafts.length).toBeGreaterThan(20);

    // Reporters are pure functions; two more formats over the bundled fixtures are enough.
    for (const format of ["stylish", "sarif"]) {
      const run = runCli(["-c", config, "-f", format, path.join(ROOT, "fixtures")], { cwd: dir, env: { ...GUARDED, HOME: dir } });
      expect(run.stderr, format).not.toMatch(/network guard/);
      expect([0, 1], `${format}: ${run.stderr}`).toContain(run.code);
    }
    const json = runCli(["-c", config, "-f", "json", ...drafts], { cwd: dir, env: { ...GUARDED, HOME: dir } });
    expect(json.stderr).not.toMatch(/network guard/);
    expect([0, 1], json.stderr).toContain(json.code);
    const results = JSON.parse(json.stdout) as { messages: { ruleId: string | null }[] }[];
    expect(results).toHaveLength(drafts.length);
    // Most rules actually ran and reported something on these drafts.
    const reporting = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(ruleIds.filter((id) => reporting.has(id)).length).toBeGreaterThan(ruleIds.length / 2);

    const stdin = runCli(["--stdin", "--stdin-filename", "draft.eml", "-c", config], {
      cwd: dir,
      input: readFileSync(path.join(ROOT, "fixtures/en/reply-all-leak.eml")),
      env: { ...GUARDED, HOME: dir },
    });
    expect([0, 1], stdin.stderr).toContain(stdin.code);
  }, 120_000);

  it("the built code imports no network module and calls no fetch", () => {
    const built = ["dist/bundle", "dist/src", "dist/rules"].flatMap((d) =>
      existsSync(path.join(ROOT, d))
        ? readdirSync(path.join(ROOT, d), { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile() && /\.[cm]?js$/.test(e.name))
            .map((e) => path.join(e.parentPath, e.name))
        : [],
    );
    expect(built.some((f) => f.endsWith("mail-lint.cjs"))).toBe(true);
    const NETWORK_MODULE = String.raw`["'](?:node:)?(?:net|http|https|http2|dgram|tls|dns|dns/promises|undici|ws)["']`;
    const networkUse = new RegExp(
      String.raw`\bfrom\s*${NETWORK_MODULE}|\bimport\s*\(\s*${NETWORK_MODULE}|\brequire\s*\(\s*${NETWORK_MODULE}|\bfetch\s*\(|\bnew\s+(?:WebSocket|XMLHttpRequest|EventSource)\b`,
    );
    const offenders = built.filter((file) => networkUse.test(readFileSync(file, "utf8"))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});

describe("privacy: nothing written next to the drafts", () => {
  function draftCopy(): string {
    const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-writes-"));
    cpSync(path.join(ROOT, "fixtures"), path.join(dir, "drafts"), { recursive: true });
    return dir;
  }
  /** A home folder of its own, outside the drafts' folder: the compile cache goes there. */
  const homeFolder = () => mkdtempSync(path.join(tmpdir(), "mail-lint-home-"));
  /** The default cache folder, whatever the environment running the tests says. */
  const defaultCache = { MAIL_LINT_COMPILE_CACHE: "", XDG_CACHE_HOME: "" };

  it("linting a folder, a file and stdin leaves every file and folder as it was", () => {
    const dir = draftCopy();
    const before = snapshot(dir);
    const env = { HOME: homeFolder() };
    expect([0, 1]).toContain(runCli(["drafts"], { cwd: dir, env }).code);
    expect([0, 1]).toContain(runCli(["en/reply-all-leak.eml", "-f", "sarif"], { cwd: path.join(dir, "drafts"), env }).code);
    expect([0, 1]).toContain(runCli(["--stdin", "--stdin-filename", "drafts/x.md"], { cwd: dir, env, input: "We will call soon.\n" }).code);
    expect(changes(before, snapshot(dir))).toEqual([]);
  });

  it("the home folder gets only mail-lint's compiled code, with nothing of the drafts in it", () => {
    const dir = draftCopy();
    const home = homeFolder();
    const marker = "Quokka-Wintergarten-4711";
    const draft = path.join(dir, "drafts", "marked.txt");
    writeFileSync(draft, `Hallo Frau Berg,\n\nwir melden uns zeitnah wegen ${marker}.\n`);
    expect([0, 1]).toContain(runCli([draft], { cwd: dir, env: { ...defaultCache, HOME: home } }).code);
    expect([0, 1]).toContain(runCli(["--stdin", "--stdin-filename", "x.txt"], { cwd: dir, env: { ...defaultCache, HOME: home }, input: `We will call soon about ${marker}.\n` }).code);
    const files = [...snapshot(home).keys()].filter((f) => !f.endsWith("/"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file).toMatch(/^\.cache\/mail-lint\/compile-cache\/[\w.-]+\.v8cache$/);
      expect(readFileSync(path.join(home, file)).includes(marker), file).toBe(false);
    }
  });

  it("-o writes the report file and nothing else", () => {
    const dir = draftCopy();
    const before = snapshot(dir);
    expect([0, 1]).toContain(runCli(["drafts", "-f", "json", "-o", "reports/lint.json"], { cwd: dir, env: { HOME: homeFolder() } }).code);
    expect(changes(before, snapshot(dir))).toEqual(["added reports/", "added reports/lint.json"]);
  });

  const hasCache = runCli(["--help"]).stdout.includes("--cache-location");
  it.skipIf(!hasCache)("--cache writes only the cache file, where --cache-location says", () => {
    const dir = draftCopy();
    const before = snapshot(dir);
    const env = { HOME: homeFolder() };
    expect([0, 1]).toContain(runCli(["drafts", "--cache", "--cache-location", "cache/lint-cache"], { cwd: dir, env }).code);
    expect([0, 1]).toContain(runCli(["drafts", "--cache", "--cache-location", "cache/lint-cache"], { cwd: dir, env }).code);
    expect(changes(before, snapshot(dir))).toEqual(["added cache/", "added cache/lint-cache"]);
  });
});
