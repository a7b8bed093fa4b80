import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { InputError } from '../io/read.js';
import { readSmallFile } from '../io/small-file.js';
import { schemas, type ConfigFile } from './schema.js';
import { validateYaml, formatPath, findProtoKey } from './yaml-file.js';
import { loadRules, type LoadedRule } from './loader.js';
import type { Jurisdiction, Severity } from './types.js';
import type { Language, Locale } from '../model/types.js';

export const CONFIG_NAMES = ['.privacylintrc.yaml', '.privacylintrc.yml'];

/** package.json files can be large (lock-like workspaces); still far below anything hostile. */
const PACKAGE_JSON_LIMIT = 8 * 1024 * 1024;

/** The repository a config file belongs to: the nearest folder above it with a .git, else its own folder. */
function repositoryRoot(configPath: string): string {
  const own = dirname(configPath);
  for (let dir = own; ; ) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return own;
    dir = parent;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export interface ResolvedConfig {
  /** The file the settings came from; null for the defaults. */
  path: string | null;
  rules: LoadedRule[];
  /** Effective severity per rule id ('off' rules are left out of the run). */
  severity: Map<string, Severity | 'off'>;
  jurisdiction: Jurisdiction | null;
  language: Language | null;
  locale: Locale | null;
  ignore: string[];
  /** Glob patterns, relative to the config file's folder, of the policies a bare `privacylint` lints; null: look for policy-like names. */
  files: string[] | null;
}

interface RawConfig {
  path: string | null;
  value: ConfigFile;
  lineOf(path: readonly PropertyKey[]): number;
}

/** Reads a config file: `.privacylintrc.yaml`, or the `privacylint` key of a package.json. */
export function readConfigFile(path: string): RawConfig {
  if (path.endsWith('package.json')) {
    let pkg: { privacylint?: unknown };
    try {
      pkg = JSON.parse(readSmallFile(path, 'package.json', PACKAGE_JSON_LIMIT)) as { privacylint?: unknown };
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(path, `${path}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
    }
    const proto = findProtoKey(pkg.privacylint);
    if (proto) throw new InputError(path, `${path}: privacylint.${formatPath(proto)}: '__proto__' is not allowed as a key or rule id`);
    const result = schemas().ConfigSchema.safeParse(pkg.privacylint ?? {});
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = formatPath(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path);
      const message = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
      throw new InputError(path, `${path}: privacylint${field ? `.${field}` : ''}: ${message}`);
    }
    return { path, value: result.data, lineOf: () => 1 };
  }
  const file = validateYaml(path, 'config file', schemas().ConfigSchema);
  return { path, value: file.value, lineOf: file.lineOf };
}

/** The nearest config above a file: `.privacylintrc.yaml`/`.yml`, or a package.json with a `privacylint` key. */
export function findConfigFile(fromDir: string): string | null {
  let dir = resolve(fromDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readSmallFile(pkg, 'package.json', PACKAGE_JSON_LIMIT)) as Record<string, unknown>).privacylint !== undefined) return pkg;
      } catch {
        // A broken package.json that is not ours to read; keep looking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

const STRICTER: Record<Severity, Severity> = { info: 'warning', warning: 'error', error: 'error' };

/**
 * Turns a config file (or none) into the rules to run and their severities. A config that was `discovered`
 * (found by searching up from a policy, not given on the command line) may only name rule folders inside
 * its repository.
 */
export function resolveConfig(configPath: string | null, overrides: Record<string, Severity | 'off'> = {}, discovered = false): ResolvedConfig {
  const raw: RawConfig = configPath ? readConfigFile(configPath) : { path: null, value: {}, lineOf: () => 1 };
  const base = raw.path ? dirname(raw.path) : process.cwd();
  const folders = (raw.value.ruleFolders ?? []).map((f) => resolve(base, f));
  for (const [index, folder] of folders.entries()) {
    if (!existsSync(folder)) {
      throw new InputError(raw.path ?? folder, `${raw.path}:${raw.lineOf(['ruleFolders'])}: ruleFolders: '${folder}' does not exist`);
    }
    if (raw.path && discovered) {
      const root = realOrSelf(repositoryRoot(raw.path));
      if (!isInside(realOrSelf(folder), root)) {
        throw new InputError(
          raw.path,
          `${raw.path}:${raw.lineOf(['ruleFolders', index])}: ruleFolders: '${folder}' is outside the repository (${root}); give this config with --config to allow it`,
        );
      }
    }
  }
  const rules = loadRules(folders);
  const known = new Set(rules.map((r) => r.def.id));
  const presets = raw.value.extends === undefined ? [] : Array.isArray(raw.value.extends) ? raw.value.extends : [raw.value.extends];
  const strict = presets.includes('privacylint:strict');

  const severity = new Map<string, Severity | 'off'>();
  for (const rule of rules) severity.set(rule.def.id, strict ? STRICTER[rule.def.severity] : rule.def.severity);
  for (const [id, level] of Object.entries(raw.value.rules ?? {})) {
    if (!known.has(id)) {
      throw new InputError(raw.path ?? '', `${raw.path}:${raw.lineOf(['rules', id])}: rules: unknown rule id '${id}' (list them with \`privacylint rules\`)`);
    }
    severity.set(id, level);
  }
  for (const [id, level] of Object.entries(overrides)) {
    if (!known.has(id)) throw new InputError('--rule', `--rule: unknown rule id '${id}' (list them with \`privacylint rules\`)`);
    severity.set(id, level);
  }
  return {
    path: raw.path,
    rules,
    severity,
    jurisdiction: raw.value.jurisdiction ?? null,
    language: raw.value.language ?? null,
    locale: raw.value.locale ?? null,
    ignore: raw.value.ignore ?? [],
    files: raw.value.files ?? null,
  };
}
