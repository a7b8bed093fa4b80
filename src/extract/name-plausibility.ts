import { NAME_PARTICLES, type ControllerLexicon } from '../lexicon/controller.js';
import { escapeRegExp } from '../lexicon/compile.js';
import { caselessRegExp } from '../lexicon/caseless.js';

/**
 * Whether a phrase read where the controller's name is expected can be a name at all. A label's value, a statement's
 * subject or a card's first line is sometimes something else: a question ("Wer wir sind"), a contact phrase
 * ("Kontaktieren Sie uns", "Contact us"), a reference to a law ("gem. EU-Datenschutzgrundverordnung"), a heading
 * ("Informationen zu unserem Verein"), a role inside an organisation ("Vorstand des Vereins", "the Board of the
 * association") or a fragment of markup ("target="). The words are the language pack's `notNames`; what is checked
 * here is only where they stand.
 */

interface NotNamePatterns {
  question: RegExp | null;
  imperative: RegExp | null;
  legalReference: RegExp | null;
  headingOpener: RegExp | null;
  roleNoun: RegExp | null;
  /** A generic noun, as the rest after a role ("des Vereins", "of the association"). */
  generic: RegExp;
  pronoun: Set<string>;
  fillers: Set<string>;
  article: RegExp;
  /** A maker's label or phrase opening a line, then at most three words before the name. */
  maker: RegExp | null;
  /** A role and the words linking it to the organisation ("président de l'", "Vorsitzender des ", "Secretary, "). */
  roleLead: RegExp | null;
  /** One word naming a page of the site or pointing to it (`pageWords`). */
  pageWord: RegExp | null;
  /** One word that determines or quantifies a noun (`determiners`). */
  determiner: RegExp | null;
}

const PATTERNS = new WeakMap<ControllerLexicon, NotNamePatterns>();

