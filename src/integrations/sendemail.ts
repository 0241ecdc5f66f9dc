// `mail-lint hook sendemail-validate <file>...`, run by git's sendemail-validate hook for each
// mail `git send-email` is about to send. Git passes absolute paths of patch files that often
// live in a temporary folder, and runs the hook at the top of the working tree: so the config
// is the one found from there, and only the prose of each mail is linted (see patch.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LintResult } from "../types.js";
import { configFor, lintText } from "../engine/lint-files.js";
import type { LoadedConfig } from "../engine/config.js";
import { UsageError } from "../engine/config-errors.js";
import { withoutPatch } from "./patch.js";

export async function lintOutgoingMails(files: readonly string[], cwd: string): Promise<{ results: LintResult[]; loaded: LoadedConfig }> {
  const loaded = await configFor({}, cwd);
  const results: LintResult[] = [];
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    const mail = withoutPatch(readMail(absolute));
    // Patch files are named *.patch; the ".eml" ending makes the engine parse them as mail.
    const result = await lintText(mail, {
      cwd,
      filePath: `${absolute}.eml`,
      ...(loaded.filePath ? { configFile: loaded.filePath } : { config: loaded.config }),
    });
    results.push({ ...result, filePath: absolute });
  }
  return { results, loaded };
}

function readMail(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
