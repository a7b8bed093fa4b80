#!/usr/bin/env node
// The compiled CLI (dist/, built by `npm run build`, which `npm ci` runs through the prepare script).
import { run } from '../dist/cli.js';

process.stdout.on('error', (error) => {
  // A closed pipe (`privacylint parse x | head`) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await run(process.argv.slice(2));
