import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import {
  BinaryDataError,
  DEFAULT_MAX_SIZE,
  InputError,
  decodeBytes,
  decodeWindows1252,
  detectFormat,
  formatSize,
  parseSize,
  readPolicy,
} from '../src/io/read.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const FORMATS = join(FIXTURES, 'formats');
const fixture = (name: string) => join(FORMATS, name);

const billing = readFileSync(join(FIXTURES, 'cloudbilling-privacy-policy.txt'), 'utf8');
const aware = readFileSync(join(FIXTURES, 'cloudaware-privacybeleid.md'), 'utf8');
/** The CloudAware body after its TOML front matter. */
const awareBody = aware.slice(aware.indexOf('+++\n', 4) + 4);

const BINARY_HINT = 'privacylint reads Markdown, HTML and plain text';

/** Asserts an InputError with exactly this message and path. */
async function rejectsWith(promise: Promise<unknown>, path: string, message: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    assert.equal(error.message, message);
    assert.equal(error.path, path);
    assert.equal(error.name, 'InputError');
    return true;
  });
}

function stdinOf(...chunks: (string | Uint8Array)[]): Readable {
  return Readable.from(chunks);
}

describe('readPolicy: encodings of the CloudBilling seed', () => {
  const cases = [
    ['cloudbilling-utf16le.txt', 'utf-16le'],
    ['cloudbilling-utf16be.txt', 'utf-16be'],
    ['cloudbilling-windows1252.txt', 'windows-1252'],
    ['cloudbilling-utf8-bom.txt', 'utf-8-bom'],
  ] as const;
  for (const [name, encoding] of cases) {
    it(`${name} decodes to the seed text as ${encoding}`, async () => {
      const input = await readPolicy(fixture(name));
      assert.equal(input.encoding, encoding);
      assert.equal(input.format, 'text');
      assert.equal(input.path, fixture(name));
      assert.notEqual(input.text.charCodeAt(0), 0xfeff, 'the BOM is removed');
      assert.equal(input.text, billing);
    });
  }

  it('windows-1252 maps ’ ‘ • ë and NBSP to the right characters (not C1 controls)', async () => {
    const { text } = await readPolicy(fixture('cloudbilling-windows1252.txt'));
    for (const char of ['’', '‘', '•', 'ë', '\u00a0']) assert.ok(text.includes(char), `missing ${char}`);
    assert.doesNotMatch(text, /[\u0080-\u009f]/);
  });

  it('keeps lone CR line ends', async () => {
    const input = await readPolicy(fixture('cloudbilling-cr.txt'));
    assert.equal(input.encoding, 'utf-8');
    assert.ok(!input.text.includes('\n'));
    assert.equal(input.text, billing.replace(/\n/g, '\r'));
    assert.equal(input.text.replace(/\r/g, '\n'), billing);
  });

  it('reads the UTF-8 seeds as utf-8', async () => {
    const txt = await readPolicy(join(FIXTURES, 'cloudbilling-privacy-policy.txt'));
    assert.deepEqual([txt.encoding, txt.format, txt.text], ['utf-8', 'text', billing]);
    const md = await readPolicy(join(FIXTURES, 'cloudaware-privacybeleid.md'));
    assert.deepEqual([md.encoding, md.format, md.text], ['utf-8', 'markdown', aware]);
  });
});

