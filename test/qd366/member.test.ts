/**
 * QĐ 366 member rules at every boundary, each case with the reasoning a reader can check.
 * Scores are compared in hundredths: 89,99 → 8999 < 9000.
 */
import { describe, expect, it } from 'vitest';
import { classifyQd, qdPerson, resultOf } from '../helpers';

/** One member alone: «Nhóm nhỏ được 01 HTXS» = Có, so the quota (⌊20·1/120⌋ = 0) keeps a lone HTXS. */
const one = (row: ReturnType<typeof qdPerson>, settings: Record<string, unknown> = {}) => {
  const run = classifyQd([row], { 'Nhóm nhỏ được 01 HTXS': 'Có', ...settings });
  return { run, r: resultOf(run, String(row['Họ và tên'])) };
};

describe('score bands (Điều 10–11): 90 / 70 / 50, tasks all done on time, 30% above', () => {
  it.each([
    ['90', 'HTXS', '90 ≥ 90 reaches the HTXS band; 10/10 done, 0 late, 3/10 = 30% above'],
    ['89,99', 'HTT', '8999 < 9000: HTT band'],
    [89.99, 'HTT', 'the same score as a number from the sheet'],
    ['70', 'HTT', '70 ≥ 70: HTT band'],
    ['69,99', 'HT', '6999 < 7000: HT band'],
    ['50', 'HT', '50 ≥ 50: HT band'],
    ['49,99', 'KHT', '4999 < 5000: the score is a KHT trigger'],
  ] as [string | number, string, string][])('S = %s → %s (%s)', (score, level) => {
    const { r } = one(qdPerson('Lê Văn An', score));
    expect(r.result).toBe(level);
    expect(r.warnings).toEqual([]);
  });

  it('the two parts add up: 27,5 + 62,5 = 90 → HTXS, score held as 9000', () => {
    const { r } = one(qdPerson('Lê Văn An', '', { 'Điểm tiêu chí chung': '27,5', 'Điểm kết quả nhiệm vụ': '62,5' }));
    expect(r.score).toBe(9000);
    expect(r.result).toBe('HTXS');
  });
});

describe('task conditions, taken from the band down (Điều 11.1–11.3)', () => {
  it('exactly 30% above requirements keeps HTXS (10·3 ≥ 3·10); 2 of 10 falls to HTT (20 < 30)', () => {
    expect(one(qdPerson('A', 95, { 'Số nhiệm vụ vượt mức': 3 })).r.result).toBe('HTXS');
    expect(one(qdPerson('A', 95, { 'Số nhiệm vụ vượt mức': 2 })).r.result).toBe('HTT');
  });

  it('exactly 20% late is still HT (5·2 ≤ 10); 3 of 10 late meets no level → CXL for the competent level', () => {
    const atLimit = one(qdPerson('A', 95, { 'Số nhiệm vụ chậm tiến độ': 2 })).r;
    expect(atLimit.result).toBe('HT');
    const over = one(qdPerson('A', 95, { 'Số nhiệm vụ chậm tiến độ': 3 })).r;
    expect(over.result).toBe('CXL');
    expect(over.ruleReason).toBe('openCase');
    expect(over.warnings).toContain('openCase');
  });

  it('exactly 50% not done is no trigger (2·5 > 10 is false) but meets no level → CXL; 6 of 10 not done → KHT', () => {
    const half = one(qdPerson('A', 80, { 'Số nhiệm vụ hoàn thành': 5, 'Số nhiệm vụ vượt mức': 0 })).r;
    expect(half.meetsKhtCriteria).toBe(false);
    expect(half.result).toBe('CXL');
    expect(half.warnings).toContain('openCase');
    const over = one(qdPerson('A', 80, { 'Số nhiệm vụ hoàn thành': 4, 'Số nhiệm vụ vượt mức': 0 })).r;
    expect(over.meetsKhtCriteria).toBe(true);
    expect(over.result).toBe('KHT');
  });

  it('«Khắc phục hạn chế kỳ trước» = Không blocks HTXS only; blank means no earlier shortcoming', () => {
    expect(one(qdPerson('A', 95, { 'Khắc phục hạn chế kỳ trước': 'Không' })).r.result).toBe('HTT');
    expect(one(qdPerson('A', 95, { 'Khắc phục hạn chế kỳ trước': '' })).r.result).toBe('HTXS');
  });

  it('blank task cells: the level comes from the band, with the warning that tasks were not checked', () => {
    const r = one(
      qdPerson('A', 95, {
        'Số nhiệm vụ được giao': '',
        'Số nhiệm vụ hoàn thành': '',
        'Số nhiệm vụ chậm tiến độ': '',
        'Số nhiệm vụ vượt mức': '',
      }),
    ).r;
    expect(r.result).toBe('HTXS');
    expect(r.warnings).toEqual(['tasksUnchecked']);
  });

  it('no task columns at all: one notice for the run, the level from the band', () => {
    const headers = ['Họ và tên', 'Loại đảng viên', 'Tổng điểm'];
    const run = classifyQd([{ 'Họ và tên': 'A', 'Loại đảng viên': 'Chính thức', 'Tổng điểm': 75 }], {}, headers);
    expect(resultOf(run, 'A').result).toBe('HTT');
    expect(resultOf(run, 'A').warnings).toEqual([]);
    expect(run.notices.some((n) => n.includes('Số nhiệm vụ được giao'))).toBe(true);
  });
});

