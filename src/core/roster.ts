/**
 * Roster parsing: a 2D grid of cell values (row 0 = headers) to Member[] plus row errors.
 * Each column is read by its registry entry (columns.ts). A broken cell never stops the
 * others: the row keeps going with the column's neutral value and an error that names
 * the row, the column and the value.
 */
import {
  columnForHeader,
  headerOf,
  type HeaderResult,
  columnHint,
  columnLabel,
  DOCUMENT_COLUMNS,
  INPUT_COLUMNS,
  INPUT_KEYS,
  mapHeaderRow,
  type ColumnKey,
  type ColumnMap,
  type InputKey,
  type RosterValues,
} from './columns';
import type { Member, RowError } from './member';
import { cellText, columnLetter, isUncomputedFormula } from './normalize';
import type { Profile } from './profiles';
import { recordOf } from './record';
import { findTable, isGroupRow, type TableLayout } from './table';
import { MSG } from './text/messages';

export interface ParsedRoster {
  readonly members: Member[];
  readonly errors: RowError[];
  readonly columns: ColumnMap;
  /** Non-empty when the sheet can't be used at all (e.g. a required column is missing). */
  readonly fatal: string[];
  /** How the table was read: where the header is, rows skipped, headers taken or not known. */
  readonly notices: string[];
}

export function rowError(
  columns: ColumnMap,
  row: number,
  key: ColumnKey,
  raw: unknown,
  problem: string,
  hint?: string,
): RowError {
  const column = columnLabel(columns, key);
  const value = cellText(raw);
  return { row, columns: [key], column, value, message: MSG.cellError(row, column, value, problem, hint ?? columnHint(key)) };
}

/** Blank: nothing but «STT», unchecked boxes and formulas without a value (a template filled down). */
function isBlankRow(row: readonly unknown[], index: readonly (readonly [InputKey, number])[]): boolean {
  return index.every(([key, i]) => key === 'stt' || cellText(row[i]) === '' || row[i] === false || isUncomputedFormula(row[i]));
}

/** Where the table is in the grid and its header mapped for the profile; no row is read. */
export function rosterHeader(
  grid: readonly (readonly unknown[])[],
  sheetName: string,
  profile: Profile,
): { readonly table: TableLayout; readonly header: HeaderResult } {
  const table = findTable(grid, columnForHeader);
  const place = { headerRow: table.headerIndex + 1, headerRows: table.headerRows };
  const header = mapHeaderRow(table.headers, sheetName, {
    required: profile.requiredColumns,
    anyOf: profile.requiredAnyOf,
    place,
    outputs: profile.outputColumns,
  });
  return { table, header };
}

export function parseRoster(grid: readonly (readonly unknown[])[], sheetName: string, profile: Profile): ParsedRoster {
  const { table, header } = rosterHeader(grid, sheetName, profile);
  const { columns, fatal } = header;
  const members: Member[] = [];
  const errors: RowError[] = [];
  const notices = tableNotices(table, header, sheetName);
  if (fatal.length > 0) return { members, errors, columns, fatal, notices };

  // The columns this profile reads that are present, resolved once for all rows.
  const read = new Set(profile.columns);
  const present = new Map<InputKey, number>();
  for (const key of INPUT_KEYS) {
    const i = columns.index[key];
    if (i !== undefined && read.has(key)) present.set(key, i);
  }
  const presentList = [...present.entries()];

  const groupRows: [number, string][] = [];
  for (let r = table.dataIndex; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (isBlankRow(row, presentList)) continue;
    const sheetRow = r + 1;
    if (isGroupRow(row, columns.index.membership)) {
      groupRows.push([sheetRow, row.map(cellText).find((t) => t !== '') ?? '']);
      continue;
    }
    const cellValue = <K extends InputKey>(key: K): RosterValues[K] => {
      const spec = INPUT_COLUMNS[key];
      const i = present.get(key);
      if (i === undefined) return spec.absent;
      if (isUncomputedFormula(row[i])) {
        // «STT» is only numbering (often =ROW()-1): no rule reads it, so it is no error.
        if (key !== 'stt') {
          errors.push(rowError(columns, sheetRow, key, row[i], MSG.problem.uncomputedFormula, MSG.hint.uncomputedFormula));
        }
        return spec.absent;
      }
      const result = spec.parse.safeParse(row[i]);
      if (result.success) return result.data;
      errors.push(rowError(columns, sheetRow, key, row[i], result.error.issues[0]?.message ?? ''));
      return spec.absent;
    };
    members.push(toMember(sheetRow, recordOf<RosterValues>(INPUT_KEYS, cellValue), present));
  }
  if (groupRows.length > 0) notices.push(MSG.groupRowsSkipped(groupRows));
  return { members, errors, columns, fatal, notices };
}

/** Says where the header was found, which rows were skipped and which headers were read loosely. */
function tableNotices(table: TableLayout, header: HeaderResult, sheetName: string): string[] {
  const notices: string[] = [];
  if (table.headerIndex > 0 || table.headerRows > 1) {
    notices.push(MSG.headerFound(sheetName, table.headerIndex + 1, table.headerRows));
  }
  if (table.numberingRows.length > 0) notices.push(MSG.numberingSkipped(table.numberingRows));
  for (const [written, key] of header.taken) notices.push(MSG.headerTaken(written, headerOf(key)));
  for (const [written, key] of header.suggested) notices.push(MSG.headerSuggested(written, headerOf(key)));
  for (const [column, written] of header.userOutputNames) notices.push(MSG.userOutputName(written, columnLetter(column + 1)));
  return notices;
}

/** A member with every column at its neutral value except `values` (the custom functions' one row). */
export function memberWith(values: Partial<RosterValues>): Member {
  return toMember(
    0,
    recordOf<RosterValues>(INPUT_KEYS, (key) => values[key] ?? INPUT_COLUMNS[key].absent),
    new Map(),
  );
}

function toMember(row: number, values: RosterValues, present: ReadonlyMap<InputKey, number>): Member {
  const documents: Member['documents'] = {};
  for (const key of DOCUMENT_COLUMNS) {
    if (present.has(key)) documents[key] = values[key] === true;
  }
  const votes = { HTXS: values.votesHTXS, HTT: values.votesHTT, HT: values.votesHT, KHT: values.votesKHT };
  return { ...values, row, votes, documents };
}
