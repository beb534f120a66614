/**
 * The editable Word files: `out/bao-cao.docx` (the report) and `out/bien-ban.docx` (the
 * minutes, and the vote-count minutes on a new page when the chi bộ votes) after `demo`
 * and after `classify`. Each is read back: unzipped, every XML part well-formed, the text
 * holding the title, every member's name and the figures; A4 with the party-document margins.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/core/summary';
import { sampleRosterGrid } from '../../src/local/sample';
import { sampleQd366RosterGrid } from '../../src/local/sample-qd366';
import { type DocxText, readDocx } from '../docx-text';
import { FIXTURES, runCli, tempDir } from './run-cli';

const names = (grid: readonly (readonly unknown[])[]) => grid.slice(1).map((row) => String(row[1]));

async function docx(out: string, name: string): Promise<DocxText> {
  return readDocx(readFileSync(join(out, name)));
}

/** The paragraphs that follow the first one equal to `first` (a table row reads cell by cell). */
function cellsAfter(doc: DocxText, first: string, n: number): string[] {
  const i = doc.paragraphs.indexOf(first);
  expect(i).toBeGreaterThanOrEqual(0);
  return doc.paragraphs.slice(i + 1, i + 1 + n);
}

function expectA4(doc: DocxText, sections: number): void {
  // A4 (11906 × 16838 twips); left 30 mm, right 15 mm, top and bottom 20 mm.
  const pages = doc.xml.match(/<w:pgSz w:w="11906" w:h="16838"/g) ?? [];
  expect(pages.length).toBe(sections);
  expect(doc.xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
}

describe('phan-loai demo writes bao-cao.docx and bien-ban.docx', async () => {
  const out = tempDir();
  const run = await runCli(['demo', '--out', out]);

  it('names both files among the outputs', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join(out, 'bao-cao.docx'));
    expect(run.stdout).toContain(join(out, 'bien-ban.docx'));
  });

  it('bao-cao.docx is a Word file with the title, every member and the figures, on A4', async () => {
    const doc = await docx(out, 'bao-cao.docx');
    expect(doc.files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(doc.paragraphs).toContain('BÁO CÁO');
    expect(doc.paragraphs).toContain('Kết quả đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2023');
    for (const name of names(sampleRosterGrid())) expect(doc.paragraphs).toContain(name);
    expect(doc.paragraphs).toContain('Số đảng viên được đánh giá, xếp loại: 21 đồng chí.');
    expect(cellsAfter(doc, 'Hoàn thành tốt nhiệm vụ', 2)).toEqual(['15', '71,43%']);
    expect(doc.paragraphs).toContain('Chi bộ tự xếp loại: Hoàn thành tốt nhiệm vụ.');
    expect(doc.paragraphs).toContain('Trần Thị Mai Hương');
    expectA4(doc, 1);
    const styles = (await import('jszip')).default;
    const zip = await styles.loadAsync(readFileSync(join(out, 'bao-cao.docx')));
    const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(stylesXml).toContain('w:ascii="Times New Roman"');
    expect(stylesXml).toMatch(/<w:sz w:val="26"\/>/);
  });

  it('bien-ban.docx has the minutes (every member with the tallies and result) and the vote count on a new page', async () => {
    const doc = await docx(out, 'bien-ban.docx');
    expect(doc.paragraphs).toContain('BIÊN BẢN');
    expect(doc.paragraphs).toContain('Hội nghị chi bộ kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2023');
    expect(doc.paragraphs).toContain('- Chủ trì hội nghị: đồng chí Trần Thị Mai Hương.');
    expect(doc.paragraphs).toContain('- Có mặt: 24 đồng chí; vắng mặt: 1 đồng chí.');
    expect(doc.paragraphs).toContain('- Số đảng viên chính thức có quyền biểu quyết (N): 21 đồng chí.');
    for (const name of names(sampleRosterGrid())) expect(doc.paragraphs).toContain(name);
    // Member 1 of the minutes' table: HTXS 20, HTT 1, HT 0, KHT 0, result HTXS.
    expect(cellsAfter(doc, 'Trần Thị Mai Hương', 5)).toEqual(['20', '1', '0', '0', 'HTXS']);
    expect(cellsAfter(doc, 'Tổng cộng', 2)).toEqual(['21', '100,00%']);
    expect(doc.paragraphs).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(doc.paragraphs).toContain('THƯ KÝ HỘI NGHỊ');
    expect(doc.paragraphs).toContain('TRƯỞNG BAN KIỂM PHIẾU');
    // Two sections: the vote-count minutes start a new page.
    expectA4(doc, 2);
    // The lines left for the discussion are dotted tab leaders across the text width (165 mm).
    expect(doc.xml).toContain('<w:tab w:val="right" w:pos="9355" w:leader="dot"/>');
  });
});

describe('the Word files under QĐ 366 (the chi bộ does not vote)', async () => {
  const out = tempDir();
  const run = await runCli(['demo', '--profile', 'qd366-2025', '--out', out]);

  it('the minutes speak of proposals to the đảng ủy, show the scores and have no vote count', async () => {
    expect(run.code).toBe(0);
    const doc = await docx(out, 'bien-ban.docx');
    for (const name of names(sampleQd366RosterGrid())) expect(doc.paragraphs).toContain(name);
    expect(doc.paragraphs).toContain('- Chi bộ đề nghị Đảng ủy xã An Bình xem xét, quyết định.');
    expect(doc.paragraphs.some((p) => p.endsWith('(đề\u00a0nghị)'))).toBe(true);
    expect(cellsAfter(doc, 'Trần Thị Mai Hương', 2)).toEqual(['2A', '94,5']);
    expect(doc.text).toContain('tổng 88,5/100.');
    expect(doc.paragraphs).not.toContain('BIÊN BẢN KIỂM PHIẾU');
    expectA4(doc, 1);
  });

  it('the report has the scores of every member', async () => {
    const doc = await docx(out, 'bao-cao.docx');
    expect(doc.paragraphs).toContain('BÁO CÁO');
    for (const name of names(sampleQd366RosterGrid())) expect(doc.paragraphs).toContain(name);
    expect(doc.paragraphs).toContain('94,5');
  });
});

describe('phan-loai classify writes both Word files for a user roster', () => {
  it('a CSV roster: every member of the file is in both', async () => {
    const out = tempDir();
    const run = await runCli(['classify', join(FIXTURES, 'plain-comma-lf.csv'), '--json', '--out', out]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as RunSummary;
    const report = await docx(out, 'bao-cao.docx');
    const minutes = await docx(out, 'bien-ban.docx');
    expect(summary.members.length).toBeGreaterThan(3);
    for (const m of summary.members) {
      expect(report.paragraphs).toContain(m.name);
      expect(minutes.paragraphs).toContain(m.name);
    }
    expect(minutes.paragraphs).toContain(`- Số đảng viên chính thức có quyền biểu quyết (N): ${summary.votingBase} đồng chí.`);
    for (const level of ['HTXS', 'HTT', 'HT', 'KHT'] as const) {
      const count = summary.counts[level];
      expect(report.text).toContain(String(count));
    }
  });
});
