/**
 * «Biên bản»: the minutes of the chi bộ's review meeting, pre-filled from the run — time and
 * place, chair and minute-taker, who is present and who is not (with their status), the
 * voting base N, every member's votes (when the chi bộ votes) or score (QĐ 366) and result,
 * the figures and the HTXS quota (per peer group under QĐ 366), the chi bộ's own level, the
 * proposals, dotted lines for what is said at the meeting, and both signatures.
 *
 * «Biên bản kiểm phiếu»: the vote-count minutes, only when the chi bộ votes.
 *
 * Both are pure SheetLayouts: the add-on draws them as sheets (render.ts) and the CLI writes
 * them into one Word file (src/local/docx-writer.ts).
 */
import type { MemberResult } from '../core/classify';
import { isLevel, LEVELS, type Outcome } from '../core/levels';
import { pad2 } from '../core/normalize';
import { type ClassificationRun, usesVotes } from '../core/run';
import { scoreText } from '../core/score';
import {
  CHI_BO_LEVEL_NAMES_BY_PROFILE,
  DOC,
  LEVEL_NAMES,
  MINUTES,
  MINUTES_SHEET_NAMES,
  PEER_GROUP_SHORT,
  REPORT_QD366,
  STATUS_NAMES,
  UNCLASSIFIED_REASONS,
  VOTE_COUNT,
} from '../core/text';
import type { UnclassifiedReason } from '../core/warnings';
import { ballotMembers } from './ballots';
import { notClassifiedReason, percentText } from './report-common';
import { awaitsDecision, scoreQuota } from './report-score';
import { type CellStyleSpec, LayoutBuilder, type SheetLayout } from './sheet-layout';

/** The width of the page in pixels (as «Báo cáo»). */
const PAGE_WIDTH = 765;
/** Header and signature block: the left half is the first two columns (STT and name). */
const LEFT_COLUMNS = 2;
const TALLY_LEVELS = LEVELS;
/** Lines of dots left for the discussion and for other opinions. */
const DISCUSSION_LINES = 5;
const OTHER_LINES = 2;

const center: CellStyleSpec = { align: 'center' };

type ColumnKind = 'stt' | 'name' | 'group' | 'score' | (typeof TALLY_LEVELS)[number] | 'result';

/** Wide enough for the bold 12-point headers on the Word page too (≈ 0.6 pt per pixel there). */
const FIXED_WIDTHS: Readonly<Record<Exclude<ColumnKind, 'name' | 'result'>, number>> = {
  stt: 50,
  group: 62,
  score: 62,
  HTXS: 66,
  HTT: 66,
  HT: 66,
  KHT: 66,
};
/** The result column holds a code («HTT», or «HTT (đề nghị)» under QĐ 366); a legend follows the table. */
const RESULT_WIDTH = { voted: 110, proposed: 180 } as const;
/** The member table is set a point smaller than the text, so that a row stays on one line. */
const TABLE_SIZE = 12;

/** The member table's columns: STT, name, [group, score], [four tallies], result. */
function memberColumns(run: ClassificationRun): ColumnKind[] {
  const scored = run.settings.profile.score !== null;
  const voted = usesVotes(run.settings);
  return ['stt', 'name', ...(scored ? (['group', 'score'] as const) : []), ...(voted ? TALLY_LEVELS : []), 'result'];
}

function widthsOf(columns: readonly ColumnKind[], resultWidth: number): number[] {
  const fixed = (c: ColumnKind) => (c === 'name' ? 0 : c === 'result' ? resultWidth : FIXED_WIDTHS[c]);
  const name = PAGE_WIDTH - columns.reduce((sum, c) => sum + fixed(c), 0);
  return columns.map((c) => (c === 'name' ? name : fixed(c)));
}

/** A row split in two halves, each merged: the header and the signature block. */
function halves(b: LayoutBuilder, left: string, right: string, leftStyle: CellStyleSpec, rightStyle: CellStyleSpec): number {
  const pad = (n: number) => Array.from({ length: n }, () => '');
  const row = b.row([left, ...pad(LEFT_COLUMNS - 1), right], [leftStyle, ...pad(LEFT_COLUMNS - 1).map(() => ({})), rightStyle]);
  b.merge(row, 1, LEFT_COLUMNS);
  b.merge(row, LEFT_COLUMNS + 1, b.width - LEFT_COLUMNS);
  return row;
}

