/**
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): one run, repository-relative URIs under
 * %SRCROOT%, one rule descriptor per rule that ran, and a stable fingerprint per result so an alert keeps
 * its identity when lines above it move. Deterministic: sorted, no timestamps, no GUIDs.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { SourceText, foldWhitespace } from '../document/source.js';
import type { LoadedRule } from '../rules/loader.js';
import type { FileResult, Finding, LintReport, Severity } from '../rules/types.js';
import { compareFindings, compareText } from './common.js';
import { escapeMarkdown } from './markdown.js';
import { NOT_ASSESSED_ID } from '../rules/notice.js';

export const INFORMATION_URI = 'https://github.com/privacylint/privacylint';
/** The OASIS standard's schema address (the SARIF multitool asks for this one). */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** Bump the key's version when the fingerprint's recipe changes; old alerts then close and new ones open. */
export const FINGERPRINT_KEY = 'privacylint/v1';

export interface SarifOptions {
  /**
   * The rules that ran (the resolved config's rules). Every one gets a descriptor in tool.driver.rules, not
   * only those with results, so a viewer can show what was checked; a result's rule missing from this list
   * still gets a minimal descriptor.
   */
  rules: readonly LoadedRule[];
  toolVersion: string;
  /** Absolute path of the repository root; URIs are relative to it. */
  repoRoot: string;
  /** Absolute directory that relative report paths are relative to (the CLI's working directory); default repoRoot. */
  cwd?: string;
  /**
   * The decoded text of each file, by report path. Gives each fingerprint the flagged text itself; without
   * it, the fingerprint rests on rule, file and message alone.
   */
  sources?: Readonly<Record<string, string>>;
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** One file of the report as SARIF sees it. */
interface Artifact {
  file: FileResult;
  location: Sarif.ArtifactLocation;
}

/** Where a report path lives: relative to %SRCROOT% (POSIX, percent-encoded, no './'), else an absolute file URI. */
export function artifactLocation(path: string, repoRoot: string, cwd: string = repoRoot): Sarif.ArtifactLocation {
  // A policy fetched by URL is named by that URL.
  if (/^https?:\/\//iu.test(path)) return { uri: path };
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  const rel = relative(repoRoot, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** The repository root as a file URI ending in a slash, as %SRCROOT% must. */
function rootUri(repoRoot: string): string {
  const href = pathToFileURL(repoRoot).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** "gdpr/right-access" -> "GdprRightAccess": SARIF wants a Pascal-case friendly name beside the id. */
function friendlyName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/u)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

/** A Markdown link target; angle brackets keep parentheses or spaces in the URL from ending the link. */
function linkTarget(url: string): string {
  return /[()\s<>]/u.test(url) ? `<${url.replace(/[<>]/gu, encodeURIComponent)}>` : url;
}

function descriptor(rule: LoadedRule): Sarif.ReportingDescriptor {
  const def = rule.def;
  const tags = [...new Set(['privacy', rule.pack, def.kind])].sort(compareText);
  // The description in the other locales, after the English one (users' packs may lack German and French).
  const others: [string, string][] = [];
  for (const [name, text] of [['Nederlands', def.description.nl], ['Deutsch', def.description.de], ['Français', def.description.fr]] as const) {
    if (text) others.push([name, text]);
  }
  return {
    id: def.id,
    name: friendlyName(def.id),
    shortDescription: { text: def.description.en },
    fullDescription: { text: `${def.description.en} Source: ${def.article}.` },
    helpUri: def.url,
    // GitHub code scanning shows `help` on the alert page (and its SARIF checks require it).
    help: {
      text: `${def.description.en}\n\n${others.map(([name, text]) => `${name}: ${text}`).join('\n\n')}\n\nSource: ${def.article} (${def.url})`,
      markdown: `${escapeMarkdown(def.description.en)}\n\n${others.map(([name, text]) => `${name}: ${escapeMarkdown(text)}`).join('\n\n')}\n\nSource: [${escapeMarkdown(def.article)}](${linkTarget(def.url)})`,
    },
    defaultConfiguration: { level: LEVEL[def.severity] },
    properties: { tags },
  };
}

function minimalDescriptor(id: string): Sarif.ReportingDescriptor {
  return { id, name: friendlyName(id), shortDescription: { text: id }, help: { text: id } };
}

function region(f: Finding): Sarif.Region {
  return { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

/** The flagged text, white space folded; '' when the file's text was not given. */
function snippet(f: Finding, source: SourceText | undefined): string {
  if (!source) return '';
  return foldWhitespace(source.text.slice(source.offsetAt(f.line, f.column), source.offsetAt(f.endLine, f.endColumn)));
}

/** sha-256 (first 32 hex digits) of what identifies a finding, without its line: moving text keeps the alert. */
function fingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

function fix(f: Finding, location: Sarif.ArtifactLocation): Sarif.Fix[] | undefined {
  if (!f.fix) return undefined;
  // The engine reports a fixable finding at exactly the range its fix replaces, so the finding's region is the fix's.
  return [
    {
      description: { text: `Replace with '${f.fix.text}'.` },
      artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region(f), insertedContent: { text: f.fix.text } }] }],
    },
  ];
}

function fileResults(artifact: Artifact, source: SourceText | undefined, ruleIndex: Map<string, number>): Sarif.Result[] {
  const { file, location } = artifact;
  const seen = new Map<string, number>();
  return [...file.findings].sort(compareFindings).map((f) => {
    const identity = [f.ruleId, location.uri ?? '', f.message, snippet(f, source)];
    // Identical findings in one file (same rule, message and text) are told apart by their order.
    const key = identity.join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const result: Sarif.Result = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(f) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(occurrence === 0 ? identity : [...identity, String(occurrence)]) },
    };
    const fixes = fix(f, location);
    if (fixes) result.fixes = fixes;
    return result;
  });
}