describe('readPolicy: CloudAware variants', () => {
  it('keeps CRLF line ends', async () => {
    const input = await readPolicy(fixture('cloudaware-crlf.md'));
    assert.equal(input.format, 'markdown');
    assert.equal(input.encoding, 'utf-8');
    assert.equal(input.text, aware.replace(/\n/g, '\r\n'));
    assert.equal(input.text.replace(/\r\n/g, '\n'), aware);
  });

  it('YAML front matter variant has the same body', async () => {
    const input = await readPolicy(fixture('cloudaware-yaml.md'));
    assert.equal(input.format, 'markdown');
    assert.match(input.text, /^---\ntitle: Privacybeleid\ndescription: Privacybeleid CloudAware\ndate: "2023-12-21"\nauthor: Jeroen Hermans\n---\n/);
    assert.equal(input.text.slice(input.text.indexOf('\n---\n') + 5), awareBody);
  });

  it('HTML page reads as html with the policy wording in it', async () => {
    const input = await readPolicy(fixture('cloudaware.html'));
    assert.equal(input.format, 'html');
    assert.equal(input.encoding, 'utf-8');
    assert.match(input.text, /^<!doctype html>\n/);
    for (const part of [
      '<table>',
      '<tr><th>Categorie</th><th>Bewaartermijn</th></tr>',
      'id="cookie-banner" class="cookie-consent"',
      '<a href="mailto:privacy@cloudaware.eu">privacy@cloudaware.eu</a>',
      'Google Analytics',
      '&amp;',
      '&euro;',
      '&nbsp;',
      'We reageren zo snel mogelijk, maar binnen vier weken, op uw verzoek.',
    ]) {
      assert.ok(input.text.includes(part), `missing ${part}`);
    }
  });

  it('broken and unclosed front matter still read (the document layer reports them)', async () => {
    for (const name of ['broken-yaml.md', 'broken-toml.md', 'unclosed-front-matter.md']) {
      const input = await readPolicy(fixture(name));
      assert.equal(input.format, 'markdown');
      assert.equal(input.encoding, 'utf-8');
      assert.ok(input.text.endsWith(awareBody), name);
    }
    const yaml = (await readPolicy(fixture('broken-yaml.md'))).text.split('\n');
    assert.equal(yaml[0], '---');
    assert.match(yaml[3], /^description: .*: /, 'the YAML error is on file line 4 (front matter line 3)');
    const toml = (await readPolicy(fixture('broken-toml.md'))).text.split('\n');
    assert.equal(toml[0], '+++');
    assert.equal(toml[3], 'date = 21 december 2023');
  });

  it('text of every UTF-8 fixture equals its bytes, so offsets match the file', async () => {
    for (const name of ['cloudaware-crlf.md', 'cloudaware-yaml.md', 'cloudaware.html', 'cloudbilling-cr.txt']) {
      const input = await readPolicy(fixture(name));
      assert.equal(input.text, readFileSync(fixture(name), 'utf8'), name);
    }
  });
});

describe('decodeBytes', () => {
  it('detects UTF-16LE and UTF-16BE without a BOM', () => {
    const le = Buffer.from(billing, 'utf16le');
    assert.deepEqual(decodeBytes(le), { text: billing, encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    assert.deepEqual(decodeBytes(be), { text: billing, encoding: 'utf-16be' });
    assert.deepEqual(decodeBytes(Buffer.from('Privacy\r\n', 'utf16le')), { text: 'Privacy\r\n', encoding: 'utf-16le' });
  });

  it('removes only the first BOM', () => {
    assert.deepEqual(decodeBytes(Buffer.from('\uFEFF\uFEFFa', 'utf8')), { text: '\uFEFFa', encoding: 'utf-8-bom' });
    assert.deepEqual(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf])), { text: '', encoding: 'utf-8-bom' });
    assert.deepEqual(decodeBytes(new Uint8Array(0)), { text: '', encoding: 'utf-8' });
  });

  it('falls back to windows-1252 for bytes that are not UTF-8', () => {
    // "café – 10 €" in cp1252
    const bytes = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x31, 0x30, 0x20, 0x80]);
    assert.deepEqual(decodeBytes(bytes), { text: 'café – 10 €', encoding: 'windows-1252' });
  });

  it('decodeWindows1252 follows the WHATWG table, not Latin-1', () => {
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    assert.equal(all.length, 256);
    assert.equal(all[0x80], '€');
    assert.equal(all[0x92], '’');
    assert.equal(all[0x95], '•');
    assert.equal(all[0x9f], 'Ÿ');
    assert.equal(all[0x81], '\u0081', 'unassigned bytes stay C1 controls');
    assert.equal(all[0xe9], 'é');
    assert.equal(all[0x41], 'A');
  });

  it('flags NUL characters and control-heavy text as binary', () => {
    assert.throws(() => decodeBytes(Buffer.from('Privacy\0policy')), BinaryDataError);
    assert.throws(() => decodeBytes(Buffer.from('ab\x01\x02\x03\x04cd')), BinaryDataError);
    assert.throws(() => decodeBytes(readFileSync(fixture('binary.pdf'))), BinaryDataError);
    // Tabs, form feeds and all line ends are text.
    assert.equal(decodeBytes(Buffer.from('a\tb\fc\r\nd\re\n')).encoding, 'utf-8');
    // A single escape in normal text is not enough.
    assert.equal(decodeBytes(Buffer.from(`${'word '.repeat(20)}\x1b`)).encoding, 'utf-8');
  });
});

