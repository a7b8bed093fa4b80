/**
 * Issue 9, items 1–3 and the UTF-8 part of 14: writing through links and devices, refusing a --fix when the
 * file changed during the run or would not encode back byte for byte, and a stray byte in a UTF-8 file.
 */
import assert from 'node:assert/strict';
import { chownSync, copyFileSync, linkSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, runInProcess } from './helpers.js';
import { decodeBytes, readPolicy } from '../src/io/read.js';
import { encodeFixed, writeFileAtomic } from '../src/io/write.js';
import { parsePolicyFile } from '../src/index.js';

const SEED_TXT = join(ROOT, 'fixtures', 'cloudbilling-privacy-policy.txt');
const SEED = readFileSync(SEED_TXT, 'utf8');

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'privacylint-robust-'));
}

const cli = runInProcess;

describe('writeFileAtomic writes through what a rename would break (item 1)', () => {
  it('a symbolic link stays a link and its target gets the new content', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync('real.json', join(dir, 'link.json'));
    await writeFileAtomic(join(dir, 'link.json'), 'new');
    assert.ok(lstatSync(join(dir, 'link.json')).isSymbolicLink());
    assert.equal(readlinkSync(join(dir, 'link.json')), 'real.json');
    assert.equal(readFileSync(join(dir, 'real.json'), 'utf8'), 'new');
  });

  it('a hard link keeps sharing the file with its other name', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), 'a much longer old content');
    linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    await writeFileAtomic(join(dir, 'b.txt'), 'short');
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), 'short');
    assert.equal(statSync(join(dir, 'a.txt')).ino, statSync(join(dir, 'b.txt')).ino);
  });

  it('a device (/dev/null, also through a link to it) is written, not replaced', async () => {
    await writeFileAtomic('/dev/null', 'report');
    assert.ok(statSync('/dev/null').isCharacterDevice());
    const dir = scratch();
    symlinkSync('/dev/null', join(dir, 'out.txt'));
    await writeFileAtomic(join(dir, 'out.txt'), 'report');
    assert.ok(lstatSync(join(dir, 'out.txt')).isSymbolicLink());
    assert.ok(statSync('/dev/null').isCharacterDevice());
  });

  it('a regular file keeps its mode and (as root) its owner', async () => {
    const dir = scratch();
    const file = join(dir, 'policy.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    const root = process.getuid?.() === 0;
    if (root) chownSync(file, 4321, 4322);
    await writeFileAtomic(file, 'new');
    const info = statSync(file);
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.equal(info.mode & 0o777, 0o640);
    if (root) assert.deepEqual([info.uid, info.gid], [4321, 4322]);
  });

  it('a new file is created; a directory is refused with one line', async () => {
    const dir = scratch();
    await writeFileAtomic(join(dir, 'new.sarif'), '{}');
    assert.equal(readFileSync(join(dir, 'new.sarif'), 'utf8'), '{}');
    await assert.rejects(writeFileAtomic(dir, 'x'), { name: 'InputError', message: `${dir}: is a directory; give a file to write` });
  });

  it('lint -o through a symlink keeps the link', async () => {
    const dir = scratch();
    copyFileSync(SEED_TXT, join(dir, 'billing.txt'));
    writeFileSync(join(dir, 'report.json'), '');
    symlinkSync('report.json', join(dir, 'latest.json'));
    const r = await cli(['lint', join(dir, 'billing.txt'), '-f', 'json', '-o', join(dir, 'latest.json')]);
    assert.equal(r.stderr, '');
    assert.ok(lstatSync(join(dir, 'latest.json')).isSymbolicLink());
    assert.equal((JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { version: number }).version, 1);
  });
});

describe('--fix refuses a file that changed during the run (item 2)', () => {
  it('a line appended after reading: the write is refused and the line kept', async () => {
    const dir = scratch();
    const file = join(dir, 'billing.txt');
    copyFileSync(SEED_TXT, file);
    const input = await readPolicy(file);
    writeFileSync(file, `${SEED}\nA line added by an editor.\n`);
    const fixed = input.text.replace('bewerkersovereenkomst', 'verwerkersovereenkomst');
    await assert.rejects(writeFileAtomic(file, encodeFixed(input, fixed), { expect: input.source }), {
      name: 'InputError',
      message: `${file}: the file changed while privacylint was running; the fixes were not written (run again)`,
    });
    assert.match(readFileSync(file, 'utf8'), /A line added by an editor\.\n$/u);
  });

  it('same size and mtime but other bytes: the hash catches it', async () => {
    const dir = scratch();
    const file = join(dir, 'billing.txt');
    copyFileSync(SEED_TXT, file);
    const input = await readPolicy(file);
    const { atime, mtime } = statSync(file);
    writeFileSync(file, SEED.replace('CloudBilling', 'CloudBillinG'));
    const { utimesSync } = await import('node:fs');
    utimesSync(file, atime, mtime);
    await assert.rejects(writeFileAtomic(file, 'x', { expect: input.source }), /changed while privacylint was running/u);
  });

  it('an unchanged file is written', async () => {
    const dir = scratch();
    const file = join(dir, 'billing.txt');
    copyFileSync(SEED_TXT, file);
    const input = await readPolicy(file);
    await writeFileAtomic(file, encodeFixed(input, input.text.replace('bewerkersovereenkomst', 'verwerkersovereenkomst')), { expect: input.source });
    assert.equal(readFileSync(file, 'utf8'), SEED.replace('bewerkersovereenkomst', 'verwerkersovereenkomst'));
  });
});

