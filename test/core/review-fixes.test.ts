import { describe, expect, it } from 'vitest';
import { classify, person, resultOf } from '../helpers';

describe('choices made after review', () => {
  it('a conclusion for an absent member is not applied, with a warning to clear the status first', () => {
    const run = classify([
      person('Vắng', { 'Tình trạng': 'Vắng mặt', 'Kết quả thi đua': 'HT', 'Số tháng nghỉ ốm': 5, 'Kết luận chi bộ': 'HTXS' }),
      person('B', { 'Phiếu HTT': 3 }),
      person('C', { 'Phiếu HTT': 3 }),
      person('D', { 'Phiếu HTT': 3 }),
    ]);
    const absent = resultOf(run, 'Vắng');
    expect(absent.result).toBe('CXL');
    expect(absent.overridden).toBe(false);
    expect(absent.warnings).toEqual(['absent', 'overrideIgnored']);
    expect(absent.explanation.join(' ')).toContain('xóa tình trạng «Vắng mặt»');
    expect(run.counts.HTXS).toBe(0);
  });

  it('a member whose status cell is broken is left out of N until it is fixed', () => {
    const run = classify([
      person('Sai', { 'Tình trạng': 'Nghỉ phép' }),
      person('A', { 'Phiếu HTT': 2 }),
      person('B', { 'Phiếu HTT': 2 }),
      person('C', { 'Phiếu HTT': 2 }),
    ]);
    expect(run.votingBase).toBe(3);
    expect(run.errors.map((e) => [e.row, e.column, e.value])).toEqual([[2, 'Tình trạng', 'Nghỉ phép']]);
    // With N = 3, 2 votes pass "trên 1/2" (4 > 3); with N = 4 they would not (4 > 4 is false).
    expect(resultOf(run, 'A').result).toBe('HTT');
  });

  it.each(['Không', 'không có', '0', '-', 'ko'])('«Khuyết điểm» = %j means no fault', (text) => {
    const run = classify([person('A', { 'Khuyết điểm': text, 'Phiếu HTT': 1 })]);
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'A').meetsKhtCriteria).toBe(false);
    expect(resultOf(run, 'A').result).toBe('HTT');
  });

  it('«Hạn mức HTXS (%)» formatted as a percentage (0.25 for 25%) reads as 25', () => {
    const run = classify([person('A', { 'Phiếu HTXS': 1 })], { settings: { 'Hạn mức HTXS (%)': 0.25 } });
    expect(run.settingErrors).toEqual([]);
    expect(run.quota.percent).toBe(25);
  });

  it('the demotion text says plainly when the quota allows nobody', () => {
    const run = classify([person('A', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 1 })]);
    expect(resultOf(run, 'A').result).toBe('HTT');
    expect(resultOf(run, 'A').explanation.join(' ')).toContain('hạn mức chưa cho phép đồng chí nào đạt HTXS');
    expect(resultOf(run, 'A').explanation.join(' ')).not.toContain('thấp hơn những đồng chí được giữ');
  });
});

describe('faults are read by how they begin, so negations are not faults', () => {
  it.each(['Không vi phạm', 'Đoàn kết tốt', 'Hoàn thành nhiệm vụ chi bộ giao', 'Không suy thoái'])(
    '%j is a row error, not a KHT fault',
    (text) => {
      const run = classify([person('A', { 'Khuyết điểm': text, 'Phiếu HTT': 1 })]);
      expect(run.errors.map((e) => [e.row, e.column])).toEqual([[2, 'Khuyết điểm']]);
      expect(resultOf(run, 'A').meetsKhtCriteria).toBe(false);
    },
  );

  it.each([
    ['Đảng viên không hoàn thành nhiệm vụ chi bộ giao', 'task'],
    ['Vi phạm quy định về những điều đảng viên không được làm', 'violation'],
    ['Không chấp hành phân công của tổ chức hoặc là nguyên nhân gây mất đoàn kết nội bộ', 'disunity'],
    ['Gây mất đoàn kết', 'disunity'],
    ['Có biểu hiện suy thoái về tư tưởng chính trị', 'degradation'],
  ])("the plan's wording %j is the fault %s", (text, fault) => {
    const run = classify([person('A', { 'Khuyết điểm': text, 'Phiếu KHT': 1 })]);
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'A').member.faults).toEqual([fault]);
    expect(resultOf(run, 'A').result).toBe('KHT');
  });

  it('«Hạn mức HTXS (%)» of 0.155 (15.5%) is an error, not silently 16', () => {
    const run = classify([person('A')], { settings: { 'Hạn mức HTXS (%)': 0.155 } });
    expect(run.settingErrors.map((e) => e.label)).toEqual(['Hạn mức HTXS (%)']);
    expect(run.quota.percent).toBe(15);
  });

  it('a blank required cell says it is required without contradiction', () => {
    const run = classify([person('A', { 'Kết quả thi đua': '' })]);
    expect(run.errors[0]?.message).toBe(
      'Dòng 2, cột «Kết quả thi đua»: ô đang để trống nhưng đây là thông tin bắt buộc. Nhập một trong: HTXS (Hoàn thành xuất sắc nhiệm vụ), CSTĐCS (Chiến sĩ thi đua cơ sở), HTT, HT, HT-HC (Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực), KHT.',
    );
  });
});