describe('leaders (2A): the area led, confidence votes, units led', () => {
  const leader = (extra: Record<string, unknown>) => qdPerson('Hiệu trưởng', 92, { 'Lãnh đạo, quản lý': 'Có', ...extra });

  it('70% of the area completed exactly is no trigger (100·7 < 70·10 is false); 69% is (100·69 < 70·100)', () => {
    const at = one(leader({ 'Số nhiệm vụ được giao': 10, 'Số nhiệm vụ hoàn thành': 7, 'Số nhiệm vụ vượt mức': 0 })).r;
    expect(at.meetsKhtCriteria).toBe(false);
    const below = one(leader({ 'Số nhiệm vụ được giao': 100, 'Số nhiệm vụ hoàn thành': 69, 'Số nhiệm vụ vượt mức': 0 })).r;
    expect(below.meetsKhtCriteria).toBe(true);
    expect(below.result).toBe('KHT');
  });

  it('50% low-confidence votes is no trigger; 51% is (strictly above 50%)', () => {
    expect(one(leader({ 'Tỷ lệ phiếu tín nhiệm thấp (%)': 50 })).r.result).toBe('HTXS');
    const r = one(leader({ 'Tỷ lệ phiếu tín nhiệm thấp (%)': 51 })).r;
    expect(r.result).toBe('KHT');
    expect(r.explanation.join(' ')).toContain('phiếu tín nhiệm thấp 51%');
  });

  it('50,01% of the units led rated KHT is a trigger; the same for a non-leader is ignored', () => {
    expect(one(leader({ 'Tỷ lệ đơn vị phụ trách KHT (%)': '50,01' })).r.result).toBe('KHT');
    expect(one(qdPerson('B', 92, { 'Tỷ lệ đơn vị phụ trách KHT (%)': 80 })).r.result).toBe('HTXS');
  });
});

describe('other KHT triggers, and what is not a trigger', () => {
  it('discipline and each 2025 fault give KHT whatever the score', () => {
    expect(one(qdPerson('A', 99, { 'Đang chấp hành kỷ luật': 'Có' })).r.result).toBe('KHT');
    const faulty = one(qdPerson('A', 99, { 'Khuyết điểm': 'Vi phạm trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín' })).r;
    expect(faulty.result).toBe('KHT');
    expect(faulty.member.faults).toEqual(['exemplary']);
  });

  it('the corruption fault is for leaders: on a 2B member it is a row error', () => {
    const { run, r } = one(
      qdPerson('A', 99, { 'Khuyết điểm': 'Tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý bị xử lý kỷ luật' }),
    );
    expect(r.result).toBe('CXL');
    expect(run.errors[0]?.columns).toEqual(['faults']);
    const lead = one(
      qdPerson('A', 99, {
        'Lãnh đạo, quản lý': 'Có',
        'Khuyết điểm': 'Tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý bị xử lý kỷ luật',
      }),
    );
    expect(lead.r.result).toBe('KHT');
  });

  it('5 months of sick leave: no cap (HD 43 point 7.5), a note that the actual work decides', () => {
    const r = one(qdPerson('A', 93, { 'Số tháng nghỉ ốm': 5 })).r;
    expect(r.result).toBe('HTXS');
    expect(r.explanation.join(' ')).toContain('kết quả làm việc thực tế');
  });

  it('exempt, suspended and under 6 months are not reviewed (KXL); absent is CXL', () => {
    expect(one(qdPerson('A', 93, { 'Tình trạng': 'Miễn sinh hoạt' })).r.result).toBe('KXL');
    expect(one(qdPerson('A', 93, { 'Tình trạng': 'Đình chỉ sinh hoạt' })).r.result).toBe('KXL');
    expect(one(qdPerson('A', 93, { 'Tình trạng': 'Vắng mặt' })).r.result).toBe('CXL');
  });
});

