/**
 * A file that could not be read in a run over several files (empty, binary, unreadable, broken front matter,
 * too large) becomes one finding for that file, as ESLint reports a parse error: rule id `privacylint/fatal`,
 * severity error, at the line the error names (else line 1). The other files are still reported, and every
 * format carries it. The file has an empty model and every requirement `not_assessed` (the JSON contract's 18
 * statuses): nothing was read.
 */
import type { Language, PolicyModel } from '../model/types.js';
import { REQUIREMENT_ARTICLES, REQUIREMENT_IDS, type FileResult } from './types.js';

export const FATAL_RULE_ID = 'privacylint/fatal';

/** True for the result of a file that could not be read (reports show its finding, not its statuses). */
export function isFatal(file: FileResult): boolean {
  return file.findings.some((f) => f.ruleId === FATAL_RULE_ID);
}

/** An empty model (nothing read), in the language the run would report in. */
function emptyModel(language: Language): PolicyModel {
  return {
    language,
    title: null,
    updated: null,
    controller: { name: null, aliases: [], address: null, email: null, emails: [], phone: null, website: null, registration: null, evidence: [] },
    representative: null,
    dpo: null,
    dataCategories: [],
    purposes: [],
    legalBases: [],
    legitimateInterests: [],
    recipients: [],
    transfers: [],
    retention: [],
    rights: [],
    supervisoryAuthority: null,
    automatedDecisionMaking: null,
    cookies: [],
    children: null,
    lawReferences: [],
    addressed: [],
    statements: [],
  };
}

/**
 * The result for a file that could not be read. `message` is the input error's one line, which starts with the
 * path as given (`x.md: the file is empty`, `policy.md:3: broken YAML front matter: …`); the path is left out
 * of the finding's message and a line number after it becomes the finding's line.
 */
export function fatalResult(path: string, message: string, language: Language = 'en'): FileResult {
  let text = message;
  let line = 1;
  if (text.startsWith(`${path}:`)) {
    text = text.slice(path.length + 1);
    const m = /^(\d+):/u.exec(text);
    if (m) {
      line = Math.max(1, Number(m[1]));
      text = text.slice(m[0].length);
    }
    text = text.trimStart();
  }
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return {
    path,
    language,
    model: emptyModel(language),
    requirements: REQUIREMENT_IDS.map((id) => ({ id, article: REQUIREMENT_ARTICLES[id], status: 'not_assessed' as const, evidence: [] })),
    findings: [{ ruleId: FATAL_RULE_ID, severity: 'error', message: text, line, column: 1, endLine: line, endColumn: 1 }],
  };
}
