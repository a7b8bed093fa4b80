import type { Language } from '../model/types.js';
import type { PolicyInput } from '../io/read.js';
import { SourceText } from './source.js';
import { readMarkdown } from './markdown.js';
import { readPlainText } from './plain-text.js';
import { checkUnclosedFrontMatter, type FrontMatter } from './front-matter.js';
import { splitSentences } from './sentences.js';
import { detectLanguage, isLanguage } from './language.js';
import type { BlockCollector } from './collector.js';
import type { PolicyDocument, Sentence } from './types.js';

export * from './types.js';
export { SourceText, foldWhitespace } from './source.js';

/** A line that opens an HTML block in Markdown (a tag at its start, indented at most three spaces). */
const HTML_BLOCK = /^[ \t]{0,3}<[A-Za-z]/mu;

export interface DocumentOptions {
  /** Overrides language detection. */
  language?: Language;
}

/** From decoded input to a document: blocks with original positions, sections, sentences and language. */
export async function buildDocument(input: PolicyInput, options: DocumentOptions = {}): Promise<PolicyDocument> {
  const source = new SourceText(input.text);
  let collector: BlockCollector;
  let frontMatter: FrontMatter | null = null;
  let title: string | null = null;
  let htmlLang: string | null = null;

  if (input.format === 'markdown') {
    checkUnclosedFrontMatter(input.path, input.text);
    // HTML blocks in Markdown are read with the HTML parser, loaded only when the file has one.
    const parseHtml = HTML_BLOCK.test(input.text) ? await (await import('./html.js')).htmlParser(true) : undefined;
    const result = readMarkdown(input.path, input.text, parseHtml);
    collector = result.collector;
    frontMatter = result.frontMatter;
    title = frontMatter?.title ?? null;
  } else if (input.format === 'html') {
    const { readHtml } = await import('./html.js');
    const result = await readHtml(input.text);
    collector = result.collector;
    title = result.title;
    htmlLang = result.lang;
  } else {
    collector = readPlainText(input.text);
  }

  const blocks = collector.blocks;
  if (!title) {
    const firstHeading = blocks.find((b) => b.kind === 'heading');
    if (firstHeading && firstHeading.index <= 3) title = firstHeading.text.replace(/\s+/gu, ' ');
  }

  const warnings: string[] = [...(input.warnings ?? []), ...(frontMatter?.warnings ?? [])];
  let language: Language;
  if (options.language) language = options.language;
  else {
    const detected = detectLanguage(blocks.map((b) => b.text).join('\n'));
    language = detected.language;
    const declared = htmlLang?.slice(0, 2).toLowerCase();
    if (declared && isLanguage(declared) && detected.scores[declared] * 2 >= detected.scores[language]) {
      language = declared;
    }
  }

  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const range of splitSentences(block.text, language)) {
      const sentence: Sentence = { index: sentences.length, block, start: range.start, end: range.end, text: block.text.slice(range.start, range.end) };
      block.sentences.push(sentence);
      sentences.push(sentence);
    }
  }

  return {
    path: input.path,
    format: input.format,
    source,
    language,
    frontMatter: frontMatter?.data ?? null,
    title,
    date: frontMatter?.date ?? null,
    blocks,
    sentences,
    warnings,
  };
}