describe('row errors of the score', () => {
  it('Tổng điểm disagreeing with its parts is a row error naming the column and the sum', () => {
    const { run, r } = one(qdPerson('A', 91, { 'Điểm tiêu chí chung': 27, 'Điểm kết quả nhiệm vụ': 63 }));
    expect(r.result).toBe('CXL');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]?.columns).toEqual(['totalScore']);
    expect(run.errors[0]?.message).toContain('27 + 63 = 90');
  });

  it('a part above its maximum (31 of 30) is a row error', () => {
    const { run, r } = one(qdPerson('A', '', { 'Điểm tiêu chí chung': 31, 'Điểm kết quả nhiệm vụ': 60 }));
    expect(r.result).toBe('CXL');
    expect(run.errors[0]?.columns).toEqual(['generalScore']);
    expect(run.errors[0]?.message).toContain('tối đa (30)');
  });

  it('more than 2 decimals, and tasks done above tasks assigned, are row errors', () => {
    expect(one(qdPerson('A', '90,125')).run.errors[0]?.columns).toEqual(['totalScore']);
    expect(one(qdPerson('A', 90, { 'Số nhiệm vụ hoàn thành': 11 })).run.errors[0]?.columns).toEqual(['tasksDone']);
  });

  it('no score and no trigger: CXL with a row error asking for the score; with a trigger the member is KHT', () => {
    const missing = one(qdPerson('A', ''));
    expect(missing.r.result).toBe('CXL');
    expect(missing.run.errors[0]?.message).toContain('Điểm tiêu chí chung');
    expect(one(qdPerson('A', '', { 'Đang chấp hành kỷ luật': 'Có' })).r.result).toBe('KHT');
  });
});

describe('votes only when «Biểu quyết tại chi bộ» = Có', () => {
  it('without a vote the Phiếu columns are ignored; with one the level is the lower of criteria and votes', () => {
    const rows = [qdPerson('A', 95, { 'Phiếu HTXS': 1, 'Phiếu HTT': 2 }), qdPerson('B', 80), qdPerson('C', 80)];
    // T = 3 (A at HTXS, B and C at HTT): ⌊20·3/120⌋ = 0 allowed, so the rule result is what is checked here.
    expect(resultOf(classifyQd(rows), 'A').ruleResult).toBe('HTXS');
    // N = 3: HTXS needs 3·v > 2·3, so 1 vote fails; HTT support 1 + 2 = 3 > 1,5.
    const voted = classifyQd(rows, { 'Biểu quyết tại chi bộ': 'Có' });
    expect(resultOf(voted, 'A').result).toBe('HTT');
    expect(resultOf(voted, 'B').result).toBe('CXL');
    expect(resultOf(voted, 'B').warnings).toContain('notEnoughVotes');
  });
});

describe('decisions: «Kết luận chi bộ» proposes, «Quyết định cấp trên» decides', () => {
  it('the upper decision wins over the proposal and is marked final', () => {
    const { r } = one(qdPerson('A', 93, { 'Kết luận chi bộ': 'HTT', 'Quyết định cấp trên': 'HTXS' }));
    expect(r.result).toBe('HTXS');
    expect(r.decided).toBe(true);
    expect(r.explanation.join(' ')).toContain('Chi bộ đề nghị: Hoàn thành tốt nhiệm vụ.');
  });

  it('a proposal alone sets the result but stays a proposal; above the criteria it is warned', () => {
    const { r } = one(qdPerson('A', 75, { 'Kết luận chi bộ': 'HTXS' }));
    expect(r.result).toBe('HTXS');
    expect(r.decided).toBe(false);
    expect(r.warnings).toContain('overrideAboveCeiling');
    expect(r.warnings).not.toContain('overrideNotSupported');
  });
});
