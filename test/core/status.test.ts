import { describe, expect, it } from 'vitest';
import { FULL_HEADERS, classify, person, resultOf, type RowSpec } from '../helpers';

/**
 * Design §4 step 1 and the definition of N: only official members whose status is active
 * vote. Four active officials make N = 4; every member has 3 Phiếu HTT, which passes
 * 1/2 of 4 (6 > 4) but would fail if the four non-active officials were wrongly counted
 * (N = 8: 6 > 8 is false).
 */
const VOTES = { 'Phiếu HTT': 3 };

function mixedRoster(): RowSpec[] {
  return [
    person('Active 1', VOTES),
    person('Active 2', VOTES),
    person('Active 3', VOTES),
    person('Active 4', VOTES),
    person('Vắng', { ...VOTES, 'Tình trạng': 'Vắng mặt' }),
    person('Miễn', { ...VOTES, 'Tình trạng': 'Miễn sinh hoạt' }),
    person('Đình chỉ', { ...VOTES, 'Tình trạng': 'Đình chỉ sinh hoạt' }),
    person('Mới', { ...VOTES, 'Tình trạng': 'Chưa đủ 6 tháng' }),
    person('Dự bị', { ...VOTES, 'Loại đảng viên': 'Dự bị' }),
  ];
}

describe('member status', () => {
  const run = classify(mixedRoster());

  it('counts only active official members in the voting base N', () => {
    expect(run.errors).toEqual([]);
    expect(run.votingBase).toBe(4);
  });

  it('blank status is active and classified by votes', () => {
    const r = resultOf(run, 'Active 1');
    expect(r.member.status).toBe('active');
    expect(r.result).toBe('HTT');
  });

  it("'Vắng mặt' gives CXL, to be classified at the next meeting", () => {
    const r = resultOf(run, 'Vắng');
    expect(r.result).toBe('CXL');
    expect(r.warnings).toContain('absent');
    expect(r.explanation.join(' ')).toContain('cuộc họp chi bộ gần nhất');
  });

  it("'Miễn sinh hoạt' gives KXL and the member still takes part in the review", () => {
    const r = resultOf(run, 'Miễn');
    expect(r.result).toBe('KXL');
    expect(r.explanation.join(' ')).toContain('Miễn sinh hoạt');
    expect(r.explanation.join(' ')).toContain('vẫn tham gia kiểm điểm');
  });

  it("'Đình chỉ sinh hoạt' gives KXL", () => {
    const r = resultOf(run, 'Đình chỉ');
    expect(r.result).toBe('KXL');
    expect(r.explanation.join(' ')).toContain('Đình chỉ sinh hoạt');
  });

  it("'Chưa đủ 6 tháng' gives KXL", () => {
    const r = resultOf(run, 'Mới');
    expect(r.result).toBe('KXL');
    expect(r.explanation.join(' ')).toContain('Chưa đủ 6 tháng');
  });

  it("a probationary ('Dự bị') member is classified but does not count in N", () => {
    const r = resultOf(run, 'Dự bị');
    expect(r.member.membership).toBe('probationary');
    expect(r.result).toBe('HTT');
    expect(run.votingBase).toBe(4);
  });

  it('the counts add up to every member', () => {
    expect(run.counts).toEqual({ HTXS: 0, HTT: 5, HT: 0, KHT: 0, KXL: 3, CXL: 1 });
  });

  it('adding a probationary member or an absent official does not change N', () => {
    const more = classify([
      ...mixedRoster(),
      person('Dự bị 2', { 'Loại đảng viên': 'Dự bị' }),
      person('Vắng 2', { 'Tình trạng': 'Vắng mặt' }),
    ]);
    expect(more.votingBase).toBe(4);
  });

  it('status spellings are matched without case or diacritics', () => {
    const spelled = classify([
      person('A', { 'Phiếu HTT': 1 }),
      person('B', { 'Tình trạng': 'VANG MAT' }),
      person('C', { 'Tình trạng': 'mien sinh hoat' }),
      person('D', { 'Tình trạng': 'Đình chỉ' }),
    ]);
    expect(spelled.errors).toEqual([]);
    expect(spelled.results.map((r) => r.result)).toEqual(['HTT', 'CXL', 'KXL', 'KXL']);
    expect(spelled.votingBase).toBe(1);
  });
});

