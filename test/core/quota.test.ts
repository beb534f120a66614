import { describe, expect, it } from 'vitest';
import { allowedHtxs, quotaExceeded, rankForQuota } from '../../src/core/quota';
import { classify, person, resultOf, type RowSpec } from '../helpers';

/** The spec's definition, searched by brute force: largest k ≤ T with 100·k ≤ P·(T − k). */
function bruteForceAllowed(t: number, p: number): number {
  let best = 0;
  for (let k = 0; k <= t; k++) if (100 * k <= p * (t - k)) best = k;
  return best;
}

describe('allowedHtxs (fixed point of design §4 step 7)', () => {
  it.each([
    // [T = HTXS + HTT, P, k]
    [11, 15, 1], // 15·11/115 = 1.43
    [6, 15, 0], // 90/115
    [15, 15, 1], // 225/115 = 1.96
    [15, 20, 2], // 300/120 = 2.5
    [15, 25, 3], // 375/125 = 3
    [100, 15, 13], // 1500/115 = 13.04
    [23, 15, 3], // 345/115 = 3 exactly
    [22, 15, 2], // 330/115 = 2.87
    [6, 20, 1], // 120/120 = 1 exactly
    [5, 20, 0], // 100/120
    [5, 25, 1], // 125/125 = 1 exactly
    [10, 25, 2], // 250/125 = 2
    [0, 15, 0],
    [10, 0, 0],
    [10, 100, 5],
  ])('T=%i, P=%i%% allows %i', (t, p, k) => {
    expect(allowedHtxs(t, p)).toBe(k);
  });

  it('matches the brute-force search for every T ≤ 200 and P ≤ 100', () => {
    for (let t = 0; t <= 200; t++) {
      for (let p = 0; p <= 100; p++) expect(allowedHtxs(t, p)).toBe(bruteForceAllowed(t, p));
    }
  });

  it('the naive rule (P% of the HTT count before demotion) would allow fewer: 5 HTXS + 6 HTT', () => {
    expect(Math.floor((15 * 6) / 100)).toBe(0);
    expect(allowedHtxs(11, 15)).toBe(1);
  });
});

describe('quotaExceeded', () => {
  it('1 HTXS with 10 HTT at 15% is within the quota (100 ≤ 150)', () => {
    expect(quotaExceeded(1, 11, 15)).toBe(false);
  });
  it('2 HTXS with 9 HTT at 15% breaks it (200 > 135)', () => {
    expect(quotaExceeded(2, 11, 15)).toBe(true);
  });
  it('1 HTXS with 5 HTT at 20% is exactly at the quota (100 ≤ 100)', () => {
    expect(quotaExceeded(1, 6, 20)).toBe(false);
  });
  it('1 HTXS with 4 HTT at 20% breaks it (100 > 80)', () => {
    expect(quotaExceeded(1, 5, 20)).toBe(true);
  });
  it('0 HTXS never breaks it', () => {
    expect(quotaExceeded(0, 0, 0)).toBe(false);
    expect(quotaExceeded(0, 7, 15)).toBe(false);
  });
});

describe('rankForQuota', () => {
  const c = (id: number, htxsVotes: number) => ({ id, htxsVotes });

  it('keeps everybody when there are no more candidates than allowed', () => {
    expect(rankForQuota([c(0, 8), c(1, 9)], 2)).toEqual({ keep: [0, 1], demoted: [], tied: [], allowed: 2 });
  });

  it('keeps the highest Phiếu HTXS and demotes the rest', () => {
    const d = rankForQuota([c(0, 8), c(1, 11), c(2, 9), c(3, 10)], 2);
    expect([...d.keep].sort()).toEqual([1, 3]);
    expect([...d.demoted].sort()).toEqual([0, 2]);
    expect(d.tied).toEqual([]);
  });

  it('demotes every member tied at the cut-off as "tied"', () => {
    const d = rankForQuota([c(0, 9), c(1, 10), c(2, 10), c(3, 8)], 1);
    expect(d.keep).toEqual([]);
    expect([...d.tied].sort()).toEqual([1, 2]);
    expect([...d.demoted].sort()).toEqual([0, 3]);
  });

  it('keeps those above a tie that straddles the cut-off', () => {
    const d = rankForQuota([c(0, 11), c(1, 10), c(2, 10), c(3, 8)], 2);
    expect(d.keep).toEqual([0]);
    expect([...d.tied].sort()).toEqual([1, 2]);
    expect(d.demoted).toEqual([3]);
  });

  it('a tie below the cut-off is an ordinary demotion', () => {
    const d = rankForQuota([c(0, 10), c(1, 9), c(2, 9)], 1);
    expect(d.keep).toEqual([0]);
    expect(d.tied).toEqual([]);
    expect([...d.demoted].sort()).toEqual([1, 2]);
  });

  it('with nothing allowed, everybody is demoted', () => {
    const d = rankForQuota([c(0, 10), c(1, 10)], 0);
    expect(d.keep).toEqual([]);
    expect([...d.demoted].sort()).toEqual([0, 1]);
    expect(d.tied).toEqual([]);
  });

  it('does not depend on the candidates order', () => {
    const list = [c(0, 9), c(1, 10), c(2, 10), c(3, 12), c(4, 7)];
    const a = rankForQuota(list, 2);
    const b = rankForQuota([...list].reverse(), 2);
    expect([...a.keep].sort()).toEqual([...b.keep].sort());
    expect([...a.tied].sort()).toEqual([...b.tied].sort());
    expect([...a.demoted].sort()).toEqual([...b.demoted].sort());
  });
});

