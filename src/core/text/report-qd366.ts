/**
 * Words of «Báo cáo» and «In phiếu đánh giá» under the QĐ 366 profile (design-QD366 §5):
 * the per-group figures, the quota per peer group, the proposed results, the chi bộ's
 * scores as in Mẫu 01 part B, and the closing request to the đảng ủy.
 */
import { settingLabel } from './columns';
import { YES } from './domain';
import { partyCommitteeName } from './party-bodies';
import { DOC, SHEET_NAMES } from './sheets';
import { MENU } from './ui';

/** The upper committee, «Đảng ủy xã X» or «Huyện ủy X»; blank → dotted line. */
function partyCommitteeOf(parent: string): string {
  return parent.trim() ? partyCommitteeName(parent) : `Đảng ủy ${DOC.dots}`;
}

export const REPORT_QD366 = {
  subtitle: (year: number) => `Kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm ${year}`,
  figuresHead: { level: 'Mức xếp loại', total: 'Tổng số', percent: 'Tỷ lệ' },
  figuresSum: 'Cộng',
  /** "2A: Lãnh đạo, quản lý; 2B: …" under the figures table. */
  groupLegend: (groups: readonly (readonly [short: string, name: string])[]) =>
    `Nhóm đối tượng: ${groups.map(([short, name]) => `${short} — ${name}`).join('; ')}.`,
  quotaByGroup: (p: number) =>
    `Hạn mức HTXS: không vượt quá ${p}% số đảng viên Hoàn thành tốt nhiệm vụ, tính riêng cho từng nhóm đối tượng:`,
  quotaGroup: (short: string, name: string, base: number, allowed: number, used: number) =>
    `- ${name} (${short}): số đảng viên HTXS và HTT: ${base}; số HTXS tối đa: ${allowed}; số HTXS đề nghị: ${used}.`,
  quotaPooled: (p: number, base: number, allowed: number, used: number) =>
    `Hạn mức HTXS: không vượt quá ${p}% số đảng viên Hoàn thành tốt nhiệm vụ, tính chung cho cả chi bộ. Số đảng viên HTXS và HTT: ${base}; số HTXS tối đa: ${allowed}; số HTXS đề nghị: ${used}.`,
  quotaGroupExceeded: 'VƯỢT hạn mức',
  listHead: ['STT', 'Họ và tên', 'Chức vụ', 'Nhóm', 'Điểm', 'Kết quả xếp loại', 'Ghi chú'],
  /** A result the chi bộ proposes and the competent level has not decided yet ("(đề nghị)" never split across lines). */
  proposed: (level: string) => `${level} (đề\u00a0nghị)`,
  scoresTitle: 'Điểm tự đánh giá của chi bộ (Mẫu 01, phần B):',
  scoresHead: ['Nhóm tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'],
  scoreRows: {
    general: 'Nhóm tiêu chí chung',
    task: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
    total: 'Tổng điểm',
  },
  closing: (parent: string) => `Chi bộ đề nghị ${partyCommitteeOf(parent)} xem xét, quyết định.`,
} as const;

export const BALLOTS_QD366 = {
  notUsed: `Chi bộ không biểu quyết xếp loại («${settingLabel('votesAtMeeting')}» đang là Không) nên không dùng phiếu đánh giá; trang «${SHEET_NAMES.ballots}» không được tạo. Nếu chi bộ biểu quyết, hãy đặt «${settingLabel('votesAtMeeting')}» = ${YES} trong trang «${SHEET_NAMES.settings}» rồi chọn lại «${MENU.ballots}».`,
} as const;
