/** «Tạo bảng mẫu» takes the document lock, as «Tính lại» does (issue 11). */
import { describe, expect, it } from 'vitest';
import { CallCounter } from '../../src/local/call-counter';
import { LocalSpreadsheet, type LocalSheet } from '../../src/local/workbook';
import { sampleWorkbook } from '../../src/local/sample';
import { loadBundle } from './gas-vm';

function snapshot(book: LocalSpreadsheet): string {
  const sheet = (s: LocalSheet) => ({
    name: s.name,
    rows: s.rows,
    merges: s.merges,
    frozen: s.frozenRows,
    widths: [...s.columnWidths],
    rules: s.conditionalRules.length,
  });
  return JSON.stringify(book.sheets.map(sheet));
}

describe('«Tạo bảng mẫu» and the document lock', () => {
  it.each([
    ['an empty workbook', () => new LocalSpreadsheet(new CallCounter())],
    ['the sample, not yet set up', () => sampleWorkbook()],
  ])('on %s, fails clearly and writes nothing while another run holds the lock', (_, makeBook) => {
    const book = makeBook();
    const bundle = loadBundle(book);
    const before = snapshot(book);
    expect(bundle.services.lock.tryLock(1000)).toBe(true);
    bundle.call('menuSetupTemplate');
    expect(snapshot(book)).toBe(before);
    expect(book.toasts).toEqual([]);
    expect(bundle.services.ui.shown.at(-1)?.body).toContain('Hãy đợi khoảng một phút rồi chạy lại; dữ liệu chưa bị thay đổi.');

    // Once the lock is free, the same call sets the sheets up and lets the lock go.
    bundle.services.lock.releaseLock();
    bundle.call('menuSetupTemplate');
    expect(snapshot(book)).not.toBe(before);
    expect(book.toasts).toHaveLength(1);
    expect(bundle.services.lock.hasLock()).toBe(false);
  });
});
