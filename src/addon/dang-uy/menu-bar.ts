/**
 * The menu bar «Phân loại — Đảng ủy»: its items and onOpen's builder. Kept apart from the
 * callbacks (menu.ts) so that onOpen needs none of the engine: it is the only code the đảng
 * ủy's Code.js compiles at load (docs/architecture.md «Cold start»). Works in AuthMode.NONE
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
import { DANG_UY_MENU } from '../../core/text/dang-uy-menu';
import type { DangUyServices } from './gas';

/** Caption and the top-level function Apps Script calls for it. */
export const DANG_UY_MENU_ITEMS: readonly (readonly [caption: string, functionName: string])[] = [
  [DANG_UY_MENU.setupTemplate, 'menuDangUySetupTemplate'],
  [DANG_UY_MENU.consolidate, 'menuDangUyConsolidate'],
  [DANG_UY_MENU.help, 'menuDangUyHelp'],
];

export function buildDangUyMenu(services: DangUyServices): void {
  const menu = services.app.getUi().createMenu(DANG_UY_MENU.title);
  for (const [caption, functionName] of DANG_UY_MENU_ITEMS) menu.addItem(caption, functionName);
  menu.addToUi();
}
