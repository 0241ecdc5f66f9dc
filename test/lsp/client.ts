// A real LSP client over stdio (vscode-jsonrpc) for `mail-lint lsp`: starts the built CLI
// (bin/mail-lint.js) as editors do, and waits for what the server publishes. Used by the tests
// in this folder and by the "lsp" part of scripts/bench.ts.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type { Diagnostic, PublishDiagnosticsParams, ShowMessageParams } from "vscode-languageserver";

const ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const CLI = path.join(ROOT, "bin", "mail-lint.js");

export interface LspClient {
  connection: MessageConnection;
  child: ChildProcess;
  /** Window messages the server showed. */
  shown: ShowMessageParams[];
  /** Ends with the server process's exit code. */
  exited: Promise<number | null>;
  /** The next diagnostics published for `uri` that satisfy `accept` (default: any), within `timeoutMs`. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  /** initialize + initialized with `workspace` as the one workspace folder. */
  initialize(workspace: string): Promise<unknown>;
  open(file: string, text: string, languageId?: string, version?: number): string;
  /** Sends the whole new text as version `version` (a full-text change, which every server takes). */
  change(uri: string, text: string, version: number): void;
  stop(): Promise<number | null>;
}

export const uriOf = (file: string) => pathToFileURL(file).href;

export function startClient(options: { cwd: string; args?: string[]; env?: Record<string, string> }): LspClient {
  const child = spawn(process.execPath, [CLI, "lsp", "--stdio", ...(options.args ?? [])], {
    cwd: options.cwd,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, ...options.env },
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  // A server gone away must fail the waiting test with its stderr, not hang it.
  connection.onError(() => {});
  connection.onClose(() => {});

  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  const shown: ShowMessageParams[] = [];
  connection.onNotification("window/showMessage", (params: ShowMessageParams) => {
    shown.push(params);
  });
  connection.onNotification("window/logMessage", () => {});
  connection.onRequest("client/registerCapability", () => null);
  connection.listen();

  const client: LspClient = {
    connection,
    child,
    shown,
    exited,
    diagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server stderr: ${stderr}`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (d) => (clearTimeout(timer), resolve(d)) });
      });
    },
    async initialize(workspace) {
      const result = await connection.sendRequest("initialize", {
        processId: process.pid,
        rootUri: uriOf(workspace),
        workspaceFolders: [{ uri: uriOf(workspace), name: path.basename(workspace) }],
        capabilities: {
          workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
          textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true }, codeAction: {} },
        },
      });
      await connection.sendNotification("initialized", {});
      return result;
    },
    open(file, text, languageId = languageOf(file), version = 1) {
      const uri = uriOf(file);
      void connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
      return uri;
    },
    change(uri, text, version) {
      void connection.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    },
    async stop() {
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
  return client;
}

function languageOf(file: string): string {
  if (file.endsWith(".md")) return "markdown";
  if (file.endsWith(".eml")) return "eml";
  return "plaintext";
}
