// Runs the built CLI as a child process, as users run it.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = path.join(ROOT, "bin/mail-lint.js");

export interface RunCliOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /**
   * Run without root's power to read every file, for the permission tests: a file with mode 000
   * is then unreadable to the CLI as it is to a user. No effect when the tests do not run as root.
   */
  unprivileged?: boolean;
}

export function runCli(args: string[], options: RunCliOptions = {}) {
  const [command, prefix] = options.unprivileged && isRoot() ? unprivilegedCommand() : [process.execPath, [BIN]];
  const result = spawnSync(command, [...prefix, ...args], {
    cwd: options.cwd ?? ROOT,
    ...(options.unprivileged && isRoot() && unprivilegedWay() === "nobody" ? { uid: NOBODY, gid: NOBODY } : {}),
    input: options.input,
    env: plainEnv(options.env),
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The tests' environment without colour. FORCE_COLOR is left out, not emptied: Node >= 22 warns
 * on stderr when NO_COLOR and FORCE_COLOR are both set, whatever their values.
 */
function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...extra };
  if (!("FORCE_COLOR" in extra)) delete env.FORCE_COLOR;
  return env;
}

const NOBODY = 65534;
const isRoot = () => process.getuid?.() === 0;

/**
 * How this machine can run the CLI as root without reading everything, or why it cannot
 * (a permission test skips with that reason). Decided once, by trying:
 * - "setpriv": root without the capabilities that bypass file permissions (CAP_DAC_OVERRIDE,
 *   CAP_DAC_READ_SEARCH). It is still uid 0, so it reaches the checkout wherever it lies (a clone
 *   under a `mktemp -d` folder, mode 700, is closed to every other user).
 * - "nobody": the user nobody running a copy of the built CLI in a folder everyone can read, for
 *   machines without setpriv; it needs a Node binary nobody can run.
 */
let way: "setpriv" | "nobody" | { skip: string } | undefined;
let copiedBin: string | undefined;
export function unprivilegedWay(): "setpriv" | "nobody" | { skip: string } {
  if (way) return way;
  const setpriv = spawnSync("setpriv", [...DROP_READ_ALL, "--", process.execPath, "-e", "0"], { encoding: "utf8" });
  if (setpriv.status === 0) return (way = "setpriv");
  const nobody = spawnSync(process.execPath, ["-e", "0"], { uid: NOBODY, gid: NOBODY, cwd: "/" });
  if (nobody.status === 0) return (way = "nobody");
  return (way = {
    skip: `running as root, and neither setpriv (${setpriv.error?.message ?? setpriv.stderr.trim()}) nor the user nobody (who cannot run ${process.execPath}) can run the CLI without root's right to read every file`,
  });
}

/** The skip reason of a permission test, or undefined when it can run (always, when not root). */
export function cannotRunUnprivileged(): string | undefined {
  if (!isRoot()) return undefined;
  const found = unprivilegedWay();
  return typeof found === "object" ? found.skip : undefined;
}

const DROP_READ_ALL = ["--bounding-set=-dac_override,-dac_read_search"];

function unprivilegedCommand(): [string, string[]] {
  const found = unprivilegedWay();
  if (found === "setpriv") return ["setpriv", [...DROP_READ_ALL, "--", process.execPath, BIN]];
  if (found === "nobody") return [process.execPath, [copyOfCli()]];
  throw new Error(found.skip);
}

/** bin/, dist/ and package.json copied to a folder nobody can read (the bundle needs no node_modules). */
function copyOfCli(): string {
  if (copiedBin) return copiedBin;
  const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-cli-copy-"));
  chmodSync(dir, 0o755);
  for (const part of ["bin", "dist", "package.json"]) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  return (copiedBin = path.join(dir, "bin/mail-lint.js"));
}
