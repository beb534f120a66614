import { describe, expect, it } from 'vitest';
import { runClassification } from '../../src/core/run';
import { ballotSheets, ballotsLayout, htxsProposed } from '../../src/layout/ballots';
import { isDeputy, reviewOrderLayout } from '../../src/layout/review-order';
import { sampleRosterGrid, sampleSettingsGrid } from '../../src/local/sample';

const TODAY = { year: 2023, month: 12, day: 7 };
const text = (values: (string | number)[][]) => values.map((row) => row.filter((v) => v !== '').join(' | '));

function sampleRun(separate: boolean) {
  const settings = sampleSettingsGrid().map((row) =>
    row[0] === 'Phiếu HTXS bầu riêng' ? [row[0], separate ? 'Có' : 'Không'] : row,
  );
  return runClassification({ roster: sampleRosterGrid(), settings, today: TODAY });
}

describe('Phiếu đánh giá', () => {
  it('lists every member voted on at this meeting with one tick column per level', () => {
    const lines = text(ballotsLayout(sampleRun(false)).values);
    expect(lines).toContain('PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2023');
    expect(lines.some((l) => l.startsWith('Đánh một dấu X duy nhất trên mỗi dòng'))).toBe(true);
    expect(lines).toContain('STT | Họ và tên | HTXS | HTT | HT | KHT');
    expect(lines).toContain('Phiếu dành cho đảng viên chính thức; số phiếu cần in: 21 (số đảng viên chính thức biểu quyết).');
    expect(lines).toContain('22 | Trịnh Thị Mỹ Duyên');
    expect(lines.some((l) => l.includes('La Văn Hòa') || l.includes('Tôn Nữ Diệu Hiền') || l.includes('Nguyễn Hoàng Phúc'))).toBe(
      false,
    );
    expect(lines.some((l) => l.includes('BIỂU QUYẾT ĐẢNG VIÊN HOÀN THÀNH XUẤT SẮC'))).toBe(false);
  });

  it('adds the separate HTXS ballot (Đồng ý / Không đồng ý) for those the committee proposed', () => {
    const run = sampleRun(true);
    expect(htxsProposed(run).map((r) => r.member.name)).toEqual(['Trần Thị Mai Hương', 'Nguyễn Văn Hùng', 'Lê Thị Thu Trang']);
    const layout = ballotsLayout(run);
    const lines = text(layout.values);
    const title = lines.indexOf('PHIẾU BIỂU QUYẾT ĐẢNG VIÊN HOÀN THÀNH XUẤT SẮC NHIỆM VỤ NĂM 2023');
    expect(title).toBeGreaterThan(0);
    // No HTXS column on the member ballot: HTXS is voted once, on its own ballot, on its own page.
    expect(lines).toContain('STT | Họ và tên | HTT | HT | KHT');
    expect(lines.some((l) => l.includes('HTXS |'))).toBe(false);
    // The page break falls on the chi bộ line above the title (row = index + 1).
    expect(layout.print.pageBreaksBefore).toEqual([title]);
    expect(lines.slice(title)).toContain('STT | Họ và tên | Đồng ý | Không đồng ý');
    expect(lines.slice(title)).toContain('3 | Lê Thị Thu Trang');
    expect(lines.slice(title).some((l) => l.includes('Phạm Minh Tuấn'))).toBe(false);
  });

  it('in Sheets (no page breaks) the separate HTXS ballot is a sheet of its own, «Phiếu HTXS»', () => {
    const sheets = ballotSheets(sampleRun(true));
    expect(sheets.map((l) => l.sheetName)).toEqual(['Phiếu đánh giá', 'Phiếu HTXS']);
    const member = text(sheets[0]?.values ?? []);
    const htxs = text(sheets[1]?.values ?? []);
    expect(member.some((l) => l.includes('BIỂU QUYẾT ĐẢNG VIÊN HOÀN THÀNH XUẤT SẮC'))).toBe(false);
    expect(htxs[1]).toBe('PHIẾU BIỂU QUYẾT ĐẢNG VIÊN HOÀN THÀNH XUẤT SẮC NHIỆM VỤ NĂM 2023');
    expect(htxs).toContain('3 | Lê Thị Thu Trang');
    // Without a separate HTXS ballot there is one sheet.
    expect(ballotSheets(sampleRun(false)).map((l) => l.sheetName)).toEqual(['Phiếu đánh giá']);
  });
});

