import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/local/csv';
import { FIXTURES } from './run-cli';

describe('CSV dialects', () => {
  it('reads a UTF-8 BOM, semicolons, CRLF line ends and decimal commas (Excel set to Vietnamese)', () => {
    const bytes = readFileSync(join(FIXTURES, 'excel-vi-bom-semicolon-crlf.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
    const { grid, delimiter } = parseCsv(bytes);
    expect(delimiter).toBe(';');
    expect(grid[0]?.[0]).toBe('STT');
    expect(grid[0]?.[1]).toBe('Họ và tên');
    expect(grid[2]?.[5]).toBe('3,5');
    expect(grid[3]?.[5]).toBe('2,9');
    expect(grid[2]?.[1]).toBe('Trần Văn Bình');
    expect(grid.every((row) => row.every((cell) => !cell.includes('\r')))).toBe(true);
  });

  it('reads plain comma-separated UTF-8 with LF', () => {
    const { grid, delimiter } = parseCsv(readFileSync(join(FIXTURES, 'plain-comma-lf.csv')));
    expect(delimiter).toBe(',');
    expect(grid.length).toBe(6);
    expect(grid[2]?.[5]).toBe('3,5');
  });

  it('keeps quoted fields that contain the delimiter', () => {
    const { grid } = parseCsv(
      'Họ và tên;Khuyết điểm\r\n"Nguyễn Văn A";"Vi phạm điều đảng viên không được làm; Suy thoái tư tưởng chính trị"\r\n',
    );
    expect(grid[1]).toEqual(['Nguyễn Văn A', 'Vi phạm điều đảng viên không được làm; Suy thoái tư tưởng chính trị']);
  });

  it('keeps every cell as the text of the file: the engine reads numbers and dates from text', () => {
    const { grid } = parseCsv('a,b,c,d,e\n"3,5",12,07/12/2023,HTXS,0912345678\n');
    expect(grid[1]).toEqual(['3,5', '12', '07/12/2023', 'HTXS', '0912345678']);
  });
});

describe('row numbers in a CSV with blank lines', () => {
  it('count blank lines and Excel\'s ";;;" rows, so errors name the line of the file', async () => {
    const { runCli, tempDir } = await import('./run-cli');
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = tempDir();
    const file = join(dir, 'trong.csv');
    writeFileSync(
      file,
      'Họ và tên;Loại đảng viên;Kết quả thi đua;Số tháng nghỉ ốm\r\nNguyễn Văn A;Chính thức;HTT;0\r\n;;;\r\n\r\nTrần Thị B;Chính thức;HTT;-1\r\n\r\n',
    );
    const run = await runCli(['classify', file, '--json', '--out', dir]);
    const summary = JSON.parse(run.stdout) as { members: { row: number }[]; errors: { row: number; column: string }[] };
    expect(summary.members.map((m) => m.row)).toEqual([2, 5]);
    expect(summary.errors.map((e) => [e.row, e.column])).toEqual([[5, 'Số tháng nghỉ ốm']]);
  });
});
