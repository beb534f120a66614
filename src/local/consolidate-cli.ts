/**
 * `phan-loai consolidate FILE… | DIR` and `phan-loai demo-dang-bo` (issue 13): the đảng ủy
 * reads every chi bộ's workbook, applies the quota across the đảng bộ, and writes its
 * workbook (tong-hop.xlsx), its report (bao-cao-tong-hop.pdf, .docx) and one decision list
 * per chi bộ (quyet-dinh/<file>.xlsx), all or nothing: one unusable file stops the run,
 * naming it, before anything is written.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { servicesFrom } from '../addon/gas';
import { renderLayout } from '../addon/render';
import { type ChiBoSource, type Consolidation, consolidate } from '../core/consolidate';
import { OUTCOMES } from '../core/levels';
import { cellText, type CalendarDate, toCalendarDate } from '../core/normalize';
import { readSettingsGrid } from '../core/settings';
import { summarizeConsolidation } from '../core/summary';
import { CHI_BO_LEVEL_NAMES_BY_PROFILE, PEER_GROUP_NAMES, SHEET_NAMES } from '../core/text';
import { CLI } from '../core/text/cli';
import { CONSOLIDATE_CLI } from '../core/text/consolidation-cli';
import { CONSOLIDATION_REPORT } from '../core/text/consolidation-report';
import { consolidationReportLayout, dangUyHeaderOf } from '../layout/consolidation-report';
import { consolidatedMembersLayout, consolidationSummaryLayout } from '../layout/consolidation-tables';
import { decisionListLayout } from '../layout/decision-list';
import type { SheetLayout } from '../layout/sheet-layout';
import { type Command, UsageError } from './args';
import { CallCounter } from './call-counter';
import { layoutsToDocx } from './docx-writer';
import { fileErrorMessage, loadInput } from './load-input';
import type { OutputFs } from './output-fs';
import { printSheetToPdf } from './pdf-printer';
import { chiBoWorkbook, DEMO_DANG_BO } from './sample-dang-bo';
import { createLocalServices } from './services';
import { terminalJson, terminalText } from './terminal-text';
import { LocalSpreadsheet } from './workbook';
import { type OutputFile, refuseOverwritingInputs, writeOutputs } from './write-outputs';
import { saveXlsxFile } from './xlsx';

/** What a consolidation writes into the output folder. */
export const CONSOLIDATION_OUTPUTS = {
  xlsx: 'tong-hop.xlsx',
  pdf: 'bao-cao-tong-hop.pdf',
  docx: 'bao-cao-tong-hop.docx',
  /** One decision list per chi bộ, named after its file. */
  decisions: 'quyet-dinh',
  /** demo-dang-bo only: the sample chi bộ's own workbooks, to try pasting the decisions. */
  inputs: 'chi-bo',
} as const;

type ConsolidationCommand = Extract<Command, { kind: 'consolidate' | 'demoDangBo' }>;

interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: Date;
}

/** A chi bộ's workbook and the name of the file it came from (for the decision list's name). */
interface LoadedChiBo {
  readonly source: ChiBoSource;
  readonly file: string;
}

/** The .xlsx files a DIR argument holds (Excel's «~$» lock files, hidden files and tong-hop.xlsx left out), or the FILE itself. */
function expandInputs(inputs: readonly string[]): string[] {
  const files = listInputs(inputs);
  const seen = new Set<string>();
  for (const file of files) {
    const key = resolve(file);
    if (seen.has(key)) throw new UsageError(CONSOLIDATE_CLI.sameFileTwice(file));
    seen.add(key);
  }
  return files;
}

function listInputs(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isDirectory = false;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch (error) {
      throw new UsageError(fileErrorMessage(input, error));
    }
    if (!isDirectory) {
      files.push(input);
      continue;
    }
    const inside = readdirSync(input)
      .filter((name) => extname(name).toLowerCase() === '.xlsx' && !name.startsWith('~$') && !name.startsWith('.'))
      // The đảng ủy's own workbook, when the output folder is the input folder.
      .filter((name) => name.toLowerCase() !== CONSOLIDATION_OUTPUTS.xlsx)
      .sort();
    if (inside.length === 0) throw new UsageError(CONSOLIDATE_CLI.noXlsxInFolder(input));
    for (const name of inside) files.push(join(input, name));
  }
  return files;
}

