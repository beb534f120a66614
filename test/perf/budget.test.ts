import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeRosterGrid } from '../../src/local/large-roster';
import { loadBundle } from '../addon/gas-vm';
import { bookFromGrid } from '../addon/roster-factory';

/**
 * Budgets CI checks. They count calls and bytes, so a busy machine cannot fail them.
 * Byte budgets = the size measured by `npm run bench` when they were set, plus a margin
 * (README, «Performance»).
 */
const BUDGET = {
  codeJsBytes: 290_000, // measured 257,158 with the minutes and the Google Docs export (190,530 with both rule profiles; 144,025 at first)
  sidebarHtmlBytes: 60_000, // measured 51,077 with both rule profiles and the per-group summary (34,927 with one)
};

const roster = (n: number) => bookFromGrid(largeRosterGrid(n));

describe('performance budget', () => {
  it('Tính lại makes the same service calls, one by one, at 10 and at 10,000 members', () => {
    const calls = [10, 10_000].map((n) => {
      const bundle = loadBundle(roster(n));
      bundle.services.counter.reset();
      bundle.call('menuRecompute');
      expect(bundle.services.book.toasts[0]?.message).toMatch(/^Đã xếp loại/);
      return bundle.services.counter.snapshot();
    });
    expect(calls[1]).toEqual(calls[0]);
    // One batch read per sheet, one batch write for the output block.
    expect(calls[0]?.['Range.getValues']).toBe(2);
    expect(calls[0]?.['Range.setValues']).toBe(1);
  });

  it('the pushed bundle stays under its byte budget', () => {
    const code = readFileSync(join(__dirname, '..', '..', 'build', 'gas', 'Code.js'));
    const sidebar = readFileSync(join(__dirname, '..', '..', 'build', 'gas', 'Sidebar.html'));
    expect(code.length).toBeLessThanOrEqual(BUDGET.codeJsBytes);
    expect(sidebar.length).toBeLessThanOrEqual(BUDGET.sidebarHtmlBytes);
  });

  it('XEPLOAI over a 1,000-row range is one call that returns 1,000 rows', () => {
    const bundle = loadBundle();
    const rows = largeRosterGrid(1000).slice(1);
    const column = (i: number) => rows.map((r) => [r[i]]);
    const out = bundle.call('XEPLOAI', ...[5, 6, 7, 8, 9, 10, 11, 12].map(column), 700) as unknown[][];
    expect(out).toHaveLength(1000);
    expect(bundle.services.counter.total).toBe(0);
  });
});
