/**
 * The roster column registry: one entry per column, with its parser, the value it takes
 * when the column is absent or the cell is broken, its width and its dropdown. The words
 * (header, aliases, hint) live in text/columns.ts under the same key; the compiler checks
 * that both have every key. A profile lists which of these columns it uses.
 *
 * Columns are found by header text, never by position: a header matches its canonical
 * text or any alias after foldKey (case, diacritics, spaces, NFC/NFD ignored).
 */
import { foldKey } from './normalize';
import { type Known, suggestMatch, takenMatch } from './header-match';
import { keysOf } from './record';
import * as cells from './schema';
import { COLUMN_WORDS } from './text/columns';
import { MSG } from './text/messages';

/** What «Tạo bảng mẫu» and the sidebar offer for a value; the words are in layout/template. */
export type DropdownKind =
  | 'yesNo'
  | 'level'
  | 'membership'
  | 'status'
  | 'emulation'
  | 'checkbox'
  | 'taskResult'
  | 'rank'
  | 'profile'
  | 'peerGroup';

export interface ColumnSpec<T> {
  /** The cell type: `parse.read` in the roster's loop, `parse.safeParse` one cell at a time. */
  readonly parse: cells.Cell<T>;
  /** The value when the column is absent, or when the cell is broken (a row error says so). */
  readonly absent: T;
  /** Width in pixels, as Sheets measures them. */
  readonly width: number;
  readonly dropdown?: DropdownKind;
}

function column<T>(parse: cells.Cell<T>, absent: T, width: number, dropdown?: DropdownKind): ColumnSpec<T> {
  return dropdown ? { parse, absent, width, dropdown } : { parse, absent, width };
}

const INPUT_DEFS = {
  stt: column(cells.optionalText, '', 45),
  name: column(cells.requiredText, '', 200),
  post: column(cells.optionalText, '', 200),
  leader: column(cells.yesNo, false, 90, 'yesNo'),
  membership: column(cells.membership, null, 110, 'membership'),
  status: column(cells.status, 'active', 130, 'status'),
  admissionDate: column(cells.date, null, 110),
  emulation: column(cells.emulation, null, 120, 'emulation'),
  sickMonths: column(cells.sickMonths, 0, 90),
  discipline: column(cells.yesNo, false, 100, 'yesNo'),
  faults: column(cells.faults, [], 220),
  selfAssessment: column(cells.level, null, 90, 'level'),
  committeeProposal: column(cells.level, null, 90, 'level'),
  votesHTXS: column(cells.tally, 0, 80),
  votesHTT: column(cells.tally, 0, 80),
  votesHT: column(cells.tally, 0, 80),
  votesKHT: column(cells.tally, 0, 80),
  conclusion: column(cells.level, null, 110, 'level'),
  upperDecision: column(cells.level, null, 110, 'level'),
  peerGroup: column(cells.peerGroup, null, 150, 'peerGroup'),
  generalScore: column(cells.hundredths(30), null, 90),
  taskScore: column(cells.hundredths(70), null, 90),
  totalScore: column(cells.hundredths(100), null, 80),
  selfScore: column(cells.hundredths(100), null, 90),
  tasksAssigned: column(cells.count, null, 90),
  tasksDone: column(cells.count, null, 90),
  tasksLate: column(cells.count, null, 90),
  tasksAbove: column(cells.count, null, 90),
  remedied: column(cells.yesNoOrBlank, null, 110, 'yesNo'),
  lowConfidence: column(cells.percentHundredths, null, 110),
  unitsKht: column(cells.percentHundredths, null, 110),
  maternity: column(cells.yesNo, false, 80, 'yesNo'),
  docSelfReview: column(cells.yesNoOrBlank, null, 90, 'checkbox'),
  docResidence: column(cells.yesNoOrBlank, null, 110, 'checkbox'),
  docBiography: column(cells.yesNoOrBlank, null, 110, 'checkbox'),
};

type ValueOf<S> = S extends ColumnSpec<infer T> ? T : never;

