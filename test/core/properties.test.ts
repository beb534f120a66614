import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLevel, levelRank, OUTCOMES } from '../../src/core/levels';
import { runClassification, type ClassificationRun, type SettingOverrides } from '../../src/core/run';
import { FULL_HEADERS, TODAY, grid, type RowSpec } from '../helpers';
import type { WarningCode } from '../../src/core/warnings';

/**
 * Property tests over random rosters (design §4). TODAY is 07/12/2023, so an admission on
 * 07/06/2023 is exactly 6 months (classified) and 08/06/2023 is under 6 months (KXL).
 */

const STATUSES = ['', 'Vắng mặt', 'Miễn sinh hoạt', 'Đình chỉ sinh hoạt', 'Chưa đủ 6 tháng'] as const;
const ADMISSIONS = ['', '01/01/2020', '07/06/2023', '08/06/2023'] as const;
const EMULATIONS = ['HTXS', 'CSTĐCS', 'HTT', 'HT', 'HT-HC', 'KHT', 'Hoàn thành tốt nhiệm vụ', ''] as const;
const FAULTS = [
  'Không hoàn thành nhiệm vụ chi bộ giao',
  'Vi phạm điều đảng viên không được làm',
  'Không chấp hành phân công / gây mất đoàn kết',
  'Suy thoái tư tưởng chính trị',
] as const;
const CONCLUSIONS = ['HTXS', 'HTT', 'HT', 'KHT'] as const;

interface Base {
  readonly official: boolean;
  readonly status: (typeof STATUSES)[number];
  readonly admission: (typeof ADMISSIONS)[number];
  readonly emulation: (typeof EMULATIONS)[number];
  readonly sickTenths: number;
  readonly sickAsText: boolean;
  readonly discipline: boolean;
  readonly faults: readonly string[];
  readonly conclusion: string;
}

interface Ballot {
  /** Four raw counts, capped in `order` so that the shared ballot adds up to at most N. */
  readonly raw: readonly [number, number, number, number];
  readonly order: readonly number[];
}

interface Scenario {
  readonly rows: RowSpec[];
  readonly overrides: SettingOverrides;
  /** N as the spec defines it for this roster and these overrides. */
  readonly n: number;
  readonly percent: number;
}

const baseArb = (withConclusions: boolean): fc.Arbitrary<Base> =>
  fc.record({
    official: fc.oneof({ arbitrary: fc.constant(true), weight: 5 }, { arbitrary: fc.constant(false), weight: 1 }),
    status: fc.oneof({ arbitrary: fc.constant(''), weight: 8 }, { arbitrary: fc.constantFrom(...STATUSES), weight: 2 }),
    admission: fc.oneof({ arbitrary: fc.constant(''), weight: 6 }, { arbitrary: fc.constantFrom(...ADMISSIONS), weight: 2 }),
    emulation: fc.oneof(
      { arbitrary: fc.constantFrom('HTXS', 'CSTĐCS'), weight: 2 },
      { arbitrary: fc.constantFrom(...EMULATIONS), weight: 3 },
    ),
    sickTenths: fc.oneof(
      { arbitrary: fc.constant(0), weight: 4 },
      { arbitrary: fc.constantFrom(29, 30, 31), weight: 2 },
      { arbitrary: fc.integer({ min: 0, max: 120 }), weight: 2 },
    ),
    sickAsText: fc.boolean(),
    discipline: fc.oneof({ arbitrary: fc.constant(false), weight: 6 }, { arbitrary: fc.constant(true), weight: 1 }),
    faults: fc.oneof(
      { arbitrary: fc.constant([] as string[]), weight: 6 },
      { arbitrary: fc.subarray([...FAULTS], { minLength: 1 }), weight: 1 },
    ),
    conclusion: withConclusions
      ? fc.oneof({ arbitrary: fc.constant(''), weight: 5 }, { arbitrary: fc.constantFrom(...CONCLUSIONS), weight: 1 })
      : fc.constant(''),
  });

const rawArb = (n: number) => fc.tuple(fc.nat({ max: n }), fc.nat({ max: n }), fc.nat({ max: n }), fc.nat({ max: n }));

/** Either scattered votes, or (more often) a clear lead for one level, as real meetings give. */
const ballotArb = (n: number): fc.Arbitrary<Ballot> =>
  fc.oneof(
    {
      weight: 1,
      arbitrary: fc.record({ raw: rawArb(n), order: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }) }),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          lead: fc.constantFrom(0, 0, 0, 1, 1, 2, 3),
          count: fc.oneof(fc.integer({ min: Math.floor(n / 2), max: n }), fc.integer({ min: Math.floor((2 * n) / 3), max: n })),
          rest: rawArb(n),
        })
        .map(({ lead, count, rest }): Ballot => {
          const raw: [number, number, number, number] = [...rest];
          raw[lead] = count;
          return { raw, order: [lead, ...[0, 1, 2, 3].filter((i) => i !== lead)] };
        }),
    },
  );

