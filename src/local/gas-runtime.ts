/**
 * Runs a pushed Apps Script file (build/gas/Code.js, or the đảng ủy's build/gas-dang-uy/Code.js)
 * as a classic script in a fresh vm context whose globals are the local backend's services, as
 * Apps Script would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createLocalServices, type LocalServices } from './services';
import type { LocalSpreadsheetRegistry } from './spreadsheet-registry';
import type { LocalSpreadsheet } from './workbook';

export interface GasRuntime {
  readonly services: LocalServices;
  readonly context: vm.Context;
  /** Calls a top-level function of Code.js by name. */
  call(name: string, ...args: unknown[]): unknown;
}

/** `registry`: the other spreadsheets the Sheets API fake (and SpreadsheetApp.openById) can open: the đảng ủy's chi bộ. */
export function loadGasRuntime(
  book: LocalSpreadsheet,
  gasDir = join(process.cwd(), 'build', 'gas'),
  registry?: LocalSpreadsheetRegistry,
): GasRuntime {
  const services = createLocalServices(book, { htmlDir: gasDir, ...(registry && { registry }) });
  const context = vm.createContext({ ...services.globals, console });
  vm.runInContext(readFileSync(join(gasDir, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return {
    services,
    context,
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function in Code.js`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
  };
}
