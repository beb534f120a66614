/** Turns a roster file (.xlsx or .csv) into an in-memory workbook; UsageError when unusable. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { SHEET_NAMES, CLI } from '../core/text';
import { UsageError } from './args';
import { CallCounter } from './call-counter';
import { parseCsv } from './csv';
import { fill } from './sample';
import { LocalSpreadsheet } from './workbook';
import { loadXlsx } from './xlsx';

export async function loadInput(file: string, counter = new CallCounter()): Promise<LocalSpreadsheet> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(CLI.fileNotFound(file));
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') {
    const book = new LocalSpreadsheet(counter, file);
    fill(book, SHEET_NAMES.roster, parseCsv(readFileSync(file)).grid);
    return book;
  }
  if (ext !== '.xlsx') throw new UsageError(CLI.badExtension(file));
  let book: LocalSpreadsheet;
  try {
    book = await loadXlsx(readFileSync(file), counter);
  } catch (error) {
    throw new UsageError(CLI.unreadableXlsx(file, error instanceof Error ? error.message : String(error)));
  }
  if (!book.sheet(SHEET_NAMES.roster)) {
    throw new UsageError(CLI.noRosterSheet(file, book.sheets.map((s) => `«${s.name}»`).join(', ') || CLI.noSheets));
  }
  return book;
}
