/**
 * The đảng ủy's «Báo cáo tổng hợp kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng
 * viên» (issue 13) in the party-document form of the chi bộ report: the two-column header
 * («ĐẢNG BỘ …» / «ĐẢNG ỦY …», «Số …-BC/ĐU»; «ĐẢNG CỘNG SẢN VIỆT NAM», place and date), the
 * members per chi bộ × level, per peer group, the quota lines, the members the đảng ủy placed
 * otherwise than proposed, the chi bộ levels with the quota for collectives, and the
 * signature «T/M ĐẢNG ỦY». Pure data, drawn by the same renderers as «Báo cáo».
 */
import type { Consolidation, ConsolidatedMember } from '../core/consolidate';
import { isLevel, LEVELS, type OutcomeCounts } from '../core/levels';
import { type CalendarDate, pad2 } from '../core/normalize';
import { scoreText } from '../core/score';
import { CONSOLIDATION_REPORT } from '../core/text/consolidation-report';
import { CHI_BO_LEVEL_NAMES_BY_PROFILE, PEER_GROUP_NAMES, PEER_GROUP_SHORT } from '../core/text/domain';
import { REPORT_QD366 } from '../core/text/report-qd366';
import { DOC } from '../core/text/sheets';
import { PEER_GROUPS, type PeerGroup } from '../core/vocab';
import { percentText } from './report-common';
import { type CellStyleSpec, LayoutBuilder, type SheetLayout } from './sheet-layout';

/** What the đảng ủy's documents say of their issuer; blank fields print as dotted lines. */
export interface DangUyHeader {
  /** The đảng ủy as typed: «xã An Bình», «Đảng bộ xã An Bình» or «Đảng ủy xã An Bình» (→ «ĐẢNG ỦY XÃ AN BÌNH»). */
  readonly partyCommittee: string;
  /** Its superior body as typed: «Huyện ủy Phù Cát», «Đảng bộ tỉnh Gia Lai» (→ «ĐẢNG BỘ HUYỆN PHÙ CÁT»). */
  readonly upperBody: string;
  /** The year reviewed. */
  readonly year: number;
  /** «05», or typed whole («05-BC/ĐU», printed as typed). */
  readonly documentNumber: string;
  /** Blank: «BC/ĐU». */
  readonly documentSymbol: string;
  readonly place: string;
  readonly date: CalendarDate | null;
  readonly signerName: string;
  /** «BÍ THƯ», «PHÓ BÍ THƯ»…; blank: «BÍ THƯ». */
  readonly signerTitle: string;
  /** The lines of «Nơi nhận»; empty: the upper body's organising board, the chi bộ, the file. */
  readonly recipients: readonly string[];
}

/** The most frequent non-blank value (the first met on a tie), or ''. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v.trim()) counts.set(v.trim(), (counts.get(v.trim()) ?? 0) + 1);
  let best = '';
  let most = 0;
  for (const [v, n] of counts) {
    if (n > most) {
      best = v;
      most = n;
    }
  }
  return best;
}

/**
 * The header from what the chi bộ wrote: their «Tên đảng bộ cấp trên» is this đảng ủy, their
 * «Địa danh» its place, their «Năm đánh giá» the year; `given` wins field by field.
 */
export function dangUyHeaderOf(c: Consolidation, given: Partial<DangUyHeader> = {}): DangUyHeader {
  const settings = c.chiBo.map((u) => u.run.settings);
  return {
    partyCommittee: given.partyCommittee ?? mostCommon(settings.map((s) => s.parentCommittee)),
    upperBody: given.upperBody ?? '',
    year: given.year ?? settings[0]?.year ?? 0,
    documentNumber: given.documentNumber ?? '',
    documentSymbol: given.documentSymbol ?? '',
    place: given.place ?? mostCommon(settings.map((s) => s.place)),
    date: given.date ?? null,
    signerName: given.signerName ?? '',
    signerTitle: given.signerTitle ?? '',
    recipients: given.recipients ?? [],
  };
}