/** «Tên chi bộ» in «Cấu hình», else the file's name without its extension. */
function chiBoName(settings: readonly (readonly unknown[])[] | null, file: string): string {
  const typed = settings ? cellText(readSettingsGrid(settings).raw.chiBoName).trim() : '';
  return typed || basename(file, extname(file));
}

function sourceOf(book: LocalSpreadsheet, file: string, today: CalendarDate): ChiBoSource {
  const roster = book.sheet(SHEET_NAMES.roster);
  if (!roster) throw new UsageError(CLI.noRosterSheet(file, book.sheets.map((s) => `«${s.name}»`).join(', ') || CLI.noSheets));
  const settings = book.sheet(SHEET_NAMES.settings)?.values() ?? null;
  return { name: chiBoName(settings, file), source: file, input: { roster: roster.values(), settings, today } };
}

async function loadChiBo(command: ConsolidationCommand, today: CalendarDate): Promise<LoadedChiBo[]> {
  if (command.kind === 'demoDangBo') {
    return DEMO_DANG_BO.map((spec, unit) => ({ source: sourceOf(chiBoWorkbook(spec, unit), spec.file, today), file: spec.file }));
  }
  const loaded: LoadedChiBo[] = [];
  for (const file of expandInputs(command.inputs)) {
    loaded.push({ source: sourceOf(await loadInput(file), file, today), file });
  }
  return loaded;
}

/** A workbook holding the layouts' sheets, each set to print on A4 portrait. */
function workbookOf(layouts: readonly SheetLayout[]): LocalSpreadsheet {
  const book = new LocalSpreadsheet(new CallCounter());
  const services = servicesFrom(createLocalServices(book).globals);
  for (const layout of layouts) {
    renderLayout(services, layout);
    const sheet = book.sheet(layout.sheetName);
    if (sheet) sheet.printSetup = { paperSize: 'A4', orientation: 'portrait', fitToWidth: true };
  }
  return book;
}

