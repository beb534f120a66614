/** What the in-memory workbook keeps per cell: value or formula, style and validation. */
import type { CellValue } from '../addon/gas';

export interface BorderSpec {
  readonly top: boolean;
  readonly left: boolean;
  readonly bottom: boolean;
  readonly right: boolean;
  readonly style: 'thin' | 'medium' | 'thick' | 'dotted' | 'dashed' | 'double';
  readonly color: string;
}

/**
 * A cell's look. Styles are interned: every cell with the same look holds the same frozen
 * object (internStyle), and a setter gives the cell the interned style for its old style
 * plus the change (restyle), never changing a style in place. A 10,000-member run has a
 * few dozen distinct looks over some 190,000 cells; one object each kept the heap large
 * and made the XLSX writer compare them one by one.
 */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontFamily?: string;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly background?: string;
  readonly hAlign?: 'left' | 'center' | 'right';
  readonly vAlign?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  readonly numberFormat?: string;
  readonly border?: BorderSpec;
}

/** A style being built (by a loader) before it is interned. */
export type StyleDraft = { -readonly [K in keyof CellStyle]: CellStyle[K] };

/** Every key of a style, in the order an interned style holds them (the compiler checks none is missing). */
const STYLE_ORDER = {
  bold: 0,
  italic: 1,
  fontFamily: 2,
  fontSize: 3,
  fontColor: 4,
  background: 5,
  hAlign: 6,
  vAlign: 7,
  wrap: 8,
  numberFormat: 9,
  border: 10,
} as const satisfies Record<keyof CellStyle, number>;
const STYLE_KEYS = Object.keys(STYLE_ORDER).filter((k): k is keyof CellStyle => k in STYLE_ORDER);

function encode(value: CellStyle[keyof CellStyle]): string {
  if (typeof value === 'object')
    return JSON.stringify([value.top, value.left, value.bottom, value.right, value.style, value.color]);
  return JSON.stringify(value);
}

/**
 * One text per look, each key's value as JSON (so a '|' or '~' inside a value is quoted);
 * '' for a key not given. A change marks a key given as undefined (a removal) with '~'.
 */
function keyOf(style: Partial<CellStyle>, change: boolean): string {
  let key = '';
  for (const k of STYLE_KEYS) {
    const value = style[k];
    if (value !== undefined) key += encode(value);
    else if (change && k in style) key += '~';
    key += '|';
  }
  return key;
}

function put<K extends keyof CellStyle>(out: StyleDraft, from: Partial<CellStyle>, key: K): void {
  if (!(key in from)) return;
  const value = from[key];
  if (value === undefined) delete out[key];
  else out[key] = value;
}

const interned = new Map<string, CellStyle>();

/** The shared, frozen style that looks like `style` (whose keys given as undefined are left out). */
export function internStyle(style: Partial<CellStyle>): CellStyle {
  const key = keyOf(style, false);
  const found = interned.get(key);
  if (found) return found;
  const out: StyleDraft = {};
  for (const k of STYLE_KEYS) put(out, style, k);
  if (out.border) out.border = Object.freeze({ ...out.border });
  const made = Object.freeze(out);
  interned.set(key, made);
  return made;
}

export const EMPTY_STYLE: CellStyle = internStyle({});

/** A change a setter makes: the keys it sets, and those it removes (given as undefined). */
export interface StyleChange {
  readonly patch: Partial<CellStyle>;
  readonly key: string;
}

export function styleChange(patch: Partial<CellStyle>): StyleChange {
  return { patch, key: keyOf(patch, true) };
}

/** The change for each value a 2D setter gives, made once per distinct value. */
export function changesBy<T>(make: (value: T) => Partial<CellStyle>): (value: T) => StyleChange {
  const made = new Map<T, StyleChange>();
  return (value) => {
    let change = made.get(value);
    if (!change) {
      change = styleChange(make(value));
      made.set(value, change);
    }
    return change;
  };
}

/** What each style became under each change: a setter over 10,000 cells of one look looks it up once. */
const transitions = new WeakMap<CellStyle, Map<string, CellStyle>>();

/** The interned style for `style` changed by `change`; `style` itself is never changed. */
export function restyle(style: CellStyle, change: StyleChange): CellStyle {
  let next = transitions.get(style);
  if (!next) {
    next = new Map();
    transitions.set(style, next);
  }
  let found = next.get(change.key);
  if (!found) {
    const out: StyleDraft = { ...style };
    for (const k of STYLE_KEYS) put(out, change.patch, k);
    found = internStyle(out);
    next.set(change.key, found);
  }
  return found;
}

export type Validation =
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly allowInvalid: boolean; readonly helpText?: string }
  | { readonly kind: 'checkbox' };

export interface Cell {
  /** '' when empty. A formula cell keeps its last known value here (not evaluated locally). */
  value: CellValue;
  formula?: string;
  /** The formula was saved without a value (openpyxl, pandas): getValues gives an UncomputedFormula. */
  uncomputed?: true;
  /** Interned: replace it (restyle), never change it. */
  style: CellStyle;
  validation?: Validation;
}

export function emptyCell(): Cell {
  return { value: '', style: EMPTY_STYLE };
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.formula !== undefined || cell.value !== '');
}

/** Colours are kept as "#rrggbb" lower case. */
export function normalizeColor(color: string | null): string | undefined {
  if (!color) return undefined;
  const hex = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(hex)) return hex;
  if (/^#[0-9a-f]{3}$/.test(hex)) return `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}`;
  const named: Record<string, string> = { white: '#ffffff', black: '#000000', red: '#ff0000', green: '#00ff00', blue: '#0000ff' };
  return named[hex] ?? hex;
}
