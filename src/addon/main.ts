/**
 * The Apps Script entry: reads the service globals and forwards to the shell. Bundled
 * as an IIFE into the global `PhanLoai`; the build adds the top-level stubs.
 */
import { DATTYLE, HANMUC_HTXS, XEPLOAI } from '../core/custom-functions';
import type { Services } from './gas';
import * as menu from './menu';

function services(): Services {
  return {
    app: SpreadsheetApp, lock: LockService, html: HtmlService,
    fetch: UrlFetchApp, script: ScriptApp, utilities: Utilities, drive: DriveApp,
  };
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  menu.buildMenu(services());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuSetupTemplate(): void {
  menu.menuSetupTemplate(services());
}

export function menuRecompute(): void {
  menu.menuRecompute(services(), new Date());
}

export function menuReport(): void {
  menu.menuReport(services(), new Date());
}

export function menuBallots(): void {
  menu.menuBallots(services(), new Date());
}

export function menuReviewOrder(): void {
  menu.menuReviewOrder(services(), new Date());
}

export function menuExportPdf(): void {
  menu.menuExportPdf(services(), new Date());
}

export function menuHelp(): void {
  menu.menuHelp(services());
}

export function saveReportPdfToDrive(): string {
  return menu.savePdfToDrive(services(), new Date());
}

export { DATTYLE, HANMUC_HTXS, XEPLOAI };
