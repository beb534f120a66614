/**
 * What users see stays the same when the code gets faster (issue 14): every generated sheet
 * as the add-on draws it in Sheets (values, styles, merges, widths), the XLSX the CLI writes
 * (read back cell by cell) and the text of its PDF and Word files are compared with a
 * snapshot recorded before the performance work. A change of look is made on purpose by
 * updating the snapshot (`npx vitest run test/perf/identical-outputs.test.ts -u`) and
 * reading its diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeRosterGrid } from '../../src/local/large-roster';
import { loadInput } from '../../src/local/load-input';
import { sampleWorkbook } from '../../src/local/sample';
import { sampleQd366Workbook } from '../../src/local/sample-qd366';
import type { LocalSheet, LocalSpreadsheet } from '../../src/local/workbook';
import { loadBundle } from '../addon/gas-vm';
import { bookFromGrid } from '../addon/roster-factory';
import { readDocx } from '../docx-text';
import { readPdf } from '../pdf-text';
import { runCli, tempDir } from '../local/run-cli';

const SNAPSHOTS = join(__dirname, '__snapshots__', 'outputs');

function cellText(value: unknown): string {
  if (value instanceof Date) return `date:${value.toISOString()}`;
  return JSON.stringify(value);
}

/** One line per non-empty cell (value, formula, style, validation), then merges, widths and frozen rows. */
function dumpSheet(sheet: LocalSheet, styles: Map<string, number>): string {
  const lines = [`# ${sheet.name}`];
  for (const [r, row] of sheet.rows.entries()) {
    if (!row) continue;
    for (const [c, cell] of row.entries()) {
      if (!cell) continue;
      const style = JSON.stringify(Object.fromEntries(Object.entries(cell.style).sort(([a], [b]) => a.localeCompare(b))));
      const parts = [`R${r + 1}C${c + 1}`, cellText(cell.value)];
      if (cell.formula !== undefined) parts.push(`=${cell.formula}`);
      if (style !== '{}') {
        if (!styles.has(style)) styles.set(style, styles.size + 1);
        parts.push(`s${styles.get(style)}`);
      }
      if (cell.validation) parts.push(JSON.stringify(cell.validation));
      if (parts.length > 2 || cell.value !== '') lines.push(parts.join(' | '));
    }
  }
  const merges = sheet.merges
    .map((m) => `${m.row},${m.column},${m.numRows},${m.numColumns}`)
    .sort()
    .join(' ');
  lines.push(`merges: ${merges}`);
  lines.push(
    `widths: ${[...sheet.columnWidths.entries()]
      .sort(([a], [b]) => a - b)
      .map(([c, w]) => `${c}:${w}`)
      .join(' ')}`,
  );
  lines.push(`frozen: ${sheet.frozenRows}`);
  return lines.join('\n');
}

/** Styles are numbered in order of first use and listed once at the end, to keep the snapshot readable. */
function dumpBook(book: LocalSpreadsheet): string {
  const styles = new Map<string, number>();
  const sheets = book.sheets.map((sheet) => dumpSheet(sheet, styles)).join('\n\n');
  const table = [...styles.entries()].map(([style, id]) => `s${id} = ${style}`).join('\n');
  return `${sheets}\n\n# styles\n${table}\n`;
}

const BOOKS: [string, () => LocalSpreadsheet][] = [
  ['sample-2023', () => sampleWorkbook()],
  ['sample-qd366', () => sampleQd366Workbook()],
  ['large-60', () => bookFromGrid(largeRosterGrid(60))],
];

const OPERATIONS = ['menuSetupTemplate', 'menuRecompute', 'menuReport', 'menuBallots', 'menuReviewOrder', 'menuMinutes'];

describe('outputs stay identical', () => {
  for (const [name, make] of BOOKS) {
    it(`every generated sheet in Sheets: ${name}`, async () => {
      const book = make();
      const bundle = loadBundle(book);
      for (const fn of OPERATIONS) bundle.call(fn);
      await expect(dumpBook(book)).toMatchFileSnapshot(join(SNAPSHOTS, `sheets-${name}.txt`));
    });
  }

  for (const profile of ['ke-hoach-2023', 'qd366-2025']) {
    it(`the CLI's XLSX, PDF and Word files: demo --profile ${profile}`, async () => {
      const out = tempDir();
      const run = await runCli(['demo', '--profile', profile, '--out', out]);
      expect(run.code).toBe(0);
      const book = await loadInput(join(out, 'ket-qua.xlsx'));
      await expect(dumpBook(book)).toMatchFileSnapshot(join(SNAPSHOTS, `xlsx-${profile}.txt`));
      const texts: string[] = [];
      for (const file of ['bao-cao.pdf', 'phieu-danh-gia.pdf']) {
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(join(out, file));
        } catch {
          texts.push(`# ${file}: none`);
          continue;
        }
        const pages = await readPdf(bytes);
        texts.push(`# ${file}: ${pages.length} pages`, ...pages.map((p, i) => `## page ${i + 1}\n${p.text}`));
      }
      for (const file of ['bao-cao.docx', 'bien-ban.docx']) {
        texts.push(`# ${file}`, (await readDocx(readFileSync(join(out, file)))).text);
      }
      await expect(`${texts.join('\n')}\n`).toMatchFileSnapshot(join(SNAPSHOTS, `documents-${profile}.txt`));
    });
  }
});
