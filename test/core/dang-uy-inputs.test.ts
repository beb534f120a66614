/**
 * The đảng ủy's inputs (issue 13): «Danh sách chi bộ» (links found by header, blank rows
 * skipped, each bad row named), «Cấu hình đảng ủy» (its registry, a refused value named with
 * its row) and the names of the decision sheets.
 */
import { describe, expect, it } from 'vitest';
import { parseChiBoList, spreadsheetIdOf } from '../../src/core/dang-uy/chi-bo-list';
import {
  consolidationOptions,
  DANG_UY_SETTING_KEYS,
  dangUySettingForLabel,
  dangUySettingLabel,
  readDangUySettings,
} from '../../src/core/dang-uy/settings';
import { decisionSheetNames, MAX_SHEET_NAME } from '../../src/core/dang-uy/sheet-names';
import { QD366_2025 } from '../../src/core/profiles';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';
const ID2 = `${ID.slice(0, -1)}e`;
const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;

describe('spreadsheetIdOf', () => {
  it('takes the id from a link, with or without /u/1/, or a bare id', () => {
    expect(spreadsheetIdOf(url(ID))).toBe(ID);
    expect(spreadsheetIdOf(`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit?usp=sharing`)).toBe(ID);
    expect(spreadsheetIdOf(`https://docs.google.com/spreadsheets/d/${ID}`)).toBe(ID);
    expect(spreadsheetIdOf(`  ${ID} `)).toBe(ID);
  });

  it('refuses what names no spreadsheet: a document link, a word, a short code', () => {
    expect(spreadsheetIdOf(`https://docs.google.com/document/d/${ID}/edit`)).toBeNull();
    expect(spreadsheetIdOf('Chi bộ Trường THPT')).toBeNull();
    expect(spreadsheetIdOf('abc123')).toBeNull();
    expect(spreadsheetIdOf(`https://example.com/spreadsheets/d/${ID}`)).toBeNull();
  });
});

describe('parseChiBoList', () => {
  it('finds the header under a title, by headers written without diacritics, and skips blank rows', () => {
    const list = parseChiBoList([
      ['DANH SÁCH CHI BỘ TRỰC THUỘC', ''],
      ['', '', ''],
      ['stt', 'TEN CHI BO', 'lien ket bang tinh'],
      [1, 'Chi bộ Trường THPT Số 2', url(ID)],
      ['', '', ''],
      [2, '', ID2],
    ]);
    expect(list.problems).toEqual([]);
    expect(list.entries).toEqual([
      { row: 4, name: 'Chi bộ Trường THPT Số 2', link: url(ID), id: ID },
      { row: 6, name: '', link: ID2, id: ID2 },
    ]);
  });

  it('names the row, the column and what to do for a bad link, a missing link, a repeated link or name', () => {
    const list = parseChiBoList([
      ['Tên chi bộ', 'Liên kết bảng tính'],
      ['Chi bộ A', 'xem trong Drive'],
      ['Chi bộ B', ''],
      ['Chi bộ C', url(ID)],
      ['Chi bộ D', ID],
      ['chi bo c', url(ID2)],
    ]);
    expect(list.problems).toHaveLength(4);
    expect(list.problems[0]).toMatch(
      /^Dòng 2 của trang «Danh sách chi bộ», cột «Liên kết bảng tính»: «xem trong Drive» không phải/,
    );
    expect(list.problems[0]).toContain('sao chép địa chỉ');
    expect(list.problems[1]).toMatch(/^Dòng 3 .*chưa có liên kết bảng tính/);
    expect(list.problems[2]).toMatch(/^Dòng 5 .*trùng với dòng 4/);
    expect(list.problems[3]).toMatch(/^Dòng 6 .*tên chi bộ «chi bo c» trùng với dòng 4/);
  });

  it('says what is missing when there is no link column or no chi bộ', () => {
    expect(parseChiBoList([['Tên chi bộ', 'Ghi chú']]).problems[0]).toContain('chưa có cột «Liên kết bảng tính»');
    expect(parseChiBoList([]).problems[0]).toContain('chưa có cột «Liên kết bảng tính»');
    expect(
      parseChiBoList([
        ['Tên chi bộ', 'Liên kết bảng tính'],
        ['', ''],
      ]).problems[0],
    ).toContain('chưa có chi bộ nào');
  });
});

