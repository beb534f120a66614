/**
 * The đảng ủy's summary report and the decision list per chi bộ (issue 13), on a small đảng bộ
 * whose figures are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { type ChiBoSource, type Consolidation, type ConsolidationOptions, consolidate } from '../../src/core/consolidate';
import { consolidationReportLayout, dangUyHeaderOf } from '../../src/layout/consolidation-report';
import { decisionListLayout } from '../../src/layout/decision-list';
import { BASE_HEADERS, grid, officials, QD_HEADERS, qdPerson, type RowSpec, settingsGrid, TODAY } from '../helpers';

const QD = { 'Bộ quy tắc': 'QĐ 366-QĐ/TW (2025)', 'Tên đảng bộ cấp trên': 'Đảng bộ xã An Bình', 'Địa danh': 'An Bình' };

function chiBo(name: string, rows: RowSpec[], settings: Record<string, unknown> = {}): ChiBoSource {
  return {
    name,
    source: `${name}.xlsx`,
    input: { roster: grid(rows, QD_HEADERS), settings: settingsGrid({ 'Tên chi bộ': name, ...QD, ...settings }), today: TODAY },
  };
}

const member = (name: string, score: number, extra: RowSpec = {}) => qdPerson(name, score, { 'Nhóm đối tượng': '2B', ...extra });

function ok(sources: ChiBoSource[], options: ConsolidationOptions = {}): Consolidation {
  const result = consolidate(sources, options);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.consolidation;
}

const text = (values: (string | number)[][]) => values.map((row) => row.filter((v) => v !== '').join(' | '));

/** A: 98 + four at 75; B: 96 + four at 75 + one absent. 2B across the đảng bộ: T = 10 → 1 HTXS (A 98). */
const A = chiBo('Chi bộ A', [member('A 98', 98), ...[1, 2, 3, 4].map((i) => member(`A HTT ${i}`, 75))]);
const B = chiBo('Chi bộ B', [
  member('B 96', 96),
  ...[1, 2, 3, 4].map((i) => member(`B HTT ${i}`, 75)),
  member('B vắng', 80, { 'Tình trạng': 'Vắng mặt' }),
]);

