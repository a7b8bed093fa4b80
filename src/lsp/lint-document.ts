/**
 * Lints the text of an open document (not a file on disk) with a resolved config. A rule that throws costs its
 * own findings only: the run is repeated rule by rule and the rules that fail are named, so one broken rule (a
 * user's pack, a bug) never takes the other findings or the server with it.
 */
import { parsePolicyText, type ParsedPolicy } from '../index.js';
import { detectFormat, type InputFormat } from '../io/read.js';
import { lintPolicy } from '../rules/engine.js';
import type { ResolvedConfig } from '../rules/config.js';
import type { FileResult, Finding } from '../rules/types.js';
import { compareFindings } from '../report/common.js';
import { LOCALES, type Locale } from '../model/types.js';

export type LintFunction = typeof lintPolicy;

export interface LintedText {
  /** The text as linted: the document's text without a leading byte order mark. */
  text: string;
  /** 1 when the document starts with a byte order mark that the library does not see (offsets shift by it). */
  bom: 0 | 1;
  parsed: ParsedPolicy;
  result: FileResult;
  config: ResolvedConfig;
  /** The message locale the findings were written in. */
  locale: Locale;
  /** Rules that threw, with their error, when the run had to be repeated rule by rule. */
  failures: Array<{ ruleId: string; error: unknown }>;
}

/** The input format of an editor document: its language id first, then the CLI's detection by name and content. */
export function formatOf(languageId: string, path: string, text: string): InputFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'html') return 'html';
  if (languageId === 'plaintext' || languageId === 'text') return 'text';
  return detectFormat(path, text);
}

export interface LintTextOptions {
  path: string;
  languageId: string;
  config: ResolvedConfig;
  /** Message locale asked for by the client; otherwise the config's, else the policy's language. */
  locale?: Locale;
  /** The rule engine; replaceable for tests. */
  lint?: LintFunction;
}

export async function lintText(documentText: string, options: LintTextOptions): Promise<LintedText> {
  const bom = documentText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? documentText.slice(1) : documentText;
  const { config } = options;
  const parsed = await parsePolicyText(text, {
    path: options.path,
    format: formatOf(options.languageId, options.path, text),
    language: config.language ?? undefined,
  });
  const lint = options.lint ?? lintPolicy;
  const docLocale = (LOCALES as readonly string[]).includes(parsed.model.language) ? (parsed.model.language as Locale) : 'en';
  const locale = options.locale ?? config.locale ?? docLocale;
  const failures: LintedText['failures'] = [];
  let result: FileResult;
  try {
    result = lint(parsed, config, { locale });
  } catch {
    // Find the rules that fail: each rule alone, keeping what the others find.
    const findings: Finding[] = [];
    let base: FileResult | null = null;
    for (const rule of config.rules) {
      try {
        const one = lint(parsed, { ...config, rules: [rule] }, { locale });
        base ??= one;
        findings.push(...one.findings);
      } catch (error) {
        failures.push({ ruleId: rule.def.id, error });
      }
    }
    result = {
      ...(base ?? { path: options.path, language: parsed.model.language, model: parsed.model, requirements: [] }),
      findings: findings.sort(compareFindings),
    };
  }
  return { text, bom, parsed, result, config, locale, failures };
}
