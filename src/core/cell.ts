/**
 * The chi bộ's own level (design §5, plan II.1). Levels are cumulative: HTXS also needs
 * every HTT condition. A criterion left blank gives CXL with the list of what is missing.
 */
import type { Outcome } from './levels';
import type { CellCriteria } from './settings';
import { settingLabel } from './settings';
import { CELL_LEVEL_NAMES, CELL_TEXT } from './text';
import type { SettingKey } from './text';

export interface CellRosterFacts {
  /** All members on the roster. */
  readonly members: number;
  /** Members whose final result is KHT. */
  readonly kht: number;
  /** Members under discipline («Đang chấp hành kỷ luật» = Có). */
  readonly disciplined: number;
}

export interface CellResult {
  readonly result: Outcome;
  readonly reasons: string[];
  /** True when the higher committee must decide (failed 02 tasks but no weakness listed). */
  readonly needsDecision: boolean;
}

const REQUIRED: readonly (keyof CellCriteria & SettingKey)[] = [
  'taskResult', 'committeeUnited', 'committeeLevel', 'meetsRegularly', 'schoolRank', 'youthRank', 'unionRank',
];

export function classifyCell(criteria: CellCriteria, facts: CellRosterFacts): CellResult {
  const missing = REQUIRED.filter((key) => criteria[key] === null);
  if (missing.length > 0) {
    return { result: 'CXL', reasons: [CELL_TEXT.missing(missing.map((k) => `«${settingLabel(k)}»`).join(', '))], needsDecision: false };
  }
  const c = criteria as { [K in keyof CellCriteria]: NonNullable<CellCriteria[K]> };
  const ranks = [c.schoolRank, c.youthRank, c.unionRank];
  const t = CELL_TEXT.cond;

  const htt: string[] = [];
  if (c.taskResult !== 'HTXS' && c.taskResult !== 'HTT') htt.push(t.taskHTT);
  if (!c.committeeUnited) htt.push(t.united);
  if (c.committeeLevel !== 'HTXS' && c.committeeLevel !== 'HTT') htt.push(t.committeeHTT);
  if (facts.disciplined > 0 && !c.selfDetectedDiscipline) htt.push(t.discipline(facts.disciplined));
  if (ranks.some((r) => r > 2)) htt.push(t.ranksSecond);

  const htxs: string[] = [...htt];
  if (c.taskResult !== 'HTXS') htxs.push(t.taskHTXS);
  if (c.committeeLevel !== 'HTXS') htxs.push(t.committeeHTXS);
  if (!c.meetsRegularly) htxs.push(t.regular);
  if (facts.kht > 0) htxs.push(t.allAtLeastHT(facts.kht));
  if (ranks.some((r) => r !== 1)) htxs.push(t.ranksTop);

  const notReached = (level: 'HTXS' | 'HTT', conditions: string[]) =>
    CELL_TEXT.notReached(CELL_LEVEL_NAMES[level], conditions.join('; '));

  if (htxs.length === 0) return { result: 'HTXS', reasons: [CELL_TEXT.reached(CELL_LEVEL_NAMES.HTXS)], needsDecision: false };
  if (htt.length === 0) {
    return { result: 'HTT', reasons: [CELL_TEXT.reached(CELL_LEVEL_NAMES.HTT), notReached('HTXS', htxs)], needsDecision: false };
  }
  const higher = [notReached('HTXS', htxs), notReached('HTT', htt)];
  if (c.taskResult !== 'FAILED2') {
    return { result: 'HT', reasons: [CELL_TEXT.reached(CELL_LEVEL_NAMES.HT), ...higher], needsDecision: false };
  }
  const w = CELL_TEXT.weak;
  const weak: string[] = [];
  if (!c.committeeUnited) weak.push(w.disunited);
  if (c.corruptionDiscipline) weak.push(w.corruption);
  if (c.schoolRank === 4) weak.push(w.schoolLowest);
  if ([c.youthRank, c.unionRank].filter((r) => r === 4).length >= 2) weak.push(w.unionsLowest);
  if (2 * facts.kht > facts.members) weak.push(w.halfKht);
  if (weak.length > 0) return { result: 'KHT', reasons: [CELL_TEXT.weakBecause(weak.join('; ')), ...higher], needsDecision: false };
  return { result: 'HT', reasons: [CELL_TEXT.needsDecision, ...higher], needsDecision: true };
}
