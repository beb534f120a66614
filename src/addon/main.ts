/**
 * The Apps Script entry: reads the service globals and forwards to the shell. Bundled
 * as an IIFE into the global `PhanLoai`; the build adds the top-level stubs.
 */
import { DATTYLE, HANMUC_HTXS, XEPLOAI } from '../core/custom-functions';
import type { Services } from './gas';
import { buildMenu, menuHelp as showHelp, menuRecompute as recomputeAction, menuSetupTemplate as setupAction } from './menu';

function services(): Services {
  return { app: SpreadsheetApp, lock: LockService, html: HtmlService };
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(services());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuSetupTemplate(): void {
  setupAction(services());
}

export function menuRecompute(): void {
  recomputeAction(services(), new Date());
}

export function menuHelp(): void {
  showHelp(services());
}

export { DATTYLE, HANMUC_HTXS, XEPLOAI };
