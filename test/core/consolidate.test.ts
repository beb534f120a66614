/**
 * The đảng ủy's consolidation (issue 13): each chi bộ keeps its N, votes and decisions; the
 * member quota is applied per peer group across the đảng bộ (QĐ 366) or stays per chi bộ;
 * the chi bộ levels get the quota for collectives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChiBoSource, type Consolidation, consolidate, type ConsolidationOptions } from '../../src/core/consolidate';
import { allowedHtxs } from '../../src/core/quota';
import { PLAN_2023, QD366_2025 } from '../../src/core/profiles';
import { BASE_HEADERS, grid, officials, QD_HEADERS, qdPerson, type RowSpec, settingsGrid, TODAY } from '../helpers';

const QD = { 'Bộ quy tắc': 'QĐ 366-QĐ/TW (2025)' };

function chiBo(name: string, rows: RowSpec[], settings: Record<string, unknown> = QD, headers = QD_HEADERS): ChiBoSource {
  return {
    name,
    source: `${name}.xlsx`,
    input: { roster: grid(rows, headers), settings: settingsGrid({ 'Tên chi bộ': name, ...settings }), today: TODAY },
  };
}

function ok(sources: ChiBoSource[], options: ConsolidationOptions = {}): Consolidation {
  const result = consolidate(sources, options);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.consolidation;
}

const member = (name: string, score: number) => qdPerson(name, score, { 'Nhóm đối tượng': '2B' });
/** Chi bộ A: 98 + four at 75 (T = 5). Chi bộ B: 96 + four at 75 (T = 5). All 2B. */
const A_ROWS = [member('A 98', 98), ...[1, 2, 3, 4].map((i) => member(`A HTT ${i}`, 75))];
const B_ROWS = [member('B 96', 96), ...[1, 2, 3, 4].map((i) => member(`B HTT ${i}`, 75))];

function resultOf(c: Consolidation, name: string): string {
  const found = c.members.find((m) => m.result.member.name === name);
  if (!found) throw new Error(`no member ${name}`);
  return found.result.result;
}

