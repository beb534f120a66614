/**
 * «Tạo báo cáo», «In phiếu đánh giá», «Trình tự kiểm điểm», «Biên bản hội nghị» and «Xuất PDF». Each takes the
 * document lock, recomputes (so the sheets always match the roster), then renders.
 */
import type { CalendarDate } from '../core/normalize';
import type { ClassificationRun, SettingOverrides } from '../core/run';
import { BALLOTS_QD366, DOCS_UI, MINUTES_UI, SHEET_NAMES, UI } from '../core/text';
import { ballotMembers, ballotSheets, ballotsOffered } from '../layout/ballots';
import { minutesLayout, voteCountLayout, voteCountOffered } from '../layout/minutes';
import { reportLayout } from '../layout/report';
import { reviewOrderLayout } from '../layout/review-order';
import type { HttpResponse, Services } from './gas';
import { exportUrl } from './export-url';
import { readAndClassify, recomputeUnlocked, withDocumentLock, writeOutputBlock, type RecomputeResult } from './recompute';
import { renderLayout } from './render';
import { UserError } from './user-error';

/** Recompute and render under one hold of the lock, so no other run slips in between. */
export function recomputeAndRender(
  services: Services,
  today: CalendarDate,
  render: (run: ClassificationRun) => void,
  overrides?: SettingOverrides,
): RecomputeResult {
  return withDocumentLock(services, () => {
    const result = recomputeUnlocked(services, today, overrides);
    render(result.run);
    return result;
  });
}

/** The toast text, and the run it came from (the sidebar shows it without reading again). */
export interface DocumentResult {
  readonly message: string;
  readonly recomputed: RecomputeResult;
}

export function generateReport(services: Services, today: CalendarDate): DocumentResult {
  const recomputed = recomputeAndRender(services, today, (run) => renderLayout(services, reportLayout(run)));
  return { message: DOCS_UI.reportDone, recomputed };
}

/** When the chi bộ does not vote there is nothing to print: say so and write nothing, not even «Tính lại». */
export function generateBallots(services: Services, today: CalendarDate): DocumentResult {
  const recomputed = withDocumentLock(services, () => {
    const read = readAndClassify(services.app.getActiveSpreadsheet(), today);
    if (!ballotsOffered(read.run)) throw new UserError(BALLOTS_QD366.notUsed);
    const result = writeOutputBlock(read);
    for (const layout of ballotSheets(result.run)) renderLayout(services, layout);
    return result;
  });
  const { run } = recomputed;
  return { message: DOCS_UI.ballotsDone(ballotMembers(run).length, run.settings.separateHtxsBallot), recomputed };
}

export function generateReviewOrder(services: Services, today: CalendarDate): DocumentResult {
  const recomputed = recomputeAndRender(services, today, (run) => renderLayout(services, reviewOrderLayout(run)));
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
  return withDocumentLock(services, () => {
    step('engine');
    const read = readAndClassify(services.app.getActiveSpreadsheet(), today, overrides);
    step('output');
    const { run } = writeOutputBlock(read);
    step('sheets');
    const ballots = ballotsOffered(run) ? ballotSheets(run) : [];
    for (const layout of [reportLayout(run), ...ballots, reviewOrderLayout(run)]) renderLayout(services, layout);
    return run;
  });
}

/** «Biên bản hội nghị»: the minutes, and the vote-count minutes in their own sheet when the chi bộ votes. */
export function generateMinutes(services: Services, today: CalendarDate): DocumentResult {
  const recomputed = recomputeAndRender(services, today, (run) => {
    renderLayout(services, minutesLayout(run));
    if (voteCountOffered(run)) renderLayout(services, voteCountLayout(run));
  });
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
  const recomputed = recomputeAndRender(services, today, (r) => renderLayout(services, reportLayout(r)));
  const book = services.app.getActiveSpreadsheet();
  const sheet = book.getSheetByName(SHEET_NAMES.report);
  if (!sheet) throw new UserError(UI.missingSheet(SHEET_NAMES.report));
  // Pending writes must reach the sheet before Google renders it.
  services.app.flush();
  const url = exportUrl(book.getId(), sheet.getSheetId());
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
