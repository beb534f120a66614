/**
 * «Báo cáo»: the report in the usual Vietnamese party-document form (design §6):
 * two-column header, title, figures, quota line, the chi bộ level, the member list,
 * open warnings and the signature block. Blank settings print as dotted lines.
 */
import type { MemberResult } from '../core/classify';
import { LEVELS, type Outcome } from '../core/levels';
import { pad2 } from '../core/normalize';
import type { ClassificationRun } from '../core/run';
import { CHI_BO_LEVEL_NAMES, LEVEL_NAMES } from '../core/text/domain';
import { UNCLASSIFIED_REASONS, WARNING_LABELS } from '../core/text/messages';
import { DOC, SHEET_NAMES } from '../core/text/sheets';
import type { UnclassifiedReason } from '../core/warnings';
import { LayoutBuilder, type SheetLayout } from './sheet-layout';

/** Column widths in pixels: STT, name, post, result, note (≈ A4 width). */
const WIDTHS = [45, 235, 165, 160, 160];

/** Why a member is KXL or CXL; null when classified. */
export function notClassifiedReason(r: MemberResult): UnclassifiedReason | null {
  return r.result === 'KXL' || r.result === 'CXL' ? r.ruleReason : null;
}

/** count/base as a percentage with two decimals and a decimal comma, by integer rounding. */
export function percentText(count: number, base: number): string {
  if (base === 0) return '0%';
  const hundredths = Math.floor((2 * count * 10000 + base) / (2 * base));
  const whole = Math.floor(hundredths / 100);
  const frac = String(hundredths % 100).padStart(2, '0');
  return `${whole},${frac}%`;
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function memberNote(r: MemberResult): string {
  const parts: string[] = [];
  if (r.member.membership === 'probationary') parts.push(DOC.probationary);
  const reason = notClassifiedReason(r);
  if (reason) parts.push(capitalize(UNCLASSIFIED_REASONS[reason]));
  for (const code of r.warnings) {
    const label = WARNING_LABELS[code];
    if (!parts.includes(label) && !(reason === 'under6months' && code === 'under6monthsByDate')) parts.push(label);
  }
  return parts.join('; ');
}

export function reportLayout(run: ClassificationRun): SheetLayout {
  const s = run.settings;
  const b = new LayoutBuilder(SHEET_NAMES.report, WIDTHS);
  const date = s.meetingDate;

  // Header: left two columns, right three.
  const small = 12;
  const r1 = b.row(
    [DOC.partyCommittee(s.parentCommittee), '', DOC.party],
    [{ align: 'center', size: small }, {}, { bold: true, align: 'center' }],
  );
  const r2 = b.row(
    [DOC.chiBo(s.chiBoName), '', DOC.rule],
    [{ bold: true, align: 'center', size: small }, {}, { align: 'center' }],
  );
  const r3 = b.row([DOC.star, '', ''], { align: 'center', size: small });
  const r4 = b.row(
    [
      DOC.number(s.documentNumber),
      '',
      DOC.placeDate(s.place, date ? pad2(date.day) : '', date ? pad2(date.month) : '', date ? String(date.year) : ''),
    ],
    [{ align: 'center', size: small }, {}, { italic: true, align: 'center' }],
  );
  for (const row of [r1, r2, r3, r4]) {
    b.merge(row, 1, 2);
    b.merge(row, 3, 3);
  }
  b.blank();
  b.line(DOC.reportTitle, { bold: true, size: 15, align: 'center' });
  b.line(DOC.reportSubtitle(s.year), { bold: true, align: 'center' });
  b.blank();

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
  const head = b.row(DOC.figuresHead, { bold: true, align: 'center' });
  b.merge(head, 1, 3);
  for (const level of LEVELS) {
    const row = b.row(
      [LEVEL_NAMES[level], '', '', run.counts[level], percentText(run.counts[level], classified)],
      [{}, {}, {}, { align: 'center' }, { align: 'center' }],
    );
    b.merge(row, 1, 3);
  }
  b.border(head, head + LEVELS.length);
  b.line(DOC.percentBase(classified), { italic: true });
  const q = run.quota;
  b.line(DOC.quota(q.percent, q.base, q.allowed, q.used));
  if (q.exceeded) b.line(DOC.quotaExceeded, { bold: true });
  b.blank();

  // II. The chi bộ.
  b.line(DOC.section2, { bold: true });
  b.line(DOC.cellLevel(CHI_BO_LEVEL_NAMES[run.chiBo.result]), { bold: true });
  for (const reason of run.chiBo.reasons) b.line(`- ${reason}`);
  b.blank();

  // III. Member list.
  b.line(DOC.section3, { bold: true });
  const listHead = b.row(DOC.listHead, { bold: true, align: 'center' });
  results.forEach((r, i) => {
    b.row([i + 1, r.member.name, r.member.post, LEVEL_NAMES[r.result], memberNote(r)], [{ align: 'center' }, {}, {}, {}, {}]);
  });
  b.border(listHead, listHead + results.length);
  b.blank();

  // IV. Open warnings and errors.
  b.line(DOC.section4, { bold: true });
  const lines = [
    ...results
      .filter((r) => r.warnings.length > 0)
      .map((r) => DOC.warningLine(r.member.name, r.member.row, `${r.warnings.map((code) => WARNING_LABELS[code]).join('; ')}.`)),
    ...run.errors.map((e) => DOC.generalLine(e.message)),
    ...run.settingErrors.map((e) => DOC.generalLine(e.message)),
    ...run.notices.map((n) => DOC.generalLine(n)),
    ...(run.chiBo.needsDecision ? run.chiBo.reasons.slice(0, 1).map((n) => DOC.generalLine(n)) : []),
  ];
  if (lines.length === 0) b.line(DOC.noWarnings);
  for (const line of lines) b.line(line);
  b.blank();

  // Signature block: «Nơi nhận» on the left, «T/M CHI BỘ / BÍ THƯ» on the right.
  const recipients = DOC.recipients(s.parentCommittee);
  const sign = [DOC.signFor, DOC.secretary, '', '', '', s.secretary || DOC.dots];
  const rows = Math.max(recipients.length + 1, sign.length);
  const left = [DOC.recipientsTitle, ...recipients];
  for (let i = 0; i < rows; i++) {
    const row = b.row(
      [left[i] ?? '', '', sign[i] ?? ''],
      [{ bold: i === 0, italic: i === 0, size: i === 0 ? 12 : 11 }, {}, { bold: true, align: 'center' }],
    );
    b.merge(row, 1, 2);
    b.merge(row, 3, 3);
  }
  return b.build();
}
