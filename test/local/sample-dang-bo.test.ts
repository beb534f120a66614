/**
 * The bundled đảng bộ of `demo-dang-bo` (src/local/sample-dang-bo.ts), worked out by hand, and
 * the round trip of issue 13: the đảng ủy's decision list of a chi bộ, pasted into its
 * «Quyết định cấp trên» column, makes the chi bộ's own run give the đảng ủy's results.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/addon/gas';
import { type ChiBoSource, type Consolidation, consolidate } from '../../src/core/consolidate';
import { headerOf } from '../../src/core/columns';
import { isLevel } from '../../src/core/levels';
import { runClassification } from '../../src/core/run';
import { LEVEL_NAMES } from '../../src/core/text/domain';
import { DECISION_COLUMN, decisionListLayout } from '../../src/layout/decision-list';
import { reportLayout } from '../../src/layout/report';
import { chiBoRosterGrid, chiBoSettingsGrid, DEMO_DANG_BO } from '../../src/local/sample-dang-bo';

const TODAY = { year: 2025, month: 12, day: 20 };

function sources(): ChiBoSource[] {
  return DEMO_DANG_BO.map((spec, unit) => ({
    name: spec.name,
    source: spec.file,
    input: { roster: chiBoRosterGrid(spec, unit), settings: chiBoSettingsGrid(spec, unit), today: TODAY },
  }));
}

function demo(): Consolidation {
  const result = consolidate(sources());
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.consolidation;
}

/** [chi bộ file, name, group, score, proposal, result, warnings] of every member the quota touched or the đảng ủy changed. */
function touched(c: Consolidation): string[][] {
  return c.members
    .filter((m) => m.changed || m.result.warnings.some((w) => w.startsWith('quota')))
    .map((m) => [
      c.chiBo[m.chiBo]?.source ?? '',
      m.result.member.name,
      m.result.group ?? '',
      String((m.result.score ?? 0) / 100),
      m.proposal,
      m.result.result,
      m.result.warnings.join(','),
    ]);
}

