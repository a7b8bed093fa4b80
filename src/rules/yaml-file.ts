import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../io/read.js';

/** A YAML file read with its line table, so that a validation error can name the line of the field. */
export interface YamlFile<T> {
  path: string;
  value: T;
  /** 1-based line of the node at a path (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number;
}

export function readYamlFile(path: string, what: string): { path: string; value: unknown; lineOf(p: readonly PropertyKey[]): number } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, `${path}: cannot read ${what}${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': is a directory' : ` (${code})`}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new InputError(path, `${path}:${line}: ${what} is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/u, '')}`);
  }
  const lineOf = (p: readonly PropertyKey[]): number => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { path, value: doc.toJS(), lineOf };
}

/** `rules[3].severity` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

/** Validates a YAML file against a schema; the first problem becomes `file:line: field: message`. */
export function validateYaml<S extends z.ZodType>(path: string, what: string, schema: S): YamlFile<z.infer<S>> {
  const file = readYamlFile(path, what);
  const result = schema.safeParse(file.value ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    let issuePath = issue.path;
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      issuePath = [...issue.path, issue.keys[0]];
      message = `unknown field '${issue.keys[0]}'`;
    } else if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
      issuePath = issue.path[issue.path.length - 1] === 'kind' ? issue.path : [...issue.path, 'kind'];
      message = 'kind must be one of requirement, pattern, law, consistency';
    }
    const field = formatPath(issuePath);
    throw new InputError(path, `${path}:${file.lineOf(issuePath)}: ${field ? `${field}: ` : ''}${message}`);
  }
  return { path, value: result.data, lineOf: file.lineOf };
}
