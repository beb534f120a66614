/** Sheet names and the words of the template and the generated sheets. */
import { MEMBERSHIP_NAMES } from './domain';
import { partyBodyName, partyCommitteeName } from './party-bodies';

export const SHEET_NAMES = {
  roster: 'Danh sách',
  settings: 'Cấu hình',
  report: 'Báo cáo',
  ballots: 'Phiếu đánh giá',
  htxsBallot: 'Phiếu HTXS',
  reviewOrder: 'Trình tự kiểm điểm',
} as const;

/** Choices offered by the dropdowns of «Tạo bảng mẫu» and the sidebar form. */
export const DROPDOWNS = {
  membership: [MEMBERSHIP_NAMES.official, MEMBERSHIP_NAMES.probationary],
  emulation: ['HTXS', 'CSTĐCS', 'HTT', 'HT', 'HT-HC', 'KHT'],
  ranks: ['Mức cao nhất', 'Mức cao thứ hai', 'Mức cao thứ ba', 'Mức thấp nhất'],
} as const;

export const TEMPLATE = {
  settingsHeader: ['Thông số', 'Giá trị'],
  created: (sheets: string) => `Đã tạo bảng mẫu: ${sheets}. Dữ liệu sẵn có không bị thay đổi.`,
  /** Both sheets existed: what was added for the profile in force. */
  alreadyThere: (profile: string, columns: number, labels: number) =>
    columns + labels === 0
      ? `Các trang đã có sẵn và đủ các cột, thông số của bộ quy tắc «${profile}»; đã cập nhật danh sách chọn và định dạng. Dữ liệu sẵn có không bị thay đổi.`
      : `Đã bổ sung ${columns} cột vào «${SHEET_NAMES.roster}» và ${labels} thông số vào «${SHEET_NAMES.settings}» theo bộ quy tắc «${profile}», cùng danh sách chọn và định dạng. Dữ liệu sẵn có không bị thay đổi.`,
  validationHelp: {
    membership: 'Chọn «Chính thức» hoặc «Dự bị».',
    status: 'Để trống nếu sinh hoạt bình thường.',
    emulation: 'Kết quả thi đua năm học.',
    level: 'Một mức: HTXS, HTT, HT, KHT.',
    yesNo: 'Chọn «Có» hoặc «Không».',
    peerGroup: 'Để trống thì lấy theo cột «Lãnh đạo, quản lý».',
  },
} as const;

