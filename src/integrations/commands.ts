// The integration subcommands on the CLI:
//   mail-lint hook install [--force] [--sendemail]   write the pre-commit (or sendemail-validate) hook
//   mail-lint hook uninstall                          remove mail-lint's hooks, and only those
//   mail-lint hook sendemail-validate <file...>       what the sendemail-validate hook runs
//   mail-lint guard -- <command> [args...]            sendmail wrapper
// They are registered on the root program after its exit and output settings, which
// subcommands inherit when they are created.
import path from "node:path";
import type { Command } from "commander";
import { installHook, uninstallHooks } from "./hooks.js";
import { guard } from "./guard.js";
import { lintOutgoingMails } from "./sendemail.js";
import { formatFindings } from "./report.js";
import { wantsColor } from "../reporters/color.js";

export interface IntegrationIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export function registerIntegrationCommands(program: Command, io: IntegrationIo, setExitCode: (code: number) => void): void {
  // `mail-lint help` would otherwise be a command; here it stays a path to lint, as before.
  program.helpCommand(false);

  const hook = program.command("hook").description("install or remove the git hooks that run mail-lint");
  hook
    .command("install")
    .description("write a pre-commit hook that lints staged drafts and blocks commits with errors")
    .option("--force", "replace an existing hook that mail-lint did not write (it is kept as <hook>.before-mail-lint)")
    .option("--sendemail", "install the sendemail-validate hook instead, so that git send-email lints each mail")
    .action((flags: { force?: boolean; sendemail?: boolean }) => {
      const outcome = installHook({ cwd: process.cwd(), hook: flags.sendemail ? "sendemail-validate" : "pre-commit", force: flags.force === true });
      if (outcome.backup) io.stdout.write(`mail-lint: moved the previous hook to ${display(outcome.backup)}\n`);
      io.stdout.write(`mail-lint: installed ${display(outcome.path)}\n`);
      setExitCode(0);
    });
  hook
    .command("uninstall")
    .description("remove the hooks mail-lint installed (hooks written by others are left alone)")
    .action(() => {
      const outcome = uninstallHooks(process.cwd());
      for (const file of outcome.removed) io.stdout.write(`mail-lint: removed ${display(file)}\n`);
      for (const file of outcome.foreign) io.stdout.write(`mail-lint: left ${display(file)} alone: mail-lint did not write it\n`);
      if (outcome.removed.length === 0) io.stdout.write("mail-lint: no mail-lint hook was installed\n");
      setExitCode(0);
    });
  hook
    .command("sendemail-validate")
    .description("lint mails for git send-email (run by the sendemail-validate hook); exit 1 on errors")
    .argument("<files...>", "the mail or patch files")
    .action(async (files: string[]) => {
      const cwd = process.cwd();
      const { results, loaded } = await lintOutgoingMails(files, cwd);
      if (results.some((r) => r.messages.length > 0)) io.stderr.write(formatFindings(results, loaded, cwd, wantsColor(process.stderr)));
      setExitCode(results.some((r) => r.errorCount > 0) ? 1 : 0);
    });

  program
    .command("guard")
    .description("sendmail wrapper: lint the mail on standard input; run the command with it only if there are no errors")
    .usage("-- <command> [args...]")
    .argument("<command...>", "the sendmail-compatible command and its arguments, after --")
    .addHelpText("after", "\nExit codes: the command's own; 1 when the mail has errors (nothing is run); 2 usage error.\nMAIL_LINT_FORCE=1 sends despite errors.")
    .action(async (command: string[]) => {
      // -c/--config belongs to the root program ("mail-lint -c x guard -- ..." or "guard -c x -- ...").
      const { config } = program.opts<{ config?: string }>();
      const message = await readStandardInput();
      setExitCode(
        await guard(message, command, {
          cwd: process.cwd(),
          ...(config ? { configFile: config } : {}),
          env: process.env,
          stderr: io.stderr,
          color: wantsColor(process.stderr),
        }),
      );
    });
}

function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
