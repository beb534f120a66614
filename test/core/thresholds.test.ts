import { describe, expect, it } from 'vitest';
import { ONE_HALF, TWO_THIRDS, isStrictlyAbove, parseFraction } from '../../src/core/thresholds';
import { classify, officials, person, resultOf } from '../helpers';

/**
 * Hand-worked boundaries: [N, last failing v, first passing v].
 * "trên 2/3" = 3v > 2N and "trên 1/2" = 2v > N (design §4).
 */
const TWO_THIRDS_CASES: ReadonlyArray<readonly [number, number, number]> = [
  [3, 2, 3],
  [9, 6, 7],
  [10, 6, 7],
  [100, 66, 67],
];
const ONE_HALF_CASES: ReadonlyArray<readonly [number, number, number]> = [
  [3, 1, 2],
  [9, 4, 5],
  [10, 5, 6],
  [100, 50, 51],
];

describe('isStrictlyAbove: hand-worked boundaries', () => {
  it.each(TWO_THIRDS_CASES)('N=%i: %i votes are not above 2/3, %i votes are', (n, fails, passes) => {
    expect(isStrictlyAbove(fails, n, TWO_THIRDS)).toBe(false);
    expect(isStrictlyAbove(passes, n, TWO_THIRDS)).toBe(true);
  });

  it.each(ONE_HALF_CASES)('N=%i: %i votes are not above 1/2, %i votes are', (n, fails, passes) => {
    expect(isStrictlyAbove(fails, n, ONE_HALF)).toBe(false);
    expect(isStrictlyAbove(passes, n, ONE_HALF)).toBe(true);
  });

  it('67 of 100 passes 2/3 although 67/100 is not above the float 0.67', () => {
    expect(67 / 100 > 0.67).toBe(false);
    expect(isStrictlyAbove(67, 100, TWO_THIRDS)).toBe(true);
  });

  it('exactly two thirds and exactly one half do not pass ("trên" is strict)', () => {
    expect(isStrictlyAbove(6, 9, TWO_THIRDS)).toBe(false);
    expect(isStrictlyAbove(20, 30, TWO_THIRDS)).toBe(false);
    expect(isStrictlyAbove(5, 10, ONE_HALF)).toBe(false);
    expect(isStrictlyAbove(50, 100, ONE_HALF)).toBe(false);
  });

  it('the first passing count is floor(2N/3)+1 and floor(N/2)+1 for every N up to 300', () => {
    for (let n = 1; n <= 300; n++) {
      const firstTwoThirds = Math.floor((2 * n) / 3) + 1;
      const firstHalf = Math.floor(n / 2) + 1;
      expect(isStrictlyAbove(firstTwoThirds - 1, n, TWO_THIRDS)).toBe(false);
      expect(isStrictlyAbove(firstTwoThirds, n, TWO_THIRDS)).toBe(true);
      expect(isStrictlyAbove(firstHalf - 1, n, ONE_HALF)).toBe(false);
      expect(isStrictlyAbove(firstHalf, n, ONE_HALF)).toBe(true);
    }
  });

  it('with a voting base of 0, zero votes pass no threshold', () => {
    expect(isStrictlyAbove(0, 0, ONE_HALF)).toBe(false);
    expect(isStrictlyAbove(0, 0, TWO_THIRDS)).toBe(false);
  });
});

describe('parseFraction', () => {
  it('reads "2/3", " 1 / 2 " and "3/4"', () => {
    expect(parseFraction('2/3')).toEqual({ num: 2, den: 3 });
    expect(parseFraction(' 1 / 2 ')).toEqual({ num: 1, den: 2 });
    expect(parseFraction('3/4')).toEqual({ num: 3, den: 4 });
  });

  it('rejects text that is not a proper fraction', () => {
    expect(parseFraction('abc')).toBeNull();
    expect(parseFraction('1/0')).toBeNull();
    expect(parseFraction('3/2')).toBeNull();
    expect(parseFraction('0.67')).toBeNull();
  });
});

/** A single member at the top of a roster; the other rows just make up N. */
function rosterOfN(n: number, target: Record<string, unknown>): Record<string, unknown>[] {
  return [person('Trần Thị Mục Tiêu', target), ...officials(n - 1)];
}

