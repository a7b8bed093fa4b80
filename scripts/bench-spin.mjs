// The machine check of `npm run bench`: a fixed amount of pure computation split over N worker threads (nothing
// shared, nothing to start but the threads). How much faster N threads finish than one is the most any `--jobs N`
// can gain on this machine right now: on a machine other work keeps busy it is well under N.
// Usage: node scripts/bench-spin.mjs <threads>
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const TOTAL = 4e8;

function work(n) {
  let x = 0;
  for (let i = 0; i < n; i++) x = (x * 31 + i) % 1000003;
  return x;
}

if (isMainThread) {
  const threads = Number(process.argv[2]);
  await Promise.all(
    Array.from({ length: threads }, () => new Promise((resolve, reject) => new Worker(new URL(import.meta.url), { workerData: TOTAL / threads }).on('message', resolve).on('error', reject))),
  );
} else parentPort.postMessage(work(workerData));
