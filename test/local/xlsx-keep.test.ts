/**
 * The user's workbook survives `classify`: what the roster file holds that the tool does not
 * own reaches ket-qua.xlsx, or the run names it in one notice.
 *
 * Fixtures (test/fixtures, made by test/fixtures/xlsx-writers.py from the demo roster):
 * - xlsxwriter-all.xlsx: XlsxWriter, which lays out the package as Excel does (xl/comments1.xml,
 *   vmlDrawing1.vml, relative targets): comments, a hyperlink, an image, a chart, a hidden
 *   sheet, frozen rows and columns, a whole-number validation, rich text, a defined name, a
 *   conditional format, a hidden column, a row height, a filter, a tab colour, protection,
 *   print setup.
 * - openpyxl-comment.xlsx, openpyxl-chart.xlsx: openpyxl 3.1 (comments in xl/comments/ with
 *   absolute targets; drawings in the default namespace), which exceljs alone could not read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { generateAllDocuments } from '../../src/addon/documents';
import { readAndClassify } from '../../src/addon/recompute';
import { setupTemplate } from '../../src/addon/template';
import { toCalendarDate } from '../../src/core/normalize';
import { CLI } from '../../src/core/text/cli';
import { SHEET_NAMES } from '../../src/core/text/sheets';
import { shellServices } from '../../src/local/cli';
import { sampleWorkbook } from '../../src/local/sample';
import type { LocalSpreadsheet } from '../../src/local/workbook';
import { loadXlsx, saveXlsx, saveXlsxFile } from '../../src/local/xlsx';
import { contentKinds } from '../../src/local/xlsx-content';
import { XlsxPackage, relKind, resolveTarget } from '../../src/local/xlsx-package';
import * as patch from '../../src/local/xlsx-patch';
import { subtract } from '../../src/local/xlsx-ranges';
import { StyleBook } from '../../src/local/xlsx-styles';
import { findElement, findElements, parseAttrs } from '../../src/local/xml-scan';
import { FIXTURES, runCli, tempDir } from './run-cli';

// The patcher, spied on so one test can make it fail and see the fallback's notice.
vi.mock('../../src/local/xlsx-patch', async (original) => {
  const real = await original<typeof import('../../src/local/xlsx-patch')>();
  return { ...real, patchOriginal: vi.fn(real.patchOriginal) };
});

const ROSTER = SHEET_NAMES.roster;

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** `phan-loai classify` on bytes: exit code, stderr and ket-qua.xlsx. */
async function classify(bytes: Uint8Array): Promise<{ code: number; stderr: string; out: Uint8Array }> {
  const dir = tempDir();
  const input = join(dir, 'danh-sach.xlsx');
  writeFileSync(input, bytes);
  const run = await runCli(['classify', input, '--out', join(dir, 'out')]);
  expect(run.code, run.stderr).toBe(0);
  return { code: run.code, stderr: run.stderr, out: new Uint8Array(readFileSync(join(dir, 'out', 'ket-qua.xlsx'))) };
}

/** What the CLI does to a loaded book before saving it. */
function runOn(book: LocalSpreadsheet): void {
  const services = shellServices(book);
  const today = toCalendarDate(new Date(2023, 11, 7));
  readAndClassify(book, today, {});
  setupTemplate(services, { addMissingColumns: false });
  generateAllDocuments(services, today, {});
  for (const name of [SHEET_NAMES.report, SHEET_NAMES.ballots, SHEET_NAMES.reviewOrder]) {
    const sheet = book.sheet(name);
    if (sheet) sheet.printSetup = { paperSize: 'A4', orientation: 'portrait', fitToWidth: true };
  }
}

async function sheetPart(pkg: XlsxPackage, name: string): Promise<string> {
  const part = (await pkg.sheets()).find((s) => s.name === name)?.part;
  if (!part) throw new Error(`no sheet ${name}`);
  return part;
}

/** The parts a sheet points to, by relationship kind. */
async function sheetRelated(pkg: XlsxPackage, name: string, kind: string): Promise<string[]> {
  return pkg.related(await sheetPart(pkg, name), kind);
}

