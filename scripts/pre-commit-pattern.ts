/**
 * The `files` pattern of the pre-commit hook (.pre-commit-hooks.yaml), made from the same data as bare
 * `privacylint` (src/lang/file-names.ts): a file whose base name has a policy stem at its start or after `-`, `_`,
 * `.` or a space, with a policy extension. pre-commit matches it with Python's `re.search` against the path; the
 * accented letters a folded name loses are written out as classes, since Python cannot fold accents.
 * `node --import tsx scripts/pre-commit-pattern.ts` prints it; test/pre-commit.test.ts checks the hook has it.
 */
import { POLICY_FILE_STEMS } from '../src/lang/file-names.js';
import { POLICY_EXTENSIONS } from '../src/cli/files.js';

const ACCENTED: Record<string, string> = { a: 'aàáâäã', e: 'eéèêë', i: 'iíìîï', o: 'oóòôöõ', u: 'uúùûü', c: 'cçć', n: 'nñ', s: 'sś', z: 'zźż' };

function letter(ch: string): string {
  // '-' and '_' need no escape outside a class (and JavaScript's u flag refuses one).
  return ACCENTED[ch] ? `[${ACCENTED[ch]}]` : ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function parts(): { stems: string[]; extensions: string } {
  const all = [...new Set(Object.values(POLICY_FILE_STEMS).flat())].sort();
  // A stem that starts with another, or holds another after a separator, adds nothing: the rest of the name is free.
  const stems = all.filter((stem) => !all.some((other) => other !== stem && (stem.startsWith(other) || ['-', '_', '.', ' '].some((sep) => stem.includes(`${sep}${other}`)))));
  return { stems: stems.map((stem) => [...stem].map(letter).join('')), extensions: POLICY_EXTENSIONS.join('|') };
}

/** The pattern as one line, for JavaScript's RegExp with the `iu` flags (the tests). */
export function compactFilesPattern(): string {
  const { stems, extensions } = parts();
  return `(?:^|/)(?:[^/]*[-_. ])?(?:${stems.join('|')})[^/]*\\.(?:${extensions})$`;
}

/** The pattern as .pre-commit-hooks.yaml holds it: Python's verbose mode, one stem a line. */
export function preCommitFilesPattern(): string {
  const { stems, extensions } = parts();
  return `(?ix)(?:^|/)(?:[^/]*[-_.\\ ])?(?:\n    ${stems.join('\n  | ')}\n)[^/]*\\.(?:${extensions})$\n`;
}

if (process.argv[1]?.endsWith('pre-commit-pattern.ts')) process.stdout.write(preCommitFilesPattern());
