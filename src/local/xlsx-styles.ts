/**
 * The original file's styles part, added to in place. A cell the tool restyles keeps its
 * original format (xf) and only the parts the tool changed are replaced: making a header
 * bold keeps its font's name, colour and underline; giving it a background keeps its
 * borders. Fonts, fills, borders, number formats and formats are appended, never renumbered,
 * so every cell the tool does not touch keeps its style index.
 */
import type { CellStyle } from './cell-model';
import {
  type SplitRoot,
  findElement,
  findElements,
  insertInOrder,
  joinRoot,
  localName,
  parseAttrs,
  renderAttrs,
  splitRoot,
  withPrefix,
} from './xml-scan';

const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** Excel's order of a font's children. */
const FONT_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];

/** Built-in number formats (ECMA-376 18.8.30) the model's format codes can name. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  'mm-dd-yy': 14,
  '@': 49,
};

const keys = new WeakMap<CellStyle, string>();

/**
 * A short key for a style, for caches and comparisons (faster than JSON on large sheets);
 * made once per style object (styles are shared, and never changed in place).
 */
export function styleKey(s: CellStyle): string {
  let key = keys.get(s);
  if (key === undefined) {
    key = makeStyleKey(s);
    keys.set(s, key);
  }
  return key;
}

function makeStyleKey(s: CellStyle): string {
  const b = s.border;
  return `${s.bold ? 1 : 0}${s.italic ? 1 : 0}${s.wrap ? 1 : 0}|${s.fontFamily ?? ''}|${s.fontSize ?? ''}|${s.fontColor ?? ''}|${s.background ?? ''}|${s.hAlign ?? ''}|${s.vAlign ?? ''}|${s.numberFormat ?? ''}|${
    b ? `${b.top ? 1 : 0}${b.bottom ? 1 : 0}${b.left ? 1 : 0}${b.right ? 1 : 0}${b.style}${b.color}` : ''
  }`;
}

function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

/** A list section of the styles part (fonts, fills, …) and the items added to it. */
class Section {
  readonly items: string[];
  private readonly index = new Map<string, number>();
  changed = false;

  constructor(
    readonly name: string,
    private readonly attrText: string,
    inner: string,
    itemName: string,
  ) {
    this.items = findElements(inner, itemName).map((e) => inner.slice(e.start, e.end));
    this.items.forEach((item, i) => {
      if (!this.index.has(item)) this.index.set(item, i);
    });
  }

  /** The index of an item, appended when not there yet. */
  add(item: string): number {
    const found = this.index.get(item);
    if (found !== undefined) return found;
    this.items.push(item);
    this.index.set(item, this.items.length - 1);
    this.changed = true;
    return this.items.length - 1;
  }

  xml(prefix: string): string {
    const attrs = parseAttrs(this.attrText);
    attrs.set('count', String(this.items.length));
    return `<${prefix}${this.name}${renderAttrs(attrs)}>${this.items.join('')}</${prefix}${this.name}>`;
  }
}

export class StyleBook {
  private readonly doc: SplitRoot;
  private readonly p: string;
  private readonly sections = new Map<string, Section>();
  private readonly numFmts = new Map<string, number>();
  private readonly xfCache = new Map<string, number>();
  private nextNumFmt = 164;

  constructor(xml: string) {
    this.doc = splitRoot(xml);
    this.p = this.doc.prefix;
    const items: Record<string, string> = {
      numFmts: 'numFmt',
      fonts: 'font',
      fills: 'fill',
      borders: 'border',
      cellXfs: 'xf',
      dxfs: 'dxf',
    };
    for (const [name, item] of Object.entries(items)) {
      const child = this.doc.children.find((c) => c.name === `${this.p}${name}`);
      const el = child ? findElement(child.text, `${this.p}${name}`) : undefined;
      this.sections.set(name, new Section(name, el?.attrText ?? '', el?.inner ?? '', `${this.p}${item}`));
    }
    for (const item of this.section('numFmts').items) {
      const a = parseAttrs(findElement(item, `${this.p}numFmt`)?.attrText ?? '');
      const id = Number(a.get('numFmtId'));
      const code = a.get('formatCode');
      if (code !== undefined && Number.isFinite(id)) {
        if (!this.numFmts.has(code)) this.numFmts.set(code, id);
        this.nextNumFmt = Math.max(this.nextNumFmt, id + 1);
      }
    }
  }

