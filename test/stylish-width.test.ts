/** The CLI wraps stylish to the terminal's width when standard output is a terminal, and to 80 otherwise. */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { run } from '../src/cli/main.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

/** A stream that says it is a terminal of `columns` columns. */
class Terminal extends Sink {
  readonly isTTY = true;
  constructor(readonly columns: number) {
    super();
  }
}

const widest = (text: string): number => Math.max(...text.split('\n').map((line) => line.length));

test('a 60-column terminal gets lines of at most 60 columns; a pipe gets 80', async () => {
  const tty = new Terminal(60);
  assert.equal(await run(['lint', 'fixtures/cloudbilling-privacy-policy.txt', '--no-color'], { stdout: tty, stderr: new Sink() }), 1);
  assert.ok(widest(tty.text) <= 60 && widest(tty.text) > 50, `${widest(tty.text)}`);
  const pipe = new Sink();
  assert.equal(await run(['lint', 'fixtures/cloudbilling-privacy-policy.txt'], { stdout: pipe, stderr: new Sink() }), 1);
  assert.ok(widest(pipe.text) <= 80 && widest(pipe.text) > 70, `${widest(pipe.text)}`);
  const wide = new Terminal(200);
  await run(['lint', 'fixtures/cloudbilling-privacy-policy.txt', '--no-color'], { stdout: wide, stderr: new Sink() });
  assert.ok(widest(wide.text) > 100 && widest(wide.text) <= 200, `${widest(wide.text)}`);
  assert.match(wide.text, /^ {2}3:299 +error +'Wet Bescherming Persoonsgegevens' verwijst naar de Wet bescherming persoonsgegevens, die sinds 2018-05-25 niet meer geldt; verwijs naar de AVG en de UAVG\.\n {19}outdated\/wbp$/mu);
});