describe('ket-qua.xlsx keeps the user’s workbook', () => {
  it('a workbook with comments, a hyperlink, an image, a hidden sheet, a frozen pane and a user validation: each is in ket-qua.xlsx or named in the notice', async () => {
    const { stderr, out } = await classify(fixture('xlsxwriter-all.xlsx'));
    const pkg = await XlsxPackage.open(out);
    const sheet = (await pkg.text(await sheetPart(pkg, ROSTER))) ?? '';
    const named = (kind: keyof typeof CLI.contentKinds) => stderr.includes(CLI.contentKinds[kind]);

    const comments = await sheetRelated(pkg, ROSTER, 'comments');
    const commentText = comments.length > 0 ? ((await pkg.text(comments[0] as string)) ?? '') : '';
    expect(commentText.includes('Ghi chú của chi bộ') || named('comments')).toBe(true);

    const link = findElements(sheet, 'hyperlink').map((e) => parseAttrs(e.attrText));
    const rels = await pkg.rels(await sheetPart(pkg, ROSTER));
    const target = rels.find((r) => r.id === link[0]?.get('r:id'))?.target;
    expect((link[0]?.get('ref') === 'B3' && target === 'https://example.org/dang-vien') || named('hyperlinks')).toBe(true);

    const drawings = await sheetRelated(pkg, ROSTER, 'drawing');
    const images = drawings.length > 0 ? await pkg.related(drawings[0] as string, 'image') : [];
    expect((images.length === 1 && pkg.has(images[0] as string)) || named('images')).toBe(true);

    const hidden = (await pkg.sheets()).find((s) => s.name === 'Ẩn');
    expect(hidden?.state === 'hidden' || named('hiddenSheets')).toBe(true);

    const pane = parseAttrs(findElement(sheet, 'pane')?.attrText ?? '');
    expect(
      (pane.get('xSplit') === '2' && pane.get('ySplit') === '1' && pane.get('state') === 'frozen') || named('frozenColumns'),
    ).toBe(true);

    const whole = findElements(sheet, 'dataValidation')
      .map((e) => parseAttrs(e.attrText))
      .find((a) => a.get('type') === 'whole');
    expect(whole?.get('sqref') === 'V2:V201' || named('validations')).toBe(true);

    // This file needed no notice: all of it was carried.
    expect(stderr).toBe('');
    expect(await contentKinds(pkg)).toEqual(await contentKinds(await XlsxPackage.open(fixture('xlsxwriter-all.xlsx'))));
  });

  it('when the result cannot be made from the user’s file, one notice names each kind of content not carried', async () => {
    vi.mocked(patch.patchOriginal).mockRejectedValueOnce(new Error('simulated'));
    const { stderr, out } = await classify(fixture('xlsxwriter-all.xlsx'));
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    for (const kind of ['comments', 'hyperlinks', 'images', 'charts', 'hiddenSheets', 'frozenColumns', 'validations'] as const)
      expect(lines[0]).toContain(CLI.contentKinds[kind]);
    expect(lines[0]).toBe(
      CLI.notCarried(
        (await contentKinds(await XlsxPackage.open(fixture('xlsxwriter-all.xlsx')))).map((k) => CLI.contentKinds[k]).join(', '),
      ),
    );
    // The result is still whole: the roster with its results.
    const again = await loadXlsx(out);
    expect(again.sheet(ROSTER)?.values()[0]).toContain('Kết quả xếp loại');
  });

  it('sheets the run does not change, and the parts behind comments, images and charts, stay byte for byte', async () => {
    const input = fixture('xlsxwriter-all.xlsx');
    const { out } = await classify(input);
    const before = await XlsxPackage.open(input);
    const after = await XlsxPackage.open(out);
    for (const part of before.parts()) {
      if (/^xl\/(comments|drawings|media|charts|theme|sharedStrings)|^docProps|worksheets\/sheet[34]\.xml$/.test(part))
        expect(await after.text(part), part).toBe(await before.text(part));
    }
    // «Ẩn» and «Số liệu» are sheet3 and sheet4.
    expect((await before.sheets()).map((s) => s.part)).toEqual((await after.sheets()).slice(0, 4).map((s) => s.part));
  });

  it('what the run wrote reads back as the in-memory workbook has it: values, styles, dropdowns, merges, frozen rows', async () => {
    const book = await loadXlsx(fixture('xlsxwriter-all.xlsx'));
    runOn(book);
    const again = await loadXlsx(await saveXlsx(book));
    for (const sheet of book.sheets) {
      const other = again.sheet(sheet.name);
      expect(other?.values(), sheet.name).toEqual(sheet.values());
      expect(other?.merges, sheet.name).toEqual(expect.arrayContaining(sheet.merges));
      expect(other?.merges.length, sheet.name).toBe(sheet.merges.length);
      expect(other?.frozenRows, sheet.name).toBe(sheet.frozenRows);
      sheet.rows.forEach((row, r) => {
        // exceljs's writer leaves out a row with no value (a blank line of a generated sheet).
        if (!row?.some((cell) => cell?.value !== '' && cell?.value !== undefined)) return;
        row.forEach((cell, c) => {
          const read = other?.cell(r + 1, c + 1);
          // A cell with no font of its own shows the file's default font (here Calibri 11).
          const style = { ...(read?.style ?? {}) };
          if (!cell?.style.fontFamily && style.fontFamily === 'Calibri') delete style.fontFamily;
          if (!cell?.style.fontSize && style.fontSize === 11) delete style.fontSize;
          // As written: formula-like text as text ("@"), bold: false as no bold.
          expect(style, `${sheet.name}!${r + 1}:${c + 1}`).toEqual(patch.effectiveStyle(cell));
          expect(read?.validation, `${sheet.name}!${r + 1}:${c + 1}`).toEqual(cell?.validation);
        });
      });
    }
  });

  it('classify on its own ket-qua.xlsx gives the same sheet again: no doubled dropdowns or conditional formats', async () => {
    const first = (await classify(fixture('xlsxwriter-all.xlsx'))).out;
    const second = (await classify(first)).out;
    const roster = async (bytes: Uint8Array) => {
      const pkg = await XlsxPackage.open(bytes);
      return (await pkg.text(await sheetPart(pkg, ROSTER))) ?? '';
    };
    const a = await roster(first);
    const b = await roster(second);
    expect(findElements(b, 'cfRule')).toHaveLength(findElements(a, 'cfRule').length);
    expect(findElements(b, 'dataValidation')).toHaveLength(findElements(a, 'dataValidation').length);
    expect(b.replace(/dxfId="\d+"|priority="\d+"/g, '')).toBe(a.replace(/dxfId="\d+"|priority="\d+"/g, ''));
    expect((await XlsxPackage.open(second).then((p) => p.sheets())).map((s) => s.name)).toEqual(
      (await XlsxPackage.open(first).then((p) => p.sheets())).map((s) => s.name),
    );
  });
});

