import { describe, expect, it } from 'vitest';
import { ENTRY_POINTS } from '../../src/addon/entrypoints';
import { MENU_ITEMS } from '../../src/addon/menu-bar';
import { sampleWorkbook } from '../../src/local/sample';
import { loadBundle } from './gas-vm';

describe('the pushed bundle in a fresh vm context', () => {
  it('onOpen in AuthMode.NONE builds the «Phân loại» menu and touches nothing else', () => {
    const book = sampleWorkbook();
    const before = JSON.stringify(book.sheets.map((s) => s.values()));
    const bundle = loadBundle(book);
    bundle.call('onOpen', { authMode: 'NONE' });
    expect(bundle.services.ui.menus).toHaveLength(1);
    const menu = bundle.services.ui.menus[0];
    expect(menu?.title).toBe('Phân loại');
    expect(menu?.items.map((i) => [i.caption, i.functionName])).toEqual(MENU_ITEMS.map(([c, f]) => [c, f]));
    expect(Object.keys(bundle.services.counter.snapshot()).sort()).toEqual(['SpreadsheetApp.getUi', 'Ui.createMenu']);
    expect(JSON.stringify(book.sheets.map((s) => s.values()))).toBe(before);
  });

  it('onInstall builds the same menu', () => {
    const bundle = loadBundle();
    bundle.call('onInstall', { authMode: 'FULL' });
    expect(bundle.services.ui.menus[0]?.items.length).toBe(MENU_ITEMS.length);
  });

  it('every menu callback runs by name', () => {
    const bundle = loadBundle(sampleWorkbook());
    for (const [, name] of MENU_ITEMS) bundle.call(name);
    const book = bundle.services.book;
    const header = book.sheet('Danh sách')?.values()[0] ?? [];
    expect(header).toContain('Kết quả xếp loại');
    expect(book.toasts.map((t) => t.message)).toContain('Đã xếp loại 25 đảng viên.');
    expect(bundle.services.ui.shown.some((s) => s.kind === 'dialog' && s.title === 'Hướng dẫn sử dụng Phân loại')).toBe(true);
  });

  it('every custom function can be called by name', () => {
    const bundle = loadBundle();
    expect(bundle.call('XEPLOAI', 'HTT', 0, 'Không', '', 0, 8, 0, 0, 10)).toBe('HTT');
    expect(bundle.call('DATTYLE', 67, 100, '2/3')).toBe(true);
    expect(bundle.call('DATTYLE', 66, 100, '2/3')).toBe(false);
    expect(bundle.call('HANMUC_HTXS', 11, 15)).toBe(1);
    const customs = ENTRY_POINTS.filter((e) => e.kind === 'custom').map((e) => e.name);
    expect(customs).toEqual(['XEPLOAI', 'XEPLOAI_DIEM', 'DATTYLE', 'HANMUC_HTXS']);
  });
});
