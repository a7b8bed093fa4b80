/**
 * The command line: argv, exit codes, standard streams and the terminal are known here and nowhere else.
 * Exit codes: 0 success, 1 findings fail the run (lint), 2 usage or input error (one line on stderr).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { stringify as toYaml } from 'yaml';
import { createTwoFilesPatch } from 'diff';
import { parsePolicyFile, InputError, parseSize, DEFAULT_MAX_SIZE } from '../index.js';
import { ConfigCache, applyFixes, relintText, lintFile, type LintedFile } from '../lint.js';
import { fatalResult } from '../rules/fatal.js';
import type { FileResult } from '../rules/types.js';
import { LANGUAGE_CODES, LOCALES, type Language, type Locale } from '../model/types.js';
import { languageNotice } from '../rules/notice.js';
import type { InputFormat } from '../io/read.js';
import { encodeFixed, writeFileAtomic } from '../io/write.js';
import { OutputError, guardStream, writeTo } from '../io/stream.js';
import { displayMessage } from '../report/sanitize.js';
import { capEvidenceQuotes } from '../report/quote.js';
import { resolveConfig } from '../rules/config.js';
import type { Severity } from '../rules/types.js';
import { expandPaths } from './files.js';
import { LINT_FORMATS, parseReportTargets, type LintFormat } from './reports.js';
import { repositoryRoot } from './repo-root.js';
import { findPolicyFiles, noPolicyFilesMessage } from './policy-files.js';
import { CONFIG_TEMPLATE } from './init-template.js';
import { registerDiffCommand } from './diff-command.js';
import { addFetchOptions, fetchReadOptions, type FetchCommandOptions } from './fetch-options.js';
import { isUrl } from '../io/fetch.js';
import { defaultJobs, lintInOrder } from './pool.js';
import { Progress } from './progress.js';
import { forReport } from './lint-jobs.js';
import { MODEL_FORMATS, ReportSink } from './report-sink.js';

declare const PRIVACYLINT_VERSION: string;
const VERSION = typeof PRIVACYLINT_VERSION === 'string' ? PRIVACYLINT_VERSION : '0.0.0-dev';

/** A problem with how the command was called; reported like an input error (exit 2). */
class UsageError extends Error {}

/**
 * An unexpected error while reading one file, named with that file: a stack overflow from extreme nesting
 * becomes an InputError the user can act on; anything else stays an internal error but says which file.
 */
function errorNamingFile(file: string, error: unknown): unknown {
  if (error instanceof InputError || error instanceof UsageError || error instanceof OutputError) return error;
  if (error instanceof RangeError && /call stack/iu.test(error.message)) {
    return new InputError(file, `${file}: nested too deeply to read (blocks, lists or elements inside one another thousands of levels deep)`, { cause: error });
  }
  if (error instanceof Error) return new Error(`${file}: ${error.message}`, { cause: error });
  return error;
}

interface ParseCommandOptions extends FetchCommandOptions {
  format: 'json' | 'yaml';
  language?: Language;
  inputFormat?: InputFormat;
  maxSize?: string;
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return writeTo(stream, text);
}

async function runParse(file: string, options: ParseCommandOptions, io: CliIo): Promise<number> {
  const maxSize = options.maxSize === undefined ? DEFAULT_MAX_SIZE : parseSize(options.maxSize);
  const { model, document } = await parsePolicyFile(file, { maxSize, inputFormat: options.inputFormat, language: options.language, stdin: io.stdin, ...fetchReadOptions(options) }).catch((error: unknown) => {
    throw errorNamingFile(file, error);
  });
  for (const warning of document.warnings) await write(io.stderr, `privacylint: warning: ${displayMessage(warning)}\n`);
  const notice = languageNotice(model.language, 'en');
  if (notice) await write(io.stderr, `privacylint: warning: ${displayMessage(document.path)}: ${notice.message}\n`);
  // YAML 1.1 mode quotes strings such as 2023-12-21 or "no" that older readers (PyYAML) would turn into dates or booleans.
  const shown = capEvidenceQuotes(model);
  const out = options.format === 'yaml' ? toYaml(shown, { lineWidth: 0, version: '1.1' }) : `${JSON.stringify(shown, null, 2)}\n`;
  await write(io.stdout, out);
  return 0;
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
}

