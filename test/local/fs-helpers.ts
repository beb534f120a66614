/** File systems for the output tests: one that fails at a chosen step, one that records and waits. */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { nodeOutputFs, type OutputFs } from '../../src/local/output-fs';

/** The steps that change the disk; a failure can be injected at any of them. */
export const WRITE_STEPS = ['mkdir', 'mkdtemp', 'writeFile', 'createExclusive', 'rename', 'rm', 'rmdir'] as const;
export type WriteStep = (typeof WRITE_STEPS)[number];

export class InjectedError extends Error {
  constructor(
    readonly step: WriteStep,
    readonly code: string,
  ) {
    super(`${code}: injected failure at ${step}`);
  }
}

export interface FaultyFs extends OutputFs {
  /** The steps taken so far, in order. */
  readonly steps: string[];
}

/**
 * Node's file system, except that the `failAt`-th step that changes the disk (1-based) fails
 * once: a write stops half-way as on a full disk, the other steps do nothing and throw.
 */
export function faultyFs(failAt: number, base: OutputFs = nodeOutputFs): FaultyFs {
  const steps: string[] = [];
  const step = (name: WriteStep, path: string): boolean => {
    steps.push(`${name} ${basename(path)}`);
    return steps.length === failAt;
  };
  return {
    ...base,
    steps,
    mkdir: async (path) => {
      if (step('mkdir', path)) throw new InjectedError('mkdir', 'EACCES');
      return base.mkdir(path);
    },
    mkdtemp: async (prefix) => {
      if (step('mkdtemp', prefix)) throw new InjectedError('mkdtemp', 'ENOSPC');
      return base.mkdtemp(prefix);
    },
    writeFile: async (path, data) => {
      if (step('writeFile', path)) {
        await base.writeFile(path, data.subarray(0, Math.floor(data.length / 2)));
        throw new InjectedError('writeFile', 'ENOSPC');
      }
      return base.writeFile(path, data);
    },
    createExclusive: async (path, data) => {
      if (step('createExclusive', path)) throw new InjectedError('createExclusive', 'EIO');
      return base.createExclusive(path, data);
    },
    rename: async (from, to) => {
      if (step('rename', to)) throw new InjectedError('rename', 'EPERM');
      return base.rename(from, to);
    },
    rm: async (path) => {
      if (step('rm', path)) throw new InjectedError('rm', 'EBUSY');
      return base.rm(path);
    },
    rmdir: async (path) => {
      if (step('rmdir', path)) throw new InjectedError('rmdir', 'EBUSY');
      return base.rmdir(path);
    },
  };
}

/** Every entry under `dir` (hidden ones too) with its bytes: equal snapshots = an identical folder. */
export function snapshot(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) return [`${name} -> ${readlinkSync(path)}`];
      if (stat.isDirectory()) return [`${name}/`, ...snapshot(path).map((e) => `${name}/${e}`)];
      return [`${name} ${readFileSync(path).toString('base64')}`];
    });
}
