/**
 * Configuration per workspace folder, found as the CLI finds it: the nearest `.privacylintrc.yaml`/`.yml` or
 * `package.json` with a `privacylint` key above each document, `.privacylintignore` in the folder (the CLI's
 * working folder) and the config's `ignore` patterns relative to it. Everything read is cached until `reset()`,
 * which the server calls when a config, ignore or rule file changes.
 *
 * A config that cannot be read does not stop anything: the built-in rules stand in and the problem is returned
 * beside them, for the server to show once.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve, sep, isAbsolute } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { InputError } from '../io/read.js';
import { readSmallFile } from '../io/small-file.js';
import { CONFIG_NAMES, findConfigFile, resolveConfig, type ResolvedConfig } from '../rules/config.js';
import { fromEveryPack } from '../lang/index.js';

export const IGNORE_FILE = '.privacylintignore';

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

export class Workspace {
  private folders: string[] = [];
  private readonly configs = new Map<string, ConfigLookup>();
  private readonly ignores = new Map<string, Ignore>();
  private defaults: ResolvedConfig | null = null;

  constructor(private readonly options: WorkspaceOptions = {}) {}

  setFolders(folders: string[]): void {
    // Longest first: a document belongs to the innermost folder that holds it.
    this.folders = [...new Set(folders.map((f) => resolve(f)))].sort((a, b) => b.length - a.length);
    this.reset();
  }

  /** Forgets every config and ignore file read, so the next lookups read them again. */
  reset(): void {
    this.configs.clear();
    this.ignores.clear();
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

  /** The config for a document on disk (`path`), or for an unsaved one (null: the first workspace folder's). */
  configFor(path: string | null): ConfigLookup {
    const from = path ? dirname(path) : (this.folders[0] ?? null);
    let configPath: string | null;
    try {
      configPath = from ? findConfigFile(from) : null;
    } catch (error) {
      return { config: this.builtin(), problem: describe(error) };
    }
    const key = configPath ?? '';
    let found = this.configs.get(key);
    if (!found) {
      try {
        found = { config: configPath ? resolveConfig(configPath, {}, true) : this.builtin() };
      } catch (error) {
        found = { config: this.builtin(), problem: describe(error) };
      }
      this.configs.set(key, found);
    }
    return found;
  }

  private ignoreFor(folder: string, config: ResolvedConfig): Ignore {
    const key = `${folder}\0${config.path ?? ''}`;
    let ig = this.ignores.get(key);
    if (!ig) {
      ig = ignore();
      const file = resolve(folder, IGNORE_FILE);
      try {
        if (existsSync(file)) ig.add(readSmallFile(file, 'ignore file'));
      } catch {
        // An unreadable ignore file ignores nothing, as if it were not there.
      }
      ig.add(config.ignore);
      this.ignores.set(key, ig);
    }
    return ig;
  }

  /** Whether `.privacylintignore` or the config's `ignore` leave the file out. */
  isIgnored(path: string, config: ResolvedConfig): boolean {
    const folder = this.folderOf(path);
    const rel = toPosix(relative(folder, path));
    return rel !== '' && !rel.startsWith('..') && this.ignoreFor(folder, config).ignores(rel);
  }

  /**
   * Whether a document is linted: a Markdown, HTML or text document that is not ignored and that is a policy by
   * its name or title, or by the client's `include` patterns, or any such document when the client asked for all.
   */
  shouldLint(doc: { path: string | null; languageId: string; text: string }, config: ResolvedConfig): boolean {
    const ext = doc.path ? extname(doc.path).toLowerCase() : '';
    if (!POLICY_LANGUAGE_IDS.has(doc.languageId) && !POLICY_EXTENSIONS.has(ext)) return false;
    if (doc.path && this.isIgnored(doc.path, config)) return false;
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
