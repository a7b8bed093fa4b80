/**
 * The language server's pieces without the protocol: a throwing rule costs only its own findings, a byte order
 * mark the library does not see still gives editor positions, and which documents count as policies.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../src/lsp/lint-document.js';
import { rangeOf } from '../src/lsp/diagnostics.js';
import { looksLikePolicy, titleOf } from '../src/lsp/workspace.js';
import { resolveConfig } from '../src/rules/config.js';
import { lintPolicy } from '../src/rules/engine.js';
import { startServer } from '../src/lsp/server.js';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams, ShowMessageParams } from 'vscode-languageserver';

const config = resolveConfig(null);
const TEXT = '# Privacyverklaring\n\nWij volgen de Wet bescherming persoonsgegevens en hebben een bewerkersovereenkomst.\n';

describe('lintText', () => {
  it('keeps the other rules\' findings when one rule throws, and names the rule', async () => {
    const lint: typeof lintPolicy = (parsed, cfg, options) => {
      if (cfg.rules.some((r) => r.def.id === 'outdated/bewerker')) throw new TypeError('boom');
      return lintPolicy(parsed, cfg, options);
    };
    const out = await lintText(TEXT, { path: '/x/privacy.md', languageId: 'markdown', config, lint });
    assert.deepEqual(out.failures.map((f) => [f.ruleId, (f.error as Error).message]), [['outdated/bewerker', 'boom']]);
    const ids = out.result.findings.map((f) => f.ruleId);
    assert.ok(!ids.includes('outdated/bewerker'));
    const wbp = out.result.findings.filter((f) => f.ruleId === 'outdated/wbp');
    assert.deepEqual(wbp.map((f) => [f.line, f.column, f.endLine, f.endColumn]), [[3, 15, 3, 47]]);
    // Same findings, in the same order, as an undisturbed run minus the failing rule.
    const whole = await lintText(TEXT, { path: '/x/privacy.md', languageId: 'markdown', config });
    assert.deepEqual(out.result.findings, whole.result.findings.filter((f) => f.ruleId !== 'outdated/bewerker'));
    assert.deepEqual(whole.failures, []);
  });

  it('lints text behind a byte order mark and moves first-line positions by it', async () => {
    const out = await lintText(`\uFEFF${TEXT}`, { path: '/x/privacy.md', languageId: 'markdown', config });
    assert.equal(out.bom, 1);
    const title = out.result.findings.find((f) => f.ruleId === 'gdpr/controller-identity')!;
    assert.deepEqual(rangeOf(title, out.bom), { start: { line: 0, character: 3 }, end: { line: 0, character: 20 } });
    const wbp = out.result.findings.find((f) => f.ruleId === 'outdated/wbp')!;
    assert.deepEqual(rangeOf(wbp, out.bom), { start: { line: 2, character: 14 }, end: { line: 2, character: 46 } });
  });
});

describe('which documents are policies', () => {
  for (const [path, expected] of [
    ['/site/content/privacy.md', true],
    ['/site/privacyverklaring.md', true],
    ['/site/privacy-policy.html', true],
    ['/site/datenschutzerklaerung.md', true],
    ['/site/politique-de-confidentialite.md', true],
    ['/site/avg.txt', true],
    // Every name a bare `privacylint` picks (src/lang/file-names.ts), in languages without a pack too.
    ['/site/privacidad.md', true],
    ['/site/integritetspolicy.html', true],
    ['/site/informativa-privacy.md', true],
    ['/site/README.md', false],
    ['/site/notes.md', false],
    ['/site/travg.md', false],
  ] as const) {
    it(`${path}: ${expected}`, () => assert.equal(looksLikePolicy(path, null), expected));
  }
  it('by title when the name says nothing', () => {
    assert.equal(titleOf('---\ntitle: "Privacy Policy"\n---\n# Other\n'), 'Privacy Policy');
    assert.equal(titleOf('Intro\n\n## Privacyverklaring van X\n'), 'Privacyverklaring van X');
    assert.equal(titleOf('<html><head><title>Datenschutzerklärung</title>'), 'Datenschutzerklärung');
    assert.equal(looksLikePolicy('/site/index.md', titleOf('# Privacyverklaring\n')), true);
    assert.equal(looksLikePolicy('/site/index.md', titleOf('# Release notes\n')), false);
    assert.equal(looksLikePolicy(null, null), false);
  });
});

describe('the server with a rule that throws', () => {
  it('shows the failing rule once, publishes the other findings and keeps serving', async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const lint: typeof lintPolicy = (parsed, cfg, options) => {
      if (cfg.rules.some((r) => r.def.id === 'outdated/bewerker')) throw new TypeError('boom');
      return lintPolicy(parsed, cfg, options);
    };
    void startServer({ input: toServer, output: toClient, version: 'test', lint });
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const published: PublishDiagnosticsParams[] = [];
    const messages: ShowMessageParams[] = [];
    let wake = (): void => {};
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => (published.push(p), wake()));
    client.onNotification('window/showMessage', (p: ShowMessageParams) => (messages.push(p), wake()));
    client.listen();
    const version = async (v: number): Promise<PublishDiagnosticsParams> => {
      for (;;) {
        const found = published.find((p) => p.version === v);
        if (found) return found;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    };
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
    const uri = 'untitled:privacy.md';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: TEXT } });
    const first = await version(1);
    assert.deepEqual(
      first.diagnostics.filter((d) => String(d.code).startsWith('outdated/')).map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [['outdated/wbp', 2, 14]],
    );
    await client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 14 }, end: { line: 2, character: 46 } }, text: 'AVG' }],
    });
    const second = await version(2);
    assert.deepEqual(second.diagnostics.filter((d) => String(d.code).startsWith('outdated/')), []);
    assert.deepEqual(messages, [
      { type: 1, message: 'privacylint: rule outdated/bewerker failed (boom); its findings are left out, the other rules still run' },
    ]);
    // Not ending the streams: the library ends the process when its input closes, as a server must.
    client.dispose();
  });
});
