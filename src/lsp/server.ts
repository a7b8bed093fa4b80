/**
 * `privacylint lsp --stdio`: a Language Server Protocol server over standard input and output, built on
 * vscode-languageserver. It lints open Markdown, HTML and text documents that are policies (by name or title,
 * or every such document when the client asks) with the config the CLI would use, and answers with diagnostics,
 * quick fixes, hovers and an outline of the policy's model.
 *
 * Nothing a document or a config does may stop the server: a config that cannot be read, a rule that throws or
 * a document that cannot be parsed is shown once with window/showMessage and the server keeps serving.
 *
 * Initialization options (all optional): `{ "allDocuments": true, "include": ["legal/*.md"], "locale": "en",
 * "debounceMs": 200 }`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection,
  MessageType,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeWatchedFilesNotification,
  CodeActionKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LOCALES, type Locale } from '../model/types.js';
import { InputError } from '../io/read.js';
import { lintText, type LintedText, type LintFunction } from './lint-document.js';
import { diagnosticsOf } from './diagnostics.js';
import { codeActions, FIX_ALL_KIND } from './actions.js';
import { hoverAt } from './hover.js';
import { documentSymbols } from './symbols.js';
import { isSettingsFile, Workspace } from './workspace.js';

export interface ServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  version: string;
  /** The rule engine; replaceable for tests. */
  lint?: LintFunction;
}

interface InitOptions {
  allDocuments?: unknown;
  include?: unknown;
  locale?: unknown;
  debounceMs?: unknown;
}

const DEFAULT_DEBOUNCE_MS = 200;

