// `mail-lint hook install` and `hook uninstall`: write or remove mail-lint's git hooks in the
// folder git really uses (core.hooksPath honoured). A hook someone else wrote is never
// overwritten without --force, and then it is kept as a backup; uninstall removes only hooks
// that carry mail-lint's marker line.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../engine/config-errors.js";
import { hooksDirectory } from "./git.js";
import { currentLauncher, hookScript, isOwnHook, type HookName, type Launcher } from "./hook-script.js";

export interface InstallOptions {
  cwd: string;
  hook: HookName;
  /** Replace a hook mail-lint did not write (it is renamed to "<hook>.before-mail-lint"). */
  force?: boolean;
  launcher?: Launcher;
}

export interface InstallOutcome {
  path: string;
  /** Where a foreign hook replaced with --force was moved. */
  backup?: string;
}

export function installHook(options: InstallOptions): InstallOutcome {
  const directory = hooksDirectory(options.cwd);
  const target = path.join(directory, options.hook);
  let backup: string | undefined;
  if (existsSync(target) && !isOwnHook(readFileSync(target, "utf8"))) {
    if (!options.force) {
      throw new UsageError(
        `${target} exists and was not written by mail-lint; not overwriting it. ` +
          `Add "mail-lint --staged" to it yourself, or use "mail-lint hook install --force" to replace it (it is kept as a backup).`,
      );
    }
    backup = freeBackupName(target);
    renameSync(target, backup);
  }
  mkdirSync(directory, { recursive: true });
  writeFileSync(target, hookScript(options.hook, options.launcher ?? currentLauncher()));
  chmodSync(target, 0o755);
  return { path: target, ...(backup ? { backup } : {}) };
}

export interface UninstallOutcome {
  removed: string[];
  /** Hooks of the same names that mail-lint did not write, left alone. */
  foreign: string[];
}

export function uninstallHooks(cwd: string): UninstallOutcome {
  const directory = hooksDirectory(cwd);
  const outcome: UninstallOutcome = { removed: [], foreign: [] };
  for (const hook of ["pre-commit", "sendemail-validate"] satisfies HookName[]) {
    const target = path.join(directory, hook);
    if (!existsSync(target)) continue;
    if (isOwnHook(readFileSync(target, "utf8"))) {
      rmSync(target);
      outcome.removed.push(target);
    } else {
      outcome.foreign.push(target);
    }
  }
  return outcome;
}

function freeBackupName(target: string): string {
  for (let n = 0; ; n++) {
    const candidate = `${target}.before-mail-lint${n === 0 ? "" : `.${n}`}`;
    if (!existsSync(candidate)) return candidate;
  }
}
