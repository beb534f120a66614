/**
 * One reader per cell type. A reader turns the raw cell (as getValues gives it) into a typed
 * value, or into the Vietnamese problem text; the roster parser adds the row, the column
 * header and the value around it. The roster calls the plain reader, cell by cell, with no
 * object made for a good cell; settings, the sidebar form and the custom functions validate
 * through the zod schema around it, built the first time it is asked for.
 */
// zod/mini: the same validation core as zod, tree-shakable, so the Apps Script bundle
// stays small (full zod with its locales added ~750 KB).
import * as z from 'zod/mini';
import {
  cellText,
  foldKey,
  isUncomputedFormula,
  parseDate,
  parseHundredths,
  parseNumber,
  parseYesNo,
  splitList,
  type CalendarDate,
  type Vocabulary,
} from './normalize';
import type { Level } from './levels';
import {
  EMULATION_VOCAB,
  FAULT_PATTERNS,
  FAULTS_WITH_COMMAS,
  LEVEL_VOCAB,
  MEMBERSHIP_VOCAB,
  PEER_GROUP_VOCAB,
  STATUS_VOCAB,
  type Emulation,
  type Fault,
  type Membership,
  type PeerGroup,
  type Status,
} from './vocab';
import { MSG } from './text/messages';

/** What is wrong with a cell, in words for the user; only a broken cell makes one. */
export class CellProblem {
  constructor(readonly text: string) {}
}

/** Reads one raw cell: its typed value, or what is wrong with it. */
export type CellReader<T> = (raw: unknown) => T | CellProblem;

/** A zod schema for one cell: raw value in, typed value out. */
export type CellSchema<T> = z.ZodMiniType<T, unknown>;

/** A cell type: its plain reader and, on demand, the zod schema around it. */
export interface Cell<T> {
  /** For the roster's loop: a formula without a value must be handled before calling it. */
  readonly read: CellReader<T>;
  /** The zod schema, built on first use (none is built while the script loads). */
  readonly schema: () => CellSchema<T>;
  /** The schema's safeParse; its failure message is the problem. */
  readonly safeParse: (raw: unknown) => ReturnType<CellSchema<T>['safeParse']>;
}

/** A formula saved without its value is a problem for every cell type. */
export function readCell<T>(read: CellReader<T>, raw: unknown): T | CellProblem {
  return isUncomputedFormula(raw) ? new CellProblem(MSG.problem.uncomputedFormula) : read(raw);
}

/** Wraps a plain reader as a zod schema whose failure message is the problem. */
function cellSchema<T>(read: CellReader<T>): CellSchema<T> {
  return z.pipe(
    z.unknown(),
    z.transform((raw: unknown, ctx) => {
      const value = readCell(read, raw);
      if (!(value instanceof CellProblem)) return value;
      ctx.issues.push({ code: 'custom', message: value.text, input: raw });
      return z.NEVER;
    }),
  );
}

/** A cell type from its reader; the schema is made the first time it is needed. */
export function cell<T>(read: CellReader<T>): Cell<T> {
  let built: CellSchema<T> | undefined;
  const schema = (): CellSchema<T> => {
    built ??= cellSchema(read);
    return built;
  };
  return { read, schema, safeParse: (raw) => schema().safeParse(raw) };
}

const problem = (text: string): CellProblem => new CellProblem(text);

function coded<T>(vocab: Vocabulary<T>, notCode: string, blank: T | null): CellReader<T | null> {
  return (raw) => {
    const text = cellText(raw);
    if (text === '') return blank;
    return vocab.get(text) ?? problem(notCode);
  };
}

export const requiredText = cell((raw) => {
  const text = cellText(raw);
  return text === '' ? problem(MSG.problem.required) : text;
});

export const optionalText = cell((raw) => cellText(raw));

export const yesNo = cell<boolean>((raw) => {
  const value = parseYesNo(raw);
  return value === undefined ? problem(MSG.problem.notYesNo) : (value ?? false);
});

/** A yes/no that keeps blank apart, for documents and chi bộ criteria. */
export const yesNoOrBlank = cell<boolean | null>((raw) => {
  const value = parseYesNo(raw);
  return value === undefined ? problem(MSG.problem.notYesNo) : value;
});

const membershipCode = coded(MEMBERSHIP_VOCAB, MSG.problem.notMembership, null);
export const membership = cell<Membership>((raw) => membershipCode(raw) ?? problem(MSG.problem.required));

