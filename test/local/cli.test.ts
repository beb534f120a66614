import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/core/summary';
import { loadXlsx } from '../../src/local/xlsx';
import { FIXTURES, runCli, tempDir } from './run-cli';

const ROOT = join(__dirname, '..', '..');

function json(stdout: string): RunSummary {
  return JSON.parse(stdout) as RunSummary;
}

describe('phan-loai demo', () => {
  it('classifies the bundled sample, writes ket-qua.xlsx and prints a summary', async () => {
    const out = tempDir();
    const run = await runCli(['demo', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Hạn mức HTXS: 15% số HTT — 16 đảng viên HTXS/HTT, được tối đa 2, đã dùng 1');
    expect(run.stdout).toMatch(/HTXS Hoàn thành xuất sắc nhiệm vụ\s+1/);
    expect(run.stdout).toMatch(/HTT Hoàn thành tốt nhiệm vụ\s+15/);
    expect(run.stdout).toContain(join(out, 'ket-qua.xlsx'));
    const book = await loadXlsx(readFileSync(join(out, 'ket-qua.xlsx')));
    const values = book.sheet('Danh sách')?.values() ?? [];
    const header = values[0] ?? [];
    const resultCol = header.indexOf('Kết quả xếp loại');
    expect(header.slice(-5)).toEqual(['Mức theo tiêu chí', 'Mức theo phiếu', 'Kết quả xếp loại', 'Cảnh báo', 'Giải thích']);
    expect(values.length).toBe(26);
    expect(values.slice(1).map((row) => row[resultCol])).toEqual([
      'HTXS',
      'HTT',
      'HTT',
      'HTT',
      'HTT',
      'HTT',
      'HTT',
      'HTT',
      'HTT',
      'HTT',
      'HTT',
      'HT',
      'HTT',
      'HTT',
      'HTT',
      'HT',
      'KHT',
      'CXL',
      'HT',
      'HTT',
      'HT',
      'HTT',
      'KXL',
      'CXL',
      'KXL',
    ]);
  });
});

describe('phan-loai classify', () => {
  it('--json prints only the JSON contract for a semicolon CSV with a BOM', async () => {
    const out = tempDir();
    const run = await runCli(['classify', join(FIXTURES, 'excel-vi-bom-semicolon-crlf.csv'), '--json', '--out', out]);
    expect(run.code).toBe(0);
    const summary = json(run.stdout);
    expect(summary.votingBase).toBe(4);
    expect(summary.counts).toEqual({ HTXS: 0, HTT: 3, HT: 1, KHT: 1, KXL: 0, CXL: 0 });
    expect(summary.quota).toMatchObject({ percent: 15, allowed: 0, used: 0, exceeded: false });
    expect(summary.members.map((m) => [m.row, m.name, m.ceiling, m.byVotes, m.result])).toEqual([
      [2, 'Nguyễn Thị Ánh', 'HTXS', 'HTXS', 'HTT'],
      [3, 'Trần Văn Bình', 'HT', 'HTT', 'HT'],
      [4, 'Lê Thị Cúc', 'HTT', 'HTT', 'HTT'],
      [5, 'Phạm Văn Dũng', 'KHT', 'KHT', 'KHT'],
      [6, 'Hoàng Thị Én', 'HTT', 'HTT', 'HTT'],
    ]);
    expect(summary.members[0]?.warnings).toEqual(['Hạ do hạn mức HTXS']);
    expect(summary.cell.result).toBe('CXL');
    expect(summary.errors).toEqual([]);
    expect(existsSync(join(out, 'ket-qua.xlsx'))).toBe(true);
  });

  it('flags override settings: --quota-percent, --voting-base, --no-cumulative, --separate-htxs-ballot', async () => {
    const file = join(FIXTURES, 'plain-comma-lf.csv');
    const quota = json((await runCli(['classify', file, '--json', '--out', tempDir(), '--quota-percent', '50'])).stdout);
    expect(quota.quota).toMatchObject({ percent: 50, allowed: 1, used: 1 });
    expect(quota.members[0]?.result).toBe('HTXS');
    const base = json((await runCli(['classify', file, '--json', '--out', tempDir(), '--voting-base', '7'])).stdout);
    expect(base.votingBase).toBe(7);
    // N = 7: HTXS needs 3v > 14 (v ≥ 5), the others 2v > 7 (v ≥ 4).
    expect(base.members.map((m) => m.result)).toEqual(['HTT', 'HT', 'HTT', 'CXL', 'HT']);
    const plain = json((await runCli(['classify', file, '--json', '--out', tempDir(), '--no-cumulative'])).stdout);
    // Trần Văn Bình: HT ceiling, 3 HTT + 1 HT votes; without cumulation HT has only 1 of 4.
    expect(plain.members[1]?.result).toBe('CXL');
  });

  it('rows with bad data get row, column and value; the other rows are still classified (exit 0)', async () => {
    const run = await runCli(['classify', join(FIXTURES, 'bad-rows.csv'), '--json', '--out', tempDir()]);
    expect(run.code).toBe(0);
    const summary = json(run.stdout);
    expect(summary.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, 'Số tháng nghỉ ốm', '-1'],
      [4, 'Phiếu HTT', '9'],
      [5, 'Kết quả thi đua', 'Xuất sắc lắm'],
    ]);
    for (const e of summary.errors) expect(e.message).toMatch(new RegExp(`^Dòng ${e.row}, cột «${e.column}»`));
    expect(summary.members.map((m) => m.result)).toEqual(['HTT', 'CXL', 'CXL', 'CXL', 'HTT']);
  });

  it('exit 2 with a Vietnamese message and nothing written for a missing column', async () => {
    const out = join(tempDir(), 'never');
    const run = await runCli(['classify', join(FIXTURES, 'missing-column.csv'), '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Thiếu cột «Loại đảng viên»');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['classify'], 'Thiếu tên tệp'],
    [['classify', 'khong-co.csv'], 'Không tìm thấy tệp'],
    [['classify', join(FIXTURES, '..', 'local', 'cli.test.ts')], 'không phải .xlsx hoặc .csv'],
    [['classify', join(FIXTURES, 'plain-comma-lf.csv'), '--quota-percent', 'abc'], '--quota-percent'],
    [['classify', join(FIXTURES, 'plain-comma-lf.csv'), '--meeting-date', '2023-02-31'], '--meeting-date'],
    [['xeploai'], 'Lệnh «xeploai» không có'],
    [['demo', '--bogus'], 'Tham số dòng lệnh không hợp lệ'],
  ])('exit 2 for unusable arguments %j', async (args, message) => {
    const out = tempDir();
    const run = await runCli([...args, '--out', join(out, 'x')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(readdirSync(out)).toEqual([]);
  });

  it('an .xlsx written by the CLI can be classified again with the same results', async () => {
    const out = tempDir();
    await runCli(['demo', '--out', out]);
    const again = await runCli(['classify', join(out, 'ket-qua.xlsx'), '--json', '--out', tempDir()]);
    expect(again.code).toBe(0);
    const summary = json(again.stdout);
    expect(summary.counts).toEqual({ HTXS: 1, HTT: 15, HT: 4, KHT: 1, KXL: 2, CXL: 2 });
  });
});

describe('the installed command', () => {
  it('npm run -s phan-loai works in a checkout and returns the exit codes', () => {
    const out = tempDir();
    const stdout = execFileSync(
      'npm',
      ['run', '-s', 'phan-loai', '--', 'classify', join(FIXTURES, 'plain-comma-lf.csv'), '--json', '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(json(stdout).members).toHaveLength(5);
    const bad = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'phan-loai.mjs'), 'classify', join(FIXTURES, 'missing-column.csv'), '--out', join(out, 'no')],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Thiếu cột');
  });
});
