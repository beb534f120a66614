/**
 * `npm run bench`: counts and ratios from one run on this machine, printed as a table and
 * written to bench/results.json. Nothing here passes or fails; the budgets that CI checks
 * are counts (test/perf/budget.test.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildBaseline, cliReport, compareWithBaseline } from './bench-cli';
import { SHEET_NAMES } from '../core/text/sheets';
import { callsTable, serviceCalls } from './bench-calls';
import { consolidateBench, consolidateRows } from './bench-consolidate';
import { type CliMeasure, measureCommand } from './bench-measure';
import { coldStartFigures, coldStartRows, firstCallRows } from './bench-cold-start';
import { engineFigures, engineRows } from './bench-engine';
import { CallCounter } from './call-counter';
import { loadGasRuntime } from './gas-runtime';
import { largeRosterGrid } from './large-roster';
import { fill, sampleSettingsGrid } from './sample';
import { LocalSpreadsheet } from './workbook';
import { saveXlsx } from './xlsx';

const ROOT = process.cwd();
const GAS = join(ROOT, 'build', 'gas');
const OUT = join(ROOT, 'bench');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function sizes(): Record<string, { raw: number; gzip: number }> {
  const of = (file: string) => {
    const data = readFileSync(join(GAS, file));
    return { raw: data.length, gzip: gzipSync(data).length };
  };
  return { 'Code.js': of('Code.js'), 'Sidebar.html': of('Sidebar.html') };
}

function customFunctions(): { rangeMs: number; singlesMs: number } {
  const runtime = loadGasRuntime(new LocalSpreadsheet(new CallCounter()), GAS);
  const rows = largeRosterGrid(1000).slice(1);
  const column = (i: number) => rows.map((r) => [r[i]]);
  const ranges = [5, 6, 7, 8, 9, 10, 11, 12].map(column);
  const range = () => runtime.call('XEPLOAI', ...ranges, 700);
  const singles = () => {
    for (const r of rows) runtime.call('XEPLOAI', r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], 700);
  };
  // Warm both paths first so the JIT treats them alike; median of 5 each.
  range();
  singles();
  const rangeMs = median([0, 1, 2, 3, 4].map(() => time(range)));
  const singlesMs = median([0, 1, 2, 3, 4].map(() => time(singles)));
  return { rangeMs, singlesMs };
}

/** One `phan-loai classify FILE --json` in a child process: wall time and peak resident memory. */
function measureCli(file: string): CliMeasure {
  return measureCommand(ROOT, OUT, ['classify', file]);
}

async function cliEndToEnd(): Promise<{ xlsx10k: CliMeasure; csv100k: CliMeasure }> {
  const b = new LocalSpreadsheet(new CallCounter());
  fill(b, SHEET_NAMES.roster, largeRosterGrid(10000));
  fill(b, SHEET_NAMES.settings, sampleSettingsGrid());
  const xlsx = join(OUT, 'roster-10000.xlsx');
  writeFileSync(xlsx, await saveXlsx(b));
  // A header and 100,000 members: the size at which a spread of the rows into a call used to be near the stack limit.
  const csv = join(OUT, 'roster-100000.csv');
  writeFileSync(
    csv,
    `${largeRosterGrid(100000)
      .map((row) => row.join(','))
      .join('\n')}\n`,
  );
  return { xlsx10k: measureCli(xlsx), csv100k: measureCli(csv) };
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => rows.reduce((w, r) => Math.max(w, (r[i] ?? '').length), 0)) ?? [];
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '))
    .join('\n');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const { calls, flushes } = serviceCalls(GAS);
  const engine = engineFigures();
  const size = sizes();
  // The baseline commit's build, for the cold start and the 10k CLI in this same run; its
  // temporary folder goes whatever happens.
  const old = buildBaseline(ROOT);
  const measured = await (async () => {
    const cold = coldStartFigures(GAS, existsSync(join(old.gasDir, 'Code.js')) ? old.gasDir : null);
    const custom = customFunctions();
    const cli = await cliEndToEnd();
    const consolidate = await consolidateBench(ROOT, OUT);
    const compared = await compareWithBaseline(ROOT, join(OUT, 'roster-10000.xlsx'), OUT, old);
    return { cold, custom, cli, consolidate, ...compared };
  })().finally(() => old.remove());
  const { cold, custom, cli, consolidate, stages, baseline } = measured;
  const results = {
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    calls,
    flushes,
    engine,
    size,
    cold,
    custom,
    cli: { ...cli, stages, baseline },
    consolidate,
  };
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const out: string[] = [];
  out.push(...callsTable({ calls, flushes }));
  out.push('', `Engine (runClassification) per member against its floor, CPU time, median of ${engine.runs}`);
  out.push(table(engineRows(engine)));
  out.push('', 'Bundle size (build/gas)');
  out.push(table([['file', 'bytes', 'gzip'], ...Object.entries(size).map(([f, s]) => [f, String(s.raw), String(s.gzip)])]));
  out.push('', `Cold start in a fresh vm context, V8's compile cache defeated, CPU time, median of ${cold.runs}`);
  out.push(table(coldStartRows(cold)));
  out.push('', `Cold start and first call, the baseline ${old.commit} against this checkout, CPU time, median of ${cold.runs}`);
  out.push(table(firstCallRows(cold)));
  out.push('', 'Custom function XEPLOAI on 1,000 rows');
  out.push(
    table([
      ['call', 'ms'],
      ['one call on a 1,000-row range', custom.rangeMs.toFixed(1)],
      ['1,000 single-value calls', custom.singlesMs.toFixed(1)],
      ['ratio', (custom.singlesMs / Math.max(custom.rangeMs, 0.001)).toFixed(1)],
    ]),
  );
  out.push('', 'CLI end to end: classify FILE --json (writes ket-qua.xlsx and bao-cao.pdf)');
  out.push(
    table([
      ['input', 'wall time (s)', 'peak memory (MB)'],
      ['10,000-member XLSX', cli.xlsx10k.seconds.toFixed(2), cli.xlsx10k.peakMb.toFixed(0)],
      ['100,000-row CSV', cli.csv100k.seconds.toFixed(2), cli.csv100k.peakMb.toFixed(0)],
    ]),
  );
  out.push('', 'Consolidation of a dang bo end to end (writes tong-hop.xlsx, the report and a decision list per chi bo)');
  out.push(table(consolidateRows(consolidate)));
  out.push(...cliReport(stages, baseline, table));
  out.push('', `Written: ${join(OUT, 'results.json')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
