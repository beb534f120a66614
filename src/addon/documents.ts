/**
 * «Tạo báo cáo», «In phiếu đánh giá», «Trình tự kiểm điểm», «Biên bản hội nghị» and «Xuất PDF». Each takes the
 * document lock, recomputes (so the sheets always match the roster), then renders.
 */
import type { CalendarDate } from '../core/normalize';
import type { ClassificationRun, SettingOverrides } from '../core/run';
import { BALLOTS_QD366, DOCS_UI, MINUTES_UI } from '../core/text';
import { ballotMembers, ballotSheets, ballotsOffered } from '../layout/ballots';
import { minutesLayout, voteCountLayout, voteCountOffered } from '../layout/minutes';
import { reportLayout } from '../layout/report';
import { reviewOrderLayout } from '../layout/review-order';
import type { SheetLayout } from '../layout/sheet-layout';
import type { HttpResponse, Services, Sheet } from './gas';
import { exportUrl } from './export-url';
import { withDocumentLock } from './lock';
import { readAndClassify, writeOutputBlock, type RecomputeResult } from './recompute';
import { findTarget, writeLayout } from './render';
import { UserError } from './user-error';

/** A recompute and the sheets it drew, in the order of their layouts. */
export interface Rendered extends RecomputeResult {
  readonly sheets: readonly Sheet[];
  readonly layouts: readonly SheetLayout[];
}

/**
 * Recompute and render under one hold of the lock, so no other run slips in between. Every
 * read comes first (the roster, «Cấu hình», then each target sheet), then the writes, so
 * Apps Script never has to send queued writes early to answer a read. `layoutsOf` may throw
 * a UserError to stop before anything is written. The layouts name different sheets.
 */
export function recomputeAndRender(
  services: Services,
  today: CalendarDate,
  layoutsOf: (run: ClassificationRun) => readonly SheetLayout[],
  overrides?: SettingOverrides,
  step: (name: DocumentStep) => void = () => {},
): Rendered {
  return withDocumentLock(services, () => {
    const book = services.book();
    step('engine');
    const read = readAndClassify(book, today, overrides);
    const layouts = layoutsOf(read.run);
    const targets = layouts.map((layout) => findTarget(book, layout));
    step('output');
    const result = writeOutputBlock(read);
    step('sheets');
    const sheets = targets.map((target) => writeLayout(services, target));
    return { ...result, sheets, layouts };
  });
}

/** The toast text, and the run it came from (the sidebar shows it without reading again). */
export interface DocumentResult {
  readonly message: string;
  readonly recomputed: RecomputeResult;
}

export function generateReport(services: Services, today: CalendarDate): DocumentResult {
  const recomputed = recomputeAndRender(services, today, (run) => [reportLayout(run)]);
  return { message: DOCS_UI.reportDone, recomputed };
}

/** When the chi bộ does not vote there is nothing to print: say so and write nothing, not even «Tính lại». */
export function generateBallots(services: Services, today: CalendarDate): DocumentResult {
  const recomputed = recomputeAndRender(services, today, (run) => {
    if (!ballotsOffered(run)) throw new UserError(BALLOTS_QD366.notUsed);
    return ballotSheets(run);
  });
  const { run } = recomputed;
  return { message: DOCS_UI.ballotsDone(ballotMembers(run).length, run.settings.separateHtxsBallot), recomputed };
}

export function generateReviewOrder(services: Services, today: CalendarDate): DocumentResult {
  const recomputed = recomputeAndRender(services, today, (run) => [reviewOrderLayout(run)]);
  return { message: DOCS_UI.reviewDone, recomputed };
}

/** The steps of generateAllDocuments, for a caller that times them (the CLI under `npm run bench`). */
export type DocumentStep = 'engine' | 'output' | 'sheets';

/**
 * One recompute, then the generated sheets (the CLI's path); no ballots when the chi bộ does
 * not vote. `step` is told as each step begins.
 */
export function generateAllDocuments(
  services: Services,
  today: CalendarDate,
  overrides?: SettingOverrides,
  step: (name: DocumentStep) => void = () => {},
): ClassificationRun {
  return recomputeAndRender(
    services,
    today,
    (run) => [reportLayout(run), ...(ballotsOffered(run) ? ballotSheets(run) : []), reviewOrderLayout(run)],
    overrides,
    step,
  ).run;
}

/** «Biên bản hội nghị»: the minutes, and the vote-count minutes in their own sheet when the chi bộ votes. */
export function generateMinutes(services: Services, today: CalendarDate): DocumentResult {
  const recomputed = recomputeAndRender(services, today, (run) => [
    minutesLayout(run),
    ...(voteCountOffered(run) ? [voteCountLayout(run)] : []),
  ]);
  return { message: MINUTES_UI.minutesDone(voteCountOffered(recomputed.run)), recomputed };
}

export interface ExportedPdf {
  readonly fileName: string;
  readonly base64: string;
  readonly recomputed: RecomputeResult;
}

/** The message of a thrown error (an Error of any realm), else the value as text. */
function reason(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

/**
 * Regenerates «Báo cáo», flushes, and fetches it as PDF with the script's OAuth token.
 * A failure after the regeneration says what was already written (DOCS_UI.pdfFailed…).
 */
export function exportReportPdf(services: Services, today: CalendarDate): ExportedPdf {
  const { fetch, script, utilities } = services;
  if (!fetch || !script || !utilities) throw new UserError(DOCS_UI.exportUnavailable);
  const recomputed = recomputeAndRender(services, today, (r) => [reportLayout(r)]);
  const [sheet] = recomputed.sheets;
  if (!sheet) throw new Error('the report was not drawn');
  // Pending writes must reach the sheet before Google renders it.
  services.app.flush();
  const url = exportUrl(services.book().getId(), sheet.getSheetId());
  const headers = { Authorization: `Bearer ${script.getOAuthToken()}` };
  let response: HttpResponse;
  try {
    // muteHttpExceptions turns HTTP errors into a code; a network or quota failure still throws.
    response = fetch.fetch(url, { headers, muteHttpExceptions: true });
  } catch (error) {
    throw new UserError(DOCS_UI.pdfUnreachable(reason(error)));
  }
  const code = response.getResponseCode();
  if (code !== 200) throw new UserError(DOCS_UI.pdfFailed(code));
  return {
    fileName: DOCS_UI.pdfFileName(recomputed.run.settings.year),
    base64: utilities.base64Encode(response.getContent()),
    recomputed,
  };
}

/** Saves the exported PDF to the user's Drive (scope drive.file: only files this add-on creates). */
export function saveReportPdfToDrive(services: Services, today: CalendarDate): string {
  const { drive, utilities } = services;
  if (!drive || !utilities) throw new UserError(DOCS_UI.exportUnavailable);
  const pdf = exportReportPdf(services, today);
  const blob = utilities.newBlob(utilities.base64Decode(pdf.base64), 'application/pdf', pdf.fileName);
  try {
    drive.createFile(blob);
  } catch (error) {
    throw new UserError(DOCS_UI.driveFailed(pdf.fileName, reason(error)));
  }
  return DOCS_UI.pdfSaved(pdf.fileName);
}
