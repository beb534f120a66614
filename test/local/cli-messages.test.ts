/**
 * Issue 11: the input is never an output, every message is Vietnamese and says what to do,
 * --help works, demo takes the overrides, and nothing from a cell can drive the terminal.
 */
import { copyFileSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/core/summary';
import { terminalJson, terminalText } from '../../src/local/terminal-text';
import { FIXTURES, runCli, tempDir } from './run-cli';

const CSV = join(FIXTURES, 'plain-comma-lf.csv');
/** Words of Node's own parser messages, which must never reach the user. */
const NODE_ENGLISH = /Unknown option|argument missing|does not take an argument|Unexpected argument|positional/i;
/** Any control character but tab and line feed, and the bidirectional overrides. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('an output never replaces the input', () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it('classify out/ket-qua.xlsx (default --out out) is refused and the file kept', async () => {
    const dir = tempDir();
    await runCli(['demo', '--out', join(dir, 'out')]);
    const before = readFileSync(join(dir, 'out', 'ket-qua.xlsx'));
    process.chdir(dir);
    const run = await runCli(['classify', join('out', 'ket-qua.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('chính là tệp danh sách «out/ket-qua.xlsx»');
    expect(run.stderr).toContain('--out');
    expect(readFileSync(join(dir, 'out', 'ket-qua.xlsx')).equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'bao-cao.docx',
      'bao-cao.pdf',
      'bien-ban.docx',
      'ket-qua.xlsx',
      'phieu-danh-gia.pdf',
    ]);
  });

  it('classify ket-qua.xlsx --out . is refused; so are a linked folder and a link named ket-qua.xlsx', async () => {
    const dir = tempDir();
    await runCli(['demo', '--out', dir]);
    const input = join(dir, 'ket-qua.xlsx');
    const before = readFileSync(input);
    process.chdir(dir);
    const here = await runCli(['classify', 'ket-qua.xlsx', '--out', '.']);
    expect([here.code, here.stdout]).toEqual([2, '']);
    expect(here.stderr).toContain('ket-qua.xlsx');
    process.chdir(cwd);
    const linked = join(tempDir(), 'linked');
    symlinkSync(dir, linked);
    expect((await runCli(['classify', input, '--out', linked])).code).toBe(2);
    const other = tempDir();
    symlinkSync(input, join(other, 'ket-qua.xlsx'));
    expect((await runCli(['classify', input, '--out', other])).code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('an input with another name in the output folder is fine', async () => {
    const dir = tempDir();
    copyFileSync(CSV, join(dir, 'danh-sach.csv'));
    const run = await runCli(['classify', join(dir, 'danh-sach.csv'), '--out', dir]);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'bao-cao.docx',
      'bao-cao.pdf',
      'bien-ban.docx',
      'danh-sach.csv',
      'ket-qua.xlsx',
      'phieu-danh-gia.pdf',
    ]);
  });
});

describe('argument errors are Vietnamese and name the option', () => {
  it.each([
    [['demo', '--bogus'], 'Không có tùy chọn «--bogus»'],
    [['classify', CSV, '-x'], 'Không có tùy chọn «-x»'],
    [['classify', CSV, '--out'], 'Thiếu giá trị sau --out'],
    [['classify', CSV, '--quota-percent', '--json'], 'Thiếu giá trị sau --quota-percent'],
    [['classify', CSV, '--meeting-date'], 'Thiếu giá trị sau --meeting-date'],
    [['demo', '--json=yes'], 'Tùy chọn --json không nhận giá trị'],
    [['classify', CSV, 'thua.csv'], 'Thừa tham số «thua.csv»'],
    [['demo', 'danh-sach.csv'], 'Thừa tham số «danh-sach.csv»'],
    [['classify', CSV, '--voting-base', '99999999999'], 'cần một số nguyên từ 1 đến 1.000.000'],
    [['demo', '--quota-percent', '101'], 'cần một số nguyên từ 0 đến 100'],
  ])('%j', async (args, message) => {
    const out = join(tempDir(), 'never');
    const run = await runCli([...args, ...(args.includes('--out') ? [] : ['--out', out])]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(NODE_ENGLISH);
    expect(run.stderr).not.toContain('lớn hơn 0');
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});

describe('help', () => {
  it.each([[['--help']], [['-h']], [['help']], [['classify', '--help']], [['demo', '-h']]])(
    '%j prints the usage on stdout, exit 0',
    async (args) => {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('Cách dùng:');
      for (const option of ['--out', '--json', '--quota-percent', '--voting-base', '--no-cumulative', '--meeting-date'])
        expect(run.stdout).toContain(option);
    },
  );
});

describe('demo takes the overrides of classify', () => {
  it('--json prints the JSON; --quota-percent, --voting-base and --no-cumulative change the run', async () => {
    const plain = JSON.parse((await runCli(['demo', '--json', '--out', tempDir()])).stdout) as RunSummary;
    expect(plain.quota.percent).toBe(15);
    const run = await runCli([
      'demo',
      '--json',
      '--quota-percent',
      '40',
      '--voting-base',
      '30',
      '--no-cumulative',
      '--out',
      tempDir(),
    ]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as RunSummary;
    expect(summary.quota.percent).toBe(40);
    expect(summary.votingBase).toBe(30);
    expect(summary.members).toHaveLength(25);
    expect(summary.counts).not.toEqual(plain.counts);
  });
});

describe('unexpected failures', () => {
  it('a failing step the CLI does not expect: a Vietnamese message with the detail at the end, no stack trace, nothing written', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'ket-qua.xlsx'), 'old');
    const run = await runCli(['classify', CSV, '--out', out], undefined, {
      ...(await import('../../src/local/output-fs')).nodeOutputFs,
      realpath: async () => {
        throw new TypeError('boom');
      },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^Lỗi không lường trước trong phan-loai; không có tệp nào được ghi\..*Chi tiết kỹ thuật: TypeError: boom\n$/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual(['ket-qua.xlsx']);
  });
});

describe('nothing from a cell reaches the terminal as a control sequence', () => {
  const CLEAR = '\u001b[2J\u001b[H';
  const TITLE = '\u001b]0;pwned\u0007';
  const C1 = '\u009b31m';
  const BIDI = '\u202e';

  function roster(dir: string, fileName: string): string {
    const text = readFileSync(CSV, 'utf8')
      .replace('Trần Văn Bình', `Trần${CLEAR}Văn${C1} Bình${BIDI}`)
      // A bad value, quoted back in the row error.
      .replace(
        'Lê Thị Cúc,Chính thức,,Hoàn thành tốt nhiệm vụ,"2,9"',
        `Lê Thị Cúc,Chính thức,,Hoàn thành tốt nhiệm vụ,"${TITLE}x"`,
      );
    const file = join(dir, fileName);
    writeFileSync(file, text);
    return file;
  }

  it('text mode: the summary, the row errors and the file name are printed without control characters', async () => {
    const dir = tempDir();
    const file = roster(dir, `ds${CLEAR}.csv`);
    const run = await runCli(['classify', file, '--out', join(dir, 'out')]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).toContain('Lỗi dữ liệu: 1');
    expect(run.stdout).toContain('x');
    expect(run.stdout).toContain(join(dir, 'ds.csv'));
  });

  it('stderr: a message quoting an argument has no control characters', async () => {
    const run = await runCli([`xeploai${CLEAR}${C1}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Lệnh «xeploai» không có');
    expect(run.stderr).not.toMatch(CONTROL);
  });

  it('--json: no raw control character on stdout (C1 and DEL escaped too), and the parsed names are the cells', async () => {
    const dir = tempDir();
    const file = roster(dir, 'ds.csv');
    const run = await runCli(['classify', file, '--json', '--out', join(dir, 'out')]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(CONTROL);
    const summary = JSON.parse(run.stdout) as RunSummary;
    expect(summary.members[1]?.name).toBe(`Trần${CLEAR}Văn${C1} Bình${BIDI}`);
  });

  it('terminalText strips CSI, OSC, other escapes, C0 but tab and line feed, DEL and C1; terminalJson round-trips', () => {
    expect(
      terminalText(`a${CLEAR}b${TITLE}c\u001bcd\u001b(Be\u0000f\rg\u007fh\u0085i\tj\nk${C1}l\u001b]8;;http://x\u001b\\m`),
    ).toBe('abcdefghi\tj\nklm');
    const value = { s: `\u0000\u001b\u007f\u0080\u009f\u202e\u2066 ok ắ` };
    const json = terminalJson(value);
    expect(json).not.toMatch(CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });
});
