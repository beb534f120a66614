/**
 * The outputs are written all or nothing (issue 11): a run that fails at any step that changes
 * the disk leaves the output folder byte-identical; two runs into one folder never leave the
 * XLSX of one beside the PDF of the other.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTPUT_NAMES } from '../../src/local/cli';
import { nodeOutputFs, type OutputFs } from '../../src/local/output-fs';
import { faultyFs, snapshot } from './fs-helpers';
import { FIXTURES, runCli, tempDir } from './run-cli';

const HEADER = [
  'STT',
  'Họ và tên',
  'Loại đảng viên',
  'Tình trạng',
  'Kết quả thi đua',
  'Số tháng nghỉ ốm',
  'Đang chấp hành kỷ luật',
  'Khuyết điểm',
  'Phiếu HTXS',
  'Phiếu HTT',
  'Phiếu HT',
  'Phiếu KHT',
];

const member = fc.record({
  name: fc.oneof(fc.constantFrom('Nguyễn Thị Ánh', 'Trần Văn Bình', 'Lê Thị Cúc'), fc.string({ unit: 'binary', maxLength: 12 })),
  kind: fc.constantFrom('Chính thức', 'Dự bị', 'Chính thức '),
  result: fc.constantFrom('HTXS', 'HTT', 'HT', 'KHT', '', 'Xuất sắc lắm'),
  sick: fc.oneof(fc.integer({ min: 0, max: 12 }).map(String), fc.constantFrom('3,5', '-1', '')),
  discipline: fc.constantFrom('Có', 'Không', ''),
  votes: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 4, maxLength: 4 }),
});

type Member = typeof member extends fc.Arbitrary<infer T> ? T : never;

function csv(members: readonly Member[]): string {
  const quote = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
  const rows = members.map((m, i) => [i + 1, m.name, m.kind, '', m.result, m.sick, m.discipline, '', ...m.votes]);
  return [HEADER, ...rows].map((row) => row.map(quote).join(',')).join('\n');
}

/** What was in the output folder before the run. */
const previous = fc.record({
  folderExists: fc.boolean(),
  xlsx: fc.option(fc.uint8Array({ maxLength: 32 }), { nil: undefined }),
  pdf: fc.option(fc.uint8Array({ maxLength: 32 }), { nil: undefined }),
  other: fc.boolean(),
});

type Previous = typeof previous extends fc.Arbitrary<infer T> ? T : never;

function prepare(state: Previous): { parent: string; out: string } {
  const parent = tempDir('phan-loai-safety-');
  const out = join(parent, 'out');
  if (state.folderExists) {
    mkdirSync(out);
    if (state.xlsx) writeFileSync(join(out, OUTPUT_NAMES.xlsx), state.xlsx);
    if (state.pdf) writeFileSync(join(out, OUTPUT_NAMES.pdf), state.pdf);
    if (state.other) writeFileSync(join(out, 'ghi-chu.txt'), 'của người dùng');
  }
  return { parent, out };
}

const NOTHING_CHANGED = 'Không có tệp nào bị thay đổi';

