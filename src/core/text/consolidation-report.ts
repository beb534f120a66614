/**
 * Words of the đảng ủy's documents (issue 13): «Báo cáo tổng hợp kết quả đánh giá, xếp loại
 * chất lượng tổ chức đảng và đảng viên» and the decision list sent back to each chi bộ.
 */
import { COLUMN_WORDS } from './columns';
import { partyBodyName, partyCommitteeName } from './party-bodies';
import { DOC } from './sheets';

/** «ĐẢNG BỘ HUYỆN PHÙ CÁT» from whatever form was typed; blank → a dotted line. */
const upperBody = (typed: string) => (typed.trim() ? partyBodyName(typed) : `Đảng bộ ${DOC.dots}`).toUpperCase();
/**
 * «Quyết định cấp trên»: the roster column the decisions are pasted into. A function, so that
 * no property is read when the module loads: bundles that import the text index (the
 * sidebar) then leave this module out.
 */
const upperDecision = () => COLUMN_WORDS.upperDecision.headers[0];
/** «Đảng ủy xã An Bình» from «xã An Bình», «Đảng bộ xã An Bình» or «Đảng ủy xã An Bình». */
const committee = (typed: string) => (typed.trim() ? partyCommitteeName(typed) : `Đảng ủy ${DOC.dots}`);

export const CONSOLIDATION_REPORT = {
  sheetName: 'Báo cáo tổng hợp',
  docName: (year: number) => `Báo cáo tổng hợp xếp loại năm ${year}`,
  upperBody,
  committee,
  committeeHeader: (typed: string) => committee(typed).toUpperCase(),
  defaultSymbol: 'BC/ĐU',
  title: 'BÁO CÁO',
  subtitle: (year: number) => `Tổng hợp kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${year}`,
  opening: (typed: string, chiBo: number, members: number, year: number) =>
    `${committee(typed)} tổng hợp kết quả kiểm điểm, đánh giá, xếp loại chất lượng năm ${year} của ${chiBo} chi bộ trực thuộc với ${members} đảng viên như sau:`,
  section1: 'I. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN',
  totals: (members: number, classified: number, kxl: number, cxl: number) =>
    `Tổng số đảng viên: ${members} đồng chí; được đánh giá, xếp loại: ${classified}; không xếp loại: ${kxl}; chưa xếp loại: ${cxl}.`,
  byChiBoTitle: '1. Kết quả xếp loại đảng viên theo từng chi bộ',
  byChiBoHead: {
    stt: 'STT',
    chiBo: 'Chi bộ',
    members: 'Số đảng viên',
    count: 'SL',
    percent: 'Tỷ lệ',
    notClassified: 'KXL, CXL',
  },
  sumRow: 'Cộng',
  percentBase: 'Tỷ lệ tính trên số đảng viên được xếp loại của từng dòng.',
  levelLegend:
    'HTXS: Hoàn thành xuất sắc nhiệm vụ; HTT: Hoàn thành tốt nhiệm vụ; HT: Hoàn thành nhiệm vụ; KHT: Không hoàn thành nhiệm vụ; KXL: không xếp loại; CXL: chưa xếp loại.',
  byGroupTitle: '2. Kết quả xếp loại đảng viên theo nhóm đối tượng',
  byGroupHead: { level: 'Mức xếp loại', all: 'Toàn đảng bộ' },
  quotaTitle: (n: number) => `${n}. Hạn mức đảng viên hoàn thành xuất sắc nhiệm vụ`,
  quotaAcrossDangBo: (p: number) =>
    `Số đảng viên HTXS không vượt quá ${p}% số đảng viên Hoàn thành tốt nhiệm vụ, tính cho từng nhóm đối tượng trong toàn đảng bộ:`,
  quotaPooledDangBo: (p: number) =>
    `Số đảng viên HTXS không vượt quá ${p}% số đảng viên Hoàn thành tốt nhiệm vụ, tính chung trong toàn đảng bộ:`,
  quotaPerChiBo: (p: number) =>
    `Số đảng viên HTXS không vượt quá ${p}% số đảng viên Hoàn thành tốt nhiệm vụ, tính riêng trong từng chi bộ:`,
  quotaLine: (what: string, base: number, allowed: number, proposed: number, used: number) =>
    `- ${what}: số đảng viên HTXS và HTT: ${base}; số HTXS tối đa: ${allowed}; chi bộ đề nghị: ${proposed}; đảng ủy xếp loại: ${used}.`,
  allGroups: 'Toàn đảng bộ',
  groupWhat: (short: string, name: string) => `${name} (${short})`,
  chiBoGroupWhat: (chiBo: string, short: string) => `${chiBo}, nhóm ${short}`,
  changedTitle: (n: number) => `${n}. Đảng viên được đảng ủy xếp loại khác đề nghị của chi bộ`,
  noChange: 'Đảng ủy xếp loại tất cả đảng viên đúng như đề nghị của các chi bộ.',
  changedCount: (n: number) => `Có ${n} đồng chí được xếp loại khác đề nghị của chi bộ:`,
  changedHead: {
    stt: 'STT',
    name: 'Họ và tên',
    chiBo: 'Chi bộ',
    group: 'Nhóm',
    score: 'Điểm',
    proposed: 'Chi bộ đề nghị',
    decided: 'Đảng ủy xếp loại',
  },
  section2: 'II. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHI BỘ',
  levelsHead: {
    stt: 'STT',
    chiBo: 'Chi bộ',
    score: 'Điểm',
    proposed: 'Chi bộ tự xếp loại',
    decided: 'Đảng ủy xếp loại',
    note: 'Ghi chú',
  },
  levelNote: { demoted: 'Hạ do hạn mức', tie: 'Bằng điểm tại ngưỡng, đảng ủy chọn' },
  collectiveQuota: (p: number, base: number, allowed: number, used: number) =>
    `Hạn mức tổ chức đảng HTXS: không vượt quá ${p}% số chi bộ Hoàn thành tốt nhiệm vụ. Số chi bộ HTXS và HTT: ${base}; số chi bộ HTXS tối đa: ${allowed}; số chi bộ HTXS: ${used}.`,
  chiBoTotals: (n: number, parts: string) => `Tổng số chi bộ: ${n}; trong đó ${parts}.`,
  chiBoPart: (level: string, n: number) => `${level}: ${n}`,
  section3: 'III. KIẾN NGHỊ',
  commendation: (n: number) =>
    n > 0
      ? `- Đề nghị cấp trên khen thưởng ${n} đảng viên hoàn thành xuất sắc nhiệm vụ (danh sách kèm theo từng chi bộ).`
      : '- Năm nay đảng bộ không có đảng viên hoàn thành xuất sắc nhiệm vụ để đề nghị khen thưởng.',
  memberTies: (n: number) =>
    `- ${n} đảng viên bằng điểm tại ngưỡng hạn mức HTXS được tạm xếp Hoàn thành tốt nhiệm vụ: đề nghị Đảng ủy xem xét, chọn người giữ mức HTXS.`,
  openCases: (n: number) =>
    `- ${n} đảng viên không đáp ứng điều kiện của mức nào, chưa xếp loại: đề nghị Đảng ủy xem xét, quyết định.`,
  chiBoTies: (n: number) =>
    `- ${n} chi bộ bằng điểm tại ngưỡng hạn mức tổ chức đảng HTXS được tạm xếp Hoàn thành tốt nhiệm vụ: đề nghị Đảng ủy xem xét, chọn.`,
  closing: (typed: string, year: number) =>
    `Trên đây là báo cáo tổng hợp kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${year} của ${committee(typed)}.`,
  signFor: 'T/M ĐẢNG ỦY',
  signerTitle: 'BÍ THƯ',
  /** «Nơi nhận» when none is given: the organising board of the upper body, the chi bộ, the file. */
  recipients: (upper: string) => [
    `- ${upper.trim() ? `Ban Tổ chức ${partyCommitteeName(upper)}` : 'Ban Tổ chức cấp ủy cấp trên'};`,
    '- Các chi bộ trực thuộc;',
    '- Lưu Văn phòng Đảng ủy.',
  ],
} as const;