describe('the same members, split into two chi bộ or kept in one', () => {
  it('each chi bộ has its own N: 5 and 5 split, 10 in one', () => {
    const split = ok([chiBo('Chi bộ A', A_ROWS), chiBo('Chi bộ B', B_ROWS)]);
    expect(split.chiBo.map((c) => c.run.votingBase)).toEqual([5, 5]);
    const one = ok([chiBo('Chi bộ AB', [...A_ROWS, ...B_ROWS])]);
    expect(one.chiBo.map((c) => c.run.votingBase)).toEqual([10]);
  });

  it('across the đảng bộ 2B has T = 10 → ⌊20·10/120⌋ = 1 HTXS; per chi bộ ⌊20·5/120⌋ + ⌊20·5/120⌋ = 0 + 0', () => {
    const split = ok([chiBo('Chi bộ A', A_ROWS), chiBo('Chi bộ B', B_ROWS)]);
    expect(split.scope).toBe('dangBo');
    expect(split.quota.groups.find((g) => g.group === 'member')).toMatchObject({ base: 10, allowed: 1, used: 1 });
    expect(resultOf(split, 'A 98')).toBe('HTXS');
    expect(resultOf(split, 'B 96')).toBe('HTT');
    // Each chi bộ's own run (its proposal) allows none: the đảng ủy's result differs from it for A 98 only.
    expect(split.chiBo.map((c) => c.own.quota.allowed)).toEqual([0, 0]);
    expect(split.members.filter((m) => m.changed).map((m) => [m.result.member.name, m.proposal, m.result.result])).toEqual([
      ['A 98', 'HTT', 'HTXS'],
    ]);
    // The đảng bộ's figure is not the sum of the chi bộ's: 1 ≠ 0 + 0, exactly allowedHtxs(10) − 2·allowedHtxs(5).
    expect(allowedHtxs(10, 20) - 2 * allowedHtxs(5, 20)).toBe(1);

    const perChiBo = ok([chiBo('Chi bộ A', A_ROWS), chiBo('Chi bộ B', B_ROWS)], { scope: 'chiBo' });
    expect(perChiBo.quota.groups.find((g) => g.group === 'member')).toMatchObject({ base: 10, allowed: 0, used: 0 });
    expect(resultOf(perChiBo, 'A 98')).toBe('HTT');
    expect(perChiBo.members.every((m) => !m.changed)).toBe(true);

    // Kept in one chi bộ, its own quota is the đảng bộ's: T = 10 → 1.
    const one = ok([chiBo('Chi bộ AB', [...A_ROWS, ...B_ROWS])]);
    expect(one.chiBo[0]?.own.quota.allowed).toBe(1);
    expect(resultOf(one, 'A 98')).toBe('HTXS');
  });

  it('the sentence of a member demoted across the đảng bộ says so', () => {
    const split = ok([chiBo('Chi bộ A', A_ROWS), chiBo('Chi bộ B', B_ROWS)]);
    const b = split.members.find((m) => m.result.member.name === 'B 96');
    expect(b?.result.warnings).toContain('quotaDemoted');
    expect(b?.result.explanation.join(' ')).toContain('trong toàn đảng bộ');
  });

  it('a tie at the đảng bộ cut-off across two chi bộ demotes both, warned', () => {
    const tieB = [member('B 98', 98), ...B_ROWS.slice(1)];
    const c = ok([chiBo('Chi bộ A', A_ROWS), chiBo('Chi bộ B', tieB)]);
    expect(resultOf(c, 'A 98')).toBe('HTT');
    expect(resultOf(c, 'B 98')).toBe('HTT');
    const tied = c.members.filter((x) => x.result.score === 9800);
    expect(tied.map((m) => m.result.warnings.includes('quotaTieByScore'))).toEqual([true, true]);
  });

  it("HTXS already in «Quyết định cấp trên» beyond the đảng bộ's pool are flagged: the đảng ủy is the competent level", () => {
    // A chi bộ's own run lets a decided HTXS pass (the competent level checked it); the đảng ủy's
    // consolidation is that check, so 2 decided HTXS against ⌊20·10/120⌋ = 1 must show.
    const decided = (rows: RowSpec[]) => rows.map((r, i) => (i === 0 ? { ...r, 'Quyết định cấp trên': 'HTXS' } : r));
    const c = ok([chiBo('Chi bộ A', decided(A_ROWS)), chiBo('Chi bộ B', decided(B_ROWS))]);
    expect(resultOf(c, 'A 98')).toBe('HTXS');
    expect(resultOf(c, 'B 96')).toBe('HTXS');
    expect(c.quota.groups.find((g) => g.group === 'member')).toMatchObject({ allowed: 1, used: 2, exceeded: true });
    expect(c.members.find((m) => m.result.member.name === 'B 96')?.result.warnings).toContain('quotaExceeded');
  });

  it('under the 2023 plan the quota stays per chi bộ, whatever is asked: slices equal the chi bộ runs', () => {
    // Every member HTXS by emulation and votes; the first of each chi bộ has the most Phiếu HTXS.
    const rows = (n: number) =>
      officials(n, { 'Kết quả thi đua': 'HTXS' }).map((r, i) => ({
        ...r,
        'Phiếu HTXS': i === 0 ? n : n - 1,
        'Phiếu HTT': i === 0 ? 0 : 1,
      }));
    const c = ok([chiBo('Chi bộ 1', rows(10), {}, BASE_HEADERS), chiBo('Chi bộ 2', rows(6), {}, BASE_HEADERS)], {
      scope: 'dangBo',
    });
    expect(c.profile).toBe(PLAN_2023);
    expect(c.scope).toBe('chiBo');
    for (const unit of c.chiBo) expect(unit.run).toBe(unit.own);
    // 15% of the HTT: ⌊15·10/115⌋ = 1 and ⌊15·6/115⌋ = 0, summed 1.
    expect(c.quota).toMatchObject({ base: 16, allowed: 1, used: 1 });
  });
});

/** Chi bộ settings for a given score, with every task on time and 3 of 10 above: HTXS from 90. */
function chiBoScored(name: string, general: number, task: number): ChiBoSource {
  return chiBo(name, [member(`${name} đảng viên`, 80)], {
    ...QD,
    'Điểm tiêu chí chung của chi bộ': general,
    'Điểm kết quả nhiệm vụ của chi bộ': task,
    'Số nhiệm vụ của chi bộ được giao': 10,
    'Số nhiệm vụ của chi bộ hoàn thành': 10,
    'Số nhiệm vụ của chi bộ chậm tiến độ': 0,
    'Số nhiệm vụ của chi bộ vượt mức': 3,
  });
}

