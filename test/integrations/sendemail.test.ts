// `mail-lint hook install --sendemail`: git's sendemail-validate hook, run as git send-email
// runs it (at the top of the working tree, with the absolute path of each patch mail).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withoutPatch } from "../../src/integrations/patch.js";
import { cleanEnv, git, mailLint, run, tempRepo, writeFiles } from "./helpers.js";

/** Commits `files` with `message` and writes the commit as a patch mail; returns its absolute path. */
function patchMail(repo: string, files: Record<string, string>, message: string): string {
  writeFiles(repo, files);
  git(["add", "."], repo);
  git(["commit", "-q", "--no-verify", "-m", message], repo);
  const out = path.join(repo, "outgoing");
  git(["format-patch", "-q", "-1", "-o", out], repo);
  const [name] = readdirSync(out).filter((f) => f.endsWith(".patch")).sort().reverse();
  return path.join(out, name);
}

const sendEmailHelp = spawnSync("git", ["send-email", "-h"], { env: cleanEnv(), encoding: "utf8" });
const hasSendEmail = /usage: git send-email/.test(`${sendEmailHelp.stdout}${sendEmailHelp.stderr}`);

function runValidateHook(repo: string, mail: string) {
  return run(path.join(repo, ".git/hooks/sendemail-validate"), [mail], repo);
}

describe("the sendemail-validate hook", () => {
  it("is installed executable by `hook install --sendemail`", () => {
    const repo = tempRepo();
    const { code, stdout } = mailLint(["hook", "install", "--sendemail"], repo);
    expect(code).toBe(0);
    expect(stdout).toBe("mail-lint: installed .git/hooks/sendemail-validate\n");
    expect(readFileSync(path.join(repo, ".git/hooks/sendemail-validate"), "utf8")).toContain('set -- hook sendemail-validate "$1"');
    expect(existsSync(path.join(repo, ".git/hooks/pre-commit"))).toBe(false);
  });

  it("aborts (exit 1) for a mail whose message insults, naming the patch file and the line", () => {
    const repo = tempRepo();
    mailLint(["hook", "install", "--sendemail"], repo);
    const mail = patchMail(repo, { "a.c": "int x;\n" }, "Fix the parser\n\nYou idiot, this was broken for weeks.");
    const { code, stderr } = runValidateHook(repo, mail);
    expect(code).toBe(1);
    const line = readFileSync(mail, "utf8").split("\n").findIndex((l) => l.startsWith("You idiot")) + 1;
    expect(stderr).toContain(path.relative(repo, mail));
    expect(stderr).toMatch(new RegExp(`\\n  ${line}:5\\s+error\\s+"idiot" is an insult.*no-insult`));
  });

  it("lets a clean patch through even when its diff contains words a rule would flag in prose", () => {
    const repo = tempRepo();
    mailLint(["hook", "install", "--sendemail"], repo);
    const code = "// Sie sind ein Idiot, you idiot.\nconst URGENT_PLEASE_READ_THIS_NOW = 1;\n";
    const mail = patchMail(repo, { "a.js": code }, "Add the retry limit\n\nThe limit stops endless retries when the server is down.");
    expect(runValidateHook(repo, mail)).toMatchObject({ code: 0, stderr: "" });
  });

  it.skipIf(!hasSendEmail)("runs through `git send-email` itself (when git-email is installed)", () => {
    const repo = tempRepo();
    mailLint(["hook", "install", "--sendemail"], repo);
    const mail = patchMail(repo, { "a.c": "int x;\n" }, "Fix it\n\nYou idiot.");
    const result = run("git", ["send-email", "--dry-run", "--confirm=never", "--to=list@example.org", mail], repo);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("no-insult");
  });
});

describe("withoutPatch", () => {
  const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");
  const headers = "From: a@example.com\nSubject: [PATCH] Fix\n\n";

  it("keeps the headers and the commit message and drops the diffstat and diff", () => {
    const mail = `${headers}The message.\n---\n a.c | 1 +\n\ndiff --git a/a.c b/a.c\n+idiot\n`;
    expect(text(withoutPatch(Buffer.from(mail)))).toBe(`${headers}The message.\n`);
  });

  it("cuts at the diff when there is no --- line, and handles CRLF", () => {
    expect(text(withoutPatch(Buffer.from(`${headers}Msg.\ndiff --git a/x b/x\n`)))).toBe(`${headers}Msg.\n`);
    const crlf = "Subject: x\r\n\r\nMsg.\r\n---\r\n x | 1 +\r\n";
    expect(text(withoutPatch(Buffer.from(crlf)))).toBe("Subject: x\r\n\r\nMsg.\r\n");
  });

  it("keeps a mail without a patch whole (a cover letter, a plain mail), and a --- inside a line", () => {
    const mail = `${headers}Hello list,\nthis --- is prose.\n`;
    expect(text(withoutPatch(Buffer.from(mail)))).toBe(mail);
  });

  it("does not look for the separator in the headers", () => {
    const mail = "X-Note: a\n---\nSubject: y\n\nBody\n";
    expect(text(withoutPatch(Buffer.from(mail)))).toBe(mail);
  });
});
