/** The short Vietnamese summary `phan-loai` prints after a run. */
import { OUTCOMES } from '../core/levels';
import type { ClassificationRun } from '../core/run';
import { CHI_BO_LEVEL_NAMES, CLI, LEVEL_NAMES } from '../core/text';

export function summaryTable(run: ClassificationRun, title: string, written: readonly string[]): string {
  const width = Math.max(...OUTCOMES.map((o) => `${o} ${LEVEL_NAMES[o]}`.length), CLI.headLevel.length);
  const lines = [
    CLI.summaryTitle(title),
    '',
    `${CLI.headLevel.padEnd(width)}  ${CLI.headCount}`,
    `${'-'.repeat(width)}  ${'-'.repeat(CLI.headCount.length)}`,
  ];
  for (const o of OUTCOMES)
    lines.push(`${`${o} ${LEVEL_NAMES[o]}`.padEnd(width)}  ${String(run.counts[o]).padStart(CLI.headCount.length)}`);
  const q = run.quota;
  lines.push(
    '',
    CLI.votingBase(run.votingBase),
    CLI.quota(q.percent, q.base, q.allowed, q.used, q.exceeded),
    CLI.chiBo(CHI_BO_LEVEL_NAMES[run.chiBo.result]),
    CLI.errors(run.errors.length),
    CLI.warnings(run.results.filter((r) => r.warnings.length > 0).length),
  );
  if (run.settingErrors.length > 0) lines.push(CLI.settingErrors(run.settingErrors.length));
  for (const e of [...run.errors.map((e) => e.message), ...run.settingErrors.map((e) => e.message), ...run.notices])
    lines.push(`  • ${e}`);
  lines.push('', CLI.written, ...written.map((w) => `  ${w}`));
  return lines.join('\n');
}