/**
 * Twelve columns over DOCUMENT_WIDTH_PX (623 px). The table per chi bộ reads STT | Chi bộ |
 * Số đảng viên | HTXS, HTT, HT, KHT (SL, Tỷ lệ each) | KXL, CXL; the other tables merge
 * these columns. At 10 pt bold a share column holds «100,00%» and a count column «Nhóm», with
 * Word's cell margins too.
 */
export const CONSOLIDATION_WIDTHS = [36, 103, 44, 42, 57, 42, 57, 42, 57, 42, 57, 44];
/** Columns of the left half of the header and of «Nơi nhận» (302 px). */
const LEFT_COLUMNS = 5;
const TABLE = 11;
/** The figures tables and the headers of narrow columns («Nhóm» in 42 px). */
const FIGURES = 10;
const SMALL = 12;

const cell = (style: CellStyleSpec = {}): CellStyleSpec => ({ size: TABLE, ...style });
const centered = cell({ align: 'center' });
const headStyle = cell({ bold: true, align: 'center', size: FIGURES });
const figure = (style: CellStyleSpec = {}): CellStyleSpec => ({ size: FIGURES, ...style });
const figureCentered = figure({ align: 'center' });

function halves(b: LayoutBuilder, left: string, right: string, leftStyle: CellStyleSpec, rightStyle: CellStyleSpec): void {
  const pad = (n: number) => Array.from({ length: n }, () => '');
  const row = b.row([left, ...pad(LEFT_COLUMNS - 1), right], [leftStyle, ...pad(LEFT_COLUMNS - 1).map(() => ({})), rightStyle]);
  b.merge(row, 1, LEFT_COLUMNS);
  b.merge(row, LEFT_COLUMNS + 1, b.width - LEFT_COLUMNS);
}

function header(b: LayoutBuilder, h: DangUyHeader): void {
  const t = CONSOLIDATION_REPORT;
  halves(b, t.upperBody(h.upperBody), DOC.party, { align: 'center', size: SMALL }, { bold: true, align: 'center' });
  halves(b, t.committeeHeader(h.partyCommittee), DOC.rule, { bold: true, align: 'center', size: SMALL }, { align: 'center' });
  const star = b.row([DOC.star], { align: 'center', size: SMALL });
  b.merge(star, 1, LEFT_COLUMNS);
  b.merge(star, LEFT_COLUMNS + 1, b.width - LEFT_COLUMNS);
  const d = h.date;
  halves(
    b,
    DOC.number(h.documentNumber, h.documentSymbol || t.defaultSymbol),
    DOC.placeDate(h.place, d ? pad2(d.day) : '', d ? pad2(d.month) : '', d ? String(d.year) : ''),
    { align: 'center', size: SMALL },
    { italic: true, align: 'center' },
  );
}

const classifiedOf = (counts: OutcomeCounts) => LEVELS.reduce((n, level) => n + counts[level], 0);

/** Level by level: the count and its share of the classified, then the not classified. */
function levelCells(counts: OutcomeCounts): (string | number)[] {
  const classified = classifiedOf(counts);
  return [...LEVELS.flatMap((level) => [counts[level], percentText(counts[level], classified)]), counts.KXL + counts.CXL];
}

/** 1. Chi bộ × level: two header rows (level over SL | Tỷ lệ), one row per chi bộ, the sum. */
function byChiBo(b: LayoutBuilder, c: Consolidation): void {
  const h = CONSOLIDATION_REPORT.byChiBoHead;
  const title = b.line(CONSOLIDATION_REPORT.byChiBoTitle, { bold: true });
  const head = b.row([h.stt, h.chiBo, h.members, ...LEVELS.flatMap((level) => [level, '']), h.notClassified], headStyle);
  const sub = b.row(['', '', '', ...LEVELS.flatMap(() => [h.count, h.percent]), ''], headStyle);
  for (const column of [1, 2, 3, 12]) b.merge(head, column, 1, 2);
  for (const [i] of LEVELS.entries()) b.merge(head, 4 + 2 * i, 2);
  const numbers = Array.from({ length: 10 }, () => centered);
  for (const [i, unit] of c.chiBo.entries()) {
    b.row([i + 1, unit.name, unit.run.results.length, ...levelCells(unit.run.counts)], [centered, cell(), ...numbers]);
  }
  const sum = b.row(
    [CONSOLIDATION_REPORT.sumRow, '', c.members.length, ...levelCells(c.counts)],
    [cell({ bold: true }), cell(), ...numbers.map((s) => ({ ...s, bold: true }))],
  );
  b.merge(sum, 1, 2);
  b.border(head, sum);
  b.keepTogether(title, Math.min(sum, sub + 1));
  b.repeatHeader([head, sub], sum);
  b.line(CONSOLIDATION_REPORT.percentBase, { italic: true, size: TABLE });
  b.line(CONSOLIDATION_REPORT.levelLegend, { italic: true, size: TABLE });
}

