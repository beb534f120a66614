import { describe, expect, it } from 'vitest';
import { ballotColumns, support } from '../../src/core/votes';
import { classify, person, resultOf, type RowSpec } from '../helpers';

const VOTES = { HTXS: 4, HTT: 3, HT: 2, KHT: 1 };

describe('support (design §4 step 5)', () => {
  it('cumulative, one ballot (the default): 4 / 4+3 / 4+3+2 / 1', () => {
    const mode = { cumulative: true, separateHtxsBallot: false };
    expect([
      support(VOTES, 'HTXS', mode),
      support(VOTES, 'HTT', mode),
      support(VOTES, 'HT', mode),
      support(VOTES, 'KHT', mode),
    ]).toEqual([4, 7, 9, 1]);
  });

  it('cumulative with a separate HTXS ballot: the tally starts at HTT (4 / 3 / 3+2 / 1)', () => {
    const mode = { cumulative: true, separateHtxsBallot: true };
    expect([
      support(VOTES, 'HTXS', mode),
      support(VOTES, 'HTT', mode),
      support(VOTES, 'HT', mode),
      support(VOTES, 'KHT', mode),
    ]).toEqual([4, 3, 5, 1]);
  });

  it('not cumulative: each level counts only its own tally (4 / 3 / 2 / 1)', () => {
    const mode = { cumulative: false, separateHtxsBallot: false };
    expect([
      support(VOTES, 'HTXS', mode),
      support(VOTES, 'HTT', mode),
      support(VOTES, 'HT', mode),
      support(VOTES, 'KHT', mode),
    ]).toEqual([4, 3, 2, 1]);
  });

  it('not cumulative with a separate HTXS ballot: 4 / 3 / 2 / 1', () => {
    const mode = { cumulative: false, separateHtxsBallot: true };
    expect([
      support(VOTES, 'HTXS', mode),
      support(VOTES, 'HTT', mode),
      support(VOTES, 'HT', mode),
      support(VOTES, 'KHT', mode),
    ]).toEqual([4, 3, 2, 1]);
  });

  it('ballotColumns: the four tallies share one ballot, or only HTT, HT, KHT with a separate HTXS ballot', () => {
    expect(ballotColumns({ cumulative: true, separateHtxsBallot: false })).toEqual(['HTXS', 'HTT', 'HT', 'KHT']);
    expect(ballotColumns({ cumulative: true, separateHtxsBallot: true })).toEqual(['HTT', 'HT', 'KHT']);
  });
});

const N10 = { votingBase: 10 };

function one(spec: RowSpec, settings: Record<string, unknown> | null = null, overrides = {}) {
  return classify([person('Đỗ Thị Phiếu', spec)], { settings, overrides: { ...N10, ...overrides } });
}

describe("separate HTXS ballot ('Phiếu HTXS bầu riêng' = Có)", () => {
  const SEPARATE = { 'Phiếu HTXS bầu riêng': 'Có' };

  it('7 HTXS yes votes plus 6 HTT votes is valid and gives HTXS', () => {
    const run = one({ 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 7, 'Phiếu HTT': 6 }, SEPARATE);
    expect(run.settings.separateHtxsBallot).toBe(true);
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'Đỗ Thị Phiếu').ruleResult).toBe('HTXS');
  });

  it('the same tallies on one shared ballot break the sum rule (13 > 10)', () => {
    const run = one({ 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 7, 'Phiếu HTT': 6 });
    expect(run.errors).toHaveLength(1);
    expect(resultOf(run, 'Đỗ Thị Phiếu').result).toBe('CXL');
  });

  it('Phiếu HTXS does not count toward HTT: 5 HTXS + 1 HTT gives CXL instead of HTT', () => {
    const shared = one({ 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 5, 'Phiếu HTT': 1 });
    const separate = one({ 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 5, 'Phiếu HTT': 1 }, SEPARATE);
    expect(resultOf(shared, 'Đỗ Thị Phiếu').result).toBe('HTT');
    expect(resultOf(separate, 'Đỗ Thị Phiếu').result).toBe('CXL');
  });

  it('the cumulative tally starts at HTT: 4 HTT + 2 HT gives HT', () => {
    const run = one({ 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 5, 'Phiếu HTT': 4, 'Phiếu HT': 2 }, SEPARATE);
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'Đỗ Thị Phiếu').result).toBe('HT');
  });

  it('overrides.separateHtxsBallot turns it on without «Cấu hình»', () => {
    const run = one({ 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 7, 'Phiếu HTT': 6 }, null, { separateHtxsBallot: true });
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'Đỗ Thị Phiếu').ruleResult).toBe('HTXS');
  });
});

describe("non-cumulative tallies ('Cộng dồn phiếu' = Không)", () => {
  const NOT_CUMULATIVE = { 'Cộng dồn phiếu': 'Không' };

  it('4 HTXS + 4 HTT + 2 HT: cumulative gives HTT (8 > 5), non-cumulative gives CXL', () => {
    const spec = { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 4, 'Phiếu HTT': 4, 'Phiếu HT': 2 };
    const cumulative = one(spec);
    const nonCumulative = one(spec, NOT_CUMULATIVE);
    expect(cumulative.settings.cumulative).toBe(true);
    expect(nonCumulative.settings.cumulative).toBe(false);
    expect(resultOf(cumulative, 'Đỗ Thị Phiếu').result).toBe('HTT');
    expect(resultOf(nonCumulative, 'Đỗ Thị Phiếu').result).toBe('CXL');
  });

  it('non-cumulative: 6 Phiếu HT alone passes HT', () => {
    const run = one({ 'Phiếu HTT': 4, 'Phiếu HT': 6 }, NOT_CUMULATIVE);
    expect(resultOf(run, 'Đỗ Thị Phiếu').result).toBe('HT');
  });

  it('non-cumulative: 6 Phiếu HTT passes HTT', () => {
    const run = one({ 'Phiếu HTT': 6, 'Phiếu HT': 4 }, NOT_CUMULATIVE);
    expect(resultOf(run, 'Đỗ Thị Phiếu').result).toBe('HTT');
  });

  it('overrides.cumulative = false works without «Cấu hình»', () => {
    const run = one({ 'Phiếu HTXS': 3, 'Phiếu HTT': 3 }, null, { cumulative: false });
    expect(resultOf(run, 'Đỗ Thị Phiếu').result).toBe('CXL');
    expect(resultOf(one({ 'Phiếu HTXS': 3, 'Phiếu HTT': 3 }), 'Đỗ Thị Phiếu').result).toBe('HTT');
  });

  it('non-cumulative with a separate HTXS ballot: HTXS votes reach only HTXS', () => {
    const run = one(
      { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 6, 'Phiếu HTT': 5, 'Phiếu HT': 5 },
      {
        ...NOT_CUMULATIVE,
        'Phiếu HTXS bầu riêng': 'Có',
      },
    );
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'Đỗ Thị Phiếu').result).toBe('CXL');
  });
});
