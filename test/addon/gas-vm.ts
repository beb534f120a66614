/** Test access to the pushed bundle running on the local backend (see src/local/gas-runtime.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallCounter } from '../../src/local/call-counter';
import { loadGasRuntime, type GasRuntime } from '../../src/local/gas-runtime';
import { LocalSpreadsheet } from '../../src/local/workbook';

export const CODE_PATH = join(__dirname, '..', '..', 'build', 'gas', 'Code.js');

export function bundleSource(): string {
  return readFileSync(CODE_PATH, 'utf8');
}

export type LoadedBundle = GasRuntime;

export function loadBundle(book: LocalSpreadsheet = new LocalSpreadsheet(new CallCounter())): LoadedBundle {
  return loadGasRuntime(book, join(__dirname, '..', '..', 'build', 'gas'));
}
