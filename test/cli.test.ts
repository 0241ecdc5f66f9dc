// The CLI run as a child process, as users run it: exit codes, formats, errors without stack traces.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, cannotRunUnprivileged, runCli } from "./helpers/run-cli.js";

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-cli-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe("mail-lint CLI", () => {
  it("lints the bundled fixtures and prints findings", () => {
    const { code, stdout, stderr } = runCli(["fixtures"]);
    expect([0, 1]).toContain(code);
    expect(stdout).toMatch(/fixtures\/en\/template-shipping\.md\n\s+\d+:\d+\s+(warning|error)/);
    expect(stdout).toMatch(/✖ \d+ problems/);
    noStackTrace(stdout + stderr);
  });

  it("exits 0 with no output for a clean draft", () => {
    const dir = tempDir({ "ok.txt": "Hello Anna,\n\nthank you for your order.\n" });
    expect(runCli(["ok.txt"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("a missing file is one clear line, exit 2", () => {
    const { code, stdout, stderr } = runCli(["no/such/draft.eml"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe('mail-lint: No such file or directory: "no/such/draft.eml".\n');
  });

  it("an unreadable directory is one clear line, exit 2", (context) => {
    const cannot = cannotRunUnprivileged();
    if (cannot) context.skip(cannot);
    const dir = tempDir({ "locked/a.txt": "x" });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, "locked"), 0o000);
    const { code, stderr } = runCli(["locked"], { cwd: dir, unprivileged: true, env: { HOME: dir } });
    chmodSync(path.join(dir, "locked"), 0o755);
    expect(code).toBe(2);
    expect(stderr).toBe('mail-lint: Cannot read directory "locked": permission denied.\n');
  });

  it("paths the user got wrong are one line naming the path and the problem, exit 2", () => {
    const dir = tempDir({ "a.txt": "We will call you soon.\n", "out/.keep": "" });
    symlinkSync("loop", path.join(dir, "loop"));
    spawnSync("mkfifo", [path.join(dir, "pipe")]);
    const long = `${"x".repeat(300)}.txt`;
    const cases: [string[], string][] = [
      [["loop"], 'mail-lint: Cannot read "loop": too many symbolic links (a link loop).\n'],
      [["loop/a.txt"], 'mail-lint: Cannot read "loop/a.txt": too many symbolic links (a link loop).\n'],
      [[long], `mail-lint: Cannot read "${long}": the name is too long.\n`],
      [["pipe"], 'mail-lint: Cannot lint "pipe": it is a named pipe (FIFO), not a file or directory (use --stdin to lint a stream).\n'],
      [["/dev/null"], 'mail-lint: Cannot lint "/dev/null": it is a device, not a file or directory (use --stdin to lint a stream).\n'],
      [["a.txt", "-o", "out"], 'mail-lint: Cannot write the report to "out": it is a directory.\n'],
      [["a.txt", "-o", "/dev/full"], 'mail-lint: Cannot write the report to "/dev/full": no space left on the device.\n'],
    ];
    for (const [args, stderr] of cases) {
      expect({ args, ...runCli(args, { cwd: dir }) }).toEqual({ args, code: 2, stdout: "", stderr });
    }
  });

  it("--concurrency beyond the CPUs is capped at them, with a warning", () => {
    const dir = tempDir({ "a.txt": "Hello Anna,\n\nthank you for your order.\n" });
    const cpus = availableParallelism();
    const run = runCli(["--concurrency", "100000", "a.txt"], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: "", stderr: `mail-lint: warning: --concurrency 100000 is more than the ${cpus} CPUs of this machine; using ${cpus}.\n` });
    expect(runCli(["--concurrency", String(cpus), "a.txt"], { cwd: dir }).stderr).toBe("");
  });

  it("a broken config is one clear line naming the file, exit 2", () => {
    const dir = tempDir({ ".maillintrc.json": "{ rules: ", "a.txt": "Hi" });
    const { code, stderr } = runCli(["a.txt"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(`${dir}/.maillintrc.json: cannot read config`);
    noStackTrace(stderr);
  });

  it("an invalid JSON or YAML config says why, not just where", () => {
    const json = tempDir({ ".maillintrc.json": '{\n  "rules": {\n    "no-insult": "error",\n  }\n}\n', "a.txt": "Hi" });
    // V8's wording differs between Node versions; the reason and the line are what count.
    const stderr = runCli(["a.txt"], { cwd: json }).stderr;
    expect(stderr.startsWith(`mail-lint: ${json}/.maillintrc.json: cannot read config: `)).toBe(true);
    expect(stderr).toMatch(/: cannot read config: .*property name.*\(line 4\b.*\)\n$/);
    const yaml = tempDir({ ".maillintrc.yaml": "rules: [\n  - x: :\n", "a.txt": "Hi" });
    expect(runCli(["a.txt"], { cwd: yaml }).stderr).toMatch(/^mail-lint: .+\.maillintrc\.yaml: cannot read config: \S.+\n$/);
  });

  it("an unknown rule is one clear line listing the known rules, exit 2", () => {
    const dir = tempDir({ ".maillintrc.json": JSON.stringify({ rules: { "no-sarcasm": "error" } }), "a.txt": "Hi" });
    const { code, stderr } = runCli(["a.txt"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^mail-lint: .*\.maillintrc\.json: unknown rule "no-sarcasm" in rules \(known rules: .+\)\n$/);
  });

  it("--rule is validated as the config is: unknown ids, severities and options are one clear line, exit 2", () => {
    // No config in this folder: whatever fails, fails because of the flag.
    const dir = tempDir({ "a.txt": "You idiot, we will call you soon.\n" });
    const cases: [string, RegExp][] = [
      ["no-such-rule: error", /^mail-lint: --rule "no-such-rule: error": unknown rule "no-such-rule" \(known rules: .*no-insult.*\)\n$/],
      ["no-insults: off", /^mail-lint: --rule "no-insults: off": unknown rule "no-insults" /],
      ["no-insult: loud", /^mail-lint: --rule "no-insult: loud": severity must be "off", "warn" or "error" \(or \[severity, options\]\), got "loud"\n$/],
      ["no-insult: ERROR", /got "ERROR"/],
      ["no-insult: of", /got "of"/],
      ["no-insult: 3", /got 3/],
      ["no-insult: ['error']", /not valid JSON/],
      ['no-insult: ["error", {"noSuchOption": true}]', /^mail-lint: --rule .*noSuchOption/],
      ["no-insult", /expected "rule-id: severity"/],
    ];
    for (const [flag, expected] of cases) {
      const run = runCli(["--rule", flag, "a.txt"], { cwd: dir });
      expect({ flag, code: run.code, stdout: run.stdout }).toEqual({ flag, code: 2, stdout: "" });
      expect(run.stderr).toMatch(expected);
    }
    // Valid forms still work, a quoted severity as in JSON included.
    for (const flag of ["no-insult: error", 'no-insult: "error"', "no-insult: 2", 'no-insult: ["error", {}]']) {
      expect({ flag, code: runCli(["--rule", flag, "a.txt"], { cwd: dir }).code }).toEqual({ flag, code: 1 });
    }
    expect(runCli(["--rule", "no-insult: off", "--rule", "unconfirmed-promise: off", "a.txt"], { cwd: dir }).code).toBe(0);
  });

  it("--staged with --stdin is a usage error, exit 2", () => {
    const { code, stderr } = runCli(["--staged", "--stdin"], { input: "" });
    expect(code).toBe(2);
    expect(stderr).toBe("mail-lint: --staged and --stdin cannot be combined: lint either the git index or standard input\n");
  });

  it("an unknown option is a usage error, exit 2", () => {
    const { code, stderr } = runCli(["--frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--frobnicate'");
  });

  it("--list-rules lists every rule with category and default severity", () => {
    const { code, stdout } = runCli(["--list-rules"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^rule\s+category\s+default\s+description$/);
    expect(lines.length).toBeGreaterThan(1);
  });

  it("--stdin with --stdin-filename picks the format and reports positions", () => {
    const eml = "From: a@shop.example\r\nTo: b@customer.example\r\nSubject: s\r\n\r\nWe will get back to you soon.\r\n";
    const { code, stdout } = runCli(["--stdin", "--stdin-filename", "draft.eml", "-f", "json"], { input: eml });
    expect(code).toBe(0);
    const [result] = JSON.parse(stdout);
    expect(result.filePath).toBe(path.join(ROOT, "draft.eml"));
    const soon = result.messages.find((m: { ruleId: string }) => m.ruleId === "unconfirmed-promise");
    expect(soon).toMatchObject({ line: 5, column: 25, endLine: 5, endColumn: 29 });
  });

  it("--max-warnings turns too many warnings into exit 1; --quiet hides warnings", () => {
    const dir = tempDir({ "a.txt": "We will get back to you soon.\n" });
    expect(runCli(["a.txt"], { cwd: dir }).code).toBe(0);
    const strict = runCli(["a.txt", "--max-warnings", "0"], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe("mail-lint found too many warnings (maximum: 0).\n");
    expect(runCli(["a.txt", "--quiet"], { cwd: dir }).stdout).toBe("");
  });

  it("--rule changes a severity; errors exit 1; -o writes the report to a file", () => {
    const dir = tempDir({ "a.txt": "We will get back to you soon.\n" });
    const { code, stdout } = runCli(["a.txt", "--rule", "unconfirmed-promise: error", "-f", "compact", "-o", "out/report.txt"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const report = spawnSync("cat", [path.join(dir, "out/report.txt")], { encoding: "utf8" }).stdout;
    expect(report).toMatch(/^a\.txt:1:25: error .+ \[unconfirmed-promise\]\n$/);
  });

  it("a draft that cannot be parsed is a fatal message for that file; the others are still linted", () => {
    const dir = tempDir({ "bad.md": "---\nsubject: [unclosed\n---\nHi\n", "good.txt": "We will call you soon.\n" });
    const { code, stdout } = runCli([".", "-f", "json"], { cwd: dir });
    expect(code).toBe(1);
    const results = JSON.parse(stdout);
    expect(results.map((r: { filePath: string }) => path.basename(r.filePath))).toEqual(["bad.md", "good.txt"]);
    expect(results[0].messages[0]).toMatchObject({ fatal: true, severity: 2, ruleId: null });
    expect(results[0].messages[0].message).toMatch(/^Parsing error: Invalid front matter/);
    expect(results[1].warningCount).toBeGreaterThan(0);
  });

  it("a directory without drafts warns and exits 0, or 2 with --error-on-unmatched-pattern", () => {
    const dir = tempDir({ "empty/readme.pdf": "x" });
    const soft = runCli(["empty"], { cwd: dir });
    expect(soft.code).toBe(0);
    expect(soft.stderr).toMatch(/No drafts \(\.eml, \.txt, \.md\) found in directory "empty"/);
    expect(runCli(["empty", "--error-on-unmatched-pattern"], { cwd: dir }).code).toBe(2);
  });

  it("skips node_modules and what .gitignore and .maillintignore exclude", () => {
    const dir = tempDir({
      "node_modules/x/a.txt": "soon",
      ".gitignore": "drafts/old/\n",
      ".maillintignore": "*.bak.txt\n",
      "drafts/old/a.txt": "x",
      "drafts/a.bak.txt": "x",
      "drafts/new.txt": "Hello",
    });
    const { stdout } = runCli([".", "-f", "json"], { cwd: dir });
    expect(JSON.parse(stdout).map((r: { filePath: string }) => path.relative(dir, r.filePath))).toEqual(["drafts/new.txt"]);
  });

  it("--print-config prints the resolved settings for a file", () => {
    const dir = tempDir({ ".maillintrc.json": JSON.stringify({ language: "de", rules: { "unconfirmed-promise": "error" } }), "a.txt": "" });
    const { code, stdout } = runCli(["--print-config", "a.txt"], { cwd: dir });
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.language).toBe("de");
    expect(printed.rules["unconfirmed-promise"][0]).toBe("error");
  });

  it("--print-config shows internalHosts beside the other leak settings", () => {
    const dir = tempDir({ ".maillintrc.json": JSON.stringify({ internalDomains: ["laden.example"], internalHosts: ["jira.laden.example", "*.atlassian.net/wiki/spaces/SUP*"] }), "a.txt": "" });
    const printed = JSON.parse(runCli(["--print-config", "a.txt"], { cwd: dir }).stdout);
    expect(printed.internalDomains).toEqual(["laden.example"]);
    expect(printed.internalHosts).toEqual(["jira.laden.example", "*.atlassian.net/wiki/spaces/SUP*"]);
  });
});

describe("size limit", () => {
  it("a file or standard input past --max-file-size (default 25 MB) is one fatal message; the others are still linted", () => {
    const dir = tempDir({ "a.txt": "We will call you soon.\n", "big.txt": "Hello Anna,\n" + "We will call you. ".repeat(12_000) });
    const files = runCli(["a.txt", "big.txt", "--max-file-size", "0.1", "-f", "compact"], { cwd: dir });
    expect(files.code).toBe(1);
    expect(files.stdout).toMatch(/^a\.txt:1:18: warning .+\[unconfirmed-promise\]\nbig\.txt:1:1: error File too large: 0.2 MB, more than the 0.1 MB mail-lint reads \(--max-file-size\)\.\n$/);
    const stdin = runCli(["--stdin", "--max-file-size", "0.5", "-f", "compact"], { cwd: dir, input: Buffer.alloc(3 * 1024 * 1024, 0x61) });
    expect(stdin).toEqual({ code: 1, stderr: "", stdout: "<stdin>.txt:1:1: error File too large: more than the 0.5 MB mail-lint reads (--max-file-size).\n" });
    expect(runCli(["--max-file-size", "0", "a.txt"], { cwd: dir }).stderr).toBe('mail-lint: --max-file-size needs a number of megabytes > 0, got "0"\n');
    // Within the default limit: linted.
    expect(runCli(["big.txt", "-f", "compact"], { cwd: dir }).stdout).not.toMatch(/too large/);
  }, 60_000);
});
