// `mail-lint guard -- <command> [args...]`: a sendmail wrapper for mutt, neomutt, aerc and
// scripts. The message comes on standard input and is linted as an .eml; on errors nothing is
// sent (exit 1), otherwise the command gets exactly the bytes we read and its exit code is
// ours. MAIL_LINT_FORCE=1 sends despite errors, and says so.
import { spawn } from "node:child_process";
import { constants } from "node:os";
import path from "node:path";
import { configFor, lintText } from "../engine/lint-files.js";
import { formatFindings } from "./report.js";

export interface GuardOptions {
  cwd: string;
  /** -c/--config; otherwise the config found from `cwd` upward. */
  configFile?: string;
  env: NodeJS.ProcessEnv;
  stderr: NodeJS.WritableStream;
  color: boolean;
}

/** Exit code when the mail is held back because of lint errors. */
export const BLOCKED = 1;
/** Exit code when the command cannot be started (as for other usage errors). */
export const CANNOT_RUN = 2;

export async function guard(message: Uint8Array, command: readonly string[], options: GuardOptions): Promise<number> {
  const loaded = await configFor(options.configFile ? { configFile: options.configFile } : {}, options.cwd);
  const result = await lintText(message, {
    cwd: options.cwd,
    filePath: "<stdin>.eml",
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  if (result.messages.length > 0) options.stderr.write(formatFindings([result], loaded, options.cwd, options.color));

  if (result.errorCount > 0) {
    const errors = `${result.errorCount} error${result.errorCount === 1 ? "" : "s"}`;
    if (options.env.MAIL_LINT_FORCE !== "1") {
      options.stderr.write(`mail-lint: not sent (${errors}). Fix the mail, or send it anyway with MAIL_LINT_FORCE=1.\n`);
      return BLOCKED;
    }
    options.stderr.write(`mail-lint: MAIL_LINT_FORCE=1: sending despite ${errors}.\n`);
  }
  return runWithInput(command, message, options);
}

/** Runs the command with `input` on its standard input; resolves to its exit code (128+n for signal n). */
export function runWithInput(command: readonly string[], input: Uint8Array, options: Pick<GuardOptions, "cwd" | "env" | "stderr">): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: options.cwd, env: options.env, stdio: ["pipe", "inherit", "inherit"] });
    let settled = false;
    const settle = (code: number) => {
      if (!settled) resolve(code);
      settled = true;
    };
    child.on("error", (error: NodeJS.ErrnoException) => {
      const reason = error.code === "ENOENT" ? "command not found" : error.message;
      options.stderr.write(`mail-lint: cannot run "${path.basename(command[0])}": ${reason}. Nothing was sent.\n`);
      settle(CANNOT_RUN);
    });
    child.on("close", (code, signal) => settle(code ?? 128 + (signal ? constants.signals[signal] : 0)));
    // A command that exits without reading all its input is its own business, not a crash of ours.
    child.stdin.on("error", () => {});
    child.stdin.end(input);
  });
}