interface LintCommandOptions extends FetchCommandOptions {
  format: LintFormat;
  output?: string;
  report: string[];
  stdinFilename?: string;
  maxWarnings?: string;
  quiet?: boolean;
  rule: string[];
  config?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  reportUnusedDisableDirectives?: boolean;
  locale?: Locale;
  language?: Language;
  inputFormat?: InputFormat;
  maxSize?: string;
  color?: boolean;
  jobs?: string;
}

/** `--rule id=severity`, repeatable. */
function parseRuleOverrides(values: string[]): Record<string, Severity | 'off'> {
  // No prototype: `--rule __proto__=off` must be an unknown rule id, not a change of prototype.
  const out = Object.create(null) as Record<string, Severity | 'off'>;
  for (const value of values) {
    const m = /^([^=\s]+)=(off|info|warning|error)$/u.exec(value.trim());
    if (!m) throw new UsageError(`--rule '${value}': write it as rule-id=off|info|warning|error`);
    out[m[1]] = m[2] as Severity | 'off';
  }
  return out;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org); --color/--no-color decide first. */
function useColor(flag: boolean | undefined, stream: NodeJS.WritableStream): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return (stream as NodeJS.WriteStream).isTTY === true && process.env.TERM !== 'dumb';
}

/** The terminal's width for wrapping, or undefined (80) when standard output is not a terminal. */
function terminalWidth(stream: NodeJS.WritableStream): number | undefined {
  const tty = stream as NodeJS.WriteStream;
  return tty.isTTY === true && typeof tty.columns === 'number' && tty.columns > 0 ? tty.columns : undefined;
}

