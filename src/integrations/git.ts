// The few git plumbing calls the integrations need, run as child processes. Git is the
// authority on where the repository, its hooks and its index are (worktrees, core.hooksPath,
// the temporary index of `git commit <paths>`), so we ask it rather than guess.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { UsageError } from "../engine/config-errors.js";

/** Runs git in `cwd` and returns its standard output as bytes; a failure becomes a UsageError. */
export function git(args: readonly string[], cwd: string): Buffer {
  try {
    return execFileSync("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (failure.code === "ENOENT") throw new UsageError("git is not installed or not on PATH");
    const reason = failure.stderr?.toString("utf8").trim().split("\n")[0] || failure.message;
    throw new UsageError(`git ${args[0]} failed: ${reason}`);
  }
}

/** The top folder of the working tree that contains `cwd`. */
export function worktreeRoot(cwd: string): string {
  try {
    return git(["rev-parse", "--show-toplevel"], cwd).toString("utf8").trim();
  } catch {
    throw new UsageError(`"${cwd}" is not inside a git working tree`);
  }
}

/** The hooks folder git uses: .git/hooks, or core.hooksPath when it is set. */
export function hooksDirectory(cwd: string): string {
  worktreeRoot(cwd); // a clear error outside a repository
  // `--git-path hooks` applies core.hooksPath (with ~ expansion) and worktree rules for us.
  return path.resolve(cwd, git(["rev-parse", "--git-path", "hooks"], cwd).toString("utf8").trim());
}