/** Tallies [HTXS, HTT, HT, KHT] that respect "each ≤ N" and the sum rule of the ballot mode. */
function tallies(ballot: Ballot, n: number, separate: boolean): [number, number, number, number] {
  const out: [number, number, number, number] = [0, 0, 0, 0];
  let budget = n;
  for (const i of ballot.order) {
    const raw = ballot.raw[i] ?? 0;
    if (separate && i === 0) {
      out[0] = Math.min(raw, n);
      continue;
    }
    out[i] = Math.min(raw, budget);
    budget -= out[i];
  }
  return out;
}

function countsInN(b: Base): boolean {
  return b.official && b.status === '' && b.admission !== '08/06/2023';
}

const scenarioArb = (withConclusions: boolean): fc.Arbitrary<Scenario> =>
  fc
    .record({
      members: fc.array(baseArb(withConclusions), { minLength: 1, maxLength: 25 }),
      fixedBase: fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
      percent: fc.option(fc.constantFrom(0, 10, 15, 20, 25, 50, 100), { nil: undefined }),
      separate: fc.boolean(),
      cumulative: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
    })
    .chain(({ members, fixedBase, percent, separate, cumulative }) => {
      const n = fixedBase ?? members.filter(countsInN).length;
      return fc.array(ballotArb(n), { minLength: members.length, maxLength: members.length }).map((ballots): Scenario => {
        const rows = members.map((b, i): RowSpec => {
          const [htxs, htt, ht, kht] = tallies(ballots[i] as Ballot, n, separate);
          const sick = b.sickTenths / 10;
          return {
            'Họ và tên': `Đảng viên ${String(i + 1).padStart(2, '0')}`,
            'Loại đảng viên': b.official ? 'Chính thức' : 'Dự bị',
            'Tình trạng': b.status,
            'Ngày vào Đảng': b.admission,
            'Kết quả thi đua': b.emulation,
            'Số tháng nghỉ ốm': b.sickAsText ? String(sick).replace('.', ',') : sick,
            'Đang chấp hành kỷ luật': b.discipline ? 'Có' : 'Không',
            'Khuyết điểm': b.faults.join('; '),
            'Phiếu HTXS': htxs,
            'Phiếu HTT': htt,
            'Phiếu HT': ht,
            'Phiếu KHT': kht,
            'Kết luận chi bộ': b.conclusion,
          };
        });
        const overrides: SettingOverrides = {
          separateHtxsBallot: separate,
          cumulative,
          ...(fixedBase !== undefined ? { votingBase: fixedBase } : {}),
          ...(percent !== undefined ? { quotaPercent: percent } : {}),
        };
        return { rows, overrides, n, percent: percent ?? 15 };
      });
    });

function run(rows: RowSpec[], overrides: SettingOverrides): ClassificationRun {
  return runClassification({ roster: grid(rows, FULL_HEADERS), settings: null, today: TODAY, overrides });
}

const RUNS = { numRuns: 300 };

