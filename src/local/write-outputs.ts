/**
 * Writes the CLI's output files all or nothing.
 *
 * 1. Every file is written into a temporary folder beside the targets
 *    (DIR/.phan-loai-tmp-<pid>-<random>, so the moves stay on one file system).
 * 2. Only when all are complete, under an exclusive lock on DIR (DIR/.phan-loai.lock), each
 *    previous output is moved into the temporary folder as a backup and the new file is
 *    moved into place.
 * 3. If any step fails, the moves done so far are undone from the backups, so the folder is
 *    as it was; a folder the run created is removed again.
 * 4. The temporary folder (with the backups) and the lock are removed at the end. The one
 *    exception: when a backup could not be put back, its folder is kept and named in the
 *    message, so no previous output is ever deleted.
 */
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI } from '../core/text/cli';
import { UsageError } from './args';
import { errorCode, type OutputFs } from './output-fs';

export interface OutputFile {
  /** The file name inside the output folder, e.g. ket-qua.xlsx, or in a folder of it: quyet-dinh/a.xlsx. */
  readonly name: string;
  readonly data: Uint8Array;
}

export interface WriteOptions {
  readonly fs: OutputFs;
  /** How long to wait for another run's lock before giving up. */
  readonly lockWaitMs?: number;
  /** A lock older than this was left by a run that crashed; it is taken over. */
  readonly staleLockMs?: number;
}

export const LOCK_NAME = '.phan-loai.lock';
export const TEMP_PREFIX = '.phan-loai-tmp-';
const LOCK_WAIT_MS = 30_000;
const STALE_LOCK_MS = 2 * 60_000;
const LOCK_POLL_MS = 50;
const REMOVE_ATTEMPTS = 3;

/**
 * The outputs could not be written. `unchanged`: the folder is as it was; `keepsBackups`:
 * previous outputs that could not be put back are still in the temporary folder.
 */
export class OutputError extends UsageError {
  constructor(
    message: string,
    readonly unchanged: boolean,
    readonly keepsBackups = false,
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Refuses (UsageError) when one of the outputs would replace the input file itself. */
export async function refuseOverwritingInput(input: string, dir: string, names: readonly string[], fs: OutputFs): Promise<void> {
  await refuseOverwritingInputs([input], dir, names, fs);
}

/** The same for many inputs (a đảng ủy's chi bộ files): every path is resolved once, not once per pair. */
export async function refuseOverwritingInputs(
  inputs: readonly string[],
  dir: string,
  names: readonly string[],
  fs: OutputFs,
): Promise<void> {
  const reals = new Map<string, string>();
  for (const input of inputs) {
    const real = await fs.realpath(input);
    if (real !== undefined) reals.set(real, input);
  }
  if (reals.size === 0) return;
  const realDir = await fs.realpath(dir);
  for (const name of names) {
    const target = join(dir, name);
    // The folder resolved (a link to the input's folder), or the target itself (a link to the input).
    for (const candidate of [realDir === undefined ? undefined : join(realDir, name), await fs.realpath(target)]) {
      const input = candidate === undefined ? undefined : reals.get(candidate);
      if (input !== undefined) throw new UsageError(CLI.outputIsInput(input, target));
    }
  }
}

interface Move {
  readonly target: string;
  /** Where the previous output was moved, when there was one. */
  readonly backup: string | undefined;
  /** The new file is in place. */
  placed: boolean;
}

/** Undoes the moves, last first; returns the moves that could not be undone. */
async function undo(moves: readonly Move[], fs: OutputFs): Promise<Move[]> {
  const failed: Move[] = [];
  for (const move of [...moves].reverse()) {
    try {
      // rename replaces the new file with the backup; without a backup the new file goes.
      if (move.backup !== undefined) await fs.rename(move.backup, move.target);
      else if (move.placed) await fs.rm(move.target);
    } catch {
      failed.push(move);
    }
  }
  return failed;
}

async function acquireLock(dir: string, options: WriteOptions): Promise<string> {
  const { fs } = options;
  const lock = join(dir, LOCK_NAME);
  const deadline = fs.now() + (options.lockWaitMs ?? LOCK_WAIT_MS);
  const owner = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date(fs.now()).toISOString() });
  for (;;) {
    try {
      await fs.createExclusive(lock, owner);
      return lock;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const since = await fs.mtimeMs(lock);
    if (since !== undefined && fs.now() - since > (options.staleLockMs ?? STALE_LOCK_MS)) {
      await fs.rm(lock);
      continue;
    }
    if (fs.now() >= deadline) throw new OutputError(CLI.outputLocked(lock), true);
    await fs.sleep(LOCK_POLL_MS);
  }
}

/** Moves the new files into place under the lock; on failure undoes what was moved. */
async function moveIntoPlace(dir: string, temp: string, outputs: readonly OutputFile[], fs: OutputFs): Promise<void> {
  const moves: Move[] = [];
  // Folders inside DIR this run creates (quyet-dinh/): removed again when the run is undone.
  const folders: [deepest: string, created: string][] = [];
  try {
    for (const output of outputs) {
      const target = join(dir, output.name);
      if (dirname(target) !== dir) {
        const created = await fs.mkdir(dirname(target));
        if (created !== undefined) folders.push([dirname(target), created]);
      }
      let backup: string | undefined;
      if (await fs.exists(target)) {
        backup = join(temp, `${output.name}.previous`);
        await fs.rename(target, backup);
      }
      const move: Move = { target, backup, placed: false };
      moves.push(move);
      await fs.rename(join(temp, output.name), target);
      move.placed = true;
    }
  } catch (error) {
    const failed = await undo(moves, fs);
    for (const [deepest, created] of folders.reverse()) await removeCreated(deepest, created, fs);
    if (failed.length === 0) throw new OutputError(CLI.notWritten(dir, detail(error)), true);
    const keepsBackups = failed.some((m) => m.backup !== undefined);
    throw new OutputError(CLI.notRestored(dir, detail(error), keepsBackups ? temp : undefined), false, keepsBackups);
  }
}

/** Removes a file or folder, trying again a few times (Windows reports EBUSY while a virus scanner looks). */
async function remove(path: string, fs: OutputFs): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rm(path);
      return;
    } catch {
      if (attempt >= REMOVE_ATTEMPTS) return;
      await fs.sleep(LOCK_POLL_MS);
    }
  }
}

