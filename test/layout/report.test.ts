import { DOCUMENT_WIDTH_PX } from '../../src/layout/sheet-layout';
import { describe, expect, it } from 'vitest';
import { runClassification } from '../../src/core/run';
import { notClassifiedReason, percentText, reportLayout } from '../../src/layout/report';
import { sampleRosterGrid, sampleSettingsGrid } from '../../src/local/sample';

const TODAY = { year: 2023, month: 12, day: 7 };
const run = runClassification({ roster: sampleRosterGrid(), settings: sampleSettingsGrid(), today: TODAY });
const layout = reportLayout(run);
const lines = layout.values.map((row) => row.filter((v) => v !== '').join(' | '));
const rowOf = (text: string) => lines.findIndex((l) => l.includes(text));

describe('percentages', () => {
  it.each([
    [1, 21, '4,76%'],
    [15, 21, '71,43%'],
    [4, 21, '19,05%'],
    [1, 3, '33,33%'],
    [2, 3, '66,67%'],
    [1, 8, '12,50%'],
    [0, 5, '0,00%'],
    [5, 5, '100,00%'],
    [1, 200, '0,50%'],
    [1, 0, '0%'],
  ])('%i of %i is %s (two decimals, half up, integer arithmetic)', (count, base, text) => {
    expect(percentText(count, base)).toBe(text);
  });
});