describe('a failed write changes nothing', () => {
  it('property: for any roster and earlier folder, a run that fails at any write step leaves the folder byte-identical', async () => {
    let failed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(member, { minLength: 1, maxLength: 6 }),
        previous,
        fc.integer({ min: 1, max: 13 }),
        async (members, state, failAt) => {
          const input = join(tempDir('phan-loai-input-'), 'danh-sach.csv');
          writeFileSync(input, csv(members));
          const { parent, out } = prepare(state);
          const before = snapshot(parent);
          const fs = faultyFs(failAt);
          const run = await runCli(['classify', input, '--json', '--out', out], undefined, fs);
          if (run.code === 0) {
            // The failure hit nothing (the run had fewer steps) or a clean-up that was retried.
            expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
            for (const name of Object.values(OUTPUT_NAMES)) expect(readFileSync(join(out, name)).length).toBeGreaterThan(100);
            return;
          }
          expect(run.code).toBe(2);
          expect(run.stdout).toBe('');
          expect(snapshot(parent)).toEqual(before);
          // An unusable roster stops before writing; a failed write says so.
          if (fs.steps.length > 0) {
            failed++;
            expect(run.stderr).toContain(NOTHING_CHANGED);
          }
        },
      ),
      { numRuns: 30 },
    );
    expect(failed).toBeGreaterThan(5);
  });

  it('every write step of a run, made to fail in turn, leaves the earlier outputs as they were', async () => {
    const input = join(FIXTURES, 'plain-comma-lf.csv');
    const clean = faultyFs(0);
    const first = join(tempDir(), 'out');
    expect((await runCli(['classify', input, '--out', first], undefined, clean)).code).toBe(0);
    // A second run into the same folder: backups of the earlier files, then the moves.
    const again = faultyFs(0);
    expect((await runCli(['classify', input, '--out', first], undefined, again)).code).toBe(0);
    expect(again.steps).toEqual([
      'mkdir out',
      expect.stringMatching(/^mkdtemp \.phan-loai-tmp-\d+-$/),
      'writeFile ket-qua.xlsx',
      'writeFile bao-cao.pdf',
      'writeFile phieu-danh-gia.pdf',
      'writeFile bao-cao.docx',
      'writeFile bien-ban.docx',
      'createExclusive .phan-loai.lock',
      'rename ket-qua.xlsx.previous',
      'rename ket-qua.xlsx',
      'rename bao-cao.pdf.previous',
      'rename bao-cao.pdf',
      'rename phieu-danh-gia.pdf.previous',
      'rename phieu-danh-gia.pdf',
      'rename bao-cao.docx.previous',
      'rename bao-cao.docx',
      'rename bien-ban.docx.previous',
      'rename bien-ban.docx',
      'rm .phan-loai.lock',
      expect.stringMatching(/^rm \.phan-loai-tmp-\d+-\w+$/),
    ]);
    for (let failAt = 1; failAt <= again.steps.length; failAt++) {
      const parent = tempDir();
      const out = join(parent, 'out');
      mkdirSync(out);
      writeFileSync(join(out, OUTPUT_NAMES.xlsx), 'earlier xlsx');
      writeFileSync(join(out, OUTPUT_NAMES.pdf), 'earlier pdf');
      writeFileSync(join(out, OUTPUT_NAMES.ballots), 'earlier ballots');
      writeFileSync(join(out, OUTPUT_NAMES.reportDocx), 'earlier report docx');
      writeFileSync(join(out, OUTPUT_NAMES.minutesDocx), 'earlier minutes docx');
      const before = snapshot(parent);
      const run = await runCli(['classify', input, '--out', out], undefined, faultyFs(failAt));
      const cleanUp = failAt >= again.steps.length - 1;
      expect([failAt, run.code]).toEqual([failAt, cleanUp ? 0 : 2]);
      if (cleanUp) {
        // The lock and the temporary folder are removed on a second try.
        expect(readdirSync(out).sort()).toEqual(Object.values(OUTPUT_NAMES).sort());
        continue;
      }
      expect(snapshot(parent)).toEqual(before);
      expect(run.stderr).toContain(NOTHING_CHANGED);
      expect(run.stderr).toContain(out);
    }
  });

  it('a folder the run created is removed again when the write fails', async () => {
    const parent = tempDir();
    const out = join(parent, 'a', 'b');
    // mkdir, mkdtemp, then the first write fails half-way.
    const run = await runCli(['demo', '--out', out], undefined, faultyFs(3));
    expect(run.code).toBe(2);
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe('two runs into one folder', () => {
  /**
   * Node's file system, recording the bytes each run writes; the run waits at `gate` once its
   * temporary files are complete, and each move into `slow` takes `delayMs`.
   */
  function pacedFs(gate: Promise<void>, arrived: () => void, slow: string, delayMs: number, files: number) {
    const written = new Map<string, string>();
    let count = 0;
    const fs: OutputFs = {
      ...nodeOutputFs,
      writeFile: async (path, data) => {
        await nodeOutputFs.writeFile(path, data);
        const name = path.split(/[\\/]/).pop() ?? '';
        written.set(name, Buffer.from(data).toString('base64'));
        if (++count === files) {
          arrived();
          await gate;
        }
      },
      rename: async (from, to) => {
        if (to.endsWith(slow)) await new Promise((r) => setTimeout(r, delayMs));
        return nodeOutputFs.rename(from, to);
      },
    };
    return { fs, written };
  }

  it('the XLSX and the PDF left in the folder always come from the same run', async () => {
    for (let round = 0; round < 3; round++) {
      const out = tempDir();
      let arrivals = 0;
      let open = () => {};
      const gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      const arrived = () => {
        if (++arrivals === 2) open();
      };
      // Run A is slow to move its XLSX, run B slow to move its PDF: without a lock the
      // folder ends with A's XLSX and B's PDF.
      // The 2023 demo also writes the ballots; the QĐ 366 demo (no vote) does not.
      // A writes 5 files (with the ballots and the two Word files), B 4.
      const a = pacedFs(gate, arrived, OUTPUT_NAMES.xlsx, 40, 5);
      const b = pacedFs(gate, arrived, OUTPUT_NAMES.pdf, 80, 4);
      const runs = await Promise.all([
        runCli(['demo', '--out', out], undefined, a.fs),
        runCli(['demo', '--profile', 'qd366-2025', '--out', out], undefined, b.fs),
      ]);
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      const final = Object.fromEntries(
        [OUTPUT_NAMES.xlsx, OUTPUT_NAMES.pdf].map((name) => [name, readFileSync(join(out, name)).toString('base64')]),
      );
      const pair = (written: Map<string, string>) =>
        Object.fromEntries([...written].filter(([name]) => name === OUTPUT_NAMES.xlsx || name === OUTPUT_NAMES.pdf));
      const fromA = pair(a.written);
      const fromB = pair(b.written);
      expect(fromA).not.toEqual(fromB);
      expect([fromA, fromB]).toContainEqual(final);
      // Run A's ballots stay when run B (no vote) came last (a known limit, in the closing note).
      expect(readdirSync(out).sort()).toEqual(Object.values(OUTPUT_NAMES).sort());
    }
  });
});
