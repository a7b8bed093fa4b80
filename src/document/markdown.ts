import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parents, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { TextBuilder } from './text-builder.js';
import { readPlainText } from './plain-text.js';
import { readHtmlTree } from './html.js';
import type { Root as HastRoot } from 'hast';
import { BlockCollector, buildRow } from './collector.js';
import type { BlockLink } from './types.js';
import { bodyIsSparse, readFrontMatterContent } from './front-matter-content.js';
import { parseFrontMatter, type FrontMatter } from './front-matter.js';

/** Signs that text is program code, not prose: braces, assignments, tags, arrows, statement ends. */
const CODE_SIGNS = /[{}<>=]|=>|;\s*$|^\s*(?:\$|#include|import|function|def|const|let|var|return)\s/mu;

const isBreak = (node: PhrasingContent): boolean => node.type === 'break' || (node.type === 'html' && /^<br\s*\/?>$/iu.test(node.value));
const isBlank = (node: PhrasingContent): boolean => node.type === 'text' && !/\S/u.test(node.value);

/** A paragraph's content cut where two line breaks follow each other (white space between them aside). */
function splitAtDoubleBreaks(children: PhrasingContent[]): PhrasingContent[][] {
  const parts: PhrasingContent[][] = [];
  let current: PhrasingContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (isBreak(c)) {
      let j = i + 1;
      while (j < children.length && isBlank(children[j])) j++;
      if (j < children.length && isBreak(children[j])) {
        while (j + 1 < children.length && (isBreak(children[j + 1]) || isBlank(children[j + 1]))) j++;
        if (current.some((n) => !isBlank(n) && !isBreak(n))) parts.push(current);
        current = [];
        i = j;
        continue;
      }
    }
    current.push(c);
  }
  if (current.some((n) => !isBlank(n) && !isBreak(n))) parts.push(current);
  return parts.length ? parts : [children];
}

/**
 * A line of a paragraph that starts with a bullet glyph Markdown does not know ("\t•\tAuskunft …", pasted from a word
 * processor) or with an escaped list marker ("\\- die Empfänger …", HTML converted to Markdown): the paragraph is a
 * lead-in and its list, read as plain text is.
 */
const GLYPH_ITEM_LINE = /^[ \t]*(?:[•·▪◦‣∙●○■□]|\\[-*+])[ \t]+\S/mu;

/** Text worth reading between the tags of an HTML block: a few words, not only white space or punctuation. */
const HTML_TEXT = /\p{L}{2,}[^<>]*\s\p{L}{2,}/u;

/** Block-level HTML tags: a page's structure, not an inline snippet shown as an example. */
const HTML_BLOCK_TAG = /<(?:p|h[1-6]|li|ul|ol|div|section|article|table|tr|td|th|dl|dt|dd|blockquote|address)\b[^>]*>/iu;

/** An indented code block (no fence) that is HTML markup of a page: it opens with a tag, holds block-level tags, and
 * has words between its tags. */
function isIndentedHtml(raw: string): boolean {
  return /^[ \t]+<\/?[A-Za-z]/u.test(raw) && HTML_BLOCK_TAG.test(raw) && HTML_TEXT.test(raw.replace(/<[^>]*>/gu, ' '));
}

const plainProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
const gfmProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

/** True when a line is a GFM table delimiter row (| --- | :-: |): only pipes, dashes, colons and blanks. */
function hasTableDelimiter(text: string): boolean {
  for (const line of text.split(/\r\n|\r|\n/u)) {
    if (line.includes('|') && line.includes('-') && /^[\s|:-]+$/u.test(line)) return true;
  }
  return false;
}

/**
 * GFM roughly doubles parsing time, and policies need it only for tables (our own readers find e-mail addresses
 * and URLs in plain text), so it is switched on only when the text has a table delimiter row.
 */
function processorFor(text: string) {
  return hasTableDelimiter(text) ? gfmProcessor : plainProcessor;
}

export interface MarkdownResult {
  collector: BlockCollector;
  frontMatter: FrontMatter | null;
}