/** Opening words, case-insensitively, ending at a word's end. */
function opening(sources: readonly string[] | undefined): RegExp | null {
  return sources?.length ? caselessRegExp(`^(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : null;
}

function patternsOf(lex: ControllerLexicon): NotNamePatterns {
  let p = PATTERNS.get(lex);
  if (p) return p;
  const n = lex.notNames ?? {};
  const nouns = [...lex.genericNames, ...(lex.selfNouns ?? []), ...(lex.kindNouns ?? [])];
  const endings = n.inflections?.length ? `(?:${n.inflections.join('|')})?` : '';
  p = {
    question: opening(n.questionWords),
    imperative: opening(n.imperatives),
    legalReference: opening(n.legalReferences),
    headingOpener: opening(n.headingOpeners),
    roleNoun: opening(n.roleNouns),
    generic: caselessRegExp(`^(?:${nouns.join('|') || '(?!)'})${endings}$`, 'iu'),
    pronoun: new Set(lex.pronouns),
    fillers: new Set([...NAME_PARTICLES, ...lex.articles, ...lex.pronouns, ...lex.firstPerson].map((w) => w.toLowerCase())),
    article: caselessRegExp(`^(?:${lex.articles.join('|')})(?:\\s+|(?<=['’]))`, 'iu'),
    roleLead: n.roleNouns?.length
      ? caselessRegExp(`^(?:${n.roleNouns.join('|')})(?:${n.inflections?.join('|') ?? ''})?(?:\\s*,\\s*|\\s+(?:${[...NAME_PARTICLES.map(escapeRegExp), ...lex.articles, ...lex.pronouns].join('|')})(?:\\s+|(?<=['’])))+`, 'iu')
      : null,
    maker: n.makers?.length ? caselessRegExp(`^[\\s>*_#|•·-]*(?:${n.makers.join('|')})(?![\\p{L}\\p{N}])[\\s:–—-]*(?:[^\\s.;!?]+\\s+){0,3}$`, 'iu') : null,
    pageWord: n.pageWords?.length ? caselessRegExp(`^(?:${n.pageWords.join('|')})$`, 'iu') : null,
    determiner: n.determiners?.length ? caselessRegExp(`^(?:${n.determiners.join('|')})$`, 'iu') : null,
  };
  PATTERNS.set(lex, p);
  return p;
}

/** A word as written in running text: lower case or capitalised only ("Sie", "uns"), not an acronym ("WAS", "US"). */
function runningWord(word: string): boolean {
  const lower = word.toLowerCase();
  return word === lower || word === lower[0].toUpperCase() + lower.slice(1);
}

const OPENING_MARKS = /^[\s(“"‘'«„[`_*]+/u;
const WORD_EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu;

/**
 * True when the phrase cannot be anyone's name. A name that merely contains such a word ("Chez Nous", "Contact
 * Energy Ltd", "Bürgermeister der Gemeinde Talheim") stays a name.
 */
export function implausibleName(name: string, lex: ControllerLexicon | null): boolean {
  // Markup read as text: an attribute ("target=", "href=\"…\"") or a tag ("<a", "</span>").
  if (/[=<>]/u.test(name)) return true;
  if (!lex) return false;
  const p = patternsOf(lex);
  const text = name.replace(OPENING_MARKS, '').trim();
  const words = text.split(/[\s-]+/u).map((w) => w.replace(WORD_EDGES, '')).filter((w) => w.length > 0);
  if (words.length === 0) return false;
  // "Wer", "Wer wir sind", "Who we are": a question word opening the phrase, written as in running text.
  if (p.question?.test(text) && runningWord(words[0])) return true;
  // "Kontaktieren Sie", "Contact us", "Contactez-nous": an imperative with a pronoun after it, not "Contact Energy Ltd".
  // The verb alone when the run stopped at a lower-case word ("Neem" of "Neem contact met ons op").
  if (p.imperative?.test(text) && runningWord(words[0]) && (words.length === 1 || words.slice(1).some((w) => p.pronoun.has(w.toLowerCase()) && runningWord(w)))) return true;
  // "gem. EU-Datenschutzgrundverordnung", "under the GDPR", "Art. 4 Nr. 7 DSGVO".
  if (p.legalReference?.test(text)) return true;
  // "Informationen zu unserem Verein", "Information about us".
  if (p.headingOpener?.test(text)) return true;
  // "Vorstand des Vereins", "the Board of the association", "le Président de l'association": a role with nothing but
  // generic words after it.
  const bare = text.replace(p.article, '');
  const role = p.roleNoun?.exec(bare);
  if (role) {
    const rest = bare.slice(role[0].length).split(/\s+/u).map((w) => w.replace(WORD_EDGES, '').replace(/^\p{L}['’]/u, '')).filter((w) => w.length > 0);
    // A role alone may be a name's first word ("Bureau 89" read as "Bureau"): only a generic noun after it tells.
    if (rest.some((w) => p.generic.test(w)) && rest.every((w) => p.fillers.has(w.toLowerCase()) || p.generic.test(w))) return true;
    // After an article the role is a noun, not a name's first word: "The President", "Der Vorstand", "Le Président".
    if (bare !== text && rest.length === 0) return true;
  }
  // "siehe Impressum", "Link zum Impressum", "Impressum & Kontakt", "Hier": a page of the site or a link to it, every word
  // a page's or a pointer's, a particle or an article.
  if (p.pageWord && words.every((w) => p.fillers.has(w.toLowerCase()) || p.pageWord!.test(w)) && words.some((w) => p.pageWord!.test(w))) return true;
  // "Tous" of "Tous les traitements …", "Alle" of "Alle Daten …": a determiner alone, as in running text, opens a
  // sentence; an acronym spelled the same ("TOUS") may be a name.
  if (words.length === 1 && p.determiner?.test(words[0]) && runningWord(words[0])) return true;
  // "Applications" of a defined term ("sous le terme « les Applications »"), "Vereins": a generic noun alone, inflected,
  // names no one in particular.
  if (words.length === 1 && p.generic.test(words[0]) && runningWord(words[0])) return true;
  // "Récolte et stockage de vos": a phrase cut off after a possessive or an article is a fragment of a sentence.
  const last = words[words.length - 1];
  if (words.length > 1 && p.pronoun.has(last.toLowerCase()) && last === last.toLowerCase()) return true;
  return false;
}

/**
 * True when the text before a name on its line says who made or hosts the site or wrote its policy ("Webdesign: ",
 * "Réalisation du site : ", "Website by "): the name is the agency's, not the controller's.
 */
export function madeByLine(lineBefore: string, lex: ControllerLexicon | null): boolean {
  if (!lex) return false;
  const maker = patternsOf(lex).maker;
  return !!maker && maker.test(lineBefore);
}

/**
 * The length of a role and its link to an organisation opening the text ("président de l'association …", "Vorsitzender
 * des Musterverein e.V.", "Secretary, Riverside Rowing Club"), or 0: what follows is the organisation the person acts for.
 */
export function roleLead(text: string, lex: ControllerLexicon | null): number {
  if (!lex) return 0;
  return patternsOf(lex).roleLead?.exec(text)?.[0].length ?? 0;
}