describe('the demo đảng bộ, by hand', () => {
  const c = demo();

  it('6 chi bộ, 90 members, ordered by name', () => {
    expect(c.chiBo.map((u) => [u.source, u.run.results.length])).toEqual([
      ['co-quan-ubnd-xa.xlsx', 10],
      ['thon-an-thanh.xlsx', 14],
      ['mam-non-an-binh.xlsx', 12],
      ['thcs-an-binh.xlsx', 18],
      ['thpt-so-2-an-binh.xlsx', 20],
      ['tieu-hoc-an-binh.xlsx', 16],
    ]);
    expect(c.members).toHaveLength(90);
  });

  it('2A: every chi bộ alone allows 0; across the đảng bộ T = 22 allows ⌊440/120⌋ = 3, the two 93 tie and both stay HTT', () => {
    expect(c.chiBo.map((u) => u.own.quota.groups.find((g) => g.group === 'leader')?.allowed)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(c.quota.groups.find((g) => g.group === 'leader')).toMatchObject({ base: 22, allowed: 3, used: 2 });
  });

  it('2B: the chi bộ allow 0, 1, 0, 1, 1, 1 (4); the đảng bộ T = 37 allows ⌊740/120⌋ = 6 of 7 candidates', () => {
    expect(c.chiBo.map((u) => u.own.quota.groups.find((g) => g.group === 'member')?.allowed)).toEqual([0, 1, 0, 1, 1, 1]);
    expect(c.quota.groups.find((g) => g.group === 'member')).toMatchObject({ base: 37, allowed: 6, used: 6 });
    // 2C: T = 6 allows 1 across the đảng bộ, 0 in every chi bộ (T = 1 each); nobody there reaches HTXS.
    expect(c.quota.groups.find((g) => g.group === 'outside')).toMatchObject({ base: 6, allowed: 1, used: 0 });
  });

  it('who moves: 96 and 95 (2A) and 95, 92, 92 (2B) become HTXS; the 90 of Tiểu học is demoted; 91 (2A) too; the 93s tie', () => {
    expect(touched(c)).toEqual([
      ['co-quan-ubnd-xa.xlsx', 'Phan Thu Linh', 'member', '95', 'HTT', 'HTXS', ''],
      ['thon-an-thanh.xlsx', 'Phạm Minh Tuấn', 'leader', '91', 'HTT', 'HTT', 'quotaDemoted'],
      ['mam-non-an-binh.xlsx', 'Võ Thị Ngọc Lan', 'leader', '93', 'HTT', 'HTT', 'quotaTieByScore'],
      ['mam-non-an-binh.xlsx', 'Hoàng Ngọc Hùng', 'member', '92', 'HTT', 'HTXS', ''],
      ['thcs-an-binh.xlsx', 'Nguyễn Văn Hùng', 'leader', '93', 'HTT', 'HTT', 'quotaTieByScore'],
      ['thpt-so-2-an-binh.xlsx', 'Trần Thị Mai Hương', 'leader', '96', 'HTT', 'HTXS', ''],
      ['thpt-so-2-an-binh.xlsx', 'Dương Quốc Linh', 'member', '92', 'HTT', 'HTXS', ''],
      ['tieu-hoc-an-binh.xlsx', 'Lê Thị Thu Trang', 'leader', '95', 'HTT', 'HTXS', ''],
      ['tieu-hoc-an-binh.xlsx', 'Huỳnh Quốc Hạnh', 'member', '90', 'HTXS', 'HTT', 'quotaDemoted'],
    ]);
  });

  it('the chi bộ: three HTXS by their criteria (95, 93, 91), three HTT; T = 6 allows 1: the 95 (THPT)', () => {
    expect(c.chiBo.map((u) => [u.level.score, u.level.proposed, u.level.result])).toEqual([
      [7600, 'HTT', 'HTT'],
      [8000, 'HTT', 'HTT'],
      [8500, 'HTT', 'HTT'],
      [9300, 'HTXS', 'HTT'],
      [9500, 'HTXS', 'HTXS'],
      [9100, 'HTXS', 'HTT'],
    ]);
    expect(c.collectiveQuota).toEqual({ percent: 20, base: 6, allowed: 1, used: 1 });
  });
});

/** The roster with column F of the decision list pasted into «Quyết định cấp trên», row for row. */
function pasted(roster: readonly (readonly CellValue[])[], decisions: readonly (readonly (string | number)[])[]): CellValue[][] {
  const header = roster[0] ?? [];
  const column = header.indexOf(headerOf('upperDecision'));
  if (column < 0) throw new Error('no «Quyết định cấp trên» column');
  return roster.map((row, r) =>
    r === 0 ? [...row] : row.map((cell, i) => (i === column ? (decisions[r]?.[DECISION_COLUMN - 1] ?? '') : cell)),
  );
}

describe('round trip: the decision list pasted into «Quyết định cấp trên», the chi bộ run alone', () => {
  const c = demo();
  for (const [index, unit] of c.chiBo.entries()) {
    it(`${unit.source}: every member gets the đảng ủy's result, and the report shows it as decided`, () => {
      const unitIndex = DEMO_DANG_BO.findIndex((s) => s.file === unit.source);
      const spec = DEMO_DANG_BO[unitIndex];
      if (!spec) throw new Error(unit.source);
      const layout = decisionListLayout(c, index);
      const roster = pasted(chiBoRosterGrid(spec, unitIndex), layout.values);
      const alone = runClassification({ roster, settings: chiBoSettingsGrid(spec, unitIndex), today: TODAY });
      expect(alone.results.map((r) => [r.member.name, r.result])).toEqual(unit.run.results.map((r) => [r.member.name, r.result]));
      // A decided HTXS is not flagged against the chi bộ's own quota: the đảng ủy applied it.
      expect(alone.results.flatMap((r) => r.warnings).filter((w) => w === 'quotaExceeded')).toEqual([]);
      expect(alone.results.filter((r) => isLevel(r.result)).every((r) => r.decided)).toBe(true);

      const lines = reportLayout(alone).values.map((row) => row.filter((v) => v !== '').join(' | '));
      expect(lines.some((l) => l.includes('(đề\u00a0nghị)'))).toBe(false);
      for (const r of alone.results) {
        expect(lines.some((l) => l.includes(` | ${r.member.name} | `) && l.includes(LEVEL_NAMES[r.result]))).toBe(true);
      }
      // Nothing is left for the đảng ủy to decide: no closing request.
      expect(lines.some((l) => l.startsWith('Chi bộ đề nghị Đảng ủy'))).toBe(false);
    });
  }
});