describe('admission date («Ngày vào Đảng») and the 6-month rule', () => {
  const headers = FULL_HEADERS;
  const others = [
    person('Khác 1', { 'Phiếu HTT': 3 }),
    person('Khác 2', { 'Phiếu HTT': 3 }),
    person('Khác 3', { 'Phiếu HTT': 3 }),
  ];

  it('with no «Ngày họp», `today` is the meeting date: exactly 6 months before is classified', () => {
    const run = classify([person('Mới vào', { 'Ngày vào Đảng': '07/06/2023', 'Phiếu HTT': 3 }), ...others], { headers });
    expect(run.votingBase).toBe(4);
    expect(resultOf(run, 'Mới vào').result).toBe('HTT');
  });

  it('with no «Ngày họp», one day less than 6 months before `today` is KXL', () => {
    const run = classify([person('Mới vào', { 'Ngày vào Đảng': '08/06/2023', 'Phiếu HTT': 3 }), ...others], { headers });
    const r = resultOf(run, 'Mới vào');
    expect(r.result).toBe('KXL');
    expect(r.warnings).toContain('under6monthsByDate');
    expect(r.explanation.join(' ')).toContain('08/06/2023');
    expect(r.explanation.join(' ')).toContain('07/12/2023');
  });

  it('a member under 6 months by date is not counted in N', () => {
    const run = classify([person('Mới vào', { 'Ngày vào Đảng': '08/06/2023' }), ...others], { headers });
    expect(run.votingBase).toBe(3);
    // 3 of 3 others pass; with N = 4 they would still pass, so check the explanation base too.
    expect(resultOf(run, 'Khác 1').explanation.join(' ')).toContain('3/3');
  });

  it('«Ngày họp» in «Cấu hình» is used instead of `today`', () => {
    const settings = { 'Ngày họp': '15/01/2024' };
    // Relative to today (07/12/2023) 15/07/2023 would be under 6 months; relative to 15/01/2024 it is exactly 6.
    const exact = classify([person('Mới vào', { 'Ngày vào Đảng': '15/07/2023', 'Phiếu HTT': 3 }), ...others], {
      headers,
      settings,
    });
    const short = classify([person('Mới vào', { 'Ngày vào Đảng': '16/07/2023', 'Phiếu HTT': 3 }), ...others], {
      headers,
      settings,
    });
    expect(exact.settings.meetingDate).toEqual({ year: 2024, month: 1, day: 15 });
    expect(resultOf(exact, 'Mới vào').result).toBe('HTT');
    expect(resultOf(short, 'Mới vào').result).toBe('KXL');
  });

  it('overrides.meetingDate wins over «Ngày họp»', () => {
    const run = classify([person('Mới vào', { 'Ngày vào Đảng': '15/07/2023', 'Phiếu HTT': 3 }), ...others], {
      headers,
      settings: { 'Ngày họp': '15/01/2024' },
      overrides: { meetingDate: { year: 2024, month: 1, day: 14 } },
    });
    expect(resultOf(run, 'Mới vào').result).toBe('KXL');
  });

  it('an admission date given as a Date object or an ISO string is read the same way', () => {
    const asDate = classify([person('Mới vào', { 'Ngày vào Đảng': new Date(2023, 5, 8) }), ...others], { headers });
    const asIso = classify([person('Mới vào', { 'Ngày vào Đảng': '2023-06-07', 'Phiếu HTT': 3 }), ...others], { headers });
    expect(resultOf(asDate, 'Mới vào').result).toBe('KXL');
    expect(resultOf(asIso, 'Mới vào').result).toBe('HTT');
  });

  it('an old admission date changes nothing', () => {
    const run = classify([person('Lâu năm', { 'Ngày vào Đảng': '03/02/1990', 'Phiếu HTT': 3 }), ...others], { headers });
    expect(run.votingBase).toBe(4);
    expect(resultOf(run, 'Lâu năm').result).toBe('HTT');
  });
});

describe('a broken «Tình trạng» cell', () => {
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
});
