// `mail-lint lsp`: a Language Server Protocol server over stdio (vscode-languageserver, the
// library editors' own servers use) for .eml, .md and .txt drafts.
//
// - Diagnostics: the editor's text (never the file on disk) is linted with lintText on open and
//   on change, with the config the CLI would use for that file (the same search from the file's
//   folder, overrides, and the workspace's ignore files and ignorePatterns: an ignored file gets
//   none). A change lints at once when no lint of that document is running; changes that arrive
//   meanwhile are coalesced into one more lint of the latest text, so typing never queues lints
//   and a change costs no fixed delay. A result for a version the editor has left is not published.
// - Code actions: each suggestion with a replacement text becomes a quick fix (for an .eml only
//   when it maps onto the file exactly, eml-edits.ts), and "Disable <rule> for this file" writes
//   the directive the format reads (disable-edits.ts). Edits go to the client; the server never
//   writes a file.
// - Config files, .gitignore and .maillintignore are watched (when the client can watch files;
//   saving one in the editor counts too): a change makes every open draft be linted again with
//   the files read afresh. A config that cannot be read or is invalid gives one diagnostic per
//   draft and one window message, and the server goes on.
// - Talks over stdio only; nothing goes over the network (its bundle has no socket support, see
//   scripts/bundle.mjs).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { format as formatText } from "node:util";
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  MessageType,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { DraftFormat, LintMessage } from "../types.js";
import { formatOf } from "../draft.js";
import { ConfigError } from "../engine/config-errors.js";
import { DEFAULT_EXTENSIONS, SEARCH_PLACES, findConfig, forgetConfigs } from "../engine/config.js";
import { findFiles } from "../engine/find-files.js";
import { lintText } from "../engine/lint-files.js";
import { disableRuleEdit } from "./disable-edits.js";
import { emlEditor, type EmlEditor } from "./eml-edits.js";

