/**
 * `phan-loai`: runs the add-on's own shell code on the local in-memory backend.
 * Exit 0 = the run completed (even with row errors); 2 = unusable file or arguments, or the
 * outputs could not be written, with a message on stderr and nothing changed; 1 = the
 * outputs were only partly replaced (a failure while undoing a failed write; the message
 * says where the previous files are).
 */
import { join, resolve } from 'node:path';
import { generateAllDocuments } from '../addon/documents';
import { checkRoster } from '../addon/recompute';
import { setupTemplate } from '../addon/template';
import { type Services, servicesFrom } from '../addon/gas';
import { UserError } from '../addon/user-error';
import { type CalendarDate, toCalendarDate } from '../core/normalize';
import { summarize } from '../core/summary';
import type { ClassificationRun, SettingOverrides } from '../core/run';
import { MINUTES_UI, SHEET_NAMES } from '../core/text';
import { CLI } from '../core/text/cli';
import { minutesLayout, voteCountLayout, voteCountOffered } from '../layout/minutes';
import { reportLayout } from '../layout/report';
import { layoutsToDocx } from './docx-writer';
import { parseCommand, UsageError, type Command } from './args';
import { executeConsolidation } from './consolidate-cli';
import { nodeOutputFs, type OutputFs } from './output-fs';
import { loadInput } from './load-input';
import { DEFAULT_PROFILE_ID, type ProfileId } from '../core/profiles/ids';
import { sampleWorkbook } from './sample';
import { sampleQd366Workbook } from './sample-qd366';
import { createLocalServices } from './services';
import { summaryTable } from './summary-table';
import type { LocalSpreadsheet } from './workbook';
import { ballotsPdf, printSheetToPdf } from './pdf-printer';
import { terminalJson, terminalText } from './terminal-text';
import { type OutputFile, OutputError, refuseOverwritingInput, writeOutputs } from './write-outputs';
import { saveXlsxFile } from './xlsx';

/** The files a run writes into the output folder, in this order. */
export const OUTPUT_NAMES = {
  xlsx: 'ket-qua.xlsx',
  pdf: 'bao-cao.pdf',
  reportDocx: 'bao-cao.docx',
  minutesDocx: 'bien-ban.docx',
  ballots: 'phieu-danh-gia.pdf',
} as const;

const GENERATED_SHEETS = [SHEET_NAMES.report, SHEET_NAMES.ballots, SHEET_NAMES.htxsBallot, SHEET_NAMES.reviewOrder];

/** The bundled sample of each profile: `demo --profile ID` runs its own. */
const SAMPLES: Readonly<Record<ProfileId, () => LocalSpreadsheet>> = {
  'ke-hoach-2023': () => sampleWorkbook(),
  'qd366-2025': () => sampleQd366Workbook(),
};

/** The stages of a run, in the order they begin (the bench reports each one's share of the time). */
export const CLI_STAGES = ['read', 'template', 'engine', 'sheets', 'xlsx', 'pdf', 'word', 'files'] as const;
export type CliStage = (typeof CLI_STAGES)[number];

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: Date;
  /** The file system the outputs are written with; Node's when not given (tests make steps fail). */
  readonly fs?: OutputFs;
  /** Told as each stage begins; the bench times them (the CLI itself has no clock). */
  readonly stage?: (stage: CliStage) => void;
}

export function shellServices(book: LocalSpreadsheet): Services {
  return servicesFrom(createLocalServices(book).globals);
}

type RunCommand = Extract<Command, { kind: 'demo' | 'classify' }>;

export interface BookOptions {
  readonly overrides: SettingOverrides;
  /** `demo` adds the template's missing input columns; a user's file keeps its own set. */
  readonly addMissingColumns: boolean;
  readonly stage?: (stage: CliStage) => void;
}

/**
 * What a run does in the workbook, as in Google: «Tạo bảng mẫu», then «Tính lại» and the
 * generated sheets, with print settings. The engine runs once, after the template: the
 * check before it reads only the header.
 */
export function classifyBook(book: LocalSpreadsheet, today: CalendarDate, options: BookOptions): ClassificationRun {
  const { overrides } = options;
  const stage = options.stage ?? (() => {});
  const services = shellServices(book);
  stage('template');
  // An unusable roster (e.g. a missing required column) stops here, before anything changes.
  checkRoster(book, today, overrides);
  // «Tạo bảng mẫu» adds dropdowns and formats and never changes a value; it may add missing
  // output headers or «Cấu hình» labels, so the one engine run comes after it.
  // The profile of the run (--profile wins over «Bộ quy tắc») picks the template's columns.
  setupTemplate(services, {
    addMissingColumns: options.addMissingColumns,
    ...(overrides.profile && { profile: overrides.profile }),
  });
  const run = generateAllDocuments(services, today, overrides, (step) => stage(step === 'output' ? 'template' : step));
  // Print settings are not part of the Sheets API (Google takes them from the export URL);
  // locally they go into the XLSX so Excel and LibreOffice print the same way.
  for (const name of GENERATED_SHEETS) {
    const sheet = book.sheet(name);
    if (sheet) sheet.printSetup = { paperSize: 'A4', orientation: 'portrait', fitToWidth: true };
  }
  return run;
}

