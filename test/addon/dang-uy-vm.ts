/**
 * The đảng ủy's pushed bundle (build/gas-dang-uy/Code.js) on the local backend, and a đảng bộ
 * of N chi bộ to run it on: the đảng ủy's spreadsheet with «Danh sách chi bộ» and «Cấu hình
 * đảng ủy», and one QĐ 366 chi bộ spreadsheet per row in the registry, which the local Sheets
 * API serves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../src/addon/gas';
import { CallCounter } from '../../src/local/call-counter';
import { type GasRuntime, loadGasRuntime } from '../../src/local/gas-runtime';
import { fill } from '../../src/local/sample';
import { type Access, LocalSpreadsheetRegistry } from '../../src/local/spreadsheet-registry';
import { LocalSpreadsheet } from '../../src/local/workbook';
import { grid, QD_HEADERS, qdPerson, type RowSpec } from '../helpers';

export const DANG_UY_GAS_DIR = join(__dirname, '..', '..', 'build', 'gas-dang-uy');
export const DANG_UY_CODE_PATH = join(DANG_UY_GAS_DIR, 'Code.js');

export function dangUySource(): string {
  return readFileSync(DANG_UY_CODE_PATH, 'utf8');
}

/** A 44-character id, as Google's are. */
export function chiBoId(i: number): string {
  return `1ChiBo${String(i).padStart(4, '0')}`.padEnd(44, 'x');
}

export function linkOf(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;
}

export function chiBoName(i: number): string {
  return `Chi bộ số ${i}`;
}

/** Chi bộ i: `members` 2B members, the first at 95 (HTXS by score), the others at 75 (HTT). */
export function chiBoRows(i: number, members: number): RowSpec[] {
  return Array.from({ length: members }, (_, m) => qdPerson(`Đảng viên ${i}.${m + 1}`, m === 0 ? 95 - (i % 5) : 75));
}

export function chiBoBook(i: number, members: number, counter = new CallCounter()): LocalSpreadsheet {
  const book = new LocalSpreadsheet(counter, `Xếp loại ${chiBoName(i)}`, 'Asia/Ho_Chi_Minh', chiBoId(i));
  fill(book, 'Danh sách', grid(chiBoRows(i, members), QD_HEADERS) as CellValue[][]);
  fill(book, 'Cấu hình', [
    ['Thông số', 'Giá trị'],
    ['Tên đảng bộ cấp trên', 'Đảng bộ xã An Bình'],
    ['Tên chi bộ', chiBoName(i)],
    ['Năm đánh giá', 2025],
    ['Bộ quy tắc', 'QĐ 366-QĐ/TW (2025)'],
    ['Điểm tiêu chí chung của chi bộ', 27],
    ['Điểm kết quả nhiệm vụ của chi bộ', 60 + (i % 8)],
  ]);
  return book;
}

export interface DangBo {
  readonly book: LocalSpreadsheet;
  readonly chiBo: LocalSpreadsheet[];
  readonly registry: LocalSpreadsheetRegistry;
  /** Counts the đảng ủy's spreadsheet and SpreadsheetApp. */
  readonly counter: CallCounter;
  /** Counts every chi bộ spreadsheet's own calls: none, since the đảng ủy reads through the Sheets API. */
  readonly chiBoCounter: CallCounter;
}

export interface DangBoOptions {
  /** Members of chi bộ i (1-based); default 5 + i % 7, so the sizes differ. */
  readonly members?: (i: number) => number;
  readonly access?: (i: number) => Access;
  /** The rows of «Danh sách chi bộ» under its header; default one per chi bộ, name and link. */
  readonly listRows?: CellValue[][];
  readonly settings?: CellValue[][];
}

export function dangBo(n: number, options: DangBoOptions = {}): DangBo {
  const counter = new CallCounter();
  const chiBoCounter = new CallCounter();
  const registry = new LocalSpreadsheetRegistry();
  const chiBo = Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    const book = chiBoBook(i, options.members?.(i) ?? 5 + (i % 7), chiBoCounter);
    registry.add(book, options.access?.(i) ?? 'view');
    return book;
  });
  const book = new LocalSpreadsheet(counter, 'Tổng hợp đảng ủy xã An Bình', 'Asia/Ho_Chi_Minh', '1DangUy'.padEnd(44, 'y'));
  const rows = options.listRows ?? chiBo.map((_, k): CellValue[] => [k + 1, chiBoName(k + 1), linkOf(chiBoId(k + 1))]);
  fill(book, 'Danh sách chi bộ', [['STT', 'Tên chi bộ', 'Liên kết bảng tính'], ...rows]);
  fill(
    book,
    'Cấu hình đảng ủy',
    options.settings ?? [
      ['Thông số', 'Giá trị'],
      ['Tên đảng ủy', 'Đảng ủy xã An Bình'],
      ['Tên đảng bộ cấp trên', 'Đảng bộ tỉnh Gia Lai'],
      ['Năm đánh giá', 2025],
      ['Số văn bản', '12'],
      ['Người ký', 'Trần Văn Bí'],
      ['Phạm vi hạn mức HTXS', 'Toàn đảng bộ'],
    ],
  );
  return { book, chiBo, registry, counter, chiBoCounter };
}

export function loadDangUyBundle(world: DangBo): GasRuntime {
  return loadGasRuntime(world.book, DANG_UY_GAS_DIR, world.registry);
}

/** Every sheet's values, by name: what a run may not change (input sheets, chi bộ spreadsheets). */
export function snapshot(book: LocalSpreadsheet): string {
  return JSON.stringify(book.sheets.map((s) => [s.name, s.values()]));
}