/** The counts of the members of one peer group. */
function groupCounts(members: readonly ConsolidatedMember[], group: PeerGroup): OutcomeCounts {
  const counts: OutcomeCounts = { HTXS: 0, HTT: 0, HT: 0, KHT: 0, KXL: 0, CXL: 0 };
  for (const m of members) if (m.result.group === group) counts[m.result.result]++;
  return counts;
}

/** 2. Level × (the đảng bộ, 2A, 2B, 2C), each with SL | Tỷ lệ (QĐ 366). */
function byGroup(b: LayoutBuilder, c: Consolidation): void {
  const h = CONSOLIDATION_REPORT.byGroupHead;
  const sub = CONSOLIDATION_REPORT.byChiBoHead;
  const all = [c.counts, ...PEER_GROUPS.map((g) => groupCounts(c.members, g))];
  const title = b.line(CONSOLIDATION_REPORT.byGroupTitle, { bold: true });
  const head = b.row([h.level, '', '', h.all, '', ...PEER_GROUPS.flatMap((g) => [PEER_GROUP_SHORT[g], ''])], headStyle);
  const second = b.row(['', '', '', ...all.flatMap(() => [sub.count, sub.percent])], headStyle);
  b.merge(head, 1, 3, 2);
  // The last share column takes the twelfth column too, so the table spans the page.
  for (const [i] of all.entries()) b.merge(head, 4 + 2 * i, i === all.length - 1 ? 3 : 2);
  const numbers = Array.from({ length: 2 * all.length }, () => figureCentered);
  const row = (label: string, pick: (counts: OutcomeCounts) => number, style: CellStyleSpec) =>
    b.row(
      [label, '', '', ...all.flatMap((counts) => [pick(counts), percentText(pick(counts), classifiedOf(counts))])],
      [style, {}, {}, ...numbers.map((s) => ({ ...s, bold: style.bold === true }))],
    );
  for (const level of LEVELS) row(level, (counts) => counts[level], figure());
  const last = row(CONSOLIDATION_REPORT.sumRow, classifiedOf, figure({ bold: true }));
  b.mergeEachRow(second + 1, last, 1, 3);
  b.mergeEachRow(second, last, 3 + 2 * all.length, 2);
  b.border(head, last);
  const legend = b.line(REPORT_QD366.groupLegend(PEER_GROUPS.map((g) => [PEER_GROUP_SHORT[g], PEER_GROUP_NAMES[g]] as const)), {
    italic: true,
    size: TABLE,
  });
  b.keepTogether(title, legend);
}

/** HTXS proposed by the chi bộ among `members` (their own runs). */
const proposedHtxs = (members: readonly ConsolidatedMember[]) => members.filter((m) => m.proposal === 'HTXS').length;

