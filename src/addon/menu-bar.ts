/**
 * The «Phân loại» menu bar: its items and onOpen's builder. Kept apart from the menu's
 * callbacks (menu.ts) so that onOpen, which runs each time someone opens the spreadsheet,
 * needs none of the engine: it is the only code Code.js compiles at load (see
 * docs/architecture.md «Cold start»). Works in AuthMode.NONE.
 */
import { MENU } from '../core/text/menu';
import type { Services } from './gas';

/** Caption and the top-level function Apps Script calls for it. */
export const MENU_ITEMS: readonly (readonly [caption: string, functionName: string])[] = [
  [MENU.sidebar, 'menuOpenSidebar'],
  [MENU.setupTemplate, 'menuSetupTemplate'],
  [MENU.recompute, 'menuRecompute'],
  [MENU.report, 'menuReport'],
  [MENU.ballots, 'menuBallots'],
  [MENU.reviewOrder, 'menuReviewOrder'],
  [MENU.minutes, 'menuMinutes'],
  [MENU.exportPdf, 'menuExportPdf'],
  [MENU.exportDocs, 'menuExportDocs'],
  [MENU.help, 'menuHelp'],
];

export function buildMenu(services: Services): void {
  const menu = services.app.getUi().createMenu(MENU.title);
  for (const [caption, functionName] of MENU_ITEMS) menu.addItem(caption, functionName);
  menu.addToUi();
}
