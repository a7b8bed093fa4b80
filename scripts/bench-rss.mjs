// Loaded with `node --import` by `npm run bench`: at exit, writes the process's peak resident set size (in KB)
// and the CPU time it used (user + system, in ms), worker threads included, to the file named by
// PRIVACYLINT_BENCH_RSS.
import { writeFileSync } from 'node:fs';

const file = process.env.PRIVACYLINT_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, `${maxRSS} ${(userCPUTime + systemCPUTime) / 1000}`);
  });
}
