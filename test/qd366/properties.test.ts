/**
 * Properties of the QĐ 366 profile over random rosters: the quota is never exceeded in any
 * group by the engine, a higher score never gives a lower level, and row order never matters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLevel, levelRank } from '../../src/core/levels';
import type { ClassificationRun } from '../../src/core/run';
import { classifyQd, type RowSpec } from '../helpers';

const RUNS = { numRuns: 150 };

interface Spec {
  readonly group: '2A' | '2B' | '2C';
  readonly score: number;
  readonly assigned: number;
  readonly notDone: number;
  readonly late: number;
  readonly above: number;
  readonly remedied: '' | 'Có' | 'Không';
  readonly discipline: boolean;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  group: fc.constantFrom('2A', '2B', '2C'),
  score: fc.oneof(
    { arbitrary: fc.integer({ min: 8500, max: 10000 }), weight: 3 },
    { arbitrary: fc.integer({ min: 4000, max: 10000 }), weight: 2 },
  ),
  assigned: fc.integer({ min: 0, max: 10 }),
  notDone: fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 6 }), weight: 1 }),
  late: fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 }),
  above: fc.integer({ min: 0, max: 10 }),
  remedied: fc.constantFrom('', '', 'Có', 'Không'),
  discipline: fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, { arbitrary: fc.constant(true), weight: 1 }),
});

/** "95,5" from 9550. */
function scoreCell(hundredths: number): string {
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;
}

function row(spec: Spec, i: number): RowSpec {
  const done = Math.max(0, spec.assigned - spec.notDone);
  return {
    'Họ và tên': `Đảng viên ${i}`,
    'Loại đảng viên': 'Chính thức',
    'Nhóm đối tượng': spec.group,
    'Tổng điểm': scoreCell(spec.score),
    'Số nhiệm vụ được giao': spec.assigned,
    'Số nhiệm vụ hoàn thành': done,
    'Số nhiệm vụ chậm tiến độ': Math.min(spec.late, done),
    'Số nhiệm vụ vượt mức': Math.min(spec.above, done),
    'Khắc phục hạn chế kỳ trước': spec.remedied,
    'Đang chấp hành kỷ luật': spec.discipline ? 'Có' : 'Không',
  };
}

const rosterArb = fc.array(specArb, { minLength: 1, maxLength: 40 });
const settingsArb = fc.record({
  'Tính hạn mức theo nhóm đối tượng': fc.constantFrom('Có', 'Không'),
  'Nhóm nhỏ được 01 HTXS': fc.constantFrom('Có', 'Không'),
  'Đơn vị có thành tích xuất sắc, nổi trội': fc.constantFrom('Có', 'Không'),
});

const byName = (run: ClassificationRun) => new Map(run.results.map((r) => [r.member.name, [r.result, r.warnings]]));

describe('QĐ 366 properties', () => {
  it('the engine never exceeds the quota in any group', () => {
    fc.assert(
      fc.property(rosterArb, settingsArb, (specs, settings) => {
        const run = classifyQd(specs.map(row), settings);
        expect(run.errors).toEqual([]);
        for (const g of run.quota.groups) {
          expect(g.used).toBeLessThanOrEqual(g.allowed);
          expect(g.exceeded).toBe(false);
        }
        // The groups add up to every member at HTXS or HTT.
        const t = run.results.filter((r) => r.result === 'HTXS' || r.result === 'HTT').length;
        expect(run.quota.groups.reduce((n, g) => n + g.base, 0)).toBe(t);
      }),
      RUNS,
    );
  });

  // A KHT by score (< 50) raised into a band may become the open case (CXL for the competent
  // level) when the tasks meet no level's conditions: that is not a lower level.
  it('raising one member’s score never lowers their level (the others unchanged)', () => {
    fc.assert(
      fc.property(rosterArb, fc.nat(), fc.integer({ min: 1, max: 3000 }), settingsArb, (specs, pick, raise, settings) => {
        const i = pick % specs.length;
        const target = specs[i];
        if (!target) return;
        const higher = specs.map((s, j) => (j === i ? { ...s, score: Math.min(10000, s.score + raise) } : s));
        const before = classifyQd(specs.map(row), settings).results[i]?.result;
        const after = classifyQd(higher.map(row), settings).results[i]?.result;
        if (before === undefined || after === undefined || !isLevel(before)) return;
        if (isLevel(after)) expect(levelRank(after)).toBeLessThanOrEqual(levelRank(before));
        else expect([before, after]).toEqual(['KHT', 'CXL']);
      }),
      RUNS,
    );
  });

  it('the result never depends on row order', () => {
    fc.assert(
      fc.property(rosterArb, settingsArb, fc.nat(), (specs, settings, seed) => {
        const rows = specs.map(row);
        const shuffled = [...rows].sort(
          (a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7),
        );
        expect(byName(classifyQd(shuffled, settings))).toEqual(byName(classifyQd(rows, settings)));
      }),
      RUNS,
    );
  });
});
