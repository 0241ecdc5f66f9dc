// `mail-lint hook install / uninstall` and the pre-commit hook, end to end: a real temporary
// repository, real `git commit`s, the built CLI.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { installHook } from "../../src/integrations/hooks.js";
import { HOOK_MARKER } from "../../src/integrations/hook-script.js";
import { BIN, FIXED_TEMPLATE, cleanEnv, INSULTING_TEMPLATE, commitCount, git, mailLint, run, tempDir, tempRepo, writeFiles } from "./helpers.js";

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

describe("mail-lint hook install", () => {
  it("writes an executable pre-commit hook with mail-lint's marker into .git/hooks", () => {
    const repo = tempRepo();
    const { code, stdout } = mailLint(["hook", "install"], repo);
    const hook = path.join(repo, ".git/hooks/pre-commit");
    expect(code).toBe(0);
    expect(stdout).toBe("mail-lint: installed .git/hooks/pre-commit\n");
    expect(isExecutable(hook)).toBe(true);
    const script = readFileSync(hook, "utf8");
    expect(script.startsWith("#!/bin/sh\n")).toBe(true);
    expect(script.split("\n")).toContain(HOOK_MARKER);
    // It runs the very CLI that installed it, by absolute paths, so a GUI client without node on PATH works too.
    expect(script).toContain(`node='${process.execPath}'`);
    expect(script).toContain(`cli='${BIN}'`);
  });

  it("refuses a staged insulting template even after the working copy was fixed, then lets the fixed one through", () => {
    const repo = tempRepo();
    expect(mailLint(["hook", "install"], repo).code).toBe(0);
    writeFiles(repo, { "replies/reklamation.txt": INSULTING_TEMPLATE });
    git(["add", "replies/reklamation.txt"], repo);
    writeFiles(repo, { "replies/reklamation.txt": FIXED_TEMPLATE }); // fixed on disk, not staged

    const refused = git(["commit", "-m", "Add complaint reply"], repo);
    expect(refused.code).not.toBe(0);
    const output = refused.stdout + refused.stderr;
    expect(output).toContain("replies/reklamation.txt");
    expect(output).toMatch(/3:14\s+error\s+„Idiot“ ist eine Beleidigung.*no-insult/);
    expect(commitCount(repo)).toBe(1);

    git(["add", "replies/reklamation.txt"], repo);
    const accepted = git(["commit", "-m", "Add complaint reply"], repo);
    expect(accepted.code).toBe(0);
    expect(commitCount(repo)).toBe(2);
  });

  it("judges the staged content, not the working copy: a clean staged file commits even if the disk copy insults", () => {
    const repo = tempRepo();
    mailLint(["hook", "install"], repo);
    writeFiles(repo, { "reply.txt": FIXED_TEMPLATE });
    git(["add", "reply.txt"], repo);
    writeFiles(repo, { "reply.txt": INSULTING_TEMPLATE });
    expect(git(["commit", "-m", "clean"], repo).code).toBe(0);
    expect(git(["show", "HEAD:reply.txt"], repo).stdout).toBe(FIXED_TEMPLATE);
  });

  it("also sees what `git commit -a` and `git commit <path>` stage on the fly (git's temporary index)", () => {
    const repo = tempRepo();
    writeFiles(repo, { "reply.txt": FIXED_TEMPLATE });
    git(["add", "reply.txt"], repo);
    git(["commit", "-q", "-m", "clean reply"], repo);
    mailLint(["hook", "install"], repo);
    writeFiles(repo, { "reply.txt": INSULTING_TEMPLATE }); // modified, not staged
    const all = git(["commit", "-a", "-m", "x"], repo);
    expect(all.code).not.toBe(0);
    expect(all.stderr + all.stdout).toContain("no-insult");
    expect(git(["commit", "-m", "x", "reply.txt"], repo).code).not.toBe(0);
    expect(commitCount(repo)).toBe(2);
  });

  it("ignores staged files that are not drafts, and files outside the commit", () => {
    const repo = tempRepo();
    mailLint(["hook", "install"], repo);
    writeFiles(repo, { "notes/insult.txt": INSULTING_TEMPLATE, "src/app.js": "// Sie sind ein Idiot.\n" });
    git(["add", "src/app.js"], repo); // insult.txt stays untracked
    expect(git(["commit", "-m", "code"], repo).code).toBe(0);
  });

  it("installs into core.hooksPath when it is set", () => {
    const repo = tempRepo();
    git(["config", "core.hooksPath", ".githooks"], repo);
    const { code, stdout } = mailLint(["hook", "install"], repo);
    expect(code).toBe(0);
    expect(stdout).toBe("mail-lint: installed .githooks/pre-commit\n");
    expect(existsSync(path.join(repo, ".git/hooks/pre-commit"))).toBe(false);
    writeFiles(repo, { "reply.txt": INSULTING_TEMPLATE });
    git(["add", "reply.txt"], repo);
    expect(git(["commit", "-m", "x"], repo).code).not.toBe(0);
  });

  it("works from a subdirectory of the repository", () => {
    const repo = tempRepo();
    mkdirSync(path.join(repo, "replies"));
    expect(mailLint(["hook", "install"], path.join(repo, "replies")).stdout).toBe(`mail-lint: installed ${path.join(repo, ".git/hooks/pre-commit")}\n`);
    expect(isExecutable(path.join(repo, ".git/hooks/pre-commit"))).toBe(true);
  });

  it("refuses to overwrite a hook someone else wrote, and replaces it (keeping a backup) with --force", () => {
    const repo = tempRepo();
    const hook = path.join(repo, ".git/hooks/pre-commit");
    const foreign = "#!/bin/sh\nnpm test\n";
    writeFileSync(hook, foreign, { mode: 0o755 });

    const refused = mailLint(["hook", "install"], repo);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("was not written by mail-lint");
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(hook, "utf8")).toBe(foreign);

    const forced = mailLint(["hook", "install", "--force"], repo);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("moved the previous hook to .git/hooks/pre-commit.before-mail-lint");
    expect(readFileSync(`${hook}.before-mail-lint`, "utf8")).toBe(foreign);
    expect(readFileSync(hook, "utf8")).toContain(HOOK_MARKER);
  });

  it("installing again over its own hook needs no --force", () => {
    const repo = tempRepo();
    mailLint(["hook", "install"], repo);
    expect(mailLint(["hook", "install"], repo).code).toBe(0);
    expect(existsSync(path.join(repo, ".git/hooks/pre-commit.before-mail-lint"))).toBe(false);
  });

  it("outside a git repository it is a usage error", () => {
    const dir = tempDir("norepo");
    const { code, stderr } = mailLint(["hook", "install"], dir, { env: { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^mail-lint: .* is not inside a git working tree\n$/);
  });
});

describe("mail-lint hook uninstall", () => {
  it("removes its own hooks", () => {
    const repo = tempRepo();
    mailLint(["hook", "install"], repo);
    mailLint(["hook", "install", "--sendemail"], repo);
    const { code, stdout } = mailLint(["hook", "uninstall"], repo);
    expect(code).toBe(0);
    expect(stdout).toBe("mail-lint: removed .git/hooks/pre-commit\nmail-lint: removed .git/hooks/sendemail-validate\n");
    expect(existsSync(path.join(repo, ".git/hooks/pre-commit"))).toBe(false);
  });

  it("leaves a hook it did not write alone", () => {
    const repo = tempRepo();
    const hook = path.join(repo, ".git/hooks/pre-commit");
    writeFileSync(hook, "#!/bin/sh\n# calls mail-lint --staged among other things\nexit 0\n", { mode: 0o755 });
    const { code, stdout } = mailLint(["hook", "uninstall"], repo);
    expect(code).toBe(0);
    expect(stdout).toContain("left .git/hooks/pre-commit alone: mail-lint did not write it");
    expect(stdout).toContain("no mail-lint hook was installed");
    expect(existsSync(hook)).toBe(true);
  });
});

describe("the hook finds mail-lint when the installing copy is gone", () => {
  const gone = { node: "/nonexistent/node", cli: "/nonexistent/mail-lint/bin/mail-lint.js" };

  it("falls back to mail-lint on PATH", () => {
    const repo = tempRepo();
    installHook({ cwd: repo, hook: "pre-commit", launcher: gone });
    const bin = tempDir("path-bin", { "mail-lint": `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n` });
    run("chmod", ["+x", path.join(bin, "mail-lint")], bin);
    writeFiles(repo, { "reply.txt": INSULTING_TEMPLATE });
    git(["add", "reply.txt"], repo);
    const PATH = `${bin}:${process.env.PATH}`;
    const refused = run("git", ["commit", "-m", "x"], repo, { env: cleanEnv({ PATH }) });
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain("no-insult");
  });

  it("blocks the commit with a clear message when mail-lint cannot be found at all", () => {
    const repo = tempRepo();
    installHook({ cwd: repo, hook: "pre-commit", launcher: gone });
    writeFiles(repo, { "reply.txt": FIXED_TEMPLATE });
    git(["add", "reply.txt"], repo);
    // PATH with git but without node and mail-lint.
    const onlyGit = tempDir("only-git");
    const gitPath = run("sh", ["-c", "command -v git"], onlyGit).stdout.trim();
    run("ln", ["-s", gitPath, path.join(onlyGit, "git")], onlyGit);
    const result = run(gitPath, ["commit", "-m", "x"], repo, { env: cleanEnv({ PATH: `${onlyGit}:/nonexistent` }) });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("mail-lint: cannot find mail-lint (it was installed at /nonexistent/mail-lint/bin/mail-lint.js)");
  });
});
