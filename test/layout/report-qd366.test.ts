/**
 * «Báo cáo» under the QĐ 366 profile (design-QD366 §5) on the roster of
 * test/qd366/report-fixture.ts. Every number is derived by hand in the test name or a comment.
 */
import { describe, expect, it } from 'vitest';
import { isLevel } from '../../src/core/levels';
import type { ClassificationRun } from '../../src/core/run';
import { runClassification } from '../../src/core/run';
import { reportLayout } from '../../src/layout/report';
import { sampleRosterGrid, sampleSettingsGrid } from '../../src/local/sample';
import { resultOf, type RowSpec } from '../helpers';
import { QD_ROSTER, runQd } from '../qd366/report-fixture';

const TODAY = { year: 2023, month: 12, day: 7 };
const text = (run: ClassificationRun) => reportLayout(run).values.map((row) => row.filter((v) => v !== '').join(' | '));
/** "(đề nghị)" is glued with a no-break space so that it never splits across lines. */
const proposed = (level: string) => `${level} (đề\u00a0nghị)`;
const CLOSING = 'Chi bộ đề nghị Đảng ủy xã An Bình xem xét, quyết định.';

/** Every member with a level gets «Quyết định cấp trên» = the level the engine gave. */
function allDecided(): RowSpec[] {
  const first = runQd();
  return QD_ROSTER.map((row) => {
    const r = resultOf(first, String(row['Họ và tên']));
    return isLevel(r.result) ? { ...row, 'Quyết định cấp trên': r.result } : row;
  });
}