describe('thresholds through runClassification, N built from official members', () => {
  it.each(TWO_THIRDS_CASES)('N=%i: %i Phiếu HTXS is not HTXS, %i is', (n, fails, passes) => {
    const below = classify(rosterOfN(n, { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': fails }));
    const above = classify(rosterOfN(n, { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': passes }));
    expect(below.votingBase).toBe(n);
    expect(above.votingBase).toBe(n);
    expect(resultOf(below, 'Trần Thị Mục Tiêu').byVotes).not.toBe('HTXS');
    expect(resultOf(below, 'Trần Thị Mục Tiêu').ruleResult).not.toBe('HTXS');
    expect(resultOf(above, 'Trần Thị Mục Tiêu').byVotes).toBe('HTXS');
    expect(resultOf(above, 'Trần Thị Mục Tiêu').ruleResult).toBe('HTXS');
  });

  it.each(ONE_HALF_CASES)('N=%i: %i Phiếu HTT is CXL, %i is HTT', (n, fails, passes) => {
    const below = classify(rosterOfN(n, { 'Phiếu HTT': fails }));
    const above = classify(rosterOfN(n, { 'Phiếu HTT': passes }));
    expect(below.votingBase).toBe(n);
    expect(resultOf(below, 'Trần Thị Mục Tiêu').result).toBe('CXL');
    expect(resultOf(below, 'Trần Thị Mục Tiêu').warnings).toContain('notEnoughVotes');
    expect(resultOf(above, 'Trần Thị Mục Tiêu').result).toBe('HTT');
  });

  it.each(ONE_HALF_CASES)('N=%i: %i Phiếu HT is CXL, %i is HT', (n, fails, passes) => {
    const below = classify(rosterOfN(n, { 'Kết quả thi đua': 'HT', 'Phiếu HT': fails }));
    const above = classify(rosterOfN(n, { 'Kết quả thi đua': 'HT', 'Phiếu HT': passes }));
    expect(resultOf(below, 'Trần Thị Mục Tiêu').result).toBe('CXL');
    expect(resultOf(above, 'Trần Thị Mục Tiêu').result).toBe('HT');
  });

  it.each(ONE_HALF_CASES)('N=%i: with a fault, %i Phiếu KHT is CXL, %i is KHT', (n, fails, passes) => {
    const fault = { 'Đang chấp hành kỷ luật': 'Có' };
    const below = classify(rosterOfN(n, { ...fault, 'Phiếu KHT': fails }));
    const above = classify(rosterOfN(n, { ...fault, 'Phiếu KHT': passes }));
    expect(resultOf(below, 'Trần Thị Mục Tiêu').result).toBe('CXL');
    expect(resultOf(above, 'Trần Thị Mục Tiêu').result).toBe('KHT');
  });
});

describe('thresholds through runClassification, N fixed by «Số đảng viên chính thức (mẫu số)»', () => {
  const settings = (n: number) => ({ 'Số đảng viên chính thức (mẫu số)': n });

  it.each(TWO_THIRDS_CASES)('N=%i from the setting: %i Phiếu HTXS falls to HTT, %i is HTXS', (n, fails, passes) => {
    const below = classify([person('A', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': fails })], { settings: settings(n) });
    const above = classify([person('A', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': passes })], { settings: settings(n) });
    expect(below.votingBase).toBe(n);
    expect(below.errors).toEqual([]);
    // A vote for HTXS also supports HTT (cumulative), and `fails` is above 1/2 of N.
    expect(resultOf(below, 'A').ruleResult).toBe('HTT');
    expect(resultOf(above, 'A').ruleResult).toBe('HTXS');
  });

  it.each(ONE_HALF_CASES)('N=%i from the setting: %i Phiếu HTT is CXL, %i is HTT', (n, fails, passes) => {
    const below = classify([person('A', { 'Phiếu HTT': fails })], { settings: settings(n) });
    const above = classify([person('A', { 'Phiếu HTT': passes })], { settings: settings(n) });
    expect(below.votingBase).toBe(n);
    expect(resultOf(below, 'A').result).toBe('CXL');
    expect(resultOf(above, 'A').result).toBe('HTT');
  });
});

describe('thresholds through runClassification, N fixed by overrides.votingBase', () => {
  it.each(TWO_THIRDS_CASES)('N=%i: %i Phiếu HTXS is not HTXS by votes, %i is', (n, fails, passes) => {
    const below = classify([person('A', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': fails })], { overrides: { votingBase: n } });
    const above = classify([person('A', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': passes })], { overrides: { votingBase: n } });
    expect(below.votingBase).toBe(n);
    expect(resultOf(below, 'A').byVotes).not.toBe('HTXS');
    expect(resultOf(above, 'A').byVotes).toBe('HTXS');
  });

  it.each(ONE_HALF_CASES)('N=%i: %i Phiếu HTT is CXL, %i is HTT', (n, fails, passes) => {
    const below = classify([person('A', { 'Phiếu HTT': fails })], { overrides: { votingBase: n } });
    const above = classify([person('A', { 'Phiếu HTT': passes })], { overrides: { votingBase: n } });
    expect(resultOf(below, 'A').result).toBe('CXL');
    expect(resultOf(above, 'A').result).toBe('HTT');
  });

  it('the override wins over the setting', () => {
    const run = classify([person('A', { 'Phiếu HTT': 6 })], {
      settings: { 'Số đảng viên chính thức (mẫu số)': 100 },
      overrides: { votingBase: 10 },
    });
    expect(run.votingBase).toBe(10);
    expect(resultOf(run, 'A').result).toBe('HTT');
  });
});
