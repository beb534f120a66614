/**
 * The XLSX file as a package of parts (ECMA-376 part 2, Open Packaging Conventions): part
 * names, relationships and the workbook's sheets, found the way the format defines them
 * rather than by the names one writer happens to use (Excel, LibreOffice, openpyxl and
 * exceljs each name their comments and drawings differently, and some write absolute targets).
 */
import JSZip from 'jszip';
import { escapeXml, findElement, findElements, parseAttrs } from './xml-scan';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_BASE = `${REL_NS}/`;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** As written: relative to the source part's folder, or absolute from the package root. */
  readonly target: string;
  readonly external: boolean;
}

/** The last segment of a relationship type: 'worksheet', 'styles', 'comments', 'vmlDrawing', … */
export function relKind(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf('/') + 1);
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a relationship of `source` points to, as a zip entry name (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const raw = target.split('#')[0] ?? '';
  const segments = raw.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const s of raw.replace(/^\/+/, '').split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(decodeURIComponent(s));
  }
  return segments.join('/');
}

/** `part` as a target written from `source`, relative to the source's folder. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export function parseRels(xml: string): Relationship[] {
  return findElements(xml, 'Relationship').map((e) => {
    const a = parseAttrs(e.attrText);
    return {
      id: a.get('Id') ?? '',
      type: a.get('Type') ?? '',
      target: a.get('Target') ?? '',
      external: a.get('TargetMode') === 'External',
    };
  });
}

export function relsXml(rels: readonly Relationship[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

export function relType(kind: string): string {
  return `${REL_BASE}${kind}`;
}

export interface SheetEntry {
  readonly name: string;
  /** 'worksheet', 'chartsheet', 'dialogsheet', 'macrosheet', … */
  readonly kind: string;
  /** The sheet's part; undefined when the relationship points nowhere. */
  readonly part: string | undefined;
  readonly state: string;
}

export class XlsxPackage {
  private readonly names = new Map<string, string>();

  private constructor(
    readonly zip: JSZip,
    readonly workbookPart: string,
  ) {
    for (const name of Object.keys(zip.files)) {
      if (!zip.files[name]?.dir) this.names.set(name.replace(/^\/+/, '').toLowerCase(), name);
    }
  }

  static async open(data: ArrayBuffer | Uint8Array): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(data);
    const probe = new XlsxPackage(zip, '');
    const root = parseRels((await probe.text('_rels/.rels')) ?? '');
    const main = root.find((r) => relKind(r) === 'officeDocument' && !r.external);
    const workbookPart = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
    return new XlsxPackage(zip, workbookPart);
  }

  /** The zip entry of a part; part names compare case-insensitively (OPC). */
  entryName(part: string): string | undefined {
    return this.names.get(part.replace(/^\/+/, '').toLowerCase());
  }

  has(part: string): boolean {
    return this.entryName(part) !== undefined;
  }

  parts(): string[] {
    return [...this.names.values()].map((n) => n.replace(/^\/+/, ''));
  }

  async text(part: string): Promise<string | undefined> {
    const name = this.entryName(part);
    return name === undefined ? undefined : this.zip.file(name)?.async('string');
  }

  async bytes(part: string): Promise<Uint8Array | undefined> {
    const name = this.entryName(part);
    return name === undefined ? undefined : this.zip.file(name)?.async('uint8array');
  }

  write(part: string, content: string | Uint8Array): void {
    const name = this.entryName(part) ?? part;
    this.zip.file(name, content, { createFolders: false });
    this.names.set(part.toLowerCase(), name);
  }

  remove(part: string): void {
    const name = this.entryName(part);
    if (name === undefined) return;
    this.zip.remove(name);
    this.names.delete(part.replace(/^\/+/, '').toLowerCase());
  }

  async rels(part: string): Promise<Relationship[]> {
    const xml = await this.text(relsPathOf(part));
    return xml === undefined ? [] : parseRels(xml);
  }

  /** The internal parts `part` points to, by relationship kind. */
  async related(part: string, kind: string): Promise<string[]> {
    return (await this.rels(part)).filter((r) => !r.external && relKind(r) === kind).map((r) => resolveTarget(part, r.target));
  }

  /** The workbook's sheets in tab order, with the part each one lives in. */
  async sheets(): Promise<SheetEntry[]> {
    const xml = (await this.text(this.workbookPart)) ?? '';
    const rels = new Map((await this.rels(this.workbookPart)).map((r) => [r.id, r]));
    const sheetsEl = findElement(xml, `${mainPrefix(xml)}sheets`);
    if (!sheetsEl?.inner) return [];
    return findElements(sheetsEl.inner, `${mainPrefix(xml)}sheet`).map((e) => {
      const a = parseAttrs(e.attrText);
      let id = '';
      for (const [k, v] of a) if (k === 'r:id' || k.endsWith(':id')) id = v;
      const rel = rels.get(id);
      return {
        name: a.get('name') ?? '',
        kind: rel ? relKind(rel) : 'unknown',
        part: rel && !rel.external ? resolveTarget(this.workbookPart, rel.target) : undefined,
        state: a.get('state') ?? 'visible',
      };
    });
  }
}

/** The prefix (with its colon) a document uses for its root element: '' or e.g. 'x:'. */
export function mainPrefix(xml: string): string {
  const m = /<(?!\?|!)([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s/>]/.exec(xml);
  return m?.[1] ?? '';
}

/** A name for a new part: `stem` + the first free number + `ext`. */
export function freePartName(pkg: XlsxPackage, stem: string, ext: string, taken: Set<string> = new Set()): string {
  for (let n = 1; ; n++) {
    const name = `${stem}${n}${ext}`;
    if (!pkg.has(name) && !taken.has(name.toLowerCase())) return name;
  }
}
