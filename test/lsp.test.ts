/**
 * The language server tested as an editor uses it: `privacylint lsp --stdio` spawned from the built CLI, spoken to
 * with JSON-RPC (vscode-jsonrpc). Every wait is for a message, with one generous limit; no timing is asserted.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, InitializeResult, PublishDiagnosticsParams, ShowMessageParams, TextEdit } from 'vscode-languageserver';
import { ROOT, SEED_MD } from './helpers.js';

const BIN = join(ROOT, 'bin', 'privacylint.js');
/** Long enough for a slow, shared machine; the server answers well within a second on its own. */
const WAIT_MS = 20_000;

const POLICY = [
  '# Privacyverklaring',
  '',
  '🙂 Wij verwerken uw gegevens volgens de Wet bescherming persoonsgegevens.',
  '',
  'Wij hebben een bewerkersovereenkomst met onze hostingpartij.',
  '',
].join('\n');

class Client {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  private waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  constructor(cwd: string) {
    const env = cleanEnv();
    this.child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.messages.push(params);
      this.wake();
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
    clients.push(this);
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  /** Waits until `check` returns something (checked on every notification), or fails after WAIT_MS. */
  async until<T>(what: string, check: () => T | undefined): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const found = check();
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) assert.fail(`no ${what} within ${WAIT_MS} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics published for `uri` at `version` (the newest such notification). */
  diagnostics(uri: string, version: number): Promise<Diagnostic[]> {
    return this.until(`diagnostics for ${uri} v${version}`, () => this.published.findLast((p) => p.uri === uri && p.version === version)?.diagnostics);
  }

  /** The next diagnostics published for `uri` after `count` earlier notifications. */
  next(uri: string, count: number): Promise<Diagnostic[]> {
    return this.until(`new diagnostics for ${uri}`, () => this.published.filter((p) => p.uri === uri)[count]?.diagnostics);
  }

  count(uri: string): number {
    return this.published.filter((p) => p.uri === uri).length;
  }

  async initialize(roots: string | string[], initializationOptions?: unknown): Promise<InitializeResult> {
    const uris = (Array.isArray(roots) ? roots : [roots]).map((root) => pathToFileURL(root).href);
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: uris[0],
      workspaceFolders: uris.map((uri, i) => ({ uri, name: `ws${i}` })),
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Tells the server that files changed on disk (workspace/didChangeWatchedFiles; type 1 created, 2 changed, 3 deleted). */
  changed(paths: string[], type = 2): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: paths.map((p) => ({ uri: pathToFileURL(p).href, type })) });
  }

  /** shutdown (answered with null), then exit: the process ends with code 0. */
  async stop(): Promise<number | null> {
    assert.equal(await this.connection.sendRequest('shutdown'), null);
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}

const byCode = (diagnostics: Diagnostic[], code: string): Diagnostic[] => diagnostics.filter((d) => d.code === code);
const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const edits = (action: CodeAction, uri: string): TextEdit[] => action.edit?.changes?.[uri] ?? [];

/** The environment of a spawned CLI or server: no inherited Node options, no CI checkout root. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.GITHUB_WORKSPACE;
  return env;
}

const workspaces: string[] = [];
const clients: Client[] = [];
function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-lsp-'));
  workspaces.push(dir);
  // A .git folder makes it a repository root, so no config above the temporary folder is found.
  writeFileSync(join(dir, '.git'), '');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

before(() => {
  const chunks = existsSync(join(ROOT, 'dist', 'chunks')) ? readdirSync(join(ROOT, 'dist', 'chunks')) : [];
  if (!existsSync(join(ROOT, 'dist', 'cli.js')) || !chunks.some((c) => c.startsWith('server-'))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed: ${build.stderr}`);
  }
});

