/**
 * The time of each stage of one CLI run, for `npm run bench`: with PHAN_LOAI_BENCH_STAGES=1
 * the CLI prints them on stderr as it exits, as one line (STAGES_LINE, then JSON of
 * milliseconds per stage). «startup» is from the process's start to the first stage: Node
 * and loading the bundle's packages.
 */
import { performance } from 'node:perf_hooks';
import type { CliStage } from './cli';

export const STAGES_ENV = 'PHAN_LOAI_BENCH_STAGES';
export const STAGES_LINE = 'PHAN_LOAI_STAGES ';

export type TimedStage = 'startup' | CliStage;

export interface StageClock {
  readonly mark: (stage: CliStage) => void;
  /** Milliseconds per stage, up to now. */
  readonly totals: () => Partial<Record<TimedStage, number>>;
}

export function stageClock(): StageClock {
  // performance.now() counts from the process's start, so the first stage starts at 0.
  const marks: [TimedStage, number][] = [['startup', 0]];
  return {
    mark: (stage) => {
      marks.push([stage, performance.now()]);
    },
    totals: () => {
      const end = performance.now();
      const ms: Partial<Record<TimedStage, number>> = {};
      marks.forEach(([stage, at], i) => {
        ms[stage] = (ms[stage] ?? 0) + (marks[i + 1]?.[1] ?? end) - at;
      });
      return ms;
    },
  };
}
