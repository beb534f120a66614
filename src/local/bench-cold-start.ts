/**
 * The cold start of build/gas/Code.js for `npm run bench` (issue 14), with V8's compile cache
 * defeated: loading it (a fresh context, compiling, running the top level) against an empty
 * script, and loading it followed by the first call of each kind of entry point, this
 * checkout against the baseline build in the same run. CPU time, medians.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { median, time } from './bench-engine';

/** The entry points whose first call is measured after loading, one per kind. */
export const FIRST_CALLS = {
  /** Each open of the spreadsheet: the menu. */
  onOpen: 'onOpen',
  /** Each recalculation of a custom function: XEPLOAI_DIEM on one member. */
  customFunction: 'XEPLOAI_DIEM',
  /** A menu or sidebar operation, up to its first service call (see operationGlobals). */
  operation: 'sidebarState',
} as const;
export type FirstCall = keyof typeof FIRST_CALLS;

export interface FirstCallFigures {
  /** Load and the first call, CPU ms. */
  readonly currentMs: number;
  readonly baselineMs: number | null;
  /** baselineMs / currentMs. */
  readonly ratio: number | null;
}

export interface ColdStartFigures {
  /** A fresh context, then Code.js compiled and run, V8's compile cache defeated (CPU ms). */
  readonly bundleMs: number;
  /** Of which compiling Code.js; and the rest: a new context, running the top level. */
  readonly compileMs: number;
  readonly runMs: number;
  /** The same for an empty script. */
  readonly emptyMs: number;
  /** bundleMs / emptyMs. */
  readonly ratio: number;
  /** Code.js loaded again from the same source under the same name: V8's cache hits (what the bench used to report). */
  readonly warmBundleMs: number;
  /** The same source under a new file name each time: V8's cache misses too. */
  readonly renamedBundleMs: number;
  /** The baseline's Code.js loaded the same way, when the baseline has one. */
  readonly baselineBundleMs: number | null;
  /** Loading and then the first call of an entry point of each kind. */
  readonly firstCalls: Readonly<Record<FirstCall, FirstCallFigures>>;
  readonly runs: number;
  readonly cacheBusting: string;
}

/**
 * Globals enough for the measured calls: a menu that accepts its items, and a SpreadsheetApp
 * with no active spreadsheet, so that an operation loads and runs its code up to its first
 * read of the spreadsheet and stops there (the error is expected and ignored).
 */
function operationGlobals(): Record<string, unknown> {
  const menu = { addItem: () => menu, addSeparator: () => menu, addToUi: () => undefined };
  const ui = { createMenu: () => menu, createAddonMenu: () => menu, alert: () => undefined };
  const app = { getUi: () => ui, getActiveSpreadsheet: () => null };
  return { SpreadsheetApp: app, LockService: {}, HtmlService: {}, UrlFetchApp: {}, ScriptApp: {}, Utilities: {}, DriveApp: {} };
}

/** XEPLOAI_DIEM's ten arguments for one member (QĐ 366: 24 + 40 points, 10 tasks all done). */
const ONE_MEMBER = [24, 40, 10, 10, 0, 0, '', '', '', ''];

function callEntry(context: vm.Context, kind: FirstCall | null): void {
  if (kind === null) return;
  const fn = (context as Record<string, unknown>)[FIRST_CALLS[kind]];
  if (typeof fn !== 'function') throw new Error(`bench: ${FIRST_CALLS[kind]} is not a top-level function`);
  try {
    fn(...(kind === 'customFunction' ? ONE_MEMBER : []));
  } catch (error) {
    if (kind !== 'operation') throw error;
  }
}

/**
 * Loading a script as a fresh Apps Script runtime would: a new vm context, the script compiled
 * and its top level run, then `kind`'s entry point called once. V8 keeps the scripts it
 * compiled in a per-isolate cache keyed by the source text and its origin (file name, line and
 * column offset), so loading the same string under the same name again skips parsing. A new
 * file name misses the cache, and so does a changed source; the measured runs change the source
 * (a comment naming the run at the end), which misses whatever the name, and the empty script
 * gets the same treatment. Code.js compiles its deferred modules with `new Function`, which
 * V8 caches too, across contexts, by the function's text: loading the same Code.js twice in
 * two contexts compiled an operation's modules in less than half the time the second time.
 * So `bust`, the run's comment, is also appended to the text of every function the script
 * compiles, through the context's `Function` (a plain forwarder, no measurable cost).
 */
function load(source: string, filename: string, kind: FirstCall | null = null, bust: string | null = null) {
  let compile = 0;
  let script: vm.Script | undefined;
  // The context is part of it: a fresh runtime starts with one, and it is most of the empty script's time.
  const total = time(() => {
    const context = freshContext(bust);
    compile = time(() => {
      script = new vm.Script(source, { filename });
    });
    script?.runInContext(context);
    callEntry(context, kind);
  });
  return { total, compile, run: total - compile };
}

/** A new context as a fresh runtime's, its `Function` appending `bust` to every body when given. */
export function freshContext(bust: string | null): vm.Context {
  const context = vm.createContext(operationGlobals());
  if (bust !== null) bustFunctionCache(context, bust);
  return context;
}

/** The context's `Function`, forwarding with `comment` appended to every function body. */
function bustFunctionCache(context: vm.Context, comment: string): void {
  const real = vm.runInContext('Function', context) as FunctionConstructor;
  // Code.js calls `new Function(…)`: a Proxy keeps the constructor and changes the body.
  (context as Record<string, unknown>).Function = new Proxy(real, {
    construct(target, args: string[]) {
      const body = args.pop() ?? '';
      return Reflect.construct(target, [...args, `${body}\n// ${comment}`]);
    },
  });
}

