/** Test access to the pushed bundle running on the local backend (see src/local/gas-runtime.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { CallCounter } from '../../src/local/call-counter';
import { loadGasRuntime, type GasRuntime } from '../../src/local/gas-runtime';
import { LocalSpreadsheet } from '../../src/local/workbook';

export const CODE_PATH = join(__dirname, '..', '..', 'build', 'gas', 'Code.js');

export function bundleSource(): string {
  return readFileSync(CODE_PATH, 'utf8');
}

export type LoadedBundle = GasRuntime;

export function loadBundle(book: LocalSpreadsheet = new LocalSpreadsheet(new CallCounter())): LoadedBundle {
  return loadGasRuntime(book, join(__dirname, '..', '..', 'build', 'gas'));
}

/**
 * The modules Code.js compiles on first use (scripts/gas-modules.mjs): the string properties of
 * its `deferred` object, by file name, with the offsets of their literals in Code.js.
 */
export function deferredModules(code = bundleSource()): Map<string, { text: string; start: number; end: number }> {
  const file = ts.createSourceFile(CODE_PATH, code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const found = new Map<string, { text: string; start: number; end: number }>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'deferred' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const property of node.initializer.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.initializer)) continue;
        const name = ts.isStringLiteral(property.name) ? property.name.text : property.name.getText(file);
        found.set(name, {
          text: property.initializer.text,
          start: property.initializer.getStart(file),
          end: property.initializer.end,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** What a bundle compiled on first use: each module's file name in order, and its function's source. */
export interface DeferredCompiles {
  readonly files: string[];
  readonly sources: Map<string, string>;
}

/**
 * Records each module the bundle compiles with `new Function` (named by its `//# sourceURL=`),
 * by replacing the context's `Function` with a forwarder. Call before the first entry point.
 */
export function recordDeferredCompiles(context: vm.Context): DeferredCompiles {
  const recorded: DeferredCompiles = { files: [], sources: new Map() };
  const real = vm.runInContext('Function', context) as FunctionConstructor;
  // The bundle calls `new Function(…)`: a Proxy keeps the constructor and records what it made.
  (context as Record<string, unknown>).Function = new Proxy(real, {
    construct(target, args: string[]) {
      const fn = Reflect.construct(target, args) as () => unknown;
      const file = /\/\/# sourceURL=phan-loai\/(\S+)\s*$/.exec(args[args.length - 1] ?? '')?.[1] ?? '(unnamed)';
      recorded.files.push(file);
      recorded.sources.set(file, fn.toString());
      return fn;
    },
  });
  return recorded;
}

/** A pushed file's top-level function declarations, by name. */
export function topLevelFunctions(source: ts.SourceFile): Map<string, ts.FunctionDeclaration> {
  const found = new Map<string, ts.FunctionDeclaration>();
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) found.set(statement.name.text, statement);
  }
  return found;
}

/** Import or export statements, dynamic imports, `export` modifiers and `import.meta` in a tree. */
export function moduleSyntaxCount(node: ts.Node): number {
  let count = 0;
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isExportAssignment(node)) count++;
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) count++;
  if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) count++;
  if (ts.isMetaProperty(node)) count++;
  ts.forEachChild(node, (child) => {
    count += moduleSyntaxCount(child);
  });
  return count;
}

/** Each module a pushed file compiles on first use, as the function the loader makes of it. */
export function deferredSourceFiles(code: string): ts.SourceFile[] {
  return [...deferredModules(code).entries()].map(([name, m]) =>
    ts.createSourceFile(name, `function deferred(__load) {\n${m.text}\n}`, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS),
  );
}
