// Runs the built CLI as a child process, as users run it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = path.join(ROOT, "bin/mail-lint.js");

export function runCli(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; asNobody?: boolean } = {},
) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    // Root reads every directory; the unreadable-directory test runs as "nobody" instead.
    ...(options.asNobody ? { uid: 65534, gid: 65534 } : {}),
    input: options.input,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...options.env },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

