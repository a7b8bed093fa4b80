/**
 * The rule engine: runs the configured rules over a parsed policy and returns the requirement statuses and
 * the findings, each at a place in the original file. Few rule kinds live here; the rules themselves are data.
 */
import { LOCALES, type Evidence, type Locale } from '../model/types.js';
import type { ParsedPolicy } from '../index.js';
import type { Block } from '../document/index.js';
import { ExtractContext } from '../extract/context.js';
import { lawById } from '../lexicon/laws.js';
import { wordPattern, hits } from '../lexicon/compile.js';
import { evaluateRequirements } from './requirements.js';
import { CHECKS } from './consistency.js';
import { foldForPretest, matchAll, matchesAny, plainPhrase } from './pattern.js';
import { InlineControl } from './disable.js';
import { oneFindingPerGap } from './overlap.js';
import type { ResolvedConfig } from './config.js';
import type { LoadedRule } from './loader.js';
import type { ConsistencyRuleDef, LawRuleDef, PatternRuleDef, RequirementRuleDef } from './schema.js';
import { localize, type Jurisdiction, type FileResult, type Finding, type Fix, type RequirementResult, type Severity } from './types.js';
import { isSupportedLanguage } from '../lang/index.js';
import { languageNotice } from './notice.js';
import { startKey } from '../model/evidence.js';

export interface LintOptions {
  /** Language of the messages; default: the config's locale, else the policy's language when it is a locale, else English. */
  locale?: Locale;
  /** Report `privacylint-disable` directives that silenced nothing (`--report-unused-disable-directives`). */
  reportUnusedDisableDirectives?: boolean;
}

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

interface RunState {
  parsed: ParsedPolicy;
  ctx: ExtractContext;
  locale: Locale;
  jurisdiction: Jurisdiction;
  requirements: RequirementResult[];
  /** Where whole-document findings are anchored: the title heading, else the first line. */
  anchor: Evidence;
}

/** Fills {name} placeholders; unknown ones stay as written. */
function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => (Object.hasOwn(params, key) ? params[key] : whole));
}

function at(evidence: Evidence): Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { line: evidence.line, column: evidence.column, endLine: evidence.endLine, endColumn: evidence.endColumn };
}

