import { PLAN_2023 } from '../../src/core/profiles';
import { describe, expect, it } from 'vitest';
import { columnForHeader, mapHeaderRow } from '../../src/core/columns';
import {
  addMonths,
  cellText,
  compactKey,
  foldKey,
  parseDate,
  parseNumber,
  parseYesNo,
  splitList,
} from '../../src/core/normalize';
import { EMULATION_VOCAB, LEVEL_VOCAB, MEMBERSHIP_VOCAB, STATUS_VOCAB } from '../../src/core/vocab';
import { BASE_HEADERS, classify, person, resultOf } from '../helpers';

describe('foldKey / compactKey', () => {
  it('ignores case, diacritics, extra spaces and NFC vs NFD', () => {
    const nfc = 'Họ và tên'.normalize('NFC');
    const nfd = 'Họ và tên'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldKey(nfc)).toBe('ho va ten');
    expect(foldKey(nfd)).toBe('ho va ten');
    expect(foldKey('  HỌ   VÀ  TÊN ')).toBe('ho va ten');
    expect(foldKey('ho va ten')).toBe('ho va ten');
  });

  it('maps đ/Đ to d', () => {
    expect(foldKey('Đảng viên')).toBe('dang vien');
    expect(foldKey('CSTĐCS')).toBe('cstdcs');
  });

  it('compactKey folds "sĩ" and "sỹ" together and drops spaces and hyphens', () => {
    expect(compactKey('Chiến sĩ thi đua cơ sở')).toBe(compactKey('Chiến sỹ thi đua cơ sở'));
    expect(compactKey('HT-HC')).toBe(compactKey('ht hc'));
  });
});

describe('coded values', () => {
  it.each([
    ['HTXSNV', 'HTXS'],
    ['Hoàn thành xuất sắc nhiệm vụ', 'HTXS'],
    ['Hoàn thành tốt nhiệm vụ', 'HTT'],
    ['hoan thanh tot nhiem vu', 'HTT'],
    ['HOÀN THÀNH TỐT NHIỆM VỤ'.normalize('NFD'), 'HTT'],
    ['htt', 'HTT'],
    ['Hoàn thành nhiệm vụ', 'HT'],
    ['CSTĐCS', 'CSTDCS'],
    ['CSTDCS', 'CSTDCS'],
    ['Chiến sĩ thi đua cơ sở', 'CSTDCS'],
    ['Chiến sỹ thi đua cơ sở', 'CSTDCS'],
    ['Chiến sỹ thi đua cấp cơ sở', 'CSTDCS'],
    ['HT-HC', 'HT-HC'],
    ['Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực', 'HT-HC'],
    ['Không hoàn thành nhiệm vụ', 'KHT'],
  ])('emulation %j reads as %s', (text, code) => {
    expect(EMULATION_VOCAB.get(compactKey(text))).toBe(code);
  });

  it.each([
    ['HTXS', 'HTXS'],
    ['Hoàn thành tốt nhiệm vụ', 'HTT'],
    ['hoan thanh nhiem vu', 'HT'],
    ['Yếu kém', 'KHT'],
    ['KHTNV', 'KHT'],
  ])('level %j reads as %s', (text, code) => {
    expect(LEVEL_VOCAB.get(compactKey(text))).toBe(code);
  });

  it('membership and status spellings', () => {
    expect(MEMBERSHIP_VOCAB.get(compactKey('chinh thuc'))).toBe('official');
    expect(MEMBERSHIP_VOCAB.get(compactKey('DỰ BỊ'))).toBe('probationary');
    expect(STATUS_VOCAB.get(compactKey('Vắng mặt'.normalize('NFD')))).toBe('absent');
    expect(STATUS_VOCAB.get(compactKey('Chưa đủ 06 tháng'))).toBe('under6months');
  });

  it('an unknown word is not in any vocabulary', () => {
    expect(EMULATION_VOCAB.get(compactKey('Khá'))).toBeUndefined();
    expect(LEVEL_VOCAB.get(compactKey('Giỏi'))).toBeUndefined();
  });
});

