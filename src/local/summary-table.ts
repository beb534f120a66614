/** The short Vietnamese summary `phan-loai` prints after a run. */
import { OUTCOMES } from '../core/levels';
import { usesVotes, type ClassificationRun } from '../core/run';
import { CHI_BO_LEVEL_NAMES_BY_PROFILE, LEVEL_NAMES, PEER_GROUP_NAMES } from '../core/text';
import { CLI } from '../core/text/cli';

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
  lines.push('');
  // N only matters when the chi bộ votes (always under the 2023 plan).
  if (usesVotes(run.settings)) lines.push(CLI.votingBase(run.votingBase));
  lines.push(CLI.quota(q.percent, q.base, q.allowed, q.used, q.exceeded));
  // Per peer group when the quota is applied per group (QĐ 366).
  for (const g of q.groups) {
    if (g.group) lines.push(`  ${CLI.quotaGroup(PEER_GROUP_NAMES[g.group], g.base, g.allowed, g.used, g.exceeded)}`);
  }
  lines.push(
    CLI.chiBo(CHI_BO_LEVEL_NAMES_BY_PROFILE[run.settings.profile.id][run.chiBo.result]),
    CLI.errors(run.errors.length),
    CLI.warnings(run.results.filter((r) => r.warnings.length > 0).length),
  );
  if (run.settingErrors.length > 0) lines.push(CLI.settingErrors(run.settingErrors.length));
  for (const e of [...run.errors.map((e) => e.message), ...run.settingErrors.map((e) => e.message), ...run.notices])
    lines.push(`  • ${e}`);
  lines.push('', CLI.written, ...written.map((w) => `  ${w}`));
  return lines.join('\n');
}