describe('the summary report', () => {
  const c = ok([A, B]);
  const header = dangUyHeaderOf(c, { upperBody: 'Huyện ủy Phù Cát', documentNumber: '05', signerName: 'Nguyễn Văn A' });
  const lines = text(consolidationReportLayout(c, header).values);

  it('has the party-document header, title and signature', () => {
    expect(lines[0]).toBe('ĐẢNG BỘ HUYỆN PHÙ CÁT | ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(lines[1]).toMatch(/^ĐẢNG ỦY XÃ AN BÌNH \| ─+$/);
    expect(lines[3]).toContain('Số: 05-BC/ĐU');
    expect(lines[3]).toContain('An Bình, ngày …… tháng …… năm ……');
    expect(lines).toContain('Tổng hợp kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2023');
    expect(lines.some((l) => l.includes('T/M ĐẢNG ỦY'))).toBe(true);
    expect(lines.some((l) => l.endsWith('BÍ THƯ'))).toBe(true);
    expect(lines.some((l) => l.endsWith('Nguyễn Văn A'))).toBe(true);
    expect(lines.some((l) => l.startsWith('- Ban Tổ chức Huyện ủy Phù Cát;'))).toBe(true);
  });

  it('counts per chi bộ: A 1 HTXS (20,00%) 4 HTT; B 0 HTXS, 5 HTT (100,00%), 1 not classified; the sum', () => {
    expect(lines).toContain('1 | Chi bộ A | 5 | 1 | 20,00% | 4 | 80,00% | 0 | 0,00% | 0 | 0,00% | 0');
    expect(lines).toContain('2 | Chi bộ B | 6 | 0 | 0,00% | 5 | 100,00% | 0 | 0,00% | 0 | 0,00% | 1');
    expect(lines).toContain('Cộng | 11 | 1 | 10,00% | 9 | 90,00% | 0 | 0,00% | 0 | 0,00% | 1');
  });

  it('gives the quota per group across the đảng bộ, with what the chi bộ proposed', () => {
    // Each chi bộ alone allows ⌊20·5/120⌋ = 0: both proposed HTT for their 98 and 96.
    expect(lines).toContain(
      '- Không giữ chức vụ lãnh đạo, quản lý (2B): số đảng viên HTXS và HTT: 10; số HTXS tối đa: 1; chi bộ đề nghị: 0; đảng ủy xếp loại: 1.',
    );
    expect(lines).toContain('1 | A 98 | Chi bộ A | 2B | 98 | HTT | HTXS');
  });
});

describe('the decision list', () => {
  const c = ok([A, B]);
  it('puts every member on their roster row, the header on the header row, the decision in column F', () => {
    const layout = decisionListLayout(c, 1);
    expect(layout.values[0]?.[0]).toBe('STT');
    // B's roster: header row 1, members on rows 2–7.
    expect(layout.values[1]).toEqual([1, 'B 96', '2B', '96', 'HTT', 'HTT', '']);
    expect(layout.values[6]?.[1]).toBe('B vắng');
    expect(layout.values[6]?.[5]).toBe('');
    const a = decisionListLayout(c, 0);
    expect(a.values[1]?.slice(0, 7)).toEqual([1, 'A 98', '2B', '98', 'HTT', 'HTXS', 'Khác đề nghị của chi bộ (Mẫu 03)']);
    expect(text(a.values).some((l) => l.includes('F2:F6'))).toBe(true);
  });
});

describe('the other shapes of the report', () => {
  it('per chi bộ: one quota line per chi bộ and group', () => {
    const c = ok([A, B], { scope: 'chiBo' });
    const lines = text(consolidationReportLayout(c, dangUyHeaderOf(c)).values);
    expect(lines).toContain(
      'Số đảng viên HTXS không vượt quá 20% số đảng viên Hoàn thành tốt nhiệm vụ, tính riêng trong từng chi bộ:',
    );
    expect(lines).toContain(
      '- Chi bộ A, nhóm 2B: số đảng viên HTXS và HTT: 5; số HTXS tối đa: 0; chi bộ đề nghị: 0; đảng ủy xếp loại: 0.',
    );
    expect(lines).toContain('Đảng ủy xếp loại tất cả đảng viên đúng như đề nghị của các chi bộ.');
    // Blank header fields print as dotted lines.
    expect(lines[0]).toBe('ĐẢNG BỘ …………… | ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(lines[3]).toContain('Số: ……-BC/ĐU');
  });

  it('a tie across two chi bộ is left to the đảng ủy in the requests', () => {
    const tieB = chiBo('Chi bộ B', [member('B 98', 98), ...[1, 2, 3, 4].map((i) => member(`B HTT ${i}`, 75))]);
    const c = ok([A, tieB]);
    const lines = text(consolidationReportLayout(c, dangUyHeaderOf(c)).values);
    expect(lines).toContain(
      '- 2 đảng viên bằng điểm tại ngưỡng hạn mức HTXS được tạm xếp Hoàn thành tốt nhiệm vụ: đề nghị Đảng ủy xem xét, chọn người giữ mức HTXS.',
    );
  });

  it('under the 2023 plan: no peer-group table, the quota per chi bộ, the chi bộ levels of that plan', () => {
    const plan = (name: string, n: number): ChiBoSource => ({
      name,
      source: `${name}.xlsx`,
      input: { roster: grid(officials(n), BASE_HEADERS), settings: settingsGrid({ 'Tên chi bộ': name }), today: TODAY },
    });
    const c = ok([plan('Chi bộ X', 4), plan('Chi bộ Y', 3)]);
    const lines = text(consolidationReportLayout(c, dangUyHeaderOf(c)).values);
    expect(lines.some((l) => l.startsWith('2. Kết quả xếp loại đảng viên theo nhóm đối tượng'))).toBe(false);
    expect(lines).toContain('2. Hạn mức đảng viên hoàn thành xuất sắc nhiệm vụ');
    expect(lines.some((l) => l.startsWith('- Chi bộ X: số đảng viên HTXS và HTT'))).toBe(true);
    expect(lines).toContain('3. Đảng viên được đảng ủy xếp loại khác đề nghị của chi bộ');
  });
});

describe('the decision list of a roster with a title above its header and blank rows', () => {
  it('keeps the title above, the header on row 3, each member on their own row and a blank row blank', () => {
    const rows = grid([member('C 98', 98), member('C 75', 75)], QD_HEADERS);
    const roster = [['DANH SÁCH ĐẢNG VIÊN'], [], rows[0] ?? [], rows[1] ?? [], [], rows[2] ?? []];
    const source: ChiBoSource = {
      name: 'Chi bộ C',
      source: 'c.xlsx',
      input: { roster, settings: settingsGrid({ 'Tên chi bộ': 'Chi bộ C', ...QD }), today: TODAY },
    };
    const c = ok([source]);
    const values = decisionListLayout(c, 0).values;
    expect(values[0]?.[0]).toBe('Danh sách kết quả xếp loại đảng viên năm 2023 — Chi bộ C');
    expect(values[2]?.[0]).toBe('STT');
    expect(values[3]?.slice(0, 2)).toEqual([1, 'C 98']);
    expect(values[4]?.every((v) => v === '')).toBe(true);
    expect(values[5]?.slice(0, 2)).toEqual([2, 'C 75']);
    expect(text(values).some((l) => l.includes('F4:F6'))).toBe(true);
  });
});