describe('parseYesNo', () => {
  it.each(['x', 'X', 'TRUE', 'true', 'Có', 'có', 'co', 'CO', ' Có ', 'Có'.normalize('NFD'), '✓'])('%j is yes', (v) => {
    expect(parseYesNo(v)).toBe(true);
  });
  it.each(['Không', 'khong', 'FALSE', 'k'])('%j is no', (v) => {
    expect(parseYesNo(v)).toBe(false);
  });
  it('booleans and 1/0 as numbers', () => {
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
    expect(parseYesNo(1)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
    expect(parseYesNo(2)).toBeUndefined();
  });
  it('blank is null and other text is undefined', () => {
    expect(parseYesNo('')).toBeNull();
    expect(parseYesNo('   ')).toBeNull();
    expect(parseYesNo(null)).toBeNull();
    expect(parseYesNo('có lẽ')).toBeUndefined();
  });
});

describe('parseNumber', () => {
  it('reads a decimal comma', () => {
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber('2,9')).toBe(2.9);
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('3.5')).toBe(3.5);
    expect(parseNumber(4)).toBe(4);
  });
  it('blank is null; text, booleans and dates are NaN', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(undefined)).toBeNull();
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('3,5,1')).toBeNaN();
    expect(parseNumber(true)).toBeNaN();
    expect(parseNumber(new Date(2023, 0, 1))).toBeNaN();
  });
});

describe('parseDate', () => {
  it('reads dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy and ISO', () => {
    const d = { year: 2023, month: 6, day: 7 };
    expect(parseDate('07/06/2023')).toEqual(d);
    expect(parseDate('7-6-2023')).toEqual(d);
    expect(parseDate('07.06.2023')).toEqual(d);
    expect(parseDate('2023-06-07')).toEqual(d);
  });
  it('reads a Date object and a Sheets serial number', () => {
    expect(parseDate(new Date(2023, 5, 7))).toEqual({ year: 2023, month: 6, day: 7 });
    expect(parseDate(45084)).toEqual({ year: 2023, month: 6, day: 7 });
  });
  it('rejects dates that do not exist', () => {
    expect(parseDate('31/02/2023')).toBeUndefined();
    expect(parseDate('29/02/2023')).toBeUndefined();
    expect(parseDate('00/01/2023')).toBeUndefined();
    expect(parseDate('hôm qua')).toBeUndefined();
    expect(parseDate(new Date('nope'))).toBeUndefined();
  });
  it('accepts 29/02 in a leap year; blank is null', () => {
    expect(parseDate('29/02/2024')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDate('')).toBeNull();
  });
});

