/**
 * What exceljs is given to read: a copy of the package with only the parts the in-memory
 * workbook takes (workbook, sheets, styles, shared strings), under the names exceljs
 * expects. exceljs 4.4 crashes on files other writers make:
 * - comments: it parses only parts named xl/commentsN.xml and looks them up by the
 *   relationship's literal target ("../commentsN.xml"); openpyxl writes
 *   xl/comments/comment1.xml with the absolute target "/xl/comments/comment1.xml", so the
 *   lookup gives undefined: "Cannot read properties of undefined (reading 'comments')".
 * - charts and images: its drawing parser knows only the "xdr:"-prefixed elements; openpyxl
 *   writes the drawing in the default namespace (<wsDr xmlns=…>), which parses to nothing:
 *   "… (reading 'anchors')".
 * None of those parts carries anything the in-memory workbook keeps, so the copy leaves them
 * out (and conditional formats, hyperlinks, defined names); ket-qua.xlsx is made from the
 * original package (xlsx-patch.ts), which keeps them.
 */
import JSZip from 'jszip';
import { type Relationship, relKind, relsXml, resolveTarget, type XlsxPackage } from './xlsx-package';
import { clip, parseCellRef, parseSqref, sqrefOf } from './xlsx-ranges';
import { findElements, joinRoot, localName, parseAttrs, renderAttrs, splitRoot } from './xml-scan';

/** Sheet children the in-memory workbook does not take and exceljs may trip on. */
const LEFT_OUT = new Set([
  'conditionalFormatting',
  'hyperlinks',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'tableParts',
  'extLst',
  'AlternateContent',
]);

/** A document whose main namespace has a prefix (`<x:worksheet xmlns:x=…>`) made unprefixed. */
export function withoutMainPrefix(xml: string): string {
  const doc = splitRoot(xml);
  if (!doc.prefix) return xml;
  const p = doc.prefix.slice(0, -1);
  return xml.replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1').replace(new RegExp(`xmlns:${p}=`), 'xmlns=');
}

/** The last row and column that hold a cell, for clipping whole-column validations. */
function usedExtent(sheetData: string): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  let row = 0;
  for (const m of sheetData.matchAll(/<(row|c)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/g)) {
    const r = /\sr="([^"]+)"/.exec(m[2] ?? '')?.[1];
    if (m[1] === 'row') {
      row = r ? Number(r) : row + 1;
      rows = Math.max(rows, row);
    } else if (r) columns = Math.max(columns, parseCellRef(r)?.column ?? 0);
  }
  return { rows, columns };
}

/** Rows and columns past the last used ones whose dropdowns the in-memory workbook still sees. */
const MARGIN_ROWS = 2000;
const MARGIN_COLUMNS = 50;

/**
 * Each validation clipped to the used range and a margin: exceljs stores a validation once
 * per cell, so one on a whole column ("A:A", as Excel writes it) would make a million entries.
 * Past the margin the original file's validations are kept as they are (xlsx-patch.ts).
 */
function clipValidations(xml: string, extent: { rows: number; columns: number }): string {
  const used = { top: 1, left: 1, bottom: extent.rows + MARGIN_ROWS, right: extent.columns + MARGIN_COLUMNS };
  const kept = findElements(xml, 'dataValidation').flatMap((e) => {
    const attrs = parseAttrs(e.attrText);
    const rects = parseSqref(attrs.get('sqref') ?? '').flatMap((r) => clip(r, used) ?? []);
    if (rects.length === 0) return [];
    attrs.set('sqref', sqrefOf(rects));
    return [`<dataValidation${renderAttrs(attrs)}>${e.inner ?? ''}</dataValidation>`];
  });
  return kept.length === 0 ? '' : `<dataValidations count="${kept.length}">${kept.join('')}</dataValidations>`;
}

function readingSheet(xml: string): string {
  const doc = splitRoot(withoutMainPrefix(xml));
  const data = doc.children.find((c) => c.name === 'sheetData');
  const extent = usedExtent(data?.text ?? '');
  doc.children = doc.children.flatMap((c) => {
    if (LEFT_OUT.has(localName(c.name))) return [];
    if (c.name === 'dataValidations') return [{ name: c.name, text: clipValidations(c.text, extent) }];
    return [c];
  });
  return joinRoot(doc);
}

/** The copy exceljs reads; throws when the package has no workbook part. */
export async function exceljsInput(pkg: XlsxPackage): Promise<Uint8Array> {
  const workbook = await pkg.text(pkg.workbookPart);
  if (workbook === undefined) throw new Error('the file has no workbook part (xl/workbook.xml).');
  const out = new JSZip();
  const rels: Relationship[] = [];
  let n = 0;
  for (const rel of await pkg.rels(pkg.workbookPart)) {
    if (rel.external) continue;
    const part = resolveTarget(pkg.workbookPart, rel.target);
    const kind = relKind(rel);
    const text = kind === 'worksheet' || kind === 'styles' || kind === 'sharedStrings' ? await pkg.text(part) : undefined;
    if (text === undefined) continue;
    if (kind === 'worksheet') {
      n++;
      out.file(`xl/worksheets/sheet${n}.xml`, readingSheet(text));
      rels.push({ ...rel, target: `worksheets/sheet${n}.xml` });
    } else {
      out.file(`xl/${kind}.xml`, withoutMainPrefix(text));
      rels.push({ ...rel, target: `${kind}.xml` });
    }
  }
  // Defined names are not read into the in-memory workbook, and an unusual one (#REF!, a
  // name in another file) can make exceljs throw.
  const names = splitRoot(withoutMainPrefix(workbook));
  names.children = names.children.filter((c) => c.name !== 'definedNames');
  out.file('xl/workbook.xml', joinRoot(names));
  out.file('xl/_rels/workbook.xml.rels', relsXml(rels));
  return out.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
