/**
 * «Danh sách chi bộ» of the đảng ủy's spreadsheet: one chi bộ per row, its name and the link
 * to its spreadsheet. The header row is found like the roster's (case, diacritics, Unicode
 * form and spacing ignored, within the first rows, a title above it allowed); blank rows are
 * skipped; every row that can't be used is a problem naming its row, and one problem is
 * enough for «Tổng hợp» to stop before reading anything.
 */
import { cellText, foldKey } from '../normalize';
import { CHI_BO_LIST_WORDS, DANG_UY_PROBLEMS } from '../text/dang-uy';

export interface ChiBoLink {
  /** 1-based row in «Danh sách chi bộ». */
  readonly row: number;
  /** As typed; '' when left blank (the chi bộ's «Tên chi bộ» is used then). */
  readonly name: string;
  /** The link as typed. */
  readonly link: string;
  /** The spreadsheet's id, taken from the link. */
  readonly id: string;
}

export interface ChiBoList {
  readonly entries: ChiBoLink[];
  readonly problems: string[];
}

type ListColumn = keyof typeof CHI_BO_LIST_WORDS;

/** How far down the header is looked for (a title block may stand above it). */
const HEADER_SEARCH_ROWS = 20;

const HEADER_LOOKUP: ReadonlyMap<string, ListColumn> = new Map(
  (Object.keys(CHI_BO_LIST_WORDS) as ListColumn[]).flatMap((key) =>
    CHI_BO_LIST_WORDS[key].headers.map((header) => [foldKey(header), key] as const),
  ),
);

function headerKey(cell: unknown): ListColumn | undefined {
  return HEADER_LOOKUP.get(foldKey(cellText(cell)));
}

/**
 * The spreadsheet id in a link: «https://docs.google.com/spreadsheets/d/<id>/edit#gid=0»
 * (also with «/u/1/» for a second account), or a bare id as the «Mã bảng tính» holds it.
 * Google's ids are 44 letters, digits, «-» and «_»; anything shorter than 25 is refused so
 * that a word typed by mistake is not taken for one.
 */
export function spreadsheetIdOf(link: string): string | null {
  const text = link.trim();
  const inUrl = /^https?:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{25,})(?:[/?#]|$)/.exec(text);
  if (inUrl?.[1]) return inUrl[1];
  return /^[A-Za-z0-9_-]{25,}$/.test(text) ? text : null;
}

/** Rows with the same name (case, diacritics and spacing ignored): a problem for each later one. */
export function duplicateNameProblems(rows: readonly { readonly row: number; readonly name: string }[]): string[] {
  const first = new Map<string, number>();
  const problems: string[] = [];
  for (const { row, name } of rows) {
    const key = foldKey(name);
    if (key === '') continue;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row);
    else problems.push(DANG_UY_PROBLEMS.sameName(row, earlier, name));
  }
  return problems;
}

export function parseChiBoList(grid: readonly (readonly unknown[])[]): ChiBoList {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  let headerIndex = -1;
  for (let r = 0; r < limit && headerIndex < 0; r++) {
    if ((grid[r] ?? []).some((cell) => headerKey(cell) === 'link')) headerIndex = r;
  }
  const header = grid[headerIndex];
  if (!header) return { entries: [], problems: [DANG_UY_PROBLEMS.noListHeader] };
  const linkIndex = header.findIndex((cell) => headerKey(cell) === 'link');
  const nameIndex = header.findIndex((cell) => headerKey(cell) === 'name');

  const entries: ChiBoLink[] = [];
  const problems: string[] = [];
  const byId = new Map<string, number>();
  for (let r = headerIndex + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const row = r + 1;
    const name = nameIndex < 0 ? '' : cellText(line[nameIndex]);
    const link = cellText(line[linkIndex]);
    if (name === '' && link === '') continue;
    if (link === '') {
      problems.push(DANG_UY_PROBLEMS.noLink(row));
      continue;
    }
    const id = spreadsheetIdOf(link);
    if (id === null) {
      problems.push(DANG_UY_PROBLEMS.badLink(row, link));
      continue;
    }
    const earlier = byId.get(id);
    if (earlier !== undefined) {
      problems.push(DANG_UY_PROBLEMS.sameLink(row, earlier));
      continue;
    }
    byId.set(id, row);
    entries.push({ row, name, link, id });
  }
  problems.push(...duplicateNameProblems(entries));
  if (entries.length === 0 && problems.length === 0) problems.push(DANG_UY_PROBLEMS.noChiBo);
  return { entries, problems };
}
