import { parseDocument, isMap, isSeq, isScalar, Scalar, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { BlockCollector } from './collector.js';
import { TextBuilder } from './text-builder.js';
import type { BlockLink } from './types.js';

/**
 * Policy text kept in the front matter instead of the body. Flat-file CMSs store a page built in a rich-text editor
 * as a tree of nodes in YAML (Statamic's Bard, any TipTap/ProseMirror editor: `type: paragraph`, `content: […]`,
 * `type: text`, `text: '…'`), or as long prose in a field (`content: |`). Such a file has an (almost) empty body;
 * its blocks come from the front matter, each character mapped to its place in the file.
 */

/** A body with fewer letters than this is empty for this purpose (a shortcode, a partial, a stray heading). */
const SPARSE_BODY_LETTERS = 300;
/** A prose field: at least this many letters, and at least one sentence end. */
const PROSE_FIELD_LETTERS = 150;

/** The ProseMirror node types (TipTap's camelCase, ProseMirror's snake_case) that make a block of their own. */
const LIST_TYPES = new Set(['bulletList', 'orderedList', 'bullet_list', 'ordered_list']);
const PARAGRAPH_TYPES = new Set(['paragraph']);
const ROW_TYPES = new Set(['tableRow', 'table_row']);

const LETTER = /\p{L}/gu;
const SENTENCE_END = /\p{L}[.!?:](?:\s|$)/u;

export function bodyIsSparse(body: string): boolean {
  // Markup and shortcodes are not letters a reader sees; counting them anyway only errs towards the body.
  const letters = body.replace(/\{\{[^}]*\}\}|\{%[^%]*%\}|<[^>]*>/gu, ' ').match(LETTER);
  return (letters?.length ?? 0) < SPARSE_BODY_LETTERS;
}

/**
 * Adds the blocks held in YAML front matter. `yaml` is the text between the fences exactly as it stands in the file
 * (so scalar ranges are file offsets once `base` is added).
 */
