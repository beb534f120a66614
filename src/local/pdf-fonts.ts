/**
 * The four Tinos faces of the PDF printer, read and parsed once per process. Registered by
 * file, pdfkit reads and parses a face again in every document, and lays out every word
 * again; a face it has parsed can be registered in the next document as it is (pdfkit
 * 0.20 accepts parsed fontkit fonts), which makes a small report's PDF several times faster.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { FontFace } from './pdf-measure';

/** A face as pdfkit's fontkit parsed it. */
export interface ParsedFont {
  readonly layout: (text: string) => unknown;
}

declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      /** pdfkit 0.20 also takes a parsed fontkit font; its typings (0.17) do not say so yet. */
      registerFont(name: string, src: ParsedFont | Uint8Array): this;
    }
  }
}

/**
 * The four Tinos TTFs (metric-compatible with Times New Roman, full Vietnamese coverage).
 * Resolved through the package so it works from src (vitest) and from build/cli.mjs,
 * which keeps packages external.
 */
export function tinosFontFiles(): Record<FontFace, string> {
  const root = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/package.json'));
  return {
    Tinos: join(root, '400Regular/Tinos_400Regular.ttf'),
    'Tinos-Bold': join(root, '700Bold/Tinos_700Bold.ttf'),
    'Tinos-Italic': join(root, '400Regular_Italic/Tinos_400Regular_Italic.ttf'),
    'Tinos-BoldItalic': join(root, '700Bold_Italic/Tinos_700Bold_Italic.ttf'),
  };
}

function isParsedFont(value: unknown): value is ParsedFont {
  return typeof value === 'object' && value !== null && 'layout' in value && typeof value.layout === 'function';
}

/** The parsed font pdfkit keeps for the current face, in a field its typings leave out. */
function currentFont(doc: object): ParsedFont | undefined {
  const font = '_font' in doc ? doc._font : undefined;
  const parsed = typeof font === 'object' && font !== null && 'font' in font ? font.font : undefined;
  return isParsedFont(parsed) ? parsed : undefined;
}

let parses = 0;

/** How many times a face was parsed in this process: at most once each. */
export function fontParses(): number {
  return parses;
}

let faces: Readonly<Record<FontFace, ParsedFont | Uint8Array>> | undefined;

/**
 * Each face, parsed the first time a document asks. pdfkit parses them in a scratch
 * document; should its fields ever change, a face stays bytes (parsed per document, as before).
 */
export function tinosFonts(): Readonly<Record<FontFace, ParsedFont | Uint8Array>> {
  if (faces) return faces;
  const files = tinosFontFiles();
  const scratch = new PDFDocument({ autoFirstPage: false });
  const parse = (face: FontFace): ParsedFont | Uint8Array => {
    parses++;
    const bytes = new Uint8Array(readFileSync(files[face]));
    scratch.registerFont(face, bytes).font(face);
    return currentFont(scratch) ?? bytes;
  };
  faces = {
    Tinos: parse('Tinos'),
    'Tinos-Bold': parse('Tinos-Bold'),
    'Tinos-Italic': parse('Tinos-Italic'),
    'Tinos-BoldItalic': parse('Tinos-BoldItalic'),
  };
  return faces;
}
