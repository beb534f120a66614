/**
 * The five output columns of «Danh sách», as one block: a header row plus one row per
 * sheet row below it. Rows that hold no member get blanks, so stale output is cleared.
 */
import { OUTPUT_COLUMNS } from '../core/columns';
import type { ColumnMap } from '../core/columns';
import type { ClassificationRun } from '../core/run';
import { explanationText } from '../core/summary';
import { headerOf } from '../core/text';

export const OUTPUT_HEADERS: string[] = OUTPUT_COLUMNS.map(headerOf);

/**
 * 1-based column where the block goes: where it already stands (all five headers in
 * order), else just right of the last used column. Never over an input column.
 */
export function outputStartColumn(headerRow: readonly unknown[], columns: ColumnMap): number {
  const start = columns.index.outCeiling;
  if (start !== undefined && OUTPUT_COLUMNS.every((key, i) => columns.index[key] === start + i)) return start + 1;
  // headerRow is as wide as the data range, so a column with data but no header is kept.
  return headerRow.length + 1;
}

/** `sheetRows` = number of rows in the sheet's data range, header included. */
export function outputBlock(run: ClassificationRun, sheetRows: number): string[][] {
  const byRow = new Map(run.results.map((r) => [r.member.row, r]));
  const errorsByRow = new Map<number, string[]>();
  for (const e of run.errors) errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), e.message]);
  const block: string[][] = [OUTPUT_HEADERS];
  for (let row = 2; row <= sheetRows; row++) {
    const r = byRow.get(row);
    if (!r) {
      block.push(['', '', '', '', '']);
      continue;
    }
    const explanation = [...(errorsByRow.get(row) ?? []), explanationText(r.explanation)].join(' ');
    block.push([r.ceiling ?? '', r.byVotes ?? '', r.result, r.warnings.join('; '), explanation]);
  }
  return block;
}