/** The report as a SARIF 2.1.0 log (a string, 2-space indent, newline at the end). */
export function formatSarif(report: LintReport, options: SarifOptions): string {
  const artifacts: Artifact[] = report.files
    .map((file) => ({ file, location: artifactLocation(file.path, options.repoRoot, options.cwd) }))
    .sort((a, b) => compareText(a.location.uri ?? '', b.location.uri ?? ''));
  artifacts.forEach((a, index) => (a.location.index = index));

  const byId = new Map<string, Sarif.ReportingDescriptor>();
  for (const rule of options.rules) byId.set(rule.def.id, descriptor(rule));
  for (const { file } of artifacts) for (const f of file.findings) if (!byId.has(f.ruleId)) byId.set(f.ruleId, minimalDescriptor(f.ruleId));
  const rules = [...byId.values()].sort((a, b) => compareText(a.id, b.id));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const results = artifacts.flatMap((artifact) => {
    const text = options.sources?.[artifact.file.path];
    return fileResults(artifact, text === undefined ? undefined : new SourceText(text), ruleIndex);
  });

  // A file in a language without a pack: one notification per file (not a result, so no alert and no failure).
  const notified = artifacts.filter((a) => a.file.notice);
  const notifications: Sarif.Notification[] = notified.map((a) => ({
    descriptor: { id: NOT_ASSESSED_ID, index: 0 },
    level: 'note',
    message: { text: a.file.notice!.message },
    locations: [{ physicalLocation: { artifactLocation: a.location } }],
  }));
  const driver: Sarif.ToolComponent = { name: 'privacylint', version: options.toolVersion, informationUri: INFORMATION_URI, rules };
  if (notifications.length > 0) {
    driver.notifications = [
      {
        id: NOT_ASSESSED_ID,
        name: friendlyName(NOT_ASSESSED_ID),
        shortDescription: { text: 'The policy is in a language privacylint does not read yet; its GDPR Art. 13 requirements were not assessed.' },
        fullDescription: {
          text: 'privacylint reads policies in the languages it has a language pack for. For a policy in another language it reports no requirement as missing and runs only language-independent rules (outdated law cited by name).',
        },
        help: { text: 'Lint the policy with --language to read it as one of the supported languages, or translate it.' },
        defaultConfiguration: { level: 'note' },
      },
    ];
  }

  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        ...(notifications.length > 0 ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {}),
        automationDetails: { id: 'privacylint/' },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(options.repoRoot) } },
        // Every linted file, findings or not: the set of files the run covered.
        artifacts: artifacts.map((a) => ({ location: { uri: a.location.uri, uriBaseId: a.location.uriBaseId }, roles: ['analysisTarget'] })),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
