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
import { ConfigCache, lintFile, applyFixes, type LintedFile } from '../lint.js';
import { LANGUAGE_CODES, LOCALES, type Language, type Locale } from '../model/types.js';
import { languageNotice } from '../rules/notice.js';
import type { InputFormat } from '../io/read.js';
import { encodeFixed, writeFileAtomic } from '../io/write.js';
import { OutputError, guardStream, writeTo } from '../io/stream.js';
import { displayMessage } from '../report/sanitize.js';
import { resolveConfig } from '../rules/config.js';
import type { Severity } from '../rules/types.js';
import { expandPaths } from './files.js';
import { CONFIG_TEMPLATE } from './init-template.js';
import { registerDiffCommand } from './diff-command.js';
import { defaultJobs, lintInOrder } from './pool.js';
import { Progress } from './progress.js';
import { forReport } from './lint-jobs.js';
import { MODEL_FORMATS, ReportSink, type LintFormat } from './report-sink.js';

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

interface ParseCommandOptions {
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
  const { model, document } = await parsePolicyFile(file, { maxSize, inputFormat: options.inputFormat, language: options.language, stdin: io.stdin }).catch((error: unknown) => {
    throw errorNamingFile(file, error);
  });
  for (const warning of document.warnings) await write(io.stderr, `privacylint: warning: ${displayMessage(warning)}\n`);
  const notice = languageNotice(model.language, 'en');
  if (notice) await write(io.stderr, `privacylint: warning: ${displayMessage(document.path)}: ${notice.message}\n`);
  // YAML 1.1 mode quotes strings such as 2023-12-21 or "no" that older readers (PyYAML) would turn into dates or booleans.
  const out = options.format === 'yaml' ? toYaml(model, { lineWidth: 0, version: '1.1' }) : `${JSON.stringify(model, null, 2)}\n`;
  await write(io.stdout, out);
  return 0;
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
}

