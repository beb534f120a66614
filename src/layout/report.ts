/**
 * «Báo cáo»: the report in the usual Vietnamese party-document form (design §6):
 * two-column header, title, figures, quota line, the chi bộ level, the member list,
 * open warnings and the signature block. Blank settings print as dotted lines.
 * A profile with a score (QĐ 366) gets its own figures, quota, chi bộ and list parts
 * (report-score.ts) and, when the chi bộ only proposes, the closing request.
 */
import type { MemberResult } from '../core/classify';
import { LEVELS, type Outcome } from '../core/levels';
import { pad2 } from '../core/normalize';
import type { ClassificationRun } from '../core/run';
import { CHI_BO_LEVEL_NAMES_BY_PROFILE, LEVEL_NAMES } from '../core/text/domain';
import { UNCLASSIFIED_REASONS } from '../core/text/messages';
import { REPORT_QD366 } from '../core/text/report-qd366';
import { DOC, SHEET_NAMES } from '../core/text/sheets';
import type { UnclassifiedReason } from '../core/warnings';
import { memberNote, notClassifiedReason, percentText } from './report-common';
import {
  awaitsDecision,
  SCORE_LEFT_COLUMNS,
  SCORE_WIDTHS,
  scoreChiBo,
  scoreFigures,
  scoreList,
  scoreQuota,
} from './report-score';
import { type CellStyleSpec, LayoutBuilder, type SheetLayout } from './sheet-layout';

export { notClassifiedReason, percentText } from './report-common';

/**
 * Column widths in pixels: STT, name, post, result, note; together DOCUMENT_WIDTH_PX, so the
 * page prints at its own size (13 pt body, 12 pt tables) between the document margins. At
 * 12 pt every level but «Hoàn thành xuất sắc nhiệm vụ» fits the result column on one line.
 */
const WIDTHS = [40, 160, 130, 204, 88];
/** Columns of the left half of the header and of «Nơi nhận» (330 px: a chi bộ name of 33 capitals in 12 pt bold). */
const LEFT_COLUMNS = 3;
/** Size of the tables' text. */
export const TABLE_SIZE = 12;
/** Size of the header's left half; a long chi bộ name gets a point less rather than one word on a line of its own. */
export function headerLeftSize(text: string): number {
  return text.length > 33 && text.length <= 37 ? 11 : 12;
}

function reasonSummary(results: readonly MemberResult[], outcome: Outcome): string {
  const counts = new Map<UnclassifiedReason, number>();
  for (const r of results) {
    if (r.result !== outcome) continue;
    const reason = notClassifiedReason(r);
    if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts.entries()].map(([reason, n]) => `${UNCLASSIFIED_REASONS[reason]}: ${n}`).join('; ');
}

/** A row split in two halves, left and right, each merged (header and signature block). */
function halves(
  b: LayoutBuilder,
  leftColumns: number,
  left: string,
  right: string,
  leftStyle: CellStyleSpec,
  rightStyle: CellStyleSpec,
): void {
  const pad = (n: number) => Array.from({ length: n }, () => '');
  const row = b.row([left, ...pad(leftColumns - 1), right], [leftStyle, ...pad(leftColumns - 1).map(() => ({})), rightStyle]);
  b.merge(row, 1, leftColumns);
  b.merge(row, leftColumns + 1, b.width - leftColumns);
}

