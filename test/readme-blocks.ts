/** The README's CI snippets, so the tests run exactly what the README shows. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

/** The YAML block right after an HTML comment marker (`<!-- name -->`) in README.md. */
export function readmeBlock(marker: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const m = new RegExp(`<!-- ${marker} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\\n\`\`\`\\n`, 'u').exec(readme);
  assert.ok(m, `README.md has no yaml block after <!-- ${marker} -->`);
  return `${m[1]}\n`;
}