/** The party-document header: the chi bộ on the left, the Party and place/date on the right. */
function header(b: LayoutBuilder, run: ClassificationRun): void {
  const s = run.settings;
  const date = s.meetingDate;
  const small = 12;
  halves(b, DOC.partyCommittee(s.parentCommittee), DOC.party, { align: 'center', size: small }, { bold: true, align: 'center' });
  halves(b, DOC.chiBo(s.chiBoName), DOC.rule, { bold: true, align: 'center', size: small }, { align: 'center' });
  halves(
    b,
    DOC.star,
    DOC.placeDate(s.place, date ? pad2(date.day) : '', date ? pad2(date.month) : '', date ? String(date.year) : ''),
    { align: 'center', size: small },
    { italic: true, align: 'center' },
  );
  b.blank();
}

function title(b: LayoutBuilder, text: string, subtitle: string): void {
  b.line(text, { bold: true, size: 15, align: 'center' });
  b.line(subtitle, { bold: true, align: 'center' });
  b.blank();
}

/** Titles over two rows of signatures with room to sign between them. */
function signatures(b: LayoutBuilder, titles: readonly [string, string], names: readonly [string, string]): void {
  const bold: CellStyleSpec = { bold: true, align: 'center' };
  halves(b, titles[0], titles[1], bold, bold);
  for (let i = 0; i < 4; i++) halves(b, '', '', {}, {});
  halves(b, names[0] || DOC.dots, names[1] || DOC.dots, bold, bold);
}

function dottedLines(b: LayoutBuilder, n: number): void {
  for (let i = 0; i < n; i++) b.line(MINUTES.dottedLine);
}

/** "vắng mặt: 1; dữ liệu có lỗi: 1" for the members left at `outcome`. */
function reasonSummary(results: readonly MemberResult[], outcome: Outcome): string {
  const counts = new Map<UnclassifiedReason, number>();
  for (const r of results) {
    if (r.result !== outcome) continue;
    const reason = notClassifiedReason(r);
    if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts.entries()].map(([reason, n]) => `${UNCLASSIFIED_REASONS[reason]}: ${n}`).join('; ');
}

/** The result's code; one the chi bộ only proposes (QĐ 366) reads "(đề nghị)", as in «Báo cáo». */
function resultText(run: ClassificationRun, r: MemberResult): string {
  return run.settings.profile.proposes && !r.decided && isLevel(r.result) ? REPORT_QD366.proposed(r.result) : r.result;
}

/** Part I: time, place, chair, minute-taker, attendance, the members not active, N. */
function attendance(b: LayoutBuilder, run: ClassificationRun): void {
  const s = run.settings;
  const date = s.meetingDate;
  const results = run.results;
  b.line(MINUTES.section1, { bold: true });
  b.line(MINUTES.time(date ? pad2(date.day) : '', date ? pad2(date.month) : '', date ? String(date.year) : ''));
  b.line(MINUTES.place(s.place));
  // The bí thư chairs the chi bộ's meetings unless «Chủ trì hội nghị» says otherwise.
  b.line(MINUTES.chair(s.meetingChair || s.secretary));
  b.line(MINUTES.minuteTaker(s.minuteTaker));
  b.line(MINUTES.guests);
  b.line(
    MINUTES.total(
      results.length,
      results.filter((r) => r.member.membership === 'official').length,
      results.filter((r) => r.member.membership === 'probationary').length,
    ),
  );
  const absent = results.filter((r) => r.member.status === 'absent').length;
  b.line(MINUTES.attendance(results.length - absent, absent));
  const notActive = results.filter((r) => r.member.status !== 'active');
  if (notActive.length > 0) {
    b.line(MINUTES.notActiveIntro);
    const last = b.width;
    const [stt, name, status, reason] = MINUTES.notActiveHead;
    const head = b.row(spread(last, [stt, name, status, reason]), { bold: true, align: 'center' });
    for (const [i, r] of notActive.entries()) {
      b.row(spread(last, [i + 1, r.member.name, STATUS_NAMES[r.member.status], '']), [center]);
    }
    b.mergeEachRow(head, head + notActive.length, 3, last - 3);
    b.border(head, head + notActive.length);
  }
  b.line(usesVotes(s) ? MINUTES.votingBase(run.votingBase) : MINUTES.noVote);
  b.blank();
}