export type InputKey = keyof typeof INPUT_DEFS;
/** One roster row's parsed values, typed from the registry. */
export type RosterValues = { readonly [K in InputKey]: ValueOf<(typeof INPUT_DEFS)[K]> };

export const INPUT_COLUMNS: { readonly [K in InputKey]: ColumnSpec<RosterValues[K]> } = INPUT_DEFS;
export const INPUT_KEYS: readonly InputKey[] = keysOf(INPUT_DEFS);

/** The add-on owns these and writes only them, right of the input; widths in pixels. */
export const OUTPUT_WIDTHS = {
  outCeiling: 110,
  outScore: 70,
  outGroup: 60,
  outByVotes: 110,
  outResult: 120,
  outWarnings: 220,
  outExplanation: 480,
} as const;
export type OutputKey = keyof typeof OUTPUT_WIDTHS;

/** The output blocks the profiles write, as runs of headers; an existing block is found by them. */
export const OUTPUT_BLOCKS = {
  votes: ['outCeiling', 'outByVotes', 'outResult', 'outWarnings', 'outExplanation'],
  score: ['outCeiling', 'outScore', 'outGroup', 'outByVotes', 'outResult', 'outWarnings', 'outExplanation'],
} as const satisfies Record<string, readonly OutputKey[]>;
export type ColumnKey = InputKey | OutputKey;

export const DOCUMENT_COLUMNS = ['docSelfReview', 'docResidence', 'docBiography'] as const satisfies readonly InputKey[];
export type DocumentColumn = (typeof DOCUMENT_COLUMNS)[number];

export function isDocumentColumn(key: ColumnKey): key is DocumentColumn {
  return DOCUMENT_COLUMNS.some((document) => document === key);
}

export function headerOf(key: ColumnKey): string {
  return COLUMN_WORDS[key].headers[0];
}

export function columnHint(key: ColumnKey): string {
  const words = COLUMN_WORDS[key];
  return 'hint' in words ? words.hint : '';
}

export function columnWidth(key: ColumnKey): number {
  return isOutputKey(key) ? OUTPUT_WIDTHS[key] : INPUT_COLUMNS[key].width;
}

/** Every header and alias by foldKey; built on first use, not when the script loads. */
let headerLookup: ReadonlyMap<string, ColumnKey> | undefined;

/** The column key a header text stands for, or undefined for a column we don't know. */
export function columnForHeader(header: unknown): ColumnKey | undefined {
  if (typeof header !== 'string') return undefined;
  headerLookup ??= new Map(
    keysOf(COLUMN_WORDS).flatMap((key) => COLUMN_WORDS[key].headers.map((alias) => [foldKey(alias), key] as const)),
  );
  return headerLookup.get(foldKey(header));
}

export interface ColumnMap {
  /** 0-based index of each known column that is present. */
  readonly index: Partial<Record<ColumnKey, number>>;
  /** The header text as the user wrote it, for messages. */
  readonly header: Partial<Record<ColumnKey, string>>;
  readonly width: number;
  /** 1-based sheet row of the (first) header row, and how many rows the header takes. */
  readonly headerRow: number;
  readonly headerRows: number;
  /** The output block found in the header (0-based first column, width); null when none. */
  readonly outputBlock: { readonly start: number; readonly width: number } | null;
}

export interface HeaderResult {
  readonly columns: ColumnMap;
  /** Problems that make the sheet unusable: missing required or duplicated columns. */
  readonly fatal: string[];
  /** Headers taken as a known column though not written exactly as it: [as written, key]. */
  readonly taken: readonly (readonly [string, ColumnKey])[];
  /** Headers not known but close to one: [as written, the key it may mean]. */
  readonly suggested: readonly (readonly [string, ColumnKey])[];
  /** Headers named like an output column but outside the output block: the user's own (0-based column, text). */
  readonly userOutputNames: readonly (readonly [number, string])[];
}

export interface HeaderSpec {
  readonly required: readonly InputKey[];
  /** Sets of columns of which at least one must be complete. */
  readonly anyOf?: readonly (readonly InputKey[])[];
  readonly place?: HeaderPlace;
  /** The output block the run writes: preferred when several blocks stand in the header. */
  readonly outputs?: readonly OutputKey[];
}

