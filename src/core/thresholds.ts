/**
 * Vote thresholds in integer arithmetic only. "trên 2/3" means strictly more than two
 * thirds: 3·v > 2·N. A float comparison such as v/N > 0.67 is wrong at the boundary.
 */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

export const TWO_THIRDS: Fraction = { num: 2, den: 3 };
export const ONE_HALF: Fraction = { num: 1, den: 2 };

/** votes > fraction·base, strictly, computed as den·votes > num·base. */
export function isStrictlyAbove(votes: number, base: number, fraction: Fraction): boolean {
  return fraction.den * votes > fraction.num * base;
}

/** Parses "2/3", "1/2" or "3/4" into a fraction; null when it is not one. */
export function parseFraction(text: string): Fraction | null {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return null;
  const num = Number(match[1]);
  const den = Number(match[2]);
  if (den === 0 || num > den) return null;
  return { num, den };
}
