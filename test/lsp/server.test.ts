// `mail-lint lsp` driven by a real LSP client over stdio (test/lsp/client.ts, vscode-jsonrpc),
// against the built CLI: the published diagnostics are the CLI's findings for the same text,
// changes update them, code actions fix or disable, a broken config or a crashing rule keeps
// the server up, shutdown and exit end it. No fixed sleeps: every wait is for a message, with
// a timeout of several seconds.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from "vscode-languageserver";
import type { LintResult } from "../../src/types.js";
import { CLI, startClient, uriOf, type LspClient } from "./client.js";

const ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
const NOW = "2026-11-25";

let workspace: string;
let client: LspClient;

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), "mail-lint-lsp-"));
  copyFileSync(path.join(ROOT, "fixtures/de/vorlage-lieferverzug.md"), path.join(workspace, "vorlage-lieferverzug.md"));
  copyFileSync(path.join(ROOT, "fixtures/en/reply-all-leak.eml"), path.join(workspace, "reply-all-leak.eml"));
  client = startClient({ cwd: workspace, args: ["--now", NOW] });
  await client.initialize(workspace);
});

afterAll(async () => {
  if (client.child.exitCode === null) client.child.kill();
  rmSync(workspace, { recursive: true, force: true });
});

/** The CLI's findings for `text` linted as `file`, as LSP diagnostics (0-based, UTF-16). */
function cliDiagnostics(file: string, text: string): Partial<Diagnostic>[] {
  const run = spawnSync(process.execPath, [CLI, "--format", "json", "--now", NOW, "--stdin", "--stdin-filename", file], {
    cwd: path.dirname(file),
    input: text,
    encoding: "utf8",
  });
  const [result] = JSON.parse(run.stdout) as LintResult[];
  return result.messages.map((m) => ({
    code: m.ruleId ?? undefined,
    severity: m.severity === 2 ? 1 : 2,
    message: m.message,
    range: {
      start: { line: m.line - 1, character: m.column - 1 },
      end: m.endLine === undefined ? { line: m.line - 1, character: m.column - 1 } : { line: m.endLine - 1, character: m.endColumn! - 1 },
    },
  }));
}

const textOf = (diagnostic: Diagnostic) => (typeof diagnostic.message === "string" ? diagnostic.message : diagnostic.message.value);
const comparable = (diagnostics: Diagnostic[]) => diagnostics.map(({ code, severity, message, range }) => ({ code: code ?? undefined, severity, message, range }));

function applyAction(text: string, action: CodeAction): string {
  const [change] = action.edit!.documentChanges as TextDocumentEdit[];
  return TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, "x", 1, text), change.edits as TextEdit[]);
}

/** Sends `text` as version `version` of the open `file` and waits for that version's diagnostics. */
async function changeTo(file: string, text: string, version: number): Promise<Diagnostic[]> {
  const uri = uriOf(file);
  const published = client.diagnostics(uri, (p) => p.version === version);
  client.change(uri, text, version);
  return published;
}

async function codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  return client.connection.sendRequest("textDocument/codeAction", {
    textDocument: { uri },
    range: diagnostics[0].range,
    context: { diagnostics, only: ["quickfix"] },
  });
}

/** The workspace draft `name` as on disk (sent as `version`), its diagnostics, and the code actions for its first `rule` finding. */
async function actionsFor(name: string, version: number, rule: string) {
  const file = path.join(workspace, name);
  const text = readFileSync(file, "utf8");
  const diagnostics = await changeTo(file, text, version);
  const target = diagnostics.find((d) => d.code === rule)!;
  return { file, text, diagnostics, actions: await codeActions(uriOf(file), [target]) };
}

