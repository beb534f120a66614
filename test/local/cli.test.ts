import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerOf } from '../../src/core/columns';
import { QD366_2025 } from '../../src/core/profiles';
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
    [['demo', '--bogus'], 'Không có tùy chọn «--bogus»'],
    [['demo', '--profile', 'qd-2099'], '«qd-2099» của --profile'],
    [['classify', join(FIXTURES, 'plain-comma-lf.csv'), '--profile', ''], '--profile'],
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

describe('--profile and the JSON fields of both profiles', () => {
  const QD_CSV = join(FIXTURES, 'qd366-semicolon-lf.csv');

  it('a bad --profile is a usage error naming every profile by id and name', async () => {
    const run = await runCli(['classify', join(FIXTURES, 'plain-comma-lf.csv'), '--profile', 'qd-2099', '--out', tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('ke-hoach-2023 («Kế hoạch chi bộ 2023»)');
    expect(run.stderr).toContain('qd366-2025 («QĐ 366-QĐ/TW (2025)»)');
  });

  it('the usage text shows --profile for demo, classify and consolidate', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('phan-loai demo [--out THƯ_MỤC] [--profile BỘ_QUY_TẮC]');
    expect(run.stderr.match(/--profile BỘ_QUY_TẮC/g)).toHaveLength(3);
  });

  it('default profile: profile id, score and group null in every member, one pooled quota group', async () => {
    const run = await runCli(['classify', join(FIXTURES, 'plain-comma-lf.csv'), '--json', '--out', tempDir()]);
    expect(run.code).toBe(0);
    const summary = json(run.stdout);
    expect(summary.profile).toBe('ke-hoach-2023');
    for (const m of summary.members) {
      // Every field of the §9 contract is still there, plus the two new ones.
      expect(Object.keys(m)).toEqual([
        'row',
        'name',
        'ceiling',
        'byVotes',
        'result',
        'score',
        'group',
        'warnings',
        'warningCodes',
        'explanation',
      ]);
      expect([m.score, m.group]).toEqual([null, null]);
    }
    const { groups, ...top } = summary.quota;
    // Ánh (HTXS demoted: ⌊15·3/115⌋ = 0), Cúc and Én at HTT: T = 3.
    expect(top).toEqual({ percent: 15, base: 3, allowed: 0, used: 0, exceeded: false });
    expect(groups).toEqual([{ group: null, ...top }]);
    expect(Object.keys(summary)).toEqual([
      'profile',
      'members',
      'counts',
      'votingBase',
      'quota',
      'cell',
      'errors',
      'settingErrors',
      'notices',
    ]);
  });

  it('--profile qd366-2025 on a QĐ 366 CSV: scores as numbers, groups, the quota per group', async () => {
    // 2A: Ánh alone (T = 1, allowed ⌊20/120⌋ = 0) → her 91,5 HTXS is demoted.
    // 2B: Bình 92,5 HTXS + Cúc, Dũng, Én, Phong, Yến HTT → T = 6, allowed ⌊120/120⌋ = 1 → Bình kept.
    // Giang: 8/10 done, no trigger → CXL (open case). Hải: 45 < 50 → KHT.
    const out = tempDir();
    const run = await runCli(['classify', QD_CSV, '--profile', 'qd366-2025', '--json', '--out', out]);
    expect(run.code).toBe(0);
    const summary = json(run.stdout);
    expect(summary.profile).toBe('qd366-2025');
    expect(summary.members.map((m) => [m.row, m.group, m.score, m.result])).toEqual([
      [2, 'leader', 91.5, 'HTT'],
      [3, 'member', 92.5, 'HTXS'],
      [4, 'member', 80, 'HTT'],
      [5, 'member', 74.25, 'HTT'],
      [6, 'member', 84, 'HTT'],
      [7, 'member', 75, 'HTT'],
      [8, 'member', 71, 'CXL'],
      [9, 'outside', 45, 'KHT'],
      [10, 'member', 85, 'HTT'],
    ]);
    expect(summary.members[0]?.warningCodes).toEqual(['quotaDemoted']);
    expect(summary.members[6]?.warningCodes).toEqual(['openCase']);
    expect(summary.counts).toEqual({ HTXS: 1, HTT: 6, HT: 0, KHT: 1, KXL: 0, CXL: 1 });
    expect(summary.quota).toEqual({
      percent: 20,
      base: 7,
      allowed: 1,
      used: 1,
      exceeded: false,
      groups: [
        { group: 'leader', percent: 20, base: 1, allowed: 0, used: 0, exceeded: false },
        { group: 'member', percent: 20, base: 6, allowed: 1, used: 1, exceeded: false },
        { group: 'outside', percent: 20, base: 0, allowed: 0, used: 0, exceeded: false },
      ],
    });
    expect(summary.errors).toEqual([]);
    // The output block is the profile's (with «Điểm» and «Nhóm»), written once.
    const book = await loadXlsx(readFileSync(join(out, 'ket-qua.xlsx')));
    const values = book.sheet('Danh sách')?.values() ?? [];
    const header = values[0] ?? [];
    expect(header.slice(-7)).toEqual(QD366_2025.outputColumns.map(headerOf));
    expect(new Set(header).size).toBe(header.length);
    expect(values[1]?.[header.indexOf(headerOf('outScore'))]).toBe('91,5');
    // «Cấu hình» was created with the flag's profile, so the file classifies again without the flag.
    const again = json((await runCli(['classify', join(out, 'ket-qua.xlsx'), '--json', '--out', tempDir()])).stdout);
    expect(again.profile).toBe('qd366-2025');
    expect(again.members).toEqual(summary.members);
  });

  it('the display name works too, matched like a header (case and diacritics ignored)', async () => {
    const run = await runCli(['classify', QD_CSV, '--profile', 'qd 366-qd/tw (2025)', '--json', '--out', tempDir()]);
    expect(run.code).toBe(0);
    expect(json(run.stdout).profile).toBe('qd366-2025');
  });

  it('--profile wins over «Bộ quy tắc» in the sheet', async () => {
    const demo = tempDir();
    await runCli(['demo', '--profile', 'qd366-2025', '--out', demo]);
    const file = join(demo, 'ket-qua.xlsx');
    expect(json((await runCli(['classify', file, '--json', '--out', tempDir()])).stdout).profile).toBe('qd366-2025');
    // Forced to the 2023 plan, the QĐ 366 roster lacks «Kết quả thi đua», which that plan needs.
    const forced = await runCli(['classify', file, '--profile', 'ke-hoach-2023', '--json', '--out', tempDir()]);
    expect(forced.code).toBe(2);
    expect(forced.stdout).toBe('');
    expect(forced.stderr).toContain('«Kết quả thi đua»');
  });

  it('a 2023 roster under --profile qd366-2025: exit 2, the missing score columns on stderr, the output folder unchanged', async () => {
    for (const json of [false, true]) {
      const out = tempDir();
      // An earlier run's output stays as it was.
      writeFileSync(join(out, 'ket-qua.xlsx'), 'old');
      const args = ['classify', join(FIXTURES, 'plain-comma-lf.csv'), '--profile', 'qd366-2025', '--out', out];
      const run = await runCli(json ? [...args, '--json'] : args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('«Điểm tiêu chí chung» và «Điểm kết quả nhiệm vụ», hoặc «Tổng điểm»');
      expect(readdirSync(out)).toEqual(['ket-qua.xlsx']);
      expect(readFileSync(join(out, 'ket-qua.xlsx'), 'utf8')).toBe('old');
    }
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