/**
 * Through runClassification. All members are official and active, so N = roster size.
 * HTXS candidates have HTXS emulation and enough Phiếu HTXS (3v > 2N); HTT members have
 * HTT emulation and all N Phiếu HTT.
 */
function roster(htxsVotes: number[], httCount: number): RowSpec[] {
  const n = htxsVotes.length + httCount;
  return [
    ...htxsVotes.map((v, i) => person(`Xuất sắc ${i + 1}`, { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': v, 'Phiếu HTT': n - v })),
    ...Array.from({ length: httCount }, (_, i) => person(`Tốt ${i + 1}`, { 'Phiếu HTT': n })),
  ];
}

describe('the HTXS quota through runClassification', () => {
  it('P=15, 5 HTXS by votes and 6 HTT: demotions raise the base so 1 HTXS is allowed (k = ⌊15·11/115⌋)', () => {
    const run = classify(roster([11, 10, 9, 9, 8], 6));
    expect(run.errors).toEqual([]);
    expect(run.votingBase).toBe(11);
    expect(run.quota).toMatchObject({ percent: 15, base: 11, allowed: 1, used: 1, exceeded: false });
    expect(resultOf(run, 'Xuất sắc 1').result).toBe('HTXS');
    for (const name of ['Xuất sắc 2', 'Xuất sắc 3', 'Xuất sắc 4', 'Xuất sắc 5']) {
      const r = resultOf(run, name);
      expect(r.ruleResult).toBe('HTXS');
      expect(r.result).toBe('HTT');
      expect(r.warnings).toContain('quotaDemoted');
      expect(r.explanation.join(' ')).toContain('hạn mức HTXS');
    }
    expect(run.counts.HTXS).toBe(1);
    expect(run.counts.HTT).toBe(10);
  });

  const fifteen = roster([15, 14, 13, 12, 11], 10); // T = 15

  it('15% (default) allows 1 of 5 HTXS when T = 15', () => {
    const run = classify(fifteen);
    expect(run.quota).toMatchObject({ percent: 15, base: 15, allowed: 1, used: 1, exceeded: false });
    expect(run.results.filter((r) => r.result === 'HTXS').map((r) => r.member.name)).toEqual(['Xuất sắc 1']);
  });

  it("20% when 'Chi bộ có thành tích đặc biệt xuất sắc' = Có and no percentage is set: 2 of 5", () => {
    const run = classify(fifteen, { settings: { 'Chi bộ có thành tích đặc biệt xuất sắc': 'Có' } });
    expect(run.quota).toMatchObject({ percent: 20, base: 15, allowed: 2, used: 2, exceeded: false });
    expect(run.results.filter((r) => r.result === 'HTXS').map((r) => r.member.name)).toEqual(['Xuất sắc 1', 'Xuất sắc 2']);
  });

  it("25% from 'Hạn mức HTXS (%)' = 25: 3 of 5", () => {
    const run = classify(fifteen, { settings: { 'Hạn mức HTXS (%)': 25 } });
    expect(run.quota).toMatchObject({ percent: 25, base: 15, allowed: 3, used: 3, exceeded: false });
    expect(run.results.filter((r) => r.result === 'HTXS').map((r) => r.member.name)).toEqual([
      'Xuất sắc 1',
      'Xuất sắc 2',
      'Xuất sắc 3',
    ]);
  });

  it("an explicit 'Hạn mức HTXS (%)' wins over the outstanding chi bộ's 20%", () => {
    const run = classify(fifteen, { settings: { 'Hạn mức HTXS (%)': '25%', 'Chi bộ có thành tích đặc biệt xuất sắc': 'Có' } });
    expect(run.quota.percent).toBe(25);
    expect(run.quota.used).toBe(3);
  });

  it('overrides.quotaPercent wins over «Cấu hình»', () => {
    const run = classify(fifteen, { settings: { 'Hạn mức HTXS (%)': 25 }, overrides: { quotaPercent: 15 } });
    expect(run.quota.percent).toBe(15);
    expect(run.quota.used).toBe(1);
  });

  it('a tie at the cut-off demotes all tied members with the tie warning; the quota is not exceeded', () => {
    const run = classify(roster([10, 10, 9, 9, 8], 6)); // allowed 1, two members at 10
    expect(run.quota).toMatchObject({ percent: 15, base: 11, allowed: 1, used: 0, exceeded: false });
    for (const name of ['Xuất sắc 1', 'Xuất sắc 2']) {
      const r = resultOf(run, name);
      expect(r.result).toBe('HTT');
      expect(r.warnings).toContain('quotaTie');
      expect(r.explanation.join(' ')).toContain('«Kết luận chi bộ»');
    }
    for (const name of ['Xuất sắc 3', 'Xuất sắc 4', 'Xuất sắc 5']) {
      const r = resultOf(run, name);
      expect(r.result).toBe('HTT');
      expect(r.warnings).toContain('quotaDemoted');
      expect(r.warnings).not.toContain('quotaTie');
    }
    expect(run.counts.HTXS).toBe(0);
  });

  it('the same tie fits when the quota allows both (25%: k = 2)', () => {
    const run = classify(roster([10, 10, 9, 9, 8], 6), { settings: { 'Hạn mức HTXS (%)': 25 } });
    expect(run.quota.allowed).toBe(2);
    expect(resultOf(run, 'Xuất sắc 1').result).toBe('HTXS');
    expect(resultOf(run, 'Xuất sắc 2').result).toBe('HTXS');
    expect(resultOf(run, 'Xuất sắc 1').warnings).toEqual([]);
  });

  it('a single HTXS by votes with nobody at HTT is demoted (k = 0)', () => {
    const run = classify(roster([1], 0));
    expect(run.quota).toMatchObject({ percent: 15, base: 1, allowed: 0, used: 0, exceeded: false });
    expect(resultOf(run, 'Xuất sắc 1').result).toBe('HTT');
  });

  it('HT, KHT and unclassified members are not in the quota base', () => {
    const rows = [
      ...roster([7, 7], 7).slice(0, 9),
      person('HT', { 'Kết quả thi đua': 'HT', 'Phiếu HT': 5 }),
      person('Vắng', { 'Tình trạng': 'Vắng mặt' }),
    ];
    const run = classify(rows, { overrides: { votingBase: 9 } });
    expect(run.quota.base).toBe(9);
  });
});

describe('the quota percentage cell and the demotion text', () => {
  it('«Hạn mức HTXS (%)» formatted as a percentage (0.25 for 25%) reads as 25', () => {
    const run = classify([person('A', { 'Phiếu HTXS': 1 })], { settings: { 'Hạn mức HTXS (%)': 0.25 } });
    expect(run.settingErrors).toEqual([]);
    expect(run.quota.percent).toBe(25);
  });

  it('«Hạn mức HTXS (%)» of 0.155 (15.5%) is an error, not silently 16', () => {
    const run = classify([person('A')], { settings: { 'Hạn mức HTXS (%)': 0.155 } });
    expect(run.settingErrors.map((e) => e.label)).toEqual(['Hạn mức HTXS (%)']);
    expect(run.quota.percent).toBe(15);
  });

  it('the demotion text says plainly when the quota allows nobody', () => {
    const run = classify([person('A', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 1 })]);
    expect(resultOf(run, 'A').result).toBe('HTT');
    expect(resultOf(run, 'A').explanation.join(' ')).toContain('hạn mức chưa cho phép đồng chí nào đạt HTXS');
    expect(resultOf(run, 'A').explanation.join(' ')).not.toContain('thấp hơn những đồng chí được giữ');
  });
});