describe('dates and lists', () => {
  it('addMonths clamps the day to the month length', () => {
    expect(addMonths({ year: 2023, month: 8, day: 31 }, 6)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths({ year: 2022, month: 8, day: 31 }, 6)).toEqual({ year: 2023, month: 2, day: 28 });
    expect(addMonths({ year: 2023, month: 6, day: 7 }, 6)).toEqual({ year: 2023, month: 12, day: 7 });
    expect(addMonths({ year: 2023, month: 9, day: 15 }, 6)).toEqual({ year: 2024, month: 3, day: 15 });
  });
  it('splitList splits on commas, semicolons and new lines', () => {
    expect(splitList(' a, b;c\n d ;; ')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('cellText trims strings and shows dates as dd/mm/yyyy', () => {
    expect(cellText('  x ')).toBe('x');
    expect(cellText(new Date(2023, 11, 7))).toBe('07/12/2023');
    expect(cellText(null)).toBe('');
  });
});

describe('header matching', () => {
  it.each([
    ['Họ và tên', 'name'],
    ['Họ và tên'.normalize('NFD'), 'name'],
    ['  HỌ VÀ   TÊN  ', 'name'],
    ['ho va ten', 'name'],
    ['Họ tên', 'name'],
    ['Loại ĐV', 'membership'],
    ['loai dang vien', 'membership'],
    ['Thi đua', 'emulation'],
    ['Nghỉ ốm (tháng)', 'sickMonths'],
    ['Số phiếu HTT', 'votesHTT'],
    ['Phiếu hoàn thành tốt', 'votesHTT'],
    ['Phiếu hoàn thành', 'votesHT'],
    ['Chi uỷ đề xuất', 'committeeProposal'],
    ['Ngày kết nạp', 'admissionDate'],
  ])('%j is the %s column', (header, key) => {
    expect(columnForHeader(header)).toBe(key);
  });

  it('unknown headers are left alone', () => {
    expect(columnForHeader('Ghi chú')).toBeUndefined();
    expect(columnForHeader(42)).toBeUndefined();
    const { columns, fatal } = mapHeaderRow(['Ghi chú', ...BASE_HEADERS], 'Danh sách', { required: PLAN_2023.requiredColumns });
    expect(fatal).toEqual([]);
    expect(columns.index.name).toBe(2);
  });

  it('a roster with NFD, upper-case, unaccented and alias headers is classified like the canonical one', () => {
    const headers = [
      'STT',
      'HỌ VÀ TÊN'.normalize('NFD'),
      'loai dang vien',
      '  Tình   trạng ',
      'Xếp loại thi đua',
      'Nghỉ ốm',
      'Kỷ luật',
      'Vi phạm',
      'so phieu htxs',
      'Số phiếu HTT'.normalize('NFD'),
      'Phiếu hoàn thành',
      'PHIẾU KHT',
      'Kết luận',
    ];
    const canonical = BASE_HEADERS.filter((h) => h !== 'Chức vụ');
    const rows = [
      ['Nguyễn A', 'Chính thức', '', 'HTXS', '', '', '', 2, 0, 0, 0, ''],
      ['Nguyễn B', 'Chính thức', '', 'HTT', '3,5', '', '', 0, 2, 0, 0, ''],
      ['Nguyễn C', 'Dự bị', '', 'HT', '', 'x', '', 0, 0, 0, 2, ''],
    ];
    const run = classify(
      rows.map((r) => Object.fromEntries(r.map((v, i) => [headers[i + 1], v]))),
      { headers },
    );
    const reference = classify(
      rows.map((r) => Object.fromEntries(r.map((v, i) => [canonical[i + 1], v]))),
      { headers: canonical },
    );
    expect(run.fatal).toEqual([]);
    expect(run.errors).toEqual([]);
    expect(run.votingBase).toBe(2);
    // A is HTXS by votes but alone (T = 1 → k = 0), so the quota makes it HTT.
    expect(run.results.map((r) => r.ruleResult)).toEqual(['HTXS', 'HT', 'KHT']);
    expect(run.results.map((r) => r.result)).toEqual(['HTT', 'HT', 'KHT']);
    expect(run.results.map((r) => r.result)).toEqual(reference.results.map((r) => r.result));
    expect(run.columns.header.name).toBe('HỌ VÀ TÊN'.normalize('NFD'));
  });
});

describe('values through runClassification', () => {
  const N3 = { overrides: { votingBase: 3 } } as const;

  it.each([
    ['HTXSNV', 'HTXS'],
    ['Hoàn thành tốt nhiệm vụ', 'HTT'],
    ['hoan thanh tot nhiem vu', 'HTT'],
    ['CSTĐCS', 'HTXS'],
    ['Chiến sĩ thi đua cơ sở', 'HTXS'],
    ['Chiến sỹ thi đua cơ sở', 'HTXS'],
    ['HT-HC', 'HT'],
    ['hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực', 'HT'],
  ])('emulation %j gives the ceiling %s', (text, ceiling) => {
    const run = classify([person('A', { 'Kết quả thi đua': text, 'Phiếu HTXS': 3 })], N3);
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'A').ceiling).toBe(ceiling);
  });

  it.each(['x', 'X', 'TRUE', true, 'Có', 'co'])('discipline %j is a yes and makes the KHT criteria', (value) => {
    const run = classify([person('A', { 'Đang chấp hành kỷ luật': value, 'Phiếu KHT': 2 })], N3);
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'A').member.discipline).toBe(true);
    expect(resultOf(run, 'A').result).toBe('KHT');
  });

  it.each(['', 'Không', 'khong', false, 'FALSE'])('discipline %j is a no', (value) => {
    const run = classify([person('A', { 'Đang chấp hành kỷ luật': value, 'Phiếu HTT': 2 })], N3);
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'A').member.discipline).toBe(false);
    expect(resultOf(run, 'A').result).toBe('HTT');
  });

  it("sick leave '3,5' is 3.5 months and caps at HT", () => {
    const run = classify([person('A', { 'Số tháng nghỉ ốm': '3,5', 'Phiếu HTT': 3 })], N3);
    expect(resultOf(run, 'A').member.sickMonths).toBe(3.5);
    expect(resultOf(run, 'A').result).toBe('HT');
  });

  it('tallies typed as text ("2") count like numbers', () => {
    const run = classify([person('A', { 'Phiếu HTT': '2' })], N3);
    expect(resultOf(run, 'A').member.votes.HTT).toBe(2);
    expect(resultOf(run, 'A').result).toBe('HTT');
  });

  it('membership "ĐVDB" is probationary and "CT" official', () => {
    const run = classify([person('A', { 'Loại đảng viên': 'CT' }), person('B', { 'Loại đảng viên': 'ĐVDB' })]);
    expect(run.results.map((r) => r.member.membership)).toEqual(['official', 'probationary']);
    expect(run.votingBase).toBe(1);
  });
});
