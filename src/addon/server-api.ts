/**
 * The one TypeScript definition of what the sidebar may call on the server through
 * google.script.run. The server implements it (entry-operations.ts exports the functions,
 * checked at compile time there; sidebar-server.ts does the work) and the client calls it
 * through the typed promise wrapper (src/sidebar/rpc.ts).
 */
import type { Outcome, OutcomeCounts } from '../core/levels';
import type { ProfileId } from '../core/profiles/ids';
import type { FieldKind, SettingKey } from '../core/settings';
import type { PeerGroup } from '../core/vocab';
import type { WarningCode } from '../core/warnings';

export type { FieldKind };

export interface SettingField {
  readonly key: SettingKey;
  readonly label: string;
  readonly kind: FieldKind;
  /** For 'select': the choices offered (the value typed into «Cấu hình»). */
  readonly options: readonly string[];
  /** The current value as text ('' when blank); dates as yyyy-mm-dd. */
  readonly value: string;
  /** For 'yesNo' and 'select': the text of the blank choice (with the default it stands for, if any). */
  readonly blankLabel: string;
  readonly hint: string;
}

export interface WarningItem {
  /** 1-based row in its sheet; null for a notice that belongs to no row. */
  readonly row: number | null;
  readonly sheet: 'roster' | 'settings' | null;
  readonly name: string;
  /** The message; '' when the group's label says it all (a member's warning). */
  readonly text: string;
}

/** Row errors, setting errors, general notices, or one group per warning code. */
export type WarningGroupKind = 'errors' | 'settings' | 'notices' | WarningCode;

export interface WarningGroup {
  readonly kind: WarningGroupKind;
  /** The group's heading, in Vietnamese. */
  readonly label: string;
  readonly items: WarningItem[];
}

/** The HTXS quota of one pool: a peer group under QĐ 366, or the whole chi bộ (group null). */
export interface QuotaGroupState {
  readonly group: PeerGroup | null;
  /** The group's name in Vietnamese; '' for the whole chi bộ. */
  readonly label: string;
  /** Members at HTXS or HTT (T). */
  readonly base: number;
  readonly allowed: number;
  readonly used: number;
  readonly exceeded: boolean;
}

export interface SidebarState {
  /** The rule profile in force, as «Cấu hình» (or its default) chooses it. */
  readonly profile: { readonly id: ProfileId; readonly name: string };
  /**
   * Why the roster can't be classified (a missing column, no «Danh sách», …), one message
   * a line; empty when it can. When not empty, the counts, N, quota and chi bộ level are
   * not meaningful and the sidebar shows these messages instead.
   */
  readonly problems: string[];
  readonly fields: SettingField[];
  readonly counts: OutcomeCounts;
  /** Whether the chi bộ votes (always under the 2023 plan; by «Biểu quyết tại chi bộ» under QĐ 366). */
  readonly votes: boolean;
  readonly votingBase: number;
  readonly quota: {
    readonly percent: number;
    readonly allowed: number;
    readonly used: number;
    readonly exceeded: boolean;
    /** One entry per pool: one with group null when the quota is pooled, else one per peer group. */
    readonly groups: QuotaGroupState[];
  };
  /** The chi bộ's own level, named as the profile names it. */
  readonly chiBo: { readonly result: Outcome; readonly label: string; readonly reasons: string[] };
  readonly openWarnings: number;
  readonly groups: WarningGroup[];
}

export interface ActionResult {
  readonly message: string;
  readonly state: SidebarState;
}

export interface SaveResult {
  readonly saved: boolean;
  /** Vietnamese messages by field; empty when saved. */
  readonly errors: Partial<Record<SettingKey, string>>;
  readonly state: SidebarState | null;
}

export interface PdfResult {
  readonly fileName: string;
  readonly base64: string;
  readonly state: SidebarState;
}

/** Every google.script.run target the sidebar uses, with its arguments and result. */
export interface ServerApi {
  sidebarState(): SidebarState;
  sidebarSaveSettings(values: Partial<Record<SettingKey, string>>): SaveResult;
  sidebarRecompute(): ActionResult;
  sidebarReport(): ActionResult;
  sidebarBallots(): ActionResult;
  sidebarReviewOrder(): ActionResult;
  sidebarExportPdf(): PdfResult;
  sidebarSelectRow(sheet: 'roster' | 'settings', row: number): void;
}

export const SERVER_FUNCTIONS: readonly (keyof ServerApi)[] = [
  'sidebarState',
  'sidebarSaveSettings',
  'sidebarRecompute',
  'sidebarReport',
  'sidebarBallots',
  'sidebarReviewOrder',
  'sidebarExportPdf',
  'sidebarSelectRow',
];
