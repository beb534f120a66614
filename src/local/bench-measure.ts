/** One run of the built CLI in a child process, for `npm run bench`: wall time and peak resident memory. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface CliMeasure {
  readonly seconds: number;
  readonly peakMb: number;
}

/**
 * Runs `build/cli.mjs ARGS --json --out OUT/out-NAME` under `root`; a wrapper reports the
 * child's peak resident memory as it exits. Throws with the child's stderr when it fails.
 */
export function measureCommand(root: string, out: string, args: readonly string[], name = 'cli'): CliMeasure {
  const wrapper = join(out, 'measure.mjs');
  writeFileSync(
    wrapper,
    `process.on('exit', () => process.stderr.write('MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));\nawait import(${JSON.stringify(join(root, 'build', 'cli.mjs'))});\n`,
  );
  const start = performance.now();
  const child = spawnSync(process.execPath, [wrapper, ...args, '--json', '--out', join(out, `out-${name}`)], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0) throw new Error(child.stderr);
  const rss = Number(/MAXRSS_KB (\d+)/.exec(child.stderr)?.[1] ?? 0);
  return { seconds, peakMb: rss / 1024 };
}