/** Removes the folders the run created (deepest first), when they are empty again. */
async function removeCreated(dir: string, created: string | undefined, fs: OutputFs): Promise<void> {
  if (created === undefined) return;
  for (let path = dir; ; path = dirname(path)) {
    try {
      await fs.rmdir(path);
    } catch {
      return;
    }
    if (path === created || dirname(path) === path) return;
  }
}

async function underLock(dir: string, options: WriteOptions, action: () => Promise<void>): Promise<void> {
  const lock = await acquireLock(dir, options);
  try {
    await action();
  } finally {
    await remove(lock, options.fs);
  }
}

/**
 * Writes every output into `dir`, all or nothing. Returns the paths written. On failure
 * throws an OutputError whose message says whether the folder was left unchanged.
 */
export async function writeOutputs(dir: string, outputs: readonly OutputFile[], options: WriteOptions): Promise<string[]> {
  const { fs } = options;
  let created: string | undefined;
  try {
    created = await fs.mkdir(dir);
  } catch (error) {
    throw new OutputError(CLI.notWritten(dir, detail(error)), true);
  }
  let temp: string | undefined;
  try {
    temp = await fs.mkdtemp(join(dir, `${TEMP_PREFIX}${process.pid}-`));
    for (const output of outputs) {
      const path = join(temp, output.name);
      if (dirname(path) !== temp) await fs.mkdir(dirname(path));
      await fs.writeFile(path, output.data);
    }
    const folder = temp;
    await underLock(dir, options, () => moveIntoPlace(dir, folder, outputs, fs));
  } catch (error) {
    const failure = error instanceof OutputError ? error : new OutputError(CLI.notWritten(dir, detail(error)), true);
    // A backup that could not be put back stays in the temporary folder (named in the message).
    if (temp !== undefined && !failure.keepsBackups) await remove(temp, fs);
    if (failure.unchanged) await removeCreated(dir, created, fs);
    throw failure;
  }
  await remove(temp, fs);
  return outputs.map((o) => join(dir, o.name));
}
