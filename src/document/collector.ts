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