describe("lsp: diagnostics", () => {
  it("didOpen of a German and an English draft publishes the CLI's findings, positions included, with links to the rules' docs", async () => {
    for (const name of ["vorlage-lieferverzug.md", "reply-all-leak.eml"]) {
      const file = path.join(workspace, name);
      const text = readFileSync(file, "utf8");
      const published = client.diagnostics(uriOf(file));
      client.open(file, text);
      const diagnostics = await published;
      expect(diagnostics.length).toBeGreaterThan(1);
      expect(comparable(diagnostics)).toEqual(cliDiagnostics(file, text));
      for (const d of diagnostics) {
        expect(d.source).toBe("mail-lint");
        expect(d.codeDescription?.href).toBe(`https://github.com/mail-lint/mail-lint/blob/main/docs/rules/${d.code}.md`);
      }
    }
  });

  it("didChange lints the editor's text (not the file on disk) and publishes the new findings", async () => {
    const file = path.join(workspace, "reply-all-leak.eml");
    const text = readFileSync(file, "utf8").replace(/\n\n/, "\n\nYou idiot, WHY DID YOU NOT READ MY MAIL?!?!\n\n");
    const diagnostics = await changeTo(file, text, 2);
    expect(diagnostics.map((d) => d.code)).toContain("no-insult");
    expect(comparable(diagnostics)).toEqual(cliDiagnostics(file, text));
  });

  it("a suggestion is a quick fix; applied, the re-published diagnostics lose that finding", async () => {
    const { file, text, diagnostics, actions } = await actionsFor("vorlage-lieferverzug.md", 5, "ambiguous-date");
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toBe("Schreiben Sie „Mittwoch, 02.12.2026“");
    expect(fix.kind).toBe("quickfix");
    expect(actions.map((a) => a.title)).toContain("Disable ambiguous-date for this file");

    const fixed = applyAction(text, fix);
    expect(fixed).toContain("Mittwoch, 02.12.2026");
    const remaining = await changeTo(file, fixed, 6);
    expect(remaining.some((d) => d.code === "ambiguous-date")).toBe(false);
    expect(remaining.length).toBe(diagnostics.length - 1);
    expect(comparable(remaining)).toEqual(cliDiagnostics(file, fixed));

    // Asked right after a change, before its diagnostics came: the actions are for the new version.
    const promise = remaining.find((d) => d.code === "unconfirmed-promise")!;
    const published = client.diagnostics(uriOf(file), (p) => p.version === 7);
    client.change(uriOf(file), `${fixed}\nNoch ein Satz.\n`, 7);
    const [quick] = await codeActions(uriOf(file), [promise]);
    expect((quick.edit!.documentChanges as TextDocumentEdit[])[0].textDocument.version).toBe(7);
    await published;
  });

  it("'Disable <rule> for this file' in an .eml adds the header, and the rule's findings go", async () => {
    const { file, text, diagnostics, actions } = await actionsFor("reply-all-leak.eml", 10, "unconfirmed-promise");
    const disable = actions.find((a) => a.title === "Disable unconfirmed-promise for this file")!;
    const disabled = applyAction(text, disable);
    expect(disabled).toMatch(/^X-Mail-Lint-Disable: unconfirmed-promise$/m);
    expect((await changeTo(file, disabled, 11)).map((d) => d.code)).toEqual(diagnostics.filter((d) => d.code !== "unconfirmed-promise").map((d) => d.code));
  });

  it("in an .eml, a suggestion is a quick fix in a quoted-printable body, not in a base64 one", async () => {
    const body = "Guten Tag,\n\nwir melden uns zeitnah bei Ihnen.\n\nAnna\n";
    const mail = (encoding: string, text: string) =>
      `From: anna@shop.example\nTo: kunde@example.com\nSubject: Bestellung\nDate: Wed, 25 Nov 2026 10:00:00 +0100\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: ${encoding}\n\n${text}`;
    const titles = async (name: string, text: string) => {
      const file = path.join(workspace, name);
      const published = client.diagnostics(uriOf(file));
      client.open(file, text);
      const target = (await published).find((d) => d.code === "unconfirmed-promise")!;
      return (await codeActions(uriOf(file), [target])).map((a) => a.title);
    };
    const disable = "Disable unconfirmed-promise for this file";
    expect(await titles("qp.eml", mail("quoted-printable", body))).toEqual(["Schreiben Sie „bis Freitag, 04.12.2026“", disable]);
    expect(await titles("b64.eml", mail("base64", `${Buffer.from(body).toString("base64")}\n`))).toEqual([disable]);
  });

  it("a draft that cannot be parsed gives one diagnostic; didClose clears the diagnostics", async () => {
    const file = path.join(workspace, "broken.eml");
    const published = client.diagnostics(uriOf(file));
    const uri = client.open(file, "this is not a mail at all\n");
    const diagnostics = await published;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toMatch(/^Parsing error: This is not an e-mail/);
    const cleared = client.diagnostics(uri);
    void client.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    expect(await cleared).toEqual([]);
  });

  it("a file the workspace's .maillintignore names gets no diagnostics", async () => {
    writeFileSync(path.join(workspace, ".maillintignore"), "archive/\n");
    mkdirSync(path.join(workspace, "archive"), { recursive: true });
    const file = path.join(workspace, "archive", "old.txt");
    writeFileSync(file, "Wir melden uns zeitnah bei Ihnen, Sie Idiot.\n");
    const published = client.diagnostics(uriOf(file));
    client.open(file, readFileSync(file, "utf8"));
    expect(await published).toEqual([]);
  });
});

