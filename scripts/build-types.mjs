// Emits the library's type declarations into dist/types (the package's `types`), so TypeScript users get the API
// as written. The package bundles its runtime dependencies and installs none, so a declaration may not import a
// package a user does not have: declarations are kept only when the public barrel (index.d.ts) reaches them, and a
// reached module whose declarations import such a package (rules/schema.ts: types inferred from zod schemas) is
// written out again as its exported type aliases, expanded to plain object and literal types by the type checker.
import ts from 'typescript';
import { builtinModules } from 'node:module';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const OUT = join(ROOT, 'dist', 'types');

/** Packages a declaration may import: Node's own modules (from @types/node, which a TypeScript user for Node has). */
function allowedImport(specifier) {
  return specifier.startsWith('node:') || builtinModules.includes(specifier);
}

function fail(message) {
  throw new Error(`build-types: ${message}`);
}

/** The `import { a, type b } from '…'` and `export { … } from '…'` of a declaration file: specifier and names. */
function namedImports(fileName, text) {
  const out = [];
  for (const statement of ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest).statements) {
    if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
    const specifier = statement.moduleSpecifier.text;
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : statement.exportClause;
    if (!bindings) out.push({ specifier, names: ['*'] });
    else if (ts.isNamespaceImport(bindings) || ts.isNamespaceExport(bindings)) out.push({ specifier, names: ['*'] });
    else out.push({ specifier, names: bindings.elements.map((e) => (e.propertyName ?? e.name).text) });
  }
  return out;
}

export function buildTypes() {
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    verbatimModuleSyntax: true,
    declaration: true,
    emitDeclarationOnly: true,
    rootDir: SRC,
    outDir: OUT,
  };
  const program = ts.createProgram({ rootNames: [join(SRC, 'index.ts')], options });
  const emitted = new Map();
  const result = program.emit(undefined, (file, text) => emitted.set(resolve(file), text), undefined, true);
  // Type errors are `npm run typecheck`'s business; here only what stops declarations from being written.
  const problems = [...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics(), ...result.diagnostics];
  if (problems.length > 0) fail(ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' }));

  // Walk the declarations from the barrel; note each bare import.
  const reached = new Set();
  const foreign = new Map(); // declaration file -> packages it imports that a user will not have
  const queue = [join(OUT, 'index.d.ts')];
  while (queue.length > 0) {
    const file = queue.pop();
    if (reached.has(file)) continue;
    const text = emitted.get(file);
    if (text === undefined) fail(`${relative(ROOT, file)} was not emitted`);
    reached.add(file);
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier.replace(/\.js$/u, '.d.ts')));
      else if (!allowedImport(specifier)) foreign.set(file, [...(foreign.get(file) ?? []), specifier]);
    }
  }

  const checker = program.getTypeChecker();
  for (const [file, packages] of foreign) {
    const source = program.getSourceFile(join(SRC, relative(OUT, file)).replace(/\.d\.ts$/u, '.ts'));
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) fail(`no source for ${relative(ROOT, file)}`);
    // What the other reached declarations take from this module must be type aliases: only those are expanded.
    const base = `./${relative(dirname(file), file).replace(/\.d\.ts$/u, '.js')}`;
    const aliases = new Map();
    for (const symbol of checker.getExportsOfModule(module)) {
      if (!(symbol.flags & ts.SymbolFlags.TypeAlias)) continue;
      const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias | ts.TypeFormatFlags.UseFullyQualifiedType;
      aliases.set(symbol.name, checker.typeToString(checker.getDeclaredTypeOfSymbol(symbol), source, flags));
    }
    for (const other of reached) {
      if (other === file) continue;
      for (const { specifier, names } of namedImports(other, emitted.get(other))) {
        if (resolve(dirname(other), specifier.replace(/\.js$/u, '.d.ts')) !== file) continue;
        for (const name of names) {
          if (!aliases.has(name)) fail(`${relative(ROOT, other)} imports ${name} from ${base}, which imports ${packages.join(', ')}: only type aliases can be expanded`);
        }
      }
    }
    const body = [...aliases].map(([name, type]) => `export type ${name} = ${type};`).join('\n');
    if (/\bimport\s*\(/u.test(body)) fail(`${relative(ROOT, file)}: an expanded type still names another module`);
    emitted.set(file, `// Generated by scripts/build-types.mjs: the exported types of ${relative(ROOT, source.fileName)}, expanded so that they need no ${packages.join(', ')}.\n${body}\n`);
  }

  rmSync(OUT, { recursive: true, force: true });
  for (const file of reached) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, emitted.get(file));
  }
  return { files: reached.size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { files } = buildTypes();
  console.log(`dist/types: ${files} declaration files`);
}
