/**
 * Sentences that address an Art. 13 element, for the requirement checks' second question ("is it addressed at
 * all?") before an element is reported missing. The words come from the pack's requirement lexicon and the
 * language-neutral citation registry; a negated statement addresses an element too.
 */
import type { Addressed, Evidence, RequirementId, SupervisoryAuthority } from '../model/types.js';
import type { Sentence } from '../document/index.js';
import { overlapsAny } from '../document/index.js';
import type { ExtractContext } from './context.js';
import { describesAccessRight } from './access-list.js';
import { declaresRightsNotApplicable, rightWordsNotAboutData } from './rights.js';
import { REQUIREMENT_LEXICON, type RequirementLexicon } from '../lexicon/requirements.js';
import { ADM } from '../lexicon/adm.js';
import { AUTHORITIES } from '../lexicon/authorities.js';
import { authorityHostIn } from './authority.js';
import { ARTICLE_CITATION, ARTICLE_RANGE_AFTER, ARTICLE_REQUIREMENTS, GDPR_NAMES } from '../lexicon/citations.js';
import { REQUIREMENT_IDS } from '../model/types.js';
import { hits, test, wordPattern } from '../lexicon/compile.js';
import { COMMON, type Topic } from '../lexicon/common.js';
import { caselessRegExp } from '../lexicon/caseless.js';

/** Requirements whose value is a name and a way to reach someone: wording alone does not give them. */
const VALUES_ONLY: ReadonlySet<RequirementId> = new Set(['controller_identity', 'dpo_contact', 'legitimate_interests']);

/**
 * `vagueRetention`: the sentences the retention reading judged vague ("gelöscht, sobald der Zweck entfällt"); they
 * address nothing, so the retention cue is looked for in the sentences after them too.
 */
export function extractAddressed(ctx: ExtractContext, authority: SupervisoryAuthority | null, vagueRetention: readonly Evidence[] = []): Addressed[] {
  if (!ctx.lang) return [];
  const lex = REQUIREMENT_LEXICON[ctx.lang];
  const sentences = ctx.doc.sentences.filter((s) => s.block.kind !== 'heading');
  const out: Addressed[] = [];
  const add = (requirement: RequirementId, kind: Addressed['kind'], evidence: Evidence | null): void => {
    // Two signals on one sentence are one entry.
    const same = (a: Addressed): boolean => a.requirement === requirement && a.kind === kind && a.evidence.some((e) => e.line === evidence?.line && e.column === evidence.column);
    if (evidence && !out.some(same)) out.push({ requirement, kind, evidence: [evidence] });
  };
  // Statements an element is made of: these decide the element on their own.
  // Proof of identity for a request and the cookies a site needs are no statement about providing data.
  const notStatutory = lex.notStatutoryContractual?.length ? wordPattern(lex.notStatutoryContractual) : null;
  const statutorySentences = notStatutory ? sentences.filter((s) => !test(notStatutory, s.text)) : sentences;
  add('statutory_contractual_requirement', 'statement', first(ctx, statutorySentences, lex.statutoryContractual));
  add('statutory_contractual_requirement', 'statement', labelledData(ctx, lex));
  add('recipients', 'statement', first(ctx, sentences, lex.noRecipients));
  const cited = articleSentences(ctx, sentences);
  for (const id of REQUIREMENT_IDS) {
    if (VALUES_ONLY.has(id)) continue;
    const pool = id === 'retention' && vagueRetention.length ? sentences.filter((s) => !overlapsAny(ctx.sentence(s), vagueRetention)) : id === 'statutory_contractual_requirement' ? statutorySentences : sentences;
    add(id, 'cue', cueSentence(ctx, pool, lex, id));
    add(id, 'article', cited.get(id) ?? null);
  }
  for (const [id, evidence] of answeredQuestions(ctx, lex)) out.push({ requirement: id, kind: 'statement', evidence });
  add('automated_decision_making', 'cue', decisionUnderAdmHeading(ctx));
  if (lex.complaintCues?.length) {
    const name = authority?.name.toLowerCase() ?? null;
    const cues = wordPattern(lex.complaintCues);
    const breach = lex.breachCues?.length ? wordPattern(lex.breachCues) : null;
    // A sentence names the authority in any of its written forms ("the ICO"), not only by its full name, or links to
    // its site ("Een klacht indienen kan via https://autoriteitpersoonsgegevens.nl/…").
    const forms = authority ? AUTHORITIES.filter((a) => a.name === authority.name).flatMap((a) => a.patterns) : [];
    const named = forms.length ? wordPattern(forms) : null;
    const namesIt = (s: Sentence): boolean =>
      (name !== null && s.text.toLowerCase().includes(name)) || (named !== null && test(named, s.text)) || authorityHostIn(s.text);
    // An authority's address card opens a block after an introduction that ends in a colon ("Das Mitglied hat ein
    // Beschwerderecht. Zuständig ist dafür: ⏎ Der Landesbeauftragte …"): the complaint word may stand there.
    const introduction = (s: Sentence): string => (s === s.block.sentences[0] ? (ctx.introduction(s.block)?.text ?? '') : '');
    const complaintAbout = (text: string): boolean => test(cues, text) && !(breach && test(breach, text));
    const found = sentences.find((s) => namesIt(s) && !(breach && test(breach, s.text)) && (complaintAbout(s.text) || complaintAbout(introduction(s))));
    add('right_complaint', 'authority', found ? ctx.sentence(found) : null);
  }
  return out;
}

