/**
 * The chi bộ's own level (design §5, plan II.1). Levels are cumulative: HTXS also needs
 * every HTT condition. A criterion left blank gives CXL with the list of what is missing.
 */
import type { Outcome } from './levels';
import type { Settings } from './run-settings';
import { settingLabel } from './text/columns';
import { CHI_BO_LEVEL_NAMES } from './text/domain';
import { CHI_BO_TEXT } from './text/messages';

export interface ChiBoRosterFacts {
  /** All members on the roster. */
  readonly members: number;
  /** Members whose final result is KHT. */
  readonly kht: number;
  /** Members under discipline («Đang chấp hành kỷ luật» = Có). */
  readonly disciplined: number;
  /** Of them, members of the chi ủy (by «Chức vụ»). */
  readonly committeeDisciplined: number;
}

export interface ChiBoResult {
  readonly result: Outcome;
  /** The chi bộ's score in hundredths (QĐ 366); null otherwise or when missing. */
  readonly score?: number | null;
  /** The sentence of the chi bộ's scores (QĐ 366), apart from the reasons: documents show them as a table. */
  readonly scoreLine?: string;
  /** Why this level; when `needsDecision`, the first one says what the higher committee must decide. */
  readonly reasons: string[];
  /** True when the higher committee must decide (failed 02 tasks but no weakness listed; the open case). */
  readonly needsDecision: boolean;
}

const REQUIRED = [
  'taskResult',
  'committeeUnited',
  'committeeLevel',
  'meetsRegularly',
  'schoolRank',
  'youthRank',
  'unionRank',
] as const;

/** The «Cấu hình» values the chi bộ's level depends on. */
export type ChiBoCriteria = Pick<Settings, (typeof REQUIRED)[number] | 'corruptionDiscipline' | 'selfDetectedDiscipline'>;

type Required = { readonly [K in (typeof REQUIRED)[number]]: NonNullable<Settings[K]> };

/** The required criteria when all are filled in; else the labels of those missing. */
function requiredCriteria(s: ChiBoCriteria): Required | string[] {
  const { taskResult, committeeUnited, committeeLevel, meetsRegularly, schoolRank, youthRank, unionRank } = s;
  if (
    taskResult === null ||
    committeeUnited === null ||
    committeeLevel === null ||
    meetsRegularly === null ||
    schoolRank === null ||
    youthRank === null ||
    unionRank === null
  ) {
    return REQUIRED.filter((key) => s[key] === null).map((key) => `«${settingLabel(key)}»`);
  }
  return { taskResult, committeeUnited, committeeLevel, meetsRegularly, schoolRank, youthRank, unionRank };
}

export function classifyChiBo(settings: ChiBoCriteria, facts: ChiBoRosterFacts): ChiBoResult {
  const required = requiredCriteria(settings);
  if (Array.isArray(required)) {
    return { result: 'CXL', reasons: [CHI_BO_TEXT.missing(required.join(', '))], needsDecision: false };
  }
  const c = {
    ...required,
    corruptionDiscipline: settings.corruptionDiscipline,
    selfDetectedDiscipline: settings.selfDetectedDiscipline,
  };
  const ranks = [c.schoolRank, c.youthRank, c.unionRank];
  const t = CHI_BO_TEXT.cond;

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
    CHI_BO_TEXT.notReached(CHI_BO_LEVEL_NAMES[level], conditions.join('; '));

  if (htxs.length === 0) return { result: 'HTXS', reasons: [CHI_BO_TEXT.reached(CHI_BO_LEVEL_NAMES.HTXS)], needsDecision: false };
  if (htt.length === 0) {
    return {
      result: 'HTT',
      reasons: [CHI_BO_TEXT.reached(CHI_BO_LEVEL_NAMES.HTT), notReached('HTXS', htxs)],
      needsDecision: false,
    };
  }
  const higher = [notReached('HTXS', htxs), notReached('HTT', htt)];
  if (c.taskResult !== 'FAILED2') {
    return { result: 'HT', reasons: [CHI_BO_TEXT.reached(CHI_BO_LEVEL_NAMES.HT), ...higher], needsDecision: false };
  }
  const w = CHI_BO_TEXT.weak;
  const weak: string[] = [];
  if (!c.committeeUnited) weak.push(w.disunited);
  if (c.corruptionDiscipline) weak.push(w.corruption);
  if (c.schoolRank === 4) weak.push(w.schoolLowest);
  if ([c.youthRank, c.unionRank].filter((r) => r === 4).length >= 2) weak.push(w.unionsLowest);
  if (2 * facts.kht > facts.members) weak.push(w.halfKht);
  if (weak.length > 0)
    return { result: 'KHT', reasons: [CHI_BO_TEXT.weakBecause(weak.join('; ')), ...higher], needsDecision: false };
  return { result: 'HT', reasons: [CHI_BO_TEXT.needsDecision, ...higher], needsDecision: true };
}
