/**
 * zod schemas for one roster cell each. A schema turns the raw cell (as getValues gives
 * it) into a typed value, or fails with a Vietnamese problem text. The roster parser
 * adds the row, the column header and the value around it.
 */
// zod/mini: the same validation core as zod, tree-shakable, so the Apps Script bundle
// stays small (full zod with its locales added ~750 KB).
import * as z from 'zod/mini';
import {
  cellText,
  compactKey,
  foldKey,
  isUncomputedFormula,
  parseDate,
  parseHundredths,
  parseNumber,
  parseYesNo,
  splitList,
  type CalendarDate,
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

type Check<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A schema for one cell: raw value in, typed value out. */
export type CellSchema<T> = z.ZodMiniType<T, unknown>;

/** Wraps a plain parse function as a zod schema whose failure message is the problem. */
export function cellSchema<T>(parse: (raw: unknown) => Check<T>): CellSchema<T> {
  return z.pipe(
    z.unknown(),
    z.transform((raw: unknown, ctx) => {
      const result = isUncomputedFormula(raw) ? fail<T>(MSG.problem.uncomputedFormula) : parse(raw);
      if (result.ok) return result.value;
      ctx.issues.push({ code: 'custom', message: result.problem, input: raw });
      return z.NEVER;
    }),
  );
}

const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const fail = <T>(problem: string): Check<T> => ({ ok: false, problem });

function coded<T>(vocab: ReadonlyMap<string, T>, problem: string, blank: T | null) {
  return (raw: unknown): Check<T | null> => {
    const text = cellText(raw);
    if (text === '') return ok(blank);
    const code = vocab.get(compactKey(text));
    return code === undefined ? fail(problem) : ok(code);
  };
}

export const requiredText = cellSchema((raw) => {
  const text = cellText(raw);
  return text === '' ? fail<string>(MSG.problem.required) : ok(text);
});

export const optionalText = cellSchema((raw) => ok(cellText(raw)));

export const yesNo = cellSchema<boolean>((raw) => {
  const value = parseYesNo(raw);
  return value === undefined ? fail(MSG.problem.notYesNo) : ok(value ?? false);
});

/** A yes/no that keeps blank apart, for documents and chi bộ criteria. */
export const yesNoOrBlank = cellSchema<boolean | null>((raw) => {
  const value = parseYesNo(raw);
  return value === undefined ? fail(MSG.problem.notYesNo) : ok(value);
});

export const membership = cellSchema<Membership>((raw) => {
  const result = coded(MEMBERSHIP_VOCAB, MSG.problem.notMembership, null)(raw);
  if (!result.ok) return result;
  return result.value === null ? fail(MSG.problem.required) : ok(result.value);
});

export const status = cellSchema<Status>((raw) => {
  const result = coded<Status>(STATUS_VOCAB, MSG.problem.notStatus, 'active')(raw);
  return result.ok ? ok(result.value ?? 'active') : result;
});

export const emulation = cellSchema<Emulation | null>(coded(EMULATION_VOCAB, MSG.problem.notEmulation, null));

export const level = cellSchema<Level | null>(coded(LEVEL_VOCAB, MSG.problem.notLevel, null));

export const date = cellSchema<CalendarDate | null>((raw) => {
  const value = parseDate(raw);
  return value === undefined ? fail(MSG.problem.notDate) : ok(value);
});

/** A whole number ≥ 0; blank = 0. */
export const tally = cellSchema<number>((raw) => {
  const value = parseNumber(raw);
  if (value === null) return ok(0);
  if (!Number.isFinite(value)) return fail(MSG.problem.notNumber);
  if (value < 0) return fail(MSG.problem.negative);
  if (!Number.isInteger(value)) return fail(MSG.problem.notWhole);
  return ok(value);
});

/** Months of sick leave 0–12, fractions allowed ("2,5"); blank = 0. */
export const sickMonths = cellSchema<number>((raw) => {
  const value = parseNumber(raw);
  if (value === null) return ok(0);
  if (!Number.isFinite(value)) return fail(MSG.problem.notNumber);
  if (value < 0 || value > 12) return fail(MSG.problem.sickRange);
  return ok(value);
});

/** What people type in «Khuyết điểm» to mean "none". */
const NO_FAULT = new Set(['khong', 'khong co', '0', 'ko', 'k']);

export const faults = cellSchema<Fault[]>((raw) => {
  const found: Fault[] = [];
  if (raw === false || NO_FAULT.has(foldKey(cellText(raw))) || /^[-–—.]+$/.test(cellText(raw))) return ok(found);
  let previous: Fault | undefined;
  // Faults are separated by «;», a new line or «,»; official wordings have commas of their own.
  for (const entry of cellText(raw).split(/[;\n]/)) {
    previous = undefined;
    for (const part of splitList(entry)) {
      const key = foldKey(part);
      const fault = FAULT_PATTERNS.find(([, pattern]) => pattern.test(key))?.[0];
      if (!fault) {
        // "Tham nhũng, lãng phí, tiêu cực …": the rest of a fault's own wording, not a new fault.
        if (previous !== undefined && FAULTS_WITH_COMMAS.has(previous)) continue;
        return fail(MSG.problem.notFault(part));
      }
      previous = fault;
      if (!found.includes(fault)) found.push(fault);
    }
  }
  return ok(found);
});

export const peerGroup = cellSchema<PeerGroup | null>(coded(PEER_GROUP_VOCAB, MSG.problem.notPeerGroup, null));

function readHundredths(raw: unknown, max: number): Check<number | null> {
  const value = parseHundredths(raw);
  if (value === null) return ok(null);
  if (value === undefined) return fail(MSG.problem.notNumber);
  if (value === 'precision') return fail(MSG.problem.twoDecimals);
  if (value < 0) return fail(MSG.problem.negative);
  if (value > max * 100) return fail(MSG.problem.aboveMax(max));
  return ok(value);
}

/** A number with at most 2 decimals, 0–max, in hundredths ("27,5" → 2750); blank = null. */
export function hundredths(max: number): CellSchema<number | null> {
  return cellSchema<number | null>((raw) => readHundredths(raw, max));
}

/**
 * A percentage 0–100 with at most 2 decimals, in hundredths. "51%" is read, and so is a cell
 * formatted as a percentage (0.51 for 51%), as «Hạn mức HTXS (%)» is.
 */
export const percentHundredths = cellSchema<number | null>((raw) => {
  const scaled = typeof raw === 'number' && raw > 0 && raw < 1 ? Math.round(raw * 100 * 1e6) / 1e6 : raw;
  return readHundredths(typeof scaled === 'string' ? scaled.trim().replace(/%$/, '') : scaled, 100);
});

/** A whole number ≥ 0; blank = null (not given). */
export const count = cellSchema<number | null>((raw) => {
  const value = parseNumber(raw);
  if (value === null) return ok(null);
  if (!Number.isFinite(value)) return fail(MSG.problem.notNumber);
  if (value < 0) return fail(MSG.problem.negative);
  if (!Number.isInteger(value)) return fail(MSG.problem.notWhole);
  return ok(value);
});
