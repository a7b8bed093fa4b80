/**
 * Where a lint run's results go, one file at a time in file order. Each file's result is kept without its
 * document (and without its model unless a JSON format prints it); `--format jsonl` on standard output writes
 * each line as it comes (its caller drops the model where no format prints it). At the end the report on standard output (or `--output`) and every `--report` file are
 * rendered from the same results by `renderReport`, so every format is the same bytes whatever `--jobs` was.
 */
import { buildReport } from '../lint.js';
import type { FileResult, LintReport } from '../rules/types.js';
import type { LoadedRule } from '../rules/loader.js';
import { writeFileAtomic } from '../io/write.js';
import { writeTo } from '../io/stream.js';
import { formatJsonlLine, JsonReportWriter } from '../report/json-stream.js';
import { renderReport, writeReport, type LintFormat, type RenderContext, type ReportTarget } from './reports.js';

export { MODEL_FORMATS } from './reports.js';

export interface SinkOptions {
  format: LintFormat;
  /** Write the report to this file (atomically) instead of standard output. */
  output?: string;
  /** `--report FORMAT=FILE`: more reports, written at the end. */
  reports: readonly ReportTarget[];
  stdout: NodeJS.WritableStream;
  context: Omit<RenderContext, 'rules' | 'color' | 'width'>;
  /** Colour and width of the report on standard output (the --report files have neither). */
  color: boolean;
  width?: number;
  /** The rules SARIF describes: those of the config that applies to `file` (the first file linted; null: none was). */
  rulesFor: (file: string | null) => readonly LoadedRule[];
  /** Called before anything is written to standard output (the progress bar clears itself). */
  beforeWrite?: () => void;
}

const EMPTY = Buffer.alloc(0);

/** Adds one file and its findings to the counts of a report whose results are not kept. */
function count(summary: LintReport['summary'], result: FileResult): void {
  summary.files++;
  for (const finding of result.findings) summary[`${finding.severity}s`]++;
}

export class ReportSink {
  private readonly kept: FileResult[] = [];
  private firstLinted: string | null = null;
  /** jsonl on standard output: written line by line. */
  private readonly streaming: boolean;
  /**
   * jsonl on standard output and no `--report`: each line is written as it comes and nothing else reads the
   * results, so only the counts are kept (each result, model included, was kept to the end for the summary).
   */
  private readonly countOnly: LintReport['summary'] | null;
  /**
   * When `--format json` is the only report: each file's JSON text, made as the file comes, instead of its result
   * (the report's bytes hold far less memory than the model's objects and the document text their quotes point
   * into), and the counts. Kept as UTF-8 bytes, outside V8's heap (a string of the same text takes one to two bytes
   * a character in the heap the collector sizes itself by), and written at the end piece by piece, never joined
   * into one string (which held the whole report twice more, as UTF-16 and as the bytes written): a 300-policy run
   * peaked about 40 MB lower. Written at the end, so a run that fails half-way writes no half report.
   */
  private readonly jsonText: { writer: JsonReportWriter; pieces: Buffer[]; summary: LintReport['summary'] } | null;

  constructor(private readonly options: SinkOptions) {
    this.streaming = options.format === 'jsonl' && options.output === undefined;
    this.countOnly = this.streaming && options.reports.length === 0 ? { files: 0, errors: 0, warnings: 0, infos: 0 } : null;
    this.jsonText = options.format === 'json' && options.reports.length === 0 ? { writer: new JsonReportWriter(), pieces: [], summary: { files: 0, errors: 0, warnings: 0, infos: 0 } } : null;
  }

  /** The next file's result, in file order; `file` is null for a file that could not be read (a fatal finding). */
  async add(result: FileResult, file: string | null): Promise<void> {
    if (file !== null) this.firstLinted ??= file;
    if (this.streaming) await this.write(formatJsonlLine(result));
    if (this.countOnly) {
      count(this.countOnly, result);
      return;
    }
    if (this.jsonText) {
      const { writer, pieces, summary } = this.jsonText;
      pieces.push(Buffer.from(writer.file(result)));
      count(summary, result);
      return;
    }
    this.kept.push(result);
  }

  /** Writes the reports and returns the counts over every file. */
  async finish(): Promise<LintReport['summary']> {
    const { format, output, reports } = this.options;
    if (this.jsonText) {
      const { writer, pieces, summary } = this.jsonText;
      pieces.push(Buffer.from(writer.end(summary)));
      this.jsonText.pieces = [];
      if (output !== undefined) await writeFileAtomic(output, Buffer.concat(pieces));
      else {
        // Each piece is dropped once written, so what is held shrinks as the report goes out.
        for (let i = 0; i < pieces.length; i++) {
          const piece = pieces[i];
          pieces[i] = EMPTY;
          await this.write(piece);
        }
      }
      return { ...summary };
    }
    if (this.countOnly) return { ...this.countOnly };
    const report = buildReport(this.kept);
    const sarif = format === 'sarif' || reports.some((target) => target.format === 'sarif');
    const context: Omit<RenderContext, 'color' | 'width'> = { ...this.options.context, rules: sarif ? this.options.rulesFor(this.firstLinted) : [] };
    if (!this.streaming) {
      const out = renderReport(format, report, { ...context, color: this.options.color, width: this.options.width });
      if (output !== undefined) await writeFileAtomic(output, out);
      else await this.write(out);
    }
    for (const target of reports) await writeReport(target, renderReport(target.format, report, { ...context, color: false }));
    return { ...report.summary };
  }

  private write(text: string | Uint8Array): Promise<void> {
    this.options.beforeWrite?.();
    return writeTo(this.options.stdout, text);
  }
}
