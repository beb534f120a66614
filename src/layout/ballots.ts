/**
 * «Phiếu đánh giá»: the member-level ballot (one tick column per level) and, when
 * «Phiếu HTXS bầu riêng» is on, the separate yes/no HTXS ballot for those proposed.
 * Each ballot starts on its own page: a page break the local printer honours (the Sheets
 * API has none; there the HTXS ballot follows after a gap and is printed by choosing it).
 * With a separate HTXS ballot the member ballot has no HTXS column. Each says it is for
 * official members and how many copies to print (N, the voting base).
 */
import type { MemberResult } from '../core/classify';
import { usesVotes, type ClassificationRun } from '../core/run';
import { DOC, SHEET_NAMES } from '../core/text';
import { LayoutBuilder, type SheetLayout } from './sheet-layout';

/** DOCUMENT_WIDTH_PX in all: printed at their own size between the document margins. */
const WIDTHS = [40, 248, 84, 84, 84, 83];

/** Ballots exist only when the chi bộ votes (always under the 2023 plan; QĐ 366: «Biểu quyết tại chi bộ» = Có). */
export function ballotsOffered(run: ClassificationRun): boolean {
  return usesVotes(run.settings);
}

/** Members voted on at this meeting: everyone active (absent and not-classified members are not). */
export function ballotMembers(run: ClassificationRun): MemberResult[] {
  return run.results.filter((r) => r.member.status === 'active' && r.result !== 'KXL');
}

/** Proposed for HTXS: the committee's proposal; without any proposal, those whose criteria allow HTXS. */
export function htxsProposed(run: ClassificationRun): MemberResult[] {
  const voted = ballotMembers(run);
  const anyProposal = run.results.some((r) => r.member.committeeProposal !== null);
  return voted.filter((r) => (anyProposal ? r.member.committeeProposal === 'HTXS' : r.ceiling === 'HTXS'));
}

function title(b: LayoutBuilder, run: ClassificationRun, text: string, instruction: string): void {
  b.line(DOC.chiBo(run.settings.chiBoName), { bold: true, align: 'center' });
  b.line(text, { bold: true, size: 14, align: 'center' });
  b.line(instruction, { italic: true, align: 'center' });
  b.line(DOC.ballotVoters(run.votingBase), { italic: true, align: 'center', size: 12 });
  b.blank();
}

function addMemberBallot(b: LayoutBuilder, run: ClassificationRun, separate: boolean): void {
  title(b, run, DOC.ballotTitle(run.settings.year), DOC.ballotInstruction);
  const head = b.row(separate ? DOC.ballotHeadWithoutHtxs : DOC.ballotHead, { bold: true, align: 'center' });
  const members = ballotMembers(run);
  for (const [i, r] of members.entries()) b.row([i + 1, r.member.name], [{ align: 'center' }]);
  const columns = separate ? DOC.ballotHeadWithoutHtxs.length : DOC.ballotHead.length;
  b.border(head, head + members.length, 1, columns);
  b.repeatHeader([head, head], head + members.length);
  b.line(separate ? DOC.ballotLegendWithoutHtxs : DOC.ballotLegend, { italic: true, size: 11 });
}

function addHtxsBallot(b: LayoutBuilder, run: ClassificationRun): void {
  title(b, run, DOC.htxsBallotTitle(run.settings.year), DOC.htxsBallotInstruction);
  const proposed = htxsProposed(run);
  if (proposed.length === 0) {
    b.line(DOC.noHtxsProposal, { italic: true });
  } else {
    const h = b.row(DOC.htxsBallotHead, { bold: true, align: 'center' });
    for (const [i, r] of proposed.entries()) b.row([i + 1, r.member.name], [{ align: 'center' }]);
    b.border(h, h + proposed.length, 1, 4);
  }
}

function builder(sheetName: string): LayoutBuilder {
  const b = new LayoutBuilder(sheetName, WIDTHS);
  b.withoutPageNumbers();
  return b;
}

/** Both ballots in one layout, the HTXS ballot after a page break: what the printed PDF holds. */
export function ballotsLayout(run: ClassificationRun): SheetLayout {
  const separate = run.settings.separateHtxsBallot;
  const b = builder(SHEET_NAMES.ballots);
  addMemberBallot(b, run, separate);
  if (separate) {
    b.blank();
    b.blank();
    b.pageBreak();
    addHtxsBallot(b, run);
  }
  return b.build();
}

/**
 * The ballots as sheets: the Sheets API has no page breaks, so a separate HTXS ballot gets
 * its own sheet «Phiếu HTXS», and each ballot prints from its own page.
 */
export function ballotSheets(run: ClassificationRun): SheetLayout[] {
  const separate = run.settings.separateHtxsBallot;
  const member = builder(SHEET_NAMES.ballots);
  addMemberBallot(member, run, separate);
  if (!separate) return [member.build()];
  const htxs = builder(SHEET_NAMES.htxsBallot);
  addHtxsBallot(htxs, run);
  return [member.build(), htxs.build()];
}
