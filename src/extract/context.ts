import type { Evidence, SupportedLanguage } from '../model/types.js';
import type { Block, PolicyDocument, Sentence } from '../document/index.js';
import { spanEvidence, sentenceEvidence, blockEvidence } from '../document/index.js';
import { COMMON, type Topic } from '../lexicon/common.js';
import { wordPattern, test } from '../lexicon/compile.js';
import { isSupportedLanguage } from '../lang/index.js';
import { caselessRegExp } from '../lexicon/caseless.js';

const negationCache = new Map<SupportedLanguage, { negation: RegExp; breaks: RegExp }>();

/** The negation words (each a regex source for one whole word, such as French "n'\p{L}+") and clause breaks of a language, built once. */
function negationTables(lang: SupportedLanguage): { negation: RegExp; breaks: RegExp } {
  let tables = negationCache.get(lang);
  if (!tables) {
    const lex = COMMON[lang];
    tables = { negation: caselessRegExp(`^(?:${lex.negation.join('|')})$`, 'iu'), breaks: wordPattern(lex.clauseBreaks) };
    negationCache.set(lang, tables);
  }
  return tables;
}

/** What every extractor gets: the document, its language and the shared reading helpers. */
export class ExtractContext {
  readonly doc: PolicyDocument;
  /** The lexicon language; null for a language whose lexicons do not exist yet (de, fr). */
  readonly lang: SupportedLanguage | null;
  private topicCache = new Map<number, Set<Topic>>();

  constructor(doc: PolicyDocument) {
    this.doc = doc;
    this.lang = isSupportedLanguage(doc.language) ? doc.language : null;
  }

  span(block: Block, start: number, end: number): Evidence {
    return spanEvidence(this.doc, block, start, end);
  }

  sentence(sentence: Sentence): Evidence {
    return sentenceEvidence(this.doc, sentence);
  }

  block(block: Block): Evidence {
    return blockEvidence(this.doc, block);
  }

  /** Evidence for a phrase at [start, end) of a sentence's text. */
  inSentence(sentence: Sentence, start: number, end: number): Evidence {
    return spanEvidence(this.doc, sentence.block, sentence.start + start, sentence.start + end);
  }

  /** The heading a block falls under (null before the first heading). */
  heading(block: Block): Block | null {
    if (block.kind === 'heading') return block;
    return block.section >= 0 ? this.doc.blocks[block.section] : null;
  }

  /** The headings above a block, nearest first: its own section and every enclosing, higher-level one. */
  headings(block: Block): Block[] {
    const out: Block[] = [];
    let h = this.heading(block);
    const parents = this.headingParents();
    while (h) {
      out.push(h);
      h = parents.get(h) ?? null;
    }
    return out;
  }

  private parents: Map<Block, Block | null> | null = null;

  /**
   * Each heading's parent: the nearest heading before it of a higher level (a smaller depth). One pass with a stack
   * of open headings, so a document of 20 000 headings is not searched back once per heading.
   */
  private headingParents(): Map<Block, Block | null> {
    if (this.parents) return this.parents;
    const parents = new Map<Block, Block | null>();
    const open: Block[] = [];
    for (const b of this.doc.blocks) {
      if (b.kind !== 'heading') continue;
      while (open.length > 0 && open[open.length - 1].depth >= b.depth) open.pop();
      parents.set(b, open[open.length - 1] ?? null);
      open.push(b);
    }
    return (this.parents = parents);
  }

  /** Topics of a heading's own text. */
  headingTopics(heading: Block): Set<Topic> {
    let topics = this.topicCache.get(heading.index);
    if (!topics) {
      topics = new Set();
      if (this.lang) {
        const lexicon = COMMON[this.lang].topics;
        for (const [topic, phrases] of Object.entries(lexicon) as [Topic, string[]][]) {
          if (test(wordPattern(phrases), heading.text)) topics.add(topic);
        }
      }
      this.topicCache.set(heading.index, topics);
    }
    return topics;
  }

  /** True when the block's nearest heading (or, for a heading, itself) is about `topic`. */
  inTopic(block: Block, topic: Topic, deep = false): boolean {
    const hs = this.headings(block);
    if (hs.length === 0) return false;
    return (deep ? hs : hs.slice(0, 1)).some((h) => this.headingTopics(h).has(topic));
  }

  /**
   * The paragraph right before a block that ends in a colon and so introduces it ("Zuständig ist dafür:", "… een klacht
   * in te dienen bij de Gegevensbeschermingsautoriteit:"); null when the block before is a heading or ends otherwise.
   */
  introduction(block: Block): Block | null {
    const before = this.doc.blocks[block.index - 1];
    return before !== undefined && before.kind !== 'heading' && /:\s*$/u.test(before.text) ? before : null;
  }

  /** The blocks under a heading, up to the next heading of the same or a higher level. */
  sectionBlocks(heading: Block): Block[] {
    const out: Block[] = [];
    for (let i = heading.index + 1; i < this.doc.blocks.length; i++) {
      const b = this.doc.blocks[i];
      if (b.kind === 'heading' && b.depth <= heading.depth) break;
      out.push(b);
    }
    return out;
  }

  /**
   * True when a negation word stands in the same clause before [start, end) of `text`, within `window` words
   * and not cut off by a word such as "but" or "alleen".
   */
  negated(text: string, start: number, window = 8): boolean {
    if (!this.lang) return false;
    const { negation, breaks } = negationTables(this.lang);
    const before = text.slice(Math.max(0, start - 300), start);
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), -1) + 1;
    let clause = before.slice(clauseStart);
    let m: RegExpExecArray | null;
    let cut = 0;
    breaks.lastIndex = 0;
    while ((m = breaks.exec(clause))) cut = m.index + m[0].length;
    breaks.lastIndex = 0;
    clause = clause.slice(cut);
    const words = clause.match(/[\p{L}\p{N}'’]+/gu) ?? [];
    for (const w of words.slice(-window)) if (negation.test(w.replace(/’/gu, "'"))) return true;
    return false;
  }
}
