import { describe, expect, it } from 'vitest';
import { runClassification } from '../../src/core/run';
import { sampleRosterGrid, sampleSettingsGrid } from '../../src/local/sample';
import { loadBundle } from './gas-vm';

const TODAY = { year: 2023, month: 12, day: 7 };
const grid = sampleRosterGrid();
const header = grid[0] as string[];
const col = (name: string) => header.indexOf(name);
const run = runClassification({ roster: grid, settings: sampleSettingsGrid(), today: TODAY });
/** Active members: the ones XEPLOAI can judge (it takes no status argument). */
const active = run.results.filter((r) => r.member.status === 'active' && r.ruleResult !== 'KXL');
const argsOf = (row: readonly unknown[]) => [
  row[col('Kết quả thi đua')],
  row[col('Số tháng nghỉ ốm')],
  row[col('Đang chấp hành kỷ luật')],
  row[col('Khuyết điểm')],
  row[col('Phiếu HTXS')],
  row[col('Phiếu HTT')],
  row[col('Phiếu HT')],
  row[col('Phiếu KHT')],
  run.votingBase,
];

describe('custom functions agree with the engine on the sample', () => {
  const bundle = loadBundle();

  it('XEPLOAI one member at a time gives the engine level before the quota (steps 2–6)', () => {
    expect(active.length).toBe(22); // 21 official + 1 probationary member past 6 months
    for (const r of active) {
      expect([r.member.name, bundle.call('XEPLOAI', ...argsOf(grid[r.member.row - 1] ?? []))]).toEqual([
        r.member.name,
        r.ruleResult,
      ]);
    }
  });

  it('XEPLOAI over whole ranges makes one call and spills a 2D array with the same levels', () => {
    const rows = active.map((r) => grid[r.member.row - 1] ?? []);
    const column = (name: string) => rows.map((row) => [row[col(name)]]);
    const ranges = [
      'Kết quả thi đua',
      'Số tháng nghỉ ốm',
      'Đang chấp hành kỷ luật',
      'Khuyết điểm',
      'Phiếu HTXS',
      'Phiếu HTT',
      'Phiếu HT',
      'Phiếu KHT',
    ].map(column);
    const spilled = bundle.call('XEPLOAI', ...ranges, run.votingBase) as unknown[][];
    expect(spilled).toEqual(active.map((r) => [r.ruleResult]));
  });

  it('DATTYLE and HANMUC_HTXS agree with the thresholds and the quota the engine used', () => {
    const votes = active.map((r) => [r.member.votes.HTXS]);
    const expected = active.map((r) => [3 * r.member.votes.HTXS > 2 * run.votingBase]);
    expect(bundle.call('DATTYLE', votes, run.votingBase, '2/3')).toEqual(expected);
    expect(bundle.call('HANMUC_HTXS', run.quota.base, run.quota.percent)).toBe(run.quota.allowed);
    expect(bundle.call('HANMUC_HTXS', [[16], [11], [0]], 15)).toEqual([[2], [1], [0]]);
    expect(bundle.call('HANMUC_HTXS', 16, 0.15)).toBe(2);
  });

  it('bad cells give a Vietnamese error in that cell only', () => {
    expect(bundle.call('DATTYLE', [[5], ['x']], 9, '1/2')).toEqual([
      [true],
      ['Lỗi: số phiếu «x» phải là số nguyên từ 0 trở lên.'],
    ]);
    expect(bundle.call('DATTYLE', 5, 9, 'hai phần ba')).toMatch(/^Lỗi: tỷ lệ/);
    expect(bundle.call('XEPLOAI', 'HTT', 13, 'Không', '', 0, 8, 0, 0, 10)).toMatch(/^Lỗi: Số tháng nghỉ ốm/);
    expect(bundle.call('XEPLOAI', [['HTT'], ['']], 0, 'Không', '', 0, 8, 0, 0, 10)).toEqual([['HTT'], ['CXL']]);
    expect(bundle.call('DATTYLE', [[1, 2]], [[3], [4]], '1/2')).toBe('Lỗi: các vùng dữ liệu phải có cùng số dòng và số cột.');
  });
});

describe('XEPLOAI checks the tallies like the engine', () => {
  it('XEPLOAI refuses tallies that add up to more than the voting base, like the engine', () => {
    expect(loadBundle().call('XEPLOAI', 'HTT', 0, 'Không', '', 9, 9, 0, 0, 10)).toBe(
      'Lỗi: tổng số phiếu lớn hơn mẫu số (10); hãy kiểm tra lại số phiếu.',
    );
  });
});