/** The member quota: per peer group across the đảng bộ (or pooled), or per chi bộ. */
function quotaLines(b: LayoutBuilder, c: Consolidation, number: number): void {
  const t = CONSOLIDATION_REPORT;
  const q = c.quota;
  b.line(t.quotaTitle(number), { bold: true });
  const pooled = q.groups.every((g) => g.group === null);
  if (c.scope === 'dangBo') {
    b.line(pooled ? t.quotaPooledDangBo(q.percent) : t.quotaAcrossDangBo(q.percent));
    for (const g of q.groups) {
      const group = g.group;
      const members = group === null ? c.members : c.members.filter((m) => m.result.group === group);
      if (members.length === 0) continue;
      const what = group === null ? t.allGroups : t.groupWhat(PEER_GROUP_SHORT[group], PEER_GROUP_NAMES[group]);
      const text = t.quotaLine(what, g.base, g.allowed, proposedHtxs(members), g.used);
      b.line(g.exceeded ? `${text} ${REPORT_QD366.quotaGroupExceeded}.` : text, { bold: g.exceeded });
    }
  } else {
    b.line(t.quotaPerChiBo(q.percent));
    for (const [index, unit] of c.chiBo.entries()) {
      const mine = c.members.filter((m) => m.chiBo === index);
      for (const g of unit.run.quota.groups) {
        const group = g.group;
        const members = group === null ? mine : mine.filter((m) => m.result.group === group);
        if (members.length === 0) continue;
        const what = group === null ? unit.name : t.chiBoGroupWhat(unit.name, PEER_GROUP_SHORT[group]);
        const text = t.quotaLine(what, g.base, g.allowed, proposedHtxs(members), g.used);
        b.line(g.exceeded ? `${text} ${REPORT_QD366.quotaGroupExceeded}.` : text, { bold: g.exceeded });
      }
    }
  }
  if (q.exceeded) b.line(DOC.quotaExceeded, { bold: true });
}

/** The members whose level the đảng ủy set otherwise than their chi bộ proposed. */
function changedList(b: LayoutBuilder, c: Consolidation, number: number): void {
  const t = CONSOLIDATION_REPORT;
  const h = t.changedHead;
  const changed = c.members.filter((m) => m.changed);
  const title = b.line(t.changedTitle(number), { bold: true });
  if (changed.length === 0) {
    b.line(t.noChange);
    return;
  }
  b.line(t.changedCount(changed.length));
  // STT | name | chi bộ (3–5) | group (6) | score (7) | proposed (8–9) | decided (10–12).
  const head = b.row([h.stt, h.name, h.chiBo, '', '', h.group, h.score, h.proposed, '', h.decided, '', ''], headStyle);
  for (const [i, m] of changed.entries()) {
    const r = m.result;
    b.row(
      [
        i + 1,
        r.member.name,
        c.chiBo[m.chiBo]?.name ?? '',
        '',
        '',
        r.group ? PEER_GROUP_SHORT[r.group] : '',
        r.score === null ? '' : scoreText(r.score),
        m.proposal,
        '',
        r.result,
        '',
        '',
      ],
      [centered, cell(), cell(), {}, {}, centered, centered, centered, {}, cell({ align: 'center', bold: true }), {}, {}],
    );
  }
  const last = head + changed.length;
  b.mergeEachRow(head, last, 3, 3);
  b.mergeEachRow(head, last, 8, 2);
  b.mergeEachRow(head, last, 10, 3);
  b.border(head, last);
  // The whole table on one page when it fits; else at least its title, header and first row.
  b.keepTogether(title, last);
  b.keepTogether(title, Math.min(last, head + 1));
}

