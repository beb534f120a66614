/** A library failing inside a run (here the PDF printer): a Vietnamese message, exit 2, nothing written. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES, runCli, tempDir } from './run-cli';

vi.mock('../../src/local/pdf-printer', () => ({
  printSheetToPdf: async () => {
    throw new RangeError('pdfkit: font table out of range');
  },
}));

describe('an unexpected library failure', () => {
  it('prints what to do with the technical detail at the end, never a stack trace; the earlier outputs stay', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'ket-qua.xlsx'), 'old');
    const run = await runCli(['classify', join(FIXTURES, 'plain-comma-lf.csv'), '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Lỗi không lường trước trong phan-loai; không có tệp nào được ghi.');
    expect(run.stderr).toContain('Hãy chạy lại');
    expect(run.stderr.trimEnd()).toMatch(/Chi tiết kỹ thuật: RangeError: pdfkit: font table out of range$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual(['ket-qua.xlsx']);
    expect(readFileSync(join(out, 'ket-qua.xlsx'), 'utf8')).toBe('old');
  });
});
