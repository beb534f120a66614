/**
 * The callbacks of the menu «Phân loại — Đảng ủy» of the đảng ủy's spreadsheet (the menu bar
 * itself, which onOpen builds in AuthMode.NONE, is menu-bar.ts).
 */
import { toCalendarDate } from '../../core/normalize';
import { DANG_UY_HELP, DANG_UY_UI } from '../../core/text/dang-uy';
import { dialogPage } from '../html';
import { UserError } from '../user-error';
import type { DangUyServices } from './gas';
import { ConsolidationProblems } from './problems';
import { runConsolidation } from './run-consolidation';
import { setupDangUyTemplate } from './template';

function showProblems(services: DangUyServices, problems: readonly string[]): void {
  const html = services.html
    .createHtmlOutput(dialogPage([DANG_UY_UI.problemsIntro], problems))
    .setWidth(680)
    .setHeight(460);
  services.app.getUi().showModalDialog(html, DANG_UY_UI.problemsTitle);
}

/** Runs a menu action: problems in a dialog, a user error in an alert, anything else reported plainly. */
function runAction(services: DangUyServices, action: () => void): void {
  try {
    action();
  } catch (error) {
    if (error instanceof ConsolidationProblems) {
      showProblems(services, error.problems);
      return;
    }
    const message =
      error instanceof UserError ? error.message : DANG_UY_UI.unexpected(error instanceof Error ? error.message : String(error));
    services.app.getUi().alert(message);
    if (!(error instanceof UserError)) throw error;
  }
}

export function menuDangUySetupTemplate(services: DangUyServices): void {
  runAction(services, () => {
    services.book().toast(setupDangUyTemplate(services), DANG_UY_UI.toastTitle, 8);
  });
}

export function menuDangUyConsolidate(services: DangUyServices, now: Date): void {
  runAction(services, () => {
    const { consolidation: c } = runConsolidation(services, toCalendarDate(now));
    const changed = c.members.filter((m) => m.changed).length;
    services.book().toast(DANG_UY_UI.done(c.chiBo.length, c.members.length, changed), DANG_UY_UI.toastTitle, 10);
  });
}

export function menuDangUyHelp(services: DangUyServices): void {
  const html = services.html.createHtmlOutput(dialogPage(DANG_UY_HELP.paragraphs)).setWidth(600).setHeight(520);
  services.app.getUi().showModalDialog(html, DANG_UY_HELP.title);
}
