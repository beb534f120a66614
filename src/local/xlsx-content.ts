/**
 * Which kinds of content a workbook file holds beyond what the in-memory workbook keeps
 * (values, the styles of cell-model.ts, merges, widths, frozen rows, list dropdowns): found
 * from the package's parts and relationships and the sheets' XML. Used to name what a
 * ket-qua.xlsx written from the in-memory workbook alone would lose, and to measure it.
 */
import { isToolFormula } from './xlsx-formulas';
import { relKind, resolveTarget, type XlsxPackage } from './xlsx-package';
import { findElement, findElements, parseAttrs, unescapeXml } from './xml-scan';

export const CONTENT_KINDS = [
  'comments',
  'hyperlinks',
  'richText',
  'images',
  'charts',
  'shapes',
  'tables',
  'pivotTables',
  'externalLinks',
  'macros',
  'definedNames',
  'conditionalFormats',
  'validations',
  'hiddenSheets',
  'hiddenColumns',
  'rowHeights',
  'autoFilter',
  'frozenColumns',
  'tabColors',
  'protection',
  'printSetup',
] as const;

export type ContentKind = (typeof CONTENT_KINDS)[number];

function has(xml: string, pattern: RegExp): boolean {
  return pattern.test(xml);
}

async function drawingKinds(pkg: XlsxPackage, part: string, found: Set<ContentKind>): Promise<void> {
  const xml = (await pkg.text(part)) ?? '';
  if (has(xml, /<(\w+:)?pic[\s>]/)) found.add('images');
  if (has(xml, /<(\w+:)?graphicFrame[\s>]/) || (await pkg.related(part, 'chart')).length > 0) found.add('charts');
  if (has(xml, /<(\w+:)?(sp|cxnSp)[\s>]/)) found.add('shapes');
}

/** The kinds of content `pkg` holds that the in-memory workbook does not keep, in CONTENT_KINDS order. */
export async function contentKinds(pkg: XlsxPackage): Promise<ContentKind[]> {
  const found = new Set<ContentKind>();
  const workbook = (await pkg.text(pkg.workbookPart)) ?? '';
  for (const e of findElements(workbook, 'definedName').concat(findElements(workbook, 'x:definedName'))) {
    const name = parseAttrs(e.attrText).get('name') ?? '';
    if (name === '_xlnm._FilterDatabase') found.add('autoFilter');
    else if (name === '_xlnm.Print_Titles' || name === '_xlnm.Print_Area') found.add('printSetup');
    else found.add('definedNames');
  }
  if (has(workbook, /<(\w+:)?workbookProtection[\s/>]/)) found.add('protection');
  for (const rel of await pkg.rels(pkg.workbookPart)) {
    const kind = relKind(rel);
    if (kind === 'externalLink') found.add('externalLinks');
    if (kind === 'pivotCacheDefinition') found.add('pivotTables');
    if (kind === 'vbaProject') found.add('macros');
  }
  for (const part of pkg.parts()) if (/vbaProject\.bin$/i.test(part)) found.add('macros');
  const strings = (await pkg.related(pkg.workbookPart, 'sharedStrings'))[0];
  if (strings && has((await pkg.text(strings)) ?? '', /<(\w+:)?r>/)) found.add('richText');

  for (const sheet of await pkg.sheets()) {
    if (sheet.state !== 'visible') found.add('hiddenSheets');
    if (!sheet.part) continue;
    if (sheet.kind === 'chartsheet') found.add('charts');
    for (const rel of await pkg.rels(sheet.part)) {
      const kind = relKind(rel);
      const target = rel.external ? '' : resolveTarget(sheet.part, rel.target);
      if (kind === 'comments' || kind === 'threadedComment') found.add('comments');
      else if (kind === 'hyperlink') found.add('hyperlinks');
      else if (kind === 'drawing') await drawingKinds(pkg, target, found);
      else if (kind === 'image') found.add('images');
      else if (kind === 'table') found.add('tables');
      else if (kind === 'pivotTable') found.add('pivotTables');
      else if (kind === 'vmlDrawing' && !has((await pkg.text(target)) ?? '', /ObjectType="Note"/)) found.add('shapes');
      else if (kind === 'ctrlProp') found.add('shapes');
    }
    if (sheet.kind !== 'worksheet') continue;
    const xml = (await pkg.text(sheet.part)) ?? '';
    const p = /<(\w+:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
    if (has(xml, new RegExp(`<${p}hyperlink[\\s/>]`))) found.add('hyperlinks');
    if (has(xml, new RegExp(`<${p}is>\\s*<${p}r>`))) found.add('richText');
    if (has(xml, new RegExp(`<${p}autoFilter[\\s/>]`))) found.add('autoFilter');
    if (has(xml, new RegExp(`<${p}tabColor[\\s/>]`))) found.add('tabColors');
    if (has(xml, new RegExp(`<${p}sheetProtection[\\s/>]`))) found.add('protection');
    if (has(xml, new RegExp(`<${p}(pageSetup|headerFooter|printOptions|rowBreaks|colBreaks)[\\s/>]`))) found.add('printSetup');
    if (has(xml, new RegExp(`<${p}col\\s[^>]*hidden="(1|true)"`))) found.add('hiddenColumns');
    if (has(xml, new RegExp(`<${p}row\\s[^>]*customHeight="(1|true)"`))) found.add('rowHeights');
    if (has(xml, new RegExp(`<${p}pane\\s[^>]*xSplit="[1-9]`))) found.add('frozenColumns');
    if (xml.includes('<x14:conditionalFormatting')) found.add('conditionalFormats');
    if (has(xml, /<x14:dataValidation[\s>]/)) found.add('validations');
    for (const rule of findElements(xml, `${p}cfRule`)) {
      const formula = unescapeXml(findElement(rule.inner ?? '', `${p}formula`)?.inner ?? '');
      if (parseAttrs(rule.attrText).get('type') !== 'expression' || !isToolFormula(formula)) found.add('conditionalFormats');
    }
    for (const dv of findElements(xml, `${p}dataValidation`))
      if (parseAttrs(dv.attrText).get('type') !== 'list') found.add('validations');
  }
  return CONTENT_KINDS.filter((k) => found.has(k));
}
