/**
 * `phan-loai`: runs the add-on's own shell code on the local in-memory backend.
 * Exit 0 = the run completed (even with row errors); 2 = unusable file or arguments,
 * with a message on stderr and nothing written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateAllDocuments } from '../addon/documents';
import { readAndClassify } from '../addon/recompute';
import { setupTemplate } from '../addon/template';
import { type Services, servicesFrom } from '../addon/gas';
import { UserError } from '../addon/user-error';
import { toCalendarDate } from '../core/normalize';
import { summarize } from '../core/summary';
import { CLI, SHEET_NAMES } from '../core/text';
import { parseCommand, UsageError, type Command } from './args';
import { loadInput } from './load-input';
import { DEFAULT_PROFILE_ID, type ProfileId } from '../core/profiles/ids';
import { sampleWorkbook } from './sample';
import { sampleQd366Workbook } from './sample-qd366';
import { createLocalServices } from './services';
import { summaryTable } from './summary-table';
import type { LocalSpreadsheet } from './workbook';
import { printSheetToPdf } from './pdf-printer';
import { saveXlsxFile } from './xlsx';

const GENERATED_SHEETS = [SHEET_NAMES.report, SHEET_NAMES.ballots, SHEET_NAMES.reviewOrder];

/** The bundled sample of each profile: `demo --profile ID` runs its own. */
const SAMPLES: Readonly<Record<ProfileId, () => LocalSpreadsheet>> = {
  'ke-hoach-2023': () => sampleWorkbook(),
  'qd366-2025': () => sampleQd366Workbook(),
};

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: Date;
}

export function shellServices(book: LocalSpreadsheet): Services {
  return servicesFrom(createLocalServices(book).globals);
}

async function execute(command: Command, io: CliIo): Promise<number> {
  const book = command.kind === 'demo' ? SAMPLES[command.profile?.id ?? DEFAULT_PROFILE_ID]() : await loadInput(command.file);
  const overrides = command.kind === 'classify' ? command.overrides : command.profile ? { profile: command.profile } : {};
  const services = shellServices(book);
  const today = toCalendarDate(io.now);
  // An unusable roster (e.g. a missing required column) stops here, before anything changes.
  readAndClassify(book, today, overrides);
  // As in Google: «Tạo bảng mẫu» (dropdowns, formats; never changes a value), then «Tính lại».
  // A user's file keeps its own set of input columns: no empty columns are added to it.
  // The profile of the run (--profile wins over «Bộ quy tắc») picks the template's columns.
  setupTemplate(services, {
    addMissingColumns: command.kind === 'demo',
    ...(overrides.profile && { profile: overrides.profile }),
  });
  const run = generateAllDocuments(services, today, overrides);
  // Print settings are not part of the Sheets API (Google takes them from the export URL);
  // locally they go into the XLSX so Excel and LibreOffice print the same way.
  for (const name of GENERATED_SHEETS) {
    const sheet = book.sheet(name);
    if (sheet) sheet.printSetup = { paperSize: 'A4', orientation: 'portrait', fitToWidth: true };
  }

  const dir = resolve(command.out);
  const xlsxPath = join(dir, 'ket-qua.xlsx');
  const pdfPath = join(dir, 'bao-cao.pdf');
  const { bytes: xlsx, notices: notCarried } = await saveXlsxFile(book);
  const report = book.sheet(SHEET_NAMES.report);
  const pdf = report ? await printSheetToPdf(report) : undefined;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(xlsxPath, xlsx);
    if (pdf) writeFileSync(pdfPath, pdf);
  } catch (error) {
    throw new UsageError(CLI.cannotWrite(dir, error instanceof Error ? error.message : String(error)));
  }
  for (const notice of notCarried) io.stderr(`${notice}\n`);
  if (command.kind === 'classify' && command.json) io.stdout(`${JSON.stringify(summarize(run), null, 2)}\n`);
  else io.stdout(`${summaryTable(run, command.kind === 'demo' ? book.getName() : command.file, [xlsxPath, pdfPath])}\n`);
  return 0;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await execute(parseCommand(argv), io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof UserError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
