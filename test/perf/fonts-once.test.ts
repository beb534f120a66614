/**
 * The PDF printer's fonts are read and parsed once per process (issue 14): registered by
 * file, pdfkit parsed the four Tinos faces again for every document.
 */
import { describe, expect, it } from 'vitest';
import { SHEET_NAMES } from '../../src/core/text';
import { reportLayout } from '../../src/layout/report';
import { classifyBook } from '../../src/local/cli';
import { fontParses, tinosFonts } from '../../src/local/pdf-fonts';
import { ballotsPdf, printSheetToPdf } from '../../src/local/pdf-printer';
import { sampleWorkbook } from '../../src/local/sample';

const TODAY = { year: 2023, month: 12, day: 7 };

describe('fonts parsed once per process', () => {
  it('three documents parse each of the four faces once, and pdfkit takes the parsed faces', async () => {
    expect(fontParses()).toBe(0);
    const book = sampleWorkbook();
    const run = classifyBook(book, TODAY, { overrides: {}, addMissingColumns: true });
    const report = book.sheet(SHEET_NAMES.report);
    if (!report) throw new Error('no report');
    const first = await printSheetToPdf(report, { print: reportLayout(run).print });
    expect(fontParses()).toBe(4);
    const second = await printSheetToPdf(report, { print: reportLayout(run).print });
    expect(await ballotsPdf(run)).not.toBeNull();
    expect(fontParses()).toBe(4);
    // A shared parsed face changes nothing in the file.
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    // Parsed fonts, not bytes: pdfkit still keeps them where pdf-fonts.ts looks.
    for (const face of Object.values(tinosFonts())) expect(face).not.toBeInstanceOf(Uint8Array);
  });
});
