/**
 * Roster columns are found by header text, never by position. A header matches its
 * canonical text or any alias after foldKey (case, diacritics, spaces, NFC/NFD ignored).
 */
import { foldKey } from './normalize';
import { HEADERS, MSG, headerOf, type ColumnKey } from './text';

export const INPUT_COLUMNS = [
  'stt', 'name', 'post', 'leader', 'membership', 'status', 'admissionDate', 'emulation',
  'sickMonths', 'discipline', 'faults', 'selfAssessment', 'committeeProposal',
  'votesHTXS', 'votesHTT', 'votesHT', 'votesKHT', 'conclusion',
  'docSelfReview', 'docResidence', 'docBiography',
] as const satisfies readonly ColumnKey[];
export type InputColumn = (typeof INPUT_COLUMNS)[number];

/** The add-on owns these, writes only them, in this order, right of the input. */
export const OUTPUT_COLUMNS = [
  'outCeiling', 'outByVotes', 'outResult', 'outWarnings', 'outExplanation',
] as const satisfies readonly ColumnKey[];
export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly InputColumn[] = ['name', 'membership', 'emulation'];

export const DOCUMENT_COLUMNS = ['docSelfReview', 'docResidence', 'docBiography'] as const;
export type DocumentColumn = (typeof DOCUMENT_COLUMNS)[number];

const HEADER_LOOKUP: ReadonlyMap<string, ColumnKey> = (() => {
  const map = new Map<string, ColumnKey>();
  for (const key of Object.keys(HEADERS) as ColumnKey[]) {
    for (const alias of HEADERS[key]) map.set(foldKey(alias), key);
  }
  return map;
})();

/** The column key a header text stands for, or undefined for a column we don't know. */
export function columnForHeader(header: unknown): ColumnKey | undefined {
  if (typeof header !== 'string') return undefined;
  return HEADER_LOOKUP.get(foldKey(header));
}

export interface ColumnMap {
  /** 0-based index of each known column that is present. */
  readonly index: Partial<Record<ColumnKey, number>>;
  /** The header text as the user wrote it, for messages. */
  readonly header: Partial<Record<ColumnKey, string>>;
  readonly width: number;
}

export interface HeaderResult {
  readonly columns: ColumnMap;
  /** Problems that make the sheet unusable: missing required or duplicated columns. */
  readonly fatal: string[];
}

export function mapHeaderRow(row: readonly unknown[], sheetName: string): HeaderResult {
  const index: Partial<Record<ColumnKey, number>> = {};
  const header: Partial<Record<ColumnKey, string>> = {};
  const fatal: string[] = [];
  row.forEach((cell, i) => {
    const key = columnForHeader(cell);
    if (!key) return;
    if (index[key] !== undefined) {
      fatal.push(MSG.duplicateColumn(headerOf(key), header[key] ?? '', String(cell).trim()));
      return;
    }
    index[key] = i;
    header[key] = String(cell).trim();
  });
  if (row.every((cell) => columnForHeader(cell) === undefined)) {
    fatal.push(MSG.noHeader(sheetName));
  } else {
    for (const key of REQUIRED_COLUMNS) {
      if (index[key] === undefined) fatal.push(MSG.missingColumn(headerOf(key), sheetName));
    }
  }
  return { columns: { index, header, width: row.length }, fatal };
}