/** Keeps the case of the first letter of the original word ("Bewerker" -> "Verwerker"). */
function matchCase(original: string, replacement: string): string {
  if (original && original[0] === original[0].toUpperCase() && original[0] !== original[0].toLowerCase()) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

const cited = (model: ParsedPolicy['model'], ids: string[]): boolean => model.lawReferences.some((r) => ids.includes(r.id));
const authorityIs = (model: ParsedPolicy['model'], re: RegExp): boolean => re.test(model.supervisoryAuthority?.name ?? '');
const siteIn = (model: ParsedPolicy['model'], tld: string): boolean => new RegExp(`\\.${tld}(?:[/:]|$)`, 'u').test(model.controller.website ?? '');

/** Belgian signals: a .be site, a KBO/BCE number, Belgian law or the Belgian authority. */
function belgian(model: ParsedPolicy['model']): boolean {
  return (
    siteIn(model, 'be') ||
    /\b(?:KBO|BCE|BE\s?0\d{3})/u.test(model.controller.registration ?? '') ||
    cited(model, ['gba', 'be_privacy_law_2018', 'be_privacy_commission', 'be_privacy_law_1992']) ||
    authorityIs(model, /gegevensbeschermingsautoriteit|autorit[ée] de protection des donn[ée]es|belgi/iu)
  );
}

/**
 * The policy's jurisdiction: from config, else from the language and signals in the model. Dutch: Belgian signals
 * make it Belgium, else the Netherlands. French: Belgium on Belgian signals, France on French ones (a .fr site, an
 * RCS/SIREN number, the CNIL, French law), else none (Switzerland, Luxembourg, Canada, …). German: Germany on German
 * signals (a .de site, a Handelsregister number, German law, a German authority) unless Austrian or Swiss ones show.
 */
export function jurisdictionOf(parsed: ParsedPolicy, config: ResolvedConfig): Jurisdiction {
  if (config.jurisdiction) return config.jurisdiction;
  const { model } = parsed;
  if (model.language === 'nl') return belgian(model) ? 'be' : 'nl';
  if (model.language === 'fr') {
    if (belgian(model)) return 'be';
    const french =
      siteIn(model, 'fr') ||
      /\b(?:RCS|SIRE[NT]|TVA\s+intracommunautaire\s*:?\s*FR)\b/iu.test(model.controller.registration ?? '') ||
      cited(model, ['lil', 'cnil_declaration']) ||
      authorityIs(model, /\bcnil\b|commission nationale de l.informatique/iu);
    return french ? 'fr' : 'none';
  }
  if (model.language === 'de') {
    const elsewhere =
      siteIn(model, 'at') || siteIn(model, 'ch') || cited(model, ['at_dsg_2000', 'ch_fadp']) || authorityIs(model, /österreich|schweiz|eidgen|edöb|liechtenstein/iu);
    if (elsewhere) return 'none';
    const german =
      siteIn(model, 'de') ||
      /\b(?:HRB|HRA|Amtsgericht|Registergericht)\b/u.test(model.controller.registration ?? '') ||
      cited(model, ['bdsg', 'bdsg_old', 'tdddg', 'ttdsg', 'ddg', 'tmg', 'tmg_privacy']) ||
      authorityIs(model, /landesbeauftragt|landesamt|landesdatenschutz|landeszentrum|datenschutzzentrum|beauftragte für datenschutz|bundesbeauftragt/iu);
    return german ? 'de' : 'none';
  }
  return 'none';
}

function requirementFindings(rule: RequirementRuleDef, severity: Severity, state: RunState): Finding[] {
  const result = state.requirements.find((r) => r.id === rule.requirement);
  if (!result || result.status === 'met' || result.status === 'not_applicable' || result.status === 'not_assessed') return [];
  const partial = result.status === 'partial';
  const message = localize(partial ? rule.message.partial : rule.message.missing, state.locale);
  const where = partial && result.evidence[0] ? result.evidence[0] : state.anchor;
  return [{ ruleId: rule.id, severity: partial ? (rule.partialSeverity ?? LOWER[severity]) : severity, message, ...at(where) }];
}

/** Original-file offsets of a range of a block's text, and whether that text stands there verbatim. */
function originalRange(block: Block, start: number, end: number, source: string): { from: number; to: number; verbatim: boolean } {
  const from = block.map[start];
  const to = block.map[end - 1] + 1;
  return { from, to, verbatim: source.slice(from, to) === block.text.slice(start, end) };
}

function lawFindings(rule: LawRuleDef, severity: Severity, state: RunState): Finding[] {
  const law = lawById(rule.law);
  const references = state.parsed.model.lawReferences;
  // With `unlessCited` the rule is about citing a law alone (the loi Informatique et Libertés without the GDPR).
  const reference = references.find((r) => r.id === rule.law && (r.outdated || rule.unlessCited));
  if (!law || !reference) return [];
  if (rule.unlessCited?.some((id) => references.some((r) => r.id === id))) return [];
  const source = state.parsed.document.source;
  const re = wordPattern(law.patterns);
  const lines = new Set(reference.evidence.map(startKey));
  const findings: Finding[] = [];
  for (const sentence of state.parsed.document.sentences) {
    const ev = state.ctx.sentence(sentence);
    if (!lines.has(startKey(ev))) continue;
    for (const hit of hits(re, sentence.text)) {
      const range = originalRange(sentence.block, sentence.start + hit.start, sentence.start + hit.end, source.text);
      const swap = law.substitutions?.find((s) => s.from.toLowerCase() === hit.text.toLowerCase());
      const replacement = swap ? matchCase(hit.text, swap.to) : (law.replacementName ?? '');
      const params = { match: hit.text, replacement, until: law.until ?? '' };
      const finding: Finding = {
        ruleId: rule.id,
        severity,
        message: fill(localize(rule.message, state.locale), params),
        ...at(source.evidence(range.from, range.to)),
      };
      if (swap && range.verbatim) finding.fix = { range: [range.from, range.to], text: replacement };
      findings.push(finding);
    }
  }
  return findings;
}

/** Each document's sentences folded for the pre-test of plain phrases (pattern.ts), made once for all rules. */
const foldedSentences = new WeakMap<object, string[]>();

function folded(state: RunState): string[] {
  const { sentences } = state.parsed.document;
  let out = foldedSentences.get(sentences);
  if (!out) foldedSentences.set(sentences, (out = sentences.map((s) => foldForPretest(s.text))));
  return out;
}

function patternFindings(rule: PatternRuleDef, severity: Severity, state: RunState): Finding[] {
  const source = state.parsed.document.source;
  const swaps = (rule.mode === 'substitution' ? Object.entries(rule.swap ?? {}) : (rule.patterns ?? []).map((p) => [p, ''] as [string, string])).map(
    ([phrase, replacement]) => [phrase, replacement, plainPhrase(phrase)] as const,
  );
  const findings: Finding[] = [];
  const sentences = state.parsed.document.sentences;
  const plain = swaps.some(([, , p]) => p !== null) ? folded(state) : [];
  for (const [index, sentence] of sentences.entries()) {
    // Phrases a sentence cannot match are ruled out before RE2 runs, and the exceptions are tested only when one may.
    const candidates = swaps.filter(([, , p]) => p === null || plain[index].includes(p));
    if (candidates.length === 0) continue;
    if (rule.exceptions && matchesAny(rule.exceptions, sentence.text)) continue;
    for (const [phrase, replacementTemplate] of candidates) {
      for (const m of matchAll(phrase, sentence.text)) {
        const range = originalRange(sentence.block, sentence.start + m.start, sentence.start + m.end, source.text);
        const replacement = replacementTemplate ? matchCase(m.text, replacementTemplate) : '';
        const finding: Finding = {
          ruleId: rule.id,
          severity,
          message: fill(localize(rule.message, state.locale), { match: m.text, replacement }),
          ...at(source.evidence(range.from, range.to)),
        };
        if (rule.mode === 'substitution' && range.verbatim) finding.fix = { range: [range.from, range.to], text: replacement } satisfies Fix;
        findings.push(finding);
      }
    }
  }
  return findings;
}

function consistencyFindings(rule: ConsistencyRuleDef, severity: Severity, state: RunState): Finding[] {
  const { model, document } = state.parsed;
  return CHECKS[rule.check]({ model, doc: document, ctx: state.ctx, jurisdiction: state.jurisdiction }).map((issue) => ({
    ruleId: rule.id,
    severity,
    message: fill(localize(rule.message, state.locale), issue.params),
    ...at(issue.evidence ?? state.anchor),
  }));
}

function applies(rule: LoadedRule, state: RunState): boolean {
  const lang = state.parsed.model.language;
  // A language without a pack: only language-independent rules (outdated law by name, users' own patterns).
  if (!isSupportedLanguage(lang) && (rule.def.kind === 'requirement' || rule.def.kind === 'consistency')) return false;
  if (rule.def.languages && !(rule.def.languages as string[]).includes(lang)) return false;
  if (rule.def.jurisdiction && rule.def.jurisdiction !== state.jurisdiction) return false;
  return true;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Where findings about the whole policy are anchored: the front matter's title line, else the first heading,
 * else the first line (SARIF and editors need a place for every finding).
 */
export function titleAnchor(parsed: ParsedPolicy, ctx: ExtractContext): Evidence {
  const { document } = parsed;
  if (document.frontMatter && typeof document.frontMatter.title === 'string') {
    const m = /^(?:---|\+\+\+)[^]*?^([ \t]*title[ \t]*[:=].*)$/mu.exec(document.source.text.slice(0, 4000));
    if (m) {
      const start = m.index + m[0].length - m[1].length;
      return document.source.evidence(start, start + m[1].trimEnd().length);
    }
  }
  const heading = document.blocks.find((b) => b.kind === 'heading') ?? document.blocks[0];
  return heading ? ctx.block(heading) : { line: 1, column: 1, endLine: 1, endColumn: 1, text: '' };
}

/** Lints one parsed policy with a resolved configuration. */
export function lintPolicy(parsed: ParsedPolicy, config: ResolvedConfig, options: LintOptions = {}): FileResult {
  const { model, document } = parsed;
  const ctx = new ExtractContext(document);
  const anchor = titleAnchor(parsed, ctx);
  const docLocale: Locale = (LOCALES as readonly string[]).includes(model.language) ? (model.language as Locale) : 'en';
  const state: RunState = {
    parsed,
    ctx,
    locale: options.locale ?? config.locale ?? docLocale,
    jurisdiction: jurisdictionOf(parsed, config),
    requirements: evaluateRequirements(model, document),
    anchor,
  };
  const control = new InlineControl(document.source, { knownRules: config.rules.map((r) => r.def.id) });
  const findings: Finding[] = [];
  for (const rule of config.rules) {
    const severity = config.severity.get(rule.def.id) ?? rule.def.severity;
    if (severity === 'off' || !applies(rule, state)) continue;
    const def = rule.def;
    const found =
      def.kind === 'requirement'
        ? requirementFindings(def, severity, state)
        : def.kind === 'law'
          ? lawFindings(def, severity, state)
          : def.kind === 'pattern'
            ? patternFindings(def, severity, state)
            : consistencyFindings(def, severity, state);
    findings.push(...found.filter((f) => !control.disabled(f.ruleId, f.line)));
  }
  const kept = oneFindingPerGap(findings);
  findings.length = 0;
  findings.push(...kept, ...control.findings(options.reportUnusedDisableDirectives));
  findings.sort((a, b) => a.line - b.line || a.column - b.column || ORDER[a.severity] - ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId));
  const result: FileResult = { path: parsed.input.path, language: model.language, model, requirements: state.requirements, findings };
  const notice = languageNotice(model.language, state.locale);
  if (notice) result.notice = notice;
  return result;
}