/** Four values over the grid: the first two columns, the third spread up to the last-but-one, the last. */
function spread(width: number, [a, b, c, d]: readonly (string | number)[]): (string | number)[] {
  return [a ?? '', b ?? '', c ?? '', ...Array.from({ length: width - 4 }, () => ''), d ?? ''];
}

/** The member table: votes (when the chi bộ votes), group and score (QĐ 366), result. */
function memberTable(b: LayoutBuilder, run: ClassificationRun, columns: readonly ColumnKind[]): void {
  const h = MINUTES.memberHead;
  const headText = (c: ColumnKind): string =>
    c === 'stt'
      ? h.stt
      : c === 'name'
        ? h.name
        : c === 'group'
          ? h.group
          : c === 'score'
            ? h.score
            : c === 'result'
              ? h.result
              : c;
  const voted = new Set(ballotMembers(run));
  const cell = (c: ColumnKind, r: MemberResult, i: number): string | number => {
    switch (c) {
      case 'stt':
        return i + 1;
      case 'name':
        return r.member.name;
      case 'group':
        return r.group ? PEER_GROUP_SHORT[r.group] : '';
      case 'score':
        return r.score === null ? '' : scoreText(r.score);
      case 'result':
        return resultText(run, r);
      default:
        return voted.has(r) ? r.member.votes[c] : '';
    }
  };
  const head = b.row(columns.map(headText), { bold: true, align: 'center', size: TABLE_SIZE });
  for (const [i, r] of run.results.entries()) {
    b.row(
      columns.map((c) => cell(c, r, i)),
      columns.map((c) => ({ size: TABLE_SIZE, ...(c === 'name' ? {} : center) })),
    );
  }
  b.border(head, head + run.results.length);
  b.line(MINUTES.legend, { italic: true, size: 11 });
}

/** Levels × (count, share) over the grid, then who is not classified and why. */
function figures(b: LayoutBuilder, run: ClassificationRun): void {
  const classified = LEVELS.reduce((sum, level) => sum + run.counts[level], 0);
  const last = b.width;
  const [level, count, share] = MINUTES.figuresHead;
  const row = (values: readonly [string, string | number, string], style: CellStyleSpec) =>
    b.row(
      [values[0], '', values[1], ...Array.from({ length: last - 4 }, () => ''), values[2]],
      [style, {}, { ...style, align: 'center' }, ...Array.from({ length: last - 4 }, () => ({})), { ...style, align: 'center' }],
    );
  b.line(MINUTES.figuresIntro);
  const head = b.row([level, '', count, ...Array.from({ length: last - 4 }, () => ''), share], { bold: true, align: 'center' });
  for (const l of LEVELS) row([LEVEL_NAMES[l], run.counts[l], percentText(run.counts[l], classified)], {});
  const total = row([DOC.totalRow, classified, percentText(classified, classified)], { bold: true });
  b.mergeEachRow(head, total, 1, 2);
  b.mergeEachRow(head, total, 3, last - 3);
  b.border(head, total);
  b.line(DOC.notClassified(run.counts.KXL, reasonSummary(run.results, 'KXL')));
  b.line(DOC.pending(run.counts.CXL, reasonSummary(run.results, 'CXL')));
}

/** Part II.3: the votes or scores and results, the figures, the HTXS quota. */
function results(b: LayoutBuilder, run: ClassificationRun, columns: readonly ColumnKind[]): void {
  b.line(MINUTES.results, { bold: true });
  b.line(usesVotes(run.settings) ? MINUTES.votedIntro(run.votingBase) : MINUTES.proposedIntro);
  memberTable(b, run, columns);
  figures(b, run);
  const q = run.quota;
  if (run.settings.profile.score !== null) {
    scoreQuota(b, run, q);
  } else {
    b.line(DOC.quota(q.percent, q.base, q.allowed, q.used));
    if (q.exceeded) b.line(DOC.quotaExceeded, { bold: true });
  }
}

