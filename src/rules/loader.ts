import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { InputError } from '../io/read.js';
import { lawById } from '../lexicon/laws.js';
import { schemas, type RuleDef } from './schema.js';
import { validateYaml } from './yaml-file.js';
import { compileUserPattern } from './pattern.js';
import { LOCALES } from '../model/types.js';

/** A rule as loaded: its definition and where it came from (for error messages and `privacylint rules`). */
export interface LoadedRule {
  def: RuleDef;
  pack: string;
  file: string;
  line: number;
  builtin: boolean;
}

let root: string | undefined;

/** The package's own folder, found from this module whether it runs from src/ (tests) or dist/ (the bundle). */
export function packageRoot(): string {
  return (root ??= findPackageRoot());
}

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'privacylint') return dir;
      } catch {
        // not ours; keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the privacylint package folder');
    dir = parent;
  }
}

export function builtinRulesDir(): string {
  return join(packageRoot(), 'rules');
}

/**
 * Limits on the rule folders a config names (the built-in packs are not counted). Every rule runs over every
 * sentence and every pattern is compiled, so 20 000 rules took 30 s and 900 MB before any policy was read; a
 * house style needs tens. The limit that is crossed stops the run with the file (and rule) that crossed it.
 */
export const USER_RULE_LIMITS = {
  /** Rule files (`*.yaml`, `*.yml`) over all rule folders. */
  files: 100,
  /** Their bytes together (each is also under the 1 MB limit of every file read from a repository). */
  bytes: 4 * 1024 * 1024,
  /** Rules over all rule folders. */
  rules: 1000,
  /** Phrases over all rules: `patterns`, `swap` keys and `exceptions`. */
  patterns: 2000,
} as const;

/** What the rule folders of one config have used of USER_RULE_LIMITS so far. */
export interface RuleBudget {
  files: number;
  bytes: number;
  rules: number;
  patterns: number;
}

export const newRuleBudget = (): RuleBudget => ({ files: 0, bytes: 0, rules: 0, patterns: 0 });

/** Counts one rule file against the budget before it is read. */
function spendOnFile(path: string, budget: RuleBudget): void {
  const limits = USER_RULE_LIMITS;
  if (++budget.files > limits.files) {
    throw new InputError(path, `${path}: more than ${limits.files} rule files in the rule folders (the limit); merge them into fewer packs`);
  }
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // reading it reports why
  }
  budget.bytes += size;
  if (budget.bytes > limits.bytes) {
    throw new InputError(path, `${path}: the rule files come to more than ${limits.bytes / (1024 * 1024)} MB together (the limit), counting this one`);
  }
}

/** Reads and validates one rule pack file; a user's pack (with `budget`) is held to USER_RULE_LIMITS. */
export function loadRulePack(path: string, builtin: boolean, budget?: RuleBudget): LoadedRule[] {
  if (budget) spendOnFile(path, budget);
  const file = validateYaml(path, 'rule file', schemas().RulePackSchema);
  const pack = file.value;
  return pack.rules.map((def, index) => {
    const line = file.lineOf(['rules', index]);
    const fail = (field: string, message: string): never => {
      throw new InputError(path, `${path}:${file.lineOf(['rules', index, field])}: rules[${index}].${field}: ${message}`);
    };
    if (budget) {
      const limits = USER_RULE_LIMITS;
      if (++budget.rules > limits.rules) {
        throw new InputError(path, `${path}:${line}: rules[${index}]: more than ${limits.rules} rules in the rule folders (the limit); a rule may list many patterns`);
      }
      if (def.kind === 'pattern') budget.patterns += (def.patterns?.length ?? 0) + Object.keys(def.swap ?? {}).length + (def.exceptions?.length ?? 0);
      if (budget.patterns > limits.patterns) {
        throw new InputError(path, `${path}:${line}: rules[${index}]: more than ${limits.patterns} patterns (patterns, swap keys and exceptions) in the rule folders (the limit)`);
      }
    }
    if (!def.id.startsWith(`${pack.pack}/`)) fail('id', `must start with the pack name '${pack.pack}/'`);
    if (def.kind === 'pattern') {
      if (def.mode === 'existence' && !def.patterns?.length) fail('patterns', 'an existence rule needs at least one pattern');
      if (def.mode === 'substitution' && !def.swap) fail('swap', 'a substitution rule needs a swap map');
      for (const [field, sources] of [['patterns', def.patterns ?? []], ['swap', Object.keys(def.swap ?? {})], ['exceptions', def.exceptions ?? []]] as const) {
        for (const source of sources) {
          const error = compileUserPattern(source).error;
          if (error) fail(field, `'${source}' is not a valid pattern: ${error}`);
        }
      }
    }
    if (def.kind === 'law' && !lawById(def.law)) fail('law', `unknown law id '${def.law}'`);
    if (def.kind === 'law') for (const id of def.unlessCited ?? []) if (!lawById(id)) fail('unlessCited', `unknown law id '${id}'`);
    // The built-in packs speak every message locale; users' packs may leave German and French out (English stands in).
    if (builtin) {
      const texts: [string, Record<string, string | undefined>][] = [['description', def.description]];
      if (def.kind === 'requirement') texts.push(['message', def.message.missing], ['message', def.message.partial]);
      else texts.push(['message', def.message]);
      for (const [field, text] of texts) {
        const absent = LOCALES.filter((l) => !text[l]);
        if (absent.length > 0) fail(field, `a built-in rule needs its text in ${absent.join(', ')} as well`);
      }
    }
    return { def, pack: pack.pack, file: path, line, builtin };
  });
}