describe('detectFormat', () => {
  it('goes by extension for files, case-insensitively', () => {
    assert.equal(detectFormat('a/privacy.md', '<!doctype html>'), 'markdown');
    assert.equal(detectFormat('PRIVACY.MD', ''), 'markdown');
    assert.equal(detectFormat('privacy.markdown', ''), 'markdown');
    assert.equal(detectFormat('privacy.html', '# not markdown'), 'html');
    assert.equal(detectFormat('privacy.HTM', ''), 'html');
    assert.equal(detectFormat('privacy.txt', '<html>'), 'text');
    assert.equal(detectFormat('privacy.pdf', ''), 'text');
    assert.equal(detectFormat('PRIVACY', '# heading'), 'text');
    assert.equal(detectFormat('.md', ''), 'text', 'a dot file has no extension');
  });

  it('sniffs standard input', () => {
    assert.equal(detectFormat('-', '<!DOCTYPE html>\n<html>'), 'html');
    assert.equal(detectFormat('-', '\n  <!doctype html><title>x</title>'), 'html');
    assert.equal(detectFormat('-', '<html lang="nl">'), 'html');
    assert.equal(detectFormat('-', '<html>'), 'html');
    assert.equal(detectFormat('-', '<htmlx>'), 'text');
    assert.equal(detectFormat('-', '<p>Privacy</p>'), 'text');
    assert.equal(detectFormat('-', '---\ntitle: x\n---\nBody'), 'markdown');
    assert.equal(detectFormat('-', '+++\r\ntitle = "x"\r\n+++\r\n'), 'markdown');
    assert.equal(detectFormat('-', '\n---\ntitle: x\n'), 'text', 'front matter only counts on line 1');
    assert.equal(detectFormat('-', '# Privacybeleid\n\nTekst'), 'markdown');
    assert.equal(detectFormat('-', 'Intro\n\n## Cookies\n'), 'markdown');
    assert.equal(detectFormat('-', '#hashtag and #1 are not headings'), 'text');
    assert.equal(detectFormat('-', billing), 'text');
    assert.equal(detectFormat('-', aware), 'markdown');
  });
});

