/** Builders for rosters in tests: a header row plus rows given as objects by header. */
import type { Grid } from '../src/core/run';

export type RowSpec = Record<string, unknown>;

export const BASE_HEADERS = [
  'STT', 'Họ và tên', 'Chức vụ', 'Loại đảng viên', 'Tình trạng', 'Kết quả thi đua', 'Số tháng nghỉ ốm',
  'Đang chấp hành kỷ luật', 'Khuyết điểm', 'Phiếu HTXS', 'Phiếu HTT', 'Phiếu HT', 'Phiếu KHT', 'Kết luận chi bộ',
];

export function grid(rows: RowSpec[], headers: string[] = BASE_HEADERS): unknown[][] {
  return [headers, ...rows.map((row, i) => headers.map((h) => (h === 'STT' ? i + 1 : row[h] ?? '')))];
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

export function settingsGrid(entries: Record<string, unknown>): Grid {
  return Object.entries(entries).map(([k, v]) => [k, v]);
}

export const TODAY = { year: 2023, month: 12, day: 7 } as const;
