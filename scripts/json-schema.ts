/**
 * Writes the JSON Schemas of `.privacylintrc.yaml` and of rule pack files to schema/, from the same zod
 * schemas the loader validates with, so editors can complete and check them.
 *   node --import tsx scripts/json-schema.ts           write them
 *   node --import tsx scripts/json-schema.ts --check   exit 1 when the files are out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { schemas } from '../src/rules/schema.js';

const { ConfigSchema, RulePackSchema } = schemas();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export function schemaFiles(): Record<string, string> {
  const render = (schema: z.ZodType, id: string, title: string): string =>
    `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input' }), $id: id, title }, null, 2)}\n`;
  return {
    'schema/privacylintrc.schema.json': render(ConfigSchema, 'https://privacylint.dev/schema/privacylintrc.schema.json', 'privacylint configuration (.privacylintrc.yaml)'),
    'schema/rule-pack.schema.json': render(RulePackSchema, 'https://privacylint.dev/schema/rule-pack.schema.json', 'privacylint rule pack'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const [file, content] of Object.entries(schemaFiles())) {
    const path = join(root, file);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // not written yet
    }
    if (current === content) continue;
    if (check) {
      console.error(`${file} is out of date: run node --import tsx scripts/json-schema.ts`);
      stale = true;
    } else {
      writeFileSync(path, content);
      console.log(`wrote ${file}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
