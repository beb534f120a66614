/** Member / chi bộ levels, highest first. The order matters: index 0 is the best. */
export const LEVELS = ['HTXS', 'HTT', 'HT', 'KHT'] as const;
export type Level = (typeof LEVELS)[number];

/** Not classified: KXL = exempt/suspended/under 6 months, CXL = pending (absent, bad data, too few votes). */
export type Unclassified = 'KXL' | 'CXL';
export type Outcome = Level | Unclassified;
export const OUTCOMES: readonly Outcome[] = [...LEVELS, 'KXL', 'CXL'];

/** Smaller rank = better level. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** True when `a` is strictly better than `b`. */
export function isAbove(a: Level, b: Level): boolean {
  return levelRank(a) < levelRank(b);
}

/** The lower (worse) of two levels. */
export function minLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}

export type OutcomeCounts = Record<Outcome, number>;

export function emptyCounts(): OutcomeCounts {
  return { HTXS: 0, HTT: 0, HT: 0, KHT: 0, KXL: 0, CXL: 0 };
}