describe('sheets found by a looser name', () => {
  it('«danh sach» and «CAU HINH» are patched in place and keep their names: no second roster or settings sheet', async () => {
    const book = sampleWorkbook();
    book.sheet(SHEET_NAMES.roster)?.rename('danh sach');
    book.sheet(SHEET_NAMES.settings)?.rename('CAU HINH');
    const dir = tempDir();
    writeFileSync(join(dir, 'in.xlsx'), await saveXlsx(book));
    const run = await runCli(['classify', join(dir, 'in.xlsx'), '--out', join(dir, 'out')]);
    expect(run.code).toBe(0);
    const out = await loadXlsx(readFileSync(join(dir, 'out', 'ket-qua.xlsx')));
    expect(out.sheets.map((s) => s.name)).toEqual([
      'danh sach',
      'CAU HINH',
      SHEET_NAMES.report,
      SHEET_NAMES.ballots,
      SHEET_NAMES.reviewOrder,
    ]);
    // The output block went into the user's own roster sheet.
    const header = out.sheet('danh sach')?.values()[0] ?? [];
    expect(header).toContain('Kết quả xếp loại');
  });
});

describe('files from other writers are read', () => {
  it('openpyxl: a roster with a comment, and one with a chart, go through classify and keep them', async () => {
    const withComment = await classify(fixture('openpyxl-comment.xlsx'));
    const pkg = await XlsxPackage.open(withComment.out);
    const comments = await sheetRelated(pkg, ROSTER, 'comments');
    expect(await pkg.text(comments[0] ?? '')).toContain('Ghi chú của chi bộ');
    expect(withComment.stderr).toBe('');

    const withChart = await classify(fixture('openpyxl-chart.xlsx'));
    const charts = await XlsxPackage.open(withChart.out);
    const drawing = (await sheetRelated(charts, 'Số liệu', 'drawing'))[0] ?? '';
    expect(await charts.related(drawing, 'chart')).toEqual(['xl/charts/chart1.xml']);
    expect(charts.has('xl/charts/chart1.xml')).toBe(true);
  });

  it('LibreOffice and exceljs: a roster with a comment and an image goes through classify and keeps them', async () => {
    // exceljs: the demo roster with a note and a picture added by exceljs itself.
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(new Uint8Array(await saveXlsx(sampleWorkbook())).buffer);
    const ws = excel.getWorksheet(ROSTER);
    if (!ws) throw new Error('no roster');
    ws.getCell('B2').note = 'Ghi chú của chi bộ';
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    ws.addImage(excel.addImage({ base64: png, extension: 'png' }), 'AD2:AE4');
    const fromExceljs = new Uint8Array(await excel.xlsx.writeBuffer());
    for (const bytes of [fixture('libreoffice-all.xlsx'), fromExceljs]) {
      const { out, stderr } = await classify(bytes);
      expect(stderr).toBe('');
      const pkg = await XlsxPackage.open(out);
      const comments = await sheetRelated(pkg, ROSTER, 'comments');
      expect(await pkg.text(comments[0] ?? '')).toContain('Ghi chú của chi bộ');
      const drawing = (await sheetRelated(pkg, ROSTER, 'drawing'))[0] ?? '';
      const images = await pkg.related(drawing, 'image');
      expect(images).toHaveLength(1);
      expect(pkg.has(images[0] ?? '')).toBe(true);
      expect(await contentKinds(pkg)).toEqual(await contentKinds(await XlsxPackage.open(bytes)));
    }
  });

  /** The demo roster with parts added the way openpyxl writes them. */
  async function openpyxlStyle(extra: 'comment' | 'chart'): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await saveXlsx(sampleWorkbook()));
    const sheetPath = 'xl/worksheets/sheet1.xml';
    const rels: string[] = [];
    let element = '';
    let types = '';
    if (extra === 'comment') {
      zip.file(
        'xl/comments/comment1.xml',
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>openpyxl</author></authors><commentList><comment ref="B2" authorId="0" shapeId="0"><text><t>Ghi chú</t></text></comment></commentList></comments>',
      );
      zip.file(
        'xl/drawings/commentsDrawing1.vml',
        '<xml xmlns:ns0="urn:schemas-microsoft-com:office:office" xmlns:ns1="urn:schemas-microsoft-com:vml" xmlns:ns2="urn:schemas-microsoft-com:office:excel"><ns1:shape type="#_x0000_t202" id="_x0000_s1026"><ns2:ClientData ObjectType="Note"><ns2:Row>1</ns2:Row><ns2:Column>1</ns2:Column></ns2:ClientData></ns1:shape></xml>',
      );
      rels.push(
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments/comment1.xml" Id="comments" />',
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml" Id="anysvml" />',
      );
      element = '<legacyDrawing r:id="anysvml" />';
      types =
        '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>';
    } else {
      zip.file(
        'xl/drawings/drawing1.xml',
        '<wsDr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><oneCellAnchor><from><col>3</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="5400000" cy="2700000" /><graphicFrame><nvGraphicFramePr><cNvPr id="1" name="Chart 1" /><cNvGraphicFramePr /></nvGraphicFramePr><xfrm /><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1" /></a:graphicData></a:graphic></graphicFrame><clientData /></oneCellAnchor></wsDr>',
      );
      zip.file(
        'xl/drawings/_rels/drawing1.xml.rels',
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="/xl/charts/chart1.xml" Id="rId1" /></Relationships>',
      );
      zip.file(
        'xl/charts/chart1.xml',
        '<chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart"><chart><plotArea><layout/></plotArea></chart></chartSpace>',
      );
      rels.push(
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="/xl/drawings/drawing1.xml" Id="rId1" />',
      );
      element = '<drawing r:id="rId1" />';
      types =
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>';
    }
    zip.file(
      'xl/worksheets/_rels/sheet1.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    );
    const sheet = (await zip.file(sheetPath)?.async('string')) ?? '';
    zip.file(sheetPath, sheet.replace('</worksheet>', `${element}</worksheet>`));
    const ct = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file('[Content_Types].xml', ct.replace('</Types>', `${types}</Types>`));
    return zip.generateAsync({ type: 'uint8array' });
  }

  it('a package built as openpyxl writes it (comments in xl/comments/, absolute targets; a chart drawing without prefixes) is read', async () => {
    for (const extra of ['comment', 'chart'] as const) {
      const bytes = await openpyxlStyle(extra);
      const book = await loadXlsx(bytes);
      expect(book.sheet(ROSTER)?.values()[1]?.[1]).toBe(sampleWorkbook().sheet(ROSTER)?.values()[1]?.[1]);
      const { out, stderr } = await classify(bytes);
      expect(stderr).toBe('');
      const pkg = await XlsxPackage.open(out);
      const sheetRels = await pkg.rels(await sheetPart(pkg, ROSTER));
      const kinds = sheetRels.map(relKind);
      expect(kinds).toContain(extra === 'comment' ? 'comments' : 'drawing');
      for (const rel of sheetRels) expect(pkg.has(resolveTarget(await sheetPart(pkg, ROSTER), rel.target))).toBe(true);
    }
  });
  it('a package whose parts use a prefix for the main namespace (<x:worksheet>, as some .NET writers do) is read and patched', async () => {
    const zip = await JSZip.loadAsync(await saveXlsx(sampleWorkbook()));
    const prefixed = (xml: string) => xml.replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/g, '<$1x:$2').replace(/\sxmlns="/, ' xmlns:x="');
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/(workbook|styles|worksheets\/sheet\d+)\.xml$/.test(n)))
      zip.file(name, prefixed((await zip.file(name)?.async('string')) ?? ''));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect((await loadXlsx(bytes)).sheet(ROSTER)?.values()).toEqual(sampleWorkbook().sheet(ROSTER)?.values());
    const { out, stderr } = await classify(bytes);
    expect(stderr).toBe('');
    const pkg = await XlsxPackage.open(out);
    const sheet = (await pkg.text(await sheetPart(pkg, ROSTER))) ?? '';
    expect(sheet).toContain('<x:sheetData>');
    expect(sheet).not.toMatch(/<(row|c|dataValidation|conditionalFormatting|mergeCell|col)\s/);
    expect((await loadXlsx(out)).sheet(ROSTER)?.values()[0]).toContain('Kết quả xếp loại');
    expect((await pkg.sheets()).map((s) => s.name)).toContain(SHEET_NAMES.report);
  });
  it('a file in the 1904 date system (old Mac Excel) gets the dates the run writes right', async () => {
    const zip = await JSZip.loadAsync(await saveXlsx(sampleWorkbook()));
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', workbook.replace(/<workbookPr\b/, '<workbookPr date1904="1"'));
    const book = await loadXlsx(await zip.generateAsync({ type: 'uint8array' }));
    const roster = book.sheet(ROSTER);
    roster?.getRange(2, 40).setValues([[new Date(2024, 0, 15)]]);
    book
      .insertSheet('Ngày')
      .getRange(1, 1)
      .setValues([[new Date(2023, 11, 7)]]);
    const again = await loadXlsx(await saveXlsx(book));
    expect(again.sheet(ROSTER)?.cell(2, 40)?.value).toEqual(new Date(2024, 0, 15));
    expect(again.sheet('Ngày')?.cell(1, 1)?.value).toEqual(new Date(2023, 11, 7));
    expect(again.sheet(ROSTER)?.values()).toEqual(roster?.values());
  });
});

