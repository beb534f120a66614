/**
 * Loads the pushed file build/gas/Code.js as a classic script in a fresh vm context whose
 * globals are the local backend's services, as Apps Script would run it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { CallCounter } from '../../src/local/call-counter';
import { createLocalServices, type LocalServices } from '../../src/local/services';
import { LocalSpreadsheet } from '../../src/local/workbook';

export const CODE_PATH = join(__dirname, '..', '..', 'build', 'gas', 'Code.js');

export function bundleSource(): string {
  return readFileSync(CODE_PATH, 'utf8');
}

export interface LoadedBundle {
  readonly context: vm.Context;
  readonly services: LocalServices;
  call(name: string, ...args: unknown[]): unknown;
}

export function loadBundle(book: LocalSpreadsheet = new LocalSpreadsheet(new CallCounter())): LoadedBundle {
  const services = createLocalServices(book);
  const context = vm.createContext({ ...services.globals, console });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return {
    context,
    services,
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function in Code.js`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
  };
}