/** The text with the blockquote markers ('>') of a range's lines blanked, same length so every offset stays. */
function withoutQuoteMarkers(text: string, range: { start: number; end: number }): string {
  const inner = text.slice(range.start, range.end);
  if (!inner.includes('>')) return text;
  return text.slice(0, range.start) + inner.replace(/^([ \t]*)>/gmu, '$1 ') + text.slice(range.end);
}

/** The text inside a code block: all of an indented one, the lines between the fences of a fenced one. */
function codeContent(text: string, start: number, end: number): { start: number; end: number } | null {
  const head = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n/u.exec(text.slice(start, end));
  if (!head) return /^[ \t]/u.test(text.slice(start, start + 1)) ? { start, end } : null;
  const inner = start + head[0].length;
  const close = text.lastIndexOf('\n', end - 1);
  const closing = close >= inner && new RegExp(`^[ \\t]{0,3}${head[1][0] === '`' ? '`' : '~'}{${head[1].length},}[ \\t]*$`, 'u').test(text.slice(close + 1, end));
  const innerEnd = closing ? close : end;
  return innerEnd > inner ? { start: inner, end: innerEnd } : null;
}

/**
 * Markdown (CommonMark + GFM tables, YAML or TOML front matter) to blocks with original offsets. With `parseHtml`,
 * HTML blocks that hold text (pages exported to Markdown keep <div>, <p> and <ul> as they were) are read as HTML.
 */
