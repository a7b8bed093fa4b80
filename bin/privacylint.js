#!/usr/bin/env node
// The compiled CLI (dist/, built by `npm run build`; `npm pack` and `npm publish` build it first through prepack).
import module from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);

// `--version` and `--help` are answered without loading the engine (a 2.5 MB bundle): the version from
// package.json, the help from the text the build saved (dist/help.txt, what `--help` prints at commander's
// default width). A terminal of another width gets the full CLI, which wraps the help to fit it.
/** The text to print for a lone --version or --help, or null when the full CLI must answer. */
function quickAnswer() {
  if (argv.length !== 1) return null;
  const flag = argv[0];
  if (flag === '--version' || flag === '-v') {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return `${version}\n`;
  }
  if ((flag === '--help' || flag === '-h') && !(process.stdout.isTTY && process.stdout.columns !== 80)) {
    try {
      return readFileSync(new URL('../dist/help.txt', import.meta.url), 'utf8');
    } catch {
      return null; // built without the snapshot: the full CLI answers
    }
  }
  return null;
}

const quick = quickAnswer();
if (quick !== null) {
  process.stdout.on('error', () => {}); // `privacylint --help | head`: a closed pipe ends the output quietly
  process.stdout.write(quick);
} else {
  await runCli();
}

async function runCli() {
  // A run compiles hundreds of patterns and uses most of them a few times: keep V8 from compiling each one a
  // second time to machine code (tier-up), which costs more than it saves here. Set before the bundle loads (and
  // before its code cache is read or made: V8 keys that cache by its flags).
  setFlagsFromString('--no-regexp-tier-up');
  const { run } = await loadCli();

  // run() handles write errors itself: a closed pipe (`privacylint parse x | head`) ends the output and keeps the
  // run's exit code; any other write error (ENOSPC) is one line on stderr and exit 2.
  process.exitCode = await run(process.argv.slice(2));
}

/**
 * The engine, through V8's code cache so that later runs skip compiling its 2.5 MB of source: on Node 22.1 and
 * later Node's own compile cache for the ES module build; before that (Node 20) the CommonJS build through
 * dist/code-cache.js, which saves the cache as this process exits (the code the run compiled included).
 */
async function loadCli() {
  if (module.enableCompileCache) {
    module.enableCompileCache();
    return import('../dist/cli.js');
  }
  try {
    const { loadCached } = await import('../dist/code-cache.js');
    const bundle = loadCached('cli.cjs');
    if (bundle) {
      process.on('exit', () => bundle.save());
      return bundle.exports;
    }
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  return import('../dist/cli.js');
}
