/** Runs the CLI in-process and captures its output. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/local/cli';
import type { OutputFs } from '../../src/local/output-fs';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function tempDir(prefix = 'phan-loai-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `fs`: the file system the outputs are written with (Node's when not given). */
export async function runCli(args: string[], now = new Date(2023, 11, 7), fs?: OutputFs): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    now,
    ...(fs && { fs }),
  });
  return { code, stdout, stderr };
}

export const FIXTURES = join(__dirname, '..', 'fixtures');
