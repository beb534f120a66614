import type { ColumnKey, DocumentColumn, RosterValues } from './columns';

export interface Votes {
  readonly HTXS: number;
  readonly HTT: number;
  readonly HT: number;
  readonly KHT: number;
}

/**
 * One roster row after parsing: every registry column's value (typed from the registry),
 * plus what is derived from them. Fields whose cell was broken hold their neutral value.
 */
export interface Member extends RosterValues {
  /** 1-based row number in the sheet or file, header included. */
  readonly row: number;
  readonly votes: Votes;
  /** Only the document columns present in the sheet; true = handed in. */
  readonly documents: Partial<Record<DocumentColumn, boolean>>;
}

export interface RowError {
  readonly row: number;
  /** The column's key, for logic; several keys when the error is about their sum. */
  readonly columns: readonly ColumnKey[];
  /** The column header as written in the sheet (or the canonical one), for people. */
  readonly column: string;
  readonly value: string;
  readonly message: string;
}
