import type { AutomatedDecisionMaking, Evidence, SupportedLanguage } from '../model/types.js';
import type { Block, Sentence } from '../document/index.js';
import { ADM, type AdmLexicon } from '../lexicon/adm.js';
import { hits, test, wordPattern } from '../lexicon/compile.js';
import type { ExtractContext } from './context.js';
import { describesAccessRight } from './access-list.js';

/** How far before a cue a right or a condition makes the sentence neutral, and how far after it a denial reaches. */
const NEUTRAL_REACH = 10;
const DENIAL_REACH = 10;

type Statement = 'used' | 'not_used' | 'neutral';

/** A language's lexicon compiled once: one alternation per phrase family. */
type Patterns = { [K in keyof AdmLexicon]: RegExp } & {
  /** Decisions or profiling: a sentence without a hit says nothing about automated decisions. */
  anyMention: RegExp;
};

const compiled = new Map<SupportedLanguage, Patterns>();

function patterns(lang: SupportedLanguage): Patterns {
  let p = compiled.get(lang);
  if (!p) {
    const lex = ADM[lang];
    p = {
      decisions: wordPattern(lex.decisions),
      profiling: wordPattern(lex.profiling),
      effects: wordPattern(lex.effects),
      marketing: wordPattern(lex.marketing),
      neutralBefore: wordPattern(lex.neutralBefore),
      definitions: wordPattern(lex.definitions),
      noLonger: wordPattern(lex.noLonger),
      negatedAfter: wordPattern(lex.negatedAfter),
      sectionHeadings: wordPattern(lex.sectionHeadings),
      automation: wordPattern(lex.automation),
      anyMention: wordPattern([...lex.decisions, ...lex.profiling]),
    };
    compiled.set(lang, p);
  }
  return p;
}

/**
 * Whether the policy says automated individual decisions (incl. profiling with legal or similar effects) are made
 * (Art. 13(2)(f)): used when one statement says they are, not used when statements only deny it, null when nothing
 * is said. Headings, definitions, the Art. 22 right itself, conditions ("if we ever …") and profiling for marketing
 * are no statement.
 */
export function extractAutomatedDecisionMaking(ctx: ExtractContext): AutomatedDecisionMaking | null {
  if (!ctx.lang) return null;
  const p = patterns(ctx.lang);
  const used: Evidence[] = [];
  const notUsed: Evidence[] = [];
  const sections = new Map<number, boolean>();
  for (const sentence of ctx.doc.sentences) {
    if (sentence.block.kind === 'heading') continue;
    const inSection = aboutDecisions(ctx, sentence.block, p, sections);
    if (!test(p.anyMention, sentence.text) && !(inSection && test(p.automation, sentence.text))) continue;
    // What the right of access tells ("… das Bestehen einer automatisierten Entscheidungsfindung") is no statement.
    if (describesAccessRight(ctx, sentence)) continue;
    // A sentence makes one statement, in its main clause, which comes first: later mentions sit in clauses that
    // describe the first ("geen gebruik van geautomatiseerde besluitvorming waarbij … zonder tussenkomst … besluiten").
    const kind = statementsIn(ctx, sentence, p, inSection).find((k) => k !== 'neutral');
    if (kind === 'used') used.push(ctx.sentence(sentence));
    else if (kind === 'not_used') notUsed.push(ctx.sentence(sentence));
  }
  if (used.length > 0) return { used: true, evidence: used };
  if (notUsed.length > 0) return { used: false, evidence: notUsed };
  return null;
}

/** True when the block's nearest heading is about automated decisions (memoised per heading). */
function aboutDecisions(ctx: ExtractContext, block: Block, p: Patterns, sections: Map<number, boolean>): boolean {
  const heading = ctx.heading(block);
  if (!heading) return false;
  let about = sections.get(heading.index);
  if (about === undefined) {
    about = test(p.sectionHeadings, heading.text);
    sections.set(heading.index, about);
  }
  return about;
}

/**
 * What each mention of automated decisions or profiling in a sentence says; in a section about automated
 * decisions, also what a description of automatic processing says ("each transaction is scored automatically").
 */
function statementsIn(ctx: ExtractContext, sentence: Sentence, p: Patterns, inSection: boolean): Statement[] {
  const text = sentence.text;
  if (test(p.definitions, text)) return [];
  const out: Statement[] = [];
  for (const h of hits(p.decisions, text)) out.push(statement(ctx, text, h.start, h.end, p));
  if (out.length === 0) {
    for (const h of hits(p.profiling, text)) {
      const kind = statement(ctx, text, h.start, h.end, p);
      // Profiling is Art. 22 matter only with legal or similar effects; a plain denial counts unless about marketing.
      const withEffects = test(p.effects, text);
      const plainDenial = kind === 'not_used' && !test(p.marketing, text) && !test(p.noLonger, text);
      if (withEffects || plainDenial) out.push(kind);
    }
  }
  if (out.length === 0 && inSection) {
    for (const h of hits(p.automation, text)) out.push(statement(ctx, text, h.start, h.end, p));
  }
  return out;
}

function statement(ctx: ExtractContext, text: string, start: number, end: number, p: Patterns): Statement {
  if (test(p.neutralBefore, wordsBefore(text, start, NEUTRAL_REACH))) return 'neutral';
  if (ctx.negated(text, start) || test(p.negatedAfter, clauseAfter(text, end, DENIAL_REACH))) return 'not_used';
  return 'used';
}

function wordsBefore(text: string, at: number, n: number): string {
  return (text.slice(0, at).match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(-n).join(' ');
}

/** Up to `n` words after `at`, within the same clause (up to a semicolon or the sentence end). */
function clauseAfter(text: string, at: number, n: number): string {
  const rest = text.slice(at).split(/[;:]/u)[0];
  return (rest.match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(0, n).join(' ');
}
