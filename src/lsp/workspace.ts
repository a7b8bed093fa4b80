/**
 * Configuration per workspace folder, found by the very code the CLI uses, as if `privacylint` ran in the folder:
 * the nearest `.privacylintrc.yaml`/`.yml` or `package.json` with a `privacylint` key above each document
 * (ConfigCache, src/lint.ts), and what `lint` leaves out (ignoreMatcher, src/cli/files.ts): the
 * `.privacylintignore` files from the document's folder up to the repository root, nearest first, and the
 * `ignore` patterns of the folder's own config, relative to the folder. The search for the nearest config runs
 * at every lint (a config created since is found); the configs and ignore files read are kept until `reset()`,
 * which the server calls when a config, ignore or rule file changes.
 *
 * A config or ignore file that cannot be read does not stop anything: the built-in rules stand in (or nothing is
 * ignored) and the problem is returned beside them, for the server to show once.
 */
import { basename, dirname, extname, relative, resolve, sep, isAbsolute } from 'node:path';
import ignore from 'ignore';
import { InputError } from '../io/read.js';
import { ConfigCache } from '../lint.js';
import { CONFIG_NAMES, findConfigFile, resolveConfig, type ResolvedConfig } from '../rules/config.js';
import { ignoreMatcher } from '../cli/files.js';
import { IGNORE_FILE } from '../cli/ignore-files.js';
import { isPolicyFileName } from '../lang/file-names.js';
import { fromEveryPack } from '../lang/index.js';

export interface ConfigLookup {
  config: ResolvedConfig;
  /** Why the config that applies could not be used (the built-in rules were used instead). */
  problem?: string;
}

export interface WorkspaceOptions {
  /** Lint every Markdown, HTML and text document, not only those that look like a policy. */
  allDocuments?: boolean;
  /** Glob patterns (gitignore syntax, relative to the workspace folder) of documents to lint whatever their name. */
  include?: string[];
}

const POLICY_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm']);
const POLICY_LANGUAGE_IDS = new Set(['markdown', 'html', 'plaintext', 'text']);

/** A file name or title that names a privacy policy: the policy titles of every language pack ("privacyverklaring", "Datenschutzerklärung", …). */
const POLICY_TITLE = new RegExp(`(?:${fromEveryPack((pack) => pack.controller.policyTitles).join('|')})`, 'iu');
/**
 * File names shorter than a title: the bare subject or the regulation's name in the languages privacylint reads
 * (privacy.md, avg.md, gdpr.html, dsgvo.md, rgpd.md, datenschutz.md, confidentialite.md).
 */
const POLICY_FILE_WORD = /(?:^|[^a-z])(?:privacy|gdpr|avg|dsgvo|rgpd|datenschutz|confidentialit[eé]|cookies?)(?:[^a-z]|$)/iu;

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Whether a document's name, or its title, says it is a privacy policy. */
export function looksLikePolicy(path: string | null, title: string | null): boolean {
  if (path) {
    if (isPolicyFileName(basename(path))) return true;
    const stem = basename(path, extname(path)).replace(/[-_.]+/gu, ' ');
    if (POLICY_TITLE.test(stem) || POLICY_FILE_WORD.test(stem)) return true;
  }
  return title !== null && POLICY_TITLE.test(title);
}

