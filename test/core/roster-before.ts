/**
 * The roster parse as it was before the compiled plan (commit 1fd3917, issue 14), kept as the
 * reference the plan is compared with: every cell through a zod schema wrapping a reader that
 * returns { ok, value } objects, the member built key by key and spread. The readers and the
 * row loop are copied from src/core/schema.ts and src/core/roster.ts of that commit; only
 * the imports and the types of this file changed.
 */
import * as z from 'zod/mini';
import { columnForHeader, INPUT_COLUMNS, INPUT_KEYS, mapHeaderRow, type InputKey } from '../../src/core/columns';
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
} from '../../src/core/normalize';
import type { Profile } from '../../src/core/profiles';
import type { RowError } from '../../src/core/member';
import { rowError } from '../../src/core/roster';
import { findTable } from '../../src/core/table';
import { MSG } from '../../src/core/text/messages';
import {
  EMULATION_VOCAB,
  FAULT_PATTERNS,
  FAULTS_WITH_COMMAS,
  LEVEL_VOCAB,
  MEMBERSHIP_VOCAB,
  PEER_GROUP_VOCAB,
  STATUS_VOCAB,
  type Fault,
} from '../../src/core/vocab';

type Check<T> = { ok: true; value: T } | { ok: false; problem: string };
type Schema = z.ZodMiniType<unknown, unknown>;

