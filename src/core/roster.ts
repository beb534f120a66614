/**
 * Roster parsing: a 2D grid of cell values (row 0 = headers) to Member[] plus row errors.
 * A broken cell never stops the others: the row keeps going with a neutral value and an
 * error that names the row, the column and the value.
 */
import { DOCUMENT_COLUMNS, INPUT_COLUMNS, mapHeaderRow, type ColumnMap, type InputColumn } from './columns';
import type { Member, RowError } from './member';
import { cellText } from './normalize';
import * as cells from './schema';
import { COLUMN_HINTS, MSG, headerOf, type ColumnKey } from './text';

export interface ParsedRoster {
  readonly members: Member[];
  readonly errors: RowError[];
  readonly columns: ColumnMap;
  /** Non-empty when the sheet can't be used at all (e.g. a required column is missing). */
  readonly fatal: string[];
}

/** Which schema reads which column. Columns not listed here are informational only. */
const SCHEMAS: { readonly [K in InputColumn]?: cells.CellSchema<unknown> } = {
  name: cells.requiredText,
  post: cells.optionalText,
  leader: cells.yesNo,
  membership: cells.membership,
  status: cells.status,
  admissionDate: cells.date,
  emulation: cells.emulation,
  sickMonths: cells.sickMonths,
  discipline: cells.yesNo,
  faults: cells.faults,
  selfAssessment: cells.level,
  committeeProposal: cells.level,
  votesHTXS: cells.tally,
  votesHTT: cells.tally,
  votesHT: cells.tally,
  votesKHT: cells.tally,
  conclusion: cells.level,
  docSelfReview: cells.yesNoOrBlank,
  docResidence: cells.yesNoOrBlank,
  docBiography: cells.yesNoOrBlank,
};

/** Neutral values used when a cell is broken or its column is absent. */
const NEUTRAL: { readonly [K in InputColumn]?: unknown } = {
  name: '', post: '', leader: false, membership: null, status: 'active', admissionDate: null,
  emulation: null, sickMonths: 0, discipline: false, faults: [], selfAssessment: null,
  committeeProposal: null, votesHTXS: 0, votesHTT: 0, votesHT: 0, votesKHT: 0, conclusion: null,
};

export function columnLabel(columns: ColumnMap, key: ColumnKey): string {
  return columns.header[key] ?? headerOf(key);
}

export function rowError(columns: ColumnMap, row: number, key: ColumnKey, raw: unknown, problem: string, hint?: string): RowError {
  const column = columnLabel(columns, key);
  const value = cellText(raw);
  return { row, column, value, message: MSG.cellError(row, column, value, problem, hint ?? COLUMN_HINTS[key] ?? '') };
}

function isBlankRow(row: readonly unknown[], columns: ColumnMap): boolean {
  return INPUT_COLUMNS.every((key) => {
    const i = columns.index[key];
    return i === undefined || key === 'stt' || cellText(row[i]) === '' || row[i] === false;
  });
}

export function parseRoster(grid: readonly (readonly unknown[])[], sheetName: string): ParsedRoster {
  const { columns, fatal } = mapHeaderRow(grid[0] ?? [], sheetName);
  const members: Member[] = [];
  const errors: RowError[] = [];
  if (fatal.length > 0) return { members, errors, columns, fatal };

  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (isBlankRow(row, columns)) continue;
    const sheetRow = r + 1;
    const values: { [K in InputColumn]?: unknown } = {};
    for (const key of INPUT_COLUMNS) {
      const schema = SCHEMAS[key];
      const i = columns.index[key];
      if (!schema) continue;
      if (i === undefined) {
        values[key] = NEUTRAL[key];
        continue;
      }
      const result = schema.safeParse(row[i]);
      if (result.success) {
        values[key] = result.data;
      } else {
        values[key] = NEUTRAL[key];
        errors.push(rowError(columns, sheetRow, key, row[i], result.error.issues[0]?.message ?? ''));
      }
    }
    members.push(toMember(sheetRow, values, columns));
  }
  return { members, errors, columns, fatal };
}

function toMember(row: number, v: { [K in InputColumn]?: unknown }, columns: ColumnMap): Member {
  const documents: Member['documents'] = {};
  for (const key of DOCUMENT_COLUMNS) {
    if (columns.index[key] !== undefined) documents[key] = v[key] === true;
  }
  return {
    row,
    name: v.name as string,
    post: v.post as string,
    leader: v.leader as boolean,
    membership: v.membership as Member['membership'],
    status: v.status as Member['status'],
    admissionDate: v.admissionDate as Member['admissionDate'],
    emulation: v.emulation as Member['emulation'],
    sickMonths: v.sickMonths as number,
    discipline: v.discipline as boolean,
    faults: v.faults as Member['faults'],
    selfAssessment: v.selfAssessment as Member['selfAssessment'],
    committeeProposal: v.committeeProposal as Member['committeeProposal'],
    votes: {
      HTXS: v.votesHTXS as number,
      HTT: v.votesHTT as number,
      HT: v.votesHT as number,
      KHT: v.votesKHT as number,
    },
    conclusion: v.conclusion as Member['conclusion'],
    documents,
  };
}
