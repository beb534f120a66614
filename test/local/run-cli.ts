/** Runs the CLI in-process and captures its output. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/local/cli';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function tempDir(prefix = 'phan-loai-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function runCli(args: string[], now = new Date(2023, 11, 7)): Promise<CliRun> {
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
  });
  return { code, stdout, stderr };
}

export const FIXTURES = join(__dirname, '..', 'fixtures');
