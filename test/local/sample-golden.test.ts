/**
 * Golden outputs of the bundled sample (src/local/sample.ts, the roster `npm start` uses),
 * each with the reason a reader can check by hand against docs/rules-2023.md.
 *
 * Only codes and numbers are asserted, never Vietnamese text.
 *
 * The numbers every row depends on:
 * - N = 21: the 21 official members on rows 2–22 are active. Left out: Trịnh Thị Mỹ Duyên
 *   and Nguyễn Hoàng Phúc (Dự bị), La Văn Hòa (Vắng mặt), Tôn Nữ Diệu Hiền (Miễn sinh hoạt).
 * - HTXS needs 3·v > 2·21 = 42, so v ≥ 15. HTT, HT and KHT need 2·v > 21, so v ≥ 11.
 * - Tallies are cumulative (Cộng dồn phiếu = Có) on one ballot (Phiếu HTXS bầu riêng = Không):
 *   support(HTT) = HTXS + HTT, support(HT) = HTXS + HTT + HT, support(KHT) = KHT.
 * - The meeting date is 07/12/2023 («Ngày họp» in «Cấu hình»).
 */
import { describe, expect, it } from 'vitest';
import { runClassification } from '../../src/core/run';
import { sampleRosterGrid, sampleSettingsGrid } from '../../src/local/sample';

const run = runClassification({
  roster: sampleRosterGrid(),
  settings: sampleSettingsGrid(),
  today: { year: 2023, month: 12, day: 7 },
});

type Code = 'HTXS' | 'HTT' | 'HT' | 'KHT' | 'KXL' | 'CXL';
type Lvl = 'HTXS' | 'HTT' | 'HT' | 'KHT' | null;

/** [sheet row, name, ceiling, byVotes, result before the quota, final result, why]. */
const GOLDEN: readonly (readonly [number, string, Lvl, Lvl, Code, Code, string])[] = [
  [
    2,
    'Trần Thị Mai Hương',
    'HTXS',
    'HTXS',
    'HTXS',
    'HTXS',
    'CSTĐCS → ceiling HTXS; HTXS support 20, 3·20=60 > 42; quota keeps her: most Phiếu HTXS (20)',
  ],
  [
    3,
    'Nguyễn Văn Hùng',
    'HTXS',
    'HTXS',
    'HTXS',
    'HTT',
    'emulation HTXS → ceiling HTXS; 3·18=54 > 42 → HTXS; quota k=2, tied with Trang at 18 on the cut-off → both HTT',
  ],
  [
    4,
    'Lê Thị Thu Trang',
    'HTXS',
    'HTXS',
    'HTXS',
    'HTT',
    'emulation HTXS → ceiling HTXS; 3·18=54 > 42 → HTXS; tied with Hùng at 18 on the cut-off → HTT',
  ],
  [
    5,
    'Phạm Minh Tuấn',
    'HTXS',
    'HTXS',
    'HTXS',
    'HTT',
    'emulation HTXS; 3·16=48 > 42 → HTXS; below the cut-off (16 < 18) → demoted to HTT',
  ],
  [
    6,
    'Võ Thị Ngọc Lan',
    'HTXS',
    'HTXS',
    'HTXS',
    'HTT',
    '"Chiến sỹ thi đua cơ sở" = CSTĐCS → ceiling HTXS; 3·15=45 > 42 → HTXS; 15 < 18 → demoted to HTT',
  ],
  [
    7,
    'Đặng Quốc Bảo',
    'HTXS',
    'HTT',
    'HTT',
    'HTT',
    'ceiling HTXS; HTXS 3·10=30 ≤ 42 fails; HTT support 10+11=21, 2·21 > 21 → HTT',
  ],
  [8, 'Huỳnh Thị Kim Oanh', 'HTT', 'HTT', 'HTT', 'HTT', 'emulation HTT → ceiling HTT; HTT support 2+17=19 ≥ 11 → HTT'],
  [9, 'Bùi Văn Thành', 'HTT', 'HTT', 'HTT', 'HTT', '"Hoàn thành tốt nhiệm vụ" = HTT; HTT support 0+18=18 ≥ 11 → HTT'],
  [
    10,
    'Ngô Thị Hồng Nhung',
    'HTT',
    'HTT',
    'HTT',
    'HTT',
    '"HTTNV" = HTT; HTT support 1+19=20 ≥ 11 → HTT (byVotes HTT: HTXS 1 fails)',
  ],
  [11, 'Đỗ Minh Khang', 'HTT', 'HTT', 'HTT', 'HTT', 'ceiling HTT; HTT support 16 ≥ 11 → HTT'],
  [12, 'Lý Thị Bích Ngọc', 'HTT', 'HTT', 'HTT', 'HTT', 'ceiling HTT; HTT support 15 ≥ 11 → HTT'],
  [
    13,
    'Trương Văn Lợi',
    'HT',
    'HT',
    'HT',
    'HT',
    'emulation HTT but 4 months sick (≥ 3) → ceiling HT; HTT support 9 < 11 fails; HT support 9+12=21 → HT',
  ],
  [
    14,
    'Phan Thị Thanh Thủy',
    'HTT',
    'HTT',
    'HTT',
    'HTT',
    '2,5 months sick (< 3) leaves the ceiling at HTT; HTT support 17 → HTT',
  ],
  [15, 'Mai Văn Đức', 'HTT', 'HTT', 'HTT', 'HTT', 'ceiling HTT; HTXS support 3 fails; HTT support 3+16=19 → HTT'],
  [16, 'Cao Thị Hoài Thương', 'HTT', 'HTT', 'HTT', 'HTT', 'ceiling HTT; HTT support 18 → HTT'],
  [17, 'Tạ Quang Vinh', 'HT', 'HT', 'HT', 'HT', 'HT-HC → ceiling HT; HTT support 2 fails; HT support 2+17=19 → HT; KHT 2 < 11'],
  [
    18,
    'Hồ Văn Sang',
    'KHT',
    'KHT',
    'KHT',
    'KHT',
    'under discipline → KHT criteria, ceiling KHT; KHT support 13, 2·13=26 > 21 → KHT',
  ],
  [
    19,
    'Dương Thị Yến',
    'KHT',
    'HT',
    'CXL',
    'CXL',
    'fault «Không hoàn thành nhiệm vụ chi bộ giao» → ceiling KHT; KHT 8, 2·8=16 ≤ 21 → CXL (chi bộ decides); votes alone: HT 3+10=13',
  ],
  [20, 'Châu Minh Nhật', 'HT', 'HT', 'HT', 'HT', 'emulation HT → ceiling HT; HTT support 4 fails; HT support 4+14=18 → HT'],
  [21, 'Lưu Thị Phương', 'HTT', 'HTT', 'HTT', 'HTT', 'emulation HTT caps her self-assessment HTXS; HTT support 18 → HTT'],
  [22, 'Kiều Văn Toàn', 'HT', 'HT', 'HT', 'HT', 'emulation HT; HTT support 6 fails; HT support 6+13=19 → HT'],
  [
    23,
    'Trịnh Thị Mỹ Duyên',
    'HTT',
    'HTT',
    'HTT',
    'HTT',
    'Dự bị, admitted 15/03/2023 (+6 months = 15/09/2023 ≤ meeting): classified but not in N; HTT support 17 → HTT',
  ],
  [
    24,
    'Nguyễn Hoàng Phúc',
    null,
    null,
    'KXL',
    'KXL',
    'admitted 20/08/2023, +6 months = 20/02/2024 > 07/12/2023 → under 6 months → KXL',
  ],
  [25, 'La Văn Hòa', null, null, 'CXL', 'CXL', 'Tình trạng «Vắng mặt» → CXL, judged at the next meeting he attends'],
  [26, 'Tôn Nữ Diệu Hiền', null, null, 'KXL', 'KXL', 'Tình trạng «Miễn sinh hoạt» → KXL'],
];

