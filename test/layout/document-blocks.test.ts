/** How a layout is read as a document (shared by the Word file and the Google Docs HTML). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runClassification } from '../../src/core/run';
import { blocksOf, columnWidthsOver, isDottedLine, MergeMap } from '../../src/layout/document-blocks';
import { minutesLayout } from '../../src/layout/minutes';
import { reportLayout } from '../../src/layout/report';
import { LayoutBuilder } from '../../src/layout/sheet-layout';
import { sampleRosterGrid, sampleSettingsGrid } from '../../src/local/sample';

const run = runClassification({
  roster: sampleRosterGrid(),
  settings: sampleSettingsGrid(),
  today: { year: 2023, month: 12, day: 7 },
});

describe('blocksOf', () => {
  it('reads the report: the header halves as one borderless table, titles as paragraphs, tables with a grid', () => {
    const layout = reportLayout(run);
    const blocks = blocksOf(layout, new MergeMap(layout));
    expect(blocks[0]).toEqual({ kind: 'grid', rows: [1, 2, 3, 4] });
    expect(blocks[1]).toEqual({ kind: 'blank' });
    const title = layout.values.findIndex((row) => row[0] === 'BÁO CÁO') + 1;
    expect(blocks[2]).toEqual({ kind: 'paragraph', row: title });
    const bordered = blocks.filter((b) => b.kind === 'bordered').map((b) => (b.kind === 'bordered' ? b.rect : null));
    expect(bordered).toEqual(layout.borders);
    // Every row is in exactly one block.
    const covered = blocks.reduce(
      (n, b) => n + (b.kind === 'grid' ? b.rows.length : b.kind === 'bordered' ? b.rect.numRows : 1),
      0,
    );
    expect(covered).toBe(layout.values.length);
  });

  it('the signature block of the minutes is one borderless table of six rows, the blank ones included', () => {
    const layout = minutesLayout(run);
    const blocks = blocksOf(layout, new MergeMap(layout));
    const last = blocks[blocks.length - 1];
    expect(last?.kind).toBe('grid');
    expect(last?.kind === 'grid' && last.rows.length).toBe(6);
  });

  it('a cell merged down several rows starts in its first row only', () => {
    const b = new LayoutBuilder('x', [10, 10, 10]);
    b.row(['a', 'b', 'c']);
    b.row(['', 'd', 'e']);
    b.merge(1, 1, 1, 2);
    const layout = b.build();
    const merges = new MergeMap(layout);
    expect(merges.segments(1, 1, 3).map((s) => [s.column, s.numRows])).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
    ]);
    expect(merges.segments(2, 1, 3).map((s) => s.column)).toEqual([2, 3]);
  });
});

describe('columnWidthsOver', () => {
  it('keeps the proportions, gives narrow columns the minimum and adds up to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 20, max: 400 }), { minLength: 2, maxLength: 10 }), (px) => {
        const b = new LayoutBuilder('x', px);
        const widths = columnWidthsOver(b.build(), 9355, 780);
        expect(widths.reduce((a, c) => a + c, 0)).toBe(9355);
        if (px.length * 780 <= 9355) for (const w of widths) expect(w).toBeGreaterThanOrEqual(779);
      }),
    );
  });

  it('keeps the proportions when the minimum cannot be given to every narrow column (12 columns of the đảng ủy table)', () => {
    const px = [36, 103, 44, 42, 57, 42, 57, 42, 57, 42, 57, 44];
    const widths = columnWidthsOver(new LayoutBuilder('x', px).build(), 9355, 780);
    expect(widths.reduce((a, c) => a + c, 0)).toBe(9355);
    // «Chi bộ» keeps its 103 of 623 px (1,547 twips), not what is left after eleven columns of 780.
    expect(widths[1]).toBeGreaterThan(1500);
  });
});

describe('isDottedLine', () => {
  it.each([
    ['.'.repeat(150), true],
    ['…'.repeat(40), true],
    // A short blank (a name still to be written) stays text.
    ['……………', false],
    ['- Địa điểm: ……………', false],
    ['...', false],
  ])('%s → %s', (text, dotted) => {
    expect(isDottedLine(text)).toBe(dotted);
  });
});
