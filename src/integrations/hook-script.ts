// The shell scripts `mail-lint hook install` writes into the hooks folder. A hook must find
// mail-lint in a bare `git commit` from any terminal, editor or GUI client, whose PATH often
// lacks node (nvm, Homebrew): so it first runs the exact node and CLI that installed it
// (absolute paths), then falls back to the repository's node_modules/.bin, then to PATH.
import path from "node:path";
import { packageRoot } from "../package-info.js";

export type HookName = "pre-commit" | "sendemail-validate";

/** The line by which `hook uninstall` recognises a hook as its own. Never change it. */
export const HOOK_MARKER = "# mail-lint-hook: written by `mail-lint hook install`, removed by `mail-lint hook uninstall`";

export interface Launcher {
  /** Absolute path of the node binary. */
  node: string;
  /** Absolute path of bin/mail-lint.js. */
  cli: string;
}

const HOOK_ARGUMENTS: Record<HookName, { args: string; purpose: string }> = {
  "pre-commit": {
    args: "--staged",
    purpose: "# Lints the staged drafts and templates; errors block the commit (skip once: git commit --no-verify).",
  },
  "sendemail-validate": {
    args: 'hook sendemail-validate "$1"',
    purpose: "# Lints each mail git send-email is about to send; errors abort the sending (skip: --no-validate).",
  },
};

export function isOwnHook(content: string): boolean {
  return content.split(/\r?\n/).some((line) => line.trim() === HOOK_MARKER);
}

/** Quotes a value for POSIX sh: single quotes, with embedded ones closed, escaped and reopened. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

export function hookScript(hook: HookName, launcher: Launcher): string {
  const { args, purpose } = HOOK_ARGUMENTS[hook];
  return [
    "#!/bin/sh",
    HOOK_MARKER,
    purpose,
    `set -- ${args}`,
    `node=${shellQuote(launcher.node)}`,
    `cli=${shellQuote(launcher.cli)}`,
    'if [ -f "$cli" ]; then',
    '  if [ -x "$node" ]; then exec "$node" "$cli" "$@"; fi',
    '  if command -v node >/dev/null 2>&1; then exec node "$cli" "$@"; fi',
    "fi",
    "root=$(git rev-parse --show-toplevel 2>/dev/null)",
    'if [ -n "$root" ] && [ -x "$root/node_modules/.bin/mail-lint" ]; then exec "$root/node_modules/.bin/mail-lint" "$@"; fi',
    'if command -v mail-lint >/dev/null 2>&1; then exec mail-lint "$@"; fi',
    'echo "mail-lint: cannot find mail-lint (it was installed at $cli). Install it again, or remove this hook: $0" >&2',
    "exit 1",
    "",
  ].join("\n");
}

/** The node binary and CLI script of the mail-lint that is running now. */
export function currentLauncher(): Launcher {
  return { node: process.execPath, cli: path.join(packageRoot(), "bin", "mail-lint.js") };
}

