/**
 * `privacylint diff <a> <b>`: lints both policies, compares them and prints the diff as text, Markdown, JSON or
 * HTML. Exit codes: 0; 1 when `--fail-on` finds a regression (of the kinds asked) from A to B; 2 on bad input, or
 * with `--fail-on` when a policy is in a language without a pack (not assessed: cannot judge is not a pass).
 */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { comparePolicies } from '../diff/compare.js';
import { selectRegressions } from '../diff/regressions.js';
import { REGRESSION_GATES, type DiffSide, type PolicyDiff, type RegressionGate } from '../diff/types.js';
import { InputError, parseSize } from '../io/read.js';
import { addFetchOptions, fetchReadOptions, type FetchCommandOptions } from './fetch-options.js';
import { writeFileAtomic } from '../io/write.js';
import { writeTo } from '../io/stream.js';
import { displayMessage } from '../report/sanitize.js';
import { ConfigCache } from '../lint.js';
import { loadDiffSide } from '../diff/load.js';
import { LANGUAGE_CODES, LOCALES, type Language, type Locale } from '../model/types.js';
import { formatDiffHtml } from '../report/diff-html.js';
import { formatDiffJson } from '../report/diff-json.js';
import { formatDiffMarkdown } from '../report/diff-markdown.js';
import { formatDiffText, MIN_TEXT_WIDTH } from '../report/diff-text.js';
import type { CliIo } from './main.js';

type DiffFormat = 'text' | 'markdown' | 'json' | 'html';

interface DiffCommandOptions extends FetchCommandOptions {
  format: DiffFormat;
  maxSize?: string;
  output?: string;
  versions?: boolean;
  failOn?: string;
  language?: Language;
  locale?: Locale;
  color?: boolean;
  width?: string;
}

/** Without --width: the terminal's width, else 100 columns (a file or a pipe). */
const DEFAULT_WIDTH = 100;

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return writeTo(stream, text);
}

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org); --color / --no-color decide first. */
function useColor(flag: boolean | undefined, stream: NodeJS.WritableStream): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return (stream as NodeJS.WriteStream).isTTY === true && process.env.TERM !== 'dumb';
}

function parseWidth(value: string | undefined, stream: NodeJS.WritableStream, toFile: boolean): number {
  if (value === undefined) {
    const columns = (stream as NodeJS.WriteStream).columns;
    return !toFile && (stream as NodeJS.WriteStream).isTTY && columns ? Math.max(MIN_TEXT_WIDTH, columns) : DEFAULT_WIDTH;
  }
  if (!/^\d+$/u.test(value.trim()) || Number(value) < MIN_TEXT_WIDTH) {
    throw new InputError('--width', `--width '${value}': give a whole number of columns, ${MIN_TEXT_WIDTH} or more`);
  }
  return Number(value);
}

async function loadSide(path: string, options: DiffCommandOptions, io: CliIo, cache: ConfigCache): Promise<DiffSide> {
  const maxSize = options.maxSize === undefined ? undefined : parseSize(options.maxSize);
  const side = await loadDiffSide(path, { language: options.language, stdin: io.stdin, maxSize, ...fetchReadOptions(options) }, cache);
  for (const warning of side.warnings) await write(io.stderr, `privacylint: warning: ${displayMessage(warning)}\n`);
  return side;
}

function render(diff: PolicyDiff, options: DiffCommandOptions, color: boolean, width: number): string {
  switch (options.format) {
    case 'json':
      return formatDiffJson(diff);
    case 'markdown':
      return formatDiffMarkdown(diff, { locale: options.locale });
    case 'html':
      return formatDiffHtml(diff, { locale: options.locale });
    default:
      return formatDiffText(diff, { width, color, locale: options.locale });
  }
}

