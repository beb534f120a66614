/** Turns a roster file (.xlsx or .csv) into an in-memory workbook; UsageError when unusable. */
import { readFileSync, type Stats, statSync } from 'node:fs';
import { extname } from 'node:path';
import { foldKey } from '../core/normalize';
import { SHEET_NAMES } from '../core/text';
import { CLI } from '../core/text/cli';
import { INPUT_FILE } from '../core/text/input-file';
import { UsageError } from './args';
import { CallCounter } from './call-counter';
import { CsvError, parseCsv } from './csv';
import { fill } from './sample';
import { type LocalSheet, LocalSpreadsheet } from './workbook';
import { loadXlsx } from './xlsx';

/** Reads a whole file; the tests pass one that fails as the system would. */
export type ReadFile = (file: string) => Uint8Array;

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What to tell the user when the system refuses to read a file (or to look at it). */
export function fileErrorMessage(file: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return INPUT_FILE.notFound(file);
    case 'EACCES':
    case 'EPERM':
      return INPUT_FILE.noPermission(file);
    case 'EISDIR':
      return INPUT_FILE.isDirectory(file);
    case 'EBUSY':
      return INPUT_FILE.busy(file);
    default:
      return INPUT_FILE.cannotRead(file, detail(error));
  }
}

function readInput(file: string, read: ReadFile): Uint8Array {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw new UsageError(fileErrorMessage(file, error));
  }
  if (stats.isDirectory()) throw new UsageError(INPUT_FILE.isDirectory(file));
  // A FIFO or a device would block or never end.
  if (!stats.isFile()) throw new UsageError(INPUT_FILE.notAFile(file));
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new UsageError(INPUT_FILE.badExtension(file));
  try {
    return read(file);
  } catch (error) {
    throw new UsageError(fileErrorMessage(file, error));
  }
}

/**
 * The sheet called `name`, found as headers are (case, diacritics, Unicode form and spacing
 * ignored): «DANH SACH» is «Danh sách». An exact name wins over a looser one, then the first.
 */
export function findSheet(book: LocalSpreadsheet, name: string): LocalSheet | undefined {
  const key = foldKey(name);
  return book.sheet(name) ?? book.sheets.find((sheet) => foldKey(sheet.name) === key);
}

function csvMessage(file: string, error: CsvError): string {
  const { problem } = error;
  return problem.kind === 'quote' ? INPUT_FILE.csvQuote(file, problem.line) : INPUT_FILE.csvEncoding(file);
}

export async function loadInput(
  file: string,
  counter = new CallCounter(),
  read: ReadFile = readFileSync,
): Promise<LocalSpreadsheet> {
  const bytes = readInput(file, read);
  if (extname(file).toLowerCase() === '.csv') {
    let grid: string[][];
    try {
      grid = parseCsv(bytes).grid;
    } catch (error) {
      if (error instanceof CsvError) throw new UsageError(csvMessage(file, error));
      throw error;
    }
    const book = new LocalSpreadsheet(counter, file);
    fill(book, SHEET_NAMES.roster, grid);
    return book;
  }
  let book: LocalSpreadsheet;
  try {
    book = await loadXlsx(bytes, counter);
  } catch (error) {
    throw new UsageError(INPUT_FILE.damagedXlsx(file, detail(error)));
  }
  // Every workbook Excel writes has a sheet: a zip without one is some other file.
  if (book.sheets.length === 0) throw new UsageError(INPUT_FILE.damagedXlsx(file, INPUT_FILE.noWorksheets));
  // The shell looks sheets up by their exact names.
  for (const name of [SHEET_NAMES.roster, SHEET_NAMES.settings]) {
    const sheet = findSheet(book, name);
    if (sheet && sheet.name !== name) sheet.rename(name);
  }
  if (!book.sheet(SHEET_NAMES.roster)) {
    throw new UsageError(CLI.noRosterSheet(file, book.sheets.map((s) => `«${s.name}»`).join(', ') || CLI.noSheets));
  }
  return book;
}
