/**
 * Ballots only when the chi bộ votes (design-QD366 §5): under QĐ 366 with «Biểu quyết tại
 * chi bộ» = Không, «In phiếu đánh giá» explains why and writes nothing, and the CLI's
 * path makes no ballot sheet. The default profile always votes and keeps its ballots.
 */
import { describe, expect, it } from 'vitest';
import { generateAllDocuments } from '../../src/addon/documents';
import { shellServices } from '../../src/local/cli';
import { sampleWorkbook } from '../../src/local/sample';
import type { LocalSpreadsheet } from '../../src/local/workbook';
import { qdWorkbook } from '../qd366/report-fixture';
import { loadBundle } from './gas-vm';

const TODAY = { year: 2026, month: 12, day: 10 };
const NOT_USED =
  'Chi bộ không biểu quyết xếp loại («Biểu quyết tại chi bộ» đang là Không) nên không dùng phiếu đánh giá; trang «Phiếu đánh giá» không được tạo. Nếu chi bộ biểu quyết, hãy đặt «Biểu quyết tại chi bộ» = Có trong trang «Cấu hình» rồi chọn lại «In phiếu đánh giá».';

const sheetNames = (book: LocalSpreadsheet) => book.sheets.map((s) => s.getName());

describe('«In phiếu đánh giá» under QĐ 366', () => {
  it('votes off (the default): an alert says why and how to turn them on; nothing is written', () => {
    const book = qdWorkbook();
    const before = JSON.stringify(book.sheets.map((s) => s.values()));
    const bundle = loadBundle(book);
    bundle.call('menuBallots');
    expect(bundle.services.ui.shown).toEqual([{ kind: 'alert', title: '', body: NOT_USED }]);
    expect(sheetNames(book)).toEqual(['Danh sách', 'Cấu hình']);
    // Not even the output block of «Tính lại»: the roster is as it was.
    expect(JSON.stringify(book.sheets.map((s) => s.values()))).toBe(before);
    expect(bundle.services.book.toasts).toEqual([]);
  });

  it('votes on («Biểu quyết tại chi bộ» = Có): the ballot sheet is made for the members voted on', () => {
    const book = qdWorkbook({ 'Biểu quyết tại chi bộ': 'Có' });
    const bundle = loadBundle(book);
    bundle.call('menuBallots');
    expect(bundle.services.ui.shown.filter((s) => s.kind === 'alert')).toEqual([]);
    expect(sheetNames(book)).toContain('Phiếu đánh giá');
    // 20 members less the absent one; the exempt one is KXL and not voted on either → 18.
    expect(bundle.services.book.toasts.map((t) => t.message)).toEqual(['Đã tạo trang «Phiếu đánh giá» cho 18 đảng viên.']);
  });
});

describe("the CLI's documents (generateAllDocuments)", () => {
  it('QĐ 366 without votes: report and review order, no ballot sheet', () => {
    const book = qdWorkbook();
    generateAllDocuments(shellServices(book), TODAY);
    expect(sheetNames(book)).toEqual(['Danh sách', 'Cấu hình', 'Báo cáo', 'Trình tự kiểm điểm']);
  });

  it('QĐ 366 with votes: the ballot sheet too', () => {
    const book = qdWorkbook({ 'Biểu quyết tại chi bộ': 'Có' });
    generateAllDocuments(shellServices(book), TODAY);
    expect(sheetNames(book)).toEqual(['Danh sách', 'Cấu hình', 'Báo cáo', 'Phiếu đánh giá', 'Trình tự kiểm điểm']);
  });

  it('the default profile always votes: all three sheets, as before', () => {
    const book = sampleWorkbook();
    generateAllDocuments(shellServices(book), TODAY);
    expect(sheetNames(book)).toEqual(['Danh sách', 'Cấu hình', 'Báo cáo', 'Phiếu đánh giá', 'Trình tự kiểm điểm']);
  });
});