/** Words of the decision list: one sheet per chi bộ, rows where the chi bộ's «Danh sách» has them. */
export const DECISION_LIST = {
  sheetName: 'Quyết định đảng ủy',
  title: (chiBo: string, year: number) => `Danh sách kết quả xếp loại đảng viên năm ${year} — ${chiBo}`,
  head: () => [
    'STT',
    'Họ và tên',
    'Nhóm',
    'Điểm',
    'Chi bộ đề nghị',
    `Đảng ủy quyết định (dán vào cột «${upperDecision()}»)`,
    'Ghi chú',
  ],
  changed: 'Khác đề nghị của chi bộ (Mẫu 03)',
  howToPaste: (column: string, first: number, last: number) =>
    `Cách dùng: chép các ô ${column}${first}:${column}${last} rồi dán (chỉ dán giá trị) vào cột «${upperDecision()}» của trang «Danh sách», bắt đầu từ hàng ${first}: mỗi đảng viên nằm đúng hàng của mình. Để trống: đảng viên không xếp loại hoặc chưa xếp loại.`,
  noMembers: 'Chi bộ không có đảng viên nào trong danh sách.',
} as const;

/** Words of the working sheets of tong-hop.xlsx: the figures per chi bộ and group, and every member. */
export const CONSOLIDATION_SHEETS = {
  summaryName: 'Tổng hợp',
  membersName: 'Đảng viên',
  summaryTitle: (year: number) => `Tổng hợp kết quả xếp loại năm ${year} theo chi bộ`,
  chiBoHead: [
    'STT',
    'Chi bộ',
    'Tệp',
    'Số đảng viên',
    'Số đảng viên chính thức (N)',
    'HTXS',
    'HTT',
    'HT',
    'KHT',
    'KXL',
    'CXL',
    'Điểm chi bộ',
    'Chi bộ tự xếp loại',
    'Đảng ủy xếp loại',
  ],
  sumRow: 'Cộng',
  groupTitle: 'Theo nhóm đối tượng và hạn mức HTXS',
  groupHead: [
    'Nhóm',
    '',
    'Số HTXS và HTT',
    'HTXS tối đa',
    'Chi bộ đề nghị HTXS',
    'HTXS',
    'HTT',
    'HT',
    'KHT',
    'KXL',
    'CXL',
    'Vượt hạn mức',
  ],
  allMembers: 'Tất cả đảng viên',
  scopeDangBo: 'Hạn mức HTXS tính trong toàn đảng bộ.',
  scopeChiBo: 'Hạn mức HTXS tính riêng trong từng chi bộ; các số trên là tổng của các chi bộ.',
  exceeded: 'Vượt',
  membersHead: [
    'STT',
    'Chi bộ',
    'Hàng trong «Danh sách»',
    'Họ và tên',
    'Nhóm',
    'Điểm',
    'Chi bộ đề nghị',
    'Đảng ủy xếp loại',
    'Thay đổi',
    'Cảnh báo',
  ],
  changed: 'Có',
} as const;
