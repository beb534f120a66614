import type { Level } from './levels';
import type { CalendarDate } from './normalize';
import type { DocumentColumn } from './columns';
import type { Emulation, Fault, Membership, Status } from './vocab';

export interface Votes {
  readonly HTXS: number;
  readonly HTT: number;
  readonly HT: number;
  readonly KHT: number;
}

/** One roster row after parsing. Fields whose cell was broken hold their neutral value. */
export interface Member {
  /** 1-based row number in the sheet or file, header included. */
  readonly row: number;
  readonly name: string;
  readonly post: string;
  readonly leader: boolean;
  /** null only when the cell was broken (a row error says so). */
  readonly membership: Membership | null;
  readonly status: Status;
  readonly admissionDate: CalendarDate | null;
  readonly emulation: Emulation | null;
  readonly sickMonths: number;
  readonly discipline: boolean;
  readonly faults: readonly Fault[];
  readonly selfAssessment: Level | null;
  readonly committeeProposal: Level | null;
  readonly votes: Votes;
  readonly conclusion: Level | null;
  /** Only the document columns present in the sheet; true = handed in. */
  readonly documents: Partial<Record<DocumentColumn, boolean>>;
}

export interface RowError {
  readonly row: number;
  /** The column header as written in the sheet (or the canonical one). */
  readonly column: string;
  readonly value: string;
  readonly message: string;
}