export function reportLayout(run: ClassificationRun): SheetLayout {
  const s = run.settings;
  const profile = s.profile;
  const scored = profile.score !== null;
  const leftColumns = scored ? SCORE_LEFT_COLUMNS : LEFT_COLUMNS;
  const b = new LayoutBuilder(SHEET_NAMES.report, scored ? SCORE_WIDTHS : WIDTHS);
  const date = s.meetingDate;

  // Header: the issuing body on the left, the Party and place/date on the right.
  const small = 12;
  halves(
    b,
    leftColumns,
    DOC.partyCommittee(s.parentCommittee),
    DOC.party,
    { align: 'center', size: small },
    { bold: true, align: 'center' },
  );
  const chiBo = DOC.chiBo(s.chiBoName);
  halves(b, leftColumns, chiBo, DOC.rule, { bold: true, align: 'center', size: headerLeftSize(chiBo) }, { align: 'center' });
  const star = b.row([DOC.star], { align: 'center', size: small });
  b.merge(star, 1, leftColumns);
  b.merge(star, leftColumns + 1, b.width - leftColumns);
  halves(
    b,
    leftColumns,
    DOC.number(s.documentNumber, s.documentSymbol),
    DOC.placeDate(s.place, date ? pad2(date.day) : '', date ? pad2(date.month) : '', date ? String(date.year) : ''),
    { align: 'center', size: small },
    { italic: true, align: 'center' },
  );
  b.blank();
  b.line(DOC.reportTitle, { bold: true, size: 15, align: 'center' });
  b.line(scored ? REPORT_QD366.subtitle(s.year) : DOC.reportSubtitle(s.year), { bold: true, align: 'center' });
  b.blank();
  b.line(DOC.opening(s.basis, s.chiBoName, s.year));

  // I. Figures.
  const results = run.results;
  const classified = LEVELS.reduce((sum, level) => sum + run.counts[level], 0);
  b.line(DOC.section1, { bold: true });
  b.line(
    DOC.total(
      results.length,
      results.filter((r) => r.member.membership === 'official').length,
      results.filter((r) => r.member.membership === 'probationary').length,
    ),
  );
  b.line(DOC.classified(classified));
  b.line(DOC.notClassified(run.counts.KXL, reasonSummary(results, 'KXL')));
  b.line(DOC.pending(run.counts.CXL, reasonSummary(results, 'CXL')));
  if (scored) {
    scoreFigures(b, run, run.counts, classified);
  } else {
    const t = TABLE_SIZE;
    const head = b.row(DOC.figuresHead, { bold: true, align: 'center', size: t });
    b.merge(head, 1, 3);
    for (const level of LEVELS) {
      const row = b.row(
        [LEVEL_NAMES[level], '', '', run.counts[level], percentText(run.counts[level], classified)],
        [{ size: t }, {}, {}, { align: 'center', size: t }, { align: 'center', size: t }],
      );
      b.merge(row, 1, 3);
    }
    const total = b.row(
      [DOC.totalRow, '', '', classified, percentText(classified, classified)],
      [{ bold: true, size: t }, {}, {}, { align: 'center', bold: true, size: t }, { align: 'center', bold: true, size: t }],
    );
    b.keepTogether(head, total);
    b.merge(total, 1, 3);
    b.border(head, total);
  }
  b.line(DOC.percentBase(classified), { italic: true });
  const q = run.quota;
  if (scored) {
    scoreQuota(b, run, q);
  } else {
    b.line(DOC.quota(q.percent, q.base, q.allowed, q.used));
    if (q.exceeded) b.line(DOC.quotaExceeded, { bold: true });
  }
  b.blank();

  // II. The chi bộ.
  b.line(DOC.section2, { bold: true });
  if (scored) {
    scoreChiBo(b, run);
  } else {
    b.line(DOC.cellLevel(CHI_BO_LEVEL_NAMES_BY_PROFILE[profile.id][run.chiBo.result]), { bold: true });
    for (const reason of run.chiBo.reasons) b.line(`- ${reason}`);
  }
  b.blank();

  // III. Member list.
  // The heading stays with the table's header and first row; the header repeats on every page.
  const section3 = b.line(DOC.section3, { bold: true });
  let listHead: number;
  if (scored) {
    listHead = scoreList(b, run, TABLE_SIZE);
  } else {
    const t = TABLE_SIZE;
    listHead = b.row(DOC.listHead, { bold: true, align: 'center', size: t });
    results.forEach((r, i) => {
      b.row(
        [i + 1, r.member.name, r.member.post, LEVEL_NAMES[r.result], memberNote(r)],
        [{ align: 'center', size: t }, { size: t }, { size: t }, { size: t }, { size: t }],
      );
    });
    b.border(listHead, listHead + results.length);
  }
  const listEnd = b.nextRow - 1;
  b.keepTogether(section3, Math.min(listEnd, listHead + 1));
  b.repeatHeader([listHead, listHead], listEnd);
  b.blank();

  // IV. What the chi bộ asks of the upper committee. Working notes (warnings, row numbers,
  // missing documents) stay in the sheet and the sidebar: they are not for the document sent up.
  // From here to the signature the rows print on one page: the signature never stands alone.
  const section4 = b.line(DOC.section4, { bold: true });
  const outstanding = results.filter((r) => r.result === 'HTXS').map((r) => r.member.name);
  b.line(DOC.generalLine(outstanding.length > 0 ? DOC.commendation(outstanding.join(', ')) : DOC.noCommendation));
  if (run.chiBo.needsDecision) for (const reason of run.chiBo.reasons.slice(0, 1)) b.line(DOC.generalLine(reason));
  b.blank();

  // Under QĐ 366 the chi bộ proposes; the đảng ủy decides what it has not decided yet.
  if (awaitsDecision(run)) b.line(REPORT_QD366.closing(s.parentCommittee));
  b.line(DOC.closing(s.chiBoName, s.year));
  b.blank();

  // Signature block: «Nơi nhận» on the left, «T/M CHI BỘ / BÍ THƯ» on the right.
  const recipients = DOC.recipients(s.receivingBody, s.parentCommittee);
  const sign = [DOC.signFor, DOC.secretary, '', '', '', s.secretary || DOC.dots];
  const rows = Math.max(recipients.length + 1, sign.length);
  const left = [DOC.recipientsTitle, ...recipients];
  for (let i = 0; i < rows; i++) {
    halves(
      b,
      leftColumns,
      left[i] ?? '',
      sign[i] ?? '',
      { bold: i === 0, italic: i === 0, size: i === 0 ? 12 : 11 },
      { bold: true, align: 'center' },
    );
  }
  b.keepTogether(section4, b.nextRow - 1);
  return b.build();
}
