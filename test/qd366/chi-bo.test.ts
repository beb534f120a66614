/** The chi bộ's own level under QĐ 366 (Điều 11, Phụ lục 1), and a 2023 roster opened under it. */
import { describe, expect, it } from 'vitest';
import { BASE_HEADERS, classify, classifyQd, officials, qdPerson } from '../helpers';

const members = [qdPerson('A', 85), qdPerson('B', 80)];
/** 28 + 65 = 93, 10/10 tasks on time, 3 above. */
const BEST = {
  'Điểm tiêu chí chung của chi bộ': 28,
  'Điểm kết quả nhiệm vụ của chi bộ': 65,
  'Số nhiệm vụ của chi bộ được giao': 10,
  'Số nhiệm vụ của chi bộ hoàn thành': 10,
  'Số nhiệm vụ của chi bộ chậm tiến độ': 0,
  'Số nhiệm vụ của chi bộ vượt mức': 3,
};

describe('chi bộ level by score', () => {
  it('93 points with every task on time and 30% above: HTXS, with its scores …/30 …/70 …/100', () => {
    const { chiBo } = classifyQd(members, BEST);
    expect(chiBo.result).toBe('HTXS');
    expect(chiBo.score).toBe(9300);
    expect(chiBo.scoreLine).toContain('28/30');
    expect(chiBo.reasons.join(' ')).not.toContain('28/30');
  });

  it('a disciplined chi ủy member (by «Chức vụ») keeps the chi bộ from HTXS: HTT', () => {
    const rows = [...members, qdPerson('C', 60, { 'Chức vụ': 'Phó Bí thư chi bộ', 'Đang chấp hành kỷ luật': 'Có' })];
    expect(classifyQd(rows, BEST).chiBo.result).toBe('HTT');
  });

  it('KHT under 50 points, under 70% of tasks (6 of 10), or any of the three failings', () => {
    expect(classifyQd(members, { ...BEST, 'Điểm kết quả nhiệm vụ của chi bộ': 21 }).chiBo.result).toBe('KHT');
    expect(classifyQd(members, { ...BEST, 'Số nhiệm vụ của chi bộ hoàn thành': 6 }).chiBo.result).toBe('KHT');
    // 7 of 10 is exactly 70%: not KHT, but not every task is done, so no level's conditions hold.
    const open = classifyQd(members, { ...BEST, 'Số nhiệm vụ của chi bộ hoàn thành': 7 }).chiBo;
    expect(open.result).toBe('CXL');
    // The open case: the first reason is what the competent level must decide (the report's section IV prints it).
    expect(open.needsDecision).toBe(true);
    expect(open.reasons[0]).toContain('cấp có thẩm quyền xem xét, quyết định');
    expect(classifyQd(members, { ...BEST, 'Sai phạm trong công tác cán bộ, mất đoàn kết nội bộ': 'Có' }).chiBo.result).toBe(
      'KHT',
    );
    expect(classifyQd(members, { ...BEST, 'Thành viên chi ủy bị kỷ luật liên quan chức trách': 'Có' }).chiBo.result).toBe('KHT');
    expect(classifyQd(members, { ...BEST, 'Thành viên chi ủy bị kết luận suy thoái': 'Có' }).chiBo.result).toBe('KHT');
  });

  it('a missing score is CXL naming the missing labels', () => {
    const { chiBo } = classifyQd(members, { 'Điểm tiêu chí chung của chi bộ': 28 });
    expect(chiBo.result).toBe('CXL');
    expect(chiBo.reasons[0]).toContain('«Điểm kết quả nhiệm vụ của chi bộ»');
  });
});

describe('a roster made for the 2023 plan, opened under QĐ 366', () => {
  it('is refused with a message about the missing score columns, and the 2023 run still works', () => {
    const rows = officials(3, { 'Phiếu HTT': 3 });
    const run = classify(rows, { settings: { 'Bộ quy tắc': 'qd366-2025' }, headers: BASE_HEADERS });
    expect(run.fatal).toHaveLength(1);
    expect(run.fatal[0]).toContain('«Điểm tiêu chí chung» và «Điểm kết quả nhiệm vụ», hoặc «Tổng điểm»');
    expect(run.results).toEqual([]);
    expect(classify(rows, { headers: BASE_HEADERS }).fatal).toEqual([]);
  });
});