describe("lsp: configuration", () => {
  it("uses the config the CLI finds for the file, shows a broken one clearly, stays up, and re-reads it when it changes", async () => {
    const project = path.join(workspace, "project");
    mkdirSync(project, { recursive: true });
    const config = path.join(project, ".maillintrc.json");
    writeFileSync(config, JSON.stringify({ rules: { "no-insult": "off" } }));
    const file = path.join(project, "reply.txt");
    const text = "Sie Idiot! Wir melden uns zeitnah.\n";
    writeFileSync(file, text);
    const first = client.diagnostics(uriOf(file), (p) => p.version === 1);
    const uri = client.open(file, text);
    const configured = await first;
    expect(configured.map((d) => d.code)).not.toContain("no-insult");
    expect(comparable(configured)).toEqual(cliDiagnostics(file, text));

    // Broken: an unknown key. One diagnostic naming the file, one window message.
    writeFileSync(config, JSON.stringify({ rulez: {} }));
    const broken = client.diagnostics(uri, (p) => p.diagnostics.length === 1 && /maillintrc/.test(textOf(p.diagnostics[0])));
    void client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(config), type: 2 }] });
    const [problem] = await broken;
    expect(problem.message).toContain(config);
    expect(problem.severity).toBe(1);
    expect(client.shown.some((m) => m.type === 1 && m.message.includes(config))).toBe(true);

    // Still up: another draft elsewhere is linted as before.
    const other = path.join(workspace, "other.txt");
    const otherPublished = client.diagnostics(uriOf(other));
    client.open(other, "Wir melden uns zeitnah.\n");
    expect((await otherPublished).map((d) => d.code)).toEqual(["unconfirmed-promise"]);

    // Fixed: the config is read again.
    writeFileSync(config, JSON.stringify({ rules: { "unconfirmed-promise": "off" } }));
    const fixed = client.diagnostics(uri, (p) => p.diagnostics.every((d) => !/maillintrc/.test(textOf(d))));
    void client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(config), type: 2 }] });
    const after = await fixed;
    expect(after.map((d) => d.code)).toEqual(["no-insult"]);
    expect(comparable(after)).toEqual(cliDiagnostics(file, text));
  });

  it("a rule that throws gives one diagnostic and the other rules' findings", async () => {
    const project = path.join(workspace, "crashing");
    mkdirSync(project, { recursive: true });
    writeFileSync(
      path.join(project, "boom.mjs"),
      'export default { name: "boom", rules: [{ meta: { id: "boom", category: "hygiene", description: "Throws.", defaultSeverity: "error" }, create() { throw new Error("kaputt"); } }] };\n',
    );
    writeFileSync(path.join(project, ".maillintrc.json"), JSON.stringify({ plugins: ["./boom.mjs"], rules: { "boom/boom": "error" } }));
    const file = path.join(project, "reply.txt");
    const published = client.diagnostics(uriOf(file));
    client.open(file, "Wir melden uns zeitnah.\n");
    const diagnostics = await published;
    expect(diagnostics.filter((d) => d.code === "boom/boom").map((d) => d.message)).toEqual(['Rule "boom/boom" crashed: kaputt']);
    expect(diagnostics.map((d) => d.code)).toContain("unconfirmed-promise");
  });
});

describe("lsp: lifetime", () => {
  it("shutdown and exit end the process with exit code 0", async () => {
    expect(await client.stop()).toBe(0);
  });

  it("the server ends when its client goes away (standard input closed)", async () => {
    const other = startClient({ cwd: workspace });
    await other.initialize(workspace);
    other.child.stdin!.end();
    expect(await other.exited).not.toBeNull();
  });
});
