/**
 * Just enough XML handling to edit the parts of an XLSX package in place: find elements by
 * name, read and write attributes, split a root element into its children. Everything not
 * touched stays byte for byte. Built for the regular XML that spreadsheet writers produce
 * (no DTD; comments and CDATA are skipped over, not interpreted).
 */

export function escapeXml(text: string): string {
  // Most values (cell references, numbers, style indexes) need nothing: one test, no copies.
  if (!/[&<>"]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/** The attributes of a start tag's attribute text, in order, values unescaped. */
export function parseAttrs(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attrs.set(m[1] as string, unescapeXml(m[2] ?? m[3] ?? ''));
  return attrs;
}

export function renderAttrs(attrs: ReadonlyMap<string, string>): string {
  let out = '';
  for (const [k, v] of attrs) out += ` ${k}="${escapeXml(v)}"`;
  return out;
}

export interface XmlElement {
  /** Offsets in the text the element was found in: [start, end). */
  readonly start: number;
  readonly end: number;
  /** The attribute text of the start tag. */
  readonly attrText: string;
  /** What stands between the start and end tags; undefined for an empty-element tag. */
  readonly inner: string | undefined;
}

const ATTR_TEXT = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every element named `qname` (prefix included, as written) in `xml[from, to)`, in order.
 * Meant for elements that do not nest inside themselves (row, c, col, xf, …).
 */
export function findElements(xml: string, qname: string, from = 0, to = xml.length): XmlElement[] {
  const found: XmlElement[] = [];
  const open = new RegExp(`<${escapeRegex(qname)}(?=[\\s/>])(${ATTR_TEXT})(/?)>`, 'g');
  const close = `</${qname}>`;
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const startEnd = m.index + m[0].length;
    if (m[2] === '/') {
      found.push({ start: m.index, end: startEnd, attrText: m[1] ?? '', inner: undefined });
      continue;
    }
    const closeAt = xml.indexOf(close, startEnd);
    if (closeAt < 0) throw new Error(`XML: <${qname}> is not closed.`);
    found.push({ start: m.index, end: closeAt + close.length, attrText: m[1] ?? '', inner: xml.slice(startEnd, closeAt) });
    open.lastIndex = closeAt + close.length;
  }
  return found;
}

export function findElement(xml: string, qname: string, from = 0, to = xml.length): XmlElement | undefined {
  return findElements(xml, qname, from, to)[0];
}

export function elementXml(qname: string, attrs: ReadonlyMap<string, string>, inner: string | undefined): string {
  return inner === undefined ? `<${qname}${renderAttrs(attrs)}/>` : `<${qname}${renderAttrs(attrs)}>${inner}</${qname}>`;
}

/** A document split at its root element: what precedes and follows the children, and the children. */
export interface SplitRoot {
  /** XML declaration, the root's start tag. */
  readonly head: string;
  /** The root's prefix with its colon ('' for none), used for the main namespace. */
  readonly prefix: string;
  /** The root's qualified name. */
  readonly rootName: string;
  /** The root's attribute text. */
  readonly rootAttrs: string;
  /** The root's content in order: elements, and '#text' / '#comment' for what stands between them. */
  children: { name: string; text: string }[];
  /** The root's end tag and what follows it. */
  readonly tail: string;
}

/**
 * Splits a document into its root's children. The scan skips over each child as a whole,
 * so a large child (sheetData) costs one indexOf.
 */
export function splitRoot(xml: string): SplitRoot {
  const rootMatch = /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  let m: RegExpExecArray | null;
  // Skip the declaration, processing instructions and comments before the root.
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) throw new Error('XML: no root element.');
    if (xml.startsWith('<?', lt)) pos = xml.indexOf('?>', lt) + 2;
    else if (xml.startsWith('<!--', lt)) pos = xml.indexOf('-->', lt) + 3;
    else if (xml.startsWith('<!', lt)) pos = xml.indexOf('>', lt) + 1;
    else {
      rootMatch.lastIndex = lt;
      m = rootMatch.exec(xml);
      if (!m || m.index !== lt) throw new Error('XML: unreadable root element.');
      break;
    }
  }
  const rootName = m[1] as string;
  const colon = rootName.indexOf(':');
  const prefix = colon < 0 ? '' : rootName.slice(0, colon + 1);
  const headEnd = m.index + m[0].length;
  if (m[3] === '/') {
    return {
      head: xml.slice(0, m.index),
      prefix,
      rootName,
      rootAttrs: m[2] ?? '',
      children: [],
      tail: xml.slice(headEnd),
    };
  }
  const endTag = `</${rootName}>`;
  const rootEnd = xml.lastIndexOf(endTag);
  if (rootEnd < headEnd) throw new Error(`XML: <${rootName}> is not closed.`);
  const children: { name: string; text: string }[] = [];
  const tag = /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  pos = headEnd;
  while (pos < rootEnd) {
    const found = xml.indexOf('<', pos);
    const lt = found < 0 || found > rootEnd ? rootEnd : found;
    if (lt > pos) children.push({ name: '#text', text: xml.slice(pos, lt) });
    if (lt >= rootEnd) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt) + 3;
      children.push({ name: '#comment', text: xml.slice(lt, end) });
      pos = end;
      continue;
    }
    tag.lastIndex = lt;
    const t = tag.exec(xml);
    if (!t || t.index !== lt) throw new Error('XML: unreadable element.');
    const name = t[1] as string;
    const openEnd = t.index + t[0].length;
    if (t[3] === '/') {
      children.push({ name, text: xml.slice(lt, openEnd) });
      pos = openEnd;
      continue;
    }
    const end = closingOf(xml, name, openEnd);
    children.push({ name, text: xml.slice(lt, end) });
    pos = end;
  }
  return {
    head: xml.slice(0, m.index),
    prefix,
    rootName,
    rootAttrs: m[2] ?? '',
    children,
    tail: xml.slice(rootEnd),
  };
}

/** The offset just past the end tag matching an element named `name` opened before `from`, nesting counted. */
function closingOf(xml: string, name: string, from: number): number {
  const re = new RegExp(`<(/?)${escapeRegex(name)}(?=[\\s/>])(${ATTR_TEXT})(/?)>`, 'g');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] === '/') depth--;
    else if (m[3] !== '/') depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error(`XML: <${name}> is not closed.`);
}

export function joinRoot(doc: SplitRoot): string {
  return `${doc.head}<${doc.rootName}${doc.rootAttrs}>${doc.children.map((c) => c.text).join('')}${doc.tail}`;
}

/** The local name of a qualified name. */
export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/**
 * Inserts `child` into `doc` keeping the schema's order: before the first child whose
 * local name comes after `name` in `order`, else at the end.
 */
export function insertInOrder(doc: SplitRoot, order: readonly string[], name: string, child: string): void {
  const rank = order.indexOf(name);
  const at = doc.children.findIndex((c) => {
    const r = order.indexOf(localName(c.name));
    return r > rank && c.name.startsWith(doc.prefix);
  });
  const entry = { name: `${doc.prefix}${name}`, text: child };
  if (at < 0) doc.children.push(entry);
  else doc.children.splice(at, 0, entry);
}

/** Adds the document's main prefix to every unprefixed element of a fragment written without one. */
export function withPrefix(fragment: string, prefix: string): string {
  if (!prefix) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`);
}