function cellSchema<T>(parse: (raw: unknown) => Check<T>): Schema {
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

/** A vocabulary as it was: looked up by compactKey (the Vocabulary of today folds again, to the same key). */
interface Lookup<T> {
  get(key: string): T | undefined;
}

function coded<T>(vocab: Lookup<T>, problem: string, blank: T | null) {
  return (raw: unknown): Check<T | null> => {
    const text = cellText(raw);
    if (text === '') return ok(blank);
    const code = vocab.get(compactKey(text));
    return code === undefined ? fail(problem) : ok(code);
  };
}

const requiredText = cellSchema((raw) => {
  const text = cellText(raw);
  return text === '' ? fail<string>(MSG.problem.required) : ok(text);
});
const optionalText = cellSchema((raw) => ok(cellText(raw)));
const yesNo = cellSchema<boolean>((raw) => {
  const value = parseYesNo(raw);
  return value === undefined ? fail(MSG.problem.notYesNo) : ok(value ?? false);
});
const yesNoOrBlank = cellSchema<boolean | null>((raw) => {
  const value = parseYesNo(raw);
  return value === undefined ? fail(MSG.problem.notYesNo) : ok(value);
});
const membership = cellSchema((raw) => {
  const result = coded(MEMBERSHIP_VOCAB, MSG.problem.notMembership, null)(raw);
  if (!result.ok) return result;
  return result.value === null ? fail(MSG.problem.required) : ok(result.value);
});
const status = cellSchema((raw) => {
  const result = coded(STATUS_VOCAB, MSG.problem.notStatus, 'active')(raw);
  return result.ok ? ok(result.value ?? 'active') : result;
});
const emulation = cellSchema(coded(EMULATION_VOCAB, MSG.problem.notEmulation, null));
const level = cellSchema(coded(LEVEL_VOCAB, MSG.problem.notLevel, null));
const date = cellSchema((raw) => {
  const value = parseDate(raw);
  return value === undefined ? fail(MSG.problem.notDate) : ok(value);
});
const tally = cellSchema<number>((raw) => {
  const value = parseNumber(raw);
  if (value === null) return ok(0);
  if (!Number.isFinite(value)) return fail(MSG.problem.notNumber);
  if (value < 0) return fail(MSG.problem.negative);
  if (!Number.isInteger(value)) return fail(MSG.problem.notWhole);
  return ok(value);
});
const sickMonths = cellSchema<number>((raw) => {
  const value = parseNumber(raw);
  if (value === null) return ok(0);
  if (!Number.isFinite(value)) return fail(MSG.problem.notNumber);
  if (value < 0 || value > 12) return fail(MSG.problem.sickRange);
  return ok(value);
});
const NO_FAULT = new Set(['khong', 'khong co', '0', 'ko', 'k']);
const faults = cellSchema<Fault[]>((raw) => {
  const found: Fault[] = [];
  if (raw === false || NO_FAULT.has(foldKey(cellText(raw))) || /^[-–—.]+$/.test(cellText(raw))) return ok(found);
  let previous: Fault | undefined;
  for (const entry of cellText(raw).split(/[;\n]/)) {
    previous = undefined;
    for (const part of splitList(entry)) {
      const key = foldKey(part);
      const fault = FAULT_PATTERNS.find(([, pattern]) => pattern.test(key))?.[0];
      if (!fault) {
        if (previous !== undefined && FAULTS_WITH_COMMAS.has(previous)) continue;
        return fail(MSG.problem.notFault(part));
      }
      previous = fault;
      if (!found.includes(fault)) found.push(fault);
    }
  }
  return ok(found);
});
const peerGroup = cellSchema(coded(PEER_GROUP_VOCAB, MSG.problem.notPeerGroup, null));
function readHundredths(raw: unknown, max: number): Check<number | null> {
  const value = parseHundredths(raw);
  if (value === null) return ok(null);
  if (value === undefined) return fail(MSG.problem.notNumber);
  if (value === 'precision') return fail(MSG.problem.twoDecimals);
  if (value < 0) return fail(MSG.problem.negative);
  if (value > max * 100) return fail(MSG.problem.aboveMax(max));
  return ok(value);
}
const hundredths = (max: number) => cellSchema<number | null>((raw) => readHundredths(raw, max));
const percentHundredths = cellSchema<number | null>((raw) => {
  const scaled = typeof raw === 'number' && raw > 0 && raw < 1 ? Math.round(raw * 100 * 1e6) / 1e6 : raw;
  return readHundredths(typeof scaled === 'string' ? scaled.trim().replace(/%$/, '') : scaled, 100);
});
const count = cellSchema<number | null>((raw) => {
  const value = parseNumber(raw);
  if (value === null) return ok(null);
  if (!Number.isFinite(value)) return fail(MSG.problem.notNumber);
  if (value < 0) return fail(MSG.problem.negative);
  if (!Number.isInteger(value)) return fail(MSG.problem.notWhole);
  return ok(value);
});

const SCHEMAS: Record<InputKey, Schema> = {
  stt: optionalText,
  name: requiredText,
  post: optionalText,
  leader: yesNo,
  membership,
  status,
  admissionDate: date,
  emulation,
  sickMonths,
  discipline: yesNo,
  faults,
  selfAssessment: level,
  committeeProposal: level,
  votesHTXS: tally,
  votesHTT: tally,
  votesHT: tally,
  votesKHT: tally,
  conclusion: level,
  upperDecision: level,
  peerGroup,
  generalScore: hundredths(30),
  taskScore: hundredths(70),
  totalScore: hundredths(100),
  selfScore: hundredths(100),
  tasksAssigned: count,
  tasksDone: count,
  tasksLate: count,
  tasksAbove: count,
  remedied: yesNoOrBlank,
  lowConfidence: percentHundredths,
  unitsKht: percentHundredths,
  maternity: yesNo,
  docSelfReview: yesNoOrBlank,
  docResidence: yesNoOrBlank,
  docBiography: yesNoOrBlank,
};

const DOCUMENT_COLUMNS = ['docSelfReview', 'docResidence', 'docBiography'] as const;

function isBlankRow(row: readonly unknown[], index: readonly (readonly [InputKey, number])[]): boolean {
  return index.every(([key, i]) => key === 'stt' || cellText(row[i]) === '' || row[i] === false || isUncomputedFormula(row[i]));
}

function isGroupRow(row: readonly unknown[], membershipIndex: number | undefined): boolean {
  const filled = row.filter((v) => cellText(v) !== '' && v !== false);
  if (filled.length !== 1) return false;
  return membershipIndex === undefined || cellText(row[membershipIndex]) === '';
}

export interface ParsedBefore {
  readonly members: Record<string, unknown>[];
  readonly errors: RowError[];
  readonly groupRows: [number, string][];
}

export function parseRosterBefore(grid: readonly (readonly unknown[])[], sheetName: string, profile: Profile): ParsedBefore {
  const table = findTable(grid, columnForHeader);
  const place = { headerRow: table.headerIndex + 1, headerRows: table.headerRows };
  const { columns, fatal } = mapHeaderRow(table.headers, sheetName, {
    required: profile.requiredColumns,
    anyOf: profile.requiredAnyOf,
    place,
    outputs: profile.outputColumns,
  });
  const members: Record<string, unknown>[] = [];
  const errors: RowError[] = [];
  const groupRows: [number, string][] = [];
  if (fatal.length > 0) return { members, errors, groupRows };
  const read = new Set(profile.columns);
  const present = new Map<InputKey, number>();
  for (const key of INPUT_KEYS) {
    const i = columns.index[key];
    if (i !== undefined && read.has(key)) present.set(key, i);
  }
  const presentList = [...present.entries()];
  for (let r = table.dataIndex; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (isBlankRow(row, presentList)) continue;
    const sheetRow = r + 1;
    if (isGroupRow(row, columns.index.membership)) {
      groupRows.push([sheetRow, row.map(cellText).find((t) => t !== '') ?? '']);
      continue;
    }
    const values: Record<string, unknown> = {};
    for (const key of INPUT_KEYS) {
      const absent = INPUT_COLUMNS[key].absent;
      const i = present.get(key);
      if (i === undefined) {
        values[key] = absent;
      } else if (isUncomputedFormula(row[i])) {
        if (key !== 'stt') {
          errors.push(rowError(columns, sheetRow, key, row[i], MSG.problem.uncomputedFormula, MSG.hint.uncomputedFormula));
        }
        values[key] = absent;
      } else {
        const result = SCHEMAS[key].safeParse(row[i]);
        if (result.success) values[key] = result.data;
        else {
          errors.push(rowError(columns, sheetRow, key, row[i], result.error.issues[0]?.message ?? ''));
          values[key] = absent;
        }
      }
    }
    const documents: Record<string, boolean> = {};
    for (const key of DOCUMENT_COLUMNS) {
      if (present.has(key)) documents[key] = values[key] === true;
    }
    const votes = { HTXS: values.votesHTXS, HTT: values.votesHTT, HT: values.votesHT, KHT: values.votesKHT };
    members.push({ ...values, row: sheetRow, votes, documents });
  }
  return { members, errors, groupRows };
}
