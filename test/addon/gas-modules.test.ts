/**
 * scripts/gas-modules.mjs: the module text written to build/gas-modules/ is what the loader's
 * `new Function` compiles, line for line, so that a stack trace's `phan-loai/<module>:<line>`
 * can be looked up there (docs/architecture.md «Cold start»).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadBundle, recordDeferredCompiles } from './gas-vm';

type SplitBundle = (
  root: string,
  options: { groups: Record<string, string>; globalName: string; moduleDir?: string },
) => Promise<string>;

const GAS_MODULES = pathToFileURL(join(__dirname, '..', '..', 'scripts', 'gas-modules.mjs')).href;

/**
 * A project of two groups built by splitBundle: onOpen's, and `later.ts` (given), loaded on
 * first use; its Code.js run in a fresh context, and each module as written for stack traces.
 */
async function fixture(later: string): Promise<{ context: vm.Context; modules: Map<string, string> }> {
  const { splitBundle } = (await import(GAS_MODULES)) as { splitBundle: SplitBundle };
  const root = mkdtempSync(join(tmpdir(), 'phan-loai-gas-modules-'));
  try {
    writeFileSync(join(root, 'open.ts'), 'export function onOpen(): number {\n  return 1;\n}\n');
    writeFileSync(join(root, 'later.ts'), later);
    const moduleDir = join(root, 'modules');
    const code = await splitBundle(root, { groups: { open: 'open.ts', later: 'later.ts' }, globalName: 'G', moduleDir });
    const context = vm.createContext({ attempts: 0 });
    vm.runInContext(code, context, { filename: 'Code.js' });
    const modules = new Map(readdirSync(moduleDir).map((file) => [file, readFileSync(join(moduleDir, file), 'utf8')]));
    return { context, modules };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the deferred modules as written for stack traces', () => {
  it('a stack trace’s line in a deferred module is that line of its file in the module folder', async () => {
    const { context, modules } = await fixture(
      [
        'export function boom(n: number): number {',
        '  if (n > 0) throw new Error("boom");',
        '  const twice = n * 2;',
        '  return twice + 1;',
        '}',
        '',
      ].join('\n'),
    );
    let stack = '';
    try {
      vm.runInContext('G.boom(3)', context);
    } catch (error) {
      stack = String((error as Error).stack);
    }
    const frame = /phan-loai\/(later\.js):(\d+):(\d+)/.exec(stack);
    expect(frame, stack).not.toBeNull();
    const [, file, line, column] = frame as RegExpExecArray;
    const text = modules.get(file as string)?.split('\n')[Number(line) - 1] ?? '';
    expect(text).toContain('throw new Error');
    expect(text.slice(Number(column) - 1)).toMatch(/^(throw )?new Error/);
  });

  it('each deferred module of the add-on’s Code.js is compiled from exactly its file in build/gas-modules', () => {
    const bundle = loadBundle();
    const { sources } = recordDeferredCompiles(bundle.context);
    expect(bundle.call('DATTYLE', 67, 100, '2/3')).toBe(true);
    expect(sources.size).toBeGreaterThan(0);
    for (const [name, source] of sources) {
      expect(source, name).toBe(readFileSync(join(__dirname, '..', '..', 'build', 'gas-modules', name), 'utf8'));
    }
  });
});

describe('moduleBody: an esbuild ES module as a function body', () => {
  type ModuleBody = (file: string, text: string) => string;
  const moduleBody = async () => ((await import(GAS_MODULES)) as { moduleBody: ModuleBody }).moduleBody;

  it('rewrites the leading imports and the trailing export list, and nothing else', async () => {
    const body = (await moduleBody())(
      'm.js',
      [
        'import {',
        '  a,',
        '  b as $c',
        '} from "./chunk-A.js";',
        'import "./chunk-B.js";',
        '',
        '// src/m.ts',
        'var text = "import { a } from \\"./chunk-A.js\\";";',
        'function f() {',
        '  return a + $c;',
        '}',
        '',
        'export {',
        '  f as default,',
        '  text',
        '};',
        '',
      ].join('\n'),
    );
    expect(body.split('\n')).toEqual([
      'var { a, b: $c } = __load("chunk-A.js");',
      '__load("chunk-B.js");',
      '',
      '// src/m.ts',
      'var text = "import { a } from \\"./chunk-A.js\\";";',
      'function f() {',
      '  return a + $c;',
      '}',
      '',
      'return { default: f, text };',
      '',
    ]);
  });

  it('gives a module with no export list an empty export object', async () => {
    expect((await moduleBody())('m.js', 'var x = 1;\n')).toBe('var x = 1;\nreturn {};\n');
  });

  it('stops the build, rather than rewrite it, on a line of a template literal that starts like an import', async () => {
    const text = 'var t = `\nimport { a } from "./chunk-A.js";\n`;\nexport {\n  t\n};\n';
    const rewrite = await moduleBody();
    expect(() => rewrite('m.js', text)).toThrow(/m\.js keeps module syntax/);
  });
});

