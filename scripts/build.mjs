// Bundles the CLI and the library with esbuild: one ESM file each plus shared chunks (the HTML reader is
// loaded on demand, and so is the language server of `privacylint lsp`), so start-up reads a few files instead of
// hundreds of modules. The bundle holds every runtime dependency, so the package installs none (they are
// devDependencies): dist/THIRD-PARTY-LICENSES.md carries the licences of the packages bundled. Then saves what a
// run would otherwise compute at every start: the built-in rule packs read and checked (dist/builtin-rules.json)
// and the `--help` text (dist/help.txt, which bin/privacylint.js prints without loading the engine). Then the type
// declarations (scripts/build-types.mjs).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildTypes } from './build-types.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });

// First the engine's build tools (src/cli/build-tools.ts), run from source: what a run would otherwise work out from
// static data at every start (src/lexicon/plans.ts) is worked out here once and built into the bundles below as
// PRIVACYLINT_PRECOMPUTED; then the built-in rule packs (further down). Removed after use.
await build({
  entryPoints: { 'build-tools': 'src/cli/build-tools.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'esnext',
  define: { PRIVACYLINT_VERSION: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __privacylintCreateRequire } from 'node:module'; const require = __privacylintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
const tools = await import(new URL('build-tools.js', dist).href);
const PRECOMPUTED = JSON.stringify(tools.precomputed());

const result = await build({
  // lint-worker: the worker thread of `lint --jobs`.
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'lint-worker': 'src/cli/lint-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // esnext: esbuild would otherwise rewrite regex literals with \p{…} into new RegExp() calls that run on every call.
  target: 'esnext',
  chunkNames: 'chunks/[name]-[hash]',
  define: { PRIVACYLINT_VERSION: JSON.stringify(pkg.version), PRIVACYLINT_PRECOMPUTED: PRECOMPUTED },
  // commander is CommonJS; inside an ESM bundle its require() calls need a real require.
  banner: { js: "import { createRequire as __privacylintCreateRequire } from 'node:module'; const require = __privacylintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
});

// The CLI and the lint worker once more, each as one CommonJS file: on Node versions without
// module.enableCompileCache, bin/privacylint.js and dist/lint-worker-boot.js load these through V8's code cache
// (src/cli/code-cache.ts), which Node 20 offers for scripts but not for ES modules. import.meta.url becomes a
// parameter of the wrapper that loader puts around the file. Then the loaders themselves, with the bundles' hashes
// (the cache files' names) built in.
const cjs = await build({
  entryPoints: { cli: 'src/cli/main.ts', 'lint-worker': 'src/cli/lint-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'esnext',
  define: { PRIVACYLINT_VERSION: JSON.stringify(pkg.version), PRIVACYLINT_PRECOMPUTED: PRECOMPUTED, 'import.meta.url': '__privacylint_url' },
  // No comments (and so no non-ASCII text in them): an ASCII file is read without decoding UTF-8.
  minifyWhitespace: true,
  logLevel: 'warning',
  write: false,
});
const hashes = {};
for (const file of cjs.outputFiles) {
  const name = file.path.split('/').pop();
  // What is left that is not ASCII sits in regex literals (esnext keeps them): written as \\u escapes, which mean
  // the same there, the file is ASCII and the loader reads it without decoding UTF-8 (a few ms per start).
  const text = file.text.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
  hashes[name] = createHash('sha256').update(text).digest('hex').slice(0, 16);
  writeFileSync(file.path, text);
}
await build({
  entryPoints: { 'code-cache': 'src/cli/code-cache.ts', 'lint-worker-boot': 'src/cli/lint-worker-boot.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'esnext',
  define: { PRIVACYLINT_BUNDLE_HASHES: JSON.stringify(hashes) },
  logLevel: 'warning',
});

/** The licence section of a package's README, for a package that ships no licence file. */
function readmeLicense(dir) {
  const readme = readdirSync(dir).find((f) => /^readme(?:\.md)?$/iu.test(f));
  const m = readme && /^(?:#+\s*licen[cs]e|licen[cs]e\s*\n[=-]{3,})\s*\n([\s\S]*?)(?=^#|^\S.*\n[=-]{3,}|(?![\s\S]))/imu.exec(readFileSync(new URL(readme, dir), 'utf8'));
  return m ? `From its ${readme}: ${m[1].trim()}` : null;
}

/** The licence texts of the packages whose code is in the bundle, one section per package, sorted by name. */
function thirdPartyLicenses(metafile) {
  const names = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(input);
    if (m) names.add(m[1]);
  }
  const sections = [...names].sort().map((name) => {
    const dir = new URL(`../node_modules/${name}/`, import.meta.url);
    const meta = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(?:licen[cs]e|copying)(?:\.(?:md|txt))?$/iu.test(f));
    const text = file ? readFileSync(new URL(file, dir), 'utf8').trim() : readmeLicense(dir) ?? '(the package holds no licence text)';
    return `## ${name} ${meta.version} (${meta.license ?? 'licence not named in package.json'})\n\n\`\`\`\`text\n${text}\n\`\`\`\`\n`;
  });
  return `# Third-party licences\n\nprivacylint's dist/ bundles code from these packages.\n\n${sections.join('\n')}`;
}
writeFileSync(new URL('../dist/THIRD-PARTY-LICENSES.md', import.meta.url), thirdPartyLicenses(result.metafile));

const rules = tools.builtinRulesCache();
if (rules === null) console.warn('build: the built-in rules do not survive JSON unchanged; runs will read the YAML');
else writeFileSync(new URL(tools.BUILTIN_CACHE, dist), rules);
rmSync(new URL('build-tools.js', dist));

// What `privacylint --help` prints at commander's default width (80 columns; not a terminal).
const help = spawnSync(process.execPath, [new URL('../bin/privacylint.js', import.meta.url).pathname, '--help'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
if (help.status !== 0) throw new Error(`build: privacylint --help failed: ${help.stderr}`);
writeFileSync(new URL('help.txt', dist), help.stdout);

if (!process.argv.includes('--no-types')) buildTypes();
