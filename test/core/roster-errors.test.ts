import { describe, expect, it } from 'vitest';
import { runClassification } from '../../src/core/run';
import { BASE_HEADERS, FULL_HEADERS, classify, grid, person, resultOf, type RowSpec } from '../helpers';

/**
 * Design §4 "Validation of a row" and §3: a broken row gets an error naming the 1-based
 * sheet row (header = row 1), the column header and the value, in Vietnamese; the row is
 * CXL and every other row is still classified. N = 10 is fixed so the bad row can't move it.
 */
interface BadCase {
  readonly label: string;
  readonly patch: RowSpec;
  readonly column: string;
  readonly value: string;
  readonly problem: string;
  readonly settings?: Record<string, unknown>;
}

const CASES: readonly BadCase[] = [
  {
    label: 'a tally that is not a number',
    patch: { 'Phiếu HTT': 'abc' },
    column: 'Phiếu HTT',
    value: 'abc',
    problem: 'không phải là số',
  },
  { label: 'a negative tally', patch: { 'Phiếu HTXS': -1 }, column: 'Phiếu HTXS', value: '-1', problem: 'không được là số âm' },
  { label: 'a fractional tally', patch: { 'Phiếu HT': 2.5 }, column: 'Phiếu HT', value: '2.5', problem: 'phải là số nguyên' },
  {
    label: 'a fractional tally with a decimal comma',
    patch: { 'Phiếu KHT': '1,5' },
    column: 'Phiếu KHT',
    value: '1,5',
    problem: 'phải là số nguyên',
  },
  {
    label: 'a tally above N',
    patch: { 'Phiếu KHT': 11 },
    column: 'Phiếu KHT',
    value: '11',
    problem: 'lớn hơn số đảng viên chính thức được biểu quyết (10)',
  },
  {
    label: 'an HTXS tally above N even with a separate HTXS ballot',
    patch: { 'Phiếu HTXS': 11 },
    column: 'Phiếu HTXS',
    value: '11',
    problem: 'lớn hơn số đảng viên chính thức được biểu quyết (10)',
    settings: { 'Phiếu HTXS bầu riêng': 'Có' },
  },
  {
    label: 'the four tallies adding up to more than N',
    patch: { 'Phiếu HTXS': 5, 'Phiếu HTT': 4, 'Phiếu HT': 2 },
    column: 'Phiếu HTXS + Phiếu HTT + Phiếu HT + Phiếu KHT',
    value: '5 + 4 + 2 + 0',
    problem: 'bằng 11, lớn hơn số đảng viên chính thức được biểu quyết (10)',
  },
  {
    label: 'HTT + HT + KHT adding up to more than N with a separate HTXS ballot',
    patch: { 'Phiếu HTXS': 8, 'Phiếu HTT': 6, 'Phiếu HT': 3, 'Phiếu KHT': 2 },
    column: 'Phiếu HTT + Phiếu HT + Phiếu KHT',
    value: '6 + 3 + 2',
    problem: 'bằng 11, lớn hơn số đảng viên chính thức được biểu quyết (10)',
    settings: { 'Phiếu HTXS bầu riêng': 'Có' },
  },
  { label: 'sick leave -1', patch: { 'Số tháng nghỉ ốm': -1 }, column: 'Số tháng nghỉ ốm', value: '-1', problem: 'từ 0 đến 12' },
  { label: 'sick leave 13', patch: { 'Số tháng nghỉ ốm': 13 }, column: 'Số tháng nghỉ ốm', value: '13', problem: 'từ 0 đến 12' },
  {
    label: "sick leave 'abc'",
    patch: { 'Số tháng nghỉ ốm': 'abc' },
    column: 'Số tháng nghỉ ốm',
    value: 'abc',
    problem: 'không phải là số',
  },
  {
    label: "an admission date '31/02/2023' that does not exist",
    patch: { 'Ngày vào Đảng': '31/02/2023' },
    column: 'Ngày vào Đảng',
    value: '31/02/2023',
    problem: 'không phải là một ngày có thật',
  },
  {
    label: 'an unknown level in «Kết luận chi bộ»',
    patch: { 'Kết luận chi bộ': 'Giỏi' },
    column: 'Kết luận chi bộ',
    value: 'Giỏi',
    problem: 'không phải là một mức xếp loại',
  },
  {
    label: 'an unknown level in «Tự xếp loại»',
    patch: { 'Tự xếp loại': 'Tuyệt vời' },
    column: 'Tự xếp loại',
    value: 'Tuyệt vời',
    problem: 'không phải là một mức xếp loại',
  },
  {
    label: 'an unknown level in «Chi ủy đề xuất»',
    patch: { 'Chi ủy đề xuất': 'Loại A' },
    column: 'Chi ủy đề xuất',
    value: 'Loại A',
    problem: 'không phải là một mức xếp loại',
  },
  {
    label: 'an unknown emulation result',
    patch: { 'Kết quả thi đua': 'Khá' },
    column: 'Kết quả thi đua',
    value: 'Khá',
    problem: 'không phải là một kết quả thi đua',
  },
  {
    label: 'an unknown status',
    patch: { 'Tình trạng': 'Nghỉ phép' },
    column: 'Tình trạng',
    value: 'Nghỉ phép',
    problem: 'không phải là một tình trạng',
  },
  {
    label: 'an unknown membership',
    patch: { 'Loại đảng viên': 'Tạm thời' },
    column: 'Loại đảng viên',
    value: 'Tạm thời',
    problem: 'không phải «Chính thức» hoặc «Dự bị»',
  },
  {
    label: 'a blank membership',
    patch: { 'Loại đảng viên': '' },
    column: 'Loại đảng viên',
    value: '',
    problem: 'nhưng đây là thông tin bắt buộc',
  },
  {
    label: 'an unknown fault',
    patch: { 'Khuyết điểm': 'Suy thoái tư tưởng chính trị; Đi muộn' },
    column: 'Khuyết điểm',
    value: 'Suy thoái tư tưởng chính trị; Đi muộn',
    problem: 'có khuyết điểm «Đi muộn» không thuộc danh mục',
  },
  {
    label: 'discipline that is not yes/no',
    patch: { 'Đang chấp hành kỷ luật': 'có lẽ' },
    column: 'Đang chấp hành kỷ luật',
    value: 'có lẽ',
    problem: 'không phải «Có» hoặc «Không»',
  },
  {
    label: 'a leader flag that is not yes/no',
    patch: { 'Lãnh đạo, quản lý': 'Phó' },
    column: 'Lãnh đạo, quản lý',
    value: 'Phó',
    problem: 'không phải «Có» hoặc «Không»',
  },
  {
    label: 'a document cell that is not yes/no',
    patch: { 'Bản kiểm điểm': 'abc' },
    column: 'Bản kiểm điểm',
    value: 'abc',
    problem: 'không phải «Có» hoặc «Không»',
  },
  {
    label: 'a blank name with other data',
    patch: { 'Họ và tên': '' },
    column: 'Họ và tên',
    value: '',
    problem: 'nhưng đây là thông tin bắt buộc',
  },
  {
    label: 'a missing emulation result',
    patch: { 'Kết quả thi đua': '' },
    column: 'Kết quả thi đua',
    value: '',
    problem: 'nhưng đây là thông tin bắt buộc',
  },
];