export interface ServerOptions {
  /** "Today" for date rules (the CLI's --now); default the current time at each lint. */
  now?: Date;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** Files whose change can change findings: every config file name, and the ignore files. */
const WATCHED_NAMES = [...SEARCH_PLACES, ".gitignore", ".maillintignore"];

/** An untitled document is linted as a file of its language's format in the workspace. */
const EXTENSION_BY_LANGUAGE: Record<string, string> = { markdown: ".md", plaintext: ".txt", eml: ".eml", email: ".eml", mail: ".eml" };

interface Linted {
  version: number;
  text: string;
  format: DraftFormat;
  diagnostics: Diagnostic[];
  /** The finding behind each diagnostic, by diagnosticKey. */
  findings: Map<string, LintMessage>;
  /** Parsed on the first code action for an .eml (eml-edits.ts). */
  emlEditor?: Promise<EmlEditor>;
}

/** Starts the server on stdio; the process ends with the client's exit notification or when stdin closes. */
export function startLanguageServer(options: ServerOptions = {}): Connection {
  const connection = createConnection(options.input ?? process.stdin, options.output ?? process.stdout);
  // stdout carries the protocol: anything printed goes to the client's log instead.
  console.log = console.info = (...args: unknown[]) => connection.console.log(formatText(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(formatText(...args));
  console.error = (...args: unknown[]) => connection.console.error(formatText(...args));
  process.on("unhandledRejection", (reason) => connection.console.error(`mail-lint: ${describe(reason)}`));

  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const running = new Map<string, Promise<Linted | undefined>>();
  const again = new Set<string>();
  const ignoredByPath = new Map<string, Promise<boolean>>();
  const shownErrors = new Set<string>();
  let workspaceFolders: string[] = [];
  let versionedEdits = false;
  let canWatchFiles = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspaceFolders = foldersOf(params);
    versionedEdits = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: "mail-lint" },
    };
  });

  connection.onInitialized(() => {
    if (!canWatchFiles) return;
    const watchers = WATCHED_NAMES.map((name) => ({ globPattern: `**/${name}` }));
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
      connection.console.warn(`mail-lint: cannot watch config files (${describe(error)}); save a config in the editor to apply it`);
    });
  });

  /** Lints the document's current text; coalesces requests while a lint of it runs. */
  function validate(uri: string): Promise<Linted | undefined> {
    const inFlight = running.get(uri);
    if (inFlight) {
      again.add(uri);
      return inFlight;
    }
    const document = documents.get(uri);
    if (!document) return Promise.resolve(undefined);
    const lint = lintDocument(document)
      .then((result) => {
        // Publish only what still describes the editor's text; a newer version is being linted next.
        if (documents.get(uri)?.version === result.version) {
          linted.set(uri, result);
          void connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
        }
        return result;
      })
      .finally(() => {
        running.delete(uri);
        if (again.delete(uri)) void validate(uri);
      });
    running.set(uri, lint);
    return lint;
  }

  /** The lint result for the document's current version, waiting for (or starting) its lint. */
  async function current(uri: string): Promise<Linted | undefined> {
    // A lint of an older version may be running; the one of the newest starts when it ends.
    for (let attempt = 0; attempt < 3; attempt++) {
      const document = documents.get(uri);
      if (!document) return undefined;
      const known = linted.get(uri);
      if (known?.version === document.version) return known;
      await (running.get(uri) ?? validate(uri));
    }
    return undefined;
  }

  async function lintDocument(document: TextDocument): Promise<Linted> {
    const text = document.getText();
    const base = { version: document.version, text, findings: new Map<string, LintMessage>() };
    const filePath = filePathOf(document);
    if (!filePath) return { ...base, format: "text", diagnostics: [] };
    const format = formatOf(filePath);
    const cwd = workspaceFolderOf(filePath) ?? path.dirname(filePath);
    try {
      if (!(await isLinted(filePath, cwd))) return { ...base, format, diagnostics: [] };
      const result = await lintText(text, { filePath, cwd, ...(options.now ? { now: options.now } : {}) });
      const { registry } = await findConfig(path.dirname(filePath));
      const diagnostics = result.messages.map((message) => {
        const diagnostic = toDiagnostic(message, message.ruleId ? registry.get(message.ruleId)?.meta.docs : undefined);
        base.findings.set(diagnosticKey(diagnostic), message);
        return diagnostic;
      });
      return { ...base, format, diagnostics };
    } catch (error) {
      // A config that cannot be read, or anything else unexpected: one diagnostic, the server lives on.
      const message = error instanceof ConfigError ? `mail-lint: ${error.message}` : `mail-lint: internal error: ${describe(error)}`;
      if (!shownErrors.has(message)) {
        shownErrors.add(message);
        void connection.sendNotification("window/showMessage", { type: MessageType.Error, message });
      }
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return { ...base, format, diagnostics: [{ range, severity: DiagnosticSeverity.Error, source: "mail-lint", message }] };
    }
  }

  /** Whether the CLI would lint this file when given the workspace: a draft extension, not ignored. */
  async function isLinted(filePath: string, cwd: string): Promise<boolean> {
    const project = await findConfig(cwd);
    const extensions = (project.config.extensions ?? DEFAULT_EXTENSIONS).map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase());
    if (!extensions.some((e) => filePath.toLowerCase().endsWith(e))) return false;
    if (!existsSync(filePath)) return true; // not saved yet: no ignore file can name it
    let ignored = ignoredByPath.get(filePath);
    if (!ignored) {
      ignored = findFiles([filePath], {
        cwd,
        extensions,
        ignorePatterns: project.config.ignorePatterns ?? [],
        useIgnoreFiles: true,
        errorOnEmptyDirectory: false,
      }).then(
        (found) => found.ignoredFiles.length > 0,
        () => false,
      );
      ignoredByPath.set(filePath, ignored);
    }
    return !(await ignored);
  }

  function filePathOf(document: TextDocument): string | undefined {
    if (document.uri.startsWith("file:")) {
      try {
        return fileURLToPath(document.uri);
      } catch {
        return undefined;
      }
    }
    const extension = EXTENSION_BY_LANGUAGE[document.languageId];
    return extension ? path.join(workspaceFolders[0] ?? process.cwd(), `untitled${extension}`) : undefined;
  }

  function workspaceFolderOf(filePath: string): string | undefined {
    return workspaceFolders
      .filter((folder) => {
        const relative = path.relative(folder, filePath);
        return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
      })
      .sort((a, b) => b.length - a.length)[0];
  }

  async function configChanged(): Promise<void> {
    await forgetConfigs();
    ignoredByPath.clear();
    shownErrors.clear();
    await Promise.all(documents.all().map((document) => validate(document.uri)));
  }

  documents.onDidChangeContent((event) => void validate(event.document.uri));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    linted.delete(uri);
    again.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });
  documents.onDidSave((event) => {
    if (WATCHED_NAMES.includes(path.basename(filePathOf(event.document) ?? ""))) void configChanged();
  });
  connection.onDidChangeWatchedFiles((params) => {
    const names = params.changes.map((change) => path.basename(change.uri.split(/[?#]/, 1)[0]));
    if (names.some((name) => WATCHED_NAMES.includes(decodeURIComponent(name)))) void configChanged();
  });

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    if (params.context.only && !params.context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
    const uri = params.textDocument.uri;
    const result = await current(uri);
    if (!result) return [];
    const actions: CodeAction[] = [];
    const disabling = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      const finding = result.findings.get(diagnosticKey(diagnostic));
      if (!finding) continue;
      const fixes: CodeAction[] = [];
      for (const suggestion of finding.suggestions ?? []) {
        if (suggestion.text === undefined || finding.fatal || finding.endLine === undefined) continue;
        const newText = await replacementText(result, diagnostic, suggestion.text);
        if (newText === undefined) continue;
        fixes.push({
          title: suggestion.desc,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: workspaceEdit(uri, result.version, [{ range: diagnostic.range, newText }]),
        });
      }
      if (fixes.length === 1) fixes[0].isPreferred = true;
      actions.push(...fixes);
      const rule = finding.ruleId;
      if (rule && !disabling.has(rule)) {
        disabling.add(rule);
        const edit = disableRuleEdit(result.text, result.format, rule, diagnostic.range.start.line);
        if (edit) {
          actions.push({
            title: `Disable ${rule} for this file`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(uri, result.version, [edit]),
          });
        }
      }
    }
    return actions;
  });

  async function replacementText(result: Linted, diagnostic: Diagnostic, text: string): Promise<string | undefined> {
    if (result.format !== "eml") return text;
    result.emlEditor ??= emlEditor(result.text);
    const { start, end } = diagnostic.range;
    const range = { start: { line: start.line + 1, column: start.character + 1 }, end: { line: end.line + 1, column: end.character + 1 } };
    const document = TextDocument.create("", "", 0, result.text);
    return (await result.emlEditor).fileText(range, document.getText(diagnostic.range), text);
  }

  function workspaceEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
    return versionedEdits ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
  }

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** A finding as an LSP diagnostic: 1-based line:column (UTF-16) become 0-based line:character (UTF-16). */
export function toDiagnostic(message: LintMessage, docs: string | undefined): Diagnostic {
  const start = { line: Math.max(message.line - 1, 0), character: Math.max(message.column - 1, 0) };
  const end = message.endLine === undefined ? start : { line: message.endLine - 1, character: Math.max((message.endColumn ?? message.column) - 1, 0) };
  return {
    range: { start, end },
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: "mail-lint",
    message: message.message,
    ...(message.ruleId ? { code: message.ruleId } : {}),
    ...(message.ruleId && docs && /^https?:\/\//.test(docs) ? { codeDescription: { href: docs } } : {}),
  };
}

/** What identifies a diagnostic the client sends back with a code action request. */
function diagnosticKey(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return [start.line, start.character, end.line, end.character, diagnostic.code ?? "", diagnostic.message].join("\u0000");
}

function foldersOf(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const folders = uris.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
  if (folders.length === 0 && params.rootPath) folders.push(params.rootPath);
  return folders;
}

function describe(error: unknown): string {
  return (error as Error)?.message ?? String(error);
}