async function runDiff(a: string, b: string, options: DiffCommandOptions, io: CliIo): Promise<number> {
  if (a === '-' && b === '-') throw new InputError('-', "-: only one of the two policies can be read from standard input");
  const toFile = options.output !== undefined;
  if (toFile && [a, b].some((p) => p !== '-' && resolve(p) === resolve(options.output!))) {
    throw new InputError(options.output!, `--output ${options.output}: that is one of the policies being compared; choose another file`);
  }
  const width = parseWidth(options.width, io.stdout, toFile);
  const gates = options.failOn === undefined ? undefined : parseFailOn(options.failOn);
  const cache = new ConfigCache();
  const sideA = await loadSide(a, options, io, cache);
  const sideB = await loadSide(b, options, io, cache);
  const diff = comparePolicies(sideA, sideB, options.versions ? { versions: true } : {});

  const out = render(diff, options, !toFile && useColor(options.color, io.stdout), width);
  if (toFile) await writeFileAtomic(options.output!, out);
  else await write(io.stdout, out);

  if (gates === undefined) return 0;
  if (!diff.assessment.assessed) {
    await write(io.stderr, `privacylint: ${diff.assessment.reason ?? 'not assessed'} (--fail-on cannot pass what it cannot read)\n`);
    return 2;
  }
  const found = selectRegressions(diff.regressions, gates);
  if (found.length > 0) {
    const n = found.length;
    const kinds = [...new Set(found.map((r) => r.gate))].join(', ');
    await write(io.stderr, `privacylint: ${n} regression${n === 1 ? '' : 's'} (${kinds}) from ${displayMessage(a)} to ${displayMessage(b)}\n`);
    return 1;
  }
  return 0;
}

/** `regression` (every kind) or a comma-separated list of kinds. */
export function parseFailOn(value: string): 'regression' | RegressionGate[] {
  const items = value.split(',').map((v) => v.trim()).filter(Boolean);
  if (items.length === 1 && items[0] === 'regression') return 'regression';
  const unknown = items.filter((v) => !(REGRESSION_GATES as readonly string[]).includes(v));
  if (items.length === 0 || unknown.length > 0) {
    throw new InputError('--fail-on', `--fail-on '${value}': give 'regression' or a list of ${REGRESSION_GATES.join(', ')}`);
  }
  return items as RegressionGate[];
}

/** Adds `privacylint diff` to the program; `setExit` receives the exit code. */
export function registerDiffCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const diff = program
    .command('diff')
    .description(
      'compare two policies element by element (two companies, or two versions of one): controller and DPO, data, purposes, legal bases, retention, recipients, transfers, rights, cookies, law references and the 18 requirements with a score for each',
    )
    .argument('<a>', "the first policy (for versions: the old one): a file, an http(s) URL, or '-' for standard input")
    .argument('<b>', 'the second policy (for versions: the new one): a file or an http(s) URL')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json', 'html']).default('text'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--versions', 'treat the two as versions of one policy (automatic when they name the same controller): also show the text changes, each labelled material or cosmetic')
    .option(
      '--fail-on <what>',
      `exit 1 when B regresses from A: 'regression' for every kind, or a comma-separated list of ${REGRESSION_GATES.join(', ')}; exit 2 when a policy's language cannot be read`,
    )
    .addOption(new Option('-l, --language <language>', 'policy language instead of detecting it').choices(LANGUAGE_CODES))
    .addOption(new Option('--locale <locale>', 'language of the requirement names and statuses (the comparison itself is in English)').choices(LOCALES))
    .option('--width <columns>', `width of the text table (default: the terminal's, else ${DEFAULT_WIDTH})`)
    .option('--color', 'force colour (text format)')
    .option('--no-color', 'no colour (also when NO_COLOR is set)')
    .option('--max-size <size>', 'largest input to read, file or fetched page (default 10 MB)');
  addFetchOptions(diff)
    .addHelpText(
      'after',
      `
Examples:
  $ privacylint diff vendor/privacy.md content/privacy.md                   two companies side by side
  $ privacylint diff published.md draft.md --fail-on regression             CI gate for a policy change
  $ privacylint diff published.md draft.md --fail-on retention,transfers    only these kinds fail
  $ privacylint diff old.html new.html --versions --format markdown         a pull-request comment
  $ privacylint diff a.md b.txt --format html --output report.html          one self-contained, printable file
  $ privacylint diff a.md b.md --locale nl                                  requirement names and statuses in Dutch
  $ git show main:content/privacy.md | privacylint diff - content/privacy.md --format json
  $ privacylint diff https://a.example/privacy https://b.example/privacy --format html -o report.html
  $ privacylint diff snapshots/example.com_privacy.html https://example.com/privacy --versions

Exit codes: 0 done (or no regression), 1 --fail-on found a regression, 2 usage or input error, or --fail-on
with a policy in a language privacylint cannot read (not assessed).`,
    )
    .action(async (a: string, b: string, options: DiffCommandOptions) => {
      setExit(await runDiff(a, b, options, io));
    });
}
