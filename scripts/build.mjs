// Bundles the CLI and the library with esbuild: one ESM file each plus shared chunks (the HTML reader is
// loaded on demand), so start-up reads a few files instead of hundreds of modules. Then saves what a run
// would otherwise compute at every start: the built-in rule packs read and checked (dist/builtin-rules.json)
// and the `--help` text (dist/help.txt, which bin/privacylint.js prints without loading the engine).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
await build({
  // lint-worker: the worker thread of `lint --jobs`; build-tools: used below, then removed.
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'lint-worker': 'src/cli/lint-worker.ts', 'build-tools': 'src/cli/build-tools.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // esnext: esbuild would otherwise rewrite regex literals with \p{…} into new RegExp() calls that run on every call.
  target: 'esnext',
  chunkNames: 'chunks/[name]-[hash]',
  define: { PRIVACYLINT_VERSION: JSON.stringify(pkg.version) },
  // commander is CommonJS; inside an ESM bundle its require() calls need a real require.
  banner: { js: "import { createRequire as __privacylintCreateRequire } from 'node:module'; const require = __privacylintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

const tools = await import(new URL('build-tools.js', dist).href);
const rules = tools.builtinRulesCache();
if (rules === null) console.warn('build: the built-in rules do not survive JSON unchanged; runs will read the YAML');
else writeFileSync(new URL(tools.BUILTIN_CACHE, dist), rules);
rmSync(new URL('build-tools.js', dist));

// What `privacylint --help` prints at commander's default width (80 columns; not a terminal).
const help = spawnSync(process.execPath, [new URL('../bin/privacylint.js', import.meta.url).pathname, '--help'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
if (help.status !== 0) throw new Error(`build: privacylint --help failed: ${help.stderr}`);
writeFileSync(new URL('help.txt', dist), help.stdout);