/** quyet-dinh/<file name>.xlsx, one per chi bộ; a name met twice (two folders) gets «-2», «-3»… */
function decisionNames(files: readonly string[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const stem = basename(file, extname(file));
    let name = `${stem}.xlsx`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.xlsx`;
    used.add(name.toLowerCase());
    return `${CONSOLIDATION_OUTPUTS.decisions}/${name}`;
  });
}

async function outputsOf(c: Consolidation, command: ConsolidationCommand, decisions: readonly string[]): Promise<OutputFile[]> {
  const header = dangUyHeaderOf(c, command.flags.header);
  const report = consolidationReportLayout(c, header);
  const book = workbookOf([consolidationSummaryLayout(c), consolidatedMembersLayout(c), report]);
  const reportSheet = book.sheet(report.sheetName);
  if (!reportSheet) throw new Error(`no sheet ${report.sheetName}`);
  const outputs: OutputFile[] = [
    { name: CONSOLIDATION_OUTPUTS.xlsx, data: (await saveXlsxFile(book)).bytes },
    { name: CONSOLIDATION_OUTPUTS.pdf, data: await printSheetToPdf(reportSheet, { print: report.print }) },
    {
      name: CONSOLIDATION_OUTPUTS.docx,
      data: await layoutsToDocx([report], { title: CONSOLIDATION_REPORT.docName(header.year) }),
    },
  ];
  for (const [i, name] of decisions.entries()) {
    outputs.push({ name, data: (await saveXlsxFile(workbookOf([decisionListLayout(c, i)]))).bytes });
  }
  if (command.kind === 'demoDangBo') {
    for (const [unit, spec] of DEMO_DANG_BO.entries()) {
      const data = (await saveXlsxFile(chiBoWorkbook(spec, unit))).bytes;
      outputs.push({ name: `${CONSOLIDATION_OUTPUTS.inputs}/${spec.file}`, data });
    }
  }
  return outputs;
}

/** The short summary printed without --json. */
function summaryText(c: Consolidation, written: readonly string[]): string {
  const names = CHI_BO_LEVEL_NAMES_BY_PROFILE[c.profile.id];
  const lines = [CONSOLIDATE_CLI.title(c.chiBo.length, c.members.length), ''];
  for (const unit of c.chiBo) {
    const counts = OUTCOMES.map((o) => `${o} ${unit.run.counts[o]}`).join(', ');
    lines.push(
      CONSOLIDATE_CLI.chiBoLine(unit.name, unit.run.results.length, counts, names[unit.level.proposed], names[unit.level.result]),
    );
  }
  const q = c.quota;
  lines.push('', c.scope === 'dangBo' ? CONSOLIDATE_CLI.scopeDangBo : CONSOLIDATE_CLI.scopeChiBo);
  lines.push(CLI.quota(q.percent, q.base, q.allowed, q.used, q.exceeded));
  for (const g of q.groups) {
    if (g.group) lines.push(`  ${CLI.quotaGroup(PEER_GROUP_NAMES[g.group], g.base, g.allowed, g.used, g.exceeded)}`);
  }
  const cq = c.collectiveQuota;
  lines.push(CONSOLIDATE_CLI.collective(cq.percent, cq.base, cq.allowed, cq.used));
  lines.push(CONSOLIDATE_CLI.changed(c.members.filter((m) => m.changed).length));
  const errors = c.chiBo.flatMap((unit) =>
    [...unit.run.errors, ...unit.run.settingErrors].map((e) => CONSOLIDATE_CLI.dataError(unit.source, e.message)),
  );
  if (errors.length > 0) lines.push('', CONSOLIDATE_CLI.dataErrors(errors.length), ...errors);
  lines.push('', CLI.written, ...written.map((w) => `  ${w}`));
  return lines.join('\n');
}

export async function executeConsolidation(
  command: ConsolidationCommand,
  io: CliIo,
  fs: OutputFs,
  progress: { written: boolean },
): Promise<number> {
  const dir = resolve(command.out);
  const today = toCalendarDate(io.now);
  const loaded = await loadChiBo(command, today);
  const result = consolidate(
    loaded.map((l) => l.source),
    command.flags.options,
  );
  if (!result.ok) throw new UsageError(CONSOLIDATE_CLI.refused(result.problems.map((p) => p.message)));
  const c = result.consolidation;
  const { quotaPercent, smallGroupOne } = command.flags.options;
  const unused = [quotaPercent !== undefined && '--quota-percent', smallGroupOne === true && '--small-group-one'].filter(
    (o): o is string => o !== false,
  );
  if (c.scope === 'chiBo' && unused.length > 0) {
    throw new UsageError(CONSOLIDATE_CLI.quotaOptionsPerChiBo(unused.join(', '), !c.profile.peerGroups));
  }
  // c.chiBo is ordered by name; each keeps its file as its source.
  const decisions = decisionNames(c.chiBo.map((unit) => unit.source));
  // Checked before anything is made: a run that would replace one of its inputs does nothing.
  if (command.kind === 'consolidate') {
    const names = [CONSOLIDATION_OUTPUTS.xlsx, CONSOLIDATION_OUTPUTS.pdf, CONSOLIDATION_OUTPUTS.docx, ...decisions];
    await refuseOverwritingInputs(
      loaded.map((l) => l.file),
      dir,
      names,
      fs,
    );
  }
  const outputs = await outputsOf(c, command, decisions);
  const text = command.json
    ? terminalJson(summarizeConsolidation(c))
    : terminalText(
        summaryText(
          c,
          outputs.map((o) => join(dir, o.name)),
        ),
      );
  await writeOutputs(dir, outputs, { fs });
  progress.written = true;
  io.stdout(`${text}\n`);
  return 0;
}