after(() => {
  // A failed test leaves its server running; end it so the test process can finish.
  for (const client of clients) if (client.child.exitCode === null) client.child.kill();
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

describe('privacylint lsp --stdio, spoken to as an editor does', { timeout: 120_000 }, () => {
  it('diagnoses on open, offers the fix, hovers, clears the finding on change and ends on shutdown/exit', async () => {
    const root = workspace();
    const uri = pathToFileURL(join(root, 'privacyverklaring.md')).href;
    const client = new Client(root);
    const init = await client.initialize(root);
    assert.equal(init.serverInfo?.name, 'privacylint');
    assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.equal(init.capabilities.hoverProvider, true);

    await client.open(uri, POLICY);
    const first = await client.diagnostics(uri, 1);
    // Line 3 of the text, after "🙂 " (two UTF-16 code units and a space): LSP positions count UTF-16 code units.
    const line = POLICY.split('\n')[2];
    assert.equal(line.slice(40, 72), 'Wet bescherming persoonsgegevens');
    assert.deepEqual(byCode(first, 'outdated/wbp'), [
      {
        range: range(2, 40, 2, 72),
        severity: 1,
        code: 'outdated/wbp',
        source: 'privacylint',
        message: "'Wet bescherming persoonsgegevens' verwijst naar de Wet bescherming persoonsgegevens, die sinds 2018-05-25 niet meer geldt; verwijs naar de AVG en de UAVG.",
        codeDescription: { href: 'https://wetten.overheid.nl/BWBR0011468/2018-05-01' },
      },
    ]);
    const bewerker = byCode(first, 'outdated/bewerker');
    assert.deepEqual(bewerker.map((d) => [d.range, d.severity]), [[range(4, 15, 4, 36), 2]]);
    // Whole-policy findings sit on the title: the heading text of line 1.
    assert.deepEqual(byCode(first, 'gdpr/controller-identity').map((d) => d.range), [range(0, 2, 0, 19)]);

    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: range(4, 20, 4, 20),
      context: { diagnostics: bewerker },
    });
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, edits(a, uri)]),
      [
        ["Vervang 'bewerkersovereenkomst' door 'verwerkersovereenkomst'", 'quickfix', [{ range: range(4, 15, 4, 36), newText: 'verwerkersovereenkomst' }]],
        ['outdated/bewerker uitzetten voor deze regel', 'quickfix', [{ range: range(4, 60, 4, 60), newText: ' <!-- privacylint-disable-line outdated/bewerker -->' }]],
        ['outdated/bewerker uitzetten in dit bestand', 'quickfix', [{ range: range(0, 0, 0, 0), newText: '<!-- privacylint-disable-file outdated/bewerker -->\n' }]],
        ['Alle privacylint-problemen in dit bestand herstellen', 'source.fixAll.privacylint', [{ range: range(4, 15, 4, 36), newText: 'verwerkersovereenkomst' }]],
      ],
    );
    assert.equal(actions[0].isPreferred, true);

    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 50 } });
    assert.deepEqual(hover.range, range(2, 40, 2, 72));
    const markdown = (hover.contents as { kind: string; value: string }).value;
    assert.equal(
      markdown.split('\n\n')[0],
      '**outdated/wbp** (error) · [Dutch Data Protection Act (Wbp)](https://wetten.overheid.nl/BWBR0011468/2018-05-01)',
    );
    assert.equal(markdown.split('\n\n')[1], first.find((d) => d.code === 'outdated/wbp')!.message);
    assert.match(markdown, /Controleert: Verwijzing naar Wet bescherming persoonsgegevens/u);
    assert.match(markdown, /Voldoet bijvoorbeeld:\n\n> Deze verwerking is in overeenstemming met de AVG\.$/u);
    const onFix = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 15 } });
    assert.match((onFix.contents as { value: string }).value, /\n\nZo voldoet het: Vervang 'bewerkersovereenkomst' door 'verwerkersovereenkomst'\n\n/u);
    const nothing = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 0 } });
    assert.equal(nothing, null);

    // An incremental change: the Wbp reference becomes "AVG".
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: range(2, 40, 2, 72), text: 'AVG' }],
    });
    const second = await client.diagnostics(uri, 2);
    assert.deepEqual(byCode(second, 'outdated/wbp'), []);
    assert.deepEqual(byCode(second, 'outdated/bewerker').map((d) => d.range), [range(4, 15, 4, 36)]);

    assert.equal(await client.stop(), 0);
  });

  it('leaves documents that are not policies alone unless the client asks for every document', async () => {
    const text = 'Notes\n\nDe Wet bescherming persoonsgegevens geldt niet meer.\r\nOok de Wet bescherming persoonsgegevens niet.\n';
    const root = workspace();
    const notes = pathToFileURL(join(root, 'notes.md')).href;
    const plain = new Client(root);
    await plain.initialize(root);
    await plain.open(notes, text);
    assert.deepEqual(await plain.diagnostics(notes, 1), []);
    assert.equal(await plain.stop(), 0);

    const all = new Client(root);
    await all.initialize(root, { allDocuments: true });
    await all.open(notes, text);
    // A CRLF ends line 3 as it does for the editor.
    assert.deepEqual(byCode(await all.diagnostics(notes, 1), 'outdated/wbp').map((d) => d.range), [range(2, 3, 2, 35), range(3, 7, 3, 39)]);
    assert.equal(await all.stop(), 0);
  });

  it('uses the folder config, shows a broken one once and keeps serving, and re-lints when it changes', async () => {
    const root = workspace({ '.privacylintrc.yaml': 'rules:\n  outdated/wbp: off\n' });
    const config = join(root, '.privacylintrc.yaml');
    const uri = pathToFileURL(join(root, 'privacy.md')).href;
    const client = new Client(root);
    await client.initialize(root);
    await client.open(uri, POLICY);
    const quiet = await client.diagnostics(uri, 1);
    assert.deepEqual(byCode(quiet, 'outdated/wbp'), []);
    assert.equal(byCode(quiet, 'outdated/bewerker').length, 1);

    const changed = (): Promise<void> =>
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    let seen = client.count(uri);
    writeFileSync(config, 'rules:\n  nope/rule: off\n');
    await changed();
    // The built-in rules stand in for the broken config, so the Wbp reference is reported again.
    assert.equal(byCode(await client.next(uri, seen), 'outdated/wbp').length, 1);
    assert.deepEqual(client.messages, [{ type: 1, message: `privacylint: ${config}:2: rules: unknown rule id 'nope/rule' (list them with \`privacylint rules\`) (using the built-in rules until it is fixed)` }]);
    // The config file's own line is underlined too, until it is fixed.
    const configUri = pathToFileURL(config).href;
    assert.deepEqual(await client.next(configUri, 0), [
      { range: range(1, 0, 1, 16), severity: 1, source: 'privacylint', message: "rules: unknown rule id 'nope/rule' (list them with `privacylint rules`)" },
    ]);

    // Still serving: a change is linted, and the broken config is not announced again.
    seen = client.count(uri);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: range(4, 15, 4, 36), text: 'verwerkersovereenkomst' }] });
    assert.deepEqual(byCode(await client.diagnostics(uri, 2), 'outdated/bewerker'), []);
    assert.equal(client.messages.length, 1);

    seen = client.count(uri);
    writeFileSync(config, 'rules:\n  outdated/wbp: off\n');
    await changed();
    assert.deepEqual(byCode(await client.next(uri, seen), 'outdated/wbp'), []);
    assert.deepEqual(await client.next(configUri, 1), []);

    seen = client.count(uri);
    writeFileSync(join(root, '.privacylintignore'), 'privacy.md\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(root, '.privacylintignore')).href, type: 1 }] });
    assert.deepEqual(await client.next(uri, seen), []);
    assert.equal(await client.stop(), 0);
  });

  it('outlines the model: controller, purposes, retention, recipients and rights at their evidence', async () => {
    const root = workspace();
    const uri = pathToFileURL(join(root, 'privacybeleid.md')).href;
    const client = new Client(root);
    await client.initialize(root);
    await client.open(uri, readFileSync(SEED_MD, 'utf8'));
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children?.length]),
      [
        ['Verwerkingsverantwoordelijke', 1],
        ['Doeleinden', 6],
        ['Bewaartermijnen', 5],
        ['Ontvangers', 1],
        ['Rechten', 6],
      ],
    );
    const controller = symbols[0].children![0];
    assert.equal(controller.name, 'Epsys B.V.');
    assert.deepEqual(controller.selectionRange, range(9, 0, 9, 30));
    // A group spans its children.
    for (const group of symbols) {
      for (const child of group.children ?? []) {
        assert.ok(child.range.start.line >= group.range.start.line && child.range.end.line <= group.range.end.line, `${child.name} inside ${group.name}`);
      }
    }
    assert.equal(await client.stop(), 0);
  });

  it('puts a file-wide directive below front matter and offers no line directive inside it', async () => {
    const root = workspace();
    const uri = pathToFileURL(join(root, 'privacy-policy.md')).href;
    const text = '---\ntitle: Privacyverklaring\n---\n\nWij werken met een bewerker. <!-- privacylint-disable-line gdpr/retention -->\n';
    const client = new Client(root);
    await client.initialize(root);
    await client.open(uri, text);
    await client.diagnostics(uri, 1);
    const onTitle = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: range(1, 0, 1, 0), context: { diagnostics: [], only: ['quickfix'] } });
    assert.ok(onTitle.length > 0);
    assert.ok(onTitle.every((a) => !a.title.includes('deze regel')), 'no line directive inside front matter');
    assert.deepEqual(edits(onTitle.find((a) => a.title === 'gdpr/controller-identity uitzetten in dit bestand')!, uri), [
      { range: range(3, 0, 3, 0), newText: '<!-- privacylint-disable-file gdpr/controller-identity -->\n' },
    ]);
    const onLine = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: range(4, 20, 4, 20), context: { diagnostics: [], only: ['quickfix'] } });
    // The line already has a directive: the rule joins its list.
    assert.deepEqual(edits(onLine.find((a) => a.title === 'outdated/bewerker uitzetten voor deze regel')!, uri), [
      { range: range(4, 74, 4, 74), newText: 'outdated/bewerker ' },
    ]);
    assert.equal(await client.stop(), 0);
  });

  it('finds config and ignore files per workspace folder exactly as `privacylint lint` run in that folder does', async () => {
    const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
    const site = workspace({
      // The folder's own config, in package.json: Wbp off, and old/ left out (its `ignore` is relative to the folder).
      'package.json': json({ name: 'site', privacylint: { rules: { 'outdated/wbp': 'off' }, ignore: ['old/**'] } }),
      // Ignore files nearest first: legal/ re-includes what the folder's file leaves out; drafts/ leaves out its own.
      '.privacylintignore': 'legal/privacy*.md\n',
      'legal/.privacylintignore': '!privacy.md\n',
      'drafts/.privacylintignore': 'privacy.md\n',
      // A nearer config for legal/: its rules apply there; its `ignore` does not (only the folder's config ignores).
      'legal/package.json': json({ name: 'legal', privacylint: { rules: { 'outdated/wbp': 'warning' }, ignore: ['*.md'] } }),
      // A package.json without a privacylint key is passed over: sub/ takes the folder's config.
      'sub/package.json': json({ name: 'sub' }),
      'privacy.md': POLICY,
      'legal/privacy.md': POLICY,
      'drafts/privacy.md': POLICY,
      'old/privacy.md': POLICY,
      'sub/privacy.md': POLICY,
    });
    const blog = workspace({ '.privacylintrc.yaml': 'rules:\n  outdated/wbp: info\n', 'privacy.md': POLICY });
    const files = [...['privacy.md', 'legal/privacy.md', 'drafts/privacy.md', 'old/privacy.md', 'sub/privacy.md'].map((f) => join(site, f)), join(blog, 'privacy.md')];
    // Per file: null when it is not linted, else the severities of its outdated/wbp findings (1 error … 3 information).
    const expected = [[], [2], null, null, [], [3]];

    const client = new Client(site);
    await client.initialize([site, blog]);
    const seen: (number[] | null)[] = [];
    for (const file of files) {
      const uri = pathToFileURL(file).href;
      await client.open(uri, POLICY);
      const diagnostics = await client.diagnostics(uri, 1);
      // A policy that is linted always has findings (the Bewerker wording at least).
      seen.push(diagnostics.length === 0 ? null : byCode(diagnostics, 'outdated/wbp').map((d) => d.severity!));
    }
    assert.deepEqual(seen, expected);
    assert.deepEqual(client.messages, []);
    assert.equal(await client.stop(), 0);

    // The CLI, run in each folder, lints the same files with the same severities.
    const severity = { error: 1, warning: 2, info: 3 } as const;
    const cli: (number[] | null)[] = files.map(() => null);
    for (const folder of [site, blog]) {
      const run = spawnSync(process.execPath, [BIN, 'lint', '--format', 'json'], { cwd: folder, env: cleanEnv(), encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      const report = JSON.parse(run.stdout) as { files: { path: string; findings: { ruleId: string; severity: keyof typeof severity }[] }[] };
      for (const file of report.files) {
        cli[files.indexOf(join(folder, file.path))] = file.findings.filter((f) => f.ruleId === 'outdated/wbp').map((f) => severity[f.severity]);
      }
    }
    assert.deepEqual(cli, expected);
  });

  it('takes a package.json config, and re-lints every open document when it changes', async () => {
    const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
    const root = workspace({ 'package.json': json({ name: 'site', privacylint: { rules: { 'outdated/wbp': 'off', 'outdated/bewerker': 'error' } } }) });
    const pkg = join(root, 'package.json');
    const uris = ['privacy.md', 'privacyverklaring.md'].map((f) => pathToFileURL(join(root, f)).href);
    const client = new Client(root);
    await client.initialize(root);
    /** Per open document: [severities of outdated/wbp, severities of outdated/bewerker]. */
    const levels = (all: Diagnostic[][]): number[][][] => all.map((d) => [byCode(d, 'outdated/wbp'), byCode(d, 'outdated/bewerker')].map((x) => x.map((y) => y.severity!)));
    const relinted = async (): Promise<Diagnostic[][]> => {
      const counts = uris.map((uri) => client.count(uri));
      await client.changed([pkg]);
      return Promise.all(uris.map((uri, i) => client.next(uri, counts[i])));
    };

    for (const uri of uris) await client.open(uri, POLICY);
    assert.deepEqual(levels(await Promise.all(uris.map((uri) => client.diagnostics(uri, 1)))), [[[], [1]], [[], [1]]]);

    writeFileSync(pkg, json({ name: 'site', privacylint: { rules: { 'outdated/wbp': 'info' } } }));
    assert.deepEqual(levels(await relinted()), [[[3], [2]], [[3], [2]]]);

    // Without its privacylint key the package.json is no config: the built-in severities.
    writeFileSync(pkg, json({ name: 'site' }));
    assert.deepEqual(levels(await relinted()), [[[1], [2]], [[1], [2]]]);

    // A broken one: shown once, the built-in rules stand in, and the server keeps serving.
    writeFileSync(pkg, json({ name: 'site', privacylint: { rules: { 'outdated/wbp': 'loud' } } }));
    assert.deepEqual(levels(await relinted()), [[[1], [2]], [[1], [2]]]);
    assert.equal(client.messages.length, 1);
    assert.match(client.messages[0].message, /^privacylint: .*package\.json: privacylint\.rules\.outdated\/wbp: .*\(using the built-in rules until it is fixed\)$/u);

    writeFileSync(pkg, json({ name: 'site', privacylint: { rules: { 'outdated/wbp': 'off' } } }));
    assert.deepEqual(levels(await relinted()), [[[], [2]], [[], [2]]]);
    assert.equal(await client.stop(), 0);
  });

  it('diagnoses HTML and plain text documents at their exact ranges in the source', async () => {
    const root = workspace();
    const client = new Client(root);
    await client.initialize(root);
    const html = pathToFileURL(join(root, 'privacy.html')).href;
    await client.open(html, '<!doctype html>\n<html><body>\n<h1>Privacyverklaring</h1>\n<p>Wij volgen de <b>Wet bescherming persoonsgegevens</b>.</p>\n</body></html>\n', 'html');
    const text = pathToFileURL(join(root, 'privacy.txt')).href;
    await client.open(text, 'Privacyverklaring\n\nWij volgen de Wet bescherming persoonsgegevens.\n', 'plaintext');
    assert.deepEqual(byCode(await client.diagnostics(html, 1), 'outdated/wbp').map((d) => d.range), [range(3, 20, 3, 52)]);
    assert.deepEqual(byCode(await client.diagnostics(text, 1), 'outdated/wbp').map((d) => d.range), [range(2, 14, 2, 46)]);
    assert.equal(await client.stop(), 0);
  });

  it('debounces: changes that follow each other quickly are linted once, at the last version', async () => {
    const root = workspace();
    const uri = pathToFileURL(join(root, 'privacy.md')).href;
    const client = new Client(root);
    // The three changes come 100 ms apart: well within the debounce, and long enough for a server without one to
    // lint and publish the first (a lint of this document takes a few milliseconds).
    await client.initialize(root, { debounceMs: 2000 });
    await client.open(uri, POLICY);
    await client.diagnostics(uri, 1);
    for (const [version, text] of [[2, 'AVG'], [3, 'Wbp'], [4, 'UAVG']] as const) {
      const end = version === 2 ? 72 : 43;
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: range(2, 40, 2, end), text }] });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(byCode(await client.diagnostics(uri, 4), 'outdated/wbp'), []);
    assert.deepEqual(client.published.filter((p) => p.uri === uri).map((p) => p.version), [1, 4]);
    assert.equal(await client.stop(), 0);
  });
});
