/**
 * A QĐ 366 roster with all three peer groups, for the report, ballots and PDF tests.
 * 2A: 95 + five at 75–85 → T = 6, allowed ⌊20·6/120⌋ = 1: the 95 keeps HTXS.
 * 2B: 96 and 92 + six at 75 → T = 8, allowed ⌊20·8/120⌋ = 1: the 92 goes to HTT;
 *     one at 60 (HT), one at 40 (KHT: a score under 50).
 * 2C: 72 (HTT), 55 (HT), one absent (CXL), one exempt (KXL).
 */
import type { CellValue } from '../../src/addon/gas';
import { SHEET_NAMES } from '../../src/core/text';
import { CallCounter } from '../../src/local/call-counter';
import { fill } from '../../src/local/sample';
import { LocalSpreadsheet } from '../../src/local/workbook';
import { classifyQd, grid, QD_HEADERS, qdPerson, type RowSpec } from '../helpers';

const in2A = (name: string, score: number, extra: RowSpec = {}) =>
  qdPerson(name, score, { 'Nhóm đối tượng': '2A', 'Chức vụ': 'Tổ trưởng chuyên môn', ...extra });
const in2B = (name: string, score: number, extra: RowSpec = {}) =>
  qdPerson(name, score, { 'Nhóm đối tượng': '2B', 'Chức vụ': 'Giáo viên', ...extra });
const in2C = (name: string, score: number, extra: RowSpec = {}) =>
  qdPerson(name, score, { 'Nhóm đối tượng': '2C', 'Chức vụ': 'Nghỉ hưu', ...extra });

export const QD_ROSTER: RowSpec[] = [
  in2A('Trần Thị Mai Hương', 95, { 'Chức vụ': 'Bí thư chi bộ, Hiệu trưởng' }),
  in2A('Nguyễn Văn Hùng', 85, { 'Chức vụ': 'Phó Hiệu trưởng' }),
  in2A('Lê Thị Lan', 82),
  in2A('Phạm Quốc Bảo', 80),
  in2A('Võ Thị Hạnh', 78),
  in2A('Đặng Văn Tâm', 75),
  in2B('Bùi Thị Ngọc Ánh', 96),
  in2B('Hoàng Minh Đức', 92),
  ...['Ngô Thị Thu', 'Đỗ Văn Nam', 'Phan Thị Hoa', 'Vũ Đình Khoa', 'Trịnh Thị Yến', 'Lý Văn Phúc'].map((n) => in2B(n, 75)),
  in2B('Mai Thị Hồng', 60),
  in2B('Tạ Văn Lực', 40),
  in2C('Hồ Văn Sáu', 72),
  in2C('Châu Thị Bảy', 55),
  in2C('La Văn Hòa', 70, { 'Tình trạng': 'Vắng mặt' }),
  in2C('Tôn Nữ Diệu Hiền', 70, { 'Tình trạng': 'Miễn sinh hoạt' }),
];

export const QD_SETTINGS: Record<string, unknown> = {
  'Tên đảng bộ cấp trên': 'Đảng bộ xã An Bình',
  'Tên chi bộ': 'Chi bộ Trường THCS An Bình',
  'Năm đánh giá': 2026,
  'Địa danh': 'An Bình',
  'Số văn bản': '07',
  'Bí thư': 'Trần Thị Mai Hương',
  'Điểm tiêu chí chung của chi bộ': 27.5,
  'Điểm kết quả nhiệm vụ của chi bộ': 60,
};

export function runQd(rows: RowSpec[] = QD_ROSTER, settings: Record<string, unknown> = {}) {
  return classifyQd(rows, { ...QD_SETTINGS, ...settings });
}

function cell(value: unknown): CellValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : '';
}

/** An in-memory workbook holding the roster and «Cấu hình» under the QĐ 366 profile. */
export function qdWorkbook(settings: Record<string, unknown> = {}, rows: RowSpec[] = QD_ROSTER): LocalSpreadsheet {
  const book = new LocalSpreadsheet(new CallCounter(), 'QĐ 366');
  fill(
    book,
    SHEET_NAMES.roster,
    grid(rows, QD_HEADERS).map((row) => row.map(cell)),
  );
  const entries = Object.entries({ 'Bộ quy tắc': 'QĐ 366-QĐ/TW (2025)', ...QD_SETTINGS, ...settings });
  fill(book, SHEET_NAMES.settings, [['Thông số', 'Giá trị'], ...entries.map(([k, v]): CellValue[] => [k, cell(v)])]);
  return book;
}
