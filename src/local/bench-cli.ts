/**
 * The CLI part of `npm run bench`: where the time of `classify roster-10000.xlsx --json`
 * goes (each stage's share), and how much faster it is than a baseline commit. The baseline
 * is built from git into a temporary folder (`git archive`, node_modules linked, its own
 * `scripts/build.mjs`); nothing is downloaded. Old and new run on the same file, in turns,
 * several times each, and the medians are compared.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import JSZip from 'jszip';
import { CLI_STAGES } from './cli';
import { STAGES_ENV, STAGES_LINE, type TimedStage } from './stage-clock';

/** The commit before the performance work of issue 14; BENCH_BASELINE names another. */
export const DEFAULT_BASELINE = '1fd3917';
/** How many runs of each build; BENCH_CLI_RUNS changes it. */
const DEFAULT_RUNS = 3;

const TIMED_STAGES: readonly TimedStage[] = ['startup', ...CLI_STAGES];

/** What the stages mean, for the printed table. */
const STAGE_LABELS: Readonly<Record<TimedStage, string>> = {
  startup: 'start Node, load packages',
  read: 'read input',
  template: 'template, recompute (check, output block)',
  engine: 'engine',
  sheets: 'documents in the book',
  xlsx: 'XLSX write',
  pdf: 'PDF',
  word: 'Word',
  files: 'summary, write files',
};

export interface StageShare {
  readonly ms: number;
  /** Of the run's time from the process's start to its end. */
  readonly share: number;
}

export type CliStages = Partial<Record<TimedStage, StageShare>>;

