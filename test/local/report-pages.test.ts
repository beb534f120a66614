import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/addon/gas';
import { renderLayout } from '../../src/addon/render';
import { runClassification } from '../../src/core/run';
import { DOC } from '../../src/core/text';
import { reportLayout } from '../../src/layout/report';
import { shellServices } from '../../src/local/cli';
import { CallCounter } from '../../src/local/call-counter';
import { printSheetToPdf } from '../../src/local/pdf-printer';
import { sampleRosterGrid, sampleSettingsGrid } from '../../src/local/sample';
import { LocalSpreadsheet } from '../../src/local/workbook';
import { TODAY } from '../helpers';
import { readPdf } from '../pdf-text';

const SECRETARY = 'Trần Thị Mai Hương';

/** The sample's rows repeated (names varied) up to n members. */
function roster(n: number): CellValue[][] {
  const [headers = [], ...rows] = sampleRosterGrid();
  const out: CellValue[][] = [headers];
  for (let i = 0; i < n; i++) {
    const row = [...(rows[i % rows.length] ?? [])];
    row[0] = i + 1;
    if (i >= rows.length) row[1] = `${String(row[1])} ${Math.floor(i / rows.length) + 1}`;
    out.push(row);
  }
  return out;
}

async function printReport(n: number) {
  const run = runClassification({ roster: roster(n), settings: sampleSettingsGrid(), today: TODAY });
  const layout = reportLayout(run);
  const book = new LocalSpreadsheet(new CallCounter());
  renderLayout(shellServices(book), layout);
  const sheet = book.sheet(layout.sheetName);
  if (!sheet) throw new Error('no report sheet');
  return { run, pages: await readPdf(await printSheetToPdf(sheet, { print: layout.print })) };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const listHeader = flat(DOC.listHead.join(' '));

describe('«Báo cáo» printed for 20 to 80 members', () => {
  it('keeps «Nơi nhận», T/M CHI BỘ, BÍ THƯ and the name on the last page, and repeats the table header', async () => {
    for (let n = 20; n <= 80; n++) {
      const { run, pages } = await printReport(n);
      expect(run.results).toHaveLength(n);
      const last = flat(pages[pages.length - 1]?.text ?? '');
      for (const word of [DOC.recipientsTitle, DOC.signFor, DOC.secretary, SECRETARY, DOC.section4]) {
        expect(last, `${n} members, last page`).toContain(word);
      }
      expect(last.lastIndexOf(SECRETARY)).toBeGreaterThan(last.lastIndexOf(DOC.secretary));
      // Every member row is printed once; every page after the first that holds member rows starts with the header.
      const rows = run.results.map((r, i) => ` ${i + 1} ${r.member.name.normalize('NFC')} `);
      const texts = pages.map((p) => ` ${flat(p.text)} `);
      for (const row of rows)
        expect(
          texts.filter((t) => t.includes(row)),
          `${n} members, row${row}`,
        ).toHaveLength(1);
      for (const [i, page] of pages.entries()) {
        const text = flat(page.text);
        if (i === 0) continue;
        const holdsMembers = rows.some((row) => ` ${text} `.includes(row));
        if (holdsMembers) expect(text, `${n} members, page ${i + 1}`).toContain(listHeader);
        // Page numbers from page 2, centred at the top.
        expect(text.trimStart().startsWith(String(i + 1)), `${n} members, page ${i + 1} number`).toBe(true);
      }
      expect(
        flat(pages[0]?.text ?? '')
          .trimStart()
          .startsWith('1'),
      ).toBe(false);
    }
  }, 120_000);
});
