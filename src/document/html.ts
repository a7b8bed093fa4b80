import { flattenDeepHtml } from './flatten-html.js';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { TextBuilder } from './text-builder.js';
import { BlockCollector, buildRow } from './collector.js';
import type { BlockKind, BlockLink } from './types.js';

/** Elements that carry no policy text for a reader. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed',
  'nav', 'form', 'button', 'select', 'option', 'textarea', 'input', 'dialog', 'menu',
]);

/** Elements that start a new block of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'ul', 'center',
]);

/** ids and classes of cookie banners and consent pop-ups, which are not part of the policy. */
const BANNER = /(?:^|[\s_-])(?:cookie[-_]?(?:banner|bar|notice|popup|pop-up|modal|consent|wall|law|melding)|cookieconsent|cc-window|cc-banner|consent[-_]?(?:banner|manager|popup|modal)|cookiebot|onetrust|gdpr[-_]?(?:banner|popup)|cmp[-_]?(?:banner|container))(?:$|[\s_-])/iu;

export interface HtmlResult {
  collector: BlockCollector;
  title: string | null;
  lang: string | null;
}

function attr(node: Element, name: string): string {
  const v = node.properties?.[name];
  if (Array.isArray(v)) return v.join(' ');
  return v === undefined || v === null ? '' : String(v);
}

/**
 * Where an inline element points: a link's href, or the encoded address of a CDN's e-mail protection
 * (`<span data-cfemail="…">[email protected]</span>`), kept as the link target the CDN itself would use.
 */
function linkTarget(node: Element): string {
  const encoded = attr(node, 'dataCfemail');
  if (encoded) return `/cdn-cgi/l/email-protection#${encoded}`;
  return node.tagName === 'a' ? attr(node, 'href') : '';
}

/**
 * Site chrome built from <div>s, named by its id or a class: the site's header, menu, sidebar, breadcrumbs and
 * footer. Whole tokens only, and only site-level names: `page-header` and `entry-header` often hold the policy's
 * own title, so they are not chrome.
 */
const CHROME_NAME = /^(?:(?:site|global|main|top|primary)[-_]?)?(?:header|masthead|footer|nav|navbar|navigation|menu|menubar|sidebar|topbar|top-bar|breadcrumbs?|skip-?link|skip-to-content)$|^(?:footer|sidebar|menu|nav)[-_](?:wrap(?:per)?|container|area|inner|widgets?|menu|bar|links|bottom|top|main)$/iu;

/** ARIA landmarks of the page around the content; `navigation` and `search` are never policy text. */
const ROLE_ALWAYS = new Set(['navigation', 'search', 'menubar', 'menu']);
const ROLE_OUTSIDE = new Set(['banner', 'contentinfo', 'complementary']);

/** Page chrome: always (a menu, a search box), or only outside the policy's own <main>/<article> (header, footer, sidebar). */
function isChrome(node: Element, insideContent: boolean): boolean {
  const role = attr(node, 'role').toLowerCase();
  if (ROLE_ALWAYS.has(role)) return true;
  if (insideContent) return false;
  if (ROLE_OUTSIDE.has(role)) return true;
  const tokens = `${attr(node, 'id')} ${attr(node, 'className')}`.split(/\s+/u);
  return tokens.some((t) => t !== '' && CHROME_NAME.test(t));
}

/** Words in a paragraph of this element, outside its menus: twelve or more make it prose, not chrome. */
const PROSE_WORDS = 12;
function holdsProse(node: Element): boolean {
  const words = (n: ElementContent): number => {
    if (n.type === 'text') return (n.value.match(/\p{L}{2,}/gu) ?? []).length;
    if (n.type !== 'element' || n.tagName === 'nav' || n.tagName === 'ul' || isChrome(n, false)) return 0;
    return n.children.reduce((sum, c) => sum + words(c), 0);
  };
  const paragraphs = (n: ElementContent): boolean => {
    if (n.type !== 'element' || n.tagName === 'nav' || isChrome(n, false)) return false;
    if (n.tagName === 'p') return words(n) >= PROSE_WORDS;
    return n.children.some(paragraphs);
  };
  return node.children.some(paragraphs);
}

