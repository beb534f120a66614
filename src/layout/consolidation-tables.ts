/**
 * The working sheets of the đảng ủy's workbook (tong-hop.xlsx): «Tổng hợp» (chi bộ × level,
 * the chi bộ levels, groups × level with the member quota, the quota for collectives) and
 * «Đảng viên» (every member with chi bộ, proposal and decision). Plain tables to sort and
 * filter (scores are numbers here); the document to sign is consolidationReportLayout.
 */
import type { Consolidation, ConsolidatedMember } from '../core/consolidate';
import { OUTCOMES, type OutcomeCounts } from '../core/levels';
import { CONSOLIDATION_REPORT, CONSOLIDATION_SHEETS } from '../core/text/consolidation-report';
import { CHI_BO_LEVEL_NAMES_BY_PROFILE, PEER_GROUP_NAMES, PEER_GROUP_SHORT } from '../core/text/domain';
import { WARNING_LABELS } from '../core/text/messages';
import { type CellStyleSpec, LayoutBuilder, type SheetLayout } from './sheet-layout';

const SIZE = 11;
const head: CellStyleSpec = { bold: true, align: 'center', size: SIZE };
const center: CellStyleSpec = { align: 'center', size: SIZE };
const plain: CellStyleSpec = { size: SIZE };

const SUMMARY_WIDTHS = [40, 230, 170, 70, 90, 50, 50, 50, 50, 50, 50, 60, 150, 150];

function countsOf(members: readonly ConsolidatedMember[], pick: (m: ConsolidatedMember) => boolean): OutcomeCounts {
  const counts: OutcomeCounts = { HTXS: 0, HTT: 0, HT: 0, KHT: 0, KXL: 0, CXL: 0 };
  for (const m of members) if (pick(m)) counts[m.result.result]++;
  return counts;
}

export function consolidationSummaryLayout(c: Consolidation): SheetLayout {
  const t = CONSOLIDATION_SHEETS;
  const b = new LayoutBuilder(t.summaryName, SUMMARY_WIDTHS, SIZE);
  const names = CHI_BO_LEVEL_NAMES_BY_PROFILE[c.profile.id];
  b.line(t.summaryTitle(c.chiBo[0]?.run.settings.year ?? 0), { bold: true, size: 13 });
  const first = b.row(t.chiBoHead, head);
  const numbers = Array.from({ length: 9 }, () => center);
  for (const [i, unit] of c.chiBo.entries()) {
    const counts = unit.run.counts;
    b.row(
      [
        i + 1,
        unit.name,
        unit.source,
        unit.run.results.length,
        unit.run.votingBase,
        ...OUTCOMES.map((o) => counts[o]),
        unit.level.score === null ? '' : unit.level.score / 100,
        names[unit.level.proposed],
        names[unit.level.result],
      ],
      [center, plain, plain, ...numbers, plain, { ...plain, bold: unit.level.quota !== null }],
    );
  }
  const sum = b.row(
    [t.sumRow, '', '', c.members.length, c.chiBo.reduce((n, u) => n + u.run.votingBase, 0), ...OUTCOMES.map((o) => c.counts[o])],
    { bold: true, align: 'center', size: SIZE },
  );
  b.merge(sum, 1, 3);
  b.border(first, sum);
  b.blank();

  b.line(t.groupTitle, { bold: true, size: 13 });
  const groupHead = b.row(t.groupHead, head);
  b.merge(groupHead, 1, 2);
  for (const g of c.quota.groups) {
    const group = g.group;
    const inGroup = (m: ConsolidatedMember) => group === null || m.result.group === group;
    const counts = countsOf(c.members, inGroup);
    const proposed = c.members.filter((m) => inGroup(m) && m.proposal === 'HTXS').length;
    const row = b.row(
      [
        group === null ? t.allMembers : `${PEER_GROUP_SHORT[group]} — ${PEER_GROUP_NAMES[group]}`,
        '',
        g.base,
        g.allowed,
        proposed,
        ...OUTCOMES.map((o) => counts[o]),
        g.exceeded ? t.exceeded : '',
      ],
      [plain, plain, ...Array.from({ length: 10 }, () => center)],
    );
    b.merge(row, 1, 2);
  }
  b.border(groupHead, b.nextRow - 1, 1, t.groupHead.length);
  b.line(c.scope === 'dangBo' ? t.scopeDangBo : t.scopeChiBo, { italic: true, size: SIZE });
  const cq = c.collectiveQuota;
  b.line(CONSOLIDATION_REPORT.collectiveQuota(cq.percent, cq.base, cq.allowed, cq.used), { size: SIZE });
  return b.build();
}

const MEMBER_WIDTHS = [50, 230, 80, 200, 50, 50, 90, 90, 70, 400];

export function consolidatedMembersLayout(c: Consolidation): SheetLayout {
  const t = CONSOLIDATION_SHEETS;
  const b = new LayoutBuilder(t.membersName, MEMBER_WIDTHS, SIZE);
  const first = b.row(t.membersHead, head);
  for (const [i, m] of c.members.entries()) {
    const r = m.result;
    b.row(
      [
        i + 1,
        c.chiBo[m.chiBo]?.name ?? '',
        r.member.row,
        r.member.name,
        r.group ? PEER_GROUP_SHORT[r.group] : '',
        r.score === null ? '' : r.score / 100,
        m.proposal,
        r.result,
        m.changed ? t.changed : '',
        r.warnings.map((w) => WARNING_LABELS[w]).join('; '),
      ],
      [center, plain, center, plain, center, center, center, { ...center, bold: m.changed }, center, plain],
    );
  }
  b.border(first, b.nextRow - 1);
  b.repeatHeader([first, first], b.nextRow - 1);
  return b.build();
}