export interface CliBaseline {
  /** As given, and the full hash it named. */
  readonly commit: string;
  readonly hash: string;
  readonly runs: number;
  readonly oldSeconds: number;
  readonly newSeconds: number;
  /** old / new: how many times faster the new build is. */
  readonly ratio: number;
  /** Whether the last old and new runs wrote the same files (XLSX and Word: all but the date of writing). */
  readonly sameOutputs: Readonly<Record<string, boolean>>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function run(command: string, args: readonly string[], cwd: string): string {
  const child = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${child.stderr || child.error?.message}`);
  return child.stdout;
}

export interface BuiltBaseline {
  readonly commit: string;
  readonly hash: string;
  readonly cli: string;
  /** Its Apps Script build (build/gas), for the cold start. */
  readonly gasDir: string;
  readonly remove: () => void;
}

/** The baseline commit, built into a temporary folder with this checkout's node_modules. */
export function buildBaseline(root: string, commit = process.env.BENCH_BASELINE ?? DEFAULT_BASELINE): BuiltBaseline {
  const hash = run('git', ['-C', root, 'rev-parse', '--verify', `${commit}^{commit}`], root).trim();
  const dir = mkdtempSync(join(tmpdir(), 'phan-loai-baseline-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const tar = join(dir, 'source.tar');
    run('git', ['-C', root, 'archive', '--format=tar', '-o', tar, hash], root);
    run('tar', ['-xf', tar, '-C', dir], dir);
    symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'), 'dir');
    run(process.execPath, [join(dir, 'scripts', 'build.mjs')], dir);
    return { commit, hash, cli: join(dir, 'build', 'cli.mjs'), gasDir: join(dir, 'build', 'gas'), remove };
  } catch (error) {
    remove();
    throw error;
  }
}

interface CliRun {
  readonly seconds: number;
  /** Milliseconds per stage, when the build reports them (the baseline may not). */
  readonly stages: Partial<Record<TimedStage, number>> | null;
}

/** One `classify FILE --json --out OUT` in a child process, timed from outside. */
export function timeCli(cli: string, file: string, out: string): CliRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, [cli, 'classify', file, '--json', '--out', out], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, [STAGES_ENV]: '1' },
  });
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0) throw new Error(`${cli}: ${child.stderr}`);
  const line = child.stderr.split('\n').find((l) => l.startsWith(STAGES_LINE));
  const parsed: unknown = line ? JSON.parse(line.slice(STAGES_LINE.length)) : null;
  return { seconds, stages: parsed !== null && typeof parsed === 'object' ? stageTimes(parsed) : null };
}

function stageTimes(parsed: object): Partial<Record<TimedStage, number>> {
  const out: Partial<Record<TimedStage, number>> = {};
  for (const [key, value] of Object.entries(parsed)) {
    const stage = TIMED_STAGES.find((s) => s === key);
    if (stage && typeof value === 'number') out[stage] = value;
  }
  return out;
}

/** The median of each stage over the runs, and its share of the median total. */
export function stageShares(runs: readonly CliRun[]): CliStages {
  const timed = runs.flatMap((r) => (r.stages ? [r.stages] : []));
  const ms = TIMED_STAGES.map((stage) => [stage, median(timed.map((t) => t[stage] ?? 0))] as const);
  const total = ms.reduce((sum, [, v]) => sum + v, 0);
  const out: CliStages = {};
  for (const [stage, v] of ms) if (timed.length > 0) out[stage] = { ms: v, share: total > 0 ? v / total : 0 };
  return out;
}

/** The package's parts that hold the time it was written. */
const DATED_PARTS = new Set(['docProps/core.xml']);

/** Whether two files are the same: byte for byte, or for XLSX and Word every part but the date of writing. */
async function sameFile(a: Uint8Array, b: Uint8Array, zipped: boolean): Promise<boolean> {
  if (!zipped) return Buffer.from(a).equals(Buffer.from(b));
  const [x, y] = await Promise.all([JSZip.loadAsync(a), JSZip.loadAsync(b)]);
  const names = Object.keys(x.files).sort();
  if (names.join('\n') !== Object.keys(y.files).sort().join('\n')) return false;
  for (const name of names) {
    if (DATED_PARTS.has(name)) continue;
    const [p, q] = await Promise.all([x.file(name)?.async('uint8array'), y.file(name)?.async('uint8array')]);
    if (!p || !q || !Buffer.from(p).equals(Buffer.from(q))) return false;
  }
  return true;
}

async function sameOutputs(a: string, b: string): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  for (const name of ['ket-qua.xlsx', 'bao-cao.pdf', 'phieu-danh-gia.pdf', 'bao-cao.docx', 'bien-ban.docx']) {
    let files: [Uint8Array, Uint8Array];
    try {
      files = [readFileSync(join(a, name)), readFileSync(join(b, name))];
    } catch {
      continue; // A file neither build writes (no ballots when the chi bộ does not vote).
    }
    out[name] = await sameFile(...files, !name.endsWith('.pdf'));
  }
  return out;
}

/**
 * This checkout's build (`root`/build/cli.mjs) against the baseline on the same file, `runs`
 * times each, in turns so that a busy moment of the machine falls on both; the stage shares
 * are the new build's.
 */
export async function compareWithBaseline(
  root: string,
  file: string,
  outDir: string,
  old: BuiltBaseline,
  runs = Number(process.env.BENCH_CLI_RUNS ?? DEFAULT_RUNS),
): Promise<{ stages: CliStages; baseline: CliBaseline }> {
  const cli = join(root, 'build', 'cli.mjs');
  const oldOut = join(outDir, 'out-baseline');
  const newOut = join(outDir, 'out-new');
  const oldRuns: CliRun[] = [];
  const newRuns: CliRun[] = [];
  for (let i = 0; i < runs; i++) {
    oldRuns.push(timeCli(old.cli, file, oldOut));
    newRuns.push(timeCli(cli, file, newOut));
  }
  const oldSeconds = median(oldRuns.map((r) => r.seconds));
  const newSeconds = median(newRuns.map((r) => r.seconds));
  return {
    stages: stageShares(newRuns),
    baseline: {
      commit: old.commit,
      hash: old.hash,
      runs,
      oldSeconds,
      newSeconds,
      ratio: oldSeconds / newSeconds,
      sameOutputs: await sameOutputs(oldOut, newOut),
    },
  };
}

/** The printed part: stage shares, then old against new. */
export function cliReport(stages: CliStages, baseline: CliBaseline, table: (rows: string[][]) => string): string[] {
  const rows = TIMED_STAGES.flatMap((stage) => {
    const s = stages[stage];
    return s ? [[STAGE_LABELS[stage], (s.ms / 1000).toFixed(2), `${(s.share * 100).toFixed(1)}%`]] : [];
  });
  const same = Object.entries(baseline.sameOutputs)
    .map(([name, equal]) => `${name} ${equal ? 'same' : 'differs'}`)
    .join(', ');
  return [
    '',
    `CLI stages: classify 10,000-member XLSX --json (median of ${baseline.runs} runs)`,
    table([['stage', 's', 'share'], ...rows]),
    '',
    `CLI against the baseline ${baseline.commit} (${baseline.hash.slice(0, 10)}), same file, median of ${baseline.runs} runs each`,
    table([
      ['build', 'wall time (s)'],
      ['baseline', baseline.oldSeconds.toFixed(2)],
      ['this checkout', baseline.newSeconds.toFixed(2)],
      ['ratio old/new', baseline.ratio.toFixed(2)],
    ]),
    `Outputs (XLSX and Word without their date of writing): ${same}`,
  ];
}
