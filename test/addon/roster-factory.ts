/** Deterministic rosters of any size for shell tests (no randomness: same input, same sheet). */
import type { CellValue } from '../../src/addon/gas';
import { CallCounter } from '../../src/local/call-counter';
import { fill, sampleSettingsGrid } from '../../src/local/sample';
import { LocalSpreadsheet } from '../../src/local/workbook';

export const FACTORY_HEADERS = [
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
  'Ghi chú riêng',
];

const EMULATIONS = ['HTXS', 'HTT', 'HTT', 'HT', 'CSTĐCS', 'HT-HC'];

/** n official members; votes spread so every level appears. N = n. */
export function rosterGrid(n: number): CellValue[][] {
  const rows: CellValue[][] = [FACTORY_HEADERS];
  for (let i = 0; i < n; i++) {
    const emulation = EMULATIONS[i % EMULATIONS.length] ?? 'HTT';
    const strong = i % 3 !== 2;
    const htxs = emulation === 'HTXS' || emulation === 'CSTĐCS' ? Math.floor((n * 3) / 4) : 0;
    const htt = strong ? n - htxs - 1 : Math.floor(n / 3);
    const ht = n - htxs - htt - 1;
    rows.push([
      i + 1,
      `Đảng viên số ${i + 1}`,
      'Giáo viên',
      'Chính thức',
      '',
      emulation,
      i % 17 === 0 ? 4 : 0,
      'Không',
      '',
      htxs,
      Math.max(htt, 0),
      Math.max(ht, 0),
      0,
      '',
      `ghi chú ${i}`,
    ]);
  }
  return rows;
}

/** A workbook with this roster grid and the sample's «Cấu hình». */
export function bookFromGrid(grid: readonly (readonly CellValue[])[], counter = new CallCounter()): LocalSpreadsheet {
  const book = new LocalSpreadsheet(counter);
  fill(book, 'Danh sách', grid);
  fill(book, 'Cấu hình', sampleSettingsGrid());
  return book;
}

export function rosterBook(n: number, counter = new CallCounter()): LocalSpreadsheet {
  return bookFromGrid(rosterGrid(n), counter);
}