async function runLint(paths: string[], options: LintCommandOptions, io: CliIo): Promise<number> {
  const overrides = parseRuleOverrides(options.rule);
  const maxSize = options.maxSize === undefined ? DEFAULT_MAX_SIZE : parseSize(options.maxSize);
  let maxWarnings = -1;
  if (options.maxWarnings !== undefined) {
    if (!/^\d+$/u.test(options.maxWarnings)) throw new UsageError(`--max-warnings '${options.maxWarnings}': give a whole number of 0 or more`);
    maxWarnings = Number(options.maxWarnings);
  }
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run: choose one');
  let reports;
  try {
    reports = parseReportTargets(options.report);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (options.stdinFilename !== undefined && !paths.includes('-')) throw new UsageError(`--stdin-filename names standard input: use it with 'lint -'`);
  if (options.stdinFilename !== undefined && options.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run');
  if (options.jobs !== undefined && !/^[1-9]\d*$/u.test(options.jobs)) throw new UsageError(`--jobs '${options.jobs}': give a whole number of 1 or more`);
  const fixing = options.fix === true || options.fixDryRun === true;
  // --fix rewrites files one by one and needs each file's text: it lints in this thread.
  const jobs = fixing ? 1 : options.jobs === undefined ? null : Number(options.jobs);
  const fetching = fetchReadOptions(options);
  const cache = new ConfigCache(overrides);
  const explicitConfig = options.config;
  if (explicitConfig && !existsSync(explicitConfig)) throw new UsageError(`--config ${explicitConfig}: no such file`);
  const here = explicitConfig ? cache.forFile('-', explicitConfig) : cache.forFile('-');
  const ignores = here.ignore;
  const skipped: string[] = [];
  // No paths: the policy-like files of the current folder (or the config's `files`), never README.md and the like.
  const search = { globs: here.files, configPath: here.path, ignore: ignores };
  const files = paths.length ? await expandPaths(paths, process.cwd(), ignores, skipped) : await findPolicyFiles(process.cwd(), search, skipped);
  for (const warning of skipped) await write(io.stderr, `privacylint: warning: ${displayMessage(warning)}\n`);
  if (files.length === 0 && paths.length === 0) throw new UsageError(noPolicyFilesMessage(search));
  if (files.length === 0) throw new UsageError(`no policy files found in ${paths.join(' ') || '.'} (looked for .${['md', 'markdown', 'txt', 'html', 'htm'].join(', .')})`);
  for (const [flag, target] of [['--output', options.output], ...reports.map((r) => ['--report', r.file])]) {
    if (target && files.some((f) => f !== '-' && resolve(f) === resolve(target))) {
      throw new UsageError(`${flag} ${target}: that is one of the policies being linted; choose another file`);
    }
  }

  const toFile = options.output !== undefined;
  const progress = new Progress({ total: files.length, stream: io.stderr, quiet: options.quiet });
  const keepModel = [options.format, ...reports.map((r) => r.format)].some((f) => MODEL_FORMATS.includes(f));
  const sink = new ReportSink({
    format: options.format,
    output: options.output,
    reports,
    stdout: io.stdout,
    context: { quiet: options.quiet, locale: options.locale, toolVersion: VERSION, repoRoot: repositoryRoot(), cwd: process.cwd() },
    color: !toFile && useColor(options.color, io.stdout),
    width: toFile ? undefined : terminalWidth(io.stdout),
    // The rules SARIF describes: those of the first file linted (standard input: the file it stands for).
    rulesFor: (file) => (file === null ? resolveConfig(null).rules : cache.forFile(file === '-' && options.stdinFilename !== undefined ? options.stdinFilename : file, explicitConfig).rules),
    beforeWrite: () => progress.clear(),
  });
  const warn = (line: string): Promise<void> => {
    progress.clear();
    return write(io.stderr, line);
  };
  const lintOptions = { config: explicitConfig, locale: options.locale, language: options.language, inputFormat: options.inputFormat, maxSize, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives, stdinName: options.stdinFilename };
  const setup = { options: { ...lintOptions, ...fetching }, overrides, keepModel };
  // One file that cannot be read (empty, unreadable, binary, a bad name) is reported and the run goes on:
  // it is a privacylint/fatal finding for that file in every format, and the run exits 2 because an input
  // could not be checked. Files are linted in order (on --jobs worker threads; URLs and standard input in this
  // thread) and each result goes to the report as it comes; --fix keeps them until the files are fixed.
  const failed = new Set<string>();
  const results: (LintedFile | FileResult)[] = [];
  try {
    for await (const outcome of lintInOrder(files, setup, jobs ?? defaultJobs(files.length), cache, io.stdin)) {
      progress.tick();
      if ('error' in outcome) {
        const error = errorNamingFile(outcome.file, outcome.error);
        if (!(error instanceof InputError) || files.length === 1) throw error;
        if (!failed.has(error.message)) await warn(`privacylint: ${displayMessage(error.message)}\n`);
        failed.add(error.message);
        const result = fatalResult(outcome.file === '-' ? (options.stdinFilename ?? '<stdin>') : outcome.file, error.message);
        if (fixing) results.push(result);
        else await sink.add(result, null);
        continue;
      }
      for (const warning of outcome.warnings) await warn(`privacylint: warning: ${displayMessage(warning)}\n`);
      if (fixing) results.push(outcome.linted!);
      else await sink.add(outcome.result, outcome.file);
    }
  } finally {
    progress.clear();
  }

  if (fixing) {
    for (const [index, one] of results.entries()) {
      if (!('parsed' in one)) continue;
      const { input } = one.parsed;
      const fixed = applyFixes(input.text, one.result.findings);
      if (fixed.applied === 0) continue;
      if (options.fixDryRun) {
        // The diff, then (below) the findings the fixes would leave; a machine-readable report on standard
        // output keeps it to itself, so the diff goes to standard error then.
        const patch = createTwoFilesPatch(`a/${input.path}`, `b/${input.path}`, input.text, fixed.text, '', '', { context: 2 });
        await write(options.format === 'stylish' || options.output !== undefined ? io.stdout : io.stderr, patch);
        results[index] = await relintText(one, fixed.text, lintOptions);
        continue;
      }
      if (input.path === '<stdin>') throw new UsageError('--fix cannot write to standard input; use --fix-dry-run');
      if (isUrl(input.path)) throw new UsageError(`--fix cannot write to a URL (${input.path}); use --fix-dry-run, or --save the page and fix that file`);
      await writeFileAtomic(input.path, encodeFixed(input, fixed.text), { expect: input.source });
      // Report what is left after fixing, as ESLint does.
      results[index] = await lintFile(input.path, lintOptions, cache);
      await write(io.stderr, `privacylint: ${displayMessage(input.path)}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}\n`);
    }
  }

  for (const one of results) {
    if ('parsed' in one) await sink.add(forReport(one.result, keepModel), one.parsed.input.path === '<stdin>' ? '-' : one.parsed.input.path);
    else await sink.add(one, null);
  }
  const { errors, warnings } = await sink.finish();
  if (failed.size > 0) return 2;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    await write(io.stderr, `privacylint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

async function runRules(options: { format: 'text' | 'json'; config?: string }, io: CliIo): Promise<number> {
  const config = options.config ? resolveConfig(resolve(options.config)) : new ConfigCache().forFile('-');
  const rows = config.rules.map((r) => ({
    id: r.def.id,
    severity: config.severity.get(r.def.id) ?? r.def.severity,
    kind: r.def.kind,
    article: r.def.article,
    url: r.def.url,
    description: r.def.description.en,
    builtin: r.builtin,
  }));
  if (options.format === 'json') {
    await write(io.stdout, `${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = (key: 'id' | 'severity' | 'kind'): number => Math.max(...rows.map((r) => r[key].length));
  const lines = rows.map((r) => `${r.id.padEnd(width('id'))}  ${r.severity.padEnd(width('severity'))}  ${r.kind.padEnd(width('kind'))}  ${r.article} — ${r.description}`);
  await write(io.stdout, `${lines.join('\n')}\n\n${rows.length} rules${config.path ? ` (config: ${config.path})` : ''}\n`);
  return 0;
}

async function runInit(io: CliIo): Promise<number> {
  const target = resolve('.privacylintrc.yaml');
  if (existsSync(target) || existsSync(resolve('.privacylintrc.yml'))) {
    throw new UsageError(`${existsSync(target) ? '.privacylintrc.yaml' : '.privacylintrc.yml'} already exists; it was not overwritten`);
  }
  await writeFileAtomic(target, CONFIG_TEMPLATE);
  await write(io.stdout, `wrote .privacylintrc.yaml\n`);
  return 0;
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('privacylint')
    .description('Reads website privacy policies and checks them against GDPR Art. 13.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Arguments may come from a glob over hostile file names: escape controls, keeping only commander's own suggestion line.
      outputError: (s, writeErr) => writeErr(`privacylint: ${displayMessage(s.replace(/^error: /u, '').replace(/\n$/u, '')).replace(/\\n(?=\(Did you mean )/u, '\n')}\n`),
    })
    .showSuggestionAfterError(true);

  const parse = program
    .command('parse')
    .description('print the structured model of a policy: controller, DPO, data, purposes, legal bases, retention, recipients, transfers, rights, cookies, law references — every fact with its evidence')
    .argument('<file>', "policy file (.md, .markdown, .html, .htm, .txt; anything else is read as text), an http(s) URL, or '-' for standard input")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'yaml']).default('json'))
    .addOption(new Option('-l, --language <language>', 'policy language instead of detecting it').choices(LANGUAGE_CODES))
    .addOption(new Option('--input-format <format>', 'read the file as this format instead of detecting it').choices(['markdown', 'text', 'html']))
    .option('--max-size <size>', `largest input to read, e.g. 10MB, 512k (default ${DEFAULT_MAX_SIZE / 1024 / 1024} MB)`);
  addFetchOptions(parse)
    .addHelpText(
      'after',
      `
Examples:
  $ privacylint parse fixtures/cloudaware-privacybeleid.md
  $ privacylint parse privacy.html --format yaml
  $ privacylint parse https://example.nl/privacy --save snapshots/
  $ curl -s https://example.nl/privacy | privacylint parse - --input-format html
  $ privacylint parse policy.txt --language en | jq '.retention'`,
    )
    .action(async (file: string, options: ParseCommandOptions) => {
      setExit(await runParse(file, options, io));
    });

  const lint = program
    .command('lint', { isDefault: true })
    .description('check policies against GDPR Art. 13, outdated law and consistency rules (the default command)')
    .argument('[paths...]', "files, folders, glob patterns or http(s) URLs, or '-' for standard input (default: the policy-like files of the current folder, e.g. privacy*.md, or the config's files)")
    .addOption(new Option('-f, --format <format>', 'output format (jsonl: one JSON object per file and line, written as each file is done)').choices(LINT_FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--report <format=file>', 'also write a report in this format to this file, from the same run (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--stdin-filename <path>', "with '-': the name standard input stands for (in reports, for the config and the format)")
    .option('-j, --jobs <n>', 'lint this many files at once, on worker threads (default: the number of CPU threads, at most one per 8 files); the report is the same for any number')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--rule <id=severity>', 'set a rule to off|info|warning|error (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('-c, --config <file>', 'use this config file instead of the nearest .privacylintrc.yaml')
    .option('--fix', 'apply the suggested replacements to the files (written atomically)')
    .option('--fix-dry-run', 'print the fixes as a unified diff, then the findings they would leave; no file is changed')
    .option('--report-unused-disable-directives', 'report <!-- privacylint-disable … --> comments that silence nothing (as errors)')
    .addOption(new Option('--locale <locale>', 'language of the messages (default: the policy language, else English)').choices(LOCALES))
    .addOption(new Option('-l, --language <language>', 'policy language instead of detecting it').choices(LANGUAGE_CODES))
    .addOption(new Option('--input-format <format>', 'read files as this format').choices(['markdown', 'text', 'html']))
    .option('--max-size <size>', 'largest input to read (default 10 MB)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also when NO_COLOR is set)');
  addFetchOptions(lint)
    .addHelpText(
      'after',
      `
Examples:
  $ privacylint                                                  lint the policy-like files here (privacy*, datenschutz*, …)
  $ privacylint content/privacy.md                               lint one policy (lint is the default command)
  $ privacylint lint docs/ --format sarif -o privacylint.sarif   for GitHub code scanning
  $ privacylint lint "content/**/privacy*.md" --max-warnings 0   fail CI on any warning
  $ privacylint lint policy.md --rule gdpr/dpo-contact=off       turn one rule off
  $ privacylint lint policy.md --fix-dry-run                     show what --fix would change
  $ privacylint lint policy.md --report-unused-disable-directives  flag disable comments that silence nothing
  $ privacylint lint https://example.com/privacy --timeout 10    fetch a published policy and lint it
  $ privacylint lint . --format github --report sarif=privacylint.sarif --report markdown=report.md
                                                                 annotations, SARIF and a summary from one run
  $ git show HEAD:privacy.md | privacylint lint - --stdin-filename privacy.md
  $ privacylint lint corpus/ --jobs 4 --format jsonl > out.jsonl  a large folder on 4 threads, one line per file`,
    )
    .action(async (paths: string[], options: LintCommandOptions) => {
      setExit(await runLint(paths, options, io));
    });

  program
    .command('rules')
    .description('list every rule: id, severity, kind, article and what it checks')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'show severities as this config sets them')
    .action(async (options: { format: 'text' | 'json'; config?: string }) => {
      setExit(await runRules(options, io));
    });

  program
    .command('init')
    .description('write a commented .privacylintrc.yaml in the current folder (never overwrites one)')
    .action(async () => {
      setExit(await runInit(io));
    });

  registerDiffCommand(program, io, setExit);

  program
    .command('lsp')
    .description('run the language server for editors: diagnostics, quick fixes, hover and an outline (Language Server Protocol)')
    .option('--stdio', 'speak the protocol over standard input and output (the default and only transport)')
    // Editors add options of their own (--clientProcessId=…); they are not ours to refuse.
    .allowUnknownOption()
    .addHelpText(
      'after',
      `
Examples:
  $ privacylint lsp --stdio        started by an editor; see the README for VS Code, Neovim, Helix and Zed`,
    )
    .action(async () => {
      // Loaded only for this command, so that lint start-up does not pay for the server.
      const { startServer } = await import('../lsp/server.js');
      await startServer({ input: io.stdin ?? process.stdin, output: io.stdout, version: VERSION });
      setExit(0);
    });

  program.addHelpText(
    'after',
    `
Examples:
  $ privacylint privacy.md                                      lint a policy
  $ privacylint diff published.md draft.md --fail-on regression compare two versions
  $ privacylint parse fixtures/cloudaware-privacybeleid.md      the model as JSON
  $ privacylint parse privacy.md --format yaml                  the model as YAML
  $ privacylint rules                                           list the rules

Exit codes: 0 success, 1 findings fail the run, 2 usage or input error.`,
  );
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function run(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  let exitCode = 0;
  guardStream(io.stdout);
  guardStream(io.stderr);
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error.
      // Help and version asked for are a success; help shown because of a mistake (`help nope`) is not.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2;
      return 2;
    }
    if (error instanceof OutputError) {
      // One line; if standard error is the broken stream, there is nothing more to say.
      await writeTo(io.stderr, `privacylint: ${error.message}\n`).catch(() => undefined);
      return 2;
    }
    if (error instanceof InputError || error instanceof UsageError) {
      io.stderr.write(`privacylint: ${displayMessage(error.message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`privacylint: internal error: ${displayMessage(message.split('\n')[0])} (please report it with the file that caused it)\n`);
    if (process.env.PRIVACYLINT_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
