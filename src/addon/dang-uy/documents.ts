/**
 * Every sheet «Tổng hợp» writes, as layouts, in the order they are written: «Tổng hợp» and
 * «Đảng viên» (the same working tables as the CLI's tong-hop.xlsx), one decision sheet per chi bộ («QĐ - <chi bộ>», the decision list laid
 * at the rows of the chi bộ's «Danh sách», so its decision column pastes straight into
 * «Quyết định cấp trên»), and «Báo cáo tổng hợp». Pure: nothing here reads or writes.
 */
import type { Consolidation } from '../../core/consolidate';
import type { DangUySettingValues } from '../../core/dang-uy/settings';
import { decisionSheetNames } from '../../core/dang-uy/sheet-names';
import { DANG_UY_SHEETS } from '../../core/text/dang-uy';
import { consolidationReportLayout, type DangUyHeader, dangUyHeaderOf } from '../../layout/consolidation-report';
import { consolidatedMembersLayout, consolidationSummaryLayout } from '../../layout/consolidation-tables';
import { decisionListLayout } from '../../layout/decision-list';
import type { SheetLayout } from '../../layout/sheet-layout';

/** The fields of «Cấu hình đảng ủy» that are filled in; blank ones are left to dangUyHeaderOf. */
type TextField = { [K in keyof DangUyHeader]: DangUyHeader[K] extends string ? K : never }[keyof DangUyHeader];

function givenHeader(v: DangUySettingValues): Partial<DangUyHeader> {
  const text = (key: TextField, value: string): Partial<DangUyHeader> => (value.trim() === '' ? {} : { [key]: value.trim() });
  return {
    ...text('partyCommittee', v.dangUyName),
    ...text('upperBody', v.superior),
    ...text('documentNumber', v.documentNumber),
    ...text('documentSymbol', v.documentSymbol),
    ...text('place', v.place),
    ...text('signerName', v.signer),
    ...text('signerTitle', v.signerTitle),
    ...(v.year !== null && { year: v.year }),
    ...(v.date !== null && { date: v.date }),
  };
}

/** The sheets that are not a chi bộ's decision sheet: no decision sheet may take their names. */
const FIXED_SHEETS = [
  DANG_UY_SHEETS.chiBoList,
  DANG_UY_SHEETS.settings,
  DANG_UY_SHEETS.summary,
  DANG_UY_SHEETS.members,
  DANG_UY_SHEETS.report,
];

export function consolidationLayouts(c: Consolidation, settings: DangUySettingValues): SheetLayout[] {
  const header = dangUyHeaderOf(c, givenHeader(settings));
  const decisionNames = decisionSheetNames(
    c.chiBo.map((unit) => unit.name),
    FIXED_SHEETS,
  );
  const decisions = c.chiBo.map((_, i) => ({ ...decisionListLayout(c, i), sheetName: decisionNames[i] ?? '' }));
  return [consolidationSummaryLayout(c), consolidatedMembersLayout(c), ...decisions, consolidationReportLayout(c, header)];
}