interface LintCommandOptions {
  format: LintFormat;
  output?: string;
  maxWarnings?: string;
  quiet?: boolean;
  rule: string[];
  config?: string;
  fix?: boolean;
  fixDryRun?: boolean;
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

async function runLint(paths: string[], options: LintCommandOptions, io: CliIo): Promise<number> {
  const overrides = parseRuleOverrides(options.rule);
  const maxSize = options.maxSize === undefined ? DEFAULT_MAX_SIZE : parseSize(options.maxSize);
  let maxWarnings = -1;
  if (options.maxWarnings !== undefined) {
    if (!/^\d+$/u.test(options.maxWarnings)) throw new UsageError(`--max-warnings '${options.maxWarnings}': give a whole number of 0 or more`);
    maxWarnings = Number(options.maxWarnings);
  }
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run: choose one');
  if (options.jobs !== undefined && !/^[1-9]\d*$/u.test(options.jobs)) throw new UsageError(`--jobs '${options.jobs}': give a whole number of 1 or more`);
  const fixing = options.fix === true || options.fixDryRun === true;
  // --fix rewrites files one by one and needs each file's text: it lints in this thread.
  const jobs = fixing ? 1 : options.jobs === undefined ? defaultJobs() : Number(options.jobs);
  const cache = new ConfigCache(overrides);
  const explicitConfig = options.config;
  if (explicitConfig && !existsSync(explicitConfig)) throw new UsageError(`--config ${explicitConfig}: no such file`);
  const ignores = explicitConfig ? cache.forFile('-', explicitConfig).ignore : cache.forFile('-').ignore;
  const skipped: string[] = [];
  const files = await expandPaths(paths.length ? paths : ['.'], process.cwd(), ignores, skipped);
  for (const warning of skipped) await write(io.stderr, `privacylint: warning: ${displayMessage(warning)}\n`);
  if (files.length === 0) throw new UsageError(`no policy files found in ${paths.join(' ') || '.'} (looked for .${['md', 'markdown', 'txt', 'html', 'htm'].join(', .')})`);
  if (options.output && files.some((f) => f !== '-' && resolve(f) === resolve(options.output!))) {
    throw new UsageError(`--output ${options.output}: that is one of the policies being linted; choose another file`);
  }

  const linted: LintedFile[] = [];
  const toFile = options.output !== undefined;
  const progress = new Progress({ total: files.length, stream: io.stderr, quiet: options.quiet });
  const sink = new ReportSink({
    format: options.format,
    output: options.output,
    stdout: io.stdout,
    color: !toFile && useColor(options.color, io.stdout),
    quiet: options.quiet,
    locale: options.locale,
    toolVersion: VERSION,
    rulesFor: (file) => (file === null ? resolveConfig(null).rules : cache.forFile(file, explicitConfig).rules),
    beforeWrite: () => progress.clear(),
  });
  const warn = (line: string): Promise<void> => {
    progress.clear();
    return write(io.stderr, line);
  };
  const setup = {
    options: { config: explicitConfig, locale: options.locale, language: options.language, inputFormat: options.inputFormat, maxSize },
    overrides,
    keepModel: MODEL_FORMATS.includes(options.format),
  };
  // One file that cannot be read (empty, unreadable, binary, a bad name) is reported and the run goes on;
  // the report covers the rest, and the run exits 2 because an input could not be checked.
  // Files are linted in order (on --jobs worker threads) and each result goes to the report as it comes.
  const failed = new Set<string>();
  let reported = 0;
  try {
    for await (const outcome of lintInOrder(files, setup, jobs, io.stdin)) {
      progress.tick();
      if ('error' in outcome) {
        const error = errorNamingFile(outcome.file, outcome.error);
        if (!(error instanceof InputError) || files.length === 1) throw error;
        if (!failed.has(error.message)) await warn(`privacylint: ${displayMessage(error.message)}\n`);
        failed.add(error.message);
        continue;
      }
      for (const warning of outcome.warnings) await warn(`privacylint: warning: ${displayMessage(warning)}\n`);
      reported++;
      if (fixing) linted.push(outcome.linted!);
      else await sink.add(outcome.result, outcome.file);
    }
  } finally {
    progress.clear();
  }
  if (reported === 0 && failed.size > 0) return 2;

  if (fixing) {
    for (const one of linted) {
      const { input } = one.parsed;
      const fixed = applyFixes(input.text, one.result.findings);
      if (fixed.applied === 0) continue;
      if (options.fixDryRun) {
        await write(io.stdout, createTwoFilesPatch(`a/${input.path}`, `b/${input.path}`, input.text, fixed.text, '', '', { context: 2 }));
        continue;
      }
      if (input.path === '<stdin>') throw new UsageError('--fix cannot write to standard input; use --fix-dry-run');
      await writeFileAtomic(input.path, encodeFixed(input, fixed.text), { expect: input.source });
      // Report what is left after fixing, as ESLint does.
      const again = await lintFile(input.path, { config: explicitConfig, locale: options.locale, language: options.language, inputFormat: options.inputFormat, maxSize }, cache);
      linted[linted.indexOf(one)] = again;
      await write(io.stderr, `privacylint: ${displayMessage(input.path)}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}\n`);
    }
    if (options.fixDryRun) return 0;
  }

  for (const one of linted) await sink.add(forReport(one.result, setup.keepModel), one.parsed.input.path === '<stdin>' ? '-' : one.parsed.input.path);
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

  program
    .command('parse')
    .description('print the structured model of a policy: controller, DPO, data, purposes, legal bases, retention, recipients, transfers, rights, cookies, law references — every fact with its evidence')
    .argument('<file>', "policy file (.md, .markdown, .html, .htm, .txt; anything else is read as text), or '-' for standard input")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'yaml']).default('json'))
    .addOption(new Option('-l, --language <language>', 'policy language instead of detecting it').choices(LANGUAGE_CODES))
    .addOption(new Option('--input-format <format>', 'read the file as this format instead of detecting it').choices(['markdown', 'text', 'html']))
    .option('--max-size <size>', `largest input to read, e.g. 10MB, 512k (default ${DEFAULT_MAX_SIZE / 1024 / 1024} MB)`)
    .addHelpText(
      'after',
      `
Examples:
  $ privacylint parse fixtures/cloudaware-privacybeleid.md
  $ privacylint parse privacy.html --format yaml
  $ curl -s https://example.nl/privacy | privacylint parse - --input-format html
  $ privacylint parse policy.txt --language en | jq '.retention'`,
    )
    .action(async (file: string, options: ParseCommandOptions) => {
      setExit(await runParse(file, options, io));
    });

  program
    .command('lint', { isDefault: true })
    .description('check policies against GDPR Art. 13, outdated law and consistency rules (the default command)')
    .argument('[paths...]', "files, folders or glob patterns (default: the current folder), or '-' for standard input")
    .addOption(new Option('-f, --format <format>', 'output format (jsonl: one JSON object per file and line, written as each file is done)').choices(['stylish', 'json', 'jsonl', 'sarif', 'github', 'markdown']).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('-j, --jobs <n>', 'lint this many files at once, on worker threads (default: the number of CPU threads); the report is the same for any number')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--rule <id=severity>', 'set a rule to off|info|warning|error (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('-c, --config <file>', 'use this config file instead of the nearest .privacylintrc.yaml')
    .option('--fix', 'apply the suggested replacements to the files (written atomically)')
    .option('--fix-dry-run', 'print the fixes as a unified diff without changing any file')
    .addOption(new Option('--locale <locale>', 'language of the messages (default: the policy language, else English)').choices(LOCALES))
    .addOption(new Option('-l, --language <language>', 'policy language instead of detecting it').choices(LANGUAGE_CODES))
    .addOption(new Option('--input-format <format>', 'read files as this format').choices(['markdown', 'text', 'html']))
    .option('--max-size <size>', 'largest input to read (default 10 MB)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also when NO_COLOR is set)')
    .addHelpText(
      'after',
      `
Examples:
  $ privacylint content/privacy.md                               lint one policy (lint is the default command)
  $ privacylint lint docs/ --format sarif -o privacylint.sarif   for GitHub code scanning
  $ privacylint lint "content/**/privacy*.md" --max-warnings 0   fail CI on any warning
  $ privacylint lint policy.md --rule gdpr/dpo-contact=off       turn one rule off
  $ privacylint lint policy.md --fix-dry-run                     show what --fix would change
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
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return 2;
    }
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
