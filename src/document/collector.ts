import type { Block, BlockKind, BlockLink } from './types.js';
import { TextBuilder } from './text-builder.js';
import { unwrapLines } from './unwrap.js';

/** Gathers the blocks a front end (Markdown, HTML, text) produces, in document order. */
export class BlockCollector {
  readonly blocks: Block[] = [];
  private currentSection = -1;

  add(
    kind: BlockKind,
    depth: number,
    builder: TextBuilder,
    links: BlockLink[] = [],
    table?: { cells: { start: number; end: number }[]; header?: string[]; isHeaderRow?: boolean },
  ): Block | null {
    const built = builder.finish();
    const { map } = built;
    if (!/[\p{L}\p{N}@]/u.test(built.text)) return null;
    // Table cells keep their lines: a cell's line ends separate values ("Voornaam⏎Achternaam").
    const text = table ? built.text : unwrapLines(built.text, built.hard);
    // A heading that holds running text ("### (a) Your consent. You are able to remove your consent at any time. You
    // can do this by …") is a paragraph marked up as a heading: its sentences are statements, not a title.
    if (kind === 'heading' && holdsSentences(text)) {
      kind = 'paragraph';
      depth = 0;
    }
    const block: Block = {
      index: this.blocks.length,
      kind,
      depth,
      text,
      map,
      links: links.filter((l) => l.start < text.length),
      section: kind === 'heading' ? this.blocks.length : this.currentSection,
      sentences: [],
    };
    if (table) {
      block.cells = table.cells;
      if (table.header) block.header = table.header;
      if (table.isHeaderRow) block.isHeaderRow = true;
    }
    if (kind === 'heading') this.currentSection = block.index;
    this.blocks.push(block);
    return block;
  }
}

/** Sentence ends inside the text ("consent. You"), not after an abbreviation-like single letter ("Art. 6"). */
const SENTENCE_BREAK = /[\p{Ll})]{2,}[.!?]\s+\p{Lu}\p{Ll}/gu;

/** Running text rather than a title: long, with at least two sentence breaks inside. */
function holdsSentences(text: string): boolean {
  return text.length >= 100 && (text.match(SENTENCE_BREAK)?.length ?? 0) >= 2;
}

/** Builds one table row from its cells: cell texts joined by " | " with each cell's range kept. */
export function buildRow(cellBuilders: TextBuilder[], fallbackOffset: number): { builder: TextBuilder; cells: { start: number; end: number }[] } {
  const row = new TextBuilder();
  const cells: { start: number; end: number }[] = [];
  cellBuilders.forEach((cell, i) => {
    const { text, map } = cell.finish();
    if (i > 0) row.separator(' | ', map[0] ?? fallbackOffset);
    const start = row.length;
    for (let k = 0; k < text.length; k++) row.separator(text[k], map[k]);
    cells.push({ start, end: row.length });
  });
  return { builder: row, cells };
}
