/**
 * Entry points compiled on first use: the menu's callbacks and the sidebar's server
 * functions. Each reads the service globals and forwards to the shell. The build
 * (scripts/build-gas.mjs) adds the top-level stubs.
 */
import { globalServices as services } from './global-services';
import * as menu from './menu';
import type { SettingKey } from '../core/settings';
import type { ServerApi } from './server-api';
import * as sidebar from './sidebar-server';

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

export function menuMinutes(): void {
  menu.menuMinutes(services(), new Date());
}

export function menuExportDocs(): void {
  menu.menuExportDocs(services(), new Date());
}

export function menuHelp(): void {
  menu.menuHelp(services());
}

export function saveReportPdfToDrive(): string {
  return menu.savePdfToDrive(services(), new Date());
}

export function menuOpenSidebar(): void {
  menu.menuOpenSidebar(services());
}

// google.script.run targets of the sidebar (ServerApi in server-api.ts).
export function sidebarState() {
  return sidebar.sidebarState(services(), new Date());
}

export function sidebarSaveSettings(values: Partial<Record<SettingKey, string>>) {
  return sidebar.sidebarSaveSettings(services(), new Date(), values);
}

export function sidebarRecompute() {
  return sidebar.sidebarRecompute(services(), new Date());
}

export function sidebarReport() {
  return sidebar.sidebarReport(services(), new Date());
}

export function sidebarBallots() {
  return sidebar.sidebarBallots(services(), new Date());
}

export function sidebarReviewOrder() {
  return sidebar.sidebarReviewOrder(services(), new Date());
}

export function sidebarExportPdf() {
  return sidebar.sidebarExportPdf(services(), new Date());
}

export function sidebarSelectRow(sheet: 'roster' | 'settings', row: number): void {
  sidebar.sidebarSelectRow(services(), sheet, row);
}

// Compile-time check that this file implements ServerApi: Pick fails when a server function
// is missing here, and the constraint fails when a parameter or the result does not fit.
// The signatures are compared as function properties, so parameters are checked strictly
// (contravariantly) rather than with the bivariance TypeScript allows for methods.
type StrictServerApi = { readonly [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => ReturnType<ServerApi[K]> };
type Implements<Api, T extends Api> = T;
export type ServerApiImplemented = Implements<StrictServerApi, Pick<typeof import('./entry-operations'), keyof ServerApi>>;