describe('the quota for collectives', () => {
  it('3 chi bộ at HTXS (95, 93, 93) and 3 at HTT: T = 6 → ⌊20·6/120⌋ = 1, the 95 keeps HTXS', () => {
    const c = ok([
      chiBoScored('Chi bộ 1', 28, 67),
      chiBoScored('Chi bộ 2', 28, 65),
      chiBoScored('Chi bộ 3', 27, 66),
      chiBoScored('Chi bộ 4', 25, 60),
      chiBoScored('Chi bộ 5', 25, 58),
      chiBoScored('Chi bộ 6', 24, 60),
    ]);
    expect(c.chiBo.map((u) => [u.level.proposed, u.level.result])).toEqual([
      ['HTXS', 'HTXS'],
      ['HTXS', 'HTT'],
      ['HTXS', 'HTT'],
      ['HTT', 'HTT'],
      ['HTT', 'HTT'],
      ['HTT', 'HTT'],
    ]);
    expect(c.collectiveQuota).toEqual({ percent: 20, base: 6, allowed: 1, used: 1 });
    expect(c.chiBo[1]?.level.quota).toBe('demoted');
  });

  it('two at 95 tie at the cut-off: both HTT, marked tie; an outstanding đảng bộ (25%) allows ⌊25·6/125⌋ = 1 too', () => {
    const sources = [
      chiBoScored('Chi bộ 1', 28, 67),
      chiBoScored('Chi bộ 2', 28, 67),
      ...[3, 4, 5, 6].map((i) => chiBoScored(`Chi bộ ${i}`, 25, 60)),
    ];
    const c = ok(sources);
    expect(c.chiBo.slice(0, 2).map((u) => [u.level.result, u.level.quota])).toEqual([
      ['HTT', 'tie'],
      ['HTT', 'tie'],
    ]);
    expect(c.chiBo[0]?.level.reason).toContain('Đảng ủy xem xét, quyết định');
    expect(ok(sources, { outstanding: true }).collectiveQuota).toMatchObject({ percent: 25, allowed: 1 });
  });
});

describe('what stops a consolidation', () => {
  it('an unusable file is named; duplicate chi bộ names; mixed rule profiles', () => {
    const bad: ChiBoSource = {
      name: 'Hỏng',
      source: 'hong.xlsx',
      input: { roster: [['Họ tên?']], settings: null, today: TODAY },
    };
    const broken = consolidate([chiBo('Chi bộ A', A_ROWS), bad]);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems.map((p) => p.source)).toEqual(['hong.xlsx']);

    const twice = consolidate([chiBo('Chi bộ A', A_ROWS), { ...chiBo('Chi bộ a', B_ROWS), source: 'khac.xlsx' }]);
    expect(twice.ok ? [] : twice.problems.map((p) => p.message)).toEqual([expect.stringContaining('Chi bộ A.xlsx, khac.xlsx')]);

    const mixed = consolidate([chiBo('Chi bộ A', A_ROWS), chiBo('Chi bộ B', officials(3), {}, BASE_HEADERS)]);
    expect(mixed.ok ? '' : mixed.problems[0]?.message).toContain('bộ quy tắc khác nhau');
    // A profile chosen for the run settles it.
    expect(consolidate([chiBo('Chi bộ A', A_ROWS), chiBo('Chi bộ B', B_ROWS, {})], { profile: QD366_2025 }).ok).toBe(true);
    expect(consolidate([]).ok).toBe(false);
  });

  it('mixed rule profiles name each chi bộ and its file under its profile', () => {
    const mixed = consolidate([chiBo('Chi bộ A', A_ROWS), chiBo('Chi bộ B', officials(3), {}, BASE_HEADERS)]);
    const message = mixed.ok ? '' : (mixed.problems[0]?.message ?? '');
    expect(message).toContain('«QĐ 366-QĐ/TW (2025)»: Chi bộ A (tệp «Chi bộ A.xlsx»)');
    expect(message).toContain('Chi bộ B (tệp «Chi bộ B.xlsx»)');
  });

  it('the same source given twice is one problem, not one per copy', () => {
    const a = chiBo('Chi bộ A', A_ROWS);
    const twice = consolidate([a, a, chiBo('Chi bộ B', B_ROWS)]);
    expect(twice.ok ? [] : twice.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('«Chi bộ A»: Chi bộ A.xlsx, Chi bộ A.xlsx'),
    ]);
  });
});

// ---------------------------------------------------------------------------
// Properties over random đảng bộ.