function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function firstLine(error: unknown): string {
  if (error instanceof InputError) return error.message;
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function patchConsole(connection: Connection): void {
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
}

/** Starts the server on the given streams; resolves when the client ends the connection. */
export function startServer(options: ServerOptions): Promise<void> {
  const connection: Connection = createConnection(options.input, options.output);
  if (options.output === process.stdout) {
    // Standard output is the protocol: anything printed with console.* goes to the client's log instead.
    patchConsole(connection);
    // Whatever escapes a handler is shown, never fatal: the editor keeps its server.
    process.on('uncaughtException', (error) => showOnce(MessageType.Error, `internal error: ${firstLine(error)} (please report it)`));
    process.on('unhandledRejection', (error) => showOnce(MessageType.Error, `internal error: ${firstLine(error)} (please report it)`));
  }

  const documents = new TextDocuments(TextDocument);
  let workspace = new Workspace();
  let locale: Locale | undefined;
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let watchFiles = false;
  let workspaceFoldersSupported = false;
  let currentFolders = new Set<string>();
  const justOpened = new Set<string>();
  const linted = new Map<string, { version: number; result: LintedText | null }>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Messages already shown, so that a broken config or rule is reported once, not on every keystroke. */
  const shown = new Set<string>();

  /** Config files with a diagnostic of their own (the line a config problem names). */
  const configProblems = new Set<string>();

  /** A config problem `path:line: message` also underlines that line of the config file. */
  function publishConfigProblem(problem: string): void {
    const m = /^(.+?):(\d+): (.+)$/u.exec(problem);
    if (!m) return;
    const uri = pathToFileURL(m[1]).href;
    if (configProblems.has(uri)) return;
    configProblems.add(uri);
    const line = Number(m[2]) - 1;
    let length = 0;
    try {
      length = (readFileSync(m[1], 'utf8').split(/\r\n|\n|\r/u)[line] ?? '').length;
    } catch {
      // The file is gone or unreadable: mark the start of the line.
    }
    const range = { start: { line, character: 0 }, end: { line, character: length } };
    connection.sendDiagnostics({ uri, diagnostics: [{ range, severity: 1, source: 'privacylint', message: m[3] }] }).catch(() => undefined);
  }

  function showOnce(type: MessageType, message: string): void {
    if (shown.has(message)) return;
    shown.add(message);
    connection.sendNotification('window/showMessage', { type, message: `privacylint: ${message}` }).catch(() => undefined);
  }

  /** Lints a document at its current version, or returns null when it is not linted. Never throws. */
  async function lint(doc: TextDocument): Promise<LintedText | null> {
    const path = pathOf(doc.uri);
    const text = doc.getText();
    try {
      const lookup = workspace.configFor(path);
      if (lookup.problem) {
        showOnce(MessageType.Error, `${lookup.problem} (using the built-in rules until it is fixed)`);
        publishConfigProblem(lookup.problem);
      }
      if (!workspace.shouldLint({ path, languageId: doc.languageId, text })) return null;
      if (path) {
        // What `lint` run in the workspace folder leaves out is left out here too.
        const ignored = workspace.ignoredBy(path);
        if (ignored.problem && ignored.problem !== lookup.problem) {
          showOnce(MessageType.Error, `${ignored.problem} (nothing is ignored by it until it is fixed)`);
          publishConfigProblem(ignored.problem);
        }
        if (ignored.ignored) return null;
      }
      const result = await lintText(text, { path: path ?? doc.uri, languageId: doc.languageId, config: lookup.config, locale, lint: options.lint });
      if (result.failures.length === lookup.config.rules.length && result.failures.length > 0) {
        showOnce(MessageType.Error, `could not lint ${path ?? doc.uri}: ${firstLine(result.failures[0].error)}`);
      } else {
        for (const failure of result.failures) {
          showOnce(MessageType.Error, `rule ${failure.ruleId} failed (${firstLine(failure.error)}); its findings are left out, the other rules still run`);
        }
      }
      return result;
    } catch (error) {
      showOnce(MessageType.Error, `could not lint ${path ?? doc.uri}: ${firstLine(error)}`);
      return null;
    }
  }

  /** A document with the lint of its current version, linting it now when the last one is older. */
  async function current(uri: string): Promise<{ doc: TextDocument; result: LintedText } | null> {
    // A change may land while the document is linted: try again, so positions and text always match.
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc = documents.get(uri);
      if (!doc) return null;
      const known = linted.get(uri);
      if (known && known.version === doc.version) return known.result ? { doc, result: known.result } : null;
      const result = await relint(doc);
      if (documents.get(uri)?.version === doc.version) return result ? { doc, result } : null;
    }
    return null;
  }

  async function relint(doc: TextDocument): Promise<LintedText | null> {
    const version = doc.version;
    const result = await lint(doc);
    // The document changed (or closed) while it was linted: a newer run will publish.
    if (documents.get(doc.uri)?.version !== version) return result;
    linted.set(doc.uri, { version, result });
    // An open config file keeps the diagnostic of its problem.
    if (!result && configProblems.has(doc.uri)) return result;
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: result ? diagnosticsOf(result) : [] });
    return result;
  }

  function schedule(doc: TextDocument, delay: number): void {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const now = documents.get(doc.uri);
        if (now) relint(now).catch(() => undefined);
      }, delay),
    );
  }

  function relintAll(): void {
    for (const uri of configProblems) connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    configProblems.clear();
    workspace.reset();
    shown.clear();
    linted.clear();
    for (const doc of documents.all()) schedule(doc, 0);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitOptions;
    if (typeof init.locale === 'string' && (LOCALES as readonly string[]).includes(init.locale)) locale = init.locale as Locale;
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
    const include = Array.isArray(init.include) ? init.include.filter((p): p is string => typeof p === 'string') : [];
    workspace = new Workspace({ allDocuments: init.allDocuments === true, include });
    const folders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => p !== null);
    const root = params.rootUri ? pathOf(params.rootUri) : null;
    currentFolders = new Set(folders.length ? folders : root ? [root] : []);
    workspace.setFolders([...currentFolders]);
    workspaceFoldersSupported = params.capabilities.workspace?.workspaceFolders === true;
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'privacylint', version: options.version },
    };
  });

  connection.onInitialized(() => {
    if (watchFiles) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/{.privacylintrc.yaml,.privacylintrc.yml,package.json,.privacylintignore}' }, { globPattern: '**/*.{yaml,yml}' }],
        })
        .catch(() => undefined);
    }
    if (workspaceFoldersSupported) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const gone = new Set(event.removed.map((f) => pathOf(f.uri)));
        const kept = [...currentFolders].filter((f) => !gone.has(f));
        const added = event.added.map((f) => pathOf(f.uri)).filter((p): p is string => p !== null);
        currentFolders = new Set([...kept, ...added]);
        workspace.setFolders([...currentFolders]);
        relintAll();
      });
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => isSettingsFile(pathOf(c.uri) ?? c.uri))) relintAll();
  });

  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    relint(event.document).catch(() => undefined);
  });
  documents.onDidChangeContent((event) => {
    // Opening a document also fires a content change; the open handler lints that version at once.
    if (justOpened.delete(event.document.uri)) return;
    schedule(event.document, debounceMs);
  });
  documents.onDidSave((event) => {
    const path = pathOf(event.document.uri);
    if (path && isSettingsFile(path)) relintAll();
  });
  documents.onDidClose((event) => {
    justOpened.delete(event.document.uri);
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    linted.delete(event.document.uri);
    connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  connection.onCodeAction(async (params) => {
    const now = await current(params.textDocument.uri);
    return now ? codeActions(now.doc, now.result, params.range, params.context.only) : [];
  });
  connection.onHover(async (params) => {
    const now = await current(params.textDocument.uri);
    return now ? hoverAt(now.result, params.position) : null;
  });
  connection.onDocumentSymbol(async (params) => {
    const now = await current(params.textDocument.uri);
    return now ? documentSymbols(now.result) : [];
  });

  return new Promise((resolve) => {
    connection.onShutdown(() => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    });
    connection.onExit(() => resolve());
    documents.listen(connection);
    connection.listen();
  });
}
