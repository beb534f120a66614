/**
 * The guard in the recompute write (src/addon/recompute.ts → literalGrid). Today the engine
 * only writes fixed Vietnamese texts and levels into the output columns, so nothing it
 * produces starts with = + - @; the guard is there for the day it echoes what a user typed.
 * To test that write path, the layout is made to hand it formula-like texts.
 */
import { describe, expect, it, vi } from 'vitest';
import { type Services, servicesFrom } from '../../src/addon/gas';
import { recompute } from '../../src/addon/recompute';
import { createLocalServices } from '../../src/local/services';
import { rosterBook } from './roster-factory';

const FORMULA_LIKE = vi.hoisted(() => [
  '=HYPERLINK("http://x","bấm")',
  '+84 905 123 456',
  '-Nguyễn Văn A',
  '@Trần Thị B',
  '=1+1',
]);

vi.mock('../../src/layout/roster-output', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/layout/roster-output')>();
  return {
    ...original,
    outputBlock: (...args: Parameters<typeof original.outputBlock>) => {
      const block = original.outputBlock(...args);
      block[1] = [...FORMULA_LIKE];
      return block;
    },
  };
});

describe('formula injection in the recompute write', () => {
  it('formula-like texts in the output block are written as text, never as formulas', () => {
    const book = rosterBook(3);
    const { globals } = createLocalServices(book);
    const services: Services = servicesFrom(globals);
    const { outputColumn } = recompute(services, { year: 2024, month: 1, day: 15 });
    const roster = book.sheet('Danh sách')!;
    const written = FORMULA_LIKE.map((_, i) => roster.cell(2, outputColumn + i));
    expect(written.map((c) => c?.value)).toEqual(FORMULA_LIKE);
    expect(written.map((c) => c?.formula)).toEqual(FORMULA_LIKE.map(() => undefined));
  });
});
