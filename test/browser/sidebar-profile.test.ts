/**
 * Switching «Bộ quy tắc» from the sidebar: the form, the summary and the quota follow the
 * profile; a roster the profile can't read (the 2023 sample has no score columns under
 * QĐ 366) says so clearly and the user can switch back.
 */
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/addon/gas';
import { startPreview, type Preview } from '../../src/local/preview-server';
import { sampleWorkbook } from '../../src/local/sample';
import type { LocalSpreadsheet } from '../../src/local/workbook';
import { HAS_BROWSER, launch } from './browser';

const GAS_DIR = join(__dirname, '..', '..', 'build', 'gas');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const QD366 = 'QĐ 366-QĐ/TW (2025)';
const PLAN = 'Kế hoạch chi bộ 2023';
const SIDEBAR_WIDTH = 340;

/**
 * The 25 sample members' agreed scores [general /30, tasks /70], row by row. Leaders are
 * rows 2–6, 15, 16 of the sheet (members 1–5, 14, 15).
 */
// biome-ignore format: one member per line, read as a table
const SCORES: [number, number][] = [
  [28, 67], // 1 leader 95
  [27, 66], // 2 leader 93
  [27, 65], // 3 leader 92
  [25, 60], // 4 leader 85
  [26, 65], // 5 leader 91
  [28, 64], // 6 member 92
  [25, 60], // 7 member 85
  [24, 58], // 8 member 82
  [25, 61], // 9 member 86
  [24, 55], // 10 member 79
  [23, 55], // 11 member 78
  [22, 50], // 12 member 72 (4 months' sick leave: a note only)
  [24, 56], // 13 member 80
  [25, 58], // 14 leader 83
  [24, 57], // 15 leader 81
  [20, 45], // 16 member 65 → HT
  [22, 50], // 17 member 72, under discipline → KHT
  [21, 48], // 18 member 69, a listed fault → KHT
  [21, 44], // 19 member 65 → HT
  [28, 63], // 20 member 91
  [20, 46], // 21 member 66 → HT
  [24, 56], // 22 probationary 80
  [24, 56], // 23 under 6 months → KXL
  [24, 56], // 24 absent → CXL
  [24, 56], // 25 exempt → KXL
];

/** The sample with the two score columns added right of its last column, as a user would. */
function sampleWithScores(): LocalSpreadsheet {
  const book = sampleWorkbook();
  const roster = book.sheet('Danh sách');
  if (!roster) throw new Error('the sample has no roster');
  const first = roster.lastColumn() + 1;
  const cells: CellValue[][] = [['Điểm tiêu chí chung', 'Điểm kết quả nhiệm vụ'], ...SCORES];
  for (const [r, row] of cells.entries()) {
    for (const [c, value] of row.entries()) roster.cellForWrite(r + 1, first + c).value = value;
  }
  return book;
}

