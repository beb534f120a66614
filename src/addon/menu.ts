/**
 * The callbacks of the «Phân loại» menu (the menu bar itself, which onOpen builds in
 * AuthMode.NONE, is menu-bar.ts:
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
import { toCalendarDate } from '../core/normalize';
import { DOCS_UI, HELP, MINUTES_UI, SIDEBAR, UI } from '../core/text';
import { exportReportToDocs } from './docs-export';
import {
  exportReportPdf,
  generateBallots,
  generateMinutes,
  generateReport,
  generateReviewOrder,
  saveReportPdfToDrive,
} from './documents';
import type { Services } from './gas';
import { dialogPage, escapeHtml } from './html';
import { recompute } from './recompute';
import { setupTemplateLocked } from './template';
import { UserError } from './user-error';

/** Runs a menu action; a user error becomes an alert, anything else is reported plainly. */
function runAction(services: Services, action: () => void): void {
  try {
    action();
  } catch (error) {
    const message =
      error instanceof UserError ? error.message : UI.unexpected(error instanceof Error ? error.message : String(error));
    services.app.getUi().alert(message);
    if (!(error instanceof UserError)) throw error;
  }
}

export function menuRecompute(services: Services, now: Date): void {
  runAction(services, () => {
    const { run } = recompute(services, toCalendarDate(now));
    const book = services.book();
    book.toast(UI.recomputed(run.results.length, run.errors.length), UI.toastTitle, 8);
    const problems = [...run.errors.map((e) => e.message), ...run.settingErrors.map((e) => e.message)];
    if (problems.length > 0) {
      const intro = run.errors.length > 0 ? UI.errorsIntro : UI.settingErrorsIntro;
      const html = services.html
        .createHtmlOutput(dialogPage([intro], problems))
        .setWidth(640)
        .setHeight(420);
      services.app.getUi().showModalDialog(html, UI.errorsTitle);
    }
  });
}

export function menuSetupTemplate(services: Services): void {
  runAction(services, () => {
    const message = setupTemplateLocked(services);
    services.book().toast(message, UI.toastTitle, 8);
  });
}

export function menuHelp(services: Services): void {
  const html = services.html.createHtmlOutput(dialogPage(HELP.paragraphs)).setWidth(560).setHeight(460);
  services.app.getUi().showModalDialog(html, HELP.title);
}

function toastAction(
  services: Services,
  now: Date,
  action: (s: Services, today: ReturnType<typeof toCalendarDate>) => { message: string },
): void {
  runAction(services, () => {
    const { message } = action(services, toCalendarDate(now));
    services.book().toast(message, UI.toastTitle, 8);
  });
}

export function menuReport(services: Services, now: Date): void {
  toastAction(services, now, generateReport);
}

export function menuBallots(services: Services, now: Date): void {
  toastAction(services, now, generateBallots);
}

export function menuReviewOrder(services: Services, now: Date): void {
  toastAction(services, now, generateReviewOrder);
}

export function menuMinutes(services: Services, now: Date): void {
  toastAction(services, now, generateMinutes);
}

/** The Google Docs dialog: a link that opens the new Doc in a new tab, and how to get a .docx from it. */
function docsDialogHtml(name: string, url: string): string {
  return [
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>body{font-family:Arial,sans-serif;font-size:14px}a{display:inline-block;margin:8px 0;padding:8px 12px}</style></head><body>',
    `<p>${escapeHtml(MINUTES_UI.docsReady(name))}</p>`,
    `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(MINUTES_UI.docsOpen)}</a>`,
    `<p>${escapeHtml(MINUTES_UI.docsWordHint)}</p>`,
    '</body></html>',
  ].join('');
}

export function menuExportDocs(services: Services, now: Date): void {
  runAction(services, () => {
    const doc = exportReportToDocs(services, toCalendarDate(now));
    const html = services.html.createHtmlOutput(docsDialogHtml(doc.name, doc.url)).setWidth(460).setHeight(230);
    services.app.getUi().showModalDialog(html, MINUTES_UI.docsTitle);
  });
}

/** The export dialog: a download link (a data: URL, no Drive access needed) and an optional save to Drive. */
function pdfDialogHtml(fileName: string, base64: string): string {
  const name = escapeHtml(fileName);
  return [
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>body{font-family:Arial,sans-serif;font-size:14px}a,button{display:inline-block;margin:8px 8px 0 0;padding:8px 12px}</style></head><body>',
    `<p>${escapeHtml(DOCS_UI.pdfReady(fileName))}</p>`,
    `<a download="${name}" href="data:application/pdf;base64,${base64}">${escapeHtml(DOCS_UI.pdfDownload)}</a>`,
    `<button id="drive" type="button">${escapeHtml(DOCS_UI.pdfSaveToDrive)}</button><p id="status" role="status"></p>`,
    '<script>document.getElementById("drive").addEventListener("click",function(){var s=document.getElementById("status");this.disabled=true;',
    'google.script.run.withSuccessHandler(function(m){s.textContent=m;}).withFailureHandler(function(e){s.textContent=e.message;}).saveReportPdfToDrive();});</script>',
    '</body></html>',
  ].join('');
}

export function menuExportPdf(services: Services, now: Date): void {
  runAction(services, () => {
    const pdf = exportReportPdf(services, toCalendarDate(now));
    const html = services.html.createHtmlOutput(pdfDialogHtml(pdf.fileName, pdf.base64)).setWidth(420).setHeight(200);
    services.app.getUi().showModalDialog(html, DOCS_UI.pdfTitle);
  });
}

/** google.script.run target of the export dialog. Errors go back to the dialog as messages. */
export function savePdfToDrive(services: Services, now: Date): string {
  return saveReportPdfToDrive(services, toCalendarDate(now));
}

/** The sidebar is the built file Sidebar.html (client bundle inlined). */
export function menuOpenSidebar(services: Services): void {
  const html = services.html.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR.title);
  services.app.getUi().showSidebar(html);
}