/** Every `*.yaml` / `*.yml` rule pack in a folder, in name order. */
export function loadRuleFolder(dir: string, builtin: boolean, budget?: RuleBudget): LoadedRule[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(dir, `${dir}: rule folder is not a folder`);
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(dir, `${dir}: rule folder not found`);
  }
  return names
    .filter((n) => /\.ya?ml$/u.test(n))
    .sort()
    .flatMap((n) => loadRulePack(join(dir, n), builtin, budget));
}

/** The built-in packs plus users' folders; a rule id defined twice is an error naming both places. */
export function loadRules(userFolders: readonly string[] = []): LoadedRule[] {
  const budget = newRuleBudget();
  const rules = [...builtinRules(), ...userFolders.flatMap((d) => loadRuleFolder(d, false, budget))];
  const seen = new Map<string, LoadedRule>();
  for (const rule of rules) {
    const before = seen.get(rule.def.id);
    if (before) {
      const where = (r: LoadedRule): string => `${r.builtin ? relative(packageRoot(), r.file) : r.file}:${r.line}`;
      throw new InputError(rule.file, `${rule.file}:${rule.line}: rule id '${rule.def.id}' is already defined at ${where(before)}`);
    }
    seen.set(rule.def.id, rule);
  }
  return rules;
}

/** Where the build keeps the built-in packs, read and checked: dist/builtin-rules.json. */
export const BUILTIN_CACHE = 'builtin-rules.json';

interface BuiltinCache {
  /** A hash over the names and bytes of rules/*.yaml: the cache holds for exactly those files. */
  key: string;
  rules: (Omit<LoadedRule, 'file'> & { file: string })[];
}

function builtinKey(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/u.test(n)).sort()) hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex');
}

/**
 * The built-in rules. Parsing and validating their YAML costs a cold run about 150 ms, so the build saves the
 * result (`builtinRulesCache`) and the bundle reads it while rules/ holds the very files it was made from. The
 * TypeScript sources (tests) always read the YAML.
 */
function builtinRules(): LoadedRule[] {
  const dir = builtinRulesDir();
  if (!import.meta.url.endsWith('.ts')) {
    try {
      const cache = JSON.parse(readFileSync(join(packageRoot(), 'dist', BUILTIN_CACHE), 'utf8')) as BuiltinCache;
      if (cache.key === builtinKey(dir)) return cache.rules.map((r) => ({ ...r, file: join(dir, r.file) }));
    } catch {
      // no cache (or an unreadable one): read the YAML
    }
  }
  return loadRuleFolder(dir, true);
}

/** The text of dist/builtin-rules.json, or null when the rules would not survive JSON unchanged. */
export function builtinRulesCache(): string | null {
  const dir = builtinRulesDir();
  const rules = loadRuleFolder(dir, true).map((r) => ({ ...r, file: relative(dir, r.file) }));
  const text = JSON.stringify({ key: builtinKey(dir), rules } satisfies BuiltinCache);
  // A rule holding undefined, a Date or a RegExp would come back different: keep reading the YAML then.
  const back = (JSON.parse(text) as BuiltinCache).rules;
  return isDeepStrictEqual(back, rules) ? text : null;
}