describe.skipIf(!HAS_BROWSER)('switching «Bộ quy tắc» in the sidebar', () => {
  let browser: Browser;
  let preview: Preview | undefined;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await page?.close();
    await preview?.close();
    preview = undefined;
  });

  async function open(book: LocalSpreadsheet, width = SIDEBAR_WIDTH): Promise<Preview> {
    const started = await startPreview(book, 0, GAS_DIR);
    preview = started;
    page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(started.url);
    await page.locator('#profile-name').waitFor();
    return started;
  }

  const settingValue = (p: Preview, label: string) =>
    p.runtime.services.book
      .sheet('Cấu hình')
      ?.values()
      .find((row) => row[0] === label)?.[1];

  async function switchProfile(name: string): Promise<void> {
    const select = page.getByLabel('Bộ quy tắc', { exact: true });
    await expect(select.evaluate((node) => node.tagName)).resolves.toBe('SELECT');
    await select.selectOption({ label: name });
    await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
    await page.locator('#profile-name', { hasText: name }).waitFor();
  }

  /** The whole page to /tmp/<name>.png, for a person to look at; with SHOTS=1 also in 700 px slices. */
  async function screenshot(name: string): Promise<void> {
    await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
    if (!process.env.SHOTS) return;
    const height = await page.evaluate<number>('document.documentElement.scrollHeight');
    for (let y = 0, i = 0; y < height; y += 700, i++) {
      const clip = { x: 0, y, width: page.viewportSize()?.width ?? SIDEBAR_WIDTH, height: Math.min(700, height - y) };
      await page.screenshot({ path: `/tmp/${name}-${i}.png`, fullPage: true, clip });
    }
  }

  /** axe-core's serious and critical findings on the page as it is now. */
  async function accessibilityProblems(): Promise<{ id: string; impact: string | null; nodes: number }[]> {
    await page.addScriptTag({ content: AXE });
    const found = await page.evaluate<{ id: string; impact: string | null; nodes: number }[]>(
      'axe.run().then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))',
    );
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  const labels = () => page.locator('#fields label').allTextContents();

  it('a roster with scores: the summary, the quota per group, the chi bộ level and the form follow QĐ 366', async () => {
    const p = await open(sampleWithScores());
    await expect(page.locator('#quota').textContent()).resolves.toBe('Hạn mức HTXS 15%: tối đa 2, đã dùng 1 — Trong hạn mức');
    await expect(page.locator('tr[data-level="HTXS"] td').textContent()).resolves.toBe('1');
    const countsBefore = await page.locator('table.counts td').allTextContents();
    expect(await labels()).not.toContain('Biểu quyết tại chi bộ');
    // «Bộ quy tắc» offers both profiles.
    await expect(page.locator('#f-profile option').allTextContents()).resolves.toEqual(['(để trống)', PLAN, QD366]);

    await switchProfile(QD366);
    expect(settingValue(p, 'Bộ quy tắc')).toBe(QD366);
    await expect(page.locator('#status').textContent()).resolves.toContain(`Bộ quy tắc mới: ${QD366}`);
    await expect(page.locator('#unusable').count()).resolves.toBe(0);
    // Leaders (7 at HTXS/HTT): ⌊20·7/120⌋ = 1 HTXS, 95 keeps it; 93, 92 and 91 go to HTT.
    // Members (10 at HTXS/HTT: sheet rows 7–14, 21, 23): 1 HTXS, 92 keeps it, 91 goes.
    await expect(page.locator('#quota').textContent()).resolves.toBe('Hạn mức HTXS 20%: tối đa 2, đã dùng 2 — Trong hạn mức');
    const groups = page.locator('#quota-groups li');
    await expect(groups.count()).resolves.toBe(3);
    await expect(page.locator('#quota-groups li[data-group="leader"]').textContent()).resolves.toBe(
      'Lãnh đạo, quản lý: tối đa 1, đã dùng 1 (7 HTT trở lên)',
    );
    await expect(page.locator('#quota-groups li[data-group="member"]').textContent()).resolves.toBe(
      'Không giữ chức vụ lãnh đạo, quản lý: tối đa 1, đã dùng 1 (10 HTT trở lên)',
    );
    await expect(page.locator('#quota-groups li[data-group="outside"]').textContent()).resolves.toBe(
      'Không làm việc trong hệ thống chính trị: tối đa 0, đã dùng 0 (0 HTT trở lên)',
    );
    // Counts from the scores, not the votes (the 2023 plan gave HTXS 1, HTT 15).
    const count = (level: string) => page.locator(`tr[data-level="${level}"] td`).textContent();
    await expect(count('HTXS')).resolves.toBe('2');
    await expect(count('HTT')).resolves.toBe('15');
    await expect(count('HT')).resolves.toBe('3');
    await expect(count('KHT')).resolves.toBe('2');
    await expect(count('KXL')).resolves.toBe('2');
    await expect(count('CXL')).resolves.toBe('1');
    expect(await page.locator('table.counts td').allTextContents()).not.toEqual(countsBefore);
    // The chi bộ votes only when «Biểu quyết tại chi bộ» = Có: N is not shown.
    await expect(page.locator('#voting-base').count()).resolves.toBe(0);
    // No chi bộ score in «Cấu hình» yet: «Chưa xếp loại» as QĐ 366 names it, with the reasons.
    await expect(page.locator('#chi-bo-level').textContent()).resolves.toBe('Chi bộ: Chưa xếp loại');
    await expect(page.locator('#chi-bo-reasons').textContent()).resolves.toContain('Điểm tiêu chí chung của chi bộ');
    // The form now lists the labels of QĐ 366.
    const now = await labels();
    expect(now).toContain('Biểu quyết tại chi bộ');
    expect(now).toContain('Điểm tiêu chí chung của chi bộ');
    expect(now).toContain('Tính hạn mức theo nhóm đối tượng');
    expect(now).not.toContain('Cấp ủy đoàn kết');
    await expect(page.locator('#f-quotaPercent + .hint').textContent()).resolves.toBe(
      'Để trống: 20%, hoặc 25% nếu «Đơn vị có thành tích xuất sắc, nổi trội» là Có',
    );
    await screenshot('sidebar-qd366');
    await expect(accessibilityProblems()).resolves.toEqual([]);
    await page.locator('#chi-bo-reasons summary').click();
    await page.locator('#summary').screenshot({ path: '/tmp/sidebar-qd366-summary.png' });

    // A new label saved from the form is appended to «Cấu hình» and counts at once.
    await page.locator('#f-chiBoGeneralScore').fill('27');
    await page.locator('#f-chiBoTaskScore').fill('62');
    await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
    await page.locator('#status', { hasText: 'Đã lưu cấu hình.' }).waitFor();
    expect(settingValue(p, 'Điểm tiêu chí chung của chi bộ')).toBe(27);
    await expect(page.locator('#chi-bo-level').textContent()).resolves.toBe('Chi bộ: Hoàn thành tốt nhiệm vụ');
  });

  it('the 2023 sample under QĐ 366 says clearly why nothing is classified, and switching back works', async () => {
    const p = await open(sampleWorkbook());
    const before = await page.locator('#summary').textContent();
    await switchProfile(QD366);
    const problem = page.locator('#unusable');
    await expect(problem.getAttribute('role')).resolves.toBe('alert');
    await expect(problem.textContent()).resolves.toContain('Chưa xếp loại được');
    await expect(problem.textContent()).resolves.toContain('chưa có cột điểm');
    await expect(problem.textContent()).resolves.toContain('«Điểm tiêu chí chung»');
    // No zeros that look like results.
    await expect(page.locator('table.counts').count()).resolves.toBe(0);
    await expect(page.locator('#quota').count()).resolves.toBe(0);
    await expect(page.locator('#warnings').textContent()).resolves.toContain('Chưa có kết quả xếp loại');
    expect(await labels()).toContain('Biểu quyết tại chi bộ');
    await screenshot('sidebar-qd366-unusable');
    await expect(accessibilityProblems()).resolves.toEqual([]);

    // The actions fail with the same message and change nothing.
    const sheets = JSON.stringify(p.runtime.services.book.sheets.map((s) => s.values()));
    await page.getByRole('button', { name: 'Tính lại' }).click();
    await page.locator('#status', { hasText: 'Không thực hiện được' }).waitFor();
    expect(JSON.stringify(p.runtime.services.book.sheets.map((s) => s.values()))).toBe(sheets);

    await switchProfile(PLAN);
    expect(settingValue(p, 'Bộ quy tắc')).toBe(PLAN);
    await expect(page.locator('#unusable').count()).resolves.toBe(0);
    await expect(page.locator('#summary').textContent()).resolves.toBe(`${before}`);
    expect(await labels()).not.toContain('Biểu quyết tại chi bộ');
  });

  it.each([
    [320, 'with scores', sampleWithScores],
    [360, 'with scores', sampleWithScores],
    [320, 'without scores', sampleWorkbook],
  ])('at %i px, %s, the page fits the sidebar under QĐ 366: nothing sticks out sideways', async (width, _, book) => {
    await open(book(), width);
    await switchProfile(QD366);
    await page.locator('#chi-bo-reasons summary, #unusable').first().click();
    if (process.env.SHOTS) await screenshot(`sidebar-qd366-${width}-${book === sampleWorkbook ? 'unusable' : 'scores'}`);
    // The test files see no DOM types: the page-side code goes in as text.
    await expect(
      page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
    ).resolves.toBe(0);
    const outside = await page.evaluate<string[]>(
      `Array.from(document.querySelectorAll('#app *'))
        .filter((node) => node.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((node) => node.tagName + '#' + node.id + '.' + node.className)`,
    );
    expect(outside).toEqual([]);
  });
});