const BAD_NAME = 'Hoàng Văn Sai';

function rosterWithBadRow(patch: RowSpec): RowSpec[] {
  return [
    person('Tốt 1', { 'Phiếu HTT': 6 }),
    person('Tốt 2', { 'Phiếu HTT': 6 }),
    person(BAD_NAME, { 'Phiếu HTT': 6, ...patch }), // sheet row 4
    person('Tốt 3', { 'Phiếu HTT': 6 }),
    person('Tốt 4', { 'Phiếu HTT': 6 }),
  ];
}

describe('row validation', () => {
  it.each(CASES)('$label → an error on row 4 with column, value and a Vietnamese message', (c) => {
    const run = classify(rosterWithBadRow(c.patch), {
      headers: FULL_HEADERS,
      settings: c.settings ?? null,
      overrides: { votingBase: 10 },
    });
    expect(run.fatal).toEqual([]);
    expect(run.errors).toHaveLength(1);
    const error = run.errors[0];
    expect(error).toMatchObject({ row: 4, column: c.column, value: c.value });
    expect(error?.message.startsWith(`Dòng 4, cột «${c.column}»: `)).toBe(true);
    expect(error?.message).toContain(c.problem);
    expect(error?.message).toContain(c.value === '' ? 'ô đang để trống' : `giá trị «${c.value}»`);

    const bad = run.results.find((r) => r.member.row === 4);
    expect(bad?.result).toBe('CXL');
    expect(bad?.hasError).toBe(true);
    expect(bad?.warnings).toContain('rowError');
    const others = run.results.filter((r) => r.member.row !== 4);
    expect(others.map((r) => r.member.name)).toEqual(['Tốt 1', 'Tốt 2', 'Tốt 3', 'Tốt 4']);
    expect(others.map((r) => r.result)).toEqual(['HTT', 'HTT', 'HTT', 'HTT']);
  });

  it('with a separate HTXS ballot, HTXS 8 + HTT 6 (14 > 10) is not an error, since only HTT + HT + KHT share a ballot', () => {
    const run = classify(rosterWithBadRow({ 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 8, 'Phiếu HTT': 6 }), {
      settings: { 'Phiếu HTXS bầu riêng': 'Có' },
      overrides: { votingBase: 10 },
    });
    expect(run.errors).toEqual([]);
    expect(resultOf(run, BAD_NAME).ruleResult).toBe('HTXS');
  });

  it('a tally above N counted from the roster names that N', () => {
    const run = classify([person('A', { 'Phiếu HTT': 4 }), person('B'), person('C')]);
    expect(run.votingBase).toBe(3);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatchObject({ row: 2, column: 'Phiếu HTT', value: '4' });
    expect(run.errors[0]?.message).toContain('(3)');
  });

  it('the row number counts blank rows and the header row', () => {
    const rows = [person('A', { 'Phiếu HTT': 6 }), {}, {}, person('B', { 'Số tháng nghỉ ốm': 13 })];
    const run = classify(rows, { overrides: { votingBase: 10 } });
    expect(run.results.map((r) => r.member.row)).toEqual([2, 5]);
    expect(run.errors.map((e) => e.row)).toEqual([5]);
    expect(run.errors[0]?.message.startsWith('Dòng 5, ')).toBe(true);
  });

  it('a row with only STT and unticked checkboxes is a blank row, not an error', () => {
    const rows = [
      person('A', { 'Phiếu HTT': 1 }),
      { 'Bản kiểm điểm': false, 'Phiếu nhận xét nơi cư trú': false, 'Phiếu bổ sung lý lịch': false },
    ];
    const run = classify(rows, { headers: FULL_HEADERS });
    expect(run.errors).toEqual([]);
    expect(run.results.map((r) => r.member.name)).toEqual(['A']);
  });

  it('every broken cell of one row is reported', () => {
    const run = classify(rosterWithBadRow({ 'Số tháng nghỉ ốm': 13, 'Phiếu HTT': 'abc', 'Tình trạng': '???' }), {
      overrides: { votingBase: 10 },
    });
    expect(run.errors.map((e) => e.column).sort()).toEqual(['Phiếu HTT', 'Số tháng nghỉ ốm', 'Tình trạng']);
    expect(run.errors.every((e) => e.row === 4)).toBe(true);
  });

  it('the error names the header as the user wrote it', () => {
    const headers = BASE_HEADERS.map((h) => (h === 'Số tháng nghỉ ốm' ? 'nghỉ ốm (tháng)' : h));
    const run = classify([person('A', { 'nghỉ ốm (tháng)': '-2' })], { headers, overrides: { votingBase: 1 } });
    expect(run.errors[0]).toMatchObject({ row: 2, column: 'nghỉ ốm (tháng)', value: '-2' });
  });

  it('errors are sorted by row', () => {
    const run = classify(
      [
        person('A', { 'Phiếu HTT': 'x' }),
        person('B'),
        person('C', { 'Số tháng nghỉ ốm': 20 }),
        person('D', { 'Kết quả thi đua': '' }),
      ],
      { overrides: { votingBase: 10 } },
    );
    expect(run.errors.map((e) => e.row)).toEqual([2, 4, 5]);
  });

  it('a broken membership is not counted in N; another broken cell on an official row is', () => {
    const run = classify([person('A', { 'Loại đảng viên': 'Tạm thời' }), person('B', { 'Số tháng nghỉ ốm': 13 }), person('C')]);
    expect(run.votingBase).toBe(2);
  });

  it('a missing emulation result is not an error for a member who is absent or meets the KHT criteria', () => {
    const run = classify([
      person('Vắng', { 'Kết quả thi đua': '', 'Tình trạng': 'Vắng mặt' }),
      person('Kỷ luật', { 'Kết quả thi đua': '', 'Đang chấp hành kỷ luật': 'Có', 'Phiếu KHT': 2 }),
      person('C', { 'Phiếu HTT': 2 }),
    ]);
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'Kỷ luật').result).toBe('KHT');
  });
});