describe('the QĐ 366 report', () => {
  const run = runQd();
  const layout = reportLayout(run);
  const lines = text(run);

  it('has the QĐ 366 title and the header from «Cấu hình»', () => {
    expect(lines).toContain('BÁO CÁO');
    expect(lines).toContain('Kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2026');
    expect(lines[0]).toBe('ĐẢNG BỘ XÃ AN BÌNH | ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(lines[3]).toContain('Số: 07-BC/CB');
  });

  it('fits the width of the default report (A4 portrait, fit to width)', () => {
    const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);
    const plain = reportLayout(runClassification({ roster: sampleRosterGrid(), settings: sampleSettingsGrid(), today: TODAY }));
    expect(sum(layout.columnWidths)).toBeLessThanOrEqual(sum(plain.columnWidths));
    expect(layout.print).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: true, gridlines: false });
  });

  it('counts 20 members: 18 classified, 1 KXL (exempt), 1 CXL (absent)', () => {
    expect(lines).toContain('Tổng số đảng viên của chi bộ: 20 đồng chí (chính thức: 20, dự bị: 0).');
    expect(lines).toContain('Số đảng viên được đánh giá, xếp loại: 18 đồng chí.');
    expect(lines).toContain('Số đảng viên không xếp loại: 1 đồng chí (miễn sinh hoạt: 1).');
    expect(lines).toContain('Số đảng viên chưa xếp loại: 1 đồng chí (vắng mặt: 1).');
  });

  it('gives the figures per level overall and per peer group (level × Tổng số, Tỷ lệ, 2A, 2B, 2C)', () => {
    const head = lines.indexOf('Mức xếp loại | Tổng số | Tỷ lệ | 2A | 2B | 2C');
    expect(head).toBeGreaterThan(0);
    expect(lines.slice(head + 1, head + 6)).toEqual([
      // HTXS: 2A keeps its 95 (allowed 1), 2B keeps its 96 (allowed 1); 2/18 = 11,11%.
      'Hoàn thành xuất sắc nhiệm vụ | 2 | 11,11% | 1 | 1 | 0',
      // HTT: 2A five at 75–85; 2B six at 75 + the 92 demoted by the quota; 2C the 72. 13/18.
      'Hoàn thành tốt nhiệm vụ | 13 | 72,22% | 5 | 7 | 1',
      // HT: 2B the 60, 2C the 55.
      'Hoàn thành nhiệm vụ | 2 | 11,11% | 0 | 1 | 1',
      // KHT: 2B the 40 (a score under 50 is a KHT trigger). 1/18 = 5,56%.
      'Không hoàn thành nhiệm vụ | 1 | 5,56% | 0 | 1 | 0',
      // Classified per group: 6, 10, and 2 in 2C (the absent and the exempt are not).
      'Cộng | 18 | 100,00% | 6 | 10 | 2',
    ]);
    expect(lines[head + 6]).toBe(
      'Nhóm đối tượng: 2A — Lãnh đạo, quản lý; 2B — Không giữ chức vụ lãnh đạo, quản lý; 2C — Không làm việc trong hệ thống chính trị.',
    );
    // One border around the head, four levels and the sum, over the eight columns.
    expect(layout.borders).toContainEqual({ row: head + 1, column: 1, numRows: 6, numColumns: 8 });
    expect(layout.mergeAcross).toContainEqual({ row: head + 1, column: 4, numRows: 6, numColumns: 2 });
  });

  it('has one quota line per peer group: P = 20, allowed = ⌊20·T/120⌋ with T = 6, 8, 1', () => {
    expect(lines).toContain(
      'Hạn mức HTXS: không vượt quá 20% số đảng viên Hoàn thành tốt nhiệm vụ, tính riêng cho từng nhóm đối tượng:',
    );
    expect(lines).toContain('- Lãnh đạo, quản lý (2A): số đảng viên HTXS và HTT: 6; số HTXS tối đa: 1; số HTXS đề nghị: 1.');
    expect(lines).toContain(
      '- Không giữ chức vụ lãnh đạo, quản lý (2B): số đảng viên HTXS và HTT: 8; số HTXS tối đa: 1; số HTXS đề nghị: 1.',
    );
    expect(lines).toContain(
      '- Không làm việc trong hệ thống chính trị (2C): số đảng viên HTXS và HTT: 1; số HTXS tối đa: 0; số HTXS đề nghị: 0.',
    );
    expect(lines.some((l) => l.includes('VƯỢT hạn mức'))).toBe(false);
  });

  it('lists each member with «Nhóm», «Điểm» and a proposed result', () => {
    const head = lines.indexOf('STT | Họ và tên | Chức vụ | Nhóm | Điểm | Kết quả xếp loại | Ghi chú');
    expect(head).toBeGreaterThan(0);
    expect(lines[head + 1]).toBe(
      `1 | Trần Thị Mai Hương | Bí thư chi bộ, Hiệu trưởng | 2A | 95 | ${proposed('Hoàn thành xuất sắc nhiệm vụ')}`,
    );
    expect(lines).toContain(`8 | Hoàng Minh Đức | Giáo viên | 2B | 92 | ${proposed('Hoàn thành tốt nhiệm vụ')}`);
    expect(lines).toContain(`16 | Tạ Văn Lực | Giáo viên | 2B | 40 | ${proposed('Không hoàn thành nhiệm vụ')}`);
    expect(lines).toContain(`18 | Châu Thị Bảy | Nghỉ hưu | 2C | 55 | ${proposed('Hoàn thành nhiệm vụ')}`);
    // Not classified: no proposal to make.
    expect(lines).toContain('19 | La Văn Hòa | Nghỉ hưu | 2C | 70 | Chưa xếp loại | Vắng mặt');
    expect(lines).toContain('20 | Tôn Nữ Diệu Hiền | Nghỉ hưu | 2C | 70 | Không xếp loại | Miễn sinh hoạt');
    // The result spans columns 6–7 of every list row, in one merge call.
    expect(layout.mergeAcross).toContainEqual({ row: head + 1, column: 6, numRows: 21, numColumns: 2 });
    expect(layout.borders).toContainEqual({ row: head + 1, column: 1, numRows: 21, numColumns: 8 });
  });

  it('shows a decimal score with a comma (96,5 still tops 2B)', () => {
    const rows = QD_ROSTER.map((row) => (row['Họ và tên'] === 'Bùi Thị Ngọc Ánh' ? { ...row, 'Tổng điểm': '96,5' } : row));
    expect(text(runQd(rows))).toContain(
      `7 | Bùi Thị Ngọc Ánh | Giáo viên | 2B | 96,5 | ${proposed('Hoàn thành xuất sắc nhiệm vụ')}`,
    );
  });

  it('has the chi bộ scores as in Mẫu 01 part B: 27,5/30 + 60/70 = 87,5/100 → HTT band', () => {
    const head = lines.indexOf('Nhóm tiêu chí | Điểm tối đa | Điểm tự chấm');
    expect(head).toBeGreaterThan(lines.indexOf('II. KẾT QUẢ TỰ ĐÁNH GIÁ, XẾP LOẠI CHI BỘ'));
    expect(lines.slice(head + 1, head + 5)).toEqual([
      'Nhóm tiêu chí chung | 30 | 27,5',
      'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ | 70 | 60',
      'Tổng điểm | 100 | 87,5',
      'Chi bộ tự xếp loại: Hoàn thành tốt nhiệm vụ.',
    ]);
    // The engine's own score sentence is not repeated under the table.
    expect(lines.some((l) => l.includes('tổng 87,5/100'))).toBe(false);
    expect(lines).toContain('- Đạt Hoàn thành tốt nhiệm vụ.');
  });

  it('prints dotted scores and «Chưa xếp loại» when the chi bộ scores are blank', () => {
    const bare = text(runQd(QD_ROSTER, { 'Điểm tiêu chí chung của chi bộ': '', 'Điểm kết quả nhiệm vụ của chi bộ': 60 }));
    expect(bare).toContain('Nhóm tiêu chí chung | 30 | ……');
    expect(bare).toContain('Tổng điểm | 100 | ……');
    expect(bare).toContain('Chi bộ tự xếp loại: Chưa xếp loại.');
  });

  it('asks the đảng ủy to decide while a result is only proposed, just before the signature', () => {
    const at = lines.indexOf(CLOSING);
    expect(at).toBeGreaterThan(lines.indexOf('IV. NHỮNG VẤN ĐỀ CẦN GIẢI QUYẾT'));
    expect(at).toBeLessThan(lines.findIndex((l) => l.startsWith('Nơi nhận:')));
  });

  it('has no closing line and no "(đề nghị)" once «Quyết định cấp trên» decides every classified member', () => {
    const decided = runQd(allDecided());
    expect(decided.results.filter((r) => isLevel(r.result)).every((r) => r.decided)).toBe(true);
    const out = text(decided);
    expect(out.some((l) => l.startsWith('Chi bộ đề nghị'))).toBe(false);
    expect(out.some((l) => l.includes('nghị)'))).toBe(false);
    expect(out).toContain('1 | Trần Thị Mai Hương | Bí thư chi bộ, Hiệu trưởng | 2A | 95 | Hoàn thành xuất sắc nhiệm vụ');
  });

  it('keeps the closing line when one member is still only proposed', () => {
    const rows = allDecided().map((row, i) => (i === 2 ? { ...row, 'Quyết định cấp trên': '' } : row));
    const out = text(runQd(rows));
    expect(out).toContain(CLOSING);
    expect(out).toContain(`3 | Lê Thị Lan | Tổ trưởng chuyên môn | 2A | 82 | ${proposed('Hoàn thành tốt nhiệm vụ')}`);
  });

  it('keeps the closing line for a case the rules leave open (8 of 10 tasks done: no level holds)', () => {
    const rows = [...allDecided(), { ...QD_ROSTER[2], 'Họ và tên': 'Trường Hợp Mở', 'Số nhiệm vụ hoàn thành': 8 }];
    const open = runQd(rows);
    expect(resultOf(open, 'Trường Hợp Mở').ruleReason).toBe('openCase');
    expect(text(open)).toContain(CLOSING);
  });

  it('names the đảng ủy from «Tên đảng bộ cấp trên» with or without "Đảng bộ", dots when blank', () => {
    expect(text(runQd(QD_ROSTER, { 'Tên đảng bộ cấp trên': 'phường Hòa Bình' }))).toContain(
      'Chi bộ đề nghị Đảng ủy phường Hòa Bình xem xét, quyết định.',
    );
    expect(text(runQd(QD_ROSTER, { 'Tên đảng bộ cấp trên': '' }))).toContain('Chi bộ đề nghị Đảng ủy …………… xem xét, quyết định.');
  });

  it('has one pooled quota line when «Tính hạn mức theo nhóm đối tượng» = Không: T = 6 + 8 + 1 = 15, ⌊20·15/120⌋ = 2', () => {
    const out = text(runQd(QD_ROSTER, { 'Tính hạn mức theo nhóm đối tượng': 'Không' }));
    expect(out).toContain(
      'Hạn mức HTXS: không vượt quá 20% số đảng viên Hoàn thành tốt nhiệm vụ, tính chung cho cả chi bộ. Số đảng viên HTXS và HTT: 15; số HTXS tối đa: 2; số HTXS đề nghị: 2.',
    );
    expect(out.some((l) => l.startsWith('- Lãnh đạo, quản lý (2A)'))).toBe(false);
  });

  it('marks a group whose decisions exceed its quota: 2B decided with 2 HTXS, allowed 1', () => {
    const rows = QD_ROSTER.map((row) =>
      row['Họ và tên'] === 'Hoàng Minh Đức' ? { ...row, 'Quyết định cấp trên': 'HTXS' } : row,
    );
    const out = text(runQd(rows));
    expect(out).toContain(
      '- Không giữ chức vụ lãnh đạo, quản lý (2B): số đảng viên HTXS và HTT: 8; số HTXS tối đa: 1; số HTXS đề nghị: 2. VƯỢT hạn mức.',
    );
    expect(out).toContain('Số HTXS đang VƯỢT hạn mức: chi bộ cần xem xét lại.');
    // A decided HTXS is final: no "(đề nghị)".
    expect(out).toContain('8 | Hoàng Minh Đức | Giáo viên | 2B | 92 | Hoàn thành xuất sắc nhiệm vụ');
  });

  it('leaves out the quota line of a peer group with no member', () => {
    const out = text(runQd(QD_ROSTER.slice(0, 16)));
    expect(out.some((l) => l.startsWith('- Không làm việc trong hệ thống chính trị (2C)'))).toBe(false);
    expect(out).toContain('Cộng | 16 | 100,00% | 6 | 10 | 0');
  });
});

describe('the default profile keeps its report', () => {
  it('has neither the QĐ 366 columns nor the closing request', () => {
    const run = runClassification({ roster: sampleRosterGrid(), settings: sampleSettingsGrid(), today: TODAY });
    const layout = reportLayout(run);
    const out = text(run);
    expect(layout.columnWidths).toEqual([40, 160, 130, 204, 88]);
    expect(out).toContain('STT | Họ và tên | Chức vụ | Kết quả xếp loại | Ghi chú');
    expect(out.some((l) => l.startsWith('Chi bộ đề nghị'))).toBe(false);
    expect(out.some((l) => l.includes('nghị)'))).toBe(false);
  });
});
