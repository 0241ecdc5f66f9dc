// @ts-check
// The mail-lint extension: a thin client. It starts `mail-lint lsp` (the language server in
// mail-lint itself, src/lsp/server.ts) for .eml, Markdown and plain-text files; everything else
// (diagnostics, quick fixes, the config, watching config files) is the server's.
const { existsSync } = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

/** @type {LanguageClient | undefined} */
let client;

/** The mail-lint command: the setting, else the workspace's own installation, else the PATH. */
function mailLintCommand() {
  const configured = vscode.workspace.getConfiguration("mailLint").get("path", "");
  if (configured) return configured;
  const bin = process.platform === "win32" ? "mail-lint.cmd" : "mail-lint";
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, "node_modules", ".bin", bin);
    if (existsSync(local)) return local;
  }
  return bin;
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  const command = mailLintCommand();
  const run = { command, args: ["lsp"], transport: TransportKind.stdio, options: { shell: process.platform === "win32" } };
  client = new LanguageClient(
    "mailLint",
    "mail-lint",
    { run, debug: run },
    {
      documentSelector: [
        { scheme: "file", language: "eml" },
        { scheme: "file", language: "markdown" },
        { scheme: "file", language: "plaintext" },
        { scheme: "untitled", language: "eml" },
        { scheme: "untitled", language: "markdown" },
        { scheme: "untitled", language: "plaintext" },
      ],
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
