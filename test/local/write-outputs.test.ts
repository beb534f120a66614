/** writeOutputs on its own: the lock, a stale lock, a failure while undoing, many writers at once. */
import { existsSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeOutputFs, type OutputFs } from '../../src/local/output-fs';
import { LOCK_NAME, OutputError, refuseOverwritingInput, writeOutputs } from '../../src/local/write-outputs';
import { faultyFs, InjectedError, snapshot } from './fs-helpers';
import { tempDir } from './run-cli';

const bytes = (text: string) => new TextEncoder().encode(text);
const files = (tag: string) => [
  { name: 'a.xlsx', data: bytes(`${tag} a`) },
  { name: 'b.pdf', data: bytes(`${tag} b`) },
];

async function failure(promise: Promise<unknown>): Promise<OutputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof OutputError)) throw new Error(`expected an OutputError, got ${String(error)}`);
  return error;
}

describe('writeOutputs', () => {
  it('writes every file and leaves neither the lock nor a temporary folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.xlsx'), 'old');
    expect(await writeOutputs(dir, files('new'), { fs: nodeOutputFs })).toEqual([join(dir, 'a.xlsx'), join(dir, 'b.pdf')]);
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.pdf']);
    expect(readFileSync(join(dir, 'a.xlsx'), 'utf8')).toBe('new a');
  });

  it('waits for a lock held by another run, then gives up with a message naming it; nothing changes', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_NAME), 'another run');
    writeFileSync(join(dir, 'a.xlsx'), 'old');
    const error = await failure(writeOutputs(dir, files('new'), { fs: nodeOutputFs, lockWaitMs: 150 }));
    expect(error.unchanged).toBe(true);
    expect(error.message).toContain(join(dir, LOCK_NAME));
    expect(error.message).toContain('Không có tệp nào bị thay đổi');
    expect(readdirSync(dir).sort()).toEqual([LOCK_NAME, 'a.xlsx']);
    expect(readFileSync(join(dir, 'a.xlsx'), 'utf8')).toBe('old');
  });

  it('goes on as soon as the other run releases the lock', async () => {
    const dir = tempDir();
    const lock = join(dir, LOCK_NAME);
    writeFileSync(lock, 'another run');
    setTimeout(() => nodeOutputFs.rm(lock), 120);
    await writeOutputs(dir, files('new'), { fs: nodeOutputFs, lockWaitMs: 5000 });
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.pdf']);
  });

  it('takes over a stale lock left by a run that crashed', async () => {
    const dir = tempDir();
    const lock = join(dir, LOCK_NAME);
    writeFileSync(lock, 'crashed run');
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(lock, old, old);
    await writeOutputs(dir, files('new'), { fs: nodeOutputFs, lockWaitMs: 100 });
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.pdf']);
  });

  it('when a previous file cannot be put back, it is kept in the temporary folder named in the message', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.xlsx'), 'old a');
    writeFileSync(join(dir, 'b.pdf'), 'old b');
    let renames = 0;
    // The 4th rename (b.pdf into place) fails, then so does putting the old b.pdf back.
    const fs: OutputFs = {
      ...nodeOutputFs,
      rename: async (from, to) => {
        renames++;
        if (renames === 4 || renames === 5) throw new InjectedError('rename', 'EIO');
        return nodeOutputFs.rename(from, to);
      },
    };
    const error = await failure(writeOutputs(dir, files('new'), { fs }));
    expect(error.unchanged).toBe(false);
    const kept = readdirSync(dir).filter((n) => n.startsWith('.phan-loai-tmp-'));
    expect(kept).toHaveLength(1);
    expect(error.message).toContain(join(dir, kept[0]!));
    // a.xlsx was put back; the old b.pdf waits in the kept folder.
    expect(readFileSync(join(dir, 'a.xlsx'), 'utf8')).toBe('old a');
    expect(readFileSync(join(dir, kept[0]!, 'b.pdf.previous'), 'utf8')).toBe('old b');
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
  });

  it('property: concurrent writers with any timing leave every file from one writer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.nat(15), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 3 }),
        async (delays) => {
          const dir = tempDir();
          const names = ['a.xlsx', 'b.pdf', 'c.csv'];
          const writer = (i: number): OutputFs => ({
            ...nodeOutputFs,
            rename: async (from, to) => {
              const k = names.findIndex((n) => to.endsWith(n));
              await new Promise((r) => setTimeout(r, k >= 0 ? (delays[i]?.[k] ?? 0) : 0));
              return nodeOutputFs.rename(from, to);
            },
          });
          await Promise.all(
            delays.map((_, i) =>
              writeOutputs(
                dir,
                names.map((name) => ({ name, data: bytes(`writer ${i}`) })),
                { fs: writer(i) },
              ),
            ),
          );
          const contents = new Set(names.map((n) => readFileSync(join(dir, n), 'utf8')));
          expect(contents.size).toBe(1);
          expect(readdirSync(dir).sort()).toEqual(names);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('refuseOverwritingInput', () => {
  it('refuses the input itself, through a linked folder, and through a link at the target', async () => {
    const dir = tempDir();
    const input = join(dir, 'a.xlsx');
    writeFileSync(input, 'input');
    await expect(refuseOverwritingInput(input, dir, ['a.xlsx'], nodeOutputFs)).rejects.toThrow(/a\.xlsx/);
    const linkedDir = join(tempDir(), 'linked');
    symlinkSync(dir, linkedDir);
    await expect(refuseOverwritingInput(input, linkedDir, ['a.xlsx'], nodeOutputFs)).rejects.toThrow(/a\.xlsx/);
    const other = tempDir();
    symlinkSync(input, join(other, 'a.xlsx'));
    await expect(refuseOverwritingInput(input, other, ['a.xlsx'], nodeOutputFs)).rejects.toThrow(/a\.xlsx/);
    // Another folder, a folder that does not exist yet, a missing input: nothing to refuse.
    await refuseOverwritingInput(input, tempDir(), ['a.xlsx'], nodeOutputFs);
    await refuseOverwritingInput(input, join(dir, 'new'), ['a.xlsx'], nodeOutputFs);
    await refuseOverwritingInput(join(dir, 'missing.csv'), dir, ['missing.csv'], nodeOutputFs);
  });
});

describe("outputs in a subfolder (the đảng ủy's quyet-dinh/)", () => {
  const nested = (tag: string) => [
    { name: 'tong-hop.xlsx', data: bytes(`${tag} t`) },
    { name: 'quyet-dinh/a.xlsx', data: bytes(`${tag} a`) },
    { name: 'quyet-dinh/b.xlsx', data: bytes(`${tag} b`) },
  ];

  it('are written into the subfolder, replacing the earlier ones', async () => {
    const dir = tempDir();
    await writeOutputs(dir, nested('old'), { fs: nodeOutputFs });
    await writeOutputs(dir, nested('new'), { fs: nodeOutputFs });
    expect(readdirSync(dir).sort()).toEqual(['quyet-dinh', 'tong-hop.xlsx']);
    expect(readFileSync(join(dir, 'quyet-dinh', 'b.xlsx'), 'utf8')).toBe('new b');
  });

  it('every step made to fail in turn leaves the folder as it was: a subfolder the run created is removed again', async () => {
    for (const earlier of [false, true]) {
      const counted = faultyFs(0);
      const probe = join(tempDir(), 'out');
      if (earlier) await writeOutputs(probe, nested('old'), { fs: nodeOutputFs });
      await writeOutputs(probe, nested('new'), { fs: counted });
      expect(counted.steps.length).toBeGreaterThan(5);
      for (let failAt = 1; failAt <= counted.steps.length; failAt++) {
        const parent = tempDir();
        const out = join(parent, 'out');
        if (earlier) await writeOutputs(out, nested('old'), { fs: nodeOutputFs });
        const before = snapshot(parent);
        const fs = faultyFs(failAt);
        const result = await writeOutputs(out, nested('new'), { fs }).then(
          () => 'written',
          (e: unknown) => e,
        );
        if (result === 'written') continue;
        expect(result).toBeInstanceOf(OutputError);
        expect(snapshot(parent), `failing at step ${failAt}: ${fs.steps.join(', ')}`).toEqual(before);
      }
    }
  });
});