interface Spec {
  readonly group: '2A' | '2B' | '2C';
  readonly score: number;
}
const specArb: fc.Arbitrary<Spec> = fc.record({
  group: fc.constantFrom('2A', '2B', '2C'),
  // A few shared scores make ties at the cut-off common: where an order dependence would show.
  score: fc.oneof(
    { arbitrary: fc.integer({ min: 8500, max: 10000 }), weight: 3 },
    { arbitrary: fc.constantFrom(9000, 9300, 9600), weight: 2 },
    fc.integer({ min: 4000, max: 10000 }),
  ),
});
/** Up to 5 chi bộ of 1–15 members. */
const dangBoArb = fc.array(fc.array(specArb, { minLength: 1, maxLength: 15 }), { minLength: 1, maxLength: 5 });

function sources(specs: readonly (readonly Spec[])[]): ChiBoSource[] {
  return specs.map((unit, u) =>
    chiBo(
      `Chi bộ ${u}`,
      unit.map((s, i) =>
        qdPerson(`Đảng viên ${u}-${i}`, `${Math.floor(s.score / 100)},${String(s.score % 100).padStart(2, '0')}`, {
          'Nhóm đối tượng': s.group,
        }),
      ),
    ),
  );
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Each member's outcome, warnings and explanation, keyed by name: what must not depend on order. */
function byMember(c: Consolidation): Map<string, string> {
  return new Map(
    c.members.map((m) => [
      m.result.member.name,
      JSON.stringify([m.result.result, m.proposal, [...m.result.warnings].sort(), m.result.explanation]),
    ]),
  );
}

describe('properties of the consolidation', () => {
  it('the quota is never exceeded in any peer group of the đảng bộ', () => {
    fc.assert(
      fc.property(dangBoArb, (specs) => {
        const c = ok(sources(specs));
        for (const group of ['leader', 'member', 'outside'] as const) {
          const inGroup = c.members.filter((m) => m.result.group === group);
          const used = inGroup.filter((m) => m.result.result === 'HTXS').length;
          const base = used + inGroup.filter((m) => m.result.result === 'HTT').length;
          expect(used).toBeLessThanOrEqual(allowedHtxs(base, 20));
        }
        expect(c.quota.exceeded).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('the result does not depend on the order of the files or of the rows', () => {
    fc.assert(
      fc.property(dangBoArb, fc.integer({ min: 1, max: 1 << 30 }), (specs, seed) => {
        const base = ok(sources(specs));
        const reordered = sources(specs).map((s, i) => {
          const [header, ...rows] = s.input.roster;
          return { ...s, input: { ...s.input, roster: [header ?? [], ...shuffled(rows, seed + i)] } };
        });
        const other = ok(shuffled(reordered, seed));
        expect(other.chiBo.map((u) => u.name)).toEqual(base.chiBo.map((u) => u.name));
        expect(byMember(other)).toEqual(byMember(base));
        expect(other.quota).toEqual(base.quota);
        expect(other.chiBo.map((u) => u.level)).toEqual(base.chiBo.map((u) => u.level));
      }),
      { numRuns: 100 },
    );
  });

  it("a chi bộ's own run and its slice agree on everything but the quota step", () => {
    fc.assert(
      fc.property(dangBoArb, (specs) => {
        const c = ok(sources(specs));
        for (const unit of c.chiBo) {
          expect(unit.run.votingBase).toBe(unit.own.votingBase);
          expect(unit.run.errors).toEqual(unit.own.errors);
          expect(unit.run.chiBo).toEqual(unit.own.chiBo);
          expect(unit.run.results).toHaveLength(unit.own.results.length);
          for (const [i, slice] of unit.run.results.entries()) {
            const own = unit.own.results[i];
            if (!own) throw new Error('missing member');
            expect([slice.member, slice.ruleResult, slice.ceiling, slice.score, slice.group]).toEqual([
              own.member,
              own.ruleResult,
              own.ceiling,
              own.score,
              own.group,
            ]);
            // The quota step only moves an HTXS by the rules between HTXS and HTT.
            if (slice.result !== own.result) {
              expect(own.ruleResult).toBe('HTXS');
              expect([slice.result, own.result].sort()).toEqual(['HTT', 'HTXS']);
            } else if (!slice.warnings.some((w) => w.startsWith('quota'))) {
              expect(slice.explanation).toEqual(own.explanation);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
