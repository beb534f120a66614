/**
 * Entry points of the đảng ủy's project compiled on first use: the menu's callbacks. Each reads
 * the service globals and forwards to the shell; the build (scripts/build-gas.mjs) adds the
 * top-level stubs. Nothing of this goes into the chi bộ add-on's bundle.
 */
import { dangUyServices as services } from './global-services';
import * as menu from './menu';

export function menuDangUySetupTemplate(): void {
  menu.menuDangUySetupTemplate(services());
}

export function menuDangUyConsolidate(): void {
  menu.menuDangUyConsolidate(services(), new Date());
}

export function menuDangUyHelp(): void {
  menu.menuDangUyHelp(services());
}