describe('unusable sheets', () => {
  it.each(['Họ và tên', 'Loại đảng viên', 'Kết quả thi đua'])('a missing required column «%s» is fatal and named', (column) => {
    const headers = BASE_HEADERS.filter((h) => h !== column);
    const run = classify([person('A', { 'Phiếu HTT': 1 })], { headers });
    expect(run.fatal).toHaveLength(1);
    expect(run.fatal[0]).toContain(`Thiếu cột «${column}»`);
    expect(run.fatal[0]).toContain('Danh sách');
    expect(run.fatal[0]).toContain(`Hãy thêm một cột có tiêu đề «${column}»`);
    expect(run.results).toEqual([]);
  });

  it('a duplicated column is fatal', () => {
    const headers = [...BASE_HEADERS, 'Họ tên'];
    const run = classify([person('A')], { headers });
    expect(run.fatal).toHaveLength(1);
    expect(run.fatal[0]).toContain('«Họ và tên»');
    expect(run.fatal[0]).toContain('hai lần');
  });

  it('a sheet without a header row is fatal', () => {
    const run = runClassification({
      roster: [['Nguyễn A', 'Chính thức', 'HTT']],
      settings: null,
      today: { year: 2023, month: 12, day: 7 },
    });
    expect(run.fatal).toHaveLength(1);
    expect(run.fatal[0]).toContain('dòng tiêu đề');
  });

  it('an empty roster is not fatal but gives a notice', () => {
    const run = runClassification({ roster: grid([]), settings: null, today: { year: 2023, month: 12, day: 7 } });
    expect(run.fatal).toEqual([]);
    expect(run.results).toEqual([]);
    expect(run.notices.join(' ')).toContain('chưa có đảng viên');
  });
});

