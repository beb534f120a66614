/**
 * Entry points of the đảng ủy's project compiled at load: the triggers that run each time its
 * spreadsheet is opened. They build the menu and nothing else (AuthMode.NONE), so they need
 * none of the engine (docs/architecture.md «Cold start»).
 */
import { dangUyServices } from './global-services';
import { buildDangUyMenu } from './menu-bar';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildDangUyMenu(dangUyServices());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