export function readFrontMatterContent(yaml: string, base: number, file: string, collector: BlockCollector): void {
  // A CR in the YAML would shift the parser's ranges against the file's; such files are left as they are.
  if (yaml.includes('\r')) return;
  const doc = parseDocument(yaml, { logLevel: 'silent', keepSourceTokens: false });
  if (doc.errors.length > 0 || !doc.contents) return;

  const scalarText = (node: unknown): Scalar | null => (isScalar(node) && typeof node.value === 'string' && node.range ? node : null);

  /** Appends a scalar's string value, aligned to its source range. */
  const appendScalar = (builder: TextBuilder, scalar: Scalar): void => {
    const [start, , end] = scalar.range!;
    builder.append(String(scalar.value), file, base + start, base + end);
  };

  /** The inline content of a rich-text block: text nodes (with link marks) and hard breaks. */
  const inline = (content: unknown, builder: TextBuilder, links: BlockLink[]): void => {
    if (!isSeq(content)) return;
    for (const item of content.items) {
      if (!isMap(item)) continue;
      const type = item.get('type');
      if (type === 'hardBreak' || type === 'hard_break') {
        const at = item.range ? base + item.range[0] : 0;
        builder.hardBreak(at);
        continue;
      }
      const text = scalarText(item.get('text', true));
      if (type === 'text' && text) {
        const start = builder.length;
        appendScalar(builder, text);
        const href = linkOf(item);
        if (href) links.push({ start, end: builder.length, url: href });
        continue;
      }
      // Inline wrappers some editors nest (a `span`, a mention): their own content.
      inline(item.get('content', true), builder, links);
    }
  };

  const block = (node: YAMLMap, listDepth: number): void => {
    const type = node.get('type');
    const content = node.get('content', true);
    if (type === 'heading') {
      const level = Number((node.get('attrs') as YAMLMap | undefined)?.get?.('level')) || 2;
      addInline('heading', Math.min(Math.max(level, 1), 6), content);
    } else if (typeof type === 'string' && PARAGRAPH_TYPES.has(type)) {
      addInline(listDepth > 0 ? 'listItem' : 'paragraph', listDepth, content);
    } else if (typeof type === 'string' && LIST_TYPES.has(type)) {
      children(content, listDepth + 1);
    } else if (typeof type === 'string' && ROW_TYPES.has(type)) {
      const builder = new TextBuilder();
      const links: BlockLink[] = [];
      let first = true;
      if (isSeq(content)) {
        for (const cell of content.items) {
          if (!isMap(cell)) continue;
          if (!first) builder.separator(' | ', cell.range ? base + cell.range[0] : 0);
          first = false;
          const paragraphs = cell.get('content', true);
          if (isSeq(paragraphs)) for (const p of paragraphs.items) if (isMap(p)) inline(p.get('content', true), builder, links);
        }
      }
      collector.add('paragraph', 0, builder, links);
    } else {
      // List items, quotes, tables, Bard's sets and any wrapper: their children, in order.
      children(content, listDepth);
    }
  };

  const addInline = (kind: 'heading' | 'paragraph' | 'listItem', depth: number, content: unknown): void => {
    const builder = new TextBuilder();
    const links: BlockLink[] = [];
    inline(content, builder, links);
    collector.add(kind, depth, builder, links);
  };

  const children = (content: unknown, listDepth: number): void => {
    if (!isSeq(content)) return;
    for (const item of content.items) if (isMap(item)) block(item, listDepth);
  };

  /** Walks the front matter in document order: rich-text trees become blocks, prose fields become paragraphs. */
  const visit = (node: YamlNode | null | undefined, key: string | null): void => {
    if (!node) return;
    if (isMap(node)) {
      if (isRichTextNode(node)) {
        block(node, 0);
        return;
      }
      for (const pair of node.items) visit(pair.value as YamlNode, isScalar(pair.key) ? String(pair.key.value) : null);
      return;
    }
    if (isSeq(node)) {
      for (const item of node.items) visit(item as YamlNode, key);
      return;
    }
    const scalar = scalarText(node);
    if (scalar && key !== null && !METADATA_KEYS.test(key) && isProse(String(scalar.value))) proseField(scalar);
  };

  /** A prose field: paragraphs split at blank lines, each aligned to the file. */
  const proseField = (scalar: Scalar): void => {
    const value = String(scalar.value);
    const [start, , end] = scalar.range!;
    let from = base + start;
    for (const paragraph of value.split(/\n[ \t]*\n/u)) {
      const builder = new TextBuilder();
      const at = file.indexOf(paragraph.slice(0, 20), from);
      const pStart = at >= 0 && at < base + end ? at : from;
      builder.append(paragraph, file, pStart, base + end);
      collector.add('paragraph', 0, builder, []);
      from = pStart + Math.min(paragraph.length, 1);
    }
  };

  visit(doc.contents as YamlNode, null);
}

/** Keys whose value describes the page rather than being its text (search snippets, ids, templates). */
const METADATA_KEYS = /^(?:id|uuid|slug|url|permalink|template|layout|blueprint|title|seo_\w+|meta_\w+|og_\w+|twitter_\w+|description|excerpt|summary|image|alt)$/iu;

function isProse(value: string): boolean {
  if (/^\s*</u.test(value)) return false;
  return (value.match(LETTER)?.length ?? 0) >= PROSE_FIELD_LETTERS && SENTENCE_END.test(value);
}

/**
 * A ProseMirror-style node: a `type` and a `content` list (a document, a paragraph, a list) or a text node with its
 * string. A page-builder component that is itself of type `text` and holds the rich text in its `text` field
 * (Statamic: `{ id, type: text, text: [ …nodes ] }`) is a container, not a text node.
 */
function isRichTextNode(node: YAMLMap): boolean {
  const type = node.get('type');
  if (typeof type !== 'string' || !/^[a-z][A-Za-z_]*$/u.test(type)) return false;
  return isSeq(node.get('content', true)) || (type === 'text' && typeof node.get('text') === 'string');
}

function linkOf(textNode: YAMLMap): string | null {
  const marks = textNode.get('marks', true);
  if (!isSeq(marks)) return null;
  for (const mark of marks.items) {
    if (!isMap(mark) || mark.get('type') !== 'link') continue;
    const attrs = mark.get('attrs', true);
    const href = isMap(attrs) ? attrs.get('href') : null;
    if (typeof href === 'string') return href;
  }
  return null;
}