describe('«Cấu hình» validation', () => {
  it.each([
    ['Ngày họp', '31/02/2023', 'không phải là một ngày có thật'],
    ['Hạn mức HTXS (%)', 150, 'từ 0 đến 100'],
    ['Hạn mức HTXS (%)', '12,5', 'từ 0 đến 100'],
    ['Số đảng viên chính thức (mẫu số)', 'abc', 'không phải là số'],
    ['Số đảng viên chính thức (mẫu số)', 0, 'phải là số nguyên'],
    ['Cộng dồn phiếu', 'tùy', 'không phải «Có» hoặc «Không»'],
    ['Năm đánh giá', 23, 'không phải là một năm hợp lệ'],
    ['Bộ quy tắc', 'QĐ 999', 'không phải là một bộ quy tắc'],
  ])('a bad «%s» (%j) is an error naming the label, and the default is used', (label, value, problem) => {
    const run = classify([person('A', { 'Phiếu HTT': 1 })], { settings: { 'Tên chi bộ': 'Chi bộ 2', [label]: value } });
    expect(run.settingErrors).toHaveLength(1);
    const error = run.settingErrors[0];
    expect(error?.label).toBe(label);
    expect(error?.row).toBe(2);
    expect(error?.value).toBe(String(value));
    expect(error?.message.startsWith(`Cấu hình «${label}»: `)).toBe(true);
    expect(error?.message).toContain(problem);
    expect(resultOf(run, 'A').result).toBe('HTT');
    expect(run.quota.percent).toBe(15);
    expect(run.votingBase).toBe(1);
  });

  it('an unknown label is left alone', () => {
    const run = classify([person('A', { 'Phiếu HTT': 1 })], { settings: { 'Ghi chú riêng': 'abc', 'Hạn mức HTXS (%)': 20 } });
    expect(run.settingErrors).toEqual([]);
    expect(run.quota.percent).toBe(20);
  });

  it('labels are matched like headers (case, diacritics, NFD)', () => {
    const run = classify([person('A', { 'Phiếu HTT': 1 })], {
      settings: { 'han muc htxs (%)': 25, ['PHIẾU HTXS BẦU RIÊNG'.normalize('NFD')]: 'x' },
    });
    expect(run.settingErrors).toEqual([]);
    expect(run.quota.percent).toBe(25);
    expect(run.settings.separateHtxsBallot).toBe(true);
  });
});

describe('the message of a blank required cell', () => {
  it('a blank required cell says it is required without contradiction', () => {
    const run = classify([person('A', { 'Kết quả thi đua': '' })]);
    expect(run.errors[0]?.message).toBe(
      'Dòng 2, cột «Kết quả thi đua»: ô đang để trống nhưng đây là thông tin bắt buộc. Nhập một trong: HTXS (Hoàn thành xuất sắc nhiệm vụ), CSTĐCS (Chiến sĩ thi đua cơ sở), HTT, HT, HT-HC (Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực), KHT.',
    );
  });
});
