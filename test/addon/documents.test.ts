import { describe, expect, it } from 'vitest';
import { EXPORT_PARAMS } from '../../src/addon/export-url';
import { DOCS_UI } from '../../src/core/text';
import { sampleWorkbook } from '../../src/local/sample';
import type { LocalSheet, LocalSpreadsheet } from '../../src/local/workbook';
import { loadBundle, type LoadedBundle } from './gas-vm';
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

  /** Sheets by name, to see afterwards which ones a failed export changed. */
  const sheetsOf = (book: LocalSpreadsheet) => new Map(book.sheets.map((s) => [s.name, snapshot(s)]));

  /**
   * A failure after «Báo cáo» was rebuilt: the book holds exactly what «Tạo báo cáo» writes
   * (checked against a twin workbook), the changed sheets are the ones the message names,
   * and nothing was downloaded, saved or shown besides the message.
   */
  function expectOnlyReportWritten(bundle: LoadedBundle, before: Map<string, string>, message: string): void {
    const book = bundle.services.book;
    const changed = book.sheets.filter((s) => before.get(s.name) !== snapshot(s)).map((s) => s.name);
    expect(changed).toEqual(['Danh sách', 'Báo cáo']);
    expect(message).toContain(
      'các cột kết quả của trang «Danh sách» (tính lại) và trang «Báo cáo» (tạo lại); các trang khác không thay đổi.',
    );
    const twin = sampleWorkbook();
    loadBundle(twin).call('menuReport');
    expect([...sheetsOf(book)]).toEqual([...sheetsOf(twin)]);
    expect(bundle.services.driveFiles).toEqual([]);
    expect(book.toasts).toEqual([]);
    expect(bundle.services.ui.shown.filter((s) => s.kind !== 'alert')).toEqual([]);
  }

  it('a 403 from the export after «Báo cáo» was rebuilt says exactly what was written, and nothing else changed', () => {
    const book = sampleWorkbook();
    const before = sheetsOf(book);
    const bundle = loadBundle(book);
    bundle.services.urlFetch.respond = () => ({ code: 403, content: new TextEncoder().encode('Forbidden') });
    bundle.call('menuExportPdf');
    const message = DOCS_UI.pdfFailed(403);
    expect(message).toBe(
      'Chưa xuất được PDF: Google trả về mã 403. Đã ghi vào bảng tính: các cột kết quả của trang «Danh sách» (tính lại) ' +
        'và trang «Báo cáo» (tạo lại); các trang khác không thay đổi. Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy dùng ' +
        '«Tệp → Tải xuống → PDF» trên trang «Báo cáo».',
    );
    expect(bundle.services.ui.shown).toEqual([{ kind: 'alert', title: '', body: message }]);
    expect(bundle.services.urlFetch.requests).toHaveLength(1);
    expectOnlyReportWritten(bundle, before, message);
    // The sidebar gets the same message (its failure handler shows it).
    expect(() => bundle.call('sidebarExportPdf')).toThrow(message);
  });

  it('an export request that throws (network, quota) says what was written too', () => {
    const book = sampleWorkbook();
    const before = sheetsOf(book);
    const bundle = loadBundle(book);
    bundle.services.urlFetch.respond = () => {
      throw new Error('Address unavailable');
    };
    bundle.call('menuExportPdf');
    const message = DOCS_UI.pdfUnreachable('Address unavailable');
    expect(message).toMatch(
      /^Chưa xuất được PDF: không gọi được dịch vụ xuất PDF của Google \(Address unavailable\)\. Đã ghi vào bảng tính:/,
    );
    expect(bundle.services.ui.shown).toEqual([{ kind: 'alert', title: '', body: message }]);
    expectOnlyReportWritten(bundle, before, message);
  });

  it('a Drive failure after the export says what was written and that nothing was saved', () => {
    const book = sampleWorkbook();
    const before = sheetsOf(book);
    const bundle = loadBundle(book);
    (bundle.context as { DriveApp: unknown }).DriveApp = {
      createFile: () => {
        throw new Error('Bạn đã hết dung lượng lưu trữ.');
      },
    };
    const message = DOCS_UI.driveFailed('bao-cao-xep-loai-2023.pdf', 'Bạn đã hết dung lượng lưu trữ.');
    expect(() => bundle.call('saveReportPdfToDrive')).toThrow(message);
    expect(message).toMatch(
      /^Chưa lưu được «bao-cao-xep-loai-2023\.pdf» vào Google Drive \(Bạn đã hết dung lượng lưu trữ\.\)\. Đã ghi vào bảng tính:.*Không có tệp nào được lưu vào Drive/,
    );
    expect(bundle.services.urlFetch.requests).toHaveLength(1);
    expectOnlyReportWritten(bundle, before, message);
  });

  it('saveReportPdfToDrive saves the PDF and answers in Vietnamese', () => {
    const bundle = loadBundle(sampleWorkbook());
    expect(bundle.call('saveReportPdfToDrive')).toBe('Đã lưu «bao-cao-xep-loai-2023.pdf» vào Google Drive của bạn.');
    expect(bundle.services.driveFiles.map((f) => [f.name, f.contentType])).toEqual([
      ['bao-cao-xep-loai-2023.pdf', 'application/pdf'],
    ]);
  });
});
