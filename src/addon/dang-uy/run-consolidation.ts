/**
 * «Tổng hợp»: under the document lock, read «Danh sách chi bộ» and «Cấu hình đảng ủy», read
 * every chi bộ's spreadsheet (read-only, through the Sheets API: two fetchAll calls for all
 * of them), run the engine's consolidation, lay out every sheet, then write them. Any problem — a bad row of the list, a
 * refused setting, a spreadsheet that can't be opened, a missing sheet, a roster the engine
 * can't use, two chi bộ with one name, mixed rule profiles — stops the run before the first
 * write, with every problem named. The input sheets and the chi bộ's spreadsheets are never
 * written.
 */
import { consolidate, type Consolidation, type ConsolidationProblem } from '../../core/consolidate';
import { duplicateNameProblems, parseChiBoList } from '../../core/dang-uy/chi-bo-list';
import { consolidationOptions, readDangUySettings } from '../../core/dang-uy/settings';
import { foldKey, type CalendarDate } from '../../core/normalize';
import { DANG_UY_PROBLEMS, DANG_UY_SHEETS, DANG_UY_UI } from '../../core/text/dang-uy';
import type { SheetLayout } from '../../layout/sheet-layout';
import { findSheet } from '../find-sheet';
import type { Spreadsheet } from '../gas';
import { renderLayout } from '../render';
import { UserError } from '../user-error';
import { consolidationLayouts } from './documents';
import type { DangUyServices } from './gas';
import { withDangUyLock } from './lock';
import { ConsolidationProblems } from './problems';
import { type ChiBoRead, errorText, readChiBoSources } from './read-sources';

export interface ConsolidationDone {
  readonly consolidation: Consolidation;
  /** The sheets written, in order. */
  readonly written: string[];
}

function valuesOf(book: Spreadsheet, name: string): unknown[][] | null {
  const sheet = findSheet(book, name);
  return sheet ? sheet.getDataRange().getValues() : null;
}

/** The engine's problems, each about one spreadsheet, said of its chi bộ and row. */
function engineProblems(problems: readonly ConsolidationProblem[], read: readonly ChiBoRead[]): string[] {
  const bySource = new Map(read.map((r) => [r.source.source, r]));
  return problems.map((p) => {
    const chiBo = p.source === null ? undefined : bySource.get(p.source);
    return chiBo ? DANG_UY_PROBLEMS.inChiBo(chiBo.name, chiBo.entry.row, p.message) : p.message;
  });
}

/** The first chi bộ of each name: the others are already a problem. */
function uniqueNames(read: readonly ChiBoRead[]): ChiBoRead[] {
  const seen = new Set<string>();
  return read.filter((r) => {
    const key = foldKey(r.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads and computes everything; throws ConsolidationProblems before any write. */
function prepare(services: DangUyServices, today: CalendarDate): { consolidation: Consolidation; layouts: SheetLayout[] } {
  const book = services.book();
  const listValues = valuesOf(book, DANG_UY_SHEETS.chiBoList);
  if (listValues === null) throw new ConsolidationProblems([DANG_UY_PROBLEMS.noListSheet]);
  const list = parseChiBoList(listValues);
  const settings = readDangUySettings(valuesOf(book, DANG_UY_SHEETS.settings));
  const listProblems = [...list.problems, ...settings.problems];
  if (listProblems.length > 0) throw new ConsolidationProblems(listProblems);

  const read = readChiBoSources(services, list.entries, today);
  // A name left blank in the list is the chi bộ's own: two of them may meet only now.
  const names = duplicateNameProblems(read.chiBo.map((r) => ({ row: r.entry.row, name: r.name })));
  // The spreadsheets that were read are still checked (one per name), so one run names every problem.
  const checked = uniqueNames(read.chiBo);
  const result =
    checked.length > 0
      ? consolidate(
          checked.map((r) => r.source),
          consolidationOptions(settings.values),
        )
      : null;
  const problems = [...read.problems, ...names, ...(result && !result.ok ? engineProblems(result.problems, checked) : [])];
  if (problems.length > 0 || !result?.ok) throw new ConsolidationProblems(problems);
  const layouts = consolidationLayouts(result.consolidation, settings.values);
  // The input sheets are never written, whatever a layout is named.
  const inputs = new Set([foldKey(DANG_UY_SHEETS.chiBoList), foldKey(DANG_UY_SHEETS.settings)]);
  if (layouts.some((l) => inputs.has(foldKey(l.sheetName)))) throw new Error('a layout is named like an input sheet');
  return { consolidation: result.consolidation, layouts };
}

/** Writes the layouts one by one; a failure says which sheets were already written. */
function write(services: DangUyServices, layouts: readonly SheetLayout[]): string[] {
  const written: string[] = [];
  for (const layout of layouts) {
    try {
      renderLayout(services, layout);
    } catch (error) {
      const detail = errorText(error);
      throw new UserError(DANG_UY_UI.writeFailed(written.map((name) => `«${name}»`).join(', '), detail));
    }
    written.push(layout.sheetName);
  }
  return written;
}

export function runConsolidation(services: DangUyServices, today: CalendarDate): ConsolidationDone {
  return withDangUyLock(services, () => {
    const { consolidation, layouts } = prepare(services, today);
    const written = write(services, layouts);
    services.book().getSheetByName(DANG_UY_SHEETS.summary)?.activate();
    return { consolidation, written };
  });
}
