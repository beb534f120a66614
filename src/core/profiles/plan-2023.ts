/** The default profile: the 2023 plan of Chi bộ THPT Số 2 Phù Cát (docs/rules-2023.md). */
import { classifyChiBo } from '../chi-bo';
import { classifyMember } from '../classify';
import { rowChecks2023 } from '../row-checks';
import { ONE_HALF, TWO_THIRDS } from '../thresholds';
import type { Profile } from './types';

export const PLAN_2023: Profile = {
  id: 'ke-hoach-2023',
  quotaPercent: 15,
  outstandingQuotaPercent: 20,
  outstandingSetting: 'outstanding',
  sickLeaveMonths: 3,
  htxsThreshold: TWO_THIRDS,
  passThreshold: ONE_HALF,
  khtThreshold: ONE_HALF,
  score: null,
  votes: 'always',
  peerGroups: false,
  rankBy: 'htxsVotes',
  proposes: false,
  columns: [
    'stt', 'name', 'post', 'leader', 'membership', 'status', 'admissionDate', 'emulation',
    'sickMonths', 'discipline', 'faults', 'selfAssessment', 'committeeProposal',
    'votesHTXS', 'votesHTT', 'votesHT', 'votesKHT', 'conclusion',
    'docSelfReview', 'docResidence', 'docBiography',
  ],
  requiredColumns: ['name', 'membership', 'emulation'],
  requiredAnyOf: [],
  outputColumns: ['outCeiling', 'outByVotes', 'outResult', 'outWarnings', 'outExplanation'],
  settings: [
    'parentCommittee', 'chiBoName', 'year', 'schoolYear', 'place', 'meetingDate', 'documentNumber', 'secretary',
    'profile', 'quotaPercent', 'outstanding', 'votingBase', 'cumulative', 'separateHtxsBallot',
    'taskResult', 'committeeUnited', 'committeeLevel', 'meetsRegularly', 'schoolRank', 'youthRank', 'unionRank',
    'corruptionDiscipline', 'selfDetectedDiscipline',
  ],
  classifyMember,
  rowChecks: rowChecks2023,
  classifyChiBo,
};
