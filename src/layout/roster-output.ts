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

/**
 * 1-based column where the block goes: where it already stands (all its headers in
 * order), else just right of the last used column. Never over an input column.
 */
export function outputStartColumn(headerRow: readonly unknown[], columns: ColumnMap, profile: Profile): number {
  const keys = profile.outputColumns;
  const start = keys[0] === undefined ? undefined : columns.index[keys[0]];
  if (start !== undefined && keys.every((key, i) => columns.index[key] === start + i)) return start + 1;
  // headerRow is as wide as the data range, so a column with data but no header is kept.
  return headerRow.length + 1;
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

/** `sheetRows` = number of rows in the sheet's data range, header included. */
export function outputBlock(run: ClassificationRun, sheetRows: number): string[][] {
  const keys = run.settings.profile.outputColumns;
  const byRow = new Map(run.results.map((r) => [r.member.row, r]));
  const errorsByRow = new Map<number, string[]>();
  for (const e of run.errors) errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), e.message]);
  const block: string[][] = [outputHeaders(run.settings.profile)];
  for (let row = 2; row <= sheetRows; row++) {
    const r = byRow.get(row);
    block.push(r ? keys.map((key) => outputCell(key, r, errorsByRow.get(row) ?? [])) : keys.map(() => ''));
  }
  return block;
}