/** Words of the generated sheets (report, ballots, review order). */
export const DOC = {
  dots: '……………',
  shortDots: '……',
  party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  rule: '───────────────',
  partyCommittee: (name: string) => (name.trim() ? partyBodyName(name) : 'Đảng bộ ……………').toUpperCase(),
  chiBo: (name: string) => (name ? (/^chi bộ/i.test(name) ? name : `Chi bộ ${name}`) : 'Chi bộ ……………').toUpperCase(),
  star: '*',
  /** «Số văn bản» typed whole («15-BC/CBTHPTAB2») is printed as typed; a bare number gets the symbol. */
  number: (n: string, symbol: string) => (/[-/]/.test(n) ? `Số: ${n}` : `Số: ${n || '……'}-${symbol || 'BC/CB'}`),
  opening: (basis: string, chiBo: string, year: number) =>
    `Thực hiện ${basis || '……………'}, ${chiBo || 'Chi bộ ……………'} báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm ${year} như sau:`,
  totalRow: 'Tổng cộng',
  closing: (chiBo: string, year: number) =>
    `Trên đây là báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm ${year} của ${chiBo || 'chi bộ'}.`,
  placeDate: (place: string, day: string, month: string, year: string) =>
    `${place || '……………'}, ngày ${day || '……'} tháng ${month || '……'} năm ${year || '……'}`,
  reportTitle: 'BÁO CÁO',
  reportSubtitle: (year: number) => `Kết quả đánh giá, xếp loại chất lượng đảng viên và chi bộ năm ${year}`,
  section1: 'I. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN',
  total: (n: number, official: number, probationary: number) =>
    `Tổng số đảng viên của chi bộ: ${n} đồng chí (chính thức: ${official}, dự bị: ${probationary}).`,
  classified: (n: number) => `Số đảng viên được đánh giá, xếp loại: ${n} đồng chí.`,
  notClassified: (n: number, reasons: string) => `Số đảng viên không xếp loại: ${n} đồng chí${reasons ? ` (${reasons})` : ''}.`,
  pending: (n: number, reasons: string) => `Số đảng viên chưa xếp loại: ${n} đồng chí${reasons ? ` (${reasons})` : ''}.`,
  figuresHead: ['Mức xếp loại', '', '', 'Số lượng', 'Tỷ lệ'],
  percentBase: (n: number) => `Tỷ lệ tính trên ${n} đảng viên được xếp loại.`,
  quota: (p: number, base: number, allowed: number, used: number) =>
    `Hạn mức HTXS: không vượt quá ${p}% số đảng viên Hoàn thành tốt nhiệm vụ. Số đảng viên HTXS và HTT: ${base}; số HTXS tối đa: ${allowed}; số HTXS đã xếp loại: ${used}.`,
  quotaExceeded: 'Số HTXS đang VƯỢT hạn mức: chi bộ cần xem xét lại.',
  section2: 'II. KẾT QUẢ TỰ ĐÁNH GIÁ, XẾP LOẠI CHI BỘ',
  cellLevel: (level: string) => `Chi bộ tự xếp loại: ${level}.`,
  section3: 'III. DANH SÁCH ĐẢNG VIÊN VÀ KẾT QUẢ XẾP LOẠI',
  listHead: ['STT', 'Họ và tên', 'Chức vụ', 'Kết quả xếp loại', 'Ghi chú'],
  section4: 'IV. KIẾN NGHỊ, ĐỀ XUẤT',
  commendation: (names: string) => `Đề nghị cấp trên khen thưởng các đồng chí hoàn thành xuất sắc nhiệm vụ: ${names}.`,
  noCommendation: 'Năm nay chi bộ không có đồng chí nào xếp loại hoàn thành xuất sắc nhiệm vụ để đề nghị khen thưởng.',
  generalLine: (text: string) => `- ${text}`,
  recipientsTitle: 'Nơi nhận:',
  /** «Cơ quan nhận báo cáo» as typed, else the organising board of the upper committee. */
  recipients: (receiver: string, parent: string) => [
    `- ${receiver.trim() || (parent.trim() ? `Ban Tổ chức ${partyCommitteeName(parent)}` : 'Ban Tổ chức cấp ủy cấp trên')};`,
    '- Đảng viên chi bộ;',
    '- Lưu hồ sơ chi bộ.',
  ],
  signFor: 'T/M CHI BỘ',
  secretary: 'BÍ THƯ',
  probationary: 'Dự bị',
  ballotTitle: (year: number) => `PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM ${year}`,
  ballotInstruction: 'Đánh một dấu X duy nhất trên mỗi dòng vào ô mức xếp loại mà đồng chí tán thành.',
  ballotHead: ['STT', 'Họ và tên', 'HTXS', 'HTT', 'HT', 'KHT'],
  /** When HTXS has a ballot of its own, the member ballot has no HTXS column: nobody votes HTXS twice. */
  ballotHeadWithoutHtxs: ['STT', 'Họ và tên', 'HTT', 'HT', 'KHT'],
  ballotVoters: (copies: number) =>
    `Phiếu dành cho đảng viên chính thức; số phiếu cần in: ${copies} (số đảng viên chính thức biểu quyết).`,
  ballotLegendWithoutHtxs:
    'HTT: Hoàn thành tốt nhiệm vụ; HT: Hoàn thành nhiệm vụ; KHT: Không hoàn thành nhiệm vụ. Mức Hoàn thành xuất sắc nhiệm vụ biểu quyết bằng phiếu riêng.',
  ballotLegend:
    'HTXS: Hoàn thành xuất sắc nhiệm vụ; HTT: Hoàn thành tốt nhiệm vụ; HT: Hoàn thành nhiệm vụ; KHT: Không hoàn thành nhiệm vụ.',
  htxsBallotTitle: (year: number) => `PHIẾU BIỂU QUYẾT ĐẢNG VIÊN HOÀN THÀNH XUẤT SẮC NHIỆM VỤ NĂM ${year}`,
  htxsBallotInstruction: 'Đánh dấu X vào ô «Đồng ý» hoặc «Không đồng ý» trên mỗi dòng.',
  htxsBallotHead: ['STT', 'Họ và tên', 'Đồng ý', 'Không đồng ý'],
  noHtxsProposal: 'Chưa có đảng viên nào được đề xuất mức Hoàn thành xuất sắc nhiệm vụ.',
  reviewTitle: (year: number) => `TRÌNH TỰ KIỂM ĐIỂM TẬP THỂ, CÁ NHÂN NĂM ${year}`,
  reviewNote: 'Kiểm điểm tập thể trước, cá nhân sau; người đứng đầu trước, cấp phó và các thành viên sau.',
  reviewHead: [
    'STT',
    'Nội dung / Họ và tên',
    'Chức vụ',
    'Bản kiểm điểm',
    'Phiếu nhận xét nơi cư trú',
    'Phiếu bổ sung lý lịch',
    'Người chủ trì',
    'Ghi chú',
  ],
  /** When the roster has no «Lãnh đạo, quản lý» column. */
  leadersFromPosts:
    'Trang «Danh sách» không có cột «Lãnh đạo, quản lý»: người giữ chức vụ lãnh đạo, quản lý được nhận ra từ cột «Chức vụ» (Bí thư, Hiệu trưởng, Phó…, Trưởng…, Tổ trưởng…).',
  // Plan I.4.2.a: the leadership of the school and unions first, the party committee after.
  collectives: ['Kiểm điểm tập thể lãnh đạo, quản lý nhà trường', 'Kiểm điểm tập thể Chi ủy chi bộ'],
  collectiveGroup: 'A. Tập thể',
  leaderGroup: 'B. Cá nhân giữ chức vụ lãnh đạo, quản lý',
  memberGroup: 'C. Đảng viên',
  handedIn: '✓',
  missing: 'Thiếu',
} as const;
