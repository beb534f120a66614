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

/** Adjacent output columns, written together. */
export interface OutputSpan {
  /** 1-based first column. */
  readonly column: number;
  readonly keys: readonly OutputKey[];
}

/**
 * Where the profile's output columns go. The add-on owns every column headed with an
 * output header, so each one is written where its header already stands, wherever that is
 * (a run under another profile, or «Tạo bảng mẫu» after a switch, may have left them apart);
 * the missing ones go right of the last used column, in the profile's order. Never over an
 * input column, nor over a column with data but no header. Adjacent columns make one span:
 * the usual roster is one span, so one write.
 */
export function outputSpans(headerRow: readonly unknown[], columns: ColumnMap, profile: Profile): OutputSpan[] {
  // headerRow is as wide as the data range, so a column with data but no header is kept.
  let next = headerRow.length + 1;
  const placed = profile.outputColumns.map((key) => {
    const i = columns.index[key];
    return { key, column: i === undefined ? next++ : i + 1 };
  });
  placed.sort((a, b) => a.column - b.column);
  const spans: { column: number; keys: OutputKey[] }[] = [];
  for (const { key, column } of placed) {
    const last = spans[spans.length - 1];
    if (last && last.column + last.keys.length === column) last.keys.push(key);
    else spans.push({ column, keys: [key] });
  }
  return spans;
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
 * `sheetRows` = number of rows in the sheet's data range, header included. `keys`: the
 * columns of one span; all of the profile's output columns by default.
 */
export function outputBlock(
  run: ClassificationRun,
  sheetRows: number,
  keys: readonly OutputKey[] = run.settings.profile.outputColumns,
): string[][] {
  const byRow = new Map(run.results.map((r) => [r.member.row, r]));
  const errorsByRow = new Map<number, string[]>();
  for (const e of run.errors) errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), e.message]);
  const block: string[][] = [keys.map(headerOf)];
  for (let row = 2; row <= sheetRows; row++) {
    const r = byRow.get(row);
    block.push(r ? keys.map((key) => outputCell(key, r, errorsByRow.get(row) ?? [])) : keys.map(() => ''));
  }
  return block;
}