  private section(name: string): Section {
    const s = this.sections.get(name);
    if (!s) throw new Error(`styles: no section ${name}`);
    return s;
  }

  private el(name: string, attrs: Record<string, string> = {}, inner?: string): string {
    const a = renderAttrs(new Map(Object.entries(attrs)));
    return inner === undefined ? `<${this.p}${name}${a}/>` : `<${this.p}${name}${a}>${inner}</${this.p}${name}>`;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const found = this.numFmts.get(code);
    if (found !== undefined) return found;
    const id = this.nextNumFmt++;
    this.numFmts.set(code, id);
    this.section('numFmts').add(this.el('numFmt', { numFmtId: String(id), formatCode: code }));
    return id;
  }

  private patchedFont(base: string, before: CellStyle, after: CellStyle): string {
    const el = findElement(base, `${this.p}font`);
    const inner = el?.inner ?? '';
    // The font's children, each kept as written unless the tool changed what it says.
    const parts: { name: string; xml: string }[] = [];
    for (const m of inner.matchAll(/<([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>[\s\S]*?<\/\1>)/g))
      parts.push({ name: localName(m[1] as string), xml: m[0] });
    const set = (name: string, xml: string | undefined) => {
      const kept = parts.filter((x) => x.name !== name);
      parts.length = 0;
      parts.push(...kept);
      if (xml !== undefined) parts.push({ name, xml });
    };
    if (before.bold !== after.bold) set('b', after.bold ? this.el('b') : undefined);
    if (before.italic !== after.italic) set('i', after.italic ? this.el('i') : undefined);
    if (before.fontSize !== after.fontSize && after.fontSize !== undefined)
      set('sz', this.el('sz', { val: String(after.fontSize) }));
    if (before.fontColor !== after.fontColor)
      set('color', after.fontColor ? this.el('color', { rgb: argb(after.fontColor) }) : undefined);
    if (before.fontFamily !== after.fontFamily && after.fontFamily !== undefined) {
      set('name', this.el('name', { val: after.fontFamily }));
      // A theme font (scheme) would win over the name in Excel.
      set('scheme', undefined);
    }
    const rank = (name: string) => {
      const r = FONT_ORDER.indexOf(name);
      return r < 0 ? FONT_ORDER.length : r;
    };
    parts.sort((a, b) => rank(a.name) - rank(b.name));
    return this.el('font', Object.fromEntries(parseAttrs(el?.attrText ?? '')), parts.map((x) => x.xml).join(''));
  }

  private fill(style: CellStyle): string {
    if (!style.background) return this.el('fill', {}, this.el('patternFill', { patternType: 'none' }));
    return this.el(
      'fill',
      {},
      this.el(
        'patternFill',
        { patternType: 'solid' },
        this.el('fgColor', { rgb: argb(style.background) }) + this.el('bgColor', { indexed: '64' }),
      ),
    );
  }

  private border(style: CellStyle): string {
    const b = style.border;
    const side = (name: string, on: boolean | undefined) =>
      b && on ? this.el(name, { style: b.style }, this.el('color', { rgb: argb(b.color) })) : this.el(name);
    return this.el(
      'border',
      {},
      side('left', b?.left) + side('right', b?.right) + side('top', b?.top) + side('bottom', b?.bottom) + this.el('diagonal'),
    );
  }

  private patchedAlignment(base: string | undefined, before: CellStyle, after: CellStyle): string | undefined {
    const attrs = parseAttrs(base ? (findElement(base, `${this.p}alignment`)?.attrText ?? '') : '');
    if (before.hAlign !== after.hAlign) {
      if (after.hAlign) attrs.set('horizontal', after.hAlign);
      else attrs.delete('horizontal');
    }
    if (before.vAlign !== after.vAlign) {
      if (after.vAlign) attrs.set('vertical', after.vAlign === 'middle' ? 'center' : after.vAlign);
      else attrs.delete('vertical');
    }
    if (Boolean(before.wrap) !== Boolean(after.wrap)) {
      if (after.wrap) attrs.set('wrapText', '1');
      else attrs.delete('wrapText');
    }
    return attrs.size === 0 ? undefined : this.el('alignment', Object.fromEntries(attrs));
  }

  /**
   * The format index for a cell that had format `baseXf` and whose style, as the in-memory
   * workbook sees it, went from `before` to `after`.
   */
  xfFor(baseXf: number, before: CellStyle, after: CellStyle): number {
    const key = `${baseXf}|${styleKey(before)}|${styleKey(after)}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const xfs = this.section('cellXfs');
    const base = xfs.items[baseXf] ?? xfs.items[0] ?? this.el('xf', { numFmtId: '0', fontId: '0', fillId: '0', borderId: '0' });
    const el = findElement(base, `${this.p}xf`);
    const attrs = parseAttrs(el?.attrText ?? '');
    const inner = el?.inner ?? '';
    const fontChanged =
      before.bold !== after.bold ||
      before.italic !== after.italic ||
      before.fontFamily !== after.fontFamily ||
      before.fontSize !== after.fontSize ||
      before.fontColor !== after.fontColor;
    if (fontChanged) {
      const fonts = this.section('fonts');
      const baseFont = fonts.items[Number(attrs.get('fontId') ?? 0)] ?? fonts.items[0] ?? this.el('font');
      attrs.set('fontId', String(fonts.add(this.patchedFont(baseFont, before, after))));
      attrs.set('applyFont', '1');
    }
    if (before.background !== after.background) {
      attrs.set('fillId', String(after.background ? this.section('fills').add(this.fill(after)) : 0));
      attrs.set('applyFill', '1');
    }
    if (JSON.stringify(before.border) !== JSON.stringify(after.border)) {
      attrs.set('borderId', String(after.border ? this.section('borders').add(this.border(after)) : 0));
      attrs.set('applyBorder', '1');
    }
    if (before.numberFormat !== after.numberFormat) {
      attrs.set('numFmtId', String(this.numFmtId(after.numberFormat ?? 'General')));
      attrs.set('applyNumberFormat', '1');
    }
    let children = inner;
    if (before.hAlign !== after.hAlign || before.vAlign !== after.vAlign || Boolean(before.wrap) !== Boolean(after.wrap)) {
      const old = findElement(inner, `${this.p}alignment`);
      const alignment = this.patchedAlignment(old ? inner.slice(old.start, old.end) : undefined, before, after) ?? '';
      children = old ? inner.slice(0, old.start) + alignment + inner.slice(old.end) : alignment + inner;
      attrs.set('applyAlignment', '1');
    }
    const index = xfs.add(this.el('xf', Object.fromEntries(attrs), children === '' ? undefined : children));
    this.xfCache.set(key, index);
    return index;
  }

  /** Adds a differential format (for a conditional format) written without a prefix. */
  addDxf(xml: string): number {
    return this.section('dxfs').add(withPrefix(xml, this.p));
  }

  /** A dxf for the model's conditional-format look. */
  dxfXml(look: { background?: string; fontColor?: string; bold?: boolean }): string {
    const font =
      look.fontColor || look.bold
        ? `<font>${look.bold ? '<b/>' : ''}${look.fontColor ? `<color rgb="${argb(look.fontColor)}"/>` : ''}</font>`
        : '';
    const fill = look.background
      ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(look.background)}"/></patternFill></fill>`
      : '';
    return `<dxf>${font}${fill}</dxf>`;
  }

  get changed(): boolean {
    return [...this.sections.values()].some((s) => s.changed);
  }

  xml(): string {
    for (const [name, section] of this.sections) {
      if (!section.changed) continue;
      const text = section.xml(this.p);
      const at = this.doc.children.findIndex((c) => c.name === `${this.p}${name}`);
      if (at >= 0) this.doc.children[at] = { name: `${this.p}${name}`, text };
      else insertInOrder(this.doc, ORDER, name, text);
    }
    return joinRoot(this.doc);
  }
}

/** A minimal styles part, for a package that has none. */
export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
