// The floor for `npm run bench`: a bare remark-parse of every file in a folder, in one process (what privacylint
// cannot be faster than). Usage: node scripts/bench-parse.mjs <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const dir = process.argv[2];
const parser = unified().use(remarkParse);
let nodes = 0;
for (const name of readdirSync(dir).sort()) nodes += parser.parse(readFileSync(join(dir, name), 'utf8')).children.length;
process.stdout.write(`${nodes}\n`);
