/** A1 references and rectangles of cells, as the sqref of validations and conditional formats. */
import { columnLetter } from '../core/normalize';

export const MAX_ROW = 1048576;
export const MAX_COLUMN = 16384;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B7" → row 7, column 2; undefined when not a cell reference. */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1] as string) };
}

/** One reference of an sqref: "A1", "A1:C9", "A:A" (whole columns) or "3:5" (whole rows). */
export function parseRange(ref: string): Rect | undefined {
  const [a = '', b = a] = ref.trim().split(':');
  const cellA = parseCellRef(a);
  const cellB = parseCellRef(b);
  if (cellA && cellB)
    return {
      top: Math.min(cellA.row, cellB.row),
      left: Math.min(cellA.column, cellB.column),
      bottom: Math.max(cellA.row, cellB.row),
      right: Math.max(cellA.column, cellB.column),
    };
  const colA = /^\$?([A-Za-z]{1,3})$/.exec(a);
  const colB = /^\$?([A-Za-z]{1,3})$/.exec(b);
  if (colA && colB) {
    const l = columnNumber(colA[1] as string);
    const r = columnNumber(colB[1] as string);
    return { top: 1, left: Math.min(l, r), bottom: MAX_ROW, right: Math.max(l, r) };
  }
  const rowA = /^\$?(\d+)$/.exec(a);
  const rowB = /^\$?(\d+)$/.exec(b);
  if (rowA && rowB) {
    const t = Number(rowA[1]);
    const u = Number(rowB[1]);
    return { top: Math.min(t, u), left: 1, bottom: Math.max(t, u), right: MAX_COLUMN };
  }
  return undefined;
}

export function parseSqref(sqref: string): Rect[] {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((ref) => parseRange(ref) ?? []);
}

export function rectRef(r: Rect): string {
  const a = `${columnLetter(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${columnLetter(r.right)}${r.bottom}`;
}

export function sqrefOf(rects: readonly Rect[]): string {
  return rects.map(rectRef).join(' ');
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function clip(a: Rect, b: Rect): Rect | undefined {
  if (!intersects(a, b)) return undefined;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

/** `a` less `b`: up to four rectangles (above, below, left, right of the overlap). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const o = clip(a, b);
  if (!o) return [a];
  const out: Rect[] = [];
  if (a.top < o.top) out.push({ top: a.top, left: a.left, bottom: o.top - 1, right: a.right });
  if (o.bottom < a.bottom) out.push({ top: o.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  if (a.left < o.left) out.push({ top: o.top, left: a.left, bottom: o.bottom, right: o.left - 1 });
  if (o.right < a.right) out.push({ top: o.top, left: o.right + 1, bottom: o.bottom, right: a.right });
  return out;
}

export function subtractAll(rects: readonly Rect[], cut: readonly Rect[]): Rect[] {
  let out = [...rects];
  for (const c of cut) out = out.flatMap((r) => subtract(r, c));
  return out;
}
