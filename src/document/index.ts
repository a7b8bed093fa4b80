import type { Language } from '../model/types.js';
import type { PolicyInput } from '../io/read.js';
import { SourceText } from './source.js';
import { readMarkdown } from './markdown.js';
import { readPlainText } from './plain-text.js';
import { checkUnclosedFrontMatter, type FrontMatter } from './front-matter.js';
import { splitSentences } from './sentences.js';
import { detectLanguage, LANGUAGE_NAMES } from './language.js';
import type { BlockCollector } from './collector.js';
import type { PolicyDocument, Sentence } from './types.js';

export * from './types.js';
export { SourceText, foldWhitespace } from './source.js';

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
    const result = readMarkdown(input.path, input.text);
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
    if (declared && (declared === 'nl' || declared === 'en' || declared === 'de' || declared === 'fr') && detected.scores[declared] * 2 >= detected.scores[language]) {
      language = declared;
    }
  }
  if (language === 'de' || language === 'fr') {
    warnings.push(
      `${input.path}: the policy is in ${LANGUAGE_NAMES[language]}, which privacylint does not read yet (Dutch and English only); only language-independent facts (e-mail addresses, named services, law references) are extracted`,
    );
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
