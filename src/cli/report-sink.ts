/**
 * Where a lint run's results go, one file at a time in file order: `--format jsonl` writes each line as it
 * comes; `--format json` keeps only the text of each file (not its model) until the end; the other formats keep
 * each file's requirements and findings and write the report at the end. Either way the output is the same
 * bytes as formatting the whole report at once.
 */
import { buildReport } from '../lint.js';
import type { FileResult, LintReport } from '../rules/types.js';
import type { LoadedRule } from '../rules/loader.js';
import type { Locale } from '../model/types.js';
import { writeFileAtomic } from '../io/write.js';
import { writeTo } from '../io/stream.js';
import { formatStylish } from '../report/stylish.js';
import { formatSarif } from '../report/sarif.js';
import { formatGithub } from '../report/github.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatJsonlLine, JsonReportWriter } from '../report/json-stream.js';

export type LintFormat = 'stylish' | 'json' | 'jsonl' | 'sarif' | 'github' | 'markdown';

/** The formats that print the model. */
export const MODEL_FORMATS: readonly LintFormat[] = ['json', 'jsonl'];

export interface SinkOptions {
  format: LintFormat;
  /** Write the report to this file (atomically) instead of standard output. */
  output?: string;
  stdout: NodeJS.WritableStream;
  color: boolean;
  quiet?: boolean;
  locale?: Locale;
  toolVersion: string;
  /** The rules SARIF describes: those of the config that applies to `file` (the first file reported). */
  rulesFor: (file: string | null) => LoadedRule[];
  /** Called before anything is written to standard output (the progress bar clears itself). */
  beforeWrite?: () => void;
}

type Summary = LintReport['summary'];

export class ReportSink {
  private readonly summary: Summary = { files: 0, errors: 0, warnings: 0, infos: 0 };
  private readonly kept: FileResult[] = [];
  private readonly pieces: string[] = [];
  private readonly json = new JsonReportWriter();
  private firstFile: string | null = null;

  constructor(private readonly options: SinkOptions) {}

  /** The next file's result, in file order. */
  async add(result: FileResult, file: string): Promise<void> {
    this.firstFile ??= file;
    this.summary.files++;
    for (const finding of result.findings) {
      if (finding.severity === 'error') this.summary.errors++;
      else if (finding.severity === 'warning') this.summary.warnings++;
      else this.summary.infos++;
    }
    switch (this.options.format) {
      case 'jsonl':
        if (this.options.output === undefined) await this.write(formatJsonlLine(result));
        else this.pieces.push(formatJsonlLine(result));
        return;
      case 'json':
        this.pieces.push(this.json.file(result));
        return;
      default:
        this.kept.push(result);
    }
  }

  /** Writes what is left of the report and returns the counts over every file. */
  async finish(): Promise<Summary> {
    const { format, output } = this.options;
    let out: string;
    switch (format) {
      case 'jsonl':
        out = this.pieces.join('');
        break;
      case 'json':
        this.pieces.push(this.json.end(this.summary));
        out = this.pieces.join('');
        break;
      default:
        out = this.format(buildReport(this.kept));
    }
    if (output !== undefined) await writeFileAtomic(output, out);
    else if (out !== '') await this.write(out);
    return { ...this.summary };
  }

  private format(report: LintReport): string {
    const o = this.options;
    switch (o.format) {
      case 'sarif':
        return formatSarif(report, { rules: o.rulesFor(this.firstFile), toolVersion: o.toolVersion, repoRoot: process.cwd() });
      case 'github':
        return formatGithub(report);
      case 'markdown':
        return formatMarkdown(report, { locale: o.locale });
      default:
        return formatStylish(report, { color: o.color, quiet: o.quiet });
    }
  }

  private write(text: string): Promise<void> {
    this.options.beforeWrite?.();
    return writeTo(this.options.stdout, text);
  }
}
