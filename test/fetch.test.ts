/**
 * Reading a policy by URL (src/io/fetch.ts and the CLI around it), against a loopback HTTP server that the test
 * starts itself: no network. Redirects, charsets, content types, every failure as one line with exit 2, the page
 * chrome left out, positions in the page as served, reports naming the URL, and --save.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { fetchPolicy, saveName, decodeBody, USER_AGENT } from '../src/io/fetch.js';
import { InputError } from '../src/io/read.js';
import { parsePolicyFile, parsePolicyText } from '../src/index.js';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'privacylint.js');
const SEED_HTML = readFileSync(join(ROOT, 'fixtures', 'formats', 'cloudaware.html'), 'utf8');
const SEED_TXT = readFileSync(join(ROOT, 'fixtures', 'cloudbilling-privacy-policy.txt'));

/**
 * The seed page as many sites serve it: no <main> or <article>, the site header and footer as <div>s, a menu, a
 * cookie banner, a script with policy-like words and a newsletter form around the policy.
 */
const CHROME_PAGE = SEED_HTML.replace('<header>', '<div class="site-header" id="masthead">')
  .replace('</header>', '</div>')
  .replace('<main>\n<article>', '<div id="page">\n<div class="content">')
  .replace('</article>\n</main>', '<form action="/newsletter"><label>Nieuwsbrief: bewaren wij 99 jaar</label><input name="email"></form></div>\n</div><script>var consent = "Wij bewaren uw gegevens 50 jaar";</script>')
  .replace('<footer>', '<div id="footer" class="site-footer">')
  .replace('</footer>', '</div>');

/** Windows-1252 with the charset only in the header: 0x92 is ’, and C2 A9 (valid UTF-8 for ©) must stay "Â©". */
const CP1252_BODY = Buffer.concat([
  Buffer.from('<!doctype html><html lang="en"><body><h1>Privacy</h1><p>We', 'latin1'),
  Buffer.from([0x92]),
  Buffer.from('re Example Ltd, privacy@example.com. Caf', 'latin1'),
  Buffer.from([0xe9]),
  Buffer.from(' ', 'latin1'),
  Buffer.from([0xc2, 0xa9]),
  Buffer.from('</p></body></html>', 'latin1'),
]);

let server: Server;
let base = '';
let refusedUrl = '';
const seenAgents: string[] = [];
const slowResponses: ServerResponse[] = [];

function handle(req: IncomingMessage, res: ServerResponse): void {
  seenAgents.push(String(req.headers['user-agent']));
  const send = (status: number, type: string | null, body: string | Buffer, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
    res.end(body);
  };
  switch (req.url) {
    case '/privacy':
      return send(200, 'text/html; charset=utf-8', CHROME_PAGE);
    case '/old':
      return send(301, 'text/html', 'moved', { location: '/moved' });
    case '/moved':
      return send(302, null, '', { location: `${base}/privacy` });
    case '/loop':
      return send(302, null, '', { location: '/loop' });
    case '/billing.txt':
      return send(200, 'text/plain', SEED_TXT);
    case '/policy.md':
      return send(200, 'text/plain; charset=utf-8', '# Privacy\n\nWe keep invoices for seven years.\n');
    case '/untyped':
      return send(200, null, '<!doctype html><html><body><p>We keep invoices for seven years.</p></body></html>');
    case '/cp1252':
      return send(200, 'text/html; charset=windows-1252', CP1252_BODY);
    case '/meta':
      return send(200, 'text/html', Buffer.concat([Buffer.from('<meta charset="windows-1252">'), CP1252_BODY]));
    case '/missing':
      return send(404, 'text/html', '<h1>Not found</h1>');
    case '/broken':
      return send(500, 'text/plain', 'oops');
    case '/policy.pdf':
      return send(200, 'application/pdf', '%PDF-1.4\n');
    case '/big':
      return send(200, 'text/plain', 'x'.repeat(5000), { 'content-length': '5000' });
    case '/big-chunked':
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      return void res.end();
    case '/slow':
      // Headers come at once, the body never: the time limit must cover the body too.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>');
      slowResponses.push(res);
      return;
    case '/empty':
      return send(200, 'text/html', '  \n');
    default:
      return send(404, 'text/plain', 'no');
  }
}

