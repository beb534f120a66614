/**
 * Issue 11: real roster files. Each file is built here (bytes, encodings, sheets) and goes
 * through what the CLI uses: loadInput, or the whole CLI in-process.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/local/args';
import { CsvError, parseCsv } from '../../src/local/csv';
import { fileErrorMessage, loadInput } from '../../src/local/load-input';
import { largeRosterGrid } from '../../src/local/large-roster';
import { loadXlsx } from '../../src/local/xlsx';
import { runCli, tempDir } from './run-cli';

const HEADER = [
  'STT',
  'Họ và tên',
  'Loại đảng viên',
  'Kết quả thi đua',
  'Phiếu HTT',
  'Ngày vào Đảng',
  'Số điện thoại',
  'Số CCCD',
];
const MEMBERS = [
  ['1', 'Nguyễn Thị Ánh', 'Chính thức', 'HTT', '4', '07/12/2003', '0912345678', '079123456789'],
  ['2', 'Trần Văn Bình', 'Chính thức', 'HTT', '4', '15/03/2010', '0987654321', '001099000123'],
  ['3', 'Lê Thị Cúc', 'Chính thức', 'HT', '3', '02/09/2015', '0901000002', '079200000001'],
  ['4', 'Phạm Văn Dũng', 'Chính thức', 'HTT', '4', '19/05/2008', '0901000003', '079200000002'],
  ['5', 'Hoàng Thị Én', 'Chính thức', 'HTT', '4', '30/04/2012', '0901000004', '079200000003'],
];

function csvText(rows: readonly (readonly string[])[], delimiter = ',', eol = '\r\n'): string {
  return rows.map((row) => row.join(delimiter)).join(eol) + eol;
}

function write(dir: string, name: string, data: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
}

/** The roster sheet of a loaded file, as values. */
async function rosterValues(file: string): Promise<unknown[][]> {
  const book = await loadInput(file);
  return book.sheet('Danh sách')?.values() ?? [];
}

