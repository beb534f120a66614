/**
 * The «Phân loại» menu and its callbacks. onOpen only builds the menu, so it works in
 * AuthMode.NONE (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
import { toCalendarDate } from '../core/normalize';
import { HELP, MENU, UI } from '../core/text';
import type { Services } from './gas';
import { dialogPage } from './html';
import { recompute } from './recompute';
import { setupTemplate } from './template';
import { UserError } from './user-error';

/** Caption and the top-level function Apps Script calls for it. */
export const MENU_ITEMS: readonly (readonly [caption: string, functionName: string])[] = [
  [MENU.setupTemplate, 'menuSetupTemplate'],
  [MENU.recompute, 'menuRecompute'],
  [MENU.help, 'menuHelp'],
];

export function buildMenu(services: Services): void {
  const menu = services.app.getUi().createMenu(MENU.title);
  for (const [caption, functionName] of MENU_ITEMS) menu.addItem(caption, functionName);
  menu.addToUi();
}

/** Runs a menu action; a user error becomes an alert, anything else is reported plainly. */
export function runAction(services: Services, action: () => void): void {
  try {
    action();
  } catch (error) {
    const message = error instanceof UserError ? error.message : UI.unexpected(error instanceof Error ? error.message : String(error));
    services.app.getUi().alert(message);
    if (!(error instanceof UserError)) throw error;
  }
}

export function menuRecompute(services: Services, now: Date): void {
  runAction(services, () => {
    const { run } = recompute(services, toCalendarDate(now));
    const book = services.app.getActiveSpreadsheet();
    book.toast(UI.recomputed(run.results.length, run.errors.length), UI.toastTitle, 8);
    const problems = [...run.errors.map((e) => e.message), ...run.settingErrors.map((e) => e.message)];
    if (problems.length > 0) {
      const intro = run.errors.length > 0 ? UI.errorsIntro : UI.settingErrorsIntro;
      const html = services.html.createHtmlOutput(dialogPage([intro], problems)).setWidth(640).setHeight(420);
      services.app.getUi().showModalDialog(html, UI.errorsTitle);
    }
  });
}

export function menuSetupTemplate(services: Services): void {
  runAction(services, () => {
    const message = setupTemplate(services);
    services.app.getActiveSpreadsheet().toast(message, UI.toastTitle, 8);
  });
}

export function menuHelp(services: Services): void {
  const html = services.html.createHtmlOutput(dialogPage(HELP.paragraphs)).setWidth(560).setHeight(460);
  services.app.getUi().showModalDialog(html, HELP.title);
}
