/**
 * One finding per gap. A few rules look at the same gap from two sides; when both report it, only one finding
 * stays (the table below is the whole policy):
 *
 * - `consistency/consent-without-withdrawal` and `gdpr/right-withdraw-consent`, in one file: both say "consent
 *   is relied on, but the right to withdraw it is not given" (Art. 13(2)(c)). The consistency finding stays:
 *   it points at the sentence that relies on consent, where the withdrawal right belongs, while the requirement
 *   finding is anchored at the title. The requirement's status (`missing`) is in every report anyway.
 * - an `outdated/...` finding and a `.../complaint-authority` finding on overlapping text: "College bescherming
 *   persoonsgegevens" is both an outdated name and the wrong authority for complaints. The outdated-law finding
 *   stays: it names the cause, is an error, says what the authority is called now and may carry a `--fix`;
 *   the complaint-authority finding would only repeat the replacement.
 *
 * A finding is only dropped for one that is itself reported (not off, not silenced inline) and not less severe.
 */
import type { Finding, Severity } from './types.js';

interface Overlap {
  keep: (ruleId: string) => boolean;
  drop: (ruleId: string) => boolean;
  /** 'file': anywhere in the same file; 'span': on overlapping text. */
  scope: 'file' | 'span';
}

export const OVERLAPS: readonly Overlap[] = [
  { keep: (id) => id === 'consistency/consent-without-withdrawal', drop: (id) => id === 'gdpr/right-withdraw-consent', scope: 'file' },
  { keep: (id) => id.startsWith('outdated/'), drop: (id) => /^[a-z]+\/complaint-authority(?:-[a-z]+)?$/u.test(id), scope: 'span' },
];

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** Start and end as comparable numbers (line-major). */
const start = (f: Finding): number => f.line * 1e6 + f.column;
const end = (f: Finding): number => f.endLine * 1e6 + f.endColumn;
const overlaps = (a: Finding, b: Finding): boolean => start(a) < end(b) && start(b) < end(a);

/** The findings of one file with the repeated ones left out. */
export function oneFindingPerGap(findings: Finding[]): Finding[] {
  return findings.filter(
    (f) =>
      !OVERLAPS.some(
        (o) => o.drop(f.ruleId) && findings.some((k) => k !== f && o.keep(k.ruleId) && RANK[k.severity] >= RANK[f.severity] && (o.scope === 'file' || overlaps(k, f))),
      ),
  );
}
