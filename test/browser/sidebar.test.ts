import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/local/preview-server';
import { sampleWorkbook } from '../../src/local/sample';
import { CHROMIUM, HAS_BROWSER, IN_CI, launch } from './browser';

const GAS_DIR = join(__dirname, '..', '..', 'build', 'gas');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('a browser is available for the sidebar tests', () => {
  it.runIf(IN_CI)('CI has Chromium at /usr/bin/chromium', () => {
    expect(HAS_BROWSER, `${CHROMIUM} is missing: .ci/run must install chromium`).toBe(true);
  });
});

describe.skipIf(!HAS_BROWSER)('the sidebar in headless Chromium, bridged to the local backend', () => {
  let browser: Browser;
  let preview: Preview;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    await preview?.close();
    preview = await startPreview(sampleWorkbook(), 0, GAS_DIR);
    page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(preview.url);
    await page.locator('#quota').waitFor();
  });

  const settingValue = (label: string) =>
    preview.runtime.services.book
      .sheet('Cấu hình')
      ?.values()
      .find((row) => row[0] === label)?.[1];

  it('shows the live summary from the real server functions', async () => {
    await expect(page.locator('tr[data-level="HTXS"] td').textContent()).resolves.toBe('1');
    await expect(page.locator('tr[data-level="HTT"] td').textContent()).resolves.toBe('15');
    await expect(page.locator('#quota').textContent()).resolves.toBe('Hạn mức HTXS 15%: tối đa 2, đã dùng 1 — Trong hạn mức');
    await expect(page.locator('#chi-bo-level').textContent()).resolves.toBe('Chi bộ: Hoàn thành tốt nhiệm vụ');
    await expect(page.locator('#voting-base').textContent()).resolves.toBe('Số đảng viên chính thức biểu quyết (N): 21');
  });

  it('changing the quota in the form and saving writes «Cấu hình» and updates the summary', async () => {
    await page.locator('#f-quotaPercent').fill('25');
    await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
    await page.locator('#status', { hasText: 'Đã lưu cấu hình.' }).waitFor();
    expect(settingValue('Hạn mức HTXS (%)')).toBe(25);
    // T = 16: allowed ⌊25·16/125⌋ = 3; the two tied members now fit with the leader.
    await expect(page.locator('#quota').textContent()).resolves.toBe('Hạn mức HTXS 25%: tối đa 3, đã dùng 3 — Trong hạn mức');
  });

  it('an invalid setting shows the Vietnamese message beside the field and saves nothing', async () => {
    const before = JSON.stringify(preview.runtime.services.book.sheet('Cấu hình')?.values());
    const calls = preview.runtime.services.counter.snapshot()['Range.setValues'] ?? 0;
    await page.locator('#f-quotaPercent').fill('150');
    await page.locator('#f-meetingDate').fill('');
    await page.locator('#f-year').fill('hai nghìn');
    await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
    const error = page.locator('#f-quotaPercent-error');
    await expect(error.textContent()).resolves.toBe(
      'Cấu hình «Hạn mức HTXS (%)»: giá trị «150» phải là số nguyên từ 0 đến 100. Nhập một số nguyên từ 0 đến 100, ví dụ 15.',
    );
    await expect(page.locator('#f-year-error').textContent()).resolves.toContain('không phải là một năm hợp lệ');
    await expect(page.locator('#f-quotaPercent').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#status').textContent()).resolves.toBe('Chưa lưu: hãy sửa các ô được đánh dấu.');
    expect(JSON.stringify(preview.runtime.services.book.sheet('Cấu hình')?.values())).toBe(before);
    expect(preview.runtime.services.counter.snapshot()['Range.setValues'] ?? 0).toBe(calls);
  });

  it('clicking Tính lại recomputes and the summary changes', async () => {
    // The chi bộ settles the tie: Nguyễn Văn Hùng (row 3) gets HTXS by conclusion.
    const roster = preview.runtime.services.book.sheet('Danh sách')!;
    const conclusion = (roster.values()[0] ?? []).indexOf('Kết luận chi bộ') + 1;
    roster.cellForWrite(3, conclusion).value = 'HTXS';
    await expect(page.locator('tr[data-level="HTXS"] td').textContent()).resolves.toBe('1');
    await page.getByRole('button', { name: 'Tính lại' }).click();
    await page.locator('#status', { hasText: 'Đã xếp loại 25 đảng viên.' }).waitFor();
    await expect(page.locator('tr[data-level="HTXS"] td').textContent()).resolves.toBe('2');
    const header = roster.values()[0] ?? [];
    expect(header).toContain('Kết quả xếp loại');
  });

  it("clicking a warning selects that member's row in «Danh sách»", async () => {
    const link = page.locator('button.link', { hasText: 'Dương Thị Yến' }).first();
    await expect(link.getAttribute('data-row')).resolves.toBe('19');
    await link.click();
    await expect.poll(() => preview.runtime.services.book.sheet('Danh sách')?.activeRange?.row).toBe(19);
    expect(preview.runtime.services.book.sheet('Danh sách')?.activeRange).toMatchObject({ row: 19, column: 1, numRows: 1 });
  });

  it('Xuất PDF gives a download link', async () => {
    await page.getByRole('button', { name: 'Xuất PDF' }).click();
    const link = page.locator('#pdf-link');
    await link.waitFor();
    await expect(link.getAttribute('download')).resolves.toBe('bao-cao-xep-loai-2023.pdf');
    await expect(link.getAttribute('href')).resolves.toMatch(/^blob:/);
    expect(preview.runtime.services.urlFetch.requests).toHaveLength(1);
  });

  it("a failure shows the server's message and leaves the sheets as they were", async () => {
    preview.runtime.services.lock.held = true;
    const before = JSON.stringify(preview.runtime.services.book.sheets.map((s) => s.values()));
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.locator('#status', { hasText: 'Không thực hiện được' }).waitFor();
    await expect(page.locator('#status').textContent()).resolves.toContain('Đang có một lần «Tính lại» khác chạy');
    expect(JSON.stringify(preview.runtime.services.book.sheets.map((s) => s.values()))).toBe(before);
    await expect(page.getByRole('button', { name: 'Tạo báo cáo' }).isEnabled()).resolves.toBe(true);
  });

  it('a member named <img src=x onerror=alert(1)> shows as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const roster = preview.runtime.services.book.sheet('Danh sách')!;
    roster.cellForWrite(19, 2).value = evil;
    await page.reload();
    const link = page.locator('button.link', { hasText: evil }).first();
    await link.waitFor();
    await expect(link.textContent()).resolves.toContain(evil);
    await expect(page.locator('#warnings img').count()).resolves.toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });

  it('axe-core finds no serious or critical accessibility violations', async () => {
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
