/**
 * The đảng ủy's «Tổng hợp» reads N chi bộ spreadsheets with the same calls for each, whatever
 * N and whatever their size: openById once, then getSheetByName, getDataRange and getValues
 * once for «Danh sách» and once for «Cấu hình». Its own writes grow by one decision sheet per
 * chi bộ, a constant number of calls, and never with the members.
 */
import { describe, expect, it } from 'vitest';
import { dangBo, loadDangUyBundle } from '../addon/dang-uy-vm';

interface Measured {
  /** Calls on the chi bộ spreadsheets, by name. */
  readonly reads: Record<string, number>;
  /** Reads of the chi bộ spreadsheets: their calls and SpreadsheetApp.openById. */
  readonly readTotal: number;
  /** Every other call: the đảng ủy's spreadsheet and services. */
  readonly ownTotal: number;
}

function measure(n: number, members: (i: number) => number): Measured {
  const world = dangBo(n, { members });
  loadDangUyBundle(world).call('menuDangUyConsolidate');
  expect(world.book.toasts[0]?.message).toMatch(new RegExp(`^Đã tổng hợp ${n} chi bộ`));
  const opens = world.counter.snapshot()['SpreadsheetApp.openById'] ?? 0;
  return {
    reads: { ...world.chiBoCounter.snapshot(), 'SpreadsheetApp.openById': opens },
    readTotal: world.chiBoCounter.total + opens,
    ownTotal: world.counter.total - opens,
  };
}

/** The calls that read one chi bộ spreadsheet. */
const PER_SPREADSHEET = {
  'Range.getValues': 2,
  'Sheet.getDataRange': 2,
  'Spreadsheet.getSheetByName': 2,
  'SpreadsheetApp.openById': 1,
};

describe('«Tổng hợp» over N chi bộ spreadsheets', () => {
  const sizes = (i: number) => 3 + ((i * 7) % 40);
  const two = measure(2, sizes);
  const fifty = measure(50, sizes);

  it('reads each spreadsheet with the same 7 calls, one by one, at N = 2 and at N = 50', () => {
    const times = (n: number) => Object.fromEntries(Object.entries(PER_SPREADSHEET).map(([k, v]) => [k, v * n]));
    expect(two.reads).toEqual(times(2));
    expect(fifty.reads).toEqual(times(50));
    const perSpreadsheet = Object.values(PER_SPREADSHEET).reduce((a, b) => a + b, 0);
    expect(perSpreadsheet).toBe(7);
    expect(fifty.readTotal - two.readTotal).toBe(48 * perSpreadsheet);
  });

  it('reads a spreadsheet of 300 members with the same calls as one of 5', () => {
    expect(measure(2, () => 300).reads).toEqual(measure(2, () => 5).reads);
  });

  it('writes a constant number of calls per chi bộ (its decision sheet), the same for 5 or 300 members each', () => {
    // Five members each: every run has members the đảng ủy placed otherwise (the report lists them);
    // 300 each: none. Either way the writes grow by the same calls per chi bộ.
    for (const members of [() => 5, () => 300]) {
      const [a, b, c] = [2, 3, 50].map((n) => measure(n, members).ownTotal);
      const perChiBo = (b ?? 0) - (a ?? 0);
      expect(perChiBo).toBe(23);
      expect((c ?? 0) - (a ?? 0)).toBe(48 * perChiBo);
    }
  });
});