/** II. The chi bộ levels: proposed → the đảng ủy's, with the quota for collectives. */
function chiBoLevels(b: LayoutBuilder, c: Consolidation): void {
  const t = CONSOLIDATION_REPORT;
  const h = t.levelsHead;
  const names = CHI_BO_LEVEL_NAMES_BY_PROFILE[c.profile.id];
  const section = b.line(t.section2, { bold: true });
  // STT | chi bộ (2–3) | score (4) | proposed (5–7) | decided (8–10) | note (11–12).
  const head = b.row([h.stt, h.chiBo, '', h.score, h.proposed, '', '', h.decided, '', '', h.note, ''], headStyle);
  for (const [i, unit] of c.chiBo.entries()) {
    const l = unit.level;
    b.row(
      [
        i + 1,
        unit.name,
        '',
        l.score === null ? '' : scoreText(l.score),
        names[l.proposed],
        '',
        '',
        names[l.result],
        '',
        '',
        l.quota ? t.levelNote[l.quota] : '',
        '',
      ],
      [centered, cell(), {}, centered, cell(), {}, {}, cell({ bold: l.quota !== null }), {}, {}, cell(), {}],
    );
  }
  const last = head + c.chiBo.length;
  b.mergeEachRow(head, last, 2, 2);
  b.mergeEachRow(head, last, 5, 3);
  b.mergeEachRow(head, last, 8, 3);
  b.mergeEachRow(head, last, 11, 2);
  b.border(head, last);
  b.keepTogether(section, last);
  b.keepTogether(section, Math.min(last, head + 1));
  const cq = c.collectiveQuota;
  b.line(t.collectiveQuota(cq.percent, cq.base, cq.allowed, cq.used));
  const levels = c.chiBo.map((u) => u.level.result);
  const parts = [...LEVELS, 'CXL' as const]
    .filter((level) => isLevel(level) || levels.includes(level))
    .map((level) => t.chiBoPart(names[level], levels.filter((l) => l === level).length));
  b.line(t.chiBoTotals(c.chiBo.length, parts.join('; ')));
}

/** III. What the đảng ủy asks: commendation, and what the rules left to it. */
function requests(b: LayoutBuilder, c: Consolidation): number {
  const t = CONSOLIDATION_REPORT;
  const section = b.line(t.section3, { bold: true });
  b.line(t.commendation(c.counts.HTXS));
  const ties = c.members.filter((m) => m.result.warnings.includes('quotaTieByScore') && !m.result.decided).length;
  if (ties > 0) b.line(t.memberTies(ties));
  const open = c.members.filter((m) => m.result.result === 'CXL' && m.result.ruleReason === 'openCase').length;
  if (open > 0) b.line(t.openCases(open));
  const chiBoTies = c.chiBo.filter((u) => u.level.quota === 'tie').length;
  if (chiBoTies > 0) b.line(t.chiBoTies(chiBoTies));
  return section;
}

function signature(b: LayoutBuilder, h: DangUyHeader): void {
  const t = CONSOLIDATION_REPORT;
  const given = h.recipients.filter((line) => line.trim() !== '').map((line) => (/^\s*-/.test(line) ? line : `- ${line}`));
  const recipients = given.length > 0 ? given : t.recipients(h.upperBody);
  const left = [DOC.recipientsTitle, ...recipients];
  const sign = [t.signFor, (h.signerTitle.trim() || t.signerTitle).toUpperCase(), '', '', '', h.signerName || DOC.dots];
  const rows = Math.max(left.length, sign.length);
  for (let i = 0; i < rows; i++) {
    halves(
      b,
      left[i] ?? '',
      sign[i] ?? '',
      { bold: i === 0, italic: i === 0, size: i === 0 ? SMALL : TABLE },
      { bold: true, align: 'center' },
    );
  }
}

export function consolidationReportLayout(c: Consolidation, h: DangUyHeader): SheetLayout {
  const t = CONSOLIDATION_REPORT;
  const b = new LayoutBuilder(t.sheetName, CONSOLIDATION_WIDTHS);
  header(b, h);
  b.blank();
  b.line(t.title, { bold: true, size: 15, align: 'center' });
  b.line(t.subtitle(h.year), { bold: true, align: 'center' });
  b.blank();
  b.line(t.opening(h.partyCommittee, c.chiBo.length, c.members.length, h.year));

  // I. Members.
  b.line(t.section1, { bold: true });
  b.line(t.totals(c.members.length, classifiedOf(c.counts), c.counts.KXL, c.counts.CXL));
  byChiBo(b, c);
  let number = 2;
  if (c.profile.peerGroups) {
    byGroup(b, c);
    number++;
  }
  quotaLines(b, c, number++);
  changedList(b, c, number);
  b.blank();

  // II. Chi bộ.
  chiBoLevels(b, c);
  b.blank();

  // III. Requests, closing and the signature on one page.
  const section3 = requests(b, c);
  b.blank();
  b.line(t.closing(h.partyCommittee, h.year));
  b.blank();
  signature(b, h);
  b.keepTogether(section3, b.nextRow - 1);
  return b.build();
}