async function usageMessage(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

interface Summary {
  members: { row: number; name: string; result: string }[];
  quota: { percent: number };
  errors: { row: number; column: string }[];
}

describe('1. CSV cells keep their text', () => {
  it('phone numbers and citizen ids keep leading zeros and every digit; numbers and dates typed as text still parse', async () => {
    const { grid } = parseCsv(csvText([HEADER, ...MEMBERS]));
    expect(grid[1]?.[6]).toBe('0912345678');
    expect(grid[1]?.[7]).toBe('079123456789');
    expect(grid[2]?.[7]).toBe('001099000123');
    expect(grid.every((row) => row.every((cell) => typeof cell === 'string'))).toBe(true);

    const out = tempDir();
    const file = write(out, 'ds.csv', csvText([HEADER, ...MEMBERS]));
    const run = await runCli(['classify', file, '--json', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Summary;
    expect(summary.errors).toEqual([]);
    expect(summary.members.map((m) => m.result)).toEqual(['HTT', 'HTT', 'HT', 'HTT', 'HTT']);

    // The result workbook holds the user's columns exactly as the file had them, as text.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'ket-qua.xlsx'));
    const sheet = wb.getWorksheet('Danh sách');
    expect(sheet?.getCell('G1').value).toBe('Số điện thoại');
    expect(sheet?.getCell('G2').value).toBe('0912345678');
    expect(sheet?.getCell('H2').value).toBe('079123456789');
    expect(sheet?.getCell('F2').value).toBe('07/12/2003');
    const again = await loadXlsx(readFileSync(join(out, 'ket-qua.xlsx')));
    expect(again.sheet('Danh sách')?.values()[2]?.[7]).toBe('001099000123');
  });

  it('a decimal comma in a numeric column still reads as a number («3,5» months of sick leave)', async () => {
    const out = tempDir();
    const file = write(
      out,
      'om.csv',
      csvText(
        [
          ['Họ và tên', 'Loại đảng viên', 'Kết quả thi đua', 'Số tháng nghỉ ốm', 'Phiếu HTT'],
          ['Nguyễn Văn A', 'Chính thức', 'HTT', '3,5', '2'],
          ['Trần Thị B', 'Chính thức', 'HTT', '13', '1'],
        ],
        ';',
      ),
    );
    const summary = JSON.parse((await runCli(['classify', file, '--json', '--out', out])).stdout) as Summary;
    expect(summary.errors.map((e) => [e.row, e.column])).toEqual([[3, 'Số tháng nghỉ ốm']]);
    expect(summary.members[0]?.result).toBe('HT');
  });
});

function csvProblem(text: string): unknown {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return error.problem;
    throw error;
  }
  return undefined;
}

describe('2. a broken quote stops the run and names the line', () => {
  const rows = (name: string) => [HEADER, ...MEMBERS.slice(0, 1), [...(MEMBERS[1] ?? [])].fill(name, 1, 2), ...MEMBERS.slice(2)];

  it.each([
    ['an opening quote that is never closed', '"Trần Văn Bình'],
    ['an opening quote closed in the middle of a later field', '"Trần Văn "Bình'],
  ])('%s: exit 2, the line in Vietnamese, nothing written', async (_, name) => {
    const dir = tempDir();
    const file = write(dir, 'ngoac.csv', csvText(rows(name)));
    const out = join(dir, 'never');
    const run = await runCli(['classify', file, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('dòng 3');
    expect(run.stderr).toContain('ngoặc kép');
    expect(run.stderr).toContain('Hãy');
    expect(existsSync(out)).toBe(false);
  });

  it('two stray quotes that happen to close before a separator still stop the run, at the first one', async () => {
    const bad = rows('"Trần Văn Bình').map((row) => [...row]);
    const fifth = bad[5];
    if (fifth) fifth[1] = 'Hoàng Thị Én"';
    const dir = tempDir();
    const run = await runCli(['classify', write(dir, 'ngoac.csv', csvText(bad)), '--out', join(dir, 'never')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dòng 3');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('counts the lines of an earlier cell that rightly spans two lines', () => {
    const text = 'Họ và tên;Khuyết điểm\n"Nguyễn Văn A";"Vi phạm A;\nVi phạm B"\nTrần "B;x\n"Lê C;y\n';
    expect(csvProblem(text)).toEqual({ kind: 'quote', line: 5 });
  });

  it('still reads quotes inside a field, doubled quotes and a cell on two lines', () => {
    const { grid } = parseCsv('Họ và tên;Ghi chú\nNguyễn Văn "Tư";"Nói ""được""\nlàm được"\n');
    expect(grid[1]).toEqual(['Nguyễn Văn "Tư"', 'Nói "được"\nlàm được']);
  });
});

/** Windows-1258 as Windows writes it: precomposed where the code page has the letter, else base + tone mark. */
function windows1258(text: string): Buffer {
  const encodable = (s: string) => {
    const bytes = iconv.encode(s, 'windows-1258');
    return bytes.includes(0x3f) && !s.includes('?') ? undefined : bytes;
  };
  const parts: Buffer[] = [];
  for (const char of text) {
    const whole = encodable(char);
    if (whole) {
      parts.push(whole);
      continue;
    }
    const marks = [...char.normalize('NFD')];
    const base = encodable(`${marks[0] ?? ''}${marks[1] ?? ''}`.normalize('NFC'));
    const rest = encodable(marks.slice(2).join(''));
    if (base && rest && marks.length === 3) parts.push(base, rest);
    else {
      const each = encodable(marks.join(''));
      if (!each) throw new Error(`not in Windows-1258: ${char}`);
      parts.push(each);
    }
  }
  return Buffer.concat(parts);
}

/** TCVN3 (ABC), the legacy font encoding (lower-case letters only: capitals took another font). */
const TCVN3: Record<string, number> = {
  ă: 0xa8,
  â: 0xa9,
  ê: 0xaa,
  đ: 0xae,
  ư: 0xad,
  à: 0xb5,
  ả: 0xb6,
  á: 0xb8,
  ạ: 0xb9,
  ầ: 0xc7,
  ậ: 0xcb,
  ế: 0xd5,
  ễ: 0xd4,
  ì: 0xd7,
  í: 0xdd,
  ị: 0xde,
  ọ: 0xe4,
  ứ: 0xf8,
  ự: 0xf9,
};
function tcvn3(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      const byte = TCVN3[c];
      if (byte === undefined) throw new Error(`not in the TCVN3 table of this test: ${c}`);
      return byte;
    }),
  );
}

const SMALL = csvText([
  ['Họ và tên', 'Loại đảng viên', 'Kết quả thi đua', 'Phiếu HTT'],
  ['Nguyễn Thị Ánh', 'Chính thức', 'HTT', '1'],
  ['Trần Văn Bình', 'Dự bị', 'HTT', '1'],
]);

describe('3. encodings', () => {
  const utf16be = (text: string) => {
    const le = Buffer.from(text, 'utf16le');
    return Buffer.from(le.map((_, i) => le[i ^ 1] ?? 0));
  };
  it.each([
    ['UTF-8 without BOM', 'utf-8', Buffer.from(SMALL, 'utf8')],
    ['UTF-8 with BOM', 'utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SMALL, 'utf8')])],
    ['UTF-16 LE with BOM', 'utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SMALL, 'utf16le')])],
    ['UTF-16 BE with BOM', 'utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SMALL)])],
    [
      'UTF-16 LE with BOM, tab-separated (Excel «Văn bản Unicode»)',
      'utf-16le',
      iconv.encode(SMALL.replace(/,/g, '\t'), 'utf16le', { addBOM: true }),
    ],
    ['Windows-1258 (tone marks apart, made whole)', 'windows-1258', windows1258(SMALL)],
    ['UTF-8 in decomposed form (NFD)', 'utf-8', Buffer.from(SMALL.normalize('NFD'), 'utf8')],
  ])('%s is read right', async (_, encoding, bytes) => {
    expect(parseCsv(bytes).encoding).toBe(encoding);
    const values = await rosterValues(write(tempDir(), 'ds.csv', bytes));
    expect(values[0]).toEqual(['Họ và tên', 'Loại đảng viên', 'Kết quả thi đua', 'Phiếu HTT']);
    expect(values[1]).toEqual(['Nguyễn Thị Ánh', 'Chính thức', 'HTT', '1']);
    expect(values[2]?.[1]).toBe('Dự bị');
  });

  it('the Windows-1258 test file really holds combining tone marks', () => {
    const bytes = windows1258('Nguyễn');
    expect([...bytes]).toEqual([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e]);
  });

  it.each([
    ['TCVN3 (ABC)', tcvn3(SMALL.replace('Ánh', 'ánh').replace('Trần', 'trần'))],
    ['TCVN3 under a plain ASCII header', tcvn3('STT,Ho va ten,Loai dang vien\n1,Nguyễn Văn Tài,chính thức\n')],
    ['UTF-16 LE without a BOM', Buffer.from(SMALL, 'utf16le')],
    ['random bytes', Buffer.from([0x48, 0x6f, 0x81, 0x8d, 0x2c, 0x0a, 0xff, 0xfe, 0x00, 0x01])],
    [
      'an Excel workbook renamed to .csv',
      Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000\u0000\u0000!\u0000\u00b5', 'latin1'),
    ],
  ])('%s is refused: exit 2, save as «CSV UTF-8», nothing written', async (_, bytes) => {
    const dir = tempDir();
    const out = join(dir, 'never');
    const run = await runCli(['classify', write(dir, 'ds.csv', bytes), '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('CSV UTF-8');
    expect(run.stderr).toContain('Lưu như');
    expect(run.stderr).not.toContain('tiêu đề');
    expect(existsSync(out)).toBe(false);
  });

  it('a Windows-1258 roster runs end to end', async () => {
    const out = tempDir();
    const run = await runCli(['classify', write(out, 'ds.csv', windows1258(SMALL)), '--json', '--out', out]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Summary;
    expect(summary.members.map((m) => m.name)).toEqual(['Nguyễn Thị Ánh', 'Trần Văn Bình']);
  });
});

describe('4. files that cannot be read', () => {
  it('maps the system error codes to Vietnamese messages that say what to do', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(fileErrorMessage('a.csv', error('ENOENT'))).toMatch(/^Không tìm thấy tệp «a\.csv»\. Hãy/);
    expect(fileErrorMessage('a.csv', error('ENOTDIR'))).toMatch(/^Không tìm thấy tệp «a\.csv»/);
    expect(fileErrorMessage('a.csv', error('EACCES'))).toMatch(/^Không có quyền đọc tệp «a\.csv»\. Hãy/);
    expect(fileErrorMessage('a.csv', error('EPERM'))).toMatch(/^Không có quyền đọc tệp/);
    expect(fileErrorMessage('a.csv', error('EISDIR'))).toMatch(/^«a\.csv» là một thư mục, không phải tệp\. Hãy/);
    expect(fileErrorMessage('a.csv', error('EIO'))).toMatch(/^Không đọc được tệp «a\.csv»\. Hãy.*\(chi tiết: EIO: raw\)$/);
    for (const code of ['ENOENT', 'EACCES', 'EISDIR']) expect(fileErrorMessage('a.csv', error(code))).not.toContain('raw');
  });

  it('a read refused by the system (EACCES) is a UsageError, not a crash', async () => {
    const file = write(tempDir(), 'ds.csv', SMALL);
    const refuse = () => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
    };
    expect(await usageMessage(loadInput(file, undefined, refuse))).toContain('Không có quyền đọc tệp');
  });

  it.each([
    [
      'a directory',
      (dir: string) => {
        mkdirSync(join(dir, 'thu-muc.csv'));
        return join(dir, 'thu-muc.csv');
      },
      'là một thư mục',
    ],
    ['a missing file', (dir: string) => join(dir, 'khong-co.csv'), 'Không tìm thấy tệp'],
    ['a path through a file', (dir: string) => join(write(dir, 'ds.csv', SMALL), 'x.csv'), 'Không tìm thấy tệp'],
    ['an old Excel file (.xls)', (dir: string) => write(dir, 'ds.xls', SMALL), 'không phải .xlsx hoặc .csv'],
    [
      'a named pipe, which would never end',
      (dir: string) => {
        execFileSync('mkfifo', [join(dir, 'ong.csv')]);
        return join(dir, 'ong.csv');
      },
      'không phải một tệp thông thường',
    ],
  ])('%s: exit 2 with a Vietnamese message', async (_, make, text) => {
    const dir = tempDir();
    const run = await runCli(['classify', make(dir), '--out', join(dir, 'never')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(text);
    expect(run.stderr).toContain('Hãy');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it.each([
    ['bytes that are no zip', async () => Buffer.from('not an excel file at all')],
    [
      'a zip that is no workbook',
      async () => {
        const zip = new JSZip();
        zip.file('hello.txt', 'hello');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
    ],
    [
      'a cut-off workbook',
      async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('Danh sách').addRow(['Họ và tên']);
        const full = Buffer.from(await wb.xlsx.writeBuffer());
        return full.subarray(0, Math.floor(full.length / 2));
      },
    ],
  ])('a damaged .xlsx (%s): a Vietnamese message that says what to do, the library detail in brackets', async (_, make) => {
    const file = write(tempDir(), 'hong.xlsx', await make());
    const message = await usageMessage(loadInput(file));
    expect(message).toMatch(/^Tệp «.*hong\.xlsx» không phải tệp Excel \(\.xlsx\) hợp lệ hoặc đã bị hỏng\. Hãy /);
    expect(message).toMatch(/\(chi tiết: .+\)$/);
  });
});

describe('5. sheet names are found like headers', () => {
  /** A workbook with a roster under each name (its name in «Ghi chú») and «Cấu hình» with a 50 % quota. */
  async function workbook(rosters: readonly string[], settings?: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    for (const name of rosters) {
      const sheet = wb.addWorksheet(name);
      sheet.addRow(['Họ và tên', 'Loại đảng viên', 'Kết quả thi đua', 'Phiếu HTXS', 'Ghi chú']);
      sheet.addRow(['Nguyễn Thị Ánh', 'Chính thức', 'HTXS', 3, name]);
      sheet.addRow(['Trần Văn Bình', 'Chính thức', 'HTT', 0, name]);
    }
    if (settings !== undefined) wb.addWorksheet(settings).addRow(['Hạn mức HTXS (%)', 50]);
    const file = join(tempDir(), 'ds.xlsx');
    await wb.xlsx.writeFile(file);
    return file;
  }

  it.each([
    ['DANH SACH', 'CAU HINH'],
    ['danh sách'.normalize('NFD'), 'Cấu hình'.normalize('NFD')],
    ['Danh Sách ', 'cấu  HÌNH'],
  ])('finds «%s» and «%s»', async (roster, settings) => {
    const out = tempDir();
    const run = await runCli(['classify', await workbook([roster], settings), '--json', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Summary;
    expect(summary.members.map((m) => m.name)).toEqual(['Nguyễn Thị Ánh', 'Trần Văn Bình']);
    // «Cấu hình» was read: the quota is the sheet's 50 %, not the default.
    expect(summary.quota.percent).toBe(50);
    // The result workbook keeps the user's names, and has no second copy under the canonical ones.
    const names = (await loadXlsx(readFileSync(join(out, 'ket-qua.xlsx')))).sheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual([roster, settings]);
    expect(names).not.toContain('Danh sách');
    expect(names).not.toContain('Cấu hình');
  });

  it('takes the exact name first when several sheets match, else the first that matches', async () => {
    const book = await loadInput(await workbook(['DANH SACH', 'Danh sách', 'DANH-SÁCH']));
    expect(book.sheet('Danh sách')?.values()[1]?.[4]).toBe('Danh sách');
    expect(book.sheets.map((s) => s.name)).toEqual(['DANH SACH', 'Danh sách', 'DANH-SÁCH']);
    const other = await loadInput(await workbook(['Bìa', 'DANH SACH', 'Danh-sach']));
    expect(other.sheet('Danh sách')?.values()[1]?.[4]).toBe('DANH SACH');
    expect(other.sheets.map((s) => s.name)).toEqual(['Bìa', 'Danh sách', 'Danh-sach']);
  });

  it('a workbook with no matching sheet still gets the message that lists its sheets', async () => {
    const message = await usageMessage(loadInput(await workbook(['Trang 1', 'Danh sách cũ'])));
    expect(message).toContain('«Trang 1», «Danh sách cũ»');
  });
});

describe('6. size', () => {
  it('a 20,000-member CSV runs without a stack overflow', async () => {
    const rows = largeRosterGrid(20000).map((row) => row.map((cell) => String(cell)));
    const out = tempDir();
    const file = write(out, 'lon.csv', csvText(rows, ';'));
    const run = await runCli(['classify', file, '--json', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Summary).members.length).toBe(20000);
  }, 120_000);

  it('parseCsv pads 200,000 rows of uneven width', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? 'a' : 'a;b;c')).join('\n');
    const { grid } = parseCsv(text);
    expect(grid.length).toBe(200_000);
    expect(grid.every((row) => row.length === 3)).toBe(true);
  });
});