describe('Trình tự kiểm điểm', () => {
  it.each([
    ['Phó Hiệu trưởng', true],
    ['Phó Bí thư chi bộ', true],
    ['Tổ phó', true],
    ['Hiệu trưởng', false],
    ['Phòng thiết bị', false],
  ])('isDeputy(%s) = %s', (post, deputy) => {
    expect(isDeputy(post as string)).toBe(deputy);
  });

  it('puts the collective first, then the head, the other leaders, then the members, with document checks', () => {
    const lines = text(reviewOrderLayout(sampleRun(false)).values);
    const start = lines.indexOf('A. Tập thể');
    expect(lines.slice(start, start + 6)).toEqual([
      'A. Tập thể',
      '1 | Kiểm điểm tập thể lãnh đạo, quản lý nhà trường',
      '2 | Kiểm điểm tập thể Chi ủy chi bộ',
      'B. Cá nhân giữ chức vụ lãnh đạo, quản lý',
      // The head's review is chaired by the deputy (plan I.4.2), every other one by the head.
      '3 | Trần Thị Mai Hương | Hiệu trưởng, Bí thư chi bộ | ✓ | ✓ | ✓ | Nguyễn Văn Hùng',
      '4 | Nguyễn Văn Hùng | Phó Hiệu trưởng, Phó Bí thư | ✓ | ✓ | ✓ | Trần Thị Mai Hương',
    ]);
    expect(lines).toContain('7 | Võ Thị Ngọc Lan | Tổ trưởng tổ Ngữ văn | ✓ | ✓ | Thiếu | Trần Thị Mai Hương');
    expect(lines.indexOf('C. Đảng viên')).toBe(start + 11); // after the 7 leaders
    expect(lines).toContain('26 | La Văn Hòa | Giáo viên Hóa học | Thiếu | Thiếu | Thiếu | Trần Thị Mai Hương | Vắng mặt');
  });

  it('without a «Lãnh đạo, quản lý» column, finds the leaders from «Chức vụ» and says so', () => {
    const grid = sampleRosterGrid();
    const leaderColumn = (grid[0] ?? []).indexOf('Lãnh đạo, quản lý');
    const without = grid.map((row) => row.filter((_, i) => i !== leaderColumn));
    const run = runClassification({ roster: without, settings: sampleSettingsGrid(), today: TODAY });
    const lines = text(reviewOrderLayout(run).values);
    expect(lines.some((l) => l.startsWith('Trang «Danh sách» không có cột «Lãnh đạo, quản lý»'))).toBe(true);
    const b = lines.indexOf('B. Cá nhân giữ chức vụ lãnh đạo, quản lý');
    const c = lines.indexOf('C. Đảng viên');
    const leaders = lines.slice(b + 1, c).map((l) => l.split(' | ')[1]);
    // «Hiệu trưởng, Bí thư chi bộ» first; «Bí thư Đoàn trường» is the Youth Union's, not a leader here.
    expect(leaders[0]).toBe('Trần Thị Mai Hương');
    expect(leaders).toContain('Nguyễn Văn Hùng');
    expect(leaders).toContain('Võ Thị Ngọc Lan');
    expect(leaders).not.toContain('Cao Thị Hoài Thương');
    expect(leaders).not.toContain('Đặng Quốc Bảo');
  });

  it('puts the head before a deputy listed above them in the roster', () => {
    const grid = sampleRosterGrid();
    [grid[1], grid[2]] = [grid[2] as never, grid[1] as never];
    const run = runClassification({ roster: grid, settings: sampleSettingsGrid(), today: TODAY });
    const lines = text(reviewOrderLayout(run).values);
    const b = lines.indexOf('B. Cá nhân giữ chức vụ lãnh đạo, quản lý');
    expect(lines[b + 1]).toContain('Trần Thị Mai Hương');
    expect(lines[b + 2]).toContain('Nguyễn Văn Hùng');
  });
});
