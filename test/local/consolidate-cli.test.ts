/**
 * `phan-loai consolidate` and `phan-loai demo-dang-bo` (issue 13) end to end: the JSON, the
 * files, a bad file stopping everything, the report's text, and the round trip through the
 * files a chi bộ and its đảng ủy exchange.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerOf } from '../../src/core/columns';
import type { ConsolidationSummary, RunSummary } from '../../src/core/summary';
import { DECISION_COLUMN } from '../../src/layout/decision-list';
import { chiBoWorkbook, DEMO_DANG_BO, generatedChiBo } from '../../src/local/sample-dang-bo';
import { loadXlsx, saveXlsxFile } from '../../src/local/xlsx';
import { readDocx } from '../docx-text';
import { readPdf } from '../pdf-text';
import { runCli, tempDir } from './run-cli';

const NOW = new Date(2025, 11, 20);

/** The demo's chi bộ written as the files they would send, in a folder of their own. */
async function demoFolder(): Promise<string> {
  const dir = tempDir('phan-loai-dang-bo-');
  for (const [unit, spec] of DEMO_DANG_BO.entries()) {
    writeFileSync(join(dir, spec.file), (await saveXlsxFile(chiBoWorkbook(spec, unit))).bytes);
  }
  return dir;
}

function consolidation(stdout: string): ConsolidationSummary {
  return JSON.parse(stdout) as ConsolidationSummary;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('phan-loai consolidate DIR --json', () => {
  it('prints the consolidation: members with chi bộ, proposal and result; the quota per group over the đảng bộ; the chi bộ', async () => {
    const dir = await demoFolder();
    const out = tempDir();
    const run = await runCli(['consolidate', dir, '--out', out, '--json'], NOW);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = consolidation(run.stdout);
    expect(Object.keys(json)).toEqual(['profile', 'scope', 'members', 'counts', 'quota', 'collectiveQuota', 'chiBo']);
    expect(json.profile).toBe('qd366-2025');
    expect(json.scope).toBe('dangBo');
    expect(json.members).toHaveLength(90);
    expect(json.members.find((m) => m.name === 'Trần Thị Mai Hương')).toEqual({
      chiBo: 'Chi bộ Trường THPT Số 2 An Bình',
      row: 2,
      name: 'Trần Thị Mai Hương',
      group: 'leader',
      score: 96,
      proposal: 'HTT',
      result: 'HTXS',
      changed: true,
      warningCodes: [],
    });
    expect(json.counts).toEqual({ HTXS: 8, HTT: 57, HT: 17, KHT: 1, KXL: 1, CXL: 6 });
    expect(json.quota.groups.map((g) => [g.group, g.base, g.allowed, g.used])).toEqual([
      ['leader', 22, 3, 2],
      ['member', 37, 6, 6],
      ['outside', 6, 1, 0],
    ]);
    expect(json.collectiveQuota).toEqual({ percent: 20, base: 6, allowed: 1, used: 1 });
    // N: official and active, so without the probationary (pattern 7), the absent (8, k even) and the exempt (9, k odd).
    expect(json.chiBo.map((u) => [u.name, u.members, u.votingBase, u.proposedLevel, u.level])).toEqual([
      ['Chi bộ Cơ quan Ủy ban nhân dân xã', 10, 8, 'HTT', 'HTT'],
      ['Chi bộ Thôn An Thành', 14, 12, 'HTT', 'HTT'],
      ['Chi bộ Trường Mầm non An Bình', 12, 10, 'HTT', 'HTT'],
      ['Chi bộ Trường THCS An Bình', 18, 15, 'HTXS', 'HTT'],
      ['Chi bộ Trường THPT Số 2 An Bình', 20, 16, 'HTXS', 'HTXS'],
      ['Chi bộ Trường Tiểu học An Bình', 16, 14, 'HTXS', 'HTT'],
    ]);
    expect(json.chiBo[4]?.counts).toEqual({ HTXS: 3, HTT: 10, HT: 4, KHT: 1, KXL: 1, CXL: 1 });
    expect(json.chiBo[0]?.source).toBe(join(dir, 'co-quan-ubnd-xa.xlsx'));
  });

  it('--quota-scope chi-bo keeps each chi bộ its own quota: nobody changes', async () => {
    const dir = await demoFolder();
    const run = await runCli(['consolidate', dir, '--out', tempDir(), '--json', '--quota-scope', 'chi-bo'], NOW);
    expect(run.code).toBe(0);
    const json = consolidation(run.stdout);
    expect(json.scope).toBe('chiBo');
    expect(json.members.filter((m) => m.changed)).toEqual([]);
    // Summed over the chi bộ: 2A allows 0 in each, 2B 0+1+0+1+1+1.
    expect(json.quota.groups.map((g) => [g.group, g.allowed])).toEqual([
      ['leader', 0],
      ['member', 4],
      ['outside', 0],
    ]);
  });
});

describe('what stops a consolidation: exit 2, the file named, nothing written', () => {
  it('a damaged .xlsx among the chi bộ', async () => {
    const dir = await demoFolder();
    writeFileSync(join(dir, 'hong.xlsx'), 'không phải tệp Excel');
    const out = join(tempDir(), 'ket-qua');
    const run = await runCli(['consolidate', dir, '--out', out], NOW);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('hong.xlsx');
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('a chi bộ whose «Danh sách» has no «Họ và tên»: the consolidation names its file', async () => {
    const dir = await demoFolder();
    const book = chiBoWorkbook(generatedChiBo(7, 5), 7);
    const roster = book.sheet('Danh sách');
    if (!roster) throw new Error('no roster');
    roster.cellForWrite(1, 2).value = 'Tên gọi';
    writeFileSync(join(dir, 'thieu-cot.xlsx'), (await saveXlsxFile(book)).bytes);
    const out = tempDir();
    const run = await runCli(['consolidate', dir, '--out', out], NOW);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không tổng hợp được; không có tệp nào được ghi');
    expect(run.stderr).toContain(join(dir, 'thieu-cot.xlsx'));
    expect(readdirSync(out)).toEqual([]);
  });

  it('two files of the same chi bộ; an empty folder; a missing path; options of one chi bộ', async () => {
    const dir = await demoFolder();
    writeFileSync(join(dir, 'thpt-ban-sao.xlsx'), readFileSync(join(dir, 'thpt-so-2-an-binh.xlsx')));
    const twice = await runCli(['consolidate', dir, '--out', tempDir()], NOW);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('Hai tệp cùng tên chi bộ «Chi bộ Trường THPT Số 2 An Bình»');

    const empty = tempDir();
    const none = await runCli(['consolidate', empty], NOW);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('không có tệp .xlsx nào');

    const missing = await runCli(['consolidate', join(empty, 'khong-co')], NOW);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('khong-co');

    const flag = await runCli(['consolidate', dir, '--voting-base', '10'], NOW);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--voting-base');
    const scope = await runCli(['consolidate', dir, '--quota-scope', 'tinh'], NOW);
    expect(scope.code).toBe(2);
    expect(scope.stderr).toContain('dang-bo');
    const noInput = await runCli(['consolidate'], NOW);
    expect(noInput.code).toBe(2);
    const classify = await runCli(['classify', join(dir, 'thcs-an-binh.xlsx'), '--outstanding'], NOW);
    expect(classify.code).toBe(2);
    expect(classify.stderr).toContain('--outstanding');
  });

  it('the same file twice (named twice, or named and inside a folder named): one message naming it', async () => {
    const dir = await demoFolder();
    const file = join(dir, 'thcs-an-binh.xlsx');
    for (const args of [
      [file, file],
      [dir, file],
    ]) {
      const out = join(tempDir(), 'ket-qua');
      const run = await runCli(['consolidate', ...args, '--out', out], NOW);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(`Tệp «${file}» có mặt hai lần`)]);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('--quota-percent or --small-group-one where the quota stays per chi bộ would do nothing: refused, naming them', async () => {
    const dir = await demoFolder();
    const out = join(tempDir(), 'ket-qua');
    const run = await runCli(['consolidate', dir, '--quota-scope', 'chi-bo', '--quota-percent', '50', '--out', out], NOW);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--quota-percent chỉ dùng khi hạn mức HTXS của đảng viên tính trong toàn đảng bộ');
    expect(existsSync(out)).toBe(false);
    const small = await runCli(['consolidate', dir, '--quota-scope', 'chi-bo', '--small-group-one', '--json'], NOW);
    expect(small.code).toBe(2);
    expect(small.stderr).toContain('--small-group-one');
    // Across the đảng bộ they are taken.
    const taken = await runCli(['consolidate', dir, '--quota-percent', '25', '--out', tempDir(), '--json'], NOW);
    expect(taken.code).toBe(0);
    expect(consolidation(taken.stdout).quota.percent).toBe(25);
  });
});

describe('row errors in a chi bộ file', () => {
  it('are listed after the summary, each with its file, row and column; the run goes on', async () => {
    const dir = await demoFolder();
    const file = join(dir, 'thcs-an-binh.xlsx');
    const book = await loadXlsx(readFileSync(file));
    const roster = book.sheet('Danh sách');
    if (!roster) throw new Error('no roster');
    const column = roster.values()[0]?.indexOf('Điểm tiêu chí chung') ?? -1;
    roster.cellForWrite(3, column + 1).value = 'abc';
    writeFileSync(file, (await saveXlsxFile(book)).bytes);
    const run = await runCli(['consolidate', dir, '--out', tempDir()], NOW);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Lỗi dữ liệu trong tệp của các chi bộ: 1.');
    expect(run.stdout).toContain(`Tệp «${file}»: Dòng 3, cột «Điểm tiêu chí chung»: giá trị «abc» không phải là số`);
  });
});

describe('phan-loai demo-dang-bo', () => {
  it('writes the workbook, the report (PDF, Word), a decision list per chi bộ and the sample chi bộ files', async () => {
    const out = tempDir();
    const run = await runCli(
      ['demo-dang-bo', '--out', out, '--upper-body', 'Huyện ủy Phù Cát', '--signer', 'Trần Văn Bình', '--document-number', '05'],
      NOW,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'bao-cao-tong-hop.docx',
      'bao-cao-tong-hop.pdf',
      'chi-bo',
      'quyet-dinh',
      'tong-hop.xlsx',
    ]);
    const files = DEMO_DANG_BO.map((s) => s.file).sort();
    expect(readdirSync(join(out, 'quyet-dinh')).sort()).toEqual(files);
    expect(readdirSync(join(out, 'chi-bo')).sort()).toEqual(files);
    expect(run.stdout).toContain('Tổng hợp của đảng ủy: 6 chi bộ, 90 đảng viên');
    expect(run.stdout).toContain('Chi bộ Trường THCS An Bình: 18 đảng viên');
    expect(run.stdout).toContain(join(out, 'quyet-dinh', 'thcs-an-binh.xlsx'));

    const book = await loadXlsx(readFileSync(join(out, 'tong-hop.xlsx')));
    expect(book.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Đảng viên', 'Báo cáo tổng hợp']);
    const members = book.sheet('Đảng viên')?.values() ?? [];
    expect(members).toHaveLength(91);
    expect(members[0]).toEqual([
      'STT',
      'Chi bộ',
      'Hàng trong «Danh sách»',
      'Họ và tên',
      'Nhóm',
      'Điểm',
      'Chi bộ đề nghị',
      'Đảng ủy xếp loại',
      'Thay đổi',
      'Cảnh báo',
    ]);
    expect(members.filter((row) => row[8] === 'Có')).toHaveLength(6);

    // The summary report as printed: every chi bộ, the totals, the signature.
    const pages = await readPdf(readFileSync(join(out, 'bao-cao-tong-hop.pdf')));
    const text = flat(pages.map((p) => p.text).join('\n'));
    for (const spec of DEMO_DANG_BO) expect(text).toContain(spec.name);
    expect(text).toContain('ĐẢNG BỘ HUYỆN PHÙ CÁT');
    expect(text).toContain('ĐẢNG ỦY XÃ AN BÌNH');
    expect(text).toContain('Số: 05-BC/ĐU');
    expect(text).toContain('Tổng số đảng viên: 90 đồng chí; được đánh giá, xếp loại: 83; không xếp loại: 1; chưa xếp loại: 6.');
    // The sum row of the table per chi bộ: 90 members, 8 HTXS (9,64% of 83), 57 HTT, 17 HT, 1 KHT, 7 not classified.
    expect(text).toContain('Cộng 90 8 9,64% 57 68,67% 17 20,48% 1 1,20% 7');
    expect(text).toContain('T/M ĐẢNG ỦY');
    expect(text).toContain('Trần Văn Bình');
    expect(text).toContain('Hạn mức tổ chức đảng HTXS: không vượt quá 20% số chi bộ Hoàn thành tốt nhiệm vụ.');

    // The Word file: the same document, to edit before signing.
    const docx = await readDocx(readFileSync(join(out, 'bao-cao-tong-hop.docx')));
    expect(docx.paragraphs).toContain('ĐẢNG ỦY XÃ AN BÌNH');
    expect(docx.paragraphs).toContain('T/M ĐẢNG ỦY');
    expect(docx.paragraphs).toContain('Chi bộ Trường THCS An Bình');

    // The decision list of a chi bộ: its rows where its «Danh sách» has them.
    const decisions = (await loadXlsx(readFileSync(join(out, 'quyet-dinh', 'thcs-an-binh.xlsx')))).sheet('Quyết định đảng ủy');
    const rows = decisions?.values() ?? [];
    expect(rows[0]?.slice(0, 5)).toEqual(['STT', 'Họ và tên', 'Nhóm', 'Điểm', 'Chi bộ đề nghị']);
    expect(rows[1]?.slice(0, 6)).toEqual([1, 'Nguyễn Văn Hùng', '2A', '93', 'HTT', 'HTT']);
    expect(rows[1]?.[6]).toBe('Bằng điểm tại ngưỡng HTXS');
  });
});

describe('round trip through the files: consolidate, paste the decisions, classify the chi bộ again', () => {
  it('every member of the pasted chi bộ gets the đảng ủy result, and its report prints them as decided', async () => {
    const dir = await demoFolder();
    const out = tempDir();
    const consolidated = consolidation((await runCli(['consolidate', dir, '--out', out, '--json'], NOW)).stdout);
    // Tiểu học: one leader promoted (95), one member demoted (90).
    const file = 'tieu-hoc-an-binh.xlsx';
    const decisions = (await loadXlsx(readFileSync(join(out, 'quyet-dinh', file)))).sheet('Quyết định đảng ủy')?.values() ?? [];
    const chiBo = await loadXlsx(readFileSync(join(dir, file)));
    const roster = chiBo.sheet('Danh sách');
    if (!roster) throw new Error('no roster');
    const values = roster.values();
    const column = (values[0] ?? []).indexOf(headerOf('upperDecision')) + 1;
    expect(column).toBeGreaterThan(0);
    // Copy F2:F(last) and paste at the same rows of «Quyết định cấp trên».
    for (let row = 2; row <= values.length; row++) {
      const decision = decisions[row - 1]?.[DECISION_COLUMN - 1];
      roster.cellForWrite(row, column).value = typeof decision === 'string' ? decision : '';
    }
    const pastedDir = tempDir();
    mkdirSync(pastedDir, { recursive: true });
    const pastedFile = join(pastedDir, file);
    writeFileSync(pastedFile, (await saveXlsxFile(chiBo)).bytes);

    const again = await runCli(['classify', pastedFile, '--out', join(pastedDir, 'out'), '--json'], NOW);
    expect(again.stderr).toBe('');
    const alone = JSON.parse(again.stdout) as RunSummary;
    const expected = consolidated.members.filter((m) => m.chiBo === 'Chi bộ Trường Tiểu học An Bình');
    expect(alone.members.map((m) => [m.name, m.result])).toEqual(expected.map((m) => [m.name, m.result]));
    expect(expected.filter((m) => m.changed).map((m) => [m.name, m.proposal, m.result])).toEqual([
      ['Lê Thị Thu Trang', 'HTT', 'HTXS'],
      ['Huỳnh Quốc Hạnh', 'HTXS', 'HTT'],
    ]);
    expect(alone.quota.exceeded).toBe(false);

    const pages = await readPdf(readFileSync(join(pastedDir, 'out', 'bao-cao.pdf')));
    const text = flat(pages.map((p) => p.text).join('\n'));
    expect(text).not.toContain('đề nghị)');
    expect(text).not.toContain('Chi bộ đề nghị Đảng ủy');
    expect(text).toMatch(/Lê Thị Thu Trang .{0,60}Hoàn thành xuất sắc nhiệm vụ/);
  });
});

describe('one process, many chi bộ', () => {
  it('100 small chi bộ consolidate in one run: 100 decision lists, one report', async () => {
    const dir = tempDir('phan-loai-100-');
    for (let unit = 0; unit < 100; unit++) {
      const spec = generatedChiBo(unit, 3 + (unit % 5));
      writeFileSync(join(dir, spec.file), (await saveXlsxFile(chiBoWorkbook(spec, unit))).bytes);
    }
    const out = tempDir();
    const run = await runCli(['consolidate', dir, '--out', out, '--json'], NOW);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = consolidation(run.stdout);
    expect(json.chiBo).toHaveLength(100);
    // Members 3–7 by unit % 5: 20 of each size, 20·(3+4+5+6+7) = 500.
    expect(json.members).toHaveLength(500);
    expect(readdirSync(join(out, 'quyet-dinh'))).toHaveLength(100);
    expect(readdirSync(out).filter((name) => name.endsWith('.pdf'))).toEqual(['bao-cao-tong-hop.pdf']);
  }, 120_000);
});
