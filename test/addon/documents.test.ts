import { describe, expect, it } from 'vitest';
import { EXPORT_PARAMS } from '../../src/addon/export-url';
import { sampleWorkbook } from '../../src/local/sample';
import type { LocalSheet } from '../../src/local/workbook';
import { loadBundle } from './gas-vm';
import { rosterBook } from './roster-factory';

const GENERATED = ['Báo cáo', 'Phiếu đánh giá', 'Trình tự kiểm điểm'];
const ACTIONS = ['menuReport', 'menuBallots', 'menuReviewOrder'];

function snapshot(sheet: LocalSheet | undefined): string {
  return JSON.stringify({
    rows: sheet?.rows,
    merges: sheet?.merges,
    widths: [...(sheet?.columnWidths ?? [])],
    grid: sheet?.hiddenGridlines,
  });
}

describe('generated sheets through the menu', () => {
  it.each(ACTIONS)('%s makes the same number of service calls for 10 and 2,000 members', (action) => {
    const counts = [10, 2000].map((n) => {
      const bundle = loadBundle(rosterBook(n));
      bundle.call(action);
      expect(bundle.services.ui.shown.filter((s) => s.kind === 'alert')).toEqual([]);
      return bundle.services.counter.snapshot();
    });
    expect(counts[0]).toEqual(counts[1]);
    expect(Object.values(counts[0] ?? {}).reduce((a, b) => a + b, 0)).toBeLessThan(150);
  });

  it('each action writes its sheet in Times New Roman, with gridlines hidden, and says so in a toast', () => {
    const bundle = loadBundle(sampleWorkbook());
    for (const action of ACTIONS) bundle.call(action);
    for (const name of GENERATED) {
      const sheet = bundle.services.book.sheet(name);
      expect(sheet?.cell(1, 1)?.style.fontFamily).toBe('Times New Roman');
      expect(sheet?.hiddenGridlines).toBe(true);
    }
    expect(bundle.services.book.toasts.map((t) => t.message)).toEqual([
      'Đã tạo trang «Báo cáo». Hãy kiểm tra rồi chọn «Xuất PDF» để nộp.',
      'Đã tạo trang «Phiếu đánh giá» cho 22 đảng viên.',
      'Đã tạo trang «Trình tự kiểm điểm».',
    ]);
  });

  it('generating twice leaves identical sheets', () => {
    const bundle = loadBundle(sampleWorkbook());
    for (const action of ACTIONS) bundle.call(action);
    const once = bundle.services.book.sheets.map(snapshot);
    for (const action of ACTIONS) bundle.call(action);
    expect(bundle.services.book.sheets.map(snapshot)).toEqual(once);
  });

  it('a member named "=…" appears as text in every generated sheet', () => {
    const book = sampleWorkbook();
    const danger = '=IMPORTXML("http://x","//a")';
    book.sheet('Danh sách')!.cellForWrite(2, 2).value = danger;
    const bundle = loadBundle(book);
    for (const action of ACTIONS) bundle.call(action);
    for (const name of GENERATED) {
      const sheet = book.sheet(name)!;
      const cells = sheet.rows.flatMap((row) => row ?? []);
      expect(cells.filter((c) => c?.formula !== undefined)).toEqual([]);
      expect(sheet.values().flat()).toContain(danger);
    }
  });
});

describe('Xuất PDF', () => {
  it('flushes, then requests the export URL with the right parameters and the OAuth token', () => {
    const bundle = loadBundle(sampleWorkbook());
    bundle.call('menuExportPdf');
    const requests = bundle.services.urlFetch.requests;
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0]?.url ?? '');
    expect(url.origin + url.pathname).toBe('https://docs.google.com/spreadsheets/d/local-spreadsheet/export');
    const params = Object.fromEntries(url.searchParams);
    expect(params).toMatchObject({
      format: 'pdf',
      size: 'A4',
      portrait: 'true',
      fitw: 'true',
      gridlines: 'false',
      printtitle: 'false',
      sheetnames: 'false',
    });
    expect(params).toMatchObject(EXPORT_PARAMS);
    expect(params.gid).toBe(String(bundle.services.book.sheet('Báo cáo')?.getSheetId()));
    expect(requests[0]?.params).toMatchObject({
      headers: { Authorization: 'Bearer local-oauth-token' },
      muteHttpExceptions: true,
    });
    const order = Object.keys(bundle.services.counter.snapshot());
    expect(order).toContain('SpreadsheetApp.flush');
    const dialog = bundle.services.ui.shown.find((s) => s.kind === 'dialog');
    expect(dialog?.title).toBe('Xuất báo cáo PDF');
    expect(dialog?.body).toContain('download="bao-cao-xep-loai-2023.pdf"');
    expect(dialog?.body).toContain(
      `href="data:application/pdf;base64,${Buffer.from('%PDF-1.4\n% local fake\n').toString('base64')}"`,
    );
  });

  it('flush happens before the fetch', () => {
    const bundle = loadBundle(sampleWorkbook());
    const seen: string[] = [];
    const counter = bundle.services.counter;
    const original = counter.count.bind(counter);
    counter.count = (name: string) => {
      if (name === 'SpreadsheetApp.flush' || name === 'UrlFetchApp.fetch') seen.push(name);
      original(name);
    };
    bundle.call('menuExportPdf');
    expect(seen).toEqual(['SpreadsheetApp.flush', 'UrlFetchApp.fetch']);
  });

  it('a failed export shows a clear message', () => {
    const bundle = loadBundle(sampleWorkbook());
    bundle.services.urlFetch.respond = () => ({ code: 403, content: new Uint8Array() });
    bundle.call('menuExportPdf');
    expect(bundle.services.ui.shown.at(-1)?.body).toContain('Google không xuất được PDF (mã 403)');
  });

  it('saveReportPdfToDrive saves the PDF and answers in Vietnamese', () => {
    const bundle = loadBundle(sampleWorkbook());
    expect(bundle.call('saveReportPdfToDrive')).toBe('Đã lưu «bao-cao-xep-loai-2023.pdf» vào Google Drive của bạn.');
    expect(bundle.services.driveFiles.map((f) => [f.name, f.contentType])).toEqual([
      ['bao-cao-xep-loai-2023.pdf', 'application/pdf'],
    ]);
  });
});
