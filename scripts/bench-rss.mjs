// Loaded with `node --import` by `npm run bench`: at exit, writes the process's peak resident set size (in KB,
// worker threads included) to the file named by PRIVACYLINT_BENCH_RSS.
import { writeFileSync } from 'node:fs';

const file = process.env.PRIVACYLINT_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