/** The title of a document's text as a writer sees it: front matter `title:`, else the first heading (Markdown or HTML). */
export function titleOf(text: string): string | null {
  const head = text.slice(0, 4000);
  const front = /^(?:---|\+\+\+)\r?\n[^]*?^[ \t]*title[ \t]*[:=][ \t]*["']?(.+?)["']?[ \t]*$/mu.exec(head);
  if (front) return front[1];
  const markdown = /^[ \t]{0,3}#{1,6}[ \t]+(.+)$/mu.exec(head) ?? /^(.+)\r?\n[ \t]*=+[ \t]*$/mu.exec(head);
  if (markdown) return markdown[1];
  const html = /<(?:title|h1)[^>]*>([^<]+)</iu.exec(head);
  return html ? html[1] : null;
}

export interface IgnoreLookup {
  ignored: boolean;
  /** Why the config or an ignore file that applies could not be read (then nothing is ignored by it). */
  problem?: string;
}

export class Workspace {
  /** Workspace folders, innermost first (a document belongs to the innermost folder that holds it). */
  private folders: string[] = [];
  /** The first folder the client named: where an unsaved document takes its config from. */
  private primary: string | null = null;
  private configs = new ConfigCache();
  /** Configs that could not be read, by path: each is read once, and shown once, until `reset()`. */
  private readonly failures = new Map<string, ConfigLookup>();
  /** The ignore test of each workspace folder, as `lint` run in that folder has it. */
  private readonly matchers = new Map<string, { test: (path: string) => boolean; problem?: string }>();
  private defaults: ResolvedConfig | null = null;

  constructor(private readonly options: WorkspaceOptions = {}) {}

  setFolders(folders: string[]): void {
    const resolved = [...new Set(folders.map((f) => resolve(f)))];
    this.primary = resolved[0] ?? null;
    this.folders = [...resolved].sort((a, b) => b.length - a.length);
    this.reset();
  }

  /** Forgets every config and ignore file read, so the next lookups read them again. */
  reset(): void {
    this.configs = new ConfigCache();
    this.failures.clear();
    this.matchers.clear();
    this.defaults = null;
  }

  /** The workspace folder a file belongs to; for a file outside every folder, its own folder. */
  folderOf(path: string): string {
    return this.folders.find((f) => isInside(path, f)) ?? dirname(path);
  }

  private builtin(): ResolvedConfig {
    this.defaults ??= resolveConfig(null);
    return this.defaults;
  }

  /**
   * The config found from a folder, as `lint` finds it for a file in that folder: the search runs on every lookup
   * (a config created since is found, as before), the config read is kept (ConfigCache) until `reset()`.
   */
  private lookupFrom(dir: string): ConfigLookup {
    const configPath = findConfigFile(dir);
    const failed = this.failures.get(configPath ?? '');
    if (failed) return failed;
    try {
      return { config: this.configs.forConfigFile(configPath) };
    } catch (error) {
      const found = { config: this.builtin(), problem: describe(error) };
      this.failures.set(configPath ?? '', found);
      return found;
    }
  }

  /**
   * The config for a document on disk (`path`): the nearest above it, as for `privacylint lint PATH`; for an
   * unsaved one (null), the first workspace folder's, as for `privacylint lint -` run there.
   */
  configFor(path: string | null): ConfigLookup {
    const from = path ? dirname(resolve(path)) : this.primary;
    return from ? this.lookupFrom(from) : { config: this.builtin() };
  }

  /**
   * Whether `lint` run in the document's workspace folder would leave the file out: a `.privacylintignore` from
   * its folder up to the repository root (nearest first) or the `ignore` of the folder's config.
   */
  ignoredBy(path: string): IgnoreLookup {
    const folder = this.folderOf(resolve(path));
    let matcher = this.matchers.get(folder);
    if (!matcher) {
      const lookup = this.lookupFrom(folder);
      matcher = { test: ignoreMatcher(folder, lookup.config.ignore), problem: lookup.problem };
      this.matchers.set(folder, matcher);
    }
    try {
      return { ignored: matcher.test(resolve(path)), ...(matcher.problem ? { problem: matcher.problem } : {}) };
    } catch (error) {
      // An ignore file that cannot be read (not a regular file, too large) ignores nothing.
      return { ignored: false, problem: describe(error) };
    }
  }

  /**
   * Whether a document is one to lint, ignore files aside: a Markdown, HTML or text document that is a policy by
   * its name (as the server sees it, or as a bare `privacylint` would pick it) or title, or by the client's
   * `include` patterns, or any such document when the client asked for all.
   */
  shouldLint(doc: { path: string | null; languageId: string; text: string }): boolean {
    const ext = doc.path ? extname(doc.path).toLowerCase() : '';
    if (!POLICY_LANGUAGE_IDS.has(doc.languageId) && !POLICY_EXTENSIONS.has(ext)) return false;
    if (this.options.allDocuments) return true;
    if (doc.path && this.options.include?.length) {
      const folder = this.folderOf(doc.path);
      const rel = toPosix(relative(folder, doc.path));
      if (rel && !rel.startsWith('..') && ignore().add(this.options.include).ignores(rel)) return true;
    }
    return looksLikePolicy(doc.path, titleOf(doc.text));
  }
}

/** Whether a changed file can change what the server reads: a config, an ignore file, or a rule pack. */
export function isSettingsFile(path: string): boolean {
  const name = basename(path);
  return CONFIG_NAMES.includes(name) || name === 'package.json' || name === IGNORE_FILE || /\.ya?ml$/iu.test(name);
}

function describe(error: unknown): string {
  if (error instanceof InputError) return error.message;
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
