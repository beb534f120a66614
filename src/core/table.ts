/**
 * Finds the table in a roster grid the way a person would: a title block above the
 * header («ĐẢNG BỘ …», «DANH SÁCH ĐẢNG VIÊN …»), a header of one row or two (a merged
 * «Số phiếu» over «HTXS», «HTT» …), a numbering row «(1) (2) (3) …» under it, and group
 * rows («Tổ Toán») inside it. What was skipped is reported, never silently dropped.
 */
import type { ColumnKey } from './columns';
import { cellText, isBlankCell } from './normalize';

/** How far down the header is looked for. */
const HEADER_SEARCH_ROWS = 20;

export interface TableLayout {
  /** 0-based index in the grid of the (first) header row. */
  readonly headerIndex: number;
  /** 1 or 2. */
  readonly headerRows: number;
  /** The header text of each column; for a two-row header, the top and bottom joined. */
  readonly headers: readonly unknown[];
  /** 0-based index of the first data row. */
  readonly dataIndex: number;
  /** 1-based sheet rows skipped as a numbering row under the header. */
  readonly numberingRows: readonly number[];
}

type KnownHeader = (text: unknown) => ColumnKey | undefined;

function knownCount(row: readonly unknown[], known: KnownHeader): number {
  return new Set(row.map(known).filter((key) => key !== undefined)).size;
}

/** "(1)", "1", "[2]", "A" alone in a cell: a column number, not data. */
function isNumberingCell(value: unknown): boolean {
  return /^[([]?\s*(\d{1,3}|[A-Z])\s*[)\].]?$/.test(cellText(value));
}

function isNumberingRow(row: readonly unknown[]): boolean {
  const filled = row.filter((v) => cellText(v) !== '');
  return filled.length >= 3 && filled.every(isNumberingCell);
}

/** Top and bottom joined; a blank top cell inside a merged span takes the span's text. */
function joinHeaderRows(top: readonly unknown[], bottom: readonly unknown[]): unknown[] {
  const width = Math.max(top.length, bottom.length);
  const joined: unknown[] = [];
  let span = '';
  for (let c = 0; c < width; c++) {
    const upper = cellText(top[c]);
    const lower = cellText(bottom[c]);
    if (upper !== '') span = upper;
    else if (lower === '') span = '';
    const head = upper !== '' ? upper : lower !== '' ? span : '';
    joined.push(lower === '' ? upper : head === '' ? lower : `${head} ${lower}`);
  }
  return joined;
}

/** Text that could be a header cell, not a value of a member. */
function looksLikeHeaderRow(row: readonly unknown[]): boolean {
  const filled = row.filter((v) => cellText(v) !== '');
  return filled.length > 0 && filled.every((v) => typeof v === 'string' && !/^\d+([.,]\d+)?$/.test(v.trim()));
}

export function findTable(grid: readonly (readonly unknown[])[], known: KnownHeader): TableLayout {
  let headerIndex = 0;
  let best = 0;
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const count = knownCount(grid[r] ?? [], known);
    if (count > best && count >= 2) {
      best = count;
      headerIndex = r;
    }
  }
  const top = grid[headerIndex] ?? [];
  let headers: readonly unknown[] = top;
  let headerRows = 1;
  const below = grid[headerIndex + 1];
  if (below && looksLikeHeaderRow(below) && !isNumberingRow(below)) {
    const joined = joinHeaderRows(top, below);
    if (knownCount(joined, known) > knownCount(top, known)) {
      headers = joined;
      headerRows = 2;
    }
  }
  let dataIndex = headerIndex + headerRows;
  const numberingRows: number[] = [];
  const next = grid[dataIndex];
  if (next && isNumberingRow(next)) {
    numberingRows.push(dataIndex + 1);
    dataIndex++;
  }
  return { headerIndex, headerRows, headers, dataIndex, numberingRows };
}

/**
 * A group row inside the table («Tổ Toán», «Chi bộ khối 10»): one filled cell and no
 * membership. A member always has «Loại đảng viên», so such a row is never a member.
 */
export function isGroupRow(row: readonly unknown[], membershipIndex: number | undefined): boolean {
  // Counted, not filtered: this runs on every row, and a member row stops at its second cell.
  let filled = 0;
  for (const v of row) {
    if (v !== false && !isBlankCell(v) && ++filled > 1) return false;
  }
  if (filled !== 1) return false;
  return membershipIndex === undefined || cellText(row[membershipIndex]) === '';
}
