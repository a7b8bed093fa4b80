#!/usr/bin/env node
// The compiled CLI (dist/, built by `npm run build`, which `npm ci` runs through the prepare script).
import { setFlagsFromString } from 'node:v8';

// A run compiles hundreds of patterns and uses most of them a few times: keep V8 from compiling each one a
// second time to machine code (tier-up), which costs more than it saves here. Set before the bundle loads.
setFlagsFromString('--no-regexp-tier-up');
const { run } = await import('../dist/cli.js');

process.stdout.on('error', (error) => {
  // A closed pipe (`privacylint parse x | head`) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await run(process.argv.slice(2));