function isBanner(node: Element): boolean {
  const label = `${attr(node, 'id')} ${attr(node, 'className')}`;
  return BANNER.test(label) || (attr(node, 'role') === 'dialog' && /cookie/iu.test(label));
}

/** Every element named `name` ('*' for all), in document order. */
function findAll(node: Root | Element, name: string, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type === 'element') {
      if (name === '*' || child.tagName === name) out.push(child);
      findAll(child, name, out);
    }
  }
  return out;
}

/** Inline elements whose content can carry the line breaks of a whole text (Word and CMS exports wrap all in <span>). */
const TRANSPARENT = new Set(['span', 'font', 'em', 'i', 'u', 'small', 'big', 'mark', 'b', 'strong']);

/** True when a node is a <br> or an inline element holding one. */
function holdsBreak(node: ElementContent | RootContent): boolean {
  if (node.type !== 'element') return false;
  if (node.tagName === 'br') return true;
  return !BLOCKS.has(node.tagName) && node.tagName !== 'a' && node.children.some(holdsBreak);
}

/** The inline content of a block with wrapping inline elements that hold breaks opened up, so the breaks are at the top. */
function flattenLines(nodes: ElementContent[], out: ElementContent[] = []): ElementContent[] {
  for (const n of nodes) {
    if (n.type === 'element' && n.tagName !== 'br' && TRANSPARENT.has(n.tagName) && n.children.some(holdsBreak)) flattenLines(n.children, out);
    else out.push(n);
  }
  return out;
}

function lineText(nodes: ElementContent[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? lineText(n.children) : '')).join('');
}

/** A line that is only bold text, short and capitalised, without a sentence's closing punctuation: a heading. */
function boldLine(nodes: ElementContent[]): boolean {
  const meaningful = nodes.filter((n) => !(n.type === 'comment' || (n.type === 'text' && !/[^\s\u200B-\u200D\u2060\uFEFF]/u.test(n.value))));
  if (meaningful.length !== 1) return false;
  const only = meaningful[0];
  if (only.type !== 'element' || !['b', 'strong'].includes(only.tagName)) return false;
  const t = lineText([only]).replace(/\s+/gu, ' ').trim();
  return t.length >= 3 && t.length <= 100 && /^[\p{Lu}\p{N}]/u.test(t) && !/[.,;]$/u.test(t) && !/@/u.test(t);
}