const statusCode = coded<Status>(STATUS_VOCAB, MSG.problem.notStatus, 'active');
export const status = cell<Status>((raw) => statusCode(raw) ?? 'active');

export const emulation = cell<Emulation | null>(coded(EMULATION_VOCAB, MSG.problem.notEmulation, null));

export const level = cell<Level | null>(coded(LEVEL_VOCAB, MSG.problem.notLevel, null));

export const date = cell<CalendarDate | null>((raw) => {
  const value = parseDate(raw);
  return value === undefined ? problem(MSG.problem.notDate) : value;
});

/** A whole number ≥ 0; blank = 0. */
export const tally = cell<number>((raw) => {
  const value = parseNumber(raw);
  if (value === null) return 0;
  if (!Number.isFinite(value)) return problem(MSG.problem.notNumber);
  if (value < 0) return problem(MSG.problem.negative);
  if (!Number.isInteger(value)) return problem(MSG.problem.notWhole);
  return value;
});

/** Months of sick leave 0–12, fractions allowed ("2,5"); blank = 0. */
export const sickMonths = cell<number>((raw) => {
  const value = parseNumber(raw);
  if (value === null) return 0;
  if (!Number.isFinite(value)) return problem(MSG.problem.notNumber);
  if (value < 0 || value > 12) return problem(MSG.problem.sickRange);
  return value;
});

/** What people type in «Khuyết điểm» to mean "none". */
const NO_FAULT = new Set(['khong', 'khong co', '0', 'ko', 'k']);

export const faults = cell<Fault[]>((raw) => {
  const found: Fault[] = [];
  const text = cellText(raw);
  // Blank, the usual case, needs no folding.
  if (text === '' || raw === false || NO_FAULT.has(foldKey(text)) || /^[-–—.]+$/.test(text)) return found;
  let previous: Fault | undefined;
  // Faults are separated by «;», a new line or «,»; official wordings have commas of their own.
  for (const entry of text.split(/[;\n]/)) {
    previous = undefined;
    for (const part of splitList(entry)) {
      const key = foldKey(part);
      const fault = FAULT_PATTERNS.find(([, pattern]) => pattern.test(key))?.[0];
      if (!fault) {
        // "Tham nhũng, lãng phí, tiêu cực …": the rest of a fault's own wording, not a new fault.
        if (previous !== undefined && FAULTS_WITH_COMMAS.has(previous)) continue;
        return problem(MSG.problem.notFault(part));
      }
      previous = fault;
      if (!found.includes(fault)) found.push(fault);
    }
  }
  return found;
});

export const peerGroup = cell<PeerGroup | null>(coded(PEER_GROUP_VOCAB, MSG.problem.notPeerGroup, null));

function readHundredths(raw: unknown, max: number): number | null | CellProblem {
  const value = parseHundredths(raw);
  if (value === null) return null;
  if (value === undefined) return problem(MSG.problem.notNumber);
  if (value === 'precision') return problem(MSG.problem.twoDecimals);
  if (value < 0) return problem(MSG.problem.negative);
  if (value > max * 100) return problem(MSG.problem.aboveMax(max));
  return value;
}

/** A number with at most 2 decimals, 0–max, in hundredths ("27,5" → 2750); blank = null. */
export function hundredths(max: number): Cell<number | null> {
  return cell<number | null>((raw) => readHundredths(raw, max));
}

/**
 * A percentage 0–100 with at most 2 decimals, in hundredths. "51%" is read, and so is a cell
 * formatted as a percentage (0.51 for 51%), as «Hạn mức HTXS (%)» is.
 */
export const percentHundredths = cell<number | null>((raw) => {
  const scaled = typeof raw === 'number' && raw > 0 && raw < 1 ? Math.round(raw * 100 * 1e6) / 1e6 : raw;
  return readHundredths(typeof scaled === 'string' ? scaled.trim().replace(/%$/, '') : scaled, 100);
});

/** A whole number ≥ 0; blank = null (not given). */
export const count = cell<number | null>((raw) => {
  const value = parseNumber(raw);
  if (value === null) return null;
  if (!Number.isFinite(value)) return problem(MSG.problem.notNumber);
  if (value < 0) return problem(MSG.problem.negative);
  if (!Number.isInteger(value)) return problem(MSG.problem.notWhole);
  return value;
});
