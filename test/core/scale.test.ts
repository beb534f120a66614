import { describe, expect, it } from 'vitest';
import { runClassification } from '../../src/core/run';
import { largeRosterGrid, votingBaseOf } from '../../src/local/large-roster';
import { TODAY } from '../helpers';

const N_MEMBERS = 10_000;

/** The expected result of member i, worked out from the pattern (see large-roster.ts). */
function expected(i: number, keptHtxs: number): string {
  switch (i % 10) {
    case 0:
      return Math.floor(i / 10) < keptHtxs ? 'HTXS' : 'HTT';
    case 1:
    case 7:
    case 9:
      return 'HTT';
    case 2:
    case 3:
      return 'HT';
    case 4:
      return 'KHT';
    case 6:
      return 'KXL';
    default:
      return 'CXL';
  }
}

describe('a 10,000-member roster', () => {
  const run = runClassification({ roster: largeRosterGrid(N_MEMBERS), settings: null, today: TODAY });

  it('has the voting base and counts worked out by hand', () => {
    expect(run.errors).toEqual([]);
    expect(run.votingBase).toBe(7000);
    expect(votingBaseOf(N_MEMBERS)).toBe(7000);
    // T = 1,000 HTXS by votes + 3,000 HTT = 4,000; allowed = ⌊15·4000/115⌋ = 521.
    expect(run.quota).toMatchObject({ percent: 15, base: 4000, allowed: 521, used: 521, exceeded: false });
    expect(run.counts).toEqual({ HTXS: 521, HTT: 3479, HT: 2000, KHT: 1000, KXL: 1000, CXL: 2000 });
  });

  it('keeps the quota: 100·HTXS ≤ 15·HTT', () => {
    expect(100 * run.counts.HTXS).toBeLessThanOrEqual(15 * run.counts.HTT);
  });

  it('matches the hand-worked result for members sampled across the roster', () => {
    const sample = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 5200, 5201, 5203, 5204, 5209, 5210, 5219, 9990, 9993, 9999];
    for (let k = 0; k < 200; k++) sample.push((k * 7919) % N_MEMBERS);
    for (const i of sample) {
      const r = run.results[i];
      expect([i, r?.member.name, r?.result]).toEqual([i, `Đảng viên số ${i + 1}`, expected(i, 521)]);
    }
  });

  it('keeps exactly the HTXS members with the most votes', () => {
    const htxs = run.results.filter((r) => r.result === 'HTXS').map((r) => r.member.votes.HTXS);
    expect(Math.min(...htxs)).toBe(7000 - 520);
    expect(Math.max(...htxs)).toBe(7000);
  });
});
