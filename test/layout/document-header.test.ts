/**
 * The documents' year and header come from «Cấu hình», whatever the clock says: a meeting on
 * 07/12/2023 reviews 2023, and the seed plan's own header values print exactly as typed.
 */
import { describe, expect, it } from 'vitest';
import { runClassification } from '../../src/core/run';
import { ballotsLayout } from '../../src/layout/ballots';
import { reportLayout } from '../../src/layout/report';
import { reviewOrderLayout } from '../../src/layout/review-order';
import { sampleRosterGrid, sampleSettingsGrid } from '../../src/local/sample';

/** The clock says 2026; the sheet has no «Năm đánh giá», only the meeting date. */
const LATER = { year: 2026, month: 11, day: 26 };
const text = (values: readonly (readonly unknown[])[]) => values.map((row) => row.filter((v) => v !== '').join(' | '));

function settings(changes: Record<string, unknown>): unknown[][] {
  const grid: unknown[][] = sampleSettingsGrid().map((row) => [...row]);
  for (const [label, value] of Object.entries(changes)) {
    const row = grid.find((r) => r[0] === label);
    if (row) row[1] = value;
    else grid.push([label, value]);
  }
  return grid;
}

describe('the year of the documents', () => {
  const run = runClassification({
    roster: sampleRosterGrid(),
    settings: settings({ 'Năm đánh giá': '', 'Ngày họp': new Date(2023, 11, 7) }),
    today: LATER,
  });

  it('is the meeting’s year, 2023, in the report, the ballots and the review order', () => {
    expect(run.settings.year).toBe(2023);
    const all = [reportLayout(run), ballotsLayout(run), reviewOrderLayout(run)].flatMap((l) => text(l.values));
    const years = all.join('\n').match(/năm (20\d\d)/gi) ?? [];
    expect(years.length).toBeGreaterThan(2);
    expect(new Set(years.map((y) => y.slice(-4)))).toEqual(new Set(['2023']));
  });

  it('is the clock’s year only when neither «Năm đánh giá» nor «Ngày họp» is set', () => {
    const bare = runClassification({
      roster: sampleRosterGrid(),
      settings: settings({ 'Năm đánh giá': '', 'Ngày họp': '' }),
      today: LATER,
    });
    expect(bare.settings.year).toBe(2026);
  });
});

describe('the seed plan’s header values print as typed', () => {
  const run = runClassification({
    roster: sampleRosterGrid(),
    settings: settings({
      'Tên đảng bộ cấp trên': 'Huyện ủy Phù Cát',
      'Tên chi bộ': 'Chi bộ Trường THPT Số 2 Phù Cát',
      'Số văn bản': '',
      'Ký hiệu văn bản': 'BC/CBTHPTPC2',
      'Cơ quan nhận báo cáo': 'Ban Tổ chức Huyện ủy Phù Cát',
    }),
    today: LATER,
  });
  const lines = text(reportLayout(run).values);

  it('«Huyện ủy Phù Cát» heads the report as «ĐẢNG BỘ HUYỆN PHÙ CÁT»', () => {
    expect(lines[0]).toBe('ĐẢNG BỘ HUYỆN PHÙ CÁT | ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('«Số: ……-BC/CBTHPTPC2» and «- Ban Tổ chức Huyện ủy Phù Cát;» as the seed writes them', () => {
    expect(lines.some((l) => l.startsWith('Số: ……-BC/CBTHPTPC2 |'))).toBe(true);
    expect(lines).toContain('- Ban Tổ chức Huyện ủy Phù Cát; | BÍ THƯ');
  });

  it('a number typed whole («15-BC/CBTHPTAB2») is not given the symbol twice', () => {
    const typed = runClassification({
      roster: sampleRosterGrid(),
      settings: settings({ 'Số văn bản': '15-BC/CBTHPTAB2' }),
      today: LATER,
    });
    const header = text(reportLayout(typed).values);
    expect(header.some((l) => l.startsWith('Số: 15-BC/CBTHPTAB2 |'))).toBe(true);
    expect(header.join('\n')).not.toContain('15-BC/CBTHPTAB2-');
  });
});
