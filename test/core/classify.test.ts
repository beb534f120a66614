import { describe, expect, it } from 'vitest';
import { classifyMember, isUnderSixMonths, levelByVotes, votesPass, type RuleContext } from '../../src/core/classify';
import { isAbove, levelRank, minLevel, LEVELS } from '../../src/core/levels';
import type { Member, Votes } from '../../src/core/member';
import { PLAN_2023 } from '../../src/core/profiles';
import { memberWith } from '../../src/core/roster';

/** A plain Member, as the roster parser would produce it, with N = 10 by default. */
function member(patch: Partial<Omit<Member, 'votes'>> & { votes?: Votes } = {}): Member {
  const { votes, ...rest } = patch;
  return {
    ...memberWith({ name: 'Ngô Văn Đơn', membership: 'official', emulation: 'HTT' }),
    row: 2,
    ...rest,
    ...(votes ? { votes, votesHTXS: votes.HTXS, votesHTT: votes.HTT, votesHT: votes.HT, votesKHT: votes.KHT } : {}),
  };
}

const CTX: RuleContext = {
  votingBase: 10,
  profile: PLAN_2023,
  meetingDate: { year: 2023, month: 12, day: 7 },
  cumulative: true,
  separateHtxsBallot: false,
  useVotes: true,
  hasTaskColumns: false,
};

const votes = (HTXS: number, HTT: number, HT: number, KHT: number) => ({ HTXS, HTT, HT, KHT });

describe('levels', () => {
  it('are ordered best first', () => {
    expect(LEVELS).toEqual(['HTXS', 'HTT', 'HT', 'KHT']);
    expect(levelRank('HTXS')).toBe(0);
    expect(levelRank('KHT')).toBe(3);
  });
  it('isAbove and minLevel', () => {
    expect(isAbove('HTXS', 'HTT')).toBe(true);
    expect(isAbove('HT', 'HT')).toBe(false);
    expect(isAbove('KHT', 'HT')).toBe(false);
    expect(minLevel('HTXS', 'HT')).toBe('HT');
    expect(minLevel('KHT', 'HTT')).toBe('KHT');
  });
});

describe('classifyMember: ceiling from emulation (design §4 step 3)', () => {
  it.each([
    ['HTXS', 'HTXS'],
    ['CSTDCS', 'HTXS'],
    ['HTT', 'HTT'],
    ['HT', 'HT'],
    ['HT-HC', 'HT'],
  ] as const)('emulation %s allows at most %s; all 10 HTXS votes give that level', (emulation, ceiling) => {
    const r = classifyMember(member({ emulation, votes: votes(10, 0, 0, 0) }), CTX, false);
    expect(r.ceiling).toBe(ceiling);
    expect(r.byVotes).toBe('HTXS');
    expect(r.ruleResult).toBe(ceiling);
  });

  it('emulation KHT is a KHT criterion', () => {
    const r = classifyMember(member({ emulation: 'KHT', votes: votes(0, 0, 0, 6) }), CTX, false);
    expect(r.meetsKhtCriteria).toBe(true);
    expect(r.ruleResult).toBe('KHT');
  });

  it('a missing emulation result is CXL with no ceiling', () => {
    const r = classifyMember(member({ emulation: null, votes: votes(0, 10, 0, 0) }), CTX, false);
    expect(r.ceiling).toBeNull();
    expect(r.ruleResult).toBe('CXL');
    expect(r.warnings).toEqual(['missingEmulation']);
  });

  it('a row with an error is CXL whatever its data', () => {
    const r = classifyMember(member({ emulation: 'HTXS', votes: votes(10, 0, 0, 0) }), CTX, true);
    expect(r.ruleResult).toBe('CXL');
    expect(r.hasError).toBe(true);
    expect(r.warnings).toEqual(['rowError']);
  });

  it('HTXS ceiling with 6 HTXS + 1 HTT votes: HTXS fails (18 ≤ 20), HTT passes (7 of 10)', () => {
    const r = classifyMember(member({ emulation: 'HTXS', votes: votes(6, 1, 0, 0) }), CTX, false);
    expect(r.ruleResult).toBe('HTT');
    expect(r.explanation.join(' ')).toContain('7/10');
  });

  it('HTT ceiling with 2 HTT + 4 HT votes: HT passes on the cumulative 6', () => {
    const r = classifyMember(member({ votes: votes(0, 2, 4, 0) }), CTX, false);
    expect(r.ruleResult).toBe('HT');
  });
});

describe('levelByVotes and votesPass', () => {
  it('the highest passing level, whatever the ceiling', () => {
    expect(levelByVotes(member({ emulation: 'HT', votes: votes(7, 0, 0, 0) }), CTX)).toBe('HTXS');
    expect(levelByVotes(member({ votes: votes(3, 3, 0, 0) }), CTX)).toBe('HTT');
    expect(levelByVotes(member({ votes: votes(0, 0, 0, 6) }), CTX)).toBe('KHT');
    expect(levelByVotes(member({ votes: votes(2, 1, 2, 5) }), CTX)).toBeNull();
  });

  it('uses N from the context', () => {
    const m = member({ votes: votes(0, 6, 0, 0) });
    expect(votesPass(m, 'HTT', CTX)).toBe(true);
    expect(votesPass(m, 'HTT', { ...CTX, votingBase: 12 })).toBe(false);
  });
});

describe('isUnderSixMonths', () => {
  const meeting = { year: 2023, month: 12, day: 7 };
  it('exactly 6 months is not under', () => {
    expect(isUnderSixMonths(member({ admissionDate: { year: 2023, month: 6, day: 7 } }), meeting)).toBe(false);
  });
  it('one day less is under', () => {
    expect(isUnderSixMonths(member({ admissionDate: { year: 2023, month: 6, day: 8 } }), meeting)).toBe(true);
  });
  it('no admission date or no meeting date is never under', () => {
    expect(isUnderSixMonths(member(), meeting)).toBe(false);
    expect(isUnderSixMonths(member({ admissionDate: { year: 2023, month: 11, day: 1 } }), null)).toBe(false);
  });
  it('end of month: admitted 31/08/2023 is 6 months old on 29/02/2024, not on 28/02/2024', () => {
    const m = member({ admissionDate: { year: 2023, month: 8, day: 31 } });
    expect(isUnderSixMonths(m, { year: 2024, month: 2, day: 29 })).toBe(false);
    expect(isUnderSixMonths(m, { year: 2024, month: 2, day: 28 })).toBe(true);
  });
  it('classifyMember gives KXL for a member under 6 months at the meeting', () => {
    const r = classifyMember(member({ admissionDate: { year: 2023, month: 10, day: 1 }, votes: votes(0, 10, 0, 0) }), CTX, false);
    expect(r.ruleResult).toBe('KXL');
  });
});
