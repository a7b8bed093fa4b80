import type { Evidence, Language } from '../model/types.js';
import { foldWhitespace, type SourceText } from './source.js';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow';
export type DocumentFormat = 'markdown' | 'text' | 'html';

/** A link inside a block: its text range in `Block.text` and its target. */
export interface BlockLink {
  start: number;
  end: number;
  url: string;
}

/** A unit of reading: a heading, a paragraph, one list item or one table row. */
export interface Block {
  index: number;
  kind: BlockKind;
  /** Heading level (1–6; 7 for a bold-only or plain-text heading line); nesting depth for list items; 0 otherwise. */
  depth: number;
  /** Plain text as a reader sees it: markup removed, white space folded ('\n' kept for hard line ends). */
  text: string;
  /** Offset in the original file of every character of `text`. */
  map: number[];
  links: BlockLink[];
  /** Table rows: the range of each cell in `text`. */
  cells?: { start: number; end: number }[];
  /** Table rows: the header cells of the table the row belongs to (also set on the header row itself). */
  header?: string[];
  isHeaderRow?: boolean;
  /** Index of the heading block this block falls under; -1 before the first heading. */
  section: number;
  sentences: Sentence[];
}

/** A sentence (or line of a line-broken block such as an address) inside a block. */
export interface Sentence {
  index: number;
  block: Block;
  /** Range in `block.text`. */
  start: number;
  end: number;
  text: string;
}

export interface PolicyDocument {
  path: string;
  format: DocumentFormat;
  source: SourceText;
  language: Language;
  frontMatter: Record<string, unknown> | null;
  title: string | null;
  /** Date from front matter (ISO YYYY-MM-DD), if any. */
  date: string | null;
  blocks: Block[];
  sentences: Sentence[];
  /** Problems worth telling the user that do not stop parsing (an unsupported language, for example). */
  warnings: string[];
}

/**
 * The evidence for `block.text.slice(start, end)`: its position in the original file, and its text as a reader sees
 * it (markup such as `**`, `_` or `<br>` left out, character references decoded, white space folded).
 */
export function spanEvidence(doc: PolicyDocument, block: Block, start: number, end: number): Evidence {
  const from = block.map[Math.max(0, Math.min(start, block.map.length - 1))];
  const last = block.map[Math.max(0, Math.min(end - 1, block.map.length - 1))];
  const evidence = doc.source.evidence(from, Math.max(from, last) + 1);
  const text = foldWhitespace(block.text.slice(Math.max(0, start), Math.max(start, end)));
  return text ? { ...evidence, text } : evidence;
}

const SENTENCE_EVIDENCE = new WeakMap<Sentence, Evidence>();

/** The evidence of a whole sentence, built once per sentence: every fact read from it shares its quote. */
export function sentenceEvidence(doc: PolicyDocument, sentence: Sentence): Evidence {
  let evidence = SENTENCE_EVIDENCE.get(sentence);
  if (!evidence) SENTENCE_EVIDENCE.set(sentence, (evidence = spanEvidence(doc, sentence.block, sentence.start, sentence.end)));
  return { ...evidence };
}

export function blockEvidence(doc: PolicyDocument, block: Block): Evidence {
  return spanEvidence(doc, block, 0, block.text.length);
}

/** True when `e` shares a stretch of a line with one of `others` (the same sentence, or a phrase of it). */
export function overlapsAny(e: Evidence, others: readonly Evidence[]): boolean {
  return others.some((v) => v.line === e.line && v.column <= e.column + e.text.length && e.column <= v.column + v.text.length);
}
