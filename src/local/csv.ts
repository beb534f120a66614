/**
 * CSV roster reading with papaparse. Handles what Excel and Sheets actually write: UTF-8
 * with or without a BOM, UTF-16 with a BOM (Excel's «Unicode Text»), Windows-1258 (Excel's
 * «CSV» on a Vietnamese Windows), "," or ";" (Excel set to Vietnamese) or tab, CRLF or LF,
 * quoted fields, cells on several lines.
 *
 * Every cell stays the text the file holds: a phone number «0912345678» or a citizen id
 * «079123456789» keeps its zeros and digits. The engine reads numbers («3,5», «12») and dates
 * («07/12/2023») from text itself (src/core/normalize.ts), as it does for typed cells.
 *
 * A file that is not text in one of those encodings, or whose quotes are broken, is refused
 * with a CsvError rather than read wrongly.
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { columnForHeader } from '../core/columns';

type Unicode = 'utf-8' | 'utf-16le' | 'utf-16be';
export type CsvEncoding = Unicode | 'windows-1258';

/** Why a CSV file cannot be read: its bytes are no text we know, or a quote is left open (1-based line). */
export type CsvProblem = { readonly kind: 'encoding' } | { readonly kind: 'quote'; readonly line: number };

export class CsvError extends Error {
  constructor(readonly problem: CsvProblem) {
    super(problem.kind === 'quote' ? `broken quote on line ${problem.line}` : 'unknown text encoding');
  }
}

export interface CsvResult {
  readonly grid: string[][];
  readonly delimiter: string;
  readonly encoding: CsvEncoding;
}

const BOMS: readonly (readonly [Unicode, readonly number[]])[] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Strict decoding: undefined when the bytes are not valid in that encoding. */
function decodeStrict(bytes: Uint8Array, encoding: Unicode): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** NUL is never in a roster: a file holding one is UTF-16 without a BOM, or no text at all. */
const NUL = '\u0000';
/** Control characters other than tab and line ends, C1 controls, and the replacement character. */
function isNotText(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}
/** The marks Vietnamese puts on a Latin letter: the five tones, circumflex, breve and horn. */
const VIETNAMESE_MARKS = /^[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]+$/;
/** Signs outside ASCII that a Windows-1258 roster may hold: no-break space, «», °, typographic quotes and dashes, …, •, €, №. */
const SIGNS = /[\u00a0\u00ab\u00bb\u00b0\u2010-\u2015\u2018-\u201e\u2022\u2026\u20ac\u2116]/;

/** đ and Đ, by code: no Vietnamese in string literals outside src/core/text. */
const D_STROKE = new Set([0x111, 0x110]);

/** A Vietnamese letter outside ASCII: đ, or a Latin letter with Vietnamese marks only. */
function isVietnameseLetter(char: string): boolean {
  if (D_STROKE.has(char.charCodeAt(0))) return true;
  const parts = char.normalize('NFD');
  return /^[A-Za-z]/.test(parts) && VIETNAMESE_MARKS.test(parts.slice(1));
}

/**
 * Whether text decoded as Windows-1258 reads as Vietnamese: no control or undefined
 * characters, at least one Vietnamese letter and every other non-ASCII character a Vietnamese
 * letter or a common sign, and a header row naming at least one column the tool knows.
 * TCVN3 (ABC) text read as Windows-1258 gives «Hä vµ tªn» and fails.
 */
function looksVietnamese(text: string): boolean {
  let letters = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (isNotText(code)) return false;
    if (code < 0x80) continue;
    if (isVietnameseLetter(char)) letters++;
    else if (!SIGNS.test(char)) return false;
  }
  if (letters === 0) return false;
  const header = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  const delimiter = guessDelimiter(header);
  return header.split(delimiter).some((cell) => columnForHeader(cell.replace(/^"|"$/g, '')) !== undefined);
}

/**
 * The text of a CSV file, in NFC: a BOM decides; else valid UTF-8 is UTF-8; else
 * Windows-1258 when the result reads as Vietnamese; else a CsvError('encoding').
 * Windows-1258 writes some tones as separate marks, which NFC joins to their letter.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const bom = BOMS.find(([, prefix]) => startsWith(bytes, prefix));
  let decoded: { text: string | undefined; encoding: CsvEncoding };
  if (bom) {
    const [encoding, prefix] = bom;
    decoded = { text: decodeStrict(bytes.subarray(prefix.length), encoding), encoding };
  } else {
    const utf8 = decodeStrict(bytes, 'utf-8');
    if (utf8 !== undefined) decoded = { text: utf8, encoding: 'utf-8' };
    else {
      const legacy = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1258').normalize('NFC');
      decoded = { text: looksVietnamese(legacy) ? legacy : undefined, encoding: 'windows-1258' };
    }
  }
  if (decoded.text === undefined || decoded.text.includes(NUL)) throw new CsvError({ kind: 'encoding' });
  return { text: decoded.text.normalize('NFC'), encoding: decoded.encoding };
}

/** Picks the delimiter from the header line: the one that splits it into the most fields. */
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => firstLine.split(d).length;
  return [';', ',', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

const LINE_BREAK = /\r\n|\r|\n/g;

function lineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

/**
 * A cell that runs over several lines and holds at least a whole row's worth of separators
 * is rows swallowed by a stray quote that a later stray quote happened to close (papaparse
 * sees nothing wrong). A real cell on several lines (faults one per line) holds few.
 * Returns the 1-based line where that cell starts.
 */
function swallowedRows(rows: readonly string[][], delimiter: string): number | undefined {
  const width = rows[0]?.length ?? 0;
  const enough = Math.max(width - 1, 6);
  let line = 1;
  for (const row of rows) {
    for (const cell of row) {
      const breaks = lineBreaks(cell);
      if (breaks > 0 && count(cell, delimiter) >= enough) return line;
      line += breaks;
    }
    line++;
  }
  return undefined;
}

/** Parses CSV bytes (or text already decoded) into a rectangular grid of text cells; CsvError when unusable. */
export function parseCsv(raw: string | Uint8Array): CsvResult {
  const { text: decoded, encoding } =
    typeof raw === 'string' ? { text: raw.normalize('NFC'), encoding: 'utf-8' as const } : decodeCsv(raw);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const delimiter = guessDelimiter(text);
  // Blank lines are kept (as blank rows) so that row numbers in messages are the file's.
  const source = text.replace(/(\r?\n)+$/, '');
  const parsed = Papa.parse<string[]>(source, { delimiter, skipEmptyLines: false });
  // papaparse's index is where it met the quote in the whole text.
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) {
    const at = broken.index ?? source.length;
    throw new CsvError({ kind: 'quote', line: lineBreaks(source.slice(0, at)) + 1 });
  }
  const grid = parsed.data;
  const swallowed = swallowedRows(grid, delimiter);
  if (swallowed !== undefined) throw new CsvError({ kind: 'quote', line: swallowed });
  let width = 0;
  for (const row of grid) width = Math.max(width, row.length);
  for (const row of grid) while (row.length < width) row.push('');
  return { grid, delimiter, encoding };
}
