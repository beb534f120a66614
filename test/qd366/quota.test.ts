/**
 * The HTXS quota of QĐ 366 (Điều 11.1.5): P = 20 (25 for an outstanding unit), applied per
 * peer group, ranked by score; allowed = ⌊P·T/(100+P)⌋ with T the group's HTXS + HTT.
 */
import { describe, expect, it } from 'vitest';
import { allowedHtxs } from '../../src/core/quota';
import { classifyQd, qdPerson, resultOf, type RowSpec } from '../helpers';

const leader = (name: string, score: number) => qdPerson(name, score, { 'Nhóm đối tượng': '2A' });
const member = (name: string, score: number) => qdPerson(name, score, { 'Nhóm đối tượng': '2B' });

/** 2A: 2 candidates (95, 93) + 3 at HTT → T = 5. 2B: 3 candidates (98, 96, 91) + 8 at HTT → T = 11. */
const ROSTER: RowSpec[] = [
  leader('Lãnh đạo 95', 95),
  leader('Lãnh đạo 93', 93),
  ...[80, 80, 80].map((s, i) => leader(`Lãnh đạo HTT ${i}`, s)),
  member('Đảng viên 98', 98),
  member('Đảng viên 96', 96),
  member('Đảng viên 91', 91),
  ...Array.from({ length: 8 }, (_, i) => member(`Đảng viên HTT ${i}`, 75)),
];
const htxsNames = (rows: RowSpec[], settings: Record<string, unknown> = {}) =>
  classifyQd(rows, settings)
    .results.filter((r) => r.result === 'HTXS')
    .map((r) => r.member.name);

describe('per peer group against pooled', () => {
  it('per group: 2A allows ⌊20·5/120⌋ = 0, 2B allows ⌊20·11/120⌋ = 1 → only the 2B top score keeps HTXS', () => {
    const run = classifyQd(ROSTER);
    expect(run.quota.groups.map((g) => [g.group, g.base, g.allowed, g.used])).toEqual([
      ['leader', 5, 0, 0],
      ['member', 11, 1, 1],
      ['outside', 0, 0, 0],
    ]);
    expect(htxsNames(ROSTER)).toEqual(['Đảng viên 98']);
    expect(resultOf(run, 'Lãnh đạo 95').warnings).toContain('quotaDemoted');
    expect(run.quota).toMatchObject({ percent: 20, base: 16, allowed: 1, used: 1, exceeded: false });
  });

  it('pooled («Tính hạn mức theo nhóm đối tượng» = Không): T = 16, ⌊20·16/120⌋ = 2 → the two best scores overall', () => {
    const run = classifyQd(ROSTER, { 'Tính hạn mức theo nhóm đối tượng': 'Không' });
    expect(run.quota.groups).toEqual([{ group: null, percent: 20, base: 16, allowed: 2, used: 2, exceeded: false }]);
    expect(htxsNames(ROSTER, { 'Tính hạn mức theo nhóm đối tượng': 'Không' })).toEqual(['Đảng viên 98', 'Đảng viên 96']);
  });

  it('the allowed numbers are the fixed point for each pool: 0 + 1 per group, 2 pooled', () => {
    expect([allowedHtxs(5, 20), allowedHtxs(11, 20), allowedHtxs(16, 20)]).toEqual([0, 1, 2]);
  });

  it('an outstanding unit: P = 25, 2A allows ⌊25·5/125⌋ = 1 and 2B ⌊25·11/125⌋ = 2', () => {
    const run = classifyQd(ROSTER, { 'Đơn vị có thành tích xuất sắc, nổi trội': 'Có' });
    expect(run.quota.groups.map((g) => g.allowed)).toEqual([1, 2, 0]);
    expect(htxsNames(ROSTER, { 'Đơn vị có thành tích xuất sắc, nổi trội': 'Có' })).toEqual([
      'Lãnh đạo 95',
      'Đảng viên 98',
      'Đảng viên 96',
    ]);
  });

  it('«Nhóm nhỏ được 01 HTXS» = Có lets 2A keep its best (allowed 0 → 1)', () => {
    expect(htxsNames(ROSTER, { 'Nhóm nhỏ được 01 HTXS': 'Có' })).toEqual(['Lãnh đạo 95', 'Đảng viên 98']);
  });

  it('a tie at the cut-off demotes every tied member, warned that the competent level chooses', () => {
    const rows = [
      member('Bằng điểm 1', 96),
      member('Bằng điểm 2', 96),
      ...Array.from({ length: 9 }, (_, i) => member(`HTT ${i}`, 75)),
    ];
    const run = classifyQd(rows);
    expect(run.quota.groups.find((g) => g.group === 'member')).toMatchObject({ base: 11, allowed: 1, used: 0 });
    for (const name of ['Bằng điểm 1', 'Bằng điểm 2']) {
      expect(resultOf(run, name).result).toBe('HTT');
      expect(resultOf(run, name).warnings).toContain('quotaTieByScore');
    }
  });

  it("a chi bộ's conclusion that breaks a group quota is flagged on that group only", () => {
    const rows = [...ROSTER.slice(0, 5).map((r, i) => (i === 0 ? { ...r, 'Kết luận chi bộ': 'HTXS' } : r)), ...ROSTER.slice(5)];
    const run = classifyQd(rows);
    const leaders = run.quota.groups.find((g) => g.group === 'leader');
    expect(leaders).toMatchObject({ allowed: 0, used: 1, exceeded: true });
    expect(run.quota.groups.find((g) => g.group === 'member')?.exceeded).toBe(false);
    expect(resultOf(run, 'Lãnh đạo 95').warnings).toContain('quotaExceeded');
    expect(resultOf(run, 'Đảng viên 98').warnings).not.toContain('quotaExceeded');
  });

  it("the competent level's decision is not flagged: it applied the quota over its own pool (the đảng bộ's)", () => {
    const rows = [
      ...ROSTER.slice(0, 5).map((r, i) => (i === 0 ? { ...r, 'Quyết định cấp trên': 'HTXS' } : r)),
      ...ROSTER.slice(5),
    ];
    const run = classifyQd(rows);
    expect(run.quota.groups.find((g) => g.group === 'leader')).toMatchObject({ allowed: 0, used: 1, exceeded: false });
    expect(resultOf(run, 'Lãnh đạo 95')).toMatchObject({ result: 'HTXS', decided: true });
    expect(resultOf(run, 'Lãnh đạo 95').warnings).not.toContain('quotaExceeded');
  });

  it('a percentage above 25 is taken, with a notice to check it', () => {
    const run = classifyQd(ROSTER, { 'Hạn mức HTXS (%)': 30 });
    expect(run.quota.percent).toBe(30);
    expect(run.notices.some((n) => n.includes('30%'))).toBe(true);
  });
});