describe('the loader', () => {
  it('runs a deferred module in strict mode, as the ES module it was', async () => {
    const { context } = await fixture(
      'const strict = (function (this: unknown) {\n  return this === undefined;\n})();\nexport function isStrict(): boolean {\n  return strict;\n}\n',
    );
    expect(vm.runInContext('G.isStrict()', context)).toBe(true);
  });

  it('does not keep a module whose top level threw: the caller sees the error, and the next call runs it again', async () => {
    const { context } = await fixture(
      [
        'declare let attempts: number;',
        'attempts++;',
        'if (attempts === 1) throw new Error("first load fails");',
        'export function loadedOn(): number {',
        '  return attempts;',
        '}',
        '',
      ].join('\n'),
    );
    expect(() => vm.runInContext('G.loadedOn()', context)).toThrow('first load fails');
    expect(vm.runInContext('G.loadedOn()', context)).toBe(2);
    // Loaded once it succeeded: not run a third time.
    expect(vm.runInContext('G.loadedOn()', context)).toBe(2);
  });
});

/**
 * A module's exports are copied into the object its body returns, and an import is a `var`
 * destructured from it: unlike an ES module's live binding, an export reassigned after the
 * module's top level ran would stay stale in every module that imports it (the CLI, which
 * runs the ES modules, would not show it). So no exported binding is ever assigned again.
 */
function reassignedExports(dir: string): string[] {
  const files = readdirSync(dir).map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    // Deferred modules are written as functions; the ones compiled at load as bodies.
    return { name, text: text.startsWith('function anonymous(') ? text : `function m(__load) {\n${text}\n}` };
  });
  const options: ts.CompilerOptions = { allowJs: true, noEmit: true, noLib: true, target: ts.ScriptTarget.ES2020 };
  const host = ts.createCompilerHost(options);
  const sources = new Map(
    files.map((f) => [f.name, ts.createSourceFile(f.name, f.text, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS)]),
  );
  host.getSourceFile = (name) => sources.get(name);
  host.fileExists = (name) => sources.has(name);
  const program = ts.createProgram({ rootNames: [...sources.keys()], options, host });
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const [name, source] of sources) {
    const exported = new Set<ts.Symbol>();
    // The export list: the object the module's function returns last.
    const outer = source.statements[0];
    const last = outer && ts.isFunctionDeclaration(outer) ? outer.body?.statements.at(-1) : undefined;
    if (last && ts.isReturnStatement(last) && last.expression && ts.isObjectLiteralExpression(last.expression)) {
      for (const p of last.expression.properties) {
        const symbol = ts.isShorthandPropertyAssignment(p)
          ? checker.getShorthandAssignmentValueSymbol(p)
          : ts.isPropertyAssignment(p) && ts.isIdentifier(p.initializer)
            ? checker.getSymbolAtLocation(p.initializer)
            : undefined;
        if (symbol) exported.add(symbol);
      }
    }
    if (exported.size === 0) found.push(`${name}: no export list`);
    const writes = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        const parent = node.parent;
        const written =
          (ts.isBinaryExpression(parent) &&
            parent.left === node &&
            parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
            parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment) ||
          ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
            (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken));
        const symbol = written ? checker.getSymbolAtLocation(node) : undefined;
        if (symbol && exported.has(symbol)) found.push(`${name}: ${node.text}`);
      }
      ts.forEachChild(node, writes);
    };
    writes(source);
  }
  return found;
}

describe('the modules’ exports, copied rather than live', () => {
  it('finds an export reassigned after the top level (the check itself)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phan-loai-live-'));
    try {
      writeFileSync(
        join(dir, 'a.js'),
        'var counter = 0, other = 0;\nfunction bump() {\n  let other = 1;\n  other++;\n  counter++;\n  return { other };\n}\nreturn { counter, bump, o: other };\n',
      );
      expect(reassignedExports(dir)).toEqual(['a.js: counter']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no module of either Apps Script project assigns an export again', () => {
    for (const dir of ['gas-modules', 'gas-dang-uy-modules']) {
      expect(reassignedExports(join(__dirname, '..', '..', 'build', dir)), dir).toEqual([]);
    }
  });
});
