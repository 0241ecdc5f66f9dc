// Shared by the integration tests: the built CLI run as a child process, and throw-away git
// repositories isolated from the user's git config and from any git hook running this suite.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = path.join(ROOT, "bin/mail-lint.js");

/** The environment for child processes: no colours, no user or system git config, no inherited GIT_DIR. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // FORCE_COLOR left out, not emptied: Node >= 22 warns on stderr when it is set beside NO_COLOR.
    if (!key.startsWith("GIT_") && key !== "MAIL_LINT_FORCE" && key !== "FORCE_COLOR") env[key] = value;
  }
  return {
    ...env,
    NO_COLOR: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Test",
    GIT_AUTHOR_EMAIL: "test@example.com",
    GIT_COMMITTER_NAME: "Test",
    GIT_COMMITTER_EMAIL: "test@example.com",
    ...extra,
  };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: readonly string[], cwd: string, options: SpawnSyncOptions = {}): Run {
  const result = spawnSync(command, args, { cwd, env: cleanEnv(), encoding: "utf8", ...options });
  if (result.error) throw result.error;
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

export const mailLint = (args: readonly string[], cwd: string, options: SpawnSyncOptions = {}) =>
  run(process.execPath, [BIN, ...args], cwd, options);

export function git(args: readonly string[], cwd: string): Run {
  return run("git", args, cwd);
}

export function tempDir(prefix: string, files: Record<string, string | Buffer> = {}): string {
  // The real path: git prints it that way (macOS /tmp is a symbolic link).
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), `mail-lint-${prefix}-`)));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/** A new repository with one commit, so that HEAD exists. */
export function tempRepo(): string {
  const dir = tempDir("repo", { "README.md": "# Canned replies\n" });
  git(["init", "-q", "-b", "main"], dir);
  git(["add", "README.md"], dir);
  git(["commit", "-q", "-m", "Initial commit"], dir);
  return dir;
}

export function commitCount(repo: string): number {
  return Number(git(["rev-list", "--count", "HEAD"], repo).stdout.trim());
}

/** A German template that insults the reader (no-insult reports "Idiot" as an error). */
export const INSULTING_TEMPLATE = "Hallo,\n\nSie sind ein Idiot.\n\nViele Grüße\nAnna\n";
/** The same template, fixed. */
export const FIXED_TEMPLATE =
  "Hallo,\n\nvielen Dank für Ihre Nachricht. Sie haben recht, das Paket kam zu spät an. Wir haben Ihnen den Versand heute erstattet.\n\nViele Grüße\nAnna\n";