/** Part II.4: the chi bộ's level; under QĐ 366 its scores first. */
function chiBo(b: LayoutBuilder, run: ClassificationRun): void {
  const s = run.settings;
  b.line(MINUTES.chiBo, { bold: true });
  if (s.profile.score !== null) {
    const { chiBoGeneralScore: general, chiBoTaskScore: task } = s;
    const shown = (h: number | null) => (h === null ? DOC.shortDots : scoreText(h));
    const total = general !== null && task !== null ? general + task : null;
    b.line(MINUTES.chiBoScores(shown(general), shown(task), shown(total)));
  }
  b.line(DOC.cellLevel(CHI_BO_LEVEL_NAMES_BY_PROFILE[s.profile.id][run.chiBo.result]), { bold: true });
  for (const reason of run.chiBo.reasons) b.line(`- ${reason}`);
}

/** Part II.5: commendation, a decision the upper committee must take, other opinions. */
function proposals(b: LayoutBuilder, run: ClassificationRun): void {
  b.line(MINUTES.proposals, { bold: true });
  const outstanding = run.results.filter((r) => r.result === 'HTXS').map((r) => r.member.name);
  b.line(DOC.generalLine(outstanding.length > 0 ? DOC.commendation(outstanding.join(', ')) : DOC.noCommendation));
  if (run.chiBo.needsDecision) for (const reason of run.chiBo.reasons.slice(0, 1)) b.line(DOC.generalLine(reason));
  if (awaitsDecision(run)) b.line(DOC.generalLine(REPORT_QD366.closing(run.settings.parentCommittee)));
  b.line(MINUTES.otherOpinions);
  dottedLines(b, OTHER_LINES);
}

export function minutesLayout(run: ClassificationRun): SheetLayout {
  const s = run.settings;
  const columns = memberColumns(run);
  const b = new LayoutBuilder(
    MINUTES_SHEET_NAMES.minutes,
    widthsOf(columns, s.profile.proposes ? RESULT_WIDTH.proposed : RESULT_WIDTH.voted),
  );
  header(b, run);
  title(b, MINUTES.title, MINUTES.subtitle(s.year));
  attendance(b, run);

  b.line(MINUTES.section2, { bold: true });
  b.line(MINUTES.opening);
  b.line(MINUTES.collective);
  b.line(MINUTES.individual);
  b.line(MINUTES.discussion, { italic: true });
  dottedLines(b, DISCUSSION_LINES);
  results(b, run, columns);
  b.blank();
  chiBo(b, run);
  b.blank();
  proposals(b, run);
  b.blank();
  b.line(MINUTES.closing);
  b.blank();
  signatures(b, [MINUTES.signLeft, MINUTES.signRight], [s.minuteTaker, s.meetingChair || s.secretary]);
  return b.build();
}

/** The vote-count minutes exist only when the chi bộ votes (always under the 2023 plan). */
export function voteCountOffered(run: ClassificationRun): boolean {
  return usesVotes(run.settings);
}

const VOTE_COUNT_WIDTHS = [50, 320, 70, 70, 70, 70, 115];

export function voteCountLayout(run: ClassificationRun): SheetLayout {
  const s = run.settings;
  const b = new LayoutBuilder(MINUTES_SHEET_NAMES.voteCount, VOTE_COUNT_WIDTHS);
  header(b, run);
  title(b, VOTE_COUNT.title, VOTE_COUNT.subtitle(s.year));
  b.line(VOTE_COUNT.board);
  for (const line of VOTE_COUNT.boardLines) b.line(line);
  b.line(VOTE_COUNT.base(run.votingBase));
  b.line(VOTE_COUNT.issued);
  b.line(VOTE_COUNT.valid);
  b.line(VOTE_COUNT.resultIntro);
  const members = ballotMembers(run);
  const head = b.row([...VOTE_COUNT.head], { bold: true, align: 'center' });
  for (const [i, r] of members.entries()) {
    const v = r.member.votes;
    const note = r.member.membership === 'probationary' ? DOC.probationary : '';
    b.row([i + 1, r.member.name, v.HTXS, v.HTT, v.HT, v.KHT, note], [center, {}, center, center, center, center, {}]);
  }
  b.border(head, head + members.length);
  if (s.separateHtxsBallot) b.line(VOTE_COUNT.separateHtxs, { italic: true, size: 11 });
  b.blank();
  b.line(VOTE_COUNT.closing);
  b.blank();
  signatures(b, [VOTE_COUNT.signLeft, VOTE_COUNT.signRight], ['', '']);
  return b.build();
}
