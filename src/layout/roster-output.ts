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
 * Where the block goes: over the output block already in the sheet (either profile's, so a
 * switch of «Bộ quy tắc» replaces it), else just right of the last used column. Never over
 * an input column or a column of the user's: a narrower block is padded with blanks, and a
 * wider one extends an existing block only when nothing stands right of it.
 */
export function outputPlacement(headerRow: readonly unknown[], columns: ColumnMap, profile: Profile): OutputPlacement {
  const width = profile.outputColumns.length;
  const found = columns.outputBlock;
  // headerRow is as wide as the data range, so a column with data but no header is kept.
  if (found && (width <= found.width || found.start + found.width >= headerRow.length)) {
    return { column: found.start + 1, width: Math.max(width, found.width), clear: null };
  }
  return { column: headerRow.length + 1, width, clear: found ? { column: found.start + 1, width: found.width } : null };
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
