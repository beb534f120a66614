/**
 * «Trình tự kiểm điểm»: the collective first, then individuals; leaders before the other
 * members, and among leaders the head before the deputies ("người đứng đầu trước, cấp phó
 * và các thành viên sau", plan I.4.2 and III.1). A checklist column per document, missing
 * ones marked.
 */
import type { MemberResult } from '../core/classify';
import { DOCUMENT_COLUMNS } from '../core/columns';
import { foldKey } from '../core/normalize';
import type { ClassificationRun } from '../core/run';
import { DOC, SHEET_NAMES, STATUS_NAMES } from '../core/text';
import { LayoutBuilder, type SheetLayout } from './sheet-layout';

const WIDTHS = [40, 210, 170, 80, 95, 90, 100];

/** A deputy's post says "phó" (Phó Hiệu trưởng, Phó Bí thư, Tổ phó …). */
export function isDeputy(post: string): boolean {
  return /\bpho\b/.test(foldKey(post));
}

/**
 * The head (người đứng đầu: the first leader whose post is not a deputy's) comes first,
 * then the other leaders in roster order, then the other members in roster order.
 */
export function reviewOrder(results: readonly MemberResult[]): {
  head: MemberResult[];
  otherLeaders: MemberResult[];
  members: MemberResult[];
} {
  const leaders = results.filter((r) => r.member.leader);
  const head = leaders.find((r) => !isDeputy(r.member.post));
  return {
    head: head ? [head] : [],
    otherLeaders: leaders.filter((r) => r !== head),
    members: results.filter((r) => !r.member.leader),
  };
}

function documentCells(r: MemberResult): string[] {
  return DOCUMENT_COLUMNS.map((key) => {
    const value = r.member.documents[key];
    return value === undefined ? '' : value ? DOC.handedIn : DOC.missing;
  });
}

export function reviewOrderLayout(run: ClassificationRun): SheetLayout {
  const b = new LayoutBuilder(SHEET_NAMES.reviewOrder, WIDTHS, 12);
  b.line(DOC.chiBo(run.settings.chiBoName), { bold: true, align: 'center' });
  b.line(DOC.reviewTitle(run.settings.year), { bold: true, size: 14, align: 'center' });
  b.line(DOC.reviewNote, { italic: true, align: 'center' });
  b.blank();
  const headerRow = b.row(DOC.reviewHead, { bold: true, align: 'center' });
  const center = { align: 'center' } as const;
  const groupStyle = { bold: true } as const;
  let n = 0;
  b.row(['', DOC.collectiveGroup], [{}, groupStyle]);
  for (const text of DOC.collectives) b.row([++n, text]);
  const { head, otherLeaders, members } = reviewOrder(run.results);
  const person = (r: MemberResult) => {
    const note = STATUS_NAMES[r.member.status] || (r.member.membership === 'probationary' ? DOC.probationary : '');
    b.row([++n, r.member.name, r.member.post, ...documentCells(r), note], [center, {}, {}, center, center, center, {}]);
  };
  b.row(['', DOC.leaderGroup], [{}, groupStyle]);
  [...head, ...otherLeaders].forEach(person);
  b.row(['', DOC.memberGroup], [{}, groupStyle]);
  members.forEach(person);
  b.border(headerRow, b.nextRow - 1);
  return b.build();
}
