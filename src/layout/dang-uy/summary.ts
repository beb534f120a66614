/**
 * «Tổng hợp» of the đảng ủy's spreadsheet, as plain data: one row per chi bộ (members by level,
 * how many the đảng ủy's result changed, rows with data errors, the chi bộ's own level and its
 * level after the quota for collectives, its decision sheet), the totals, the member quota per
 * peer group across the đảng bộ, and the quota for collectives. A working table, not a document.
 */
import type { Consolidation } from '../../core/consolidate';
import { OUTCOMES, type OutcomeCounts } from '../../core/levels';
import { scoreText } from '../../core/score';
import { DANG_UY_SHEET_TEXT, DANG_UY_SHEETS } from '../../core/text/dang-uy';
import { CHI_BO_LEVEL_NAMES_BY_PROFILE, PEER_GROUP_SHORT, PROFILE_NAMES } from '../../core/text/domain';
import { LayoutBuilder, type SheetLayout } from '../sheet-layout';

const WIDTHS = [40, 220, 80, 50, 50, 50, 50, 50, 50, 80, 80, 70, 150, 150, 280, 220];
const SIZE = 11;
const HEAD = { bold: true, align: 'center' } as const;

export interface SummaryHeading {
  readonly year: number;
  /** «Tên đảng ủy» as typed; '' leaves the line out. */
  readonly dangUyName: string;
}

/** Per chi bộ: how many of its members the đảng ủy's result changed. */
function changedPerChiBo(c: Consolidation): number[] {
  const changed = c.chiBo.map(() => 0);
  for (const m of c.members) if (m.changed) changed[m.chiBo] = (changed[m.chiBo] ?? 0) + 1;
  return changed;
}

function countCells(counts: OutcomeCounts): number[] {
  return OUTCOMES.map((o) => counts[o]);
}

/** `decisionSheets[i]` is the name of the decision sheet of `c.chiBo[i]`. */
export function summaryLayout(c: Consolidation, heading: SummaryHeading, decisionSheets: readonly string[]): SheetLayout {
  const t = DANG_UY_SHEET_TEXT;
  const levelName = CHI_BO_LEVEL_NAMES_BY_PROFILE[c.profile.id];
  const b = new LayoutBuilder(DANG_UY_SHEETS.summary, WIDTHS, SIZE);
  b.line(t.summaryTitle(heading.year), { bold: true, align: 'center', size: 13 });
  if (heading.dangUyName.trim() !== '') b.line(heading.dangUyName.trim(), { align: 'center' });
  b.line(t.profileLine(PROFILE_NAMES[c.profile.id]), { italic: true });
  b.line(t.scopeLine(c.scope), { italic: true });
  b.blank();

  b.line(t.chiBoHeading, { bold: true });
  const top = b.row(t.chiBoHeader, HEAD);
  const changed = changedPerChiBo(c);
  let members = 0;
  let errorRows = 0;
  for (const [i, unit] of c.chiBo.entries()) {
    const rows = new Set(unit.run.errors.map((e) => e.row)).size;
    members += unit.run.results.length;
    errorRows += rows;
    b.row([
      i + 1,
      unit.name,
      unit.run.results.length,
      ...countCells(unit.run.counts),
      changed[i] ?? 0,
      rows,
      unit.level.score === null ? '' : scoreText(unit.level.score),
      levelName[unit.level.proposed],
      levelName[unit.level.result],
      unit.level.reason ?? '',
      decisionSheets[i] ?? '',
    ]);
  }
  const totalChanged = changed.reduce((n, x) => n + x, 0);
  const last = b.row(['', t.total, members, ...countCells(c.counts), totalChanged, errorRows], { bold: true });
  b.border(top, last);
  b.blank();

  b.line(t.quotaHeading, { bold: true });
  const quotaTop = b.row(t.quotaHeader, HEAD);
  for (const g of c.quota.groups) {
    b.row([
      g.group === null ? t.wholePool : PEER_GROUP_SHORT[g.group],
      g.base,
      g.percent,
      g.allowed,
      g.used,
      g.exceeded ? t.exceeded : '',
    ]);
  }
  b.border(quotaTop, b.nextRow - 1, 1, t.quotaHeader.length);
  b.blank();

  b.line(t.collectiveHeading, { bold: true });
  const q = c.collectiveQuota;
  b.line(t.collectiveLine(q.percent, q.base, q.allowed, q.used));
  return b.build();
}