describe('properties of random rosters', () => {
  it('the generator respects N and the sum rule: the only possible row errors are missing emulation results', () => {
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const r = run(s.rows, s.overrides);
        expect(r.fatal).toEqual([]);
        expect(r.votingBase).toBe(s.n);
        for (const e of r.errors) expect(e.column).toBe('Kết quả thi đua');
        expect(r.results).toHaveLength(s.rows.length);
        for (const m of r.results) expect(OUTCOMES).toContain(m.result);
        expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(s.rows.length);
      }),
      RUNS,
    );
  });

  it('every warning and every quota demotion is explained in «Giải thích»', () => {
    /** Each short warning label and a phrase its explanation sentence must contain. */
    const EXPLAINED_BY: Record<WarningCode, string> = {
      rowError: 'có lỗi nên chưa xếp loại',
      missingEmulation: 'Chưa có kết quả thi đua',
      quotaTieByScore: 'bằng điểm',
      openCase: 'cấp có thẩm quyền',
      tasksUnchecked: 'chưa kiểm tra điều kiện',
      absent: 'cuộc họp chi bộ gần nhất',
      under6monthsByDate: 'chưa đủ 6 tháng',
      khtNotEnoughVotes: 'chưa đủ phiếu',
      khtVotesWithoutFault: 'chưa ghi khuyết điểm',
      notEnoughVotes: 'biểu quyết lại',
      quotaDemoted: 'vượt hạn mức HTXS',
      quotaTie: 'bằng số phiếu HTXS',
      overrideAboveCeiling: 'cao hơn mức cho phép',
      overrideNotSupported: 'chưa được đủ phiếu',
      overrideIgnored: 'không áp dụng',
      quotaExceeded: 'vượt hạn mức',
      missingDocuments: 'Thiếu hồ sơ:',
    };
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const r = run(s.rows, s.overrides);
        for (const m of r.results) {
          const text = m.explanation.join(' ');
          expect(text).not.toBe('');
          for (const w of m.warnings) {
            expect(Object.keys(EXPLAINED_BY)).toContain(w);
            expect(text).toContain(EXPLAINED_BY[w]);
          }
          // A demotion is warned, unless a decision for another tied member settled the tie: then it is explained.
          if (m.ruleResult === 'HTXS' && m.result === 'HTT' && !m.overridden) {
            const warned = m.warnings.some((w) => w === 'quotaDemoted' || w === 'quotaTie');
            expect(warned || text.includes('đã được giải quyết')).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('(a) with no «Kết luận chi bộ» the engine never exceeds the HTXS quota', () => {
    fc.assert(
      fc.property(scenarioArb(false), (s) => {
        const r = run(s.rows, s.overrides);
        const htxs = r.results.filter((m) => m.result === 'HTXS');
        const htt = r.results.filter((m) => m.result === 'HTT').length;
        expect(r.quota.percent).toBe(s.percent);
        expect(r.quota.exceeded).toBe(false);
        expect(100 * htxs.length).toBeLessThanOrEqual(s.percent * htt);
        // Those kept have strictly more Phiếu HTXS than anybody demoted by the quota.
        const demoted = r.results.filter((m) => m.ruleResult === 'HTXS' && m.result !== 'HTXS');
        for (const kept of htxs) for (const d of demoted) expect(kept.member.votes.HTXS).toBeGreaterThan(d.member.votes.HTXS);
      }),
      RUNS,
    );
  });

  it('(b) nobody with 3 months of sick leave or more gets HTT or HTXS unless overridden', () => {
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const r = run(s.rows, s.overrides);
        for (const m of r.results) {
          if (m.overridden || m.member.sickMonths < 3) continue;
          expect(['HTXS', 'HTT']).not.toContain(m.result);
        }
      }),
      RUNS,
    );
  });

  it('(c) the result is never above the ceiling unless overridden', () => {
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const r = run(s.rows, s.overrides);
        for (const m of r.results) {
          if (m.overridden) {
            expect(m.result).toBe(m.member.conclusion);
            continue;
          }
          if (m.ceiling === null) {
            expect(['KXL', 'CXL']).toContain(m.result);
          } else if (isLevel(m.result)) {
            expect(levelRank(m.result)).toBeGreaterThanOrEqual(levelRank(m.ceiling));
          }
        }
      }),
      RUNS,
    );
  });

  it('(d) KHT only when Phiếu KHT·2 > N, unless overridden', () => {
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const r = run(s.rows, s.overrides);
        for (const m of r.results) {
          if (m.overridden || m.result !== 'KHT') continue;
          expect(2 * m.member.votes.KHT).toBeGreaterThan(s.n);
          expect(m.meetsKhtCriteria).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('(e) shuffling the rows changes no member’s result', () => {
    const arb = scenarioArb(true).chain((s) =>
      fc.shuffledSubarray(s.rows, { minLength: s.rows.length, maxLength: s.rows.length }).map((shuffled) => ({ s, shuffled })),
    );
    fc.assert(
      fc.property(arb, ({ s, shuffled }) => {
        const a = run(s.rows, s.overrides);
        const b = run(shuffled, s.overrides);
        const view = (r: ClassificationRun) =>
          new Map(
            r.results.map((m) => [
              m.member.name,
              {
                ceiling: m.ceiling,
                byVotes: m.byVotes,
                ruleResult: m.ruleResult,
                result: m.result,
                warnings: m.warnings,
                explanation: m.explanation,
                overridden: m.overridden,
                hasError: m.hasError,
              },
            ]),
          );
        expect(view(b)).toEqual(view(a));
        expect(b.counts).toEqual(a.counts);
        expect(b.quota).toEqual(a.quota);
        expect(b.votingBase).toBe(a.votingBase);
        const errorsByName = (r: ClassificationRun) => {
          const nameOfRow = new Map(r.results.map((m) => [m.member.row, m.member.name]));
          return r.errors.map((e) => `${nameOfRow.get(e.row)}|${e.column}|${e.value}`).sort();
        };
        expect(errorsByName(b)).toEqual(errorsByName(a));
      }),
      RUNS,
    );
  });

  it('(f) the same input twice gives deep-equal output, and the input is not changed', () => {
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const roster = grid(s.rows, FULL_HEADERS);
        const copy = structuredClone(roster);
        const first = runClassification({ roster, settings: null, today: TODAY, overrides: s.overrides });
        const second = runClassification({ roster, settings: null, today: TODAY, overrides: s.overrides });
        expect(second).toEqual(first);
        expect(roster).toEqual(copy);
      }),
      { numRuns: 150 },
    );
  });

  /**
   * Quota-heavy rosters: many HTXS candidates whose Phiếu HTXS come from a narrow range
   * above 2/3, so ties at the cut-off are common.
   */
  const quotaArb = fc
    .record({
      n: fc.integer({ min: 3, max: 20 }),
      candidates: fc.integer({ min: 1, max: 10 }),
      htt: fc.integer({ min: 0, max: 30 }),
      percent: fc.constantFrom(10, 15, 20, 25, 50),
      spread: fc.integer({ min: 0, max: 2 }),
    })
    .chain(({ n, candidates, htt, percent, spread }) => {
      const min = Math.min(n, Math.floor((2 * n) / 3) + 1);
      return fc
        .array(fc.integer({ min, max: Math.min(n, min + spread) }), { minLength: candidates, maxLength: candidates })
        .map((votes) => {
          const rows: RowSpec[] = [
            ...votes.map((v, i) => ({
              'Họ và tên': `Ứng viên ${i}`,
              'Loại đảng viên': 'Chính thức',
              'Kết quả thi đua': 'HTXS',
              'Phiếu HTXS': v,
            })),
            ...Array.from({ length: htt }, (_, i) => ({
              'Họ và tên': `Tốt ${i}`,
              'Loại đảng viên': 'Dự bị',
              'Kết quả thi đua': 'HTT',
              'Phiếu HTT': n,
            })),
          ];
          return { rows, overrides: { votingBase: n, quotaPercent: percent } as SettingOverrides, percent, votes };
        });
    });

  /** The spec's definition of the allowed number, by brute force. */
  const allowedBySpec = (t: number, p: number) => {
    let k = 0;
    for (let j = 0; j <= t; j++) if (100 * j <= p * (t - j)) k = j;
    return k;
  };

  it('(a) quota-heavy rosters: the allowed number follows the spec, ties are all demoted and the quota holds', () => {
    fc.assert(
      fc.property(quotaArb, ({ rows, overrides, percent, votes }) => {
        const r = run(rows, overrides);
        expect(r.errors).toEqual([]);
        const t = rows.length;
        const k = Math.min(votes.length, allowedBySpec(t, percent));
        expect(r.quota.base).toBe(t);
        expect(r.quota.exceeded).toBe(false);
        const kept = r.results.filter((m) => m.result === 'HTXS');
        const tied = r.results.filter((m) => m.warnings.includes('quotaTie'));
        expect(kept.length).toBeLessThanOrEqual(k);
        expect(100 * kept.length).toBeLessThanOrEqual(percent * (t - kept.length));
        const sorted = [...votes].sort((a, b) => b - a);
        const cut = sorted[k];
        const lastIn = k > 0 ? sorted[k - 1] : undefined;
        if (cut === undefined) {
          expect(kept).toHaveLength(votes.length);
        } else if (lastIn !== undefined && lastIn === cut) {
          // A tie at the cut-off: everybody with those votes is demoted with the tie warning.
          expect(tied.length).toBe(votes.filter((v) => v === cut).length);
          expect(kept.length).toBe(votes.filter((v) => v > cut).length);
        } else {
          expect(tied).toEqual([]);
          expect(kept).toHaveLength(k);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('(e) quota-heavy rosters: shuffling the rows changes no member’s result', () => {
    const arb = quotaArb.chain((q) =>
      fc.shuffledSubarray(q.rows, { minLength: q.rows.length, maxLength: q.rows.length }).map((shuffled) => ({ q, shuffled })),
    );
    fc.assert(
      fc.property(arb, ({ q, shuffled }) => {
        const byName = (r: ClassificationRun) => new Map(r.results.map((m) => [m.member.name, [m.result, m.warnings]]));
        expect(byName(run(shuffled, q.overrides))).toEqual(byName(run(q.rows, q.overrides)));
      }),
      { numRuns: 200 },
    );
  });
});