/** Runs the command; `progress.written` turns true once the outputs are in place. */
async function execute(command: RunCommand, io: CliIo, fs: OutputFs, progress: { written: boolean }): Promise<number> {
  const dir = resolve(command.out);
  const stage = io.stage ?? (() => {});
  stage('read');
  // Checked first: a run that would replace its own input does nothing at all.
  if (command.kind === 'classify') await refuseOverwritingInput(command.file, dir, Object.values(OUTPUT_NAMES), fs);
  const { overrides } = command;
  const book = command.kind === 'demo' ? SAMPLES[overrides.profile?.id ?? DEFAULT_PROFILE_ID]() : await loadInput(command.file);
  const run = classifyBook(book, toCalendarDate(io.now), {
    overrides,
    addMissingColumns: command.kind === 'demo',
    stage,
  });
  const report = book.sheet(SHEET_NAMES.report);
  // generateAllDocuments always draws the report; without it the PDF of a previous run would stay.
  if (!report) throw new Error(`no sheet ${SHEET_NAMES.report}`);
  stage('xlsx');
  const { bytes: xlsx, notices: notCarried } = await saveXlsxFile(book);
  stage('pdf');
  const pdfs: OutputFile[] = [
    { name: OUTPUT_NAMES.pdf, data: await printSheetToPdf(report, { print: reportLayout(run).print }) },
    ...(await ballotsPdf(run).then((data) => (data ? [{ name: OUTPUT_NAMES.ballots, data }] : []))),
  ];
  stage('word');
  const outputs: OutputFile[] = [{ name: OUTPUT_NAMES.xlsx, data: xlsx }, ...pdfs, ...(await wordOutputs(run))];
  stage('files');
  // The text is ready before anything is written, so nothing can fail once the files are in place.
  const text = command.json
    ? terminalJson(summarize(run))
    : terminalText(
        summaryTable(
          run,
          command.kind === 'demo' ? book.getName() : command.file,
          outputs.map((o) => join(dir, o.name)),
        ),
      );
  await writeOutputs(dir, outputs, { fs });
  progress.written = true;
  io.stdout(`${text}\n`);
  // What ket-qua.xlsx could not carry of the user's file: on stderr, so --json stays clean.
  for (const notice of notCarried) io.stderr(`${terminalText(notice)}\n`);
  return 0;
}

/**
 * The editable Word files, from the same layouts as the sheets: the report, and the minutes
 * (with the vote-count minutes on a new page when the chi bộ votes).
 */
async function wordOutputs(run: ClassificationRun): Promise<OutputFile[]> {
  const year = run.settings.year;
  const minutes = [minutesLayout(run), ...(voteCountOffered(run) ? [voteCountLayout(run)] : [])];
  return [
    { name: OUTPUT_NAMES.reportDocx, data: await layoutsToDocx([reportLayout(run)], { title: MINUTES_UI.docName(year) }) },
    { name: OUTPUT_NAMES.minutesDocx, data: await layoutsToDocx(minutes, { title: MINUTES_UI.minutesDocName(year) }) },
  ];
}

/** The technical part of an unexpected error: its kind and message, never a stack trace. */
function technical(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (message: string, code: number): number => {
    io.stderr(`${terminalText(message)}\n`);
    return code;
  };
  const progress = { written: false };
  try {
    const command = parseCommand(argv);
    if (command.kind === 'help') {
      io.stdout(`${terminalText(CLI.usage)}\n`);
      return 0;
    }
    if (command.kind === 'consolidate' || command.kind === 'demoDangBo') {
      return await executeConsolidation(command, io, io.fs ?? nodeOutputFs, progress);
    }
    return await execute(command, io, io.fs ?? nodeOutputFs, progress);
  } catch (error) {
    if (error instanceof OutputError) return fail(error.message, error.unchanged ? 2 : 1);
    if (error instanceof UsageError || error instanceof UserError) return fail(error.message, 2);
    // A library failing (exceljs, pdfkit…): nothing was written unless the outputs were already in place.
    return progress.written ? fail(CLI.crashed(technical(error)), 1) : fail(CLI.unexpected(technical(error)), 2);
  }
}