describe('pieces', () => {
  it('a rectangle less another leaves the cells around it', () => {
    expect(subtract({ top: 1, left: 1, bottom: 1048576, right: 1 }, { top: 2, left: 1, bottom: 326, right: 1 })).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 327, left: 1, bottom: 1048576, right: 1 },
    ]);
    expect(subtract({ top: 1, left: 1, bottom: 3, right: 3 }, { top: 2, left: 2, bottom: 2, right: 2 })).toHaveLength(4);
    expect(subtract({ top: 1, left: 1, bottom: 3, right: 3 }, { top: 5, left: 5, bottom: 6, right: 6 })).toHaveLength(1);
  });

  it('restyling a cell changes only what the run changed: bold keeps the font’s underline and theme colour', () => {
    const styles = new StyleBook(
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><u/><sz val="12"/><color theme="4"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment indent="2"/></xf></cellXfs></styleSheet>',
    );
    const before = { fontFamily: 'Arial', fontSize: 12 };
    const xf = styles.xfFor(1, before, { ...before, bold: true, background: '#ffeeaa', wrap: true });
    expect(xf).toBe(2);
    const xml = styles.xml();
    const fonts = findElements(findElement(xml, 'fonts')?.inner ?? '', 'font');
    expect(fonts).toHaveLength(3);
    expect(fonts[2]?.inner).toBe('<b/><u/><sz val="12"/><color theme="4"/><name val="Arial"/>');
    const xfs = findElements(findElement(xml, 'cellXfs')?.inner ?? '', 'xf');
    expect(parseAttrs(xfs[2]?.attrText ?? '').get('fontId')).toBe('2');
    expect(xfs[2]?.inner).toBe('<alignment indent="2" wrapText="1"/>');
    // The same change again reuses the format.
    expect(styles.xfFor(1, before, { ...before, bold: true, background: '#ffeeaa', wrap: true })).toBe(2);
  });
});

describe('a book not loaded from a file', () => {
  it('is written from the in-memory workbook, with no notice', async () => {
    const saved = await saveXlsxFile(sampleWorkbook());
    expect(saved.notices).toEqual([]);
    expect((await loadXlsx(saved.bytes)).sheet(ROSTER)?.values()).toEqual(sampleWorkbook().sheet(ROSTER)?.values());
  });
});
