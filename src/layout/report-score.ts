/**
 * The parts of «Báo cáo» that differ under a profile with a 100-point score (QĐ 366,
 * design-QD366 §5): figures per peer group, the quota per group, the list with «Điểm» and
 * «Nhóm», the chi bộ's scores as in Mẫu 01 part B, and whether results are only proposed.
 * Chosen by the profile's data (score, peerGroups, proposes), never by its id.
 */
import type { MemberResult } from '../core/classify';
import { isLevel, LEVELS, type OutcomeCounts } from '../core/levels';
import type { QuotaSummary } from '../core/quota-step';
import type { ClassificationRun } from '../core/run';
import { scoreText } from '../core/score';
import { CHI_BO_LEVEL_NAMES_BY_PROFILE, LEVEL_NAMES, PEER_GROUP_NAMES, PEER_GROUP_SHORT } from '../core/text/domain';
import { REPORT_QD366 } from '../core/text/report-qd366';
import { DOC } from '../core/text/sheets';
import { PEER_GROUPS, type PeerGroup } from '../core/vocab';
import { memberNote, percentText } from './report-common';
import type { LayoutBuilder } from './sheet-layout';

/**
 * Eight columns (DOCUMENT_WIDTH_PX, as the default's), so that both tables read evenly:
 * the figures are level (1–2) | total (3) | share (4–5) | 2A | 2B | 2C (6, 7, 8), and the
 * list is STT | name | post | group | score | result (6–7) | note (8).
 */
export const SCORE_WIDTHS = [40, 150, 84, 48, 50, 88, 88, 74];
/** Columns of the left half of the header and of «Nơi nhận» (320 px). */
export const SCORE_LEFT_COLUMNS = 4;

/** The maxima of the two parts and the total (Phụ lục 1; «Cấu hình» checks the same numbers). */
const PART_MAX = { general: 30, task: 70, total: 100 } as const;

const center = { align: 'center' } as const;
/** Styles of the number cells of a figures row (columns 3–8). */
const NUMBERS = [center, center, center, center, center, center];

function groupsOf(run: ClassificationRun): readonly PeerGroup[] {
  return run.settings.profile.peerGroups ? PEER_GROUPS : [];
}

function countIn(results: readonly MemberResult[], group: PeerGroup, level: (typeof LEVELS)[number] | null): number {
  return results.filter((r) => r.group === group && (level === null ? isLevel(r.result) : r.result === level)).length;
}

/** Levels × (total, share, one column per peer group), then a sum row and the legend of the groups. */
export function scoreFigures(b: LayoutBuilder, run: ClassificationRun, counts: OutcomeCounts, classified: number): void {
  const groups = groupsOf(run);
  const h = REPORT_QD366.figuresHead;
  const head = b.row([h.level, '', h.total, h.percent, '', ...groups.map((g) => PEER_GROUP_SHORT[g])], {
    bold: true,
    align: 'center',
  });
  const numbers = (total: number, perGroup: (g: PeerGroup) => number) => [
    total,
    percentText(total, classified),
    '',
    ...groups.map(perGroup),
  ];
  for (const level of LEVELS) {
    b.row([LEVEL_NAMES[level], '', ...numbers(counts[level], (g) => countIn(run.results, g, level))], [{}, {}, ...NUMBERS]);
  }
  const last = b.row(
    [REPORT_QD366.figuresSum, '', ...numbers(classified, (g) => countIn(run.results, g, null))],
    [{ bold: true }, {}, ...NUMBERS],
  );
  b.mergeEachRow(head, last, 1, 2);
  b.mergeEachRow(head, last, 4, 2);
  b.border(head, last, 1, 5 + groups.length);
  if (groups.length > 0) {
    b.line(REPORT_QD366.groupLegend(groups.map((g) => [PEER_GROUP_SHORT[g], PEER_GROUP_NAMES[g]] as const)), {
      italic: true,
      size: 11,
    });
  }
}