function isOutputKey(key: ColumnKey): key is OutputKey {
  return key in OUTPUT_WIDTHS;
}

/** The output block in a header row: a run of one of OUTPUT_BLOCKS, the preferred one first, the rightmost. */
function findOutputBlock(
  keys: readonly (ColumnKey | undefined)[],
  preferred: readonly OutputKey[],
): { start: number; width: number } | null {
  const runs = [preferred, ...Object.values(OUTPUT_BLOCKS).filter((b) => b !== preferred)].filter((run) => run.length > 0);
  for (const run of runs) {
    for (let start = keys.length - run.length; start >= 0; start--) {
      if (run.every((key, i) => keys[start + i] === key)) return { start, width: run.length };
    }
  }
  return null;
}

/** Every input alias, for the near matches (output columns are only ever matched exactly). */
let knownInputs: Known<InputKey>[] | undefined;
function inputAliases(): readonly Known<InputKey>[] {
  knownInputs ??= INPUT_KEYS.filter((key) => key !== 'stt').flatMap((key) =>
    COLUMN_WORDS[key].headers.map((alias) => ({ key, folded: foldKey(alias) })),
  );
  return knownInputs;
}

/** The header as the user wrote it, else the canonical one. */
export function columnLabel(columns: ColumnMap, key: ColumnKey): string {
  return columns.header[key] ?? headerOf(key);
}

export interface HeaderPlace {
  /** 1-based sheet row of the (first) header row. */
  readonly headerRow: number;
  readonly headerRows: number;
}

export function mapHeaderRow(row: readonly unknown[], sheetName: string, spec: HeaderSpec): HeaderResult {
  const { required, anyOf = [], place = { headerRow: 1, headerRows: 1 }, outputs = [] } = spec;
  const index: Partial<Record<ColumnKey, number>> = {};
  const header: Partial<Record<ColumnKey, string>> = {};
  const fatal: string[] = [];
  const taken: [string, ColumnKey][] = [];
  const suggested: [string, ColumnKey][] = [];
  const put = (key: ColumnKey, i: number, text: string): void => {
    if (index[key] !== undefined) {
      fatal.push(MSG.duplicateColumn(headerOf(key), header[key] ?? '', text));
      return;
    }
    index[key] = i;
    header[key] = text;
  };
  const unmatched: [number, string][] = [];
  const keys = row.map(columnForHeader);
  // Output headers count only inside the output block; elsewhere they are the user's own columns.
  const outputBlock = findOutputBlock(keys, outputs);
  const userOutputNames: [number, string][] = [];
  row.forEach((cell, i) => {
    const key = keys[i];
    const inBlock = outputBlock !== null && i >= outputBlock.start && i < outputBlock.start + outputBlock.width;
    if (key && isOutputKey(key) && !inBlock) userOutputNames.push([i, String(cell).trim()]);
    else if (key) put(key, i, String(cell).trim());
    else if (typeof cell === 'string' && cell.trim() !== '') unmatched.push([i, cell.trim()]);
  });
  // Near matches only after the exact ones, so an exact header always wins its column.
  for (const [i, text] of unmatched) {
    const key = takenMatch(text, inputAliases());
    if (key !== undefined && index[key] === undefined) {
      put(key, i, text);
      taken.push([text, key]);
      continue;
    }
    const near = suggestMatch(text, inputAliases());
    if (near !== undefined && index[near] === undefined) suggested.push([text, near]);
  }
  if (Object.keys(index).length === 0) {
    fatal.push(MSG.noHeader(sheetName));
  } else {
    for (const key of required) {
      if (index[key] === undefined) fatal.push(MSG.missingColumn(headerOf(key), sheetName));
    }
    if (anyOf.length > 0 && !anyOf.some((set) => set.every((key) => index[key] !== undefined))) {
      fatal.push(
        MSG.missingOneOf(
          anyOf.map((set) => set.map(headerOf)),
          sheetName,
        ),
      );
    }
  }
  return { columns: { index, header, width: row.length, ...place, outputBlock }, fatal, taken, suggested, userOutputNames };
}