describe('«Cấu hình đảng ủy»', () => {
  it('blank or absent: the quota across the đảng bộ, each chi bộ its own profile, no outstanding đảng bộ', () => {
    for (const grid of [null, [['Thông số', 'Giá trị']]]) {
      const s = readDangUySettings(grid);
      expect(s.problems).toEqual([]);
      expect(s.values).toMatchObject({ quotaScope: 'dangBo', profile: null, outstanding: false, quotaPercent: null, year: null });
      expect(consolidationOptions(s.values)).toEqual({ scope: 'dangBo', outstanding: false, smallGroupOne: false });
    }
  });

  it('reads labels like «Cấu hình» and turns them into the consolidation options', () => {
    const s = readDangUySettings([
      ['Thông số', 'Giá trị'],
      ['ten dang uy', 'Đảng ủy xã An Bình'],
      ['Năm đánh giá', 2025],
      ['Phạm vi hạn mức HTXS', 'từng chi bộ'],
      ['Hạn mức HTXS (%)', 0.25],
      ['Đảng bộ có thành tích xuất sắc, nổi trội', 'Có'],
      ['Bộ quy tắc', 'qd366-2025'],
      ['Ngày ký', '15/12/2025'],
    ]);
    expect(s.problems).toEqual([]);
    expect(s.values).toMatchObject({ dangUyName: 'Đảng ủy xã An Bình', year: 2025, date: { year: 2025, month: 12, day: 15 } });
    expect(consolidationOptions(s.values)).toEqual({
      scope: 'chiBo',
      outstanding: true,
      smallGroupOne: false,
      quotaPercent: 25,
      profile: QD366_2025,
    });
  });

  it('a refused value names the sheet, its row, the label, the value and what to type', () => {
    const s = readDangUySettings([
      ['Thông số', 'Giá trị'],
      ['Năm đánh giá', 'năm nay'],
      ['Phạm vi hạn mức HTXS', 'cả huyện'],
    ]);
    expect(s.problems).toEqual([
      'Trang «Cấu hình đảng ủy», dòng 2, «Năm đánh giá»: giá trị «năm nay» không phải là một năm hợp lệ. Nhập năm gồm 4 chữ số, ví dụ 2023.',
      expect.stringMatching(
        /^Trang «Cấu hình đảng ủy», dòng 3, «Phạm vi hạn mức HTXS»: giá trị «cả huyện» .*Chọn «Toàn đảng bộ»/,
      ),
    ]);
  });

  it('every label «Tạo bảng mẫu» writes is read back as its own key', () => {
    for (const key of DANG_UY_SETTING_KEYS) expect(dangUySettingForLabel(dangUySettingLabel(key))).toBe(key);
  });
});

describe('decision sheet names', () => {
  it('«QĐ - <chi bộ>», unique whatever the case, never an input or output sheet name', () => {
    expect(decisionSheetNames(['Chi bộ A', 'chi bộ a', 'Chi bộ A'], ['Tổng hợp'])).toEqual([
      'QĐ - Chi bộ A',
      'QĐ - chi bộ a (2)',
      'QĐ - Chi bộ A (3)',
    ]);
  });

  it('cut to the 100 characters Sheets allows, the suffix kept', () => {
    const long = `Chi bộ ${'Trường Trung học phổ thông '.repeat(6)}`;
    const [first, second] = decisionSheetNames([long, long], []);
    expect([...(first ?? '')].length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect([...(second ?? '')].length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(second).toMatch(/ \(2\)$/);
    expect(first).not.toBe(second);
  });
});
