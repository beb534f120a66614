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

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontFamily?: string;
  fontSize?: number;
  fontColor?: string;
  background?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  numberFormat?: string;
  border?: BorderSpec;
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
  style: CellStyle;
  validation?: Validation;
}

export function emptyCell(): Cell {
  return { value: '', style: {} };
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