describe('parseSize', () => {
  it('reads bytes and 1024-based units, case-insensitively', () => {
    const cases: [string, number][] = [
      ['1048576', 1048576],
      ['10MB', 10 * 1024 ** 2],
      ['10mb', 10 * 1024 ** 2],
      ['512k', 512 * 1024],
      ['512 KB', 512 * 1024],
      ['2 MiB', 2 * 1024 ** 2],
      ['1g', 1024 ** 3],
      ['1 GiB', 1024 ** 3],
      ['1.5m', 1.5 * 1024 ** 2],
      ['100b', 100],
      ['100 bytes', 100],
      [' 7 ', 7],
    ];
    for (const [value, bytes] of cases) assert.equal(parseSize(value), bytes, value);
    assert.equal(parseSize('10MB'), DEFAULT_MAX_SIZE);
  });

  it('rejects nonsense with a clear message', () => {
    const hint = 'is not a size (give bytes or a number with k, MB or GB, e.g. 512k, 10MB, 2 MiB)';
    for (const value of ['', 'abc', '10 XB', '-1', '1.5.2', 'MB', '10 M B', '1e6']) {
      assert.throws(() => parseSize(value), { name: 'InputError', message: `--max-size: '${value}' ${hint}` }, value);
    }
    assert.throws(() => parseSize('0'), { message: "--max-size: '0' is less than one byte" });
    assert.throws(() => parseSize('0.4b'), { message: "--max-size: '0.4b' is less than one byte" });
    assert.throws(() => parseSize('99999999999g'), { message: "--max-size: '99999999999g' is too large" });
  });

  it('formatSize prints what parseSize reads', () => {
    assert.equal(formatSize(DEFAULT_MAX_SIZE), '10 MB');
    assert.equal(formatSize(Math.round(12.3 * 1024 ** 2)), '12.3 MB');
    assert.equal(formatSize(512 * 1024), '512 KB');
    assert.equal(formatSize(1536), '1.5 KB');
    assert.equal(formatSize(1), '1 byte');
    assert.equal(formatSize(900), '900 bytes');
  });
});

describe('readPolicy: errors', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'privacylint-io-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('missing file', async () => {
    const path = fixture('nope.md');
    await rejectsWith(readPolicy(path), path, `${path}: no such file`);
  });

  it('a path through a file', async () => {
    const path = `${fixture('empty.md')}/policy.md`;
    await rejectsWith(readPolicy(path), path, `${path}: no such file (a part of the path is not a folder)`);
  });

  it('directory, with the path exactly as given', async () => {
    const path = `${dir}/`;
    await rejectsWith(readPolicy(path), path, `${path}: is a directory, not a file (give the path of a policy file)`);
  });

  it(
    'permission denied',
    {
      skip:
        process.platform === 'win32'
          ? 'chmod 000 does not block reading on Windows'
          : process.getuid?.() === 0
            ? 'running as root: root can read any file, so EACCES cannot be provoked'
            : false,
    },
    async () => {
      const path = join(dir, 'secret.md');
      await writeFile(path, '# Privacy\n');
      await chmod(path, 0o000);
      try {
        await rejectsWith(readPolicy(path), path, `${path}: permission denied`);
      } finally {
        await chmod(path, 0o644);
      }
    },
  );

  it('empty file', async () => {
    const path = fixture('empty.md');
    await rejectsWith(readPolicy(path), path, `${path}: the file is empty`);
  });

  it('white space only, and a BOM with nothing after it', async () => {
    const path = fixture('whitespace.txt');
    await rejectsWith(readPolicy(path), path, `${path}: the file is empty`);
    const bomOnly = join(dir, 'bom.md');
    await writeFile(bomOnly, Buffer.from([0xef, 0xbb, 0xbf, 0x0a, 0x20]));
    await rejectsWith(readPolicy(bomOnly), bomOnly, `${bomOnly}: the file is empty`);
    const utf16Blank = join(dir, 'blank16.txt');
    await writeFile(utf16Blank, Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]));
    await rejectsWith(readPolicy(utf16Blank), utf16Blank, `${utf16Blank}: the file is empty`);
  });

  it('binary file', async () => {
    const path = fixture('binary.pdf');
    await rejectsWith(readPolicy(path), path, `${path}: looks like a binary file, not text (${BINARY_HINT})`);
  });

  it('over the default limit, checked from the size before reading', async () => {
    const path = join(dir, 'big.md');
    await writeFile(path, '');
    await truncate(path, Math.round(12.3 * 1024 * 1024)); // sparse: no 12 MB written to disk
    await rejectsWith(readPolicy(path), path, `${path}: 12.3 MB is over the 10 MB limit (raise it with --max-size)`);
  });

  it('over a --max-size limit; exactly at the limit is fine', async () => {
    const path = join(dir, 'small.md');
    await writeFile(path, `# Privacy\n${'x'.repeat(1014)}`); // 1024 bytes
    assert.equal((await readPolicy(path, { maxSize: 1024 })).text.length, 1024);
    await rejectsWith(readPolicy(path, { maxSize: 1000 }), path, `${path}: 1 KB is over the 1000-byte limit (raise it with --max-size)`);
  });

  it('shows bytes when rounding would print the size and the limit alike', async () => {
    const path = join(dir, 'just-over.md');
    await writeFile(path, '');
    await truncate(path, DEFAULT_MAX_SIZE + 1);
    await rejectsWith(readPolicy(path), path, `${path}: 10485761 bytes is over the 10485760-byte limit (raise it with --max-size)`);
  });

  it('inputFormat overrides the extension', async () => {
    const input = await readPolicy(fixture('cloudaware.html'), { inputFormat: 'text' });
    assert.equal(input.format, 'text');
  });
});

