/**
 * The command line: argv, exit codes, standard streams and the terminal are known here and nowhere else.
 * Exit codes: 0 success, 1 findings fail the run (lint), 2 usage or input error (one line on stderr).
 */
import { Command, CommanderError, Option } from 'commander';
import { stringify as toYaml } from 'yaml';
import { parsePolicyFile, InputError, parseSize, DEFAULT_MAX_SIZE } from '../index.js';
import type { Language } from '../model/types.js';
import type { InputFormat } from '../io/read.js';

declare const PRIVACYLINT_VERSION: string;
const VERSION = typeof PRIVACYLINT_VERSION === 'string' ? PRIVACYLINT_VERSION : '0.0.0-dev';

/** A problem with how the command was called; reported like an input error (exit 2). */
class UsageError extends Error {}

interface ParseCommandOptions {
  format: 'json' | 'yaml';
  language?: Language;
  inputFormat?: InputFormat;
  maxSize?: string;
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

async function runParse(file: string, options: ParseCommandOptions, io: CliIo): Promise<number> {
  const maxSize = options.maxSize === undefined ? DEFAULT_MAX_SIZE : parseSize(options.maxSize);
  const { model, document } = await parsePolicyFile(file, { maxSize, inputFormat: options.inputFormat, language: options.language, stdin: io.stdin });
  for (const warning of document.warnings) await write(io.stderr, `privacylint: warning: ${warning}\n`);
  const out = options.format === 'yaml' ? toYaml(model, { lineWidth: 0 }) : `${JSON.stringify(model, null, 2)}\n`;
  await write(io.stdout, out);
  return 0;
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('privacylint')
    .description('Reads website privacy policies (Dutch, English) and checks them against GDPR Art. 13.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, writeErr) => writeErr(`privacylint: ${s.replace(/^error: /u, '')}`),
    })
    .showSuggestionAfterError(true);

  program
    .command('parse')
    .description('print the structured model of a policy: controller, DPO, data, purposes, legal bases, retention, recipients, transfers, rights, cookies, law references — every fact with its evidence')
    .argument('<file>', "policy file (.md, .markdown, .html, .htm, .txt; anything else is read as text), or '-' for standard input")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'yaml']).default('json'))
    .addOption(new Option('-l, --language <language>', 'policy language instead of detecting it').choices(['nl', 'en']))
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

  program.addHelpText(
    'after',
    `
Examples:
  $ privacylint parse fixtures/cloudaware-privacybeleid.md      the model as JSON
  $ privacylint parse privacy.md --format yaml                  the model as YAML

Exit codes: 0 success, 1 findings fail the run, 2 usage or input error.`,
  );
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function run(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  let exitCode = 0;
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
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    if (error instanceof InputError || error instanceof UsageError) {
      io.stderr.write(`privacylint: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`privacylint: internal error: ${message.split('\n')[0]} (please report it with the file that caused it)\n`);
    if (process.env.PRIVACYLINT_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
