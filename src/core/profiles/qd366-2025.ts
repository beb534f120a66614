/**
 * The current national rules: Quy định 366-QĐ/TW (30/8/2025) with Hướng dẫn 43-HD/BTCTW
 * (31/10/2025), a 100-point score (docs/rules-qd366.md).
 */
import { classifyChiBoQd366 } from '../qd366/chi-bo';
import { classifyMemberQd366 } from '../qd366/member';
import { rowChecksQd366 } from '../row-checks';
import { ONE_HALF, TWO_THIRDS } from '../thresholds';
import type { Profile } from './types';

export const QD366_2025: Profile = {
  id: 'qd366-2025',
  // Đ11.1.5: "không vượt quá 20% … HTT"; 25% for a unit with outstanding achievements.
  quotaPercent: 20,
  outstandingQuotaPercent: 25,
  outstandingSetting: 'outstandingUnit',
  sickLeaveMonths: 3,
  // Used only when the chi bộ votes (a local choice): the same thresholds as the default.
  htxsThreshold: TWO_THIRDS,
  passThreshold: ONE_HALF,
  khtThreshold: ONE_HALF,
  score: {
    bands: { HTXS: 90, HTT: 70, HT: 50 },
    abovePercent: 30,
    latePercent: 20,
    notDonePercent: 50,
    leaderDonePercent: 70,
    lowConfidencePercent: 50,
    unitsKhtPercent: 50,
  },
  votes: 'setting',
  peerGroups: true,
  rankBy: 'score',
  proposes: true,
  columns: [
    'stt', 'name', 'post', 'leader', 'peerGroup', 'membership', 'status', 'admissionDate',
    'generalScore', 'taskScore', 'totalScore', 'selfScore',
    'tasksAssigned', 'tasksDone', 'tasksLate', 'tasksAbove', 'remedied', 'lowConfidence', 'unitsKht',
    'emulation', 'sickMonths', 'maternity', 'discipline', 'faults', 'selfAssessment', 'committeeProposal',
    'votesHTXS', 'votesHTT', 'votesHT', 'votesKHT', 'conclusion', 'upperDecision',
    'docSelfReview', 'docResidence', 'docBiography',
  ],
  requiredColumns: ['name', 'membership'],
  requiredAnyOf: [['generalScore', 'taskScore'], ['totalScore']],
  outputColumns: ['outCeiling', 'outScore', 'outGroup', 'outByVotes', 'outResult', 'outWarnings', 'outExplanation'],
  settings: [
    'parentCommittee', 'chiBoName', 'year', 'place', 'meetingDate', 'documentNumber', 'secretary',
    'profile', 'votesAtMeeting', 'quotaPercent', 'outstandingUnit', 'quotaByGroup', 'smallGroupOne',
    'votingBase', 'cumulative', 'separateHtxsBallot',
    'chiBoGeneralScore', 'chiBoTaskScore', 'chiBoTasksAssigned', 'chiBoTasksDone', 'chiBoTasksLate', 'chiBoTasksAbove',
    'chiBoRemedied', 'cadreViolation', 'committeeDisciplined', 'committeeDegraded',
  ],
  classifyMember: classifyMemberQd366,
  rowChecks: rowChecksQd366,
  classifyChiBo: classifyChiBoQd366,
};
