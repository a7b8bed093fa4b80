// Bundles the CLI and the library with esbuild: one ESM file each plus shared chunks (the HTML reader is
// loaded on demand, and so is the language server of `privacylint lsp`), so start-up reads a few files instead of
// hundreds of modules.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
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
