/**
 * Long words and absurd cells in the local PDF printer (issue 11): a word wider than its
 * cell is broken by characters in linear work, and a cell past MAX_PRINTED_CHARS is cut,
 * after a note (first, so a cell taller than a page still shows it). Work is counted (characters handed to the width measure), never timed.
 */
import { describe, expect, it } from 'vitest';
import { CallCounter } from '../../src/local/call-counter';
import { breakLongWords, cutText, MAX_PRINTED_CHARS } from '../../src/local/pdf-measure';
import { printSheetToPdf, type WidthMeasure } from '../../src/local/pdf-printer';
import { LocalSpreadsheet, type LocalSheet } from '../../src/local/workbook';
import { readPdf } from '../pdf-text';

function sheetWithName(name: string): LocalSheet {
  const sheet = new LocalSpreadsheet(new CallCounter()).addSheet('Báo cáo');
  sheet
    .getRange(1, 1, 3, 2)
    .setValues([
      [1, 'Đặng Quốc Bảo'],
      [2, name],
      [3, 'Trần Văn Phước'],
    ])
    .setWrap(true);
  sheet.setColumnWidth(2, 200);
  return sheet;
}

/** Prints and counts what was measured: calls, and characters handed to pdfkit's width measure. */
async function printCounting(sheet: LocalSheet): Promise<{ bytes: Uint8Array; calls: number; chars: number }> {
  let calls = 0;
  let chars = 0;
  const widthOfString: WidthMeasure = (text, measure) => {
    calls++;
    chars += text.length;
    return measure(text);
  };
  const bytes = await printSheetToPdf(sheet, { widthOfString });
  return { bytes, calls, chars };
}

describe('long words in the PDF', () => {
  it('breaks a 10 KB unbreakable name with work linear in the printed text', async () => {
    const name = `Nguyễn ${'Ă'.repeat(10000)}`;
    const { bytes, calls, chars } = await printCounting(sheetWithName(name));
    expect(calls).toBeGreaterThan(0);
    // pdfkit alone measured the rest of the word once per line: about 5.7 million characters here.
    expect(chars).toBeLessThan(20 * MAX_PRINTED_CHARS);
    const text = (await readPdf(bytes)).map((p) => p.text.replace(/\s+/g, ' ')).join(' ');
    expect(text).toContain('Đặng Quốc Bảo');
    expect(text).toContain('ô quá dài: 10.007 ký tự');
    expect(text).toContain('Ă'.repeat(20));
  });

  it('measures about as many characters again as the word when it is just under the cut', async () => {
    const measured = async (n: number) => (await printCounting(sheetWithName(`Nguyễn ${'Ă'.repeat(n)}`))).chars;
    const small = await measured(500);
    const large = await measured(MAX_PRINTED_CHARS - 10);
    // Linear: four times the word, about four times the work (quadratic would be sixteen).
    expect(large / small).toBeLessThan(5);
    expect(large).toBeLessThan(12 * MAX_PRINTED_CHARS);
  });

  it('prints a 1 MB cell, cut, with a note', async () => {
    const sheet = sheetWithName('Ă'.repeat(1024 * 1024));
    const { bytes } = await printCounting(sheet);
    // The note wraps in the 200 px column.
    const text = (await readPdf(bytes)).map((p) => p.text.replace(/\s+/g, ' ')).join(' ');
    expect(text).toContain('ô quá dài: 1.048.576 ký tự, chỉ in 2.000 ký tự đầu');
    expect(text).toContain('Trần Văn Phước');
  });
});

describe('breakLongWords', () => {
  const widthOf = (t: string) => [...t].length * 10;
  const charWidth = () => 10;

  it('keeps words that fit and breaks a long one into pieces that fit, each on its own line', () => {
    expect(breakLongWords('ab cd', 30, widthOf, charWidth)).toBe('ab cd');
    expect(breakLongWords('ab abcdefgh x', 30, widthOf, charWidth)).toBe('ab abc\ndef\ngh x');
  });

  it('never separates a letter from its combining marks (NFD)', () => {
    const nfd = 'Nguyễn'.normalize('NFD').repeat(3);
    const out = breakLongWords(nfd, 30, (t) => (t.match(/\P{M}/gu) ?? []).length * 10, charWidth);
    for (const line of out.split('\n')) expect(line.normalize('NFC')).toMatch(/^\P{M}/u);
    expect(out.replace(/\n/g, '')).toBe(nfd);
  });

  it('measures each character of a long word a bounded number of times', () => {
    let measured = 0;
    const counting = (t: string) => {
      measured += t.length;
      return widthOf(t);
    };
    const word = 'x'.repeat(100000);
    const out = breakLongWords(word, 200, counting, charWidth);
    expect(out.split('\n')).toHaveLength(5000);
    expect(measured).toBeLessThanOrEqual(2 * word.length);
  });

  it('shrinks a piece that kerning makes wider than the estimate', () => {
    // Every character is estimated at 10 but measured at 12.
    const out = breakLongWords('x'.repeat(20), 100, (t) => t.length * 12, charWidth);
    for (const line of out.split('\n')) expect(line.length * 12).toBeLessThanOrEqual(100);
  });
});

describe('cutText', () => {
  it('leaves a cell of MAX_PRINTED_CHARS alone and cuts a longer one before a letter, not inside it', () => {
    expect(cutText('a'.repeat(MAX_PRINTED_CHARS))).toBe('a'.repeat(MAX_PRINTED_CHARS));
    const nfd = 'ễ'.normalize('NFD'); // e + two combining marks
    const cut = cutText(`${'a'.repeat(MAX_PRINTED_CHARS - 1)}${nfd.repeat(10)}`);
    expect(cut.endsWith(` ${'a'.repeat(MAX_PRINTED_CHARS - 1)}…`)).toBe(true);
    const emoji = cutText(`${'a'.repeat(MAX_PRINTED_CHARS - 1)}😀😀`);
    expect(emoji.endsWith(` ${'a'.repeat(MAX_PRINTED_CHARS - 1)}…`)).toBe(true);
    expect(cut.startsWith('[ô quá dài: 2.029 ký tự, chỉ in 2.000 ký tự đầu] ')).toBe(true);
  });
});
