/**
 * The README's lint examples are true: the stylish block is exactly what the command above it prints (in a
 * pipe, so 80 columns), and the option descriptions claim nothing that does not exist.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { ROOT } from './helpers.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const BIN = join(ROOT, 'bin', 'privacylint.js');

before(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed: ${build.stderr}`);
  }
});

test("the README's stylish example is the tool's own output", () => {
  const m = /^`privacylint ([^`]+)` \(errors only\) prints, in a pipe or a file:\n\n```\n([^]*?)```$/mu.exec(README);
  assert.ok(m, 'the example and its command are in the README');
  const env = { ...process.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS']) delete env[key];
  const r = spawnSync(process.execPath, [BIN, ...m[1].split(' ')], { cwd: ROOT, env, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stdout, m[2]);
  for (const line of m[2].split('\n')) assert.ok(line.length <= 80, line);
});

test('the README says where SARIF URIs are relative to, and claims no lint options "as for parse" that parse lacks', () => {
  // Relative to the repository root since --report/GITHUB_WORKSPACE support; test/ci-paths.test.ts checks it.
  assert.match(README, /URIs relative to the repository\nroot \(`%SRCROOT%`/u);
  const row = /^\| `-l, --language`, `--input-format`, `--max-size` \| as for `parse`/mu;
  assert.match(README, row);
  assert.doesNotMatch(README, /`--locale`[^\n]*\| as for `parse`/u);
  assert.doesNotMatch(README, /`--color`[^\n]*\| as for `parse`/u);
});