describe('the report layout on the sample', () => {
  it('has the two-column header and the title from «Cấu hình»', () => {
    expect(lines[0]).toBe('ĐẢNG BỘ HUYỆN AN BÌNH | ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(lines[1]).toBe('CHI BỘ TRƯỜNG THPT SỐ 2 AN BÌNH | ───────────────');
    expect(lines[3]).toBe('Số: 15-BC/CBTHPTAB2 | An Bình, ngày 07 tháng 12 năm 2023');
    expect(lines).toContain('BÁO CÁO');
    expect(lines).toContain('Kết quả đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2023');
    // Issue 12: the left half is three columns wide, so the chi bộ name stays on one line.
    expect(layout.merges).toContainEqual({ row: 1, column: 1, numRows: 1, numColumns: 3 });
    expect(layout.merges).toContainEqual({ row: 1, column: 4, numRows: 1, numColumns: 2 });
    expect(layout.fontFamily).toBe('Times New Roman');
    expect(layout.print).toMatchObject({
      paper: 'A4',
      orientation: 'portrait',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      pageNumbers: 'fromSecond',
    });
    expect(layout.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(DOCUMENT_WIDTH_PX);
  });

  it('has the counts and the percentages over the 21 classified members', () => {
    expect(lines).toContain('Tổng số đảng viên của chi bộ: 25 đồng chí (chính thức: 23, dự bị: 2).');
    expect(lines).toContain('Số đảng viên được đánh giá, xếp loại: 21 đồng chí.');
    expect(lines).toContain('Hoàn thành xuất sắc nhiệm vụ | 1 | 4,76%');
    expect(lines).toContain('Hoàn thành tốt nhiệm vụ | 15 | 71,43%');
    expect(lines).toContain('Hoàn thành nhiệm vụ | 4 | 19,05%');
    expect(lines).toContain('Không hoàn thành nhiệm vụ | 1 | 4,76%');
    expect(lines).toContain('Tỷ lệ tính trên 21 đảng viên được xếp loại.');
  });

  it('lists the members not classified and pending, with their reasons', () => {
    expect(lines).toContain('Số đảng viên không xếp loại: 2 đồng chí (chưa đủ 6 tháng: 1; miễn sinh hoạt: 1).');
    expect(lines).toContain('Số đảng viên chưa xếp loại: 2 đồng chí (chờ chi bộ quyết định: 1; vắng mặt: 1).');
    expect(lines).toContain('25 | Tôn Nữ Diệu Hiền | Giáo viên Ngữ văn | Không xếp loại | Miễn sinh hoạt');
    expect(lines).toContain('23 | Nguyễn Hoàng Phúc | Giáo viên Toán | Không xếp loại | Dự bị; Chưa đủ 6 tháng');
    // «Thiếu hồ sơ» is a working note: the roster and the sidebar say it, the report sent up does not.
    expect(lines).toContain('24 | La Văn Hòa | Giáo viên Hóa học | Chưa xếp loại | Vắng mặt');
    const yen = run.results.find((r) => r.member.name === 'Dương Thị Yến');
    expect(yen && notClassifiedReason(yen)).toBe('decision');
  });

  it('has the quota line and the chi bộ level with its reasons', () => {
    expect(lines).toContain(
      'Hạn mức HTXS: không vượt quá 15% số đảng viên Hoàn thành tốt nhiệm vụ. Số đảng viên HTXS và HTT: 16; số HTXS tối đa: 2; số HTXS đã xếp loại: 1.',
    );
    expect(lines).toContain('Chi bộ tự xếp loại: Hoàn thành tốt nhiệm vụ.');
    expect(lines.some((l) => l.startsWith('- Chưa đạt Hoàn thành xuất sắc nhiệm vụ: chi bộ chưa hoàn thành xuất sắc'))).toBe(
      true,
    );
    expect(rowOf('II. KẾT QUẢ TỰ ĐÁNH GIÁ')).toBeGreaterThan(rowOf('Hạn mức HTXS'));
  });

  it('has the member table with a border around it, and section IV asks for the commendation of the HTXS members', () => {
    const head = rowOf('STT | Họ và tên | Chức vụ | Kết quả xếp loại | Ghi chú');
    expect(head).toBeGreaterThan(0);
    expect(layout.borders).toContainEqual({ row: head + 1, column: 1, numRows: 26, numColumns: 5 });
    const proposals = rowOf('IV. KIẾN NGHỊ, ĐỀ XUẤT');
    // The sample's one HTXS after the quota: Trần Thị Mai Hương (20 of N = 21 Phiếu HTXS, kept).
    expect(lines[proposals + 1]).toBe(
      '- Đề nghị cấp trên khen thưởng các đồng chí hoàn thành xuất sắc nhiệm vụ: Trần Thị Mai Hương.',
    );
  });

  it('carries no working note: no spreadsheet row number, no warning label', () => {
    const all = lines.join('\n');
    expect(all).not.toMatch(/\(dòng \d+\)|dòng \d+/);
    for (const label of ['Thiếu hồ sơ', 'Bằng phiếu tại ngưỡng HTXS', 'KHT chưa đủ phiếu', 'Hạ do hạn mức HTXS']) {
      expect(all).not.toContain(label);
    }
  });

  it('opens with the plan it carries out and totals the figures', () => {
    expect(lines).toContain(
      'Thực hiện Kế hoạch số 60-KH/HU ngày 22/11/2023 của Huyện ủy An Bình, Chi bộ Trường THPT Số 2 An Bình báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2023 như sau:',
    );
    // 1 + 15 + 4 + 1 = 21 classified.
    expect(lines).toContain('Tổng cộng | 21 | 100,00%');
  });

  it('ends with «Nơi nhận» and the signature block «T/M CHI BỘ / BÍ THƯ / name»', () => {
    const sign = rowOf('T/M CHI BỘ');
    expect(lines[sign]).toBe('Nơi nhận: | T/M CHI BỘ');
    expect(lines[sign + 1]).toBe('- Ban Tổ chức Huyện ủy An Bình; | BÍ THƯ');
    expect(lines.at(-1)).toBe('Trần Thị Mai Hương');
  });

  it('prints blank settings as dotted lines for hand-filling', () => {
    const bare = reportLayout(runClassification({ roster: sampleRosterGrid(), settings: null, today: TODAY }));
    const text = bare.values.map((row) => row.filter((v) => v !== '').join(' | '));
    expect(text[0]).toBe('ĐẢNG BỘ …………… | ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text[1]).toContain('CHI BỘ ……………');
    expect(text[3]).toBe('Số: ……-BC/CB | ……………, ngày …… tháng …… năm ……');
    expect(text.at(-1)).toBe('……………');
  });

  it("says so when the quota is exceeded after the chi bộ's conclusions", () => {
    const grid = sampleRosterGrid();
    const conclusion = (grid[0] as string[]).indexOf('Kết luận chi bộ');
    for (const row of [2, 3, 4]) (grid[row] as unknown[])[conclusion] = 'HTXS';
    const over = runClassification({ roster: grid, settings: sampleSettingsGrid(), today: TODAY });
    expect(over.quota.exceeded).toBe(true);
    const text = reportLayout(over).values.map((row) => row.filter((v) => v !== '').join(' | '));
    expect(text).toContain('Số HTXS đang VƯỢT hạn mức: chi bộ cần xem xét lại.');
  });
});