/** The topics a yes/no answer settles: a transfer abroad or an automated decision either happens or does not. */
const ANSWERED_TOPICS: readonly [Topic, RequirementId][] = [
  ['transfers', 'third_country_transfers'],
  ['adm', 'automated_decision_making'],
];

/**
 * A question heading on a topic with a short answer under it ("Is information transferred to a third country?" ⏎
 * "No"): the form of a research notice or FAQ. Evidence: the question and the answer.
 */
function answeredQuestions(ctx: ExtractContext, lex: RequirementLexicon): [RequirementId, Evidence[]][] {
  if (!lex.answers?.length) return [];
  const answer = caselessRegExp(`^[\\s*_]*(?:${lex.answers.join('|')})(?![\\p{L}\\p{N}])[*_]*\\s*(?:[.,;:!–—-]|$)`, 'iu');
  const topics = ANSWERED_TOPICS.map(([topic, id]) => [wordPattern(COMMON[ctx.lang!].topics[topic]), id] as const);
  const out: [RequirementId, Evidence[]][] = [];
  const blocks = ctx.doc.blocks;
  for (const [i, block] of blocks.entries()) {
    const next = blocks[i + 1];
    if (block.kind !== 'heading' || !/\?[\s*_]*$/u.test(block.text) || !next || next.kind === 'heading') continue;
    if (next.text.length > 300 || !answer.test(next.text)) continue;
    for (const [topic, id] of topics) {
      if (out.some(([done]) => done === id) || !test(topic, block.text)) continue;
      out.push([id, [ctx.block(block), ctx.block(next)]]);
    }
  }
  return out;
}

/**
 * A table column or a heading that marks the data under it as required, or says what follows a refusal
 * ("| Donnée | Pourquoi | Obligatoire ? |", "**3.2.1 Pflichtangaben**" over a list): the form's own way of stating
 * Art. 13(2)(e). Not in a cookie table or under a cookie heading. Evidence: the header row or the heading.
 */
function labelledData(ctx: ExtractContext, lex: RequirementLexicon): Evidence | null {
  if (!lex.statutoryLabels?.length) return null;
  const label = caselessRegExp(`^[\\s*_#]*(?:\\p{N}+(?:\\.\\p{N}+)*\\.?\\s+)?(?:${lex.statutoryLabels.join('|')})[\\s*_:?]*$`, 'iu');
  const cookies = wordPattern(COMMON[ctx.lang!].topics.cookies);
  const blocks = ctx.doc.blocks;
  for (const [i, block] of blocks.entries()) {
    const next = blocks[i + 1];
    const labelled =
      block.kind === 'tableRow'
        ? block.isHeaderRow === true && next?.kind === 'tableRow' && (block.cells ?? []).some((c) => label.test(block.text.slice(c.start, c.end)))
        : block.kind === 'heading' && (next?.kind === 'listItem' || next?.kind === 'tableRow') && label.test(block.text);
    // Not a cookie table or a cookie list ("## Cookies ⏎ ### Required ⏎ - session cookie").
    if (labelled && !test(cookies, block.text) && !test(cookies, next!.text) && !ctx.inTopic(block, 'cookies', true)) return ctx.block(block);
  }
  return null;
}

/**
 * A sentence with a decision word in a section headed by automated decisions ("### Geautomatiseerde besluitvorming"
 * ⏎ "Het systeem neemt ook geen beslissingen"): the section says whether such decisions are made. A heading on
 * profiling alone does not count (profiling for marketing says nothing of decisions).
 */
function decisionUnderAdmHeading(ctx: ExtractContext): Evidence | null {
  const lex = ADM[ctx.lang!];
  if (!lex.decisionWords?.length) return null;
  const decisionWord = wordPattern(lex.decisionWords);
  const heading = wordPattern(lex.sectionHeadings);
  // The Art. 22 right or a definition says nothing of whether decisions are made.
  const neutral = wordPattern([...lex.neutralBefore, ...lex.definitions]);
  // A bare denial opening the section answers it: "## Automatisierte Entscheidungsfindung ⏎ Findet nicht statt."
  const answers = REQUIREMENT_LEXICON[ctx.lang!].answers ?? [];
  const denial = lex.negatedAfter.length ? wordPattern([...lex.negatedAfter, ...answers.map((a) => `^\\s*${a}(?=\\s*[.!]?\\s*$)`)]) : null;
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'heading' || !test(heading, block.text)) continue;
    const section = ctx.sectionBlocks(block).filter((b) => b.kind !== 'heading');
    const opening = section[0]?.sentences[0];
    if (opening && denial && opening.text.length <= 80 && test(denial, opening.text) && !test(neutral, opening.text)) return ctx.sentence(opening);
    for (const b of section) {
      const s = b.sentences.find((x) => test(decisionWord, x.text) && !test(neutral, x.text));
      if (s) return ctx.sentence(s);
    }
  }
  return null;
}

