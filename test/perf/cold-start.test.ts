/**
 * The cold start of the pushed Code.js (issue 14): every Apps Script execution compiles all of
 * Code.js before it runs, so Code.js compiles at load only what onOpen needs and keeps every
 * other module as text compiled on first use (scripts/gas-modules.mjs). Counts, not times: the
 * times are `npm run bench`'s.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { freshContext } from '../../src/local/bench-cold-start';
import { sampleWorkbook } from '../../src/local/sample';
import { dangBo, dangUySource, loadDangUyBundle } from '../addon/dang-uy-vm';
import { bundleSource, deferredModules, loadBundle, recordDeferredCompiles } from '../addon/gas-vm';

/** Characters of Code.js outside the deferred modules' text: the loader, onOpen's modules, the stubs with their JSDoc. */
const COMPILED_AT_LOAD_BUDGET = 12_000; // measured 10,965 of 257,186 (the whole bundle, 267,661 bytes, was code before)

const code = bundleSource();
const deferred = deferredModules(code);
/** Characters of Code.js taken by the deferred modules' string literals. */
const deferredChars = [...deferred.values()].reduce((sum, m) => sum + (m.end - m.start), 0);
/** Characters of the deferred modules' own text. */
const deferredText = [...deferred.values()].reduce((sum, m) => sum + m.text.length, 0);

describe('what Code.js compiles at load', () => {
  it('keeps the engine, the documents and the sidebar’s server as text: only the loader, the menu and the stubs are code', () => {
    expect([...deferred.keys()]).toEqual(expect.arrayContaining(['functions.js', 'operations.js']));
    expect(deferredChars).toBeGreaterThan(200_000);
    expect(code.length - deferredChars).toBeLessThanOrEqual(COMPILED_AT_LOAD_BUDGET);
  });

  it('onOpen compiles none of the deferred modules', () => {
    const bundle = loadBundle(sampleWorkbook());
    const compiled = recordDeferredCompiles(bundle.context).files;
    bundle.call('onOpen', { authMode: 'NONE' });
    bundle.call('onInstall', { authMode: 'FULL' });
    expect(bundle.services.ui.menus).toHaveLength(2);
    expect(compiled).toEqual([]);
  });

  it('a custom function compiles its module and the engine, not the documents or the sidebar’s server, and only once', () => {
    const bundle = loadBundle();
    const compiled = recordDeferredCompiles(bundle.context).files;
    expect(bundle.call('XEPLOAI', 'HTT', 0, 'Không', '', 0, 8, 0, 0, 10)).toBe('HTT');
    expect(bundle.call('DATTYLE', 67, 100, '2/3')).toBe(true);
    expect(compiled[0]).toBe('functions.js');
    expect(compiled).not.toContain('operations.js');
    expect(new Set(compiled).size).toBe(compiled.length);
    const chars = compiled.reduce((sum, name) => sum + (deferred.get(name)?.text.length ?? Number.NaN), 0);
    // The custom functions' share of the deferred text (measured 50%).
    expect(chars / deferredText).toBeLessThan(0.6);
  });

  it('operations compile their modules once per runtime, however many run', () => {
    const bundle = loadBundle(sampleWorkbook());
    const compiled = recordDeferredCompiles(bundle.context).files;
    bundle.call('menuRecompute');
    bundle.call('sidebarState');
    bundle.call('menuReport');
    expect(compiled[0]).toBe('operations.js');
    expect(compiled).not.toContain('functions.js');
    expect(new Set(compiled).size).toBe(compiled.length);
    expect(bundle.services.book.toasts.map((t) => t.message)).toContain('Đã xếp loại 25 đảng viên.');
  });
});

describe('the đảng ủy’s Code.js, built the same way', () => {
  const dangUyCode = dangUySource();
  const dangUyDeferred = deferredModules(dangUyCode);
  const chars = [...dangUyDeferred.values()].reduce((sum, m) => sum + (m.end - m.start), 0);

  it('compiles at load only the loader, its menu and the stubs', () => {
    expect([...dangUyDeferred.keys()]).toContain('operations.js');
    expect(chars).toBeGreaterThan(200_000);
    // measured 3,393 of 247,066
    expect(dangUyCode.length - chars).toBeLessThanOrEqual(6_000);
  });

  it('onOpen compiles nothing more; «Tổng hợp» compiles its modules once', () => {
    const world = dangBo(2);
    const bundle = loadDangUyBundle(world);
    const compiled = recordDeferredCompiles(bundle.context).files;
    bundle.call('onOpen', { authMode: 'NONE' });
    expect(compiled).toEqual([]);
    bundle.call('menuDangUySetupTemplate');
    bundle.call('menuDangUyHelp');
    expect(compiled[0]).toBe('operations.js');
    expect(new Set(compiled).size).toBe(compiled.length);
  });
});

describe('the bench’s cold start defeats V8’s caches', () => {
  it('every function the script compiles gets the run’s comment, and still works', () => {
    const context = freshContext('cold start run 7');
    const source = vm.runInContext('var f = new Function("a", "return a + 1"); [f(1), f.toString()]', context) as [
      number,
      string,
    ];
    expect(source[0]).toBe(2);
    expect(source[1]).toMatch(/return a \+ 1\n\/\/ cold start run 7\n\}$/);
  });

  it('Code.js’s deferred modules are compiled with it in such a context', () => {
    const context = freshContext('cold start run 8');
    // Records what reaches the busting Function: the deferred module's text, then the comment.
    const { sources } = recordDeferredCompiles(context);
    vm.runInContext(code, context, { filename: 'Code.js' });
    expect(vm.runInContext('XEPLOAI_DIEM(24, 40, 10, 10, 0, 0, "", "", "", "")', context)).toBeTruthy();
    expect(sources.size).toBeGreaterThan(0);
    for (const body of sources.values()) expect(body).toMatch(/\/\/ cold start run 8\n\}$/);
  });
});