/** One line per peer group that has members (P%, T, allowed, proposed), or one line when pooled. */
export function scoreQuota(b: LayoutBuilder, run: ClassificationRun, q: QuotaSummary): void {
  const pooled = q.groups.every((g) => g.group === null);
  if (pooled) {
    b.line(REPORT_QD366.quotaPooled(q.percent, q.base, q.allowed, q.used));
  } else {
    b.line(REPORT_QD366.quotaByGroup(q.percent));
    for (const g of q.groups) {
      const group = g.group;
      if (group === null || !run.results.some((r) => r.group === group)) continue;
      const text = REPORT_QD366.quotaGroup(PEER_GROUP_SHORT[group], PEER_GROUP_NAMES[group], g.base, g.allowed, g.used);
      b.line(g.exceeded ? `${text} ${REPORT_QD366.quotaGroupExceeded}.` : text, { bold: g.exceeded });
    }
  }
  if (q.exceeded) b.line(DOC.quotaExceeded, { bold: true });
}

/** Mẫu 01 part B: the chi bộ's scores (…/30, …/70, …/100), then its level and the engine's reasons. */
export function scoreChiBo(b: LayoutBuilder, run: ClassificationRun): void {
  const s = run.settings;
  const { chiBoGeneralScore: general, chiBoTaskScore: task } = s;
  const total = general !== null && task !== null ? general + task : null;
  const shown = (hundredths: number | null) => (hundredths === null ? DOC.shortDots : scoreText(hundredths));
  const title = b.line(REPORT_QD366.scoresTitle);
  const [what, max, own] = REPORT_QD366.scoresHead;
  const head = b.row([what, '', '', '', '', '', max, own], { bold: true, align: 'center' });
  const rows: [string, number, number | null][] = [
    [REPORT_QD366.scoreRows.general, PART_MAX.general, general],
    [REPORT_QD366.scoreRows.task, PART_MAX.task, task],
    [REPORT_QD366.scoreRows.total, PART_MAX.total, total],
  ];
  for (const [i, [label, most, value]] of rows.entries()) {
    const bold = i === rows.length - 1;
    b.row([label, '', '', '', '', '', most, shown(value)], [{ bold }, {}, {}, {}, {}, {}, center, { ...center, bold }]);
  }
  b.mergeEachRow(head, head + rows.length, 1, 6);
  b.border(head, head + rows.length);
  // Section II's heading (the row above), the title, the table and the level read as one.
  b.keepTogether(title - 1, b.nextRow);
  b.line(DOC.cellLevel(CHI_BO_LEVEL_NAMES_BY_PROFILE[s.profile.id][run.chiBo.result]), { bold: true });
  // The score sentence (chiBo.scoreLine) is the table above; the reasons follow.
  for (const reason of run.chiBo.reasons) b.line(`- ${reason}`);
}

/** A level the chi bộ proposes and the competent level has not decided yet. */
function isProposal(r: MemberResult, proposes: boolean): boolean {
  return proposes && !r.decided && isLevel(r.result);
}

/** The member list with «Nhóm» and «Điểm»; a result not yet decided by the competent level reads "(đề nghị)". */
/** The member table; returns the row of its header. */
export function scoreList(b: LayoutBuilder, run: ClassificationRun, size: number): number {
  const proposes = run.settings.profile.proposes;
  const [stt, name, post, group, score, result, note] = REPORT_QD366.listHead;
  const head = b.row([stt, name, post, group, score, result, '', note], { bold: true, align: 'center', size });
  const c = { ...center, size };
  const p = { size };
  for (const [i, r] of run.results.entries()) {
    const level = LEVEL_NAMES[r.result];
    b.row(
      [
        i + 1,
        r.member.name,
        r.member.post,
        r.group ? PEER_GROUP_SHORT[r.group] : '',
        r.score === null ? '' : scoreText(r.score),
        isProposal(r, proposes) ? REPORT_QD366.proposed(level) : level,
        '',
        memberNote(r),
      ],
      [c, p, p, c, c, p, p, p],
    );
  }
  const last = head + run.results.length;
  b.mergeEachRow(head, last, 6, 2);
  b.border(head, last);
  return head;
}

/**
 * The chi bộ still asks the đảng ủy to decide: some level is only proposed, or a case the
 * rules leave open waits for the competent level.
 */
export function awaitsDecision(run: ClassificationRun): boolean {
  const proposes = run.settings.profile.proposes;
  return proposes && run.results.some((r) => isProposal(r, proposes) || (!r.decided && r.ruleReason === 'openCase'));
}
