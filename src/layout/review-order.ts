/**
 * «Trình tự kiểm điểm»: the collective first, then individuals; leaders before the other
 * members, and among leaders the head before the deputies ("người đứng đầu trước, cấp phó
 * và các thành viên sau", plan I.4.2 and III.1). A checklist column per document, missing
 * ones marked.
 */
import type { MemberResult } from '../core/classify';
import { DOCUMENT_COLUMNS } from '../core/columns';
import { foldKey } from '../core/normalize';
import { isCommitteePost, isLeaderPost } from '../core/vocab';
import type { ClassificationRun } from '../core/run';
import { DOC, SHEET_NAMES, STATUS_NAMES } from '../core/text';
import { LayoutBuilder, type SheetLayout } from './sheet-layout';

const WIDTHS = [36, 170, 140, 70, 80, 75, 130, 84];

/** A deputy's post says "phó" (Phó Hiệu trưởng, Phó Bí thư, Tổ phó …). */
export function isDeputy(post: string): boolean {
  return /\bpho\b/.test(foldKey(post));
}

/**
 * The head (người đứng đầu: the first leader whose post is not a deputy's) comes first,
 * then the other leaders in roster order, then the other members in roster order. Leaders
 * are read from «Lãnh đạo, quản lý», or from «Chức vụ» when the roster has no such column.
 */
export function reviewOrder(
  results: readonly MemberResult[],
  leaderColumn = true,
): {
  head: MemberResult[];
  otherLeaders: MemberResult[];
  members: MemberResult[];
} {
  const isLeader = (r: MemberResult) => (leaderColumn ? r.member.leader : isLeaderPost(r.member.post));
  const leaders = results.filter(isLeader);
  const head = leaders.find((r) => !isDeputy(r.member.post));
  return {
    head: head ? [head] : [],
    otherLeaders: leaders.filter((r) => r !== head),
    members: results.filter((r) => !isLeader(r)),
  };
}

/** Plan I.4.2: "Khi kiểm điểm người đứng đầu thì phân công đồng chí cấp phó chủ trì": a deputy chairs the head's review. */
function deputyOf(otherLeaders: readonly MemberResult[]): MemberResult | undefined {
  const deputies = otherLeaders.filter((r) => isDeputy(r.member.post));
  return deputies.find((r) => isCommitteePost(r.member.post)) ?? deputies[0];
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
  if (run.columns.index.leader === undefined) b.line(DOC.leadersFromPosts, { italic: true });
  b.blank();
  const headerRow = b.row(DOC.reviewHead, { bold: true, align: 'center' });
  const center = { align: 'center' } as const;
  const groupStyle = { bold: true } as const;
  let n = 0;
  b.row(['', DOC.collectiveGroup], [{}, groupStyle]);
  for (const text of DOC.collectives) b.row([++n, text]);
  const leaderColumn = run.columns.index.leader !== undefined;
  const { head, otherLeaders, members } = reviewOrder(run.results, leaderColumn);
  const headName = head[0]?.member.name ?? '';
  const deputyName = deputyOf(otherLeaders)?.member.name ?? '';
  const person = (r: MemberResult) => {
    const note = STATUS_NAMES[r.member.status] || (r.member.membership === 'probationary' ? DOC.probationary : '');
    const chair = head.includes(r) ? deputyName : headName;
    b.row(
      [++n, r.member.name, r.member.post, ...documentCells(r), chair, note],
      [center, {}, {}, center, center, center, {}, {}],
    );
  };
  b.row(['', DOC.leaderGroup], [{}, groupStyle]);
  [...head, ...otherLeaders].forEach(person);
  b.row(['', DOC.memberGroup], [{}, groupStyle]);
  members.forEach(person);
  b.border(headerRow, b.nextRow - 1);
  return b.build();
}
