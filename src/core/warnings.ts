/**
 * What the engine says about a member, as codes. The words for each code are looked up
 * only where text is shown (text/messages.ts: WARNING_LABELS, UNCLASSIFIED_REASONS).
 */

/** Short warnings shown in «Cảnh báo», the sidebar and the report. */
export type WarningCode =
  | 'absent'
  | 'rowError'
  | 'missingEmulation'
  | 'khtNotEnoughVotes'
  | 'khtVotesWithoutFault'
  | 'notEnoughVotes'
  | 'quotaDemoted'
  | 'quotaTie'
  | 'quotaTieByScore'
  | 'overrideAboveCeiling'
  | 'overrideNotSupported'
  | 'overrideIgnored'
  | 'quotaExceeded'
  | 'missingDocuments'
  | 'under6monthsByDate'
  | 'openCase'
  | 'tasksUnchecked';

/** Why a member is KXL or CXL. */
export type UnclassifiedReason =
  | 'absent'
  | 'exempt'
  | 'suspended'
  | 'under6months'
  | 'error'
  | 'votes'
  | 'decision'
  | 'emulation'
  | 'openCase';
