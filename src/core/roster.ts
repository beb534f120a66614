/**
 * Roster parsing: a 2D grid of cell values (row 0 = headers) to Member[] plus row errors.
 * Each column is read by its registry entry (columns.ts). The header is resolved once into
 * a plan, one reader per present column, which then runs on every row with no object made
 * per cell. A broken cell never stops the others: the row keeps going with the column's
 * neutral value and an error that names the row, the column and the value.
 */
import {
  columnForHeader,
  headerOf,
  type HeaderResult,
  columnHint,
  columnLabel,
  type DocumentColumn,
  isDocumentColumn,
  INPUT_COLUMNS,
  INPUT_KEYS,
  mapHeaderRow,
  type ColumnKey,
  type ColumnMap,
  type InputKey,
  type RosterValues,
} from './columns';
import type { Member, RowError } from './member';
import { cellText, columnLetter, isBlankCell, isUncomputedFormula } from './normalize';
import type { Profile } from './profiles';
import { recordOf } from './record';
import { CellProblem } from './schema';
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

/** How one present column is read: resolved once per roster, then run on every row. */
type ReadColumn = (row: readonly unknown[], sheetRow: number, member: Writable<RosterValues>) => void;

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The reader of one column at index `i`: the cell's value into the member, or the column's
 * absent value (already there) and a row error, word for word as the per-cell zod parse it
 * replaced gave them (test/core/roster-plan.test.ts).
 */
function readColumn<K extends InputKey>(key: K, i: number, columns: ColumnMap, errors: RowError[]): ReadColumn {
  const read = INPUT_COLUMNS[key].parse.read;
  return (row, sheetRow, member) => {
    const raw = row[i];
    if (isUncomputedFormula(raw)) {
      // «STT» is only numbering (often =ROW()-1): no rule reads it, so it is no error.
      if (key !== 'stt') {
        errors.push(rowError(columns, sheetRow, key, raw, MSG.problem.uncomputedFormula, MSG.hint.uncomputedFormula));
      }
      return;
    }
    const value = read(raw);
    if (value instanceof CellProblem) errors.push(rowError(columns, sheetRow, key, raw, value.text));
    else member[key] = value;
  };
}

/** Blank: nothing but «STT», unchecked boxes and formulas without a value (a template filled down). */
function isBlankRow(row: readonly unknown[], indexes: readonly number[]): boolean {
  for (const i of indexes) {
    const cell = row[i];
    if (cell !== false && !isUncomputedFormula(cell) && !isBlankCell(cell)) return false;
  }
  return true;
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

  // The plan: the columns this profile reads that are present, in registry order (so a row's
  // errors keep their order), each with its reader; the rest keep their absent value.
  const read = new Set(profile.columns);
  const plan: ReadColumn[] = [];
  const filled: number[] = [];
  const documents: DocumentColumn[] = [];
  for (const key of INPUT_KEYS) {
    const i = columns.index[key];
    if (i === undefined || !read.has(key)) continue;
    plan.push(readColumn(key, i, columns, errors));
    if (key !== 'stt') filled.push(i);
    if (isDocumentColumn(key)) documents.push(key);
  }

  const membershipIndex = columns.index.membership;
  const groupRows: [number, string][] = [];
  for (let r = table.dataIndex; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (isBlankRow(row, filled)) continue;
    const sheetRow = r + 1;
    if (isGroupRow(row, membershipIndex)) {
      groupRows.push([sheetRow, row.map(cellText).find((t) => t !== '') ?? '']);
      continue;
    }
    const member = newMember(sheetRow);
    for (const step of plan) step(row, sheetRow, member);
    members.push(finishMember(member, documents));
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

/**
 * Every member is a copy of one blank member (every column at its absent value, then row,
 * votes, documents), so all members share one hidden class: the rules read their fields at
 * one shape, not at one shape per member as a spread of a record built key by key gave.
 */
let blank: Member | undefined;

function newMember(row: number): Writable<Member> {
  blank ??= {
    ...recordOf<RosterValues>(INPUT_KEYS, (key) => INPUT_COLUMNS[key].absent),
    row: 0,
    votes: { HTXS: 0, HTT: 0, HT: 0, KHT: 0 },
    documents: {},
  };
  const member: Writable<Member> = { ...blank };
  member.row = row;
  return member;
}

/** The fields made from the columns: the tallies together, the documents present. */
function finishMember(member: Writable<Member>, documents: readonly DocumentColumn[]): Member {
  member.votes = { HTXS: member.votesHTXS, HTT: member.votesHTT, HT: member.votesHT, KHT: member.votesKHT };
  const handedIn: Member['documents'] = {};
  for (const key of documents) handedIn[key] = member[key] === true;
  member.documents = handedIn;
  return member;
}

/** A member with every column at its neutral value except `values` (the custom functions' one row). */
export function memberWith(values: Partial<RosterValues>): Member {
  const member = newMember(0);
  for (const key of INPUT_KEYS) copyValue(member, values, key);
  return finishMember(member, []);
}

function copyValue<K extends InputKey>(member: Writable<RosterValues>, values: Partial<RosterValues>, key: K): void {
  const value = values[key];
  // As `??`: a null given is the absent value too.
  if (value !== undefined && value !== null) member[key] = value;
}
