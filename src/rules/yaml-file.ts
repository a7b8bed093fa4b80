import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../io/read.js';
import { readSmallFile } from '../io/small-file.js';

/** Aliases a config or rule file may expand; more is an alias bomb (a few KB that expand to gigabytes). */
const MAX_ALIASES = 100;

/** A YAML file read with its line table, so that a validation error can name the line of the field. */
export interface YamlFile<T> {
  path: string;
  value: T;
  /** 1-based line of the node at a path (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number;
}

export function readYamlFile(path: string, what: string): { path: string; value: unknown; lineOf(p: readonly PropertyKey[]): number } {
  const text = readSmallFile(path, what);
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
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // yaml throws a ReferenceError for an alias bomb ("Excessive alias count indicates a resource exhaustion attack").
    const reason = /alias count/iu.test((error as Error).message)
      ? `too many aliases (over ${MAX_ALIASES}); this looks like an alias bomb`
      : (error as Error).message.split('\n')[0];
    throw new InputError(path, `${path}: ${what} is not valid YAML: ${reason}`, { cause: error });
  }
  const proto = findProtoKey(value);
  if (proto) throw new InputError(path, `${path}:${lineOf(proto)}: ${formatPath(proto)}: '__proto__' is not allowed as a key or rule id`);
  return { path, value, lineOf };
}

/**
 * The path of the first `__proto__` key in parsed data, or null. YAML and JSON parsers keep it as an own key,
 * but copying the object (zod does) turns it into a change of prototype, and the entry silently vanishes.
 */
export function findProtoKey(value: unknown): PropertyKey[] | null {
  const stack: [unknown, PropertyKey[]][] = [[value, []]];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Object.hasOwn(node, '__proto__')) return [...at, '__proto__'];
    if (Array.isArray(node)) node.forEach((item, i) => stack.push([item, [...at, i]]));
    else for (const [key, item] of Object.entries(node)) stack.push([item, [...at, key]]);
  }
  return null;
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