describe('readPolicy: standard input', () => {
  it('reads bytes, reports <stdin> and sniffs the format', async () => {
    const html = readFileSync(fixture('cloudaware.html'));
    const input = await readPolicy('-', { stdin: stdinOf(html.subarray(0, 100), html.subarray(100)) });
    assert.deepEqual([input.path, input.format, input.encoding], ['<stdin>', 'html', 'utf-8']);
    assert.equal(input.text, html.toString('utf8'));
  });

  it('decodes piped UTF-16 and windows-1252 like files', async () => {
    const le = await readPolicy('-', { stdin: stdinOf(readFileSync(fixture('cloudbilling-utf16le.txt'))) });
    assert.deepEqual([le.text, le.encoding, le.format], [billing, 'utf-16le', 'text']);
    const cp = await readPolicy('-', { stdin: stdinOf(readFileSync(fixture('cloudbilling-windows1252.txt'))) });
    assert.deepEqual([cp.text, cp.encoding], [billing, 'windows-1252']);
  });

  it('accepts string chunks and an explicit format', async () => {
    const input = await readPolicy('-', { stdin: stdinOf('Privacy', 'beleid\n'), inputFormat: 'markdown' });
    assert.deepEqual([input.text, input.format], ['Privacybeleid\n', 'markdown']);
  });

  it('a terminal with nothing piped', async () => {
    const tty = Object.assign(stdinOf(), { isTTY: true });
    await rejectsWith(readPolicy('-', { stdin: tty }), '-', '-: nothing on standard input');
  });

  it('empty and blank input', async () => {
    await rejectsWith(readPolicy('-', { stdin: stdinOf() }), '-', '-: standard input is empty');
    await rejectsWith(readPolicy('-', { stdin: stdinOf(' \n\t\n') }), '-', '-: standard input is empty');
  });

  it('binary input', async () => {
    const stdin = stdinOf(readFileSync(fixture('binary.pdf')));
    await rejectsWith(readPolicy('-', { stdin }), '-', `-: standard input looks like binary data, not text (${BINARY_HINT})`);
  });

  it('stops reading once over the limit', async () => {
    let produced = 0;
    function* endless(): Generator<Buffer> {
      // Bounded so a regression fails instead of hanging.
      while (produced < 100_000) {
        produced++;
        yield Buffer.alloc(1024, 0x61);
      }
    }
    const stdin = Readable.from(endless());
    await rejectsWith(readPolicy('-', { stdin, maxSize: 4096 }), '-', '-: standard input is over the 4 KB limit (raise it with --max-size)');
    assert.ok(produced < 100, `read ${produced} chunks after the limit`);
    assert.ok(stdin.destroyed, 'the stream is released');
  });
});
