/**
 * Large Word tables are written from row templates (src/local/docx-writer.ts): the files
 * must be the ones docx alone writes, part for part (but the date of writing). Compared on
 * the report and the minutes of both profiles, small and large, and on a made-up layout with
 * what a template could get wrong: cells spanning rows (also past the table's end), spanning
 * columns and both, lines, empty cells, looks, sizes, characters XML escapes or cannot hold.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { minutesLayout, voteCountLayout, voteCountOffered } from '../../src/layout/minutes';
import { reportLayout } from '../../src/layout/report';
import type { SheetLayout } from '../../src/layout/sheet-layout';
import { classifyBook } from '../../src/local/cli';
import { layoutsToDocx } from '../../src/local/docx-writer';
import { escapeText } from '../../src/local/docx-templates';
import { largeRosterGrid } from '../../src/local/large-roster';
import { sampleWorkbook } from '../../src/local/sample';
import { sampleQd366Workbook } from '../../src/local/sample-qd366';
import type { LocalSpreadsheet } from '../../src/local/workbook';
import { bookFromGrid } from '../addon/roster-factory';
import { qdWorkbook } from '../qd366/report-fixture';

const TODAY = { year: 2023, month: 12, day: 7 };

/** Every part of the package but the date of writing. */
async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (name !== 'docProps/core.xml') out[name] = (await zip.file(name)?.async('string')) ?? '';
  return out;
}

async function expectSameAsDocx(layouts: SheetLayout[]): Promise<void> {
  const byDocx = await parts(await layoutsToDocx(layouts, { title: 'T', templatedFrom: Number.POSITIVE_INFINITY }));
  const templated = await parts(await layoutsToDocx(layouts, { title: 'T', templatedFrom: 0 }));
  expect(Object.keys(templated)).toEqual(Object.keys(byDocx));
  for (const name of Object.keys(byDocx)) expect(templated[name], name).toBe(byDocx[name]);
  // The default (large tables only) too.
  expect(await parts(await layoutsToDocx(layouts, { title: 'T' }))).toEqual(byDocx);
}

function documentsOf(book: LocalSpreadsheet): SheetLayout[][] {
  const run = classifyBook(book, TODAY, { overrides: {}, addMissingColumns: false });
  return [[reportLayout(run)], [minutesLayout(run), ...(voteCountOffered(run) ? [voteCountLayout(run)] : [])]];
}

const grid = <T>(rows: number, columns: number, value: (r: number, c: number) => T): T[][] =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => value(r, c)));

/**
 * Row 1 a title; rows 2–16 a bordered table of four columns: a header, rows of one shape
 * (so a template serves several), a cell spanning three rows (7–9), a block of two rows and
 * columns (12–13), a cell spanning past the table's end (15–17); rows 17–18 a borderless
 * grid; row 19 a sentence.
 */
function madeUpLayout(): SheetLayout {
  const rows = 19;
  const columns = 4;
  const member = (r: number): (string | number)[] => [r, `Đảng viên «${r}» & <con>`, r * 100, r % 2 ? 'HTT' : 'it\'s "HT"'];
  const texts: Record<number, (string | number)[]> = {
    1: ['TIÊU ĐỀ', '', '', ''],
    2: ['STT', 'Họ & tên <b>', '"Phiếu"', "it's"],
    3: member(3),
    4: [4, 'ký tự\u0001lạ\u001f và \u0008', 400, '   dấu cách   '],
    5: [5, 'dòng một\ndòng hai', 500, 'x\ty'],
    6: member(6),
    7: ['gộp ba dòng', 'Đảng viên 7', 700, 'HTT'],
    8: ['', 'Đảng viên 8', 800, 'HT'],
    9: ['', 'Đảng viên 9 & 9', 900, 'KHT'],
    10: member(10),
    11: [11, 'hết dòng\n', '\n', '\nđầu dòng'],
    12: [12, 'hai cột, hai dòng', '', 'HTT'],
    13: [13, '', '', 'HTXS'],
    14: member(14),
    15: [15, 'Đảng viên 15', 1500, 'qua hết bảng'],
    16: member(16),
    17: ['T/M CHI BỘ', '', 'NGƯỜI LẬP', ''],
    18: ['Bí thư', '', 'Thư ký', ''],
    19: ['Câu cuối & hết.', '', '', ''],
  };
  return {
    sheetName: 'Thử',
    fontFamily: 'Times New Roman',
    baseSize: 13,
    values: grid(rows, columns, (r, c) => texts[r + 1]?.[c] ?? ''),
    bold: grid(rows, columns, (r, c) => r === 1 || (r > 15 && c === 0)),
    italic: grid(rows, columns, (r, c) => r === 17 || (r === 10 && c === 1)),
    sizes: grid(rows, columns, (r, c) => (r === 0 ? 15 : r === 13 && c === 3 ? 11 : 13)),
    align: grid(rows, columns, (r, c) => (c === 0 || c === 2 || r > 15 ? 'center' : c === 3 && r === 4 ? 'right' : 'left')),
    merges: [
      { row: 7, column: 1, numRows: 3, numColumns: 1 },
      { row: 12, column: 2, numRows: 2, numColumns: 2 },
      { row: 15, column: 4, numRows: 3, numColumns: 1 },
      { row: 17, column: 1, numRows: 1, numColumns: 2 },
      { row: 17, column: 3, numRows: 1, numColumns: 2 },
      { row: 18, column: 1, numRows: 1, numColumns: 2 },
      { row: 18, column: 3, numRows: 1, numColumns: 2 },
    ],
    mergeAcross: [
      { row: 1, column: 1, numRows: 1, numColumns: 4 },
      { row: 19, column: 1, numRows: 1, numColumns: 4 },
    ],
    borders: [{ row: 2, column: 1, numRows: 15, numColumns: 4 }],
    columnWidths: [40, 200, 80, 90],
    print: reportLayout(documentsOfSample()).print,
  };
}

function documentsOfSample() {
  return classifyBook(sampleWorkbook(), TODAY, { overrides: {}, addMissingColumns: true });
}

describe('Word tables from row templates', () => {
  it('escapes a text as docx does', () => {
    expect(escapeText(`a & b < c > d " e ' f\u0000\u0008\u000b\u000c\u000e\u001f\t\n\r g`)).toBe(
      'a &amp; b &lt; c &gt; d &quot; e &apos; f\t\n\r g',
    );
  });

  it('a made-up layout with every kind of cell: the same file as docx writes', async () => {
    const layout = madeUpLayout();
    await expectSameAsDocx([layout]);
    await expectSameAsDocx([layout, { ...layout, sheetName: 'Hai' }]);
  });

  for (const [name, make] of [
    ['sample 2023', () => sampleWorkbook()],
    ['sample QĐ 366', () => sampleQd366Workbook()],
    ['QĐ 366, the chi bộ votes', () => qdWorkbook({ 'Biểu quyết tại chi bộ': 'Có' })],
    ['150 members', () => bookFromGrid(largeRosterGrid(150))],
  ] as const) {
    it(`the report and the minutes, ${name}: the same files as docx writes`, async () => {
      for (const layouts of documentsOf(make())) await expectSameAsDocx(layouts);
    });
  }
});