export function readMarkdown(path: string, text: string, parseHtml?: (html: string) => HastRoot): MarkdownResult {
  const tree = processorFor(text).parse(text) as Root;
  const collector = new BlockCollector();
  let frontMatter: FrontMatter | null = null;

  const offsetOf = (node: Nodes, side: 'start' | 'end'): number => node.position?.[side].offset ?? 0;

  // Two backslashes closing a line are kramdown's (Jekyll's) line break ("École Montessori de Melun\\⏎Association loi
  // 1901\\⏎…"), which CommonMark reads as an escaped backslash: the backslash left is dropped and the line end kept hard.
  const textWithBreaks = (value: string, start: number, end: number, builder: TextBuilder): void => {
    const pieces = value.includes('\\\n') ? value.split('\\\n') : null;
    const breaks = pieces ? [...text.slice(start, end).matchAll(/\\\\[ \t]*(?=\r?\n)/gu)] : [];
    if (!pieces || breaks.length !== pieces.length - 1) {
      builder.append(value, text, start, end);
      return;
    }
    let from = start;
    for (const [k, piece] of pieces.entries()) {
      const to = k < breaks.length ? start + breaks[k].index! : end;
      builder.append(piece, text, from, to);
      if (k < breaks.length) {
        builder.hardBreak(to);
        from = to + breaks[k][0].length;
      }
    }
  };

  const inline = (nodes: PhrasingContent[], builder: TextBuilder, links: BlockLink[]): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          textWithBreaks(node.value, offsetOf(node, 'start'), offsetOf(node, 'end'), builder);
          break;
        case 'inlineCode':
          builder.append(node.value, text, offsetOf(node, 'start'), offsetOf(node, 'end'));
          break;
        case 'break':
          builder.hardBreak(offsetOf(node, 'start'));
          break;
        case 'html':
          // A <br> is the only way to break a line inside a Markdown table cell.
          if (/^<br\s*\/?>$/iu.test(node.value)) builder.hardBreak(offsetOf(node, 'start'));
          break;
        case 'link': {
          const start = builder.length;
          inline(node.children, builder, links);
          links.push({ start, end: builder.length, url: node.url });
          break;
        }
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'linkReference':
          inline(node.children, builder, links);
          break;
        default:
          // Images, inline HTML (comments, tags) and footnote references carry no policy text.
          break;
      }
    }
  };

  /** A paragraph that is only bold or italic text reads as a heading ("**Cookies**"). */
  const isEmphasisHeading = (children: PhrasingContent[]): boolean => {
    // Zero-width characters and blanks around the bold text do not count.
    const meaningful = children.filter((c) => !(c.type === 'text' && c.value.replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '') === '') && !isBreak(c));
    if (meaningful.length !== 1) return false;
    const only = meaningful[0];
    if (only.type !== 'strong' && only.type !== 'emphasis') return false;
    const end = offsetOf(only, 'end') - offsetOf(only, 'start');
    return end < 140;
  };

  /**
   * A short capitalised line without closing punctuation, ended by a hard break and followed by a long text,
   * reads as a heading even when its bold markers are broken ("International transfers  ⏎ In managing …").
   */
  /** The part after a hard break is running text (long enough not to be an address card's next line). */
  const restIsText = (children: PhrasingContent[], breakAt: number): boolean =>
    offsetOf(children[children.length - 1], 'end') - offsetOf(children[breakAt], 'end') > 60;

  /**
   * After the first line, two or more short lines (a street, a town, an e-mail): an address card ("Tim Muster\⏎
   * Klingenstr. 22, 04229 Leipzig\⏎E-Mail: …"), whose first line is a name, not a heading.
   */
  const restIsCard = (children: PhrasingContent[], breakAt: number): boolean => {
    const lines: number[] = [];
    let from = breakAt + 1;
    for (let i = from; i <= children.length; i++) {
      if (i < children.length && !isBreak(children[i])) continue;
      if (i > from) lines.push(offsetOf(children[i - 1], 'end') - offsetOf(children[from], 'start'));
      from = i + 1;
    }
    return lines.length >= 2 && lines.every((n) => n <= 80);
  };

  const isHeadingLine = (children: PhrasingContent[], breakAt: number): boolean => {
    const first = children.slice(0, breakAt);
    if (!first.every((c) => c.type === 'text' || c.type === 'strong' || c.type === 'emphasis')) return false;
    const head = text.slice(offsetOf(first[0], 'start'), offsetOf(first[first.length - 1], 'end')).replace(/[*_\s\u200B-\u200D]+/gu, ' ').trim();
    return head.length >= 3 && head.length <= 80 && /^\p{Lu}/u.test(head) && !/[.,;:!]$|@|\d{3}/u.test(head);
  };

  /** A code block (indented, or fenced without a language) whose text reads as prose: words and punctuation, none of code's signs. */
  const isProseCode = (lang: string | null | undefined, start: number, end: number): boolean => {
    if (lang) return false;
    // Inside a blockquote every line carries its '>' marker; it is no sign of code.
    const body = text.slice(start, end).replace(/^[ \t]*>/gmu, '');
    if (CODE_SIGNS.test(body)) return false;
    const plain = (body.match(/[\p{L}\p{N}\s.,;:'’"“”()!?@&/+-]/gu) ?? []).length;
    return plain >= body.length * 0.95 && (body.match(/\p{L}{2,}/gu) ?? []).length >= 4;
  };

  const table = (node: Table): void => {
    let header: string[] | undefined;
    node.children.forEach((row, rowIndex) => {
      const cellLinks: BlockLink[][] = [];
      const cellBuilders = row.children.map((cell) => {
        const b = new TextBuilder();
        const links: BlockLink[] = [];
        inline(cell.children, b, links);
        cellLinks.push(links);
        return b;
      });
      const { builder, cells } = buildRow(cellBuilders, offsetOf(row, 'start'));
      // Link ranges were taken per cell; move them to the row's text.
      const links = cellLinks.flatMap((list, i) =>
        list.map((l) => ({ start: l.start + cells[i].start, end: l.end + cells[i].start, url: l.url })),
      );
      const block = collector.add('tableRow', 0, builder, links, { cells, header, isHeaderRow: rowIndex === 0 });
      if (block && rowIndex === 0) {
        header = cells.map((c) => block.text.slice(c.start, c.end));
        block.header = header;
      }
    });
  };

  // The tree is walked with a stack of its own, not by recursion: 4 000 nested quotes or list levels would overflow
  // the call stack. A node's children are read right after it, in order, as a recursive walk would read them.
  type Frame = [node: RootContent | Root, listDepth: number, inListItem: boolean];
  let pending: Frame[] = [];
  const walk = (node: RootContent | Root, listDepth: number, inListItem: boolean): void => {
    pending.push([node, listDepth, inListItem]);
  };
  const visit = (node: RootContent | Root, listDepth: number, inListItem: boolean): void => {
    // remark-frontmatter's TOML node is not in mdast's own type list.
    const type = node.type as string;
    if (type === 'yaml' || type === 'toml') {
      const value = (node as unknown as { value: string }).value;
      if (!frontMatter) {
        frontMatter = parseFrontMatter(path, type, value, offsetOf(node, 'start'), text);
        const base = text.indexOf(value, offsetOf(node, 'start'));
        if (type === 'yaml' && base >= 0 && bodyIsSparse(text.slice(offsetOf(node, 'end')))) readFrontMatterContent(value, base, text, collector);
      }
      return;
    }
    switch (node.type) {
      case 'heading': {
        const b = new TextBuilder();
        const links: BlockLink[] = [];
        inline(node.children, b, links);
        collector.add('heading', node.depth, b, links);
        return;
      }
      case 'paragraph': {
        // "…tekst.<br><br>**Kop**<br>tekst…": two breaks in a row end a paragraph, as a blank line would.
        const parts = splitAtDoubleBreaks(node.children);
        if (parts.length > 1) {
          for (const children of parts) walk({ type: 'paragraph', children }, listDepth, inListItem);
          return;
        }
        if (!inListItem && node.children.every((c) => c.type === 'text' || c.type === 'break')) {
          const start = offsetOf(node, 'start');
          const end = offsetOf(node, 'end');
          const item = GLYPH_ITEM_LINE.exec(text.slice(start, end));
          if (item && !/^[ \t]*>/mu.test(text.slice(start, end))) {
            // The lines before the first item lead in to the list (none when the paragraph opens with an item).
            const cut = start + item.index;
            if (cut > start) {
              const lead = new TextBuilder();
              lead.append(text.slice(start, cut - 1), text, start, cut - 1);
              collector.add('paragraph', 0, lead, []);
            }
            readPlainText(text, { start: cut, end }, collector);
            return;
          }
        }
        const b = new TextBuilder();
        const links: BlockLink[] = [];
        inline(node.children, b, links);
        if (!inListItem && isEmphasisHeading(node.children)) {
          collector.add('heading', 7, b, links);
          return;
        }
        // "**Heading**" followed by a hard line break and the text of its section, all in one paragraph.
        const firstBreak = node.children.findIndex(isBreak);
        // A plain (not bold) first line counts only before a Markdown hard break: "DWH<br>Lange Geer 22" is an address card.
        const plainHead = firstBreak > 0 && node.children[firstBreak].type === 'break' && isHeadingLine(node.children, firstBreak) && !restIsCard(node.children, firstBreak);
        if (!inListItem && firstBreak > 0 && restIsText(node.children, firstBreak) && (isEmphasisHeading(node.children.slice(0, firstBreak)) || plainHead)) {
          b.finish();
          const head = new TextBuilder();
          const headLinks: BlockLink[] = [];
          inline(node.children.slice(0, firstBreak), head, headLinks);
          collector.add('heading', 7, head, headLinks);
          const rest = new TextBuilder();
          const restLinks: BlockLink[] = [];
          inline(node.children.slice(firstBreak + 1), rest, restLinks);
          collector.add('paragraph', 0, rest, restLinks);
          return;
        }
        // Site builders (Webflow and the like) export "**Heading  ⏎ \u200D**Text…": the bold run holds the heading, a
        // hard break and only invisible characters after it.
        const lead = node.children[0];
        if (!inListItem && lead && (lead.type === 'strong' || lead.type === 'emphasis') && node.children.length > 1) {
          const inner = lead.children.findIndex((c) => c.type === 'break');
          const trailing = inner > 0 ? lead.children.slice(inner + 1) : [];
          const invisible = trailing.every((c) => c.type === 'break' || (c.type === 'text' && c.value.replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '') === ''));
          if (inner > 0 && invisible) {
            b.finish();
            const head = new TextBuilder();
            const headLinks: BlockLink[] = [];
            inline(lead.children.slice(0, inner), head, headLinks);
            collector.add('heading', 7, head, headLinks);
            const rest = new TextBuilder();
            const restLinks: BlockLink[] = [];
            inline(node.children.slice(1), rest, restLinks);
            collector.add('paragraph', 0, rest, restLinks);
            return;
          }
        }
        // "**5. Content of register⏎**Frank's customer register …": bold opened on a line of its own and never closed
        // there (the parser leaves the markers as text): that line heads the text after it.
        // A bold run the parser closed ("**Wir löschen … (grundsätzlich 4⏎Jahre) … gelöscht.**") is one paragraph: only
        // markers left as text open such a heading line.
        if (!inListItem && lead?.type === 'text') {
          const { text: built, firstOffset } = b.peek();
          const nl = built.indexOf('\n');
          const head = nl > 0 ? built.slice(0, nl).trim() : '';
          if (
            head &&
            /(?:\*\*|__)$/u.test(text.slice(Math.max(0, firstOffset - 2), firstOffset)) &&
            !/\*\*|__/u.test(text.slice(firstOffset, b.peekOffset(nl))) &&
            head.length >= 3 && head.length <= 80 && /^[\p{Lu}\p{N}]/u.test(head) && !/[.,;:!?]$/u.test(head) &&
            built.length - nl > 60 && !links.some((l) => l.start < nl)
          ) {
            const rest = b.splitOff(nl + 1);
            collector.add('heading', 7, b, []);
            collector.add('paragraph', 0, rest, links.map((l) => ({ ...l, start: l.start - nl - 1, end: l.end - nl - 1 })));
            return;
          }
        }
        collector.add(inListItem ? 'listItem' : 'paragraph', inListItem ? listDepth : 0, b, links);
        return;
      }
      case 'table':
        table(node);
        return;
      case 'list':
        for (const item of node.children) walk(item, listDepth + 1, true);
        return;
      case 'html': {
        const start = offsetOf(node, 'start');
        const end = offsetOf(node, 'end');
        // The value is the file's own text unless a container (a list, a quote) took its prefixes off.
        if (parseHtml && node.value === text.slice(start, end) && HTML_TEXT.test(node.value.replace(/<[^>]*>/gu, ' '))) {
          readHtmlTree(parseHtml(node.value), text, collector, { insideContent: false, base: start });
        }
        return;
      }
      case 'code': {
        const start = offsetOf(node, 'start');
        const end = offsetOf(node, 'end');
        // A page written as nested, indented HTML in a Markdown file: after a blank line CommonMark reads the indented
        // tags that follow (<p>, <h2> under a <div>) as a code block. They are the page's text, read as HTML.
        if (parseHtml && !node.lang && isIndentedHtml(text.slice(start, end))) {
          readHtmlTree(parseHtml(text.slice(start, end)), text, collector, { insideContent: false, base: start });
          return;
        }
        // Exported sites indent whole paragraphs (and contact details) by four spaces, which CommonMark reads as code;
        // some authors fence an address card in ``` to keep its lines.
        const range = codeContent(text, start, end);
        if (range && isProseCode(node.lang, range.start, range.end)) readPlainText(withoutQuoteMarkers(text, range), range, collector);
        return;
      }
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        if ('children' in node) for (const child of (node as Parents).children) walk(child as RootContent, listDepth, inListItem);
    }
  };

  const stack: Frame[] = [[tree, 0, false]];
  while (stack.length > 0) {
    pending = [];
    visit(...stack.pop()!);
    for (let i = pending.length - 1; i >= 0; i--) stack.push(pending[i]);
  }
  return { collector, frontMatter };
}