/** HTML to blocks: the policy text only (the <main> or single <article> when there is one), with original offsets. */
export async function readHtml(text: string): Promise<HtmlResult> {
  const parse = await htmlParser();
  // Wrappers thousands of levels deep are flattened first (same offsets): the tree builder recurses per level.
  const tree = parse(flattenDeepHtml(text));
  const collector = new BlockCollector();

  // The page's own <h1> names the policy; <title> usually adds the site name ("Privacy | Example"), cut off here.
  const h1 = findAll(tree, 'h1')[0];
  const titleEl = findAll(tree, 'title')[0];
  const fromH1 = h1 ? textOf(h1).replace(/\s+/gu, ' ').trim() : '';
  const fromTitle = titleEl ? textOf(titleEl).replace(/\s+/gu, ' ').trim().replace(/\s+[|–—·-]\s+[^|–—·]*$/u, '') : '';
  const title = fromH1 || fromTitle || null;
  const htmlEl = findAll(tree, 'html')[0];
  const lang = htmlEl ? attr(htmlEl, 'lang') || null : null;

  const mains = findAll(tree, 'main');
  const articles = findAll(tree, 'article');
  // Without <main> or <article>, an element with role="main" marks the content just as well.
  const roleMains = mains.length === 0 && articles.length !== 1 ? findAll(tree, '*').filter((el) => attr(el, 'role').toLowerCase() === 'main') : [];
  const root: Root | Element = mains.length === 1 ? mains[0] : articles.length === 1 ? articles[0] : roleMains.length === 1 ? roleMains[0] : tree;
  readHtmlTree(root, text, collector, { insideContent: root !== tree });
  // A <main> or <article> that holds a fraction of the page's prose (a hero or a date line, the policy in a sibling
  // element or in text a script renders) does not mark the content: the page is read whole instead.
  const chars = (c: BlockCollector): number => c.blocks.reduce((sum, b) => sum + b.text.length, 0);
  const inside = chars(collector);
  // The page's text is never longer than its source: most pages are ruled out without a second reading.
  if (root !== tree && 5 * inside <= text.length && text.length - inside >= 2000) {
    const whole = new BlockCollector();
    readHtmlTree(tree, text, whole, { insideContent: false });
    const everywhere = chars(whole);
    if (everywhere >= 5 * inside && everywhere - inside >= 2000) return { collector: whole, title, lang };
  }
  // A Vue single-file component saved as a page holds its whole text in a top-level <template>, whose content a page
  // never shows and the reading above skips: read it when the page itself gave nothing.
  if (collector.blocks.length === 0) {
    for (const template of findAll(tree, 'template')) {
      const content = (template as Element & { content?: Root }).content;
      if (content) readHtmlTree(content, text, collector, { insideContent: true });
    }
  }
  return { collector, title, lang };
}

/** An HTML parser (rehype), loaded on first use; `fragment` parses a piece of a page without adding <html>/<body>. */
export async function htmlParser(fragment = false): Promise<(html: string) => Root> {
  const [{ unified }, { default: rehypeParse }] = await Promise.all([import('unified'), import('rehype-parse')]);
  const processor = unified().use(rehypeParse, { fragment });
  return (html: string) => processor.parse(html) as Root;
}

export interface HtmlTreeOptions {
  /** The tree is the policy's own content (its <main> or <article>), so its <header> and <footer> are read too. */
  insideContent: boolean;
  /** Offset in `text` of the tree's own offset 0 (an HTML block inside a Markdown file). */
  base?: number;
}

