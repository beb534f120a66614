/** Builders for rosters in tests: a header row plus rows given as objects by header. */
import { runClassification, type CellGrid, type ClassificationRun, type SettingOverrides } from '../src/core/run';
import type { MemberResult } from '../src/core/classify';
import type { CalendarDate } from '../src/core/normalize';

export type RowSpec = Record<string, unknown>;

export const BASE_HEADERS = [
  'STT',
  'Họ và tên',
  'Chức vụ',
  'Loại đảng viên',
  'Tình trạng',
  'Kết quả thi đua',
  'Số tháng nghỉ ốm',
  'Đang chấp hành kỷ luật',
  'Khuyết điểm',
  'Phiếu HTXS',
  'Phiếu HTT',
  'Phiếu HT',
  'Phiếu KHT',
  'Kết luận chi bộ',
];

export function grid(rows: RowSpec[], headers: string[] = BASE_HEADERS): unknown[][] {
  return [headers, ...rows.map((row, i) => headers.map((h) => (h === 'STT' ? i + 1 : (row[h] ?? ''))))];
}

/** n official active members with HTT emulation and the given votes. */
export function officials(n: number, extra: RowSpec = {}): RowSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    'Họ và tên': `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}${i}`,
    'Loại đảng viên': 'Chính thức',
    'Kết quả thi đua': 'HTT',
    ...extra,
  }));
}

export function settingsGrid(entries: Record<string, unknown>): CellGrid {
  return Object.entries(entries).map(([k, v]) => [k, v]);
}

export const TODAY = { year: 2023, month: 12, day: 7 } as const;

// ---------------------------------------------------------------------------
// Extra builders for the core test suite. The helpers above keep their signatures.

/** Every roster input column, in a plausible order. */
export const FULL_HEADERS = [
  'STT',
  'Họ và tên',
  'Chức vụ',
  'Lãnh đạo, quản lý',
  'Loại đảng viên',
  'Tình trạng',
  'Ngày vào Đảng',
  'Kết quả thi đua',
  'Số tháng nghỉ ốm',
  'Đang chấp hành kỷ luật',
  'Khuyết điểm',
  'Tự xếp loại',
  'Chi ủy đề xuất',
  'Phiếu HTXS',
  'Phiếu HTT',
  'Phiếu HT',
  'Phiếu KHT',
  'Kết luận chi bộ',
  'Bản kiểm điểm',
  'Phiếu nhận xét nơi cư trú',
  'Phiếu bổ sung lý lịch',
];

/** One official, active member with the given name (emulation HTT unless overridden). */
export function person(name: string, extra: RowSpec = {}): RowSpec {
  return { 'Họ và tên': name, 'Loại đảng viên': 'Chính thức', 'Kết quả thi đua': 'HTT', ...extra };
}

export interface ClassifyOptions {
  readonly settings?: Record<string, unknown> | null;
  readonly overrides?: SettingOverrides;
  readonly headers?: string[];
  readonly today?: CalendarDate;
}

/** Builds the grid from row specs and runs the whole engine. */
export function classify(rows: RowSpec[], options: ClassifyOptions = {}): ClassificationRun {
  return runClassification({
    roster: grid(rows, options.headers ?? BASE_HEADERS),
    settings: options.settings ? settingsGrid(options.settings) : null,
    today: options.today ?? TODAY,
    overrides: options.overrides,
  });
}

/** The result of the member with this name; throws when there is none (or several). */
export function resultOf(run: ClassificationRun, name: string): MemberResult {
  const found = run.results.filter((r) => r.member.name === name);
  if (found.length !== 1) throw new Error(`expected exactly one member named ${name}, found ${found.length}`);
  return found[0] as MemberResult;
}

// ---------------------------------------------------------------------------
// QĐ 366 profile builders.

/** The QĐ 366 roster columns used by the core tests. */
export const QD_HEADERS = [
  'STT',
  'Họ và tên',
  'Chức vụ',
  'Lãnh đạo, quản lý',
  'Nhóm đối tượng',
  'Loại đảng viên',
  'Tình trạng',
  'Điểm tiêu chí chung',
  'Điểm kết quả nhiệm vụ',
  'Tổng điểm',
  'Số nhiệm vụ được giao',
  'Số nhiệm vụ hoàn thành',
  'Số nhiệm vụ chậm tiến độ',
  'Số nhiệm vụ vượt mức',
  'Khắc phục hạn chế kỳ trước',
  'Tỷ lệ phiếu tín nhiệm thấp (%)',
  'Tỷ lệ đơn vị phụ trách KHT (%)',
  'Số tháng nghỉ ốm',
  'Nghỉ thai sản',
  'Đang chấp hành kỷ luật',
  'Khuyết điểm',
  'Phiếu HTXS',
  'Phiếu HTT',
  'Phiếu HT',
  'Phiếu KHT',
  'Kết luận chi bộ',
  'Quyết định cấp trên',
];

/** One official, active 2B member with the given total score and 10 tasks all done on time, 3 above. */
export function qdPerson(name: string, total: number | string, extra: RowSpec = {}): RowSpec {
  return {
    'Họ và tên': name,
    'Loại đảng viên': 'Chính thức',
    'Tổng điểm': total,
    'Số nhiệm vụ được giao': 10,
    'Số nhiệm vụ hoàn thành': 10,
    'Số nhiệm vụ chậm tiến độ': 0,
    'Số nhiệm vụ vượt mức': 3,
    ...extra,
  };
}

/** Runs the engine under the QĐ 366 profile. */
export function classifyQd(
  rows: RowSpec[],
  settings: Record<string, unknown> = {},
  headers: string[] = QD_HEADERS,
): ClassificationRun {
  return classify(rows, { settings: { 'Bộ quy tắc': 'QĐ 366-QĐ/TW (2025)', ...settings }, headers });
}
