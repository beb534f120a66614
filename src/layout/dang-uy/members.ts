/**
 * «Kết quả đảng viên» of the đảng ủy's spreadsheet, as plain data: every member of every chi
 * bộ, chi bộ by chi bộ in roster order, with the row in the chi bộ's «Danh sách», the peer
 * group and score, what the chi bộ proposed, what the đảng ủy decides, whether they differ,
 * and the warnings and explanation of the đảng ủy's result.
 */
import type { Consolidation } from '../../core/consolidate';
import { scoreText } from '../../core/score';
import { DANG_UY_SHEET_TEXT, DANG_UY_SHEETS } from '../../core/text/dang-uy';
import { PEER_GROUP_SHORT } from '../../core/text/domain';
import { WARNING_LABELS } from '../../core/text/messages';
import { LayoutBuilder, type SheetLayout } from '../sheet-layout';

const WIDTHS = [50, 220, 50, 200, 50, 60, 90, 110, 70, 220, 480];
const SIZE = 11;

export function membersLayout(c: Consolidation): SheetLayout {
  const t = DANG_UY_SHEET_TEXT;
  const b = new LayoutBuilder(DANG_UY_SHEETS.members, WIDTHS, SIZE);
  const top = b.row(t.membersHeader, { bold: true, align: 'center' });
  for (const [i, m] of c.members.entries()) {
    const r = m.result;
    b.row([
      i + 1,
      c.chiBo[m.chiBo]?.name ?? '',
      r.member.row,
      r.member.name,
      r.group === null ? '' : PEER_GROUP_SHORT[r.group],
      r.score === null ? '' : scoreText(r.score),
      m.proposal,
      r.result,
      m.changed ? t.changed : '',
      r.warnings.map((w) => WARNING_LABELS[w]).join('; '),
      r.explanation.join(' '),
    ]);
  }
  b.border(top, b.nextRow - 1);
  return b.build();
}
