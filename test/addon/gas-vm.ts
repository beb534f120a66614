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

/**
 * Records the module each `new Function` of the bundle compiles (from its `//# sourceURL=`),
 * by replacing the context's `Function` with a forwarder. Call before the first entry point.
 */
export function recordDeferredCompiles(bundle: LoadedBundle): string[] {
  const compiled: string[] = [];
  const context = bundle.context as Record<string, unknown>;
  const real = vm.runInContext('Function', bundle.context) as FunctionConstructor;
  // The bundle calls `new Function(…)`: a Proxy keeps the constructor and records its body.
  context.Function = new Proxy(real, {
    construct(target, args: string[]) {
      const body = args[args.length - 1] ?? '';
      compiled.push(/\/\/# sourceURL=phan-loai\/(\S+)\s*$/.exec(body)?.[1] ?? '(unnamed)');
      return Reflect.construct(target, args);
    },
  });
  return compiled;
}
