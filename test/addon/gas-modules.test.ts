/**
 * scripts/gas-modules.mjs: the module text written to build/gas-modules/ is what the loader's
 * `new Function` compiles, line for line, so that a stack trace's `phan-loai/<module>:<line>`
 * can be looked up there (docs/architecture.md «Cold start»).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadBundle } from './gas-vm';

type SplitBundle = (
  root: string,
  options: { groups: Record<string, string>; globalName: string; moduleDir?: string },
) => Promise<string>;

const GAS_MODULES = pathToFileURL(join(__dirname, '..', '..', 'scripts', 'gas-modules.mjs')).href;

describe('the deferred modules as written for stack traces', () => {
  it('a stack trace’s line in a deferred module is that line of its file in the module folder', async () => {
    const { splitBundle } = (await import(GAS_MODULES)) as { splitBundle: SplitBundle };
    const root = mkdtempSync(join(tmpdir(), 'phan-loai-gas-modules-'));
    try {
      writeFileSync(join(root, 'open.ts'), 'export function onOpen(): number {\n  return 1;\n}\n');
      writeFileSync(
        join(root, 'later.ts'),
        [
          'export function boom(n: number): number {',
          '  if (n > 0) throw new Error("boom");',
          '  const twice = n * 2;',
          '  return twice + 1;',
          '}',
          '',
        ].join('\n'),
      );
      const moduleDir = join(root, 'modules');
      const code = await splitBundle(root, { groups: { open: 'open.ts', later: 'later.ts' }, globalName: 'G', moduleDir });
      const context = vm.createContext({});
      vm.runInContext(code, context, { filename: 'Code.js' });
      let stack = '';
      try {
        vm.runInContext('G.boom(3)', context);
      } catch (error) {
        stack = String((error as Error).stack);
      }
      const frame = /phan-loai\/(later\.js):(\d+):(\d+)/.exec(stack);
      expect(frame, stack).not.toBeNull();
      const [, file, line, column] = frame as RegExpExecArray;
      const text = readFileSync(join(moduleDir, file as string), 'utf8').split('\n')[Number(line) - 1] ?? '';
      expect(text).toContain('throw new Error');
      expect(text.slice(Number(column) - 1)).toMatch(/^(throw )?new Error/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('each deferred module of the add-on’s Code.js is compiled from exactly its file in build/gas-modules', () => {
    const bundle = loadBundle();
    const context = bundle.context as Record<string, unknown>;
    const real = vm.runInContext('Function', bundle.context) as FunctionConstructor;
    const sources = new Map<string, string>();
    context.Function = new Proxy(real, {
      construct(target, args: string[]) {
        const fn = Reflect.construct(target, args) as () => unknown;
        const name = /\/\/# sourceURL=phan-loai\/(\S+)\s*$/.exec(args[args.length - 1] ?? '')?.[1] ?? '(unnamed)';
        sources.set(name, fn.toString());
        return fn;
      },
    });
    expect(bundle.call('DATTYLE', 67, 100, '2/3')).toBe(true);
    expect(sources.size).toBeGreaterThan(0);
    for (const [name, source] of sources) {
      expect(source, name).toBe(readFileSync(join(__dirname, '..', '..', 'build', 'gas-modules', name), 'utf8'));
    }
  });
});