describe('golden outputs of the bundled sample (25 members)', () => {
  it('reads the sample without any error', () => {
    expect(run.fatal).toEqual([]);
    expect(run.errors).toEqual([]);
    expect(run.settingErrors).toEqual([]);
    expect(run.results).toHaveLength(25);
  });

  it('N = 21 official active members', () => {
    expect(run.votingBase).toBe(21);
  });

  it.each(GOLDEN)(
    'row %i %s: ceiling %s, by votes %s, before quota %s, result %s (%s)',
    (row, name, ceiling, byVotes, ruleResult, result) => {
      const found = run.results.filter((r) => r.member.name === name);
      expect(found).toHaveLength(1);
      const r = found[0]!;
      expect(r.member.row).toBe(row);
      expect({
        ceiling: r.ceiling,
        byVotes: r.byVotes,
        ruleResult: r.ruleResult,
        result: r.result,
        overridden: r.overridden,
      }).toEqual({ ceiling, byVotes, ruleResult, result, overridden: false });
    },
  );

  it('the golden table covers every member, in roster order', () => {
    expect(run.results.map((r) => r.member.name)).toEqual(GOLDEN.map((g) => g[1]));
  });

  it('quota: T=16 (5 HTXS + 11 HTT after the votes), P=15, k=⌊15·16/115⌋=⌊240/115⌋=2', () => {
    // Fixed point: k=2 gives 100·2=200 ≤ 15·(16−2)=210; k=3 gives 300 > 15·13=195.
    // Ranked by Phiếu HTXS: 20, 18, 18, 16, 15. The cut-off falls between the two 18s, so both
    // are demoted (tie), as are 16 and 15: one HTXS is used out of the 2 allowed.
    const before = run.results.filter((r) => r.ruleResult === 'HTXS').map((r) => r.member.votes.HTXS);
    expect(before).toEqual([20, 18, 18, 16, 15]);
    expect(run.results.filter((r) => r.ruleResult === 'HTXS' || r.ruleResult === 'HTT')).toHaveLength(16);
    // After the quota (no «Kết luận chi bộ» in the sample) T is still 1 + 15 = 16.
    expect(run.quota).toMatchObject({ percent: 15, base: 16, allowed: 2, used: 1, exceeded: false });
  });

  it('counts: 1 HTXS, 15 HTT, 4 HT, 1 KHT, 2 KXL, 2 CXL (25 in all)', () => {
    // HTT = 4 demoted by the quota + 11 by their votes; HT = Lợi, Vinh, Nhật, Toàn;
    // KXL = Phúc (under 6 months), Hiền (exempt); CXL = Yến (KHT without enough votes), Hòa (absent).
    expect(run.counts).toEqual({ HTXS: 1, HTT: 15, HT: 4, KHT: 1, KXL: 2, CXL: 2 });
  });

  it('chi bộ: HTT (all HTT conditions hold; HTXS fails on task HTT, committee HTT, 1 KHT, school rank 2)', () => {
    // Hồ Văn Sang is disciplined, but «Kỷ luật do chi bộ chủ động phát hiện» = Có, so HTT holds.
    expect(run.chiBo.result).toBe('HTT');
    expect(run.chiBo.needsDecision).toBe(false);
  });
});
