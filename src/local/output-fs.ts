/**
 * The file-system steps the CLI uses to write its outputs, behind an interface so tests can
 * make any one of them fail (a full disk, a read-only folder, a crash between two renames)
 * or slow it down (two runs into one folder).
 */
import { lstat, mkdir, mkdtemp, realpath, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface OutputFs {
  /** Creates the folder and its parents; returns the first folder it created, if any. */
  mkdir(path: string): Promise<string | undefined>;
  /** A new folder named prefix + random characters. */
  mkdtemp(prefix: string): Promise<string>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Creates a file that must not exist yet; fails with code EEXIST when it does. */
  createExclusive(path: string, data: string): Promise<void>;
  /** Moves a file or folder, replacing a file at `to`. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file or a folder with its contents; nothing when missing. */
  rm(path: string): Promise<void>;
  /** Removes an empty folder. */
  rmdir(path: string): Promise<void>;
  /** True when anything (a file, a folder, a symbolic link, even a broken one) is at the path. */
  exists(path: string): Promise<boolean>;
  /** The last modification time, or undefined when nothing is there. */
  mtimeMs(path: string): Promise<number | undefined>;
  /** The path with every symbolic link resolved, or undefined when it does not exist. */
  realpath(path: string): Promise<string | undefined>;
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The error code of a failed step (EEXIST, ENOSPC…), if it has one. */
export function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}

async function missingAsUndefined<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return undefined;
    throw error;
  }
}

export const nodeOutputFs: OutputFs = {
  mkdir: (path) => mkdir(path, { recursive: true }),
  mkdtemp: (prefix) => mkdtemp(prefix),
  writeFile: (path, data) => writeFile(path, data),
  createExclusive: (path, data) => writeFile(path, data, { flag: 'wx' }),
  rename: (from, to) => rename(from, to),
  rm: (path) => rm(path, { recursive: true, force: true }),
  rmdir: (path) => rmdir(path),
  exists: async (path) => (await missingAsUndefined(lstat(path))) !== undefined,
  mtimeMs: async (path) => (await missingAsUndefined(stat(path)))?.mtimeMs,
  realpath: (path) => missingAsUndefined(realpath(path)),
  now: () => Date.now(),
  sleep: async (ms) => {
    await sleep(ms);
  },
};
