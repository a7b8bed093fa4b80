/**
 * The JSON reports written one file at a time, so a run over thousands of policies never holds every model:
 *
 * - `--format jsonl`: one line per file, the file object of the JSON contract (`toJsonFile`), compact;
 * - `--format json`: `JsonReportWriter` writes the same bytes as `formatJson` over the whole report, in pieces
 *   (the envelope, then each file as it comes, then the summary).
 */
import type { FileResult, LintReport } from '../rules/types.js';
import { toJsonFile } from './json.js';

/** One line of `--format jsonl`: the file's JSON object and a newline. */
export function formatJsonlLine(file: FileResult): string {
  return `${JSON.stringify(toJsonFile(file))}\n`;
}

/**
 * `formatJson`'s output in pieces: `file()` for each file in order, then `end()`. A file object sits two levels
 * deep in the document; JSON strings hold no raw line breaks, so indenting every line of its own 2-space
 * rendering by four spaces gives exactly what JSON.stringify writes for the whole report.
 */
export class JsonReportWriter {
  private count = 0;

  /** The text for the next file. */
  file(file: FileResult): string {
    const body = JSON.stringify(toJsonFile(file), null, 2).replace(/\n/gu, '\n    ');
    return `${this.count++ === 0 ? '{\n  "version": 1,\n  "files": [\n' : ',\n'}    ${body}`;
  }

  /** The closing text, with the summary of every file written. */
  end(summary: LintReport['summary']): string {
    const { files, errors, warnings, infos } = summary;
    const tail = JSON.stringify({ summary: { files, errors, warnings, infos } }, null, 2).slice(2, -2);
    const head = this.count === 0 ? '{\n  "version": 1,\n  "files": [],\n' : '\n  ],\n';
    return `${head}${tail}\n}\n`;
  }
}
