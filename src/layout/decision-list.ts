/**
 * The đảng ủy's decisions for one chi bộ (issue 13), laid out so that the secretary can copy
 * the decision column and paste it straight into the «Quyết định cấp trên» column of the chi
 * bộ's «Danh sách»: the header sits on the roster's header row and every member on their own
 * roster row (blank rows and group rows of the roster stay blank here). The title goes above
 * the header when the roster leaves room there, else below the table with how to paste.
 *
 * The decision is the level code the roster column reads (HTXS, HTT, HT, KHT); blank for a
 * member not classified (KXL, CXL), so pasting it leaves such a member to the chi bộ's run.
 */
import type { Consolidation } from '../core/consolidate';
import { isLevel } from '../core/levels';
import { columnLetter } from '../core/normalize';
import { scoreText } from '../core/score';
import { DECISION_LIST } from '../core/text/consolidation-report';
import { PEER_GROUP_SHORT } from '../core/text/domain';
import { WARNING_LABELS } from '../core/text/messages';
import { memberNote } from './report-common';
import { type CellStyleSpec, LayoutBuilder, type SheetLayout } from './sheet-layout';

/** STT | Họ và tên | Nhóm | Điểm | Chi bộ đề nghị | Đảng ủy quyết định | Ghi chú. */
const WIDTHS = [40, 190, 50, 50, 80, 150, 200];
/** The decision column, 1-based («F»). */
export const DECISION_COLUMN = 6;
const SIZE = 12;

const center: CellStyleSpec = { align: 'center', size: SIZE };
const plain: CellStyleSpec = { size: SIZE };

/**
 * The decision list of `c.chiBo[chiBo]`: row numbers are those of its «Danh sách»
 * (`member.row`), the header on its header row.
 */
export function decisionListLayout(c: Consolidation, chiBo: number): SheetLayout {
  const unit = c.chiBo[chiBo];
  const b = new LayoutBuilder(DECISION_LIST.sheetName, WIDTHS, SIZE);
  if (!unit) return b.build();
  const run = unit.run;
  const { headerRow, headerRows } = run.columns;
  const title = DECISION_LIST.title(unit.name, run.settings.year);

  // Above the header: the title when there is room, else blank rows.
  const titleAbove = headerRow > 1;
  if (titleAbove) b.line(title, { bold: true, size: 13 });
  while (b.nextRow < headerRow) b.blank();

  const head = b.row(DECISION_LIST.head(), { bold: true, align: 'center', size: SIZE });
  if (headerRows > 1) {
    for (let i = 1; i < headerRows; i++) b.blank();
    for (let column = 1; column <= WIDTHS.length; column++) b.merge(head, column, 1, headerRows);
  }

  const byRow = new Map(run.results.map((r, i) => [r.member.row, i]));
  const lastRow = run.results.reduce((last, r) => Math.max(last, r.member.row), head + headerRows - 1);
  let stt = 0;
  while (b.nextRow <= lastRow) {
    const index = byRow.get(b.nextRow);
    const r = index === undefined ? undefined : run.results[index];
    if (index === undefined || !r) {
      b.blank();
      continue;
    }
    const proposal = unit.own.results[index]?.result ?? r.result;
    const notes = [
      ...(proposal !== r.result ? [DECISION_LIST.changed] : []),
      ...r.warnings.filter((w) => w === 'quotaTieByScore' || w === 'quotaTie').map((w) => WARNING_LABELS[w]),
      memberNote(r),
    ].filter((note) => note !== '');
    stt++;
    b.row(
      [
        stt,
        r.member.name,
        r.group ? PEER_GROUP_SHORT[r.group] : '',
        r.score === null ? '' : scoreText(r.score),
        proposal,
        isLevel(r.result) ? r.result : '',
        notes.join('; '),
      ],
      [center, plain, center, center, center, { ...center, bold: true }, plain],
    );
  }
  b.border(head, lastRow);
  b.repeatHeader([head, head + headerRows - 1], lastRow);

  b.blank();
  if (!titleAbove) b.line(title, { bold: true, size: 13 });
  const first = head + headerRows;
  if (run.results.length > 0) {
    b.line(DECISION_LIST.howToPaste(columnLetter(DECISION_COLUMN), first, lastRow), { italic: true, size: 11 });
  } else {
    b.line(DECISION_LIST.noMembers, { italic: true, size: 11 });
  }
  return b.build();
}
