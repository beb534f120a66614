/**
 * Entry points compiled at load: the triggers that run each time the spreadsheet is opened.
 * They build the menu and nothing else, so they work in AuthMode.NONE and need none of the
 * engine (docs/architecture.md «Cold start»).
 */
import { globalServices } from './global-services';
import { buildMenu } from './menu-bar';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(globalServices());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