function readCode(gasDir: string | null): string | null {
  if (gasDir === null) return null;
  try {
    return readFileSync(join(gasDir, 'Code.js'), 'utf8');
  } catch {
    return null;
  }
}

/** `baselineGasDir`: the baseline build's build/gas, or null when it has none. */
export function coldStartFigures(gasDir: string, baselineGasDir: string | null, runs = 21): ColdStartFigures {
  const code = readCode(gasDir);
  if (code === null) throw new Error(`bench: no Code.js in ${gasDir}`);
  const old = readCode(baselineGasDir);
  const tag = `${process.pid}-${Date.now()}`;
  const kinds = Object.keys(FIRST_CALLS) as FirstCall[];
  // One of each first, unmeasured, so that none pays for loading vm's own code.
  load(`${code}\n// warm-up ${tag}`, 'Code.js');
  load(`// warm-up ${tag}`, 'empty.js');
  load(code, 'Code.js');
  for (const kind of kinds) load(`${code}\n// warm-up ${tag} ${kind}`, 'Code.js', kind, `warm-up ${tag} ${kind}`);
  const bundle: ReturnType<typeof load>[] = [];
  const empty: number[] = [];
  const warm: number[] = [];
  const renamed: number[] = [];
  const oldBundle: number[] = [];
  const first = new Map<FirstCall, { current: number[]; baseline: number[] }>(
    kinds.map((k) => [k, { current: [], baseline: [] }]),
  );
  for (let i = 0; i < runs; i++) {
    // Every measured load gets a comment of its own: two loads of one text would hit the cache.
    const cold = (source: string, what: string, kind: FirstCall | null = null) => {
      const bust = `cold start ${tag}-${i} ${what} ${kind ?? 'load'}`;
      return load(`${source}\n// ${bust}`, what === 'empty' ? 'empty.js' : 'Code.js', kind, bust);
    };
    bundle.push(cold(code, 'current'));
    empty.push(cold('', 'empty').total);
    warm.push(load(code, 'Code.js').total);
    renamed.push(load(code, `Code-${tag}-${i}.js`).total);
    if (old !== null) oldBundle.push(cold(old, 'baseline').total);
    for (const kind of kinds) {
      const figures = first.get(kind);
      figures?.current.push(cold(code, 'current', kind).total);
      if (old !== null) figures?.baseline.push(cold(old, 'baseline', kind).total);
    }
  }
  const bundleMs = median(bundle.map((b) => b.total));
  const emptyMs = median(empty);
  const firstCalls = Object.fromEntries(
    kinds.map((kind) => {
      const figures = first.get(kind);
      const currentMs = median(figures?.current ?? []);
      const baselineMs = old === null ? null : median(figures?.baseline ?? []);
      return [kind, { currentMs, baselineMs, ratio: baselineMs === null ? null : baselineMs / currentMs }];
    }),
  ) as Record<FirstCall, FirstCallFigures>;
  return {
    bundleMs,
    compileMs: median(bundle.map((b) => b.compile)),
    runMs: median(bundle.map((b) => b.run)),
    emptyMs,
    ratio: bundleMs / Math.max(emptyMs, 0.001),
    warmBundleMs: median(warm),
    renamedBundleMs: median(renamed),
    baselineBundleMs: old === null ? null : median(oldBundle),
    firstCalls,
    runs,
    cacheBusting: 'a comment naming the run appended to the source and to every function body it compiles',
  };
}

const FIRST_CALL_LABELS: Record<FirstCall, string> = {
  onOpen: 'then onOpen (the menu)',
  customFunction: 'then XEPLOAI_DIEM on one member',
  operation: 'then sidebarState, to its first service call',
};

export function coldStartRows(cold: ColdStartFigures): string[][] {
  return [
    ['script', 'CPU ms'],
    ['Code.js (new source each run)', cold.bundleMs.toFixed(2)],
    ['  of which compiling', cold.compileMs.toFixed(2)],
    ['  of which a new context and running the top level', cold.runMs.toFixed(2)],
    ['empty script', cold.emptyMs.toFixed(2)],
    ['ratio', cold.ratio.toFixed(1)],
    ['Code.js, same source and name (cache hit)', cold.warmBundleMs.toFixed(2)],
    ['Code.js, same source, new name (cache miss)', cold.renamedBundleMs.toFixed(2)],
  ];
}

/** Load and first calls, baseline against this checkout. */
export function firstCallRows(cold: ColdStartFigures): string[][] {
  const ms = (value: number | null) => (value === null ? '–' : value.toFixed(2));
  const ratio = (value: number | null) => (value === null ? '–' : value.toFixed(1));
  return [
    ['Code.js loaded', 'baseline ms', 'this checkout ms', 'ratio'],
    [
      'and nothing else',
      ms(cold.baselineBundleMs),
      ms(cold.bundleMs),
      ratio(cold.baselineBundleMs === null ? null : cold.baselineBundleMs / cold.bundleMs),
    ],
    ...(Object.keys(FIRST_CALLS) as FirstCall[]).map((kind) => {
      const f = cold.firstCalls[kind];
      return [FIRST_CALL_LABELS[kind], ms(f.baselineMs), ms(f.currentMs), ratio(f.ratio)];
    }),
  ];
}
