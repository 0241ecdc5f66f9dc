// `mail-lint guard -- <command>`: a real sendmail stand-in (a script that writes its standard
// input to a file and exits with a chosen code), run behind the built CLI.
import { createHash } from "node:crypto";
import { chmodSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, mailLint, tempDir, writeFiles } from "./helpers.js";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A folder with `sink`: `sink <file> <exit code>` stores its standard input in <file>. */
function sendmailStandIn(): { dir: string; sink: string } {
  const dir = tempDir("guard");
  const sink = path.join(dir, "sink");
  writeFiles(dir, { sink: '#!/bin/sh\ncat > "$1"\nexit "$2"\n' });
  chmodSync(sink, 0o755);
  return { dir, sink };
}

function guard(input: Buffer, command: string[], cwd: string, env: Record<string, string> = {}) {
  return mailLint(["guard", "--", ...command], cwd, { input, encoding: "utf8", env: cleanEnv(env) });
}

// A clean mail in Latin-1 with CRLF line ends: any re-encoding or line-end change would show.
const CLEAN_MAIL = Buffer.concat([
  Buffer.from("From: Anna <anna@example.com>\r\nTo: Bob <bob@example.org>\r\nSubject: Ihre Bestellung\r\n"),
  Buffer.from('MIME-Version: 1.0\r\nContent-Type: text/plain; charset="iso-8859-1"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
  Buffer.from("Hallo Bob,\r\n\r\nvielen Dank für Ihre Bestellung. Das Paket ist heute an Sie gegangen.\r\n\r\nViele Grüße\r\nAnna\r\n", "latin1"),
]);
const INSULTING_MAIL = Buffer.from("From: anna@example.com\nTo: bob@example.org\nSubject: Re: Reklamation\n\nHallo Bob,\n\nSie sind ein Idiot.\n\nAnna\n");
const SHOUTING_MAIL = Buffer.from("From: anna@example.com\nTo: bob@example.org\nSubject: Invoice\n\nHello Bob,\n\nPLEASE SEND THE INVOICE TODAY.\n\nAnna\n");

describe("mail-lint guard", () => {
  it("passes a clean mail to the command byte for byte and returns the command's exit code", () => {
    const { dir, sink } = sendmailStandIn();
    const out = path.join(dir, "sent.eml");
    const result = guard(CLEAN_MAIL, [sink, out, "0"], dir);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(sha256(readFileSync(out))).toBe(sha256(CLEAN_MAIL));
  });

  it("passes the command's own non-zero exit code through", () => {
    const { dir, sink } = sendmailStandIn();
    const out = path.join(dir, "sent.eml");
    expect(guard(CLEAN_MAIL, [sink, out, "75"], dir).code).toBe(75);
    expect(sha256(readFileSync(out))).toBe(sha256(CLEAN_MAIL));
  });

  // Larger than a pipe's buffer (64 KiB on Linux), so writing and reading overlap.
  it("passes a large mail through unchanged", { timeout: 90_000 }, () => {
    const { dir, sink } = sendmailStandIn();
    const out = path.join(dir, "sent.eml");
    const body = "Thank you for your order; the parcel left today.\n".repeat(1_500);
    const mail = Buffer.from(`From: anna@example.com\nTo: bob@example.org\nSubject: Order\n\nHello Bob,\n\n${body}\nAnna\n`);
    expect(guard(mail, [sink, out, "0"], dir).code).toBe(0);
    expect(sha256(readFileSync(out))).toBe(sha256(mail));
  });

  it("on errors prints the findings to stderr, runs nothing and exits 1", () => {
    const { dir, sink } = sendmailStandIn();
    const out = path.join(dir, "sent.eml");
    const { code, stdout, stderr } = guard(INSULTING_MAIL, [sink, out, "0"], dir);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/7:14\s+error\s+„Idiot“ ist eine Beleidigung.*no-insult/);
    expect(stderr).toContain("mail-lint: not sent (1 error). Fix the mail, or send it anyway with MAIL_LINT_FORCE=1.\n");
    expect(existsSync(out)).toBe(false);
  });

  it("MAIL_LINT_FORCE=1 sends despite errors and says so", () => {
    const { dir, sink } = sendmailStandIn();
    const out = path.join(dir, "sent.eml");
    const { code, stderr } = guard(INSULTING_MAIL, [sink, out, "0"], dir, { MAIL_LINT_FORCE: "1" });
    expect(code).toBe(0);
    expect(stderr).toContain("no-insult");
    expect(stderr).toContain("mail-lint: MAIL_LINT_FORCE=1: sending despite 1 error.\n");
    expect(sha256(readFileSync(out))).toBe(sha256(INSULTING_MAIL));
  });

  it("warnings do not block: they are printed to stderr and the mail is sent", () => {
    const { dir, sink } = sendmailStandIn();
    const out = path.join(dir, "sent.eml");
    const { code, stdout, stderr } = guard(SHOUTING_MAIL, [sink, out, "0"], dir);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/7:1\s+warning\s+.*no-shouting/);
    expect(stderr).not.toContain("not sent");
    expect(sha256(readFileSync(out))).toBe(sha256(SHOUTING_MAIL));
  });

  it("uses the config found from the working directory", () => {
    const { dir, sink } = sendmailStandIn();
    writeFiles(dir, { ".maillintrc.json": JSON.stringify({ rules: { "no-insult": "off" } }) });
    const out = path.join(dir, "sent.eml");
    expect(guard(INSULTING_MAIL, [sink, out, "0"], dir).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("takes a config file named with -c, before or after the subcommand", () => {
    const { dir, sink } = sendmailStandIn();
    const config = path.join(tempDir("guard-config"), "strict-off.json");
    writeFiles(path.dirname(config), { "strict-off.json": JSON.stringify({ rules: { "no-insult": "off" } }) });
    const out = path.join(dir, "sent.eml");
    for (const args of [["-c", config, "guard"], ["guard", "-c", config]]) {
      const result = mailLint([...args, "--", sink, out, "0"], dir, { input: INSULTING_MAIL, encoding: "utf8", env: cleanEnv() });
      expect(result.code).toBe(0);
      expect(sha256(readFileSync(out))).toBe(sha256(INSULTING_MAIL));
    }
  });

  it("without a command it is a usage error (exit 2) and reads nothing", () => {
    const { dir } = sendmailStandIn();
    const { code, stderr } = mailLint(["guard"], dir, { input: CLEAN_MAIL, encoding: "utf8", env: cleanEnv() });
    expect(code).toBe(2);
    expect(stderr).toContain("missing required argument 'command'");
  });

  it("a command that does not exist is exit 2 with a clear line, nothing sent", () => {
    const { dir } = sendmailStandIn();
    const { code, stderr } = guard(CLEAN_MAIL, [path.join(dir, "no-such-sendmail"), "-t"], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('mail-lint: cannot run "no-such-sendmail": command not found. Nothing was sent.\n');
  });

  it("passes the command's arguments unchanged, as mutt gives them (flags, a second --, recipients)", () => {
    const dir = tempDir("guard-args");
    const args = path.join(dir, "args.txt");
    writeFiles(dir, { record: `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${args}'\ncat > /dev/null\n` });
    chmodSync(path.join(dir, "record"), 0o755);
    expect(guard(CLEAN_MAIL, [path.join(dir, "record"), "-oem", "-oi", "--", "bob@example.org", "two words"], dir).code).toBe(0);
    expect(readFileSync(args, "utf8")).toBe("-oem\n-oi\n--\nbob@example.org\ntwo words\n");
  });

  it("options after -- belong to the command, not to mail-lint", () => {
    const { dir, sink } = sendmailStandIn();
    const out = path.join(dir, "-f");
    // "-f" would be mail-lint's --format; after "--" it is the sink's output file name.
    expect(guard(CLEAN_MAIL, [sink, out, "0"], dir).code).toBe(0);
    expect(sha256(readFileSync(out))).toBe(sha256(CLEAN_MAIL));
  });
});
