// File handling through the CLI, as users run it (child process): symlink loops, unreadable
// files, names with spaces and Unicode, directories with and without a trailing slash, empty
// files, directories without drafts, and every bundled fixture. Each run ends with a clear
// exit code and no stack trace.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, cannotRunUnprivileged, runCli } from "../helpers/run-cli.js";

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; fatal?: boolean; message: string; line: number }[];
  errorCount: number;
}

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-files-"));
  chmodSync(dir, 0o755); // readable by "nobody" for the permission tests
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function lintJson(args: string[], options: Parameters<typeof runCli>[1] = {}) {
  const run = runCli([...args, "-f", "json"], options);
  expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  return { ...run, results: run.stdout ? (JSON.parse(run.stdout) as JsonResult[]) : [] };
}

const names = (dir: string, results: JsonResult[]) => results.map((r) => path.relative(dir, r.filePath)).sort();

describe("file handling (CLI)", () => {
  it("follows no symlink loops: a directory linking to itself, to its parent, and a self-referencing link", () => {
    const dir = tempDir({ "drafts/a.txt": "Hello Anna,\n\nwe will call you soon.\n", "drafts/sub/b.md": "Hi Tom\n" });
    symlinkSync(path.join(dir, "drafts"), path.join(dir, "drafts/sub/up")); // sub/up -> drafts (a cycle)
    symlinkSync(".", path.join(dir, "drafts/here")); // here -> drafts itself
    symlinkSync("self.txt", path.join(dir, "drafts/self.txt")); // self.txt -> self.txt (ELOOP)
    const { code, results, stderr } = lintJson(["drafts"], { cwd: dir });
    expect([0, 1]).toContain(code);
    expect(stderr).not.toMatch(/internal error/);
    // Each real draft once; the loops are not walked.
    expect(names(dir, results).filter((n) => !n.endsWith("self.txt"))).toEqual(["drafts/a.txt", "drafts/sub/b.md"]);
    // A file named on the command line that is a link loop is one clear fatal message.
    const loop = lintJson(["drafts/self.txt"], { cwd: dir });
    expect([1, 2]).toContain(loop.code);
    expect(loop.stdout + loop.stderr).toMatch(/self\.txt/);
  });

  it("an unreadable file is a fatal message for that file; the others are still linted", (context) => {
    const cannot = cannotRunUnprivileged();
    if (cannot) context.skip(cannot);
    const dir = tempDir({ "drafts/locked.txt": "secret", "drafts/open.txt": "We will call you soon.\n" });
    chmodSync(path.join(dir, "drafts/locked.txt"), 0o000);
    // Root reads everything; then the CLI runs without that right (run-cli.ts), with HOME in the temp directory.
    const { code, results } = lintJson(["drafts"], { cwd: dir, unprivileged: true, env: { HOME: dir } });
    chmodSync(path.join(dir, "drafts/locked.txt"), 0o644);
    expect(code).toBe(1);
    const [locked, open] = results;
    expect(path.basename(locked.filePath)).toBe("locked.txt");
    expect(locked.messages).toEqual([expect.objectContaining({ fatal: true, ruleId: null, message: "Cannot read file: permission denied" })]);
    expect(path.basename(open.filePath)).toBe("open.txt");
    expect(open.messages.some((m) => m.ruleId === "unconfirmed-promise")).toBe(true);
  });

  it("names with spaces and Unicode, given as files, as a directory and as a glob", () => {
    const files = {
      "Entwürfe – 2026/Antwort an Frau Müller.txt": "Sehr geehrte Frau Müller,\n\nwir melden uns in Kürze.\n",
      "Entwürfe – 2026/日本語 メール.md": "Hi Tom,\n\nwe will send it soon.\n",
      "Entwürfe – 2026/café #1 (final).eml": "From: a@shop.example\r\nTo: b@kunde.example\r\nSubject: Ihre Bestellung\r\n\r\nWir melden uns bald.\r\n",
    };
    const dir = tempDir(files);
    const expected = Object.keys(files).sort();
    const byName = lintJson(Object.keys(files), { cwd: dir });
    expect([0, 1]).toContain(byName.code);
    expect(names(dir, byName.results)).toEqual(expected);
    expect(byName.results.every((r) => r.messages.length > 0 && r.messages.every((m) => !m.fatal))).toBe(true);
    expect(names(dir, lintJson(["Entwürfe – 2026"], { cwd: dir }).results)).toEqual(expected);
    expect(names(dir, lintJson(["Entwürfe – 2026/*.{txt,md,eml}"], { cwd: dir }).results)).toEqual(expected);
  });

  it("a directory with and without a trailing slash (relative and absolute) lints the same files", () => {
    const dir = tempDir({ "d/a.txt": "We will call soon.\n", "d/x/b.eml": "From: a@b.example\r\nSubject: s\r\n\r\nHi\r\n", "d/x/y/c.md": "# Hi\n" });
    const runs = [["d"], ["d/"], ["./d//"], [path.join(dir, "d")], [path.join(dir, "d") + "/"]].map((args) => lintJson(args, { cwd: dir }));
    const first = runs[0];
    expect(names(dir, first.results)).toEqual(["d/a.txt", "d/x/b.eml", "d/x/y/c.md"]);
    for (const run of runs) {
      expect(run.code).toBe(first.code);
      expect(run.results).toEqual(first.results);
    }
  });

  it("empty files: .txt and .md are clean, an empty .eml is one clear parse error", () => {
    const dir = tempDir({ "empty.txt": "", "empty.md": "", "empty.eml": "" });
    const { code, results } = lintJson(["."], { cwd: dir });
    expect(code).toBe(1);
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages]));
    expect(byName["empty.txt"]).toEqual([]);
    expect(byName["empty.md"]).toEqual([]);
    expect(byName["empty.eml"]).toEqual([expect.objectContaining({ fatal: true, ruleId: null, message: expect.stringMatching(/^Parsing error: The file is empty/) })]);
  });

  it("a directory with no drafts: a warning and exit 0, or exit 2 with --error-on-unmatched-pattern", () => {
    const dir = tempDir({ "attachments/scan.pdf": "%PDF", "attachments/notes.docx": "x", "drafts/ok.txt": "Hello Anna,\n\nthank you for your order.\n" });
    mkdirSync(path.join(dir, "nothing"));
    const warned = runCli(["attachments"], { cwd: dir });
    expect(warned).toEqual({ code: 0, stdout: "", stderr: 'mail-lint: warning: No drafts (.eml, .txt, .md) found in directory "attachments".\n' });
    expect(runCli(["nothing/"], { cwd: dir }).code).toBe(0);
    const strict = runCli(["attachments", "--error-on-unmatched-pattern"], { cwd: dir });
    expect(strict).toEqual({ code: 2, stdout: "", stderr: 'mail-lint: No drafts (.eml, .txt, .md) found in directory "attachments".\n' });
    // The other paths of the same run are still linted when only a warning is given.
    const mixed = lintJson(["attachments", "drafts"], { cwd: dir });
    expect(mixed.code).toBe(0);
    expect(names(dir, mixed.results)).toEqual(["drafts/ok.txt"]);
  });

  it("every bundled fixture lints with exit 0 or 1, no fatal message and no stack trace", () => {
    const fixtures = readdirSync(path.join(ROOT, "fixtures"), { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && /\.(eml|txt|md)$/.test(e.name),
    );
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    // Each file gets the config of its own folder (fixtures/with-config has one).
    const { code, results, stderr } = lintJson(["fixtures"]);
    expect([0, 1], stderr).toContain(code);
    expect(results).toHaveLength(fixtures.length);
    for (const result of results) expect(result.messages.filter((m) => m.fatal), result.filePath).toEqual([]);
  }, 60_000);
});
