#!/usr/bin/env node
// The compiled CLI (dist/, built by `npm run build`; `npm pack` and `npm publish` build it first through prepack).
import { setFlagsFromString } from 'node:v8';

// A run compiles hundreds of patterns and uses most of them a few times: keep V8 from compiling each one a
// second time to machine code (tier-up), which costs more than it saves here. Set before the bundle loads.
setFlagsFromString('--no-regexp-tier-up');
const { run } = await import('../dist/cli.js');

// run() handles write errors itself: a closed pipe (`privacylint parse x | head`) ends the output and keeps the
// run's exit code; any other write error (ENOSPC) is one line on stderr and exit 2.
process.exitCode = await run(process.argv.slice(2));
