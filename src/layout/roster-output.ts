/**
 * The output columns of «Danh sách», as one block: a header row plus one row per sheet
 * row below it. Rows that hold no member get blanks, so stale output is cleared. Which
 * columns, in which order, comes from the run's profile.
 */
import type { MemberResult } from '../core/classify';
import { headerOf, type ColumnMap, type OutputKey } from '../core/columns';
import type { Profile } from '../core/profiles';
import type { ClassificationRun } from '../core/run';
import { scoreText } from '../core/score';
import { explanationText, warningLabels } from '../core/summary';
import { PEER_GROUP_SHORT } from '../core/text/domain';

function outputHeaders(profile: Profile): string[] {
  return profile.outputColumns.map(headerOf);
}

export interface OutputPlacement {
  /** 1-based column where the block starts. */
  readonly column: number;
  /** Columns written: the block, padded with blanks to clear a wider block it replaces. */
  readonly width: number;
  /** An older, narrower block that could not be widened in place: cleared (it is ours). */
  readonly clear: { readonly column: number; readonly width: number } | null;
}

/**
 * The last column the roster may use: Excel's XFD. Google Sheets allows 18,278, but the
 * file must still open in Excel and download as XLSX.
 */
export const MAX_COLUMNS = 16384;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function blankColumn(grid: readonly (readonly unknown[])[], index: number): boolean {
  for (const row of grid) if (!isBlank(row[index])) return false;
  return true;
}

/**
 * 1-based column where `count` new columns go: just right of the used range (`grid` is
 * the data range, every row as wide). When that would pass MAX_COLUMNS (a stray cell far to
 * the right, in XFD), the first `count` columns right of the last header cell that are
 * blank in every row, so nothing is written over; null when there are none. A column is
 * read down only to its first value.
 */
export function appendColumn(grid: readonly (readonly unknown[])[], headerIndex: number, count: number): number | null {
  const used = grid[0]?.length ?? 0;
  if (used + count <= MAX_COLUMNS) return used + 1;
  const header = grid[headerIndex] ?? [];
  let start = header.length;
  while (start > 0 && isBlank(header[start - 1])) start--;
  let run = 0;
  for (let c = start; c < MAX_COLUMNS; c++) {
    run = blankColumn(grid, c) ? run + 1 : 0;
    if (run === count) return c - count + 2;
  }
  return null;
}

/**
 * Where the block goes: over the output block already in the sheet (either profile's, so a
 * switch of «Bộ quy tắc» replaces it), else just right of the last used column. Never over
 * an input column or a column of the user's: a narrower block is padded with blanks, and a
 * wider one extends an existing block only when nothing stands right of it. `grid` is the
 * roster's data range; null when no room is left before MAX_COLUMNS.
 */
export function outputPlacement(
  grid: readonly (readonly unknown[])[],
  columns: ColumnMap,
  profile: Profile,
): OutputPlacement | null {
  const width = profile.outputColumns.length;
  const found = columns.outputBlock;
  // The data range is as wide as its widest row, so a column with data but no header is kept.
  const used = grid[0]?.length ?? 0;
  if (found && (width <= found.width || found.start + found.width >= used)) {
    return { column: found.start + 1, width: Math.max(width, found.width), clear: null };
  }
  const column = appendColumn(grid, columns.headerRow - 1, width);
  if (column === null) return null;
  return { column, width, clear: found ? { column: found.start + 1, width: found.width } : null };
}

function outputCell(key: OutputKey, r: MemberResult, errors: readonly string[]): string {
  switch (key) {
    case 'outCeiling':
      return r.ceiling ?? '';
    case 'outScore':
      return r.score === null ? '' : scoreText(r.score);
    case 'outGroup':
      return r.group === null ? '' : PEER_GROUP_SHORT[r.group];
    case 'outByVotes':
      return r.byVotes ?? '';
    case 'outResult':
      return r.result;
    case 'outWarnings':
      return warningLabels(r.warnings).join('; ');
    case 'outExplanation':
      return [...errors, explanationText(r.explanation)].join(' ');
  }
}

/**
 * The block from the header row down: the headers, a blank row under a two-row header,
 * then one row per sheet row. `sheetRows` = number of rows in the sheet's data range;
 * `width` pads every row with blanks. Rows above the header (a title block) are not in it.
 */
export function outputBlock(run: ClassificationRun, sheetRows: number, width: number): string[][] {
  const keys = run.settings.profile.outputColumns;
  const pad = (cells: string[]) => [...cells, ...Array.from({ length: Math.max(0, width - cells.length) }, () => '')];
  const byRow = new Map(run.results.map((r) => [r.member.row, r]));
  const errorsByRow = new Map<number, string[]>();
  for (const e of run.errors) errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), e.message]);
  const { headerRow, headerRows } = run.columns;
  const block: string[][] = [pad(outputHeaders(run.settings.profile))];
  for (let row = headerRow + 1; row <= sheetRows; row++) {
    const r = row < headerRow + headerRows ? undefined : byRow.get(row);
    block.push(pad(r ? keys.map((key) => outputCell(key, r, errorsByRow.get(row) ?? [])) : []));
  }
  return block;
}
