// `mail-lint --staged` from the command line (husky, scripts): the index, not the working copy.
import { describe, expect, it } from "vitest";
import { parseRawDiff } from "../../src/integrations/staged.js";
import { FIXED_TEMPLATE, INSULTING_TEMPLATE, git, mailLint, tempDir, tempRepo, writeFiles } from "./helpers.js";

describe("mail-lint --staged", () => {
  it("reports the staged content with its own positions, while the working copy is clean", () => {
    const repo = tempRepo();
    // Two extra lines on top: the staged finding is on line 5, not line 3.
    writeFiles(repo, { "replies/a.txt": `Betreff: Reklamation\n\n${INSULTING_TEMPLATE}` });
    git(["add", "."], repo);
    writeFiles(repo, { "replies/a.txt": FIXED_TEMPLATE });

    const staged = mailLint(["--staged", "--format", "json"], repo);
    expect(staged.code).toBe(1);
    const [result] = JSON.parse(staged.stdout) as { filePath: string; messages: Record<string, unknown>[] }[];
    expect(result.filePath).toBe(`${repo}/replies/a.txt`);
    expect(result.messages).toMatchObject([{ ruleId: "no-insult", severity: 2, line: 5, column: 14, endLine: 5, endColumn: 19 }]);
    expect(mailLint(["replies/a.txt"], repo)).toMatchObject({ code: 0, stdout: "" });
  });

  it("with paths, lints only the staged drafts under them", () => {
    const repo = tempRepo();
    writeFiles(repo, { "bad/a.txt": INSULTING_TEMPLATE, "good/b.md": FIXED_TEMPLATE });
    git(["add", "."], repo);
    expect(mailLint(["--staged", "good"], repo)).toMatchObject({ code: 0, stdout: "" });
    expect(mailLint(["--staged", "bad"], repo).code).toBe(1);
  });

  it("checks every staged draft format (.eml, .md, .txt) and skips other files and ignored ones", () => {
    const repo = tempRepo();
    const eml = `From: anna@example.com\nTo: kunde@example.org\nSubject: Ihre Reklamation\n\n${INSULTING_TEMPLATE}`;
    writeFiles(repo, {
      "a.eml": eml,
      "b.md": INSULTING_TEMPLATE,
      "c.txt": INSULTING_TEMPLATE,
      "d.js": "// Sie sind ein Idiot.\n",
      "old/e.txt": INSULTING_TEMPLATE,
      ".maillintignore": "old/\n",
    });
    git(["add", "."], repo);
    const { code, stdout } = mailLint(["--staged", "--format", "json"], repo);
    expect(code).toBe(1);
    const files = (JSON.parse(stdout) as { filePath: string; errorCount: number }[]).map((r) => [r.filePath.slice(repo.length + 1), r.errorCount]);
    expect(files).toEqual([["a.eml", 1], ["b.md", 1], ["c.txt", 1]]);
  });

  it("reads the new name of a renamed draft, and nothing for a deleted one", () => {
    const repo = tempRepo();
    writeFiles(repo, { "old.txt": FIXED_TEMPLATE, "gone.txt": INSULTING_TEMPLATE });
    git(["add", "."], repo);
    git(["commit", "-q", "--no-verify", "-m", "base"], repo);
    git(["mv", "old.txt", "new.txt"], repo);
    git(["rm", "-q", "gone.txt"], repo);
    const { code, stdout } = mailLint(["--staged", "--format", "json"], repo);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual([`${repo}/new.txt`]);
  });

  it("nothing staged is a clean run", () => {
    expect(mailLint(["--staged"], tempRepo())).toMatchObject({ code: 0, stdout: "" });
  });

  it("outside a git repository it is a usage error", () => {
    const dir = tempDir("norepo-staged", { "a.txt": INSULTING_TEMPLATE });
    const result = mailLint(["--staged"], dir, { env: { ...process.env, GIT_CEILING_DIRECTORIES: dir.replace(/\/[^/]+$/, "") } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is not inside a git working tree");
  });
});

describe("parseRawDiff", () => {
  const blob = (n: number) => String(n).repeat(40);
  const zero = "0".repeat(40);

  it("takes the new path and blob of added, modified, renamed and copied regular files", () => {
    const raw = [
      `:000000 100644 ${zero} ${blob(1)} A`, "new.txt",
      `:100644 100755 ${blob(2)} ${blob(3)} M`, "dir/run.txt",
      `:100644 100644 ${blob(4)} ${blob(5)} R087`, "old name.md", "new name.md",
      `:100644 100644 ${blob(6)} ${blob(6)} C100`, "a.eml", "copy.eml",
      "",
    ].join("\0");
    expect(parseRawDiff(raw)).toEqual([
      { path: "new.txt", blob: blob(1) },
      { path: "dir/run.txt", blob: blob(3) },
      { path: "new name.md", blob: blob(5) },
      { path: "copy.eml", blob: blob(6) },
    ]);
  });

  it("skips symbolic links and submodules, which are not drafts", () => {
    const raw = [`:000000 120000 ${zero} ${blob(1)} A`, "link.txt", `:000000 160000 ${zero} ${blob(2)} A`, "vendor.md", ""].join("\0");
    expect(parseRawDiff(raw)).toEqual([]);
  });

  it("an empty diff has no files", () => {
    expect(parseRawDiff("")).toEqual([]);
  });
});