describe('--fix changes only the fixed span, or refuses (item 3)', () => {
  const utf16 = (text: string): Buffer => Buffer.from(text, 'utf16le');

  it('BOM-less UTF-16 stays without a BOM', async () => {
    const dir = scratch();
    const file = join(dir, 'billing.txt');
    writeFileSync(file, utf16(SEED));
    const r = await cli(['lint', file, '--fix']);
    assert.match(r.stderr, /applied 1 fix/u);
    assert.deepEqual(readFileSync(file), utf16(SEED.replace('bewerkersovereenkomst', 'verwerkersovereenkomst')));
  });

  it('UTF-16 with a BOM keeps it', async () => {
    const dir = scratch();
    const file = join(dir, 'billing.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(SEED)]));
    await cli(['lint', file, '--fix']);
    assert.deepEqual(readFileSync(file), Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(SEED.replace('bewerkersovereenkomst', 'verwerkersovereenkomst'))]));
  });

  it('UTF-16 with an odd trailing byte is refused, naming the byte', async () => {
    const dir = scratch();
    const file = join(dir, 'billing.txt');
    const bytes = Buffer.concat([utf16(SEED), Buffer.from([0x41])]);
    writeFileSync(file, bytes);
    const r = await cli(['lint', file, '--fix']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `privacylint: ${file}: not fixed: byte ${bytes.length - 1} is not valid UTF-16LE, and rewriting the file would change it; correct that byte (or save the file as UTF-8) and run again\n`);
    assert.deepEqual(readFileSync(file), bytes);
  });

  it('UTF-16 with a lone surrogate is refused', async () => {
    const dir = scratch();
    const file = join(dir, 'billing.txt');
    const bytes = Buffer.concat([utf16(SEED.slice(0, 100)), Buffer.from([0x00, 0xd8]), utf16(SEED.slice(100))]);
    writeFileSync(file, bytes);
    const r = await cli(['lint', file, '--fix']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`: not fixed: byte 200 is not valid UTF-16LE`, 'u'));
    assert.deepEqual(readFileSync(file), bytes);
  });

  it('an invalid byte after a UTF-8 BOM is refused, and the file is not touched', async () => {
    const dir = scratch();
    const file = join(dir, 'billing.txt');
    const body = Buffer.from(SEED, 'utf8');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body.subarray(0, 50), Buffer.from([0xff]), body.subarray(50)]);
    writeFileSync(file, bytes);
    const r = await cli(['lint', file, '--fix']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /warning: .*billing\.txt: byte 53 is not valid UTF-8; the file is read as UTF-8 with U\+FFFD in its place/u);
    assert.match(r.stderr, /billing\.txt: not fixed: byte 53 is not valid UTF-8/u);
    assert.deepEqual(readFileSync(file), bytes);
  });
});

describe('a stray byte in a UTF-8 file (item 14)', () => {
  const accented = 'Wij bewaren uw gegevens niet langer dan nodig. Privacyverklaring van Café Zeeë — geüpdatet.\n';

  it('stays UTF-8 with the accents intact and the bad offset named', () => {
    const good = Buffer.from(accented, 'utf8');
    const bytes = Buffer.concat([good.subarray(0, 10), Buffer.from([0x92]), good.subarray(10)]);
    const decoded = decodeBytes(bytes);
    assert.equal(decoded.encoding, 'utf-8');
    assert.deepEqual(decoded.invalid, { offset: 10, count: 1 });
    assert.equal(decoded.text, `${accented.slice(0, 10)}\ufffd${accented.slice(10)}`);
  });

  it('a Windows-1252 file (no valid UTF-8 sequence) is still read as Windows-1252', () => {
    const bytes = Buffer.from('Caf\xe9 Zee\xeb \x92s nachts', 'latin1');
    const decoded = decodeBytes(bytes);
    assert.equal(decoded.encoding, 'windows-1252');
    assert.equal(decoded.text, 'Café Zeeë ’s nachts');
    assert.equal(decoded.invalid, undefined);
  });

  it('the warning names the file and reaches the document warnings', async () => {
    const dir = scratch();
    const file = join(dir, 'p.txt');
    const good = Buffer.from(SEED, 'utf8');
    writeFileSync(file, Buffer.concat([good.subarray(0, 20), Buffer.from([0xc3]), good.subarray(20)]));
    const { input, document } = await parsePolicyFile(file);
    assert.equal(input.encoding, 'utf-8');
    assert.deepEqual(document.warnings, [`${file}: byte 20 is not valid UTF-8; the file is read as UTF-8 with U+FFFD in its place, and --fix will not rewrite it`]);
  });
});
