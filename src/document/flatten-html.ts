/**
 * Deep HTML made shallow before it is parsed (issue 9, item 9). The HTML-to-tree step (hast-util-from-parse5) and
 * every tree walk after it recurse once per level, so 4 000 nested `<div>`s overflow the call stack. Wrappers nested
 * deeper than MAX_WRAPPER_DEPTH say nothing a reader would miss (they only wrap), so their tags are replaced by
 * spaces of the same length: the text, and every offset into it, stays where it was, and the page reads as if the
 * innermost wrappers were not there. A page nested less deeply than that comes back unchanged.
 */

/** Wrappers nested deeper than this lose their tags. Real pages stay far below it (a few dozen levels). */
export const MAX_WRAPPER_DEPTH = 400;

/** Elements that only wrap and whose end tag is required, so an open one is open until its end tag. */
const WRAPPERS = new Set([
  'div', 'span', 'section', 'article', 'aside', 'blockquote', 'main', 'header', 'footer', 'nav', 'font', 'center',
  'b', 'i', 'u', 'em', 'strong', 'small', 'big', 'mark', 'sub', 'sup', 'a', 'abbr', 'cite', 'code', 'q', 's',
  'figure', 'details', 'fieldset', 'form', 'label', 'ul', 'ol', 'dl',
]);

/** Elements whose content is raw text, where a `<div>` is no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TAG = /<!--[^]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?\s*\/?>/gu;

/** `html` with the tags of wrappers nested deeper than `maxDepth` blanked out (same length, same offsets). */
export function flattenDeepHtml(html: string, maxDepth = MAX_WRAPPER_DEPTH): string {
  // Cheap test first: a page with fewer wrapper tags than the limit cannot nest them that deep.
  if (html.length < maxDepth * 5) return html;
  const open: { name: string; blanked: boolean }[] = [];
  const blank: [number, number][] = [];
  let lower: string | null = null;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment
    if (!m[1] && RAW_TEXT.has(name)) {
      // Skip to the end tag: nothing inside is markup.
      const end = (lower ??= html.toLowerCase()).indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (!WRAPPERS.has(name) || m[0].endsWith('/>')) continue;
    if (!m[1]) {
      const deep = open.length >= maxDepth;
      open.push({ name, blanked: deep });
      if (deep) blank.push([m.index, m.index + m[0].length]);
      continue;
    }
    // An end tag closes the nearest open element of its name (and, as a browser would, the ones left open inside it).
    let at = open.length - 1;
    while (at >= 0 && open[at].name !== name) at--;
    if (at < 0) continue;
    if (open[at].blanked) blank.push([m.index, m.index + m[0].length]);
    open.length = at;
  }
  if (blank.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of blank) {
    parts.push(html.slice(from, start), ' '.repeat(end - start));
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}
