/**
 * The bench's service-call measure (`npm run bench`, bench.ts): each menu operation run once
 * from the pushed Code.js on a fresh local workbook of 10 to 10,000 members, counting its
 * service calls and its forced flushes (reads that follow a write, each making Apps Script
 * send the queued writes first; see call-counter.ts).
 */
import { join } from 'node:path';
import { SHEET_NAMES } from '../core/text/sheets';
import { MENU_ITEMS } from '../addon/menu-bar';
import { CallCounter } from './call-counter';
import { loadGasRuntime } from './gas-runtime';
import { largeRosterGrid } from './large-roster';
import { fill, sampleSettingsGrid } from './sample';
import { LocalSpreadsheet } from './workbook';

/** The menu items that write (caption, top-level function): the menu's own list, less dialogs and exports. */
const MEASURED = new Set(['menuSetupTemplate', 'menuRecompute', 'menuReport', 'menuBallots', 'menuReviewOrder', 'menuMinutes']);
export const CALL_OPERATIONS: readonly (readonly [label: string, fn: string])[] = MENU_ITEMS.filter(([, fn]) => MEASURED.has(fn));

export const CALL_SIZES: readonly number[] = [10, 100, 1000, 10000];

/** Operation label → roster size → count. */
export type CountsBySize = Record<string, Record<number, number>>;

export interface CallMeasure {
  readonly calls: CountsBySize;
  readonly flushes: CountsBySize;
}

function book(n: number): LocalSpreadsheet {
  const b = new LocalSpreadsheet(new CallCounter());
  fill(b, SHEET_NAMES.roster, largeRosterGrid(n));
  fill(b, SHEET_NAMES.settings, sampleSettingsGrid());
  return b;
}

export function serviceCalls(gasDir = join(process.cwd(), 'build', 'gas')): CallMeasure {
  const calls: CountsBySize = {};
  const flushes: CountsBySize = {};
  for (const n of CALL_SIZES) {
    for (const [label, fn] of CALL_OPERATIONS) {
      const runtime = loadGasRuntime(book(n), gasDir);
      const { counter } = runtime.services;
      counter.reset();
      runtime.call(fn);
      calls[label] = { ...calls[label], [n]: counter.total };
      flushes[label] = { ...flushes[label], [n]: counter.flushes };
    }
  }
  return { calls, flushes };
}

/** The measure as a printed table: calls per size, forced flushes in brackets. */
export function callsTable({ calls, flushes }: CallMeasure): string[] {
  const rows = [
    ['operation', ...CALL_SIZES.map((n) => n.toLocaleString('en'))],
    ...CALL_OPERATIONS.map(([label]) => [
      label,
      ...CALL_SIZES.map((n) => `${calls[label]?.[n] ?? ''} (${flushes[label]?.[n] ?? ''})`),
    ]),
  ];
  const widths = rows[0]?.map((_, i) => rows.reduce((w, r) => Math.max(w, (r[i] ?? '').length), 0)) ?? [];
  return [
    'Service calls per operation (local backend; forced flushes in brackets)',
    ...rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')),
  ];
}