function first(ctx: ExtractContext, sentences: Sentence[], phrases: string[], options: { negatable?: boolean } = {}): Evidence | null {
  if (!phrases.length) return null;
  const re = wordPattern(phrases);
  for (const sentence of sentences) {
    for (const hit of hits(re, sentence.text)) {
      if (options.negatable && ctx.negated(sentence.text, hit.start)) continue;
      return ctx.sentence(sentence);
    }
  }
  return null;
}

/**
 * The pack's cue phrases for a requirement. A right's word ("inzage", "deletion") counts only beside a request or a
 * grant ("verzoek", "you can") or under a heading about rights, and never in a sentence about browsers and cookies.
 */
function cueSentence(ctx: ExtractContext, sentences: Sentence[], lex: RequirementLexicon, id: RequirementId): Evidence | null {
  const cues = lex.addressed?.[id];
  if (!cues?.length) return null;
  const cueRe = wordPattern(cues);
  const isRight = id.startsWith('right_') && id !== 'right_complaint';
  const requests = isRight && lex.rightRequests?.length ? wordPattern(lex.rightRequests) : null;
  const lang = ctx.lang!;
  // Withdrawing cookie consent is withdrawing consent; deleting cookies is not erasure, blocking them not restriction.
  const notAboutData = isRight && id !== 'right_withdraw_consent';
  // Profiling denied beside marketing ("not used for profiling, tracking or marketing") says nothing of decisions
  // about a person (ANNOTATION.md: profiling for marketing alone is no such statement).
  const marketingOnly = id === 'automated_decision_making' ? admMarketingOnly(ctx) : null;
  // In the list of what the right of access tells, "third countries" and "automated decision-making" are no statement
  // about this organisation's transfers or decisions (their readers skip the same entries and sentences).
  const skipsAccess = id === 'third_country_transfers' || id === 'automated_decision_making';
  const found = sentences.find(
    (s) =>
      test(cueRe, withoutUrls(s.text)) &&
      !(skipsAccess && describesAccessRight(ctx, s)) &&
      !(marketingOnly && marketingOnly(s.text)) &&
      !(notAboutData && rightWordsNotAboutData(lang, s.text)) &&
      // Rights named only to say they do not apply are not given, as the rights reading decides.
      !(isRight && declaresRightsNotApplicable(lang, s.text)) &&
      (!requests || test(requests, s.text) || ctx.inTopic(s.block, 'rights', true)),
  );
  return found ? ctx.sentence(found) : null;
}

/** Web addresses blanked: a link's words ("fortrabbit.com/legal/auskunftsersuchen") address nothing (ANNOTATION.md). */
const URL_IN_TEXT = /(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}@.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S*/gu;
function withoutUrls(text: string): string {
  return text.includes('/') || text.includes('www.') ? text.replace(URL_IN_TEXT, (m) => ' '.repeat(m.length)) : text;
}

/** A test for a sentence about marketing that names no automated decision. */
function admMarketingOnly(ctx: ExtractContext): (text: string) => boolean {
  const lex = ADM[ctx.lang!];
  const marketing = wordPattern(lex.marketing);
  const decisions = wordPattern(lex.decisions);
  return (text) => test(marketing, text) && !test(decisions, text);
}

/**
 * For each requirement, the first sentence citing the GDPR article that stands for it: "Art. 18 AVG", or a bare
 * "art. 18" under a heading about rights. One pass over the sentences serves every requirement.
 */
function articleSentences(ctx: ExtractContext, sentences: Sentence[]): Map<RequirementId, Evidence> {
  const citation = wordPattern([ARTICLE_CITATION]);
  const gdpr = wordPattern(GDPR_NAMES);
  const range = caselessRegExp(ARTICLE_RANGE_AFTER, 'iu');
  const out = new Map<RequirementId, Evidence>();
  for (const s of sentences) {
    const ids = hits(citation, s.text)
      .filter((h) => !range.test(s.text.slice(h.end)))
      .map((h) => ARTICLE_REQUIREMENTS[h.groups[0] ?? ''])
      .filter((id): id is RequirementId => id !== undefined && !out.has(id));
    if (ids.length === 0 || !(test(gdpr, s.text) || ctx.inTopic(s.block, 'rights', true))) continue;
    for (const id of ids) out.set(id, ctx.sentence(s));
  }
  return out;
}
