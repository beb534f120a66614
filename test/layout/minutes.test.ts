/**
 * «Biên bản» and «Biên bản kiểm phiếu» on the two bundled samples. The figures are those of
 * the sample's golden tests (test/local/sample-golden.test.ts and sample-qd366-golden.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { type ClassificationRun, runClassification } from '../../src/core/run';
import { ballotMembers } from '../../src/layout/ballots';
import { minutesLayout, voteCountLayout, voteCountOffered } from '../../src/layout/minutes';
import type { SheetLayout } from '../../src/layout/sheet-layout';
import { sampleRosterGrid, sampleSettingsGrid } from '../../src/local/sample';
import { sampleQd366RosterGrid, sampleQd366SettingsGrid } from '../../src/local/sample-qd366';

const lines = (layout: SheetLayout) => layout.values.map((row) => row.filter((v) => v !== '').join(' | '));

function withSettings(grid: (string | number | boolean | Date)[][], changes: Record<string, string>) {
  return grid.map((row) => (typeof row[0] === 'string' && row[0] in changes ? [row[0], changes[row[0]] ?? ''] : row));
}

const plan = (settings = sampleSettingsGrid()): ClassificationRun =>
  runClassification({ roster: sampleRosterGrid(), settings, today: { year: 2023, month: 12, day: 7 } });
const qd366 = (): ClassificationRun =>
  runClassification({
    roster: sampleQd366RosterGrid(),
    settings: sampleQd366SettingsGrid(),
    today: { year: 2025, month: 12, day: 15 },
  });

describe('«Biên bản» under the 2023 plan', () => {
  const run = plan();
  const layout = minutesLayout(run);
  const text = lines(layout);

  it('has the header, the title and the time and place from «Cấu hình»', () => {
    expect(layout.sheetName).toBe('Biên bản');
    expect(text[0]).toBe('ĐẢNG BỘ HUYỆN AN BÌNH | ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text[2]).toBe('* | An Bình, ngày 07 tháng 12 năm 2023');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Hội nghị chi bộ kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2023');
    expect(text).toContain('- Thời gian: bắt đầu lúc …… giờ …… phút, ngày 07 tháng 12 năm 2023.');
    expect(text).toContain('- Địa điểm: ……………, An Bình.');
  });

  it('names the chair and the minute-taker, and both sign', () => {
    expect(text).toContain('- Chủ trì hội nghị: đồng chí Trần Thị Mai Hương.');
    expect(text).toContain('- Thư ký hội nghị: đồng chí Ngô Thị Hồng Nhung.');
    expect(text).toContain('THƯ KÝ HỘI NGHỊ | CHỦ TRÌ HỘI NGHỊ');
    expect(text[text.length - 1]).toBe('Ngô Thị Hồng Nhung | Trần Thị Mai Hương');
  });

  it('without «Chủ trì hội nghị» the bí thư chairs; without «Thư ký hội nghị» a dotted line is left', () => {
    const blank = lines(
      minutesLayout(plan(withSettings(sampleSettingsGrid(), { 'Chủ trì hội nghị': '', 'Thư ký hội nghị': '' }))),
    );
    expect(blank).toContain('- Chủ trì hội nghị: đồng chí Trần Thị Mai Hương.');
    expect(blank).toContain('- Thư ký hội nghị: đồng chí …………….');
    expect(blank[blank.length - 1]).toBe('…………… | Trần Thị Mai Hương');
  });

  it('counts who is present and lists who is absent or not active, with the status', () => {
    expect(text).toContain('- Tổng số đảng viên của chi bộ: 25 đồng chí (chính thức: 23, dự bị: 2).');
    expect(text).toContain('- Có mặt: 24 đồng chí; vắng mặt: 1 đồng chí.');
    expect(text).toContain('STT | Họ và tên | Tình trạng | Lý do');
    expect(text).toContain('1 | La Văn Hòa | Vắng mặt');
    expect(text).toContain('2 | Tôn Nữ Diệu Hiền | Miễn sinh hoạt');
    expect(text).toContain('- Số đảng viên chính thức có quyền biểu quyết (N): 21 đồng chí.');
  });

  it('has every member with the four tallies and the result; absent and not classified members have no tally', () => {
    expect(text).toContain('STT | Họ và tên | HTXS | HTT | HT | KHT | Xếp loại');
    expect(text).toContain('1 | Trần Thị Mai Hương | 20 | 1 | 0 | 0 | HTXS');
    expect(text).toContain('17 | Hồ Văn Sang | 0 | 0 | 8 | 13 | KHT');
    expect(text).toContain('24 | La Văn Hòa | CXL');
    for (const r of run.results) expect(text.some((l) => l.includes(r.member.name))).toBe(true);
    const voted = new Set(ballotMembers(run).map((r) => r.member.name));
    const tallied = layout.values.filter((row) => typeof row[0] === 'number' && typeof row[2] === 'number').map((row) => row[1]);
    expect(new Set(tallied)).toEqual(voted);
  });

  it('has the figures, who is not classified and why, and the quota', () => {
    expect(text).toContain('Hoàn thành xuất sắc nhiệm vụ | 1 | 4,76%');
    expect(text).toContain('Hoàn thành tốt nhiệm vụ | 15 | 71,43%');
    expect(text).toContain('Tổng cộng | 21 | 100,00%');
    expect(text).toContain('Số đảng viên không xếp loại: 2 đồng chí (chưa đủ 6 tháng: 1; miễn sinh hoạt: 1).');
    expect(text).toContain(
      'Hạn mức HTXS: không vượt quá 15% số đảng viên Hoàn thành tốt nhiệm vụ. Số đảng viên HTXS và HTT: 16; số HTXS tối đa: 2; số HTXS đã xếp loại: 1.',
    );
  });

  it('has the chi bộ level, the commendation and dotted lines for the discussion', () => {
    expect(text).toContain('Chi bộ tự xếp loại: Hoàn thành tốt nhiệm vụ.');
    expect(text).toContain('- Đề nghị cấp trên khen thưởng các đồng chí hoàn thành xuất sắc nhiệm vụ: Trần Thị Mai Hương.');
    expect(text.filter((l) => /^\.{100,}$/.test(l)).length).toBe(7);
  });

  it('the member table and the not-active table have a grid; the header halves are merged', () => {
    expect(layout.borders.length).toBe(3);
    expect(layout.merges).toContainEqual({ row: 1, column: 1, numRows: 1, numColumns: 2 });
    expect(layout.columnWidths.reduce((a, b) => a + b, 0)).toBe(765);
  });
});

describe('«Biên bản kiểm phiếu» under the 2023 plan', () => {
  const run = plan();
  const layout = voteCountLayout(run);
  const text = lines(layout);

  it('is offered, in its own sheet, with the tally of every member voted on', () => {
    expect(voteCountOffered(run)).toBe(true);
    expect(layout.sheetName).toBe('Biên bản kiểm phiếu');
    expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(text).toContain('- Số đảng viên chính thức có quyền biểu quyết: 21 đồng chí.');
    expect(text).toContain('STT | Họ và tên | HTXS | HTT | HT | KHT | Ghi chú');
    const members = ballotMembers(run);
    expect(members.length).toBe(22);
    for (const [i, r] of members.entries()) {
      const v = r.member.votes;
      expect(layout.values[text.indexOf('STT | Họ và tên | HTXS | HTT | HT | KHT | Ghi chú') + 1 + i]?.slice(0, 6)).toEqual([
        i + 1,
        r.member.name,
        v.HTXS,
        v.HTT,
        v.HT,
        v.KHT,
      ]);
    }
    expect(text).toContain('22 | Trịnh Thị Mỹ Duyên | 0 | 17 | 3 | 0 | Dự bị');
    expect(text).toContain('CÁC THÀNH VIÊN | TRƯỞNG BAN KIỂM PHIẾU');
  });
});

describe('«Biên bản» under QĐ 366 (the chi bộ does not vote)', () => {
  const run = qd366();
  const layout = minutesLayout(run);
  const text = lines(layout);

  it('has no vote-count minutes and no tallies, but the group and score of every member', () => {
    expect(voteCountOffered(run)).toBe(false);
    expect(text).toContain('- Chi bộ không biểu quyết xếp loại tại hội nghị; kết quả dưới đây là đề nghị của chi bộ.');
    expect(text).toContain('STT | Họ và tên | Nhóm | Điểm | Xếp loại');
    expect(text.some((l) => l.startsWith('1 | Trần Thị Mai Hương | 2A | 94,5 | '))).toBe(true);
    for (const r of run.results) expect(text.some((l) => l.includes(r.member.name))).toBe(true);
  });

  it('speaks of proposals: results read "(đề nghị)" and the chi bộ asks the đảng ủy to decide', () => {
    expect(text.some((l) => l.endsWith('HTXS (đề\u00a0nghị)'))).toBe(true);
    expect(text).toContain('- Chi bộ đề nghị Đảng ủy xã An Bình xem xét, quyết định.');
  });

  it('has the quota per peer group and the chi bộ scores', () => {
    expect(text).toContain(
      `Hạn mức HTXS: không vượt quá ${run.quota.percent}% số đảng viên Hoàn thành tốt nhiệm vụ, tính riêng cho từng nhóm đối tượng:`,
    );
    expect(text.filter((l) => l.startsWith('- Lãnh đạo, quản lý (2A): ')).length).toBe(1);
    expect(text).toContain(
      'Điểm tự đánh giá của chi bộ: nhóm tiêu chí chung 26,5/30; nhóm tiêu chí về kết quả thực hiện nhiệm vụ 62/70; tổng 88,5/100.',
    );
  });
});
