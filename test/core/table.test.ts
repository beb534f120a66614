/**
 * Rosters as people have them: a title block above the header, a numbering row, group
 * rows, a two-row merged header, headers written a little differently, and absent columns
 * that change results. Each is read right and reported, never dropped without a word.
 */
import { describe, expect, it } from 'vitest';
import { runClassification } from '../../src/core/run';
import { BASE_HEADERS, TODAY, grid, officials, resultOf } from '../helpers';

const run = (roster: unknown[][]) => runClassification({ roster, settings: null, today: TODAY });

describe('the table inside a form', () => {
  const body = grid(officials(3, { 'Phiếu HTT': 3 }));
  const header = body[0] ?? [];

  it('a title block above the header is skipped, rows keep their sheet numbers, a notice names the header row', () => {
    const roster = [['ĐẢNG BỘ XÃ AN BÌNH'], ['DANH SÁCH ĐẢNG VIÊN CHI BỘ TRƯỜNG THPT SỐ 2'], [], ...body];
    const r = run(roster);
    expect(r.fatal).toEqual([]);
    expect(r.results.map((m) => [m.member.row, m.result])).toEqual([
      [5, 'HTT'],
      [6, 'HTT'],
      [7, 'HTT'],
    ]);
    expect(r.columns.headerRow).toBe(4);
    expect(r.notices).toContain(
      'Trang «Danh sách»: dòng 4 được dùng làm dòng tiêu đề; các dòng phía trên (tên bảng, đơn vị…) được bỏ qua.',
    );
  });

  it('a numbering row «(1) (2) (3) …» under the header is no member', () => {
    const numbering = header.map((_, i) => `(${i + 1})`);
    const r = run([header, numbering, ...body.slice(1)]);
    expect(r.results).toHaveLength(3);
    expect(r.errors).toEqual([]);
    expect(r.notices.some((n) => n.startsWith('Dòng 2 là dòng đánh số cột'))).toBe(true);
  });

  it('a group row («Tổ Toán») inside the table is skipped and named in a notice', () => {
    const group = header.map((_, i) => (i === 1 ? 'Tổ Toán' : ''));
    const r = run([header, group, ...body.slice(1)]);
    expect(r.results.map((m) => m.member.name)).not.toContain('Tổ Toán');
    expect(r.results).toHaveLength(3);
    expect(r.notices.some((n) => n.includes('dòng 2 «Tổ Toán»'))).toBe(true);
  });

  it('a two-row merged header («Số phiếu» over HTXS, HTT, HT, KHT) reads every tally', () => {
    const top = header.map((h) => (h === 'Phiếu HTXS' ? 'Số phiếu' : String(h).startsWith('Phiếu') ? '' : h));
    const bottom = header.map((h) => (String(h).startsWith('Phiếu ') ? String(h).slice('Phiếu '.length) : ''));
    const r = run([top, bottom, ...body.slice(1)]);
    expect(r.fatal).toEqual([]);
    expect(r.columns.headerRows).toBe(2);
    expect(r.results.map((m) => m.result)).toEqual(['HTT', 'HTT', 'HTT']);
    expect(r.results[0]?.member.votes.HTT).toBe(3);
  });
});

describe('headers close to a known one', () => {
  const rows = [
    {
      'Họ và tên': 'A',
      'Loại đảng viên': 'Chính thức',
      'Kết quả thi đua': 'HTT',
      'Bị kỷ luật': 'Có',
      'Số phiếu KHT (đồng ý)': 1,
    },
  ];

  it('«Bị kỷ luật» is taken as «Đang chấp hành kỷ luật» and «Số phiếu KHT (đồng ý)» as the KHT tally, each with a notice', () => {
    const r = run(grid(rows, ['Họ và tên', 'Loại đảng viên', 'Kết quả thi đua', 'Bị kỷ luật', 'Số phiếu KHT (đồng ý)']));
    const a = resultOf(r, 'A');
    expect(a.member.discipline).toBe(true);
    expect(a.result).toBe('KHT'); // under discipline, 1 of N = 1 KHT vote: 2·1 > 1
    expect(r.notices).toContain(
      'Cột «Bị kỷ luật» được hiểu là «Đang chấp hành kỷ luật». Nếu không đúng, hãy đổi tên tiêu đề cột đó.',
    );
    expect(r.notices.some((n) => n.startsWith('Cột «Số phiếu KHT (đồng ý)» được hiểu là «Phiếu KHT»'))).toBe(true);
  });

  it('«P.HTT» is not taken, but a notice suggests «Phiếu HTT»', () => {
    const r = run(
      grid(
        [{ 'Họ và tên': 'A', 'Loại đảng viên': 'Chính thức', 'Kết quả thi đua': 'HTT', 'P.HTT': 1 }],
        ['Họ và tên', 'Loại đảng viên', 'Kết quả thi đua', 'P.HTT'],
      ),
    );
    expect(resultOf(r, 'A').member.votes.HTT).toBe(0);
    expect(r.notices.some((n) => n.includes('«P.HTT» chưa được nhận ra') && n.includes('«Phiếu HTT»'))).toBe(true);
  });

  it('a user column «Ghi chú kết luận» stays the user’s: it is not «Kết luận chi bộ»', () => {
    const r = run(
      grid(
        [
          {
            'Họ và tên': 'A',
            'Loại đảng viên': 'Chính thức',
            'Kết quả thi đua': 'HTT',
            'Ghi chú kết luận': 'HTXS',
            'Phiếu HTT': 1,
          },
        ],
        [...BASE_HEADERS, 'Ghi chú kết luận'],
      ),
    );
    expect(r.columns.index.conclusion).toBe(BASE_HEADERS.indexOf('Kết luận chi bộ'));
    expect(resultOf(r, 'A').result).toBe('HTT');
  });
});

describe('absent columns that change results', () => {
  it('each gets a notice of what was assumed', () => {
    const r = run(
      grid(
        [{ 'Họ và tên': 'A', 'Loại đảng viên': 'Chính thức', 'Kết quả thi đua': 'HTT' }],
        ['Họ và tên', 'Loại đảng viên', 'Kết quả thi đua'],
      ),
    );
    expect(r.notices).toEqual(
      expect.arrayContaining([
        'Không có cột «Đang chấp hành kỷ luật»: coi như không đảng viên nào đang chấp hành kỷ luật.',
        'Không có cột «Phiếu HTT»: coi như số phiếu HTT của mọi đảng viên là 0.',
      ]),
    );
  });

  it('the full roster gets none', () => {
    expect(run(grid(officials(2, { 'Phiếu HTT': 2 }))).notices).toEqual([]);
  });
});