function run(args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    for (const key of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) delete env[key];
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

async function listen(s: Server | import('node:https').Server): Promise<number> {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return (s.address() as AddressInfo).port;
}

before(async () => {
  for (const key of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) delete process.env[key];
  server = createServer(handle);
  base = `http://127.0.0.1:${await listen(server)}`;
  // A port that was just free: nothing listens there, so connecting is refused.
  const probe = createServer();
  refusedUrl = `http://127.0.0.1:${await listen(probe)}/privacy`;
  await new Promise((resolve) => probe.close(resolve));
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  }
});

after(async () => {
  for (const res of slowResponses) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The InputError message fetchPolicy rejects with. */
async function failure(url: string, options: Parameters<typeof fetchPolicy>[1] = {}): Promise<string> {
  const error = await fetchPolicy(url, options).then(
    () => assert.fail(`${url} was fetched`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof InputError, `not an InputError: ${String(error)}`);
  assert.equal(error.path, url);
  return error.message;
}

describe('fetchPolicy', () => {
  it('follows redirects by hand, reports the final URL and sends the User-Agent', async () => {
    const input = await fetchPolicy(`${base}/old`);
    assert.equal(input.path, `${base}/privacy`);
    assert.equal(input.fetched.url, `${base}/old`);
    assert.equal(input.fetched.finalUrl, `${base}/privacy`);
    assert.equal(input.fetched.status, 200);
    assert.equal(input.format, 'html');
    assert.equal(input.text, CHROME_PAGE);
    assert.deepEqual(input.warnings, [`${base}/old: redirected to ${base}/privacy; the report names that URL`]);
    assert.match(USER_AGENT, /^privacylint\/\S+ \(\+https:\/\/github\.com\/privacylint\/privacylint\)$/u);
    assert.equal(seenAgents.at(-1), USER_AGENT);
  });

  it('stops after five redirects', async () => {
    assert.equal(await failure(`${base}/loop`), `${base}/loop: more than 5 redirects (the last one to ${base}/loop)`);
  });

  it('takes the charset from the header, then from <meta charset>, before sniffing', async () => {
    const expected = 'We’re Example Ltd, privacy@example.com. Café Â©';
    const header = await fetchPolicy(`${base}/cp1252`);
    assert.equal(header.fetched.charset, 'windows-1252');
    assert.equal(header.fetched.charsetFrom, 'header');
    assert.ok(header.text.includes(expected), header.text);
    const meta = await fetchPolicy(`${base}/meta`);
    assert.equal(meta.fetched.charsetFrom, 'meta');
    assert.ok(meta.text.includes(expected), meta.text);
    // Without either, the bytes are sniffed as for files: not UTF-8, so windows-1252.
    assert.deepEqual({ ...decodeBody(CP1252_BODY, null, true), text: '' }, { text: '', encoding: 'windows-1252', charset: 'windows-1252', charsetFrom: 'sniffed' });
    // A byte order mark wins over the header.
    const bom = decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café')]), 'windows-1252', false);
    assert.deepEqual([bom.text, bom.charsetFrom], ['Café', 'bom']);
  });

  it('reads text/plain as text (and .md paths as Markdown)', async () => {
    const input = await fetchPolicy(`${base}/billing.txt`);
    assert.equal(input.format, 'text');
    assert.equal(input.text, SEED_TXT.toString('utf8'));
    assert.equal((await fetchPolicy(`${base}/policy.md`)).format, 'markdown');
    // No Content-Type at all: the format is sniffed as for standard input.
    assert.equal((await fetchPolicy(`${base}/untyped`)).format, 'html');
  });

  it('turns every failure into one line naming the URL', async () => {
    assert.equal(await failure(`${base}/missing`), `${base}/missing: HTTP 404 Not Found`);
    assert.equal(await failure(`${base}/broken`), `${base}/broken: HTTP 500 Internal Server Error`);
    assert.equal(await failure(`${base}/policy.pdf`), `${base}/policy.pdf: is application/pdf; save the policy's text and lint that file`);
    assert.equal(await failure(`${base}/big`, { maxSize: 1000 }), `${base}/big: 4.9 KB is over the 1000-byte limit (raise it with --max-size)`);
    assert.equal(await failure(`${base}/big-chunked`, { maxSize: 2048 }), `${base}/big-chunked: the page is over the 2 KB limit (raise it with --max-size)`);
    assert.equal(await failure(`${base}/slow`, { timeoutMs: 300 }), `${base}/slow: no complete answer within 0.3 s (raise it with --timeout)`);
    assert.equal(await failure(refusedUrl), `${refusedUrl}: the connection was refused (is the address and port right?)`);
    assert.equal(await failure(`${base}/empty`), `${base}/empty: the page is empty`);
    assert.equal(await failure('http://exa mple.com/'), 'http://exa mple.com/: not a valid URL');
  });
});

describe('HTTP_PROXY and NO_PROXY', () => {
  it('go through the proxy named by HTTP_PROXY, except for hosts in NO_PROXY', async () => {
    // A loopback proxy: undici tunnels through CONNECT; this one records the request and tunnels every host
    // to the test server.
    const asked: string[] = [];
    const proxy = createServer((req, res) => {
      asked.push(`${req.method} ${req.url}`);
      res.writeHead(502).end();
    });
    proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      asked.push(`${req.method} ${req.url}`);
      const upstream = connect(Number(new URL(base).port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    const proxyUrl = `http://127.0.0.1:${await listen(proxy)}`;
    const saved = { ...process.env };
    try {
      process.env.HTTP_PROXY = proxyUrl;
      process.env.NO_PROXY = '';
      const through = await fetchPolicy('http://policy.example/billing.txt');
      assert.equal(through.text, SEED_TXT.toString('utf8'));
      assert.deepEqual(asked, ['CONNECT policy.example:80']);
      process.env.NO_PROXY = '127.0.0.1';
      const direct = await fetchPolicy(`${base}/billing.txt`);
      assert.equal(direct.format, 'text');
      assert.deepEqual(asked, ['CONNECT policy.example:80'], 'a NO_PROXY host is fetched directly');
      // The bundled CLI too, with nothing on stderr (undici's "experimental" warning is kept off it).
      const cli = await run(['parse', 'http://policy.example/billing.txt'], tmpdir(), { HTTP_PROXY: proxyUrl });
      assert.equal(cli.stderr, '');
      assert.equal(cli.code, 0);
      assert.equal((JSON.parse(cli.stdout) as { language: string }).language, 'nl');
      assert.deepEqual(asked, ['CONNECT policy.example:80', 'CONNECT policy.example:80']);
    } finally {
      for (const key of ['HTTP_PROXY', 'NO_PROXY']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});

describe('TLS', () => {
  // A self-signed certificate made for this run (openssl), so no key is kept in the repository.
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-tls-'));
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1'], { encoding: 'utf8' });
  const skip = made.status === 0 ? false : 'openssl is not installed';

  it('a certificate the system does not trust is one line naming the URL', { skip }, async () => {
    const tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('hi'));
    const url = `https://127.0.0.1:${await listen(tls)}/privacy`;
    try {
      assert.equal(await failure(url), `${url}: TLS error: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)`);
    } finally {
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
    }
  });
});

describe('saveName', () => {
  it('makes host, path and query safe for a file name', () => {
    assert.equal(saveName('https://www.example.com/legal/privacy?lang=en'), 'www.example.com_legal_privacy_lang_en');
    assert.equal(saveName('http://127.0.0.1:8080/privacy/'), '127.0.0.1_8080_privacy');
    assert.equal(saveName('https://example.com/a%20b/c d/'), 'example.com_a_20b_c_20d');
    assert.ok(saveName(`https://example.com/${'x'.repeat(400)}`).length <= 150);
  });
});

describe('the page around the policy', () => {
  it('leaves out header, menu, cookie banner, form, script and footer on a page without <main> or <article>', async () => {
    const { document, model } = await parsePolicyFile(`${base}/privacy`);
    const text = document.blocks.map((b) => b.text).join('\n');
    assert.equal(document.blocks[0].text, 'Privacybeleid');
    assert.match(text, /Hoe wij persoonsgegevens beveiligen/u);
    for (const chrome of ['Diensten & prijzen', 'Ja, ik accepteer cookies', 'Nieuwsbrief', '50 jaar', 'Algemene voorwaarden', 'Managed cloud hosting']) {
      assert.ok(!text.includes(chrome), `${chrome} is page chrome, not policy text`);
    }
    // The same model as the seed with its <main>: nothing from the chrome changed it.
    const seed = await parsePolicyFile(join(ROOT, 'fixtures', 'formats', 'cloudaware.html'));
    assert.deepEqual(model, seed.model);
  });
});

describe('site chrome named by id, class or role', () => {
  const blocks = async (html: string): Promise<string[]> =>
    (await parsePolicyText(html, { format: 'html', language: 'en' })).document.blocks.map((b) => b.text);

  it('an element with role="main" is the content when there is no <main> or <article>', async () => {
    const html = '<div class="top"><p>Welcome to our shop</p></div><div role="main"><h2>Privacy</h2><p>We keep invoices seven years.</p></div><div><p>Follow us</p></div>';
    assert.deepEqual(await blocks(html), ['Privacy', 'We keep invoices seven years.']);
  });

  it('drops site header, menus, sidebars, breadcrumbs and footers but keeps the page and entry headers', async () => {
    const html = [
      '<div id="header"><p>Shop</p></div>',
      '<div class="menu-wrapper"><p>Home</p></div>',
      '<ul class="breadcrumb"><li>Home › Privacy</li></ul>',
      '<div class="entry-header"><h1>Privacy policy</h1></div>',
      '<div class="entry-content"><p>We keep invoices seven years.</p></div>',
      '<div class="widget-area" role="complementary"><p>Latest posts</p></div>',
      '<div class="site-footer"><p>© Shop</p></div>',
    ].join('\n');
    assert.deepEqual(await blocks(html), ['Privacy policy', 'We keep invoices seven years.']);
  });

  it('inside <main>, a header or sidebar class is part of the policy (only menus and search are left out)', async () => {
    const html = '<main><div class="sidebar"><p>Contact: privacy@example.com</p></div><div role="navigation"><p>Home</p></div><p>We keep invoices seven years.</p></main>';
    assert.deepEqual(await blocks(html), ['Contact: privacy@example.com', 'We keep invoices seven years.']);
  });
});

describe('privacylint with URLs', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'privacylint-fetch-'));

  it('lint URL: the report names the final URL and positions refer to the page as served', async () => {
    const r = await run(['lint', `${base}/old`, '--format', 'json'], cwd);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, `privacylint: warning: ${base}/old: redirected to ${base}/privacy; the report names that URL\n`);
    const report = JSON.parse(r.stdout) as { files: { path: string; model: { controller: { email: string; evidence: { line: number; column: number; endColumn: number; text: string }[] } } }[] };
    assert.equal(report.files[0].path, `${base}/privacy`);
    const lines = CHROME_PAGE.split('\n');
    const email = report.files[0].model.controller.evidence.find((e) => e.text.includes('privacy@cloudaware.eu'));
    assert.ok(email, 'the e-mail address has evidence');
    assert.ok(lines[email.line - 1].includes('privacy@cloudaware.eu'), `line ${email.line} of the served page holds the address`);
  });

  it('lint URL --format sarif: the artifact URI is the URL', async () => {
    const r = await run(['lint', `${base}/privacy`, '--format', 'sarif'], cwd);
    assert.equal(r.code, 1, r.stderr);
    const sarif = JSON.parse(r.stdout) as { runs: { artifacts: { location: { uri: string; uriBaseId?: string } }[] }[] };
    assert.deepEqual(sarif.runs[0].artifacts[0].location, { uri: `${base}/privacy` });
  });

  it('a failed fetch is one line on stderr and exit 2, for lint, parse and diff', async () => {
    const cases: [string[], string][] = [
      [['lint', `${base}/missing`], `privacylint: ${base}/missing: HTTP 404 Not Found\n`],
      [['parse', `${base}/policy.pdf`], `privacylint: ${base}/policy.pdf: is application/pdf; save the policy's text and lint that file\n`],
      [['parse', `${base}/slow`, '--timeout', '0.2'], `privacylint: ${base}/slow: no complete answer within 0.2 s (raise it with --timeout)\n`],
      [['lint', `${base}/big`, '--max-size', '1k'], `privacylint: ${base}/big: 4.9 KB is over the 1 KB limit (raise it with --max-size)\n`],
      [['diff', `${base}/privacy`, refusedUrl], `privacylint: ${refusedUrl}: the connection was refused (is the address and port right?)\n`],
      [['lint', `${base}/loop`], `privacylint: ${base}/loop: more than 5 redirects (the last one to ${base}/loop)\n`],
      [['parse', `${base}/privacy`, '--timeout', 'soon'], "privacylint: --timeout 'soon': give a number of seconds (e.g. 20, 2.5) or milliseconds (500ms)\n"],
    ];
    for (const [args, stderr] of cases) {
      const r = await run(args, cwd);
      assert.equal(r.stderr, stderr, args.join(' '));
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  });

  it('diff URL1 URL2 --format html names both URLs', async () => {
    const r = await run(['diff', `${base}/privacy`, `${base}/billing.txt`, '--format', 'html'], cwd);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^<!doctype html>/iu);
    assert.ok(r.stdout.includes(`<title>privacylint diff: ${base}/privacy vs ${base}/billing.txt</title>`), r.stdout.slice(0, 600));
    assert.ok(r.stdout.includes(`<span class="path">${base}/billing.txt</span>`));
  });

  it('--save keeps the body as served and a record, never overwrites, and the saved page lints the same', async () => {
    const dir = join(cwd, 'snapshots');
    const r = await run(['lint', `${base}/old`, '--save', dir, '--format', 'json'], cwd);
    assert.equal(r.code, 1, r.stderr);
    const port = new URL(base).port;
    assert.deepEqual(readdirSync(dir).sort(), [`127.0.0.1_${port}_old.html`, `127.0.0.1_${port}_old.json`]);
    assert.equal(readFileSync(join(dir, `127.0.0.1_${port}_old.html`), 'utf8'), CHROME_PAGE);
    const record = JSON.parse(readFileSync(join(dir, `127.0.0.1_${port}_old.json`), 'utf8')) as Record<string, unknown>;
    assert.equal(record.url, `${base}/old`);
    assert.equal(record.finalUrl, `${base}/privacy`);
    assert.equal(record.status, 200);
    assert.equal((record.headers as Record<string, string>)['content-type'], 'text/html; charset=utf-8');
    assert.match(String(record.time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u);

    // The saved page gives the same findings at the same positions.
    const saved = await run(['lint', join(dir, `127.0.0.1_${port}_old.html`), '--format', 'json'], cwd);
    const strip = (out: string): unknown => (JSON.parse(out) as { files: { findings: unknown[] }[] }).files[0].findings;
    assert.deepEqual(strip(saved.stdout), strip(r.stdout));

    // A second save to the same folder is refused and leaves the first intact.
    writeFileSync(join(dir, 'marker'), '');
    const again = await run(['parse', `${base}/old`, '--save', dir], cwd);
    assert.equal(again.code, 2);
    assert.equal(again.stderr, `privacylint: --save: ${join(dir, `127.0.0.1_${port}_old.html`)} already exists; it was not overwritten (remove it or save to another folder)\n`);
    assert.equal(readFileSync(join(dir, `127.0.0.1_${port}_old.html`), 'utf8'), CHROME_PAGE);
  });

  it('--fix refuses a URL', async () => {
    const r = await run(['lint', `${base}/billing.txt`, '--fix'], cwd);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `privacylint: --fix cannot write to a URL (${base}/billing.txt); use --fix-dry-run, or --save the page and fix that file\n`);
  });
});