/** The blocks of a parsed HTML tree, added to `collector`; `text` is the original file the tree's offsets point into. */
export function readHtmlTree(root: Root | Element, text: string, collector: BlockCollector, options: HtmlTreeOptions): void {
  const { insideContent } = options;
  const base = options.base ?? 0;
  const offset = (node: RootContent | ElementContent, side: 'start' | 'end'): number => base + (node.position?.[side].offset ?? 0);

  let builder = new TextBuilder();
  // A browser shows a line end in the source as a space; only inside <pre> do the source's lines stay lines.
  let preDepth = 0;
  const rendered = (value: string): string => (preDepth > 0 ? value : value.replace(/[\r\n]/gu, ' '));
  let links: BlockLink[] = [];
  const kinds: { kind: BlockKind; depth: number }[] = [{ kind: 'paragraph', depth: 0 }];
  let listDepth = 0;

  const flush = (): void => {
    if (!builder.isEmpty()) {
      const top = kinds[kinds.length - 1];
      collector.add(top.kind, top.depth, builder, links);
    } else builder.finish();
    builder = new TextBuilder();
    links = [];
  };

  // Where an element opened or closed in each builder: "<span class=label>Gerechtvaardigd belang</span>Voor het …"
  // reads as two words there, as its styling shows it, not as "belangVoor".
  const boundaries = new WeakMap<TextBuilder, number>();
  // Only a label of several words sets a boundary: "<b>Pay</b>Pal" and "Word<i>Press</i>" stay one word. So does a
  // number of its own, a section number styled apart: "<span class=nr>3</span>Automated decisions" is not "3Automated".
  // After a number, only a word ("3" + "Automated"), not a unit letter ("4" + "G").
  const gluedWords = (last: string, next: string): boolean =>
    /^\p{N}$/u.test(last) ? /^\p{Lu}\p{Ll}/u.test(next) : /[\p{Ll}.):]$/u.test(last) && /^\p{Lu}/u.test(next);
  const isLabel = (node: Element): boolean => /\p{L}\s+\p{L}|^\s*\d{1,3}[.)]?\s*$/u.test(textOf(node));
  const appendText = (node: Text, target: TextBuilder): void => {
    const value = rendered(node.value);
    if (boundaries.get(target) === target.length && gluedWords(target.peekLast(), value)) target.push(' ', offset(node, 'start'));
    target.append(value, text, offset(node, 'start'), offset(node, 'end'));
  };
  const inlineInto = (node: ElementContent, target: TextBuilder, targetLinks: BlockLink[]): void => {
    if (node.type === 'text') {
      appendText(node, target);
    } else if (node.type === 'element') {
      if (SKIPPED.has(node.tagName) || isBanner(node)) return;
      if (node.tagName === 'br') {
        target.hardBreak(offset(node, 'start'));
        return;
      }
      const start = target.length;
      const label = isLabel(node);
      if (label) boundaries.set(target, start);
      // Inside a table cell, nested blocks are folded into the cell's text.
      // A nested block (a list item, a paragraph) starts a line of its own, as a browser shows it.
      if (BLOCKS.has(node.tagName) && target.length > 0) target.hardBreak(offset(node, 'start'));
      for (const child of node.children) inlineInto(child, target, targetLinks);
      if (label) boundaries.set(target, target.length);
      const url = linkTarget(node);
      if (url) targetLinks.push({ start, end: target.length, url });
    }
  };

  let header: string[] | undefined;
  const row = (tr: Element): void => {
    const cellNodes = tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
    const cellLinks: BlockLink[][] = [];
    const builders = cellNodes.map((cell) => {
      const b = new TextBuilder();
      const l: BlockLink[] = [];
      for (const child of cell.children) inlineInto(child, b, l);
      cellLinks.push(l);
      return b;
    });
    const isHeaderRow = cellNodes.length > 0 && cellNodes.every((c) => c.tagName === 'th');
    const built = buildRow(builders, offset(tr, 'start'));
    const rowLinks = cellLinks.flatMap((list, i) => list.map((l) => ({ start: l.start + built.cells[i].start, end: l.end + built.cells[i].start, url: l.url })));
    const block = collector.add('tableRow', 0, built.builder, rowLinks, { cells: built.cells, header: isHeaderRow ? undefined : header, isHeaderRow });
    if (block && isHeaderRow) {
      header = built.cells.map((c) => block.text.slice(c.start, c.end));
      block.header = header;
    }
  };

  const walk = (node: RootContent | ElementContent): void => {
    if (node.type === 'text') {
      appendText(node, builder);
      return;
    }
    if (node.type !== 'element') return;
    const name = node.tagName;
    if (SKIPPED.has(name) || isBanner(node)) return;
    // Page chrome outside the policy: site header and footer, unless the policy itself is the page.
    // A header holding prose (a page whose "hero" is the policy's opening: "Deze website is eigendom van …") is read.
    if (!insideContent && (name === 'header' || name === 'footer' || name === 'aside') && !holdsProse(node)) return;
    if (isChrome(node, insideContent)) return;
    if (name === 'br') {
      builder.hardBreak(offset(node, 'start'));
      return;
    }
    if (name === 'table') {
      flush();
      header = undefined;
      const rows = findAll(node, 'tr');
      for (const tr of rows) row(tr);
      header = undefined;
      return;
    }
    if (!BLOCKS.has(name)) {
      const start = builder.length;
      const label = isLabel(node);
      if (label) boundaries.set(builder, start);
      for (const child of node.children) walk(child);
      if (label) boundaries.set(builder, builder.length);
      const url = linkTarget(node);
      if (url) links.push({ start, end: builder.length, url });
      return;
    }
    flush();
    if (name === 'pre') preDepth++;
    const heading = /^h([1-6])$/u.exec(name);
    const isList = name === 'ul' || name === 'ol';
    if (isList) listDepth++;
    if (heading) kinds.push({ kind: 'heading', depth: Number(heading[1]) });
    // An accordion's <summary> titles the text it folds away, as a heading would.
    else if (name === 'summary') kinds.push({ kind: 'heading', depth: 7 });
    else if (name === 'li') kinds.push({ kind: 'listItem', depth: listDepth });
    else if (name === 'p' || name === 'dd' || name === 'dt') kinds.push({ kind: 'paragraph', depth: 0 });
    else kinds.push(kinds[kinds.length - 1]);
    if (kinds[kinds.length - 1].kind === 'paragraph' && preDepth === 0 && node.children.some(holdsBreak)) walkLines(flattenLines(node.children));
    else for (const child of node.children) walk(child);
    flush();
    kinds.pop();
    if (isList) listDepth--;
    if (name === 'pre') preDepth--;
  };

  /**
   * Text broken into lines by <br>, as pages that put a whole policy in one <p> or <div> do: an empty line (two
   * breaks) ends a paragraph, and a short bold line standing alone before running text is a heading.
   */
  const walkLines = (items: ElementContent[]): void => {
    const lines: { nodes: ElementContent[]; br: Element | null }[] = [];
    let current: ElementContent[] = [];
    for (const item of items) {
      if (item.type === 'element' && item.tagName === 'br') {
        lines.push({ nodes: current, br: item });
        current = [];
      } else current.push(item);
    }
    lines.push({ nodes: current, br: null });
    const blank = (i: number): boolean => i < 0 || i >= lines.length || lines[i].nodes.every((n) => (n.type === 'text' && !/\S/u.test(n.value)) || n.type === 'comment');
    lines.forEach((line, i) => {
      if (blank(i)) {
        // The second of two breaks (or a break at the very start) ends the paragraph.
        flush();
        return;
      }
      const heading = boldLine(line.nodes);
      const nextText = lines.slice(i + 1).find((_, k) => !blank(i + 1 + k));
      const standsAlone = i === 0 || blank(i - 1) || /[.!?:]\s*$/u.test(lineText(lines[i - 1].nodes));
      const nextLong = !!nextText && lineText(nextText.nodes).trim().length >= 40 && !boldLine(nextText.nodes);
      // Over short lines, a bold line of capitalised words heads an address card ("Bakkerij Vos B.V."), not a section.
      const cardName = !nextLong && /^\S+(?:\s+[\p{Lu}\p{N}&][^\s]*)+$/u.test(lineText(line.nodes).trim());
      if (heading && standsAlone && !cardName && (blank(i + 1) || nextLong || blank(i - 1) || i === 0)) {
        flush();
        kinds.push({ kind: 'heading', depth: 7 });
        for (const n of line.nodes) walk(n);
        flush();
        kinds.pop();
        return;
      }
      for (const n of line.nodes) walk(n);
      if (line.br) builder.hardBreak(offset(line.br, 'start'));
    });
  };

  for (const child of root.children) walk(child);
  flush();
}

const TEXT_OF = new WeakMap<Element, string>();

/**
 * The text of an element's descendants, as written; kept per element, so asking it of every element of a nested run
 * (each inline element is asked whether it is a label) stays linear.
 */
function textOf(node: Element): string {
  let out = TEXT_OF.get(node);
  if (out === undefined) {
    out = '';
    for (const child of node.children) {
      if (child.type === 'text') out += child.value;
      else if (child.type === 'element') out += textOf(child);
    }
    TEXT_OF.set(node, out);
  }
  return out;
}
