/**
 * Every piece of Vietnamese text a user can see lives here, so the wording can be
 * reviewed in one place. Identifiers stay in English; values stay in Vietnamese.
 */
import type { Outcome } from './levels';
import type { Emulation, Fault, Membership, Status, TaskResult } from './vocab';

export const APP_NAME = 'Phân loại';

export const LEVEL_NAMES: Record<Outcome, string> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  KHT: 'Không hoàn thành nhiệm vụ',
  KXL: 'Không xếp loại',
  CXL: 'Chưa xếp loại',
};

/** For the chi bộ itself, KHT reads "Yếu kém" in the default profile. */
export const CELL_LEVEL_NAMES: Record<Outcome, string> = {
  ...LEVEL_NAMES,
  KHT: 'Yếu kém',
  CXL: 'Chưa xếp loại (thiếu tiêu chí)',
};

export const EMULATION_NAMES: Record<Emulation, string> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  CSTDCS: 'Chiến sĩ thi đua cơ sở',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  'HT-HC': 'Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực',
  KHT: 'Không hoàn thành nhiệm vụ',
};

export const MEMBERSHIP_NAMES: Record<Membership, string> = {
  official: 'Chính thức',
  probationary: 'Dự bị',
};

export const STATUS_NAMES: Record<Status, string> = {
  active: '',
  absent: 'Vắng mặt',
  exempt: 'Miễn sinh hoạt',
  suspended: 'Đình chỉ sinh hoạt',
  under6months: 'Chưa đủ 6 tháng',
};

export const FAULT_NAMES: Record<Fault, string> = {
  task: 'Không hoàn thành nhiệm vụ chi bộ giao',
  violation: 'Vi phạm điều đảng viên không được làm',
  disunity: 'Không chấp hành phân công / gây mất đoàn kết',
  degradation: 'Suy thoái tư tưởng chính trị',
};

export const TASK_RESULT_NAMES: Record<TaskResult, string> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  FAILED2: 'Không hoàn thành từ 02 nhiệm vụ trở lên',
};

export const YES = 'Có';
export const NO = 'Không';

export const SHEET_NAMES = {
  roster: 'Danh sách',
  settings: 'Cấu hình',
  report: 'Báo cáo',
  ballots: 'Phiếu đánh giá',
  reviewOrder: 'Trình tự kiểm điểm',
} as const;

/** Roster headers: the canonical text first, then accepted aliases. */
export const HEADERS = {
  stt: ['STT', 'Số TT', 'Số thứ tự', 'TT'],
  name: ['Họ và tên', 'Họ tên', 'Tên đảng viên', 'Đảng viên'],
  post: ['Chức vụ', 'Chức vụ chính quyền', 'Chức vụ, đoàn thể'],
  leader: ['Lãnh đạo, quản lý', 'Lãnh đạo quản lý', 'Cán bộ lãnh đạo, quản lý', 'LĐQL'],
  membership: ['Loại đảng viên', 'Đảng viên chính thức/dự bị', 'Chính thức/Dự bị', 'Loại ĐV'],
  status: ['Tình trạng', 'Tình trạng sinh hoạt', 'Trạng thái'],
  admissionDate: ['Ngày vào Đảng', 'Ngày kết nạp', 'Ngày vào đảng'],
  emulation: ['Kết quả thi đua', 'Thi đua', 'Kết quả thi đua năm học', 'Xếp loại thi đua'],
  sickMonths: ['Số tháng nghỉ ốm', 'Nghỉ ốm (tháng)', 'Tháng nghỉ ốm', 'Nghỉ ốm'],
  discipline: ['Đang chấp hành kỷ luật', 'Kỷ luật', 'Đang bị kỷ luật'],
  faults: ['Khuyết điểm', 'Khuyết điểm thuộc diện KHT', 'Vi phạm'],
  selfAssessment: ['Tự xếp loại', 'Tự đánh giá', 'Cá nhân tự xếp loại'],
  committeeProposal: ['Chi ủy đề xuất', 'Chi uỷ đề xuất', 'Đề xuất của chi ủy', 'Cấp ủy đề xuất'],
  votesHTXS: ['Phiếu HTXS', 'Số phiếu HTXS', 'Phiếu hoàn thành xuất sắc'],
  votesHTT: ['Phiếu HTT', 'Số phiếu HTT', 'Phiếu hoàn thành tốt'],
  votesHT: ['Phiếu HT', 'Số phiếu HT', 'Phiếu hoàn thành'],
  votesKHT: ['Phiếu KHT', 'Số phiếu KHT', 'Phiếu không hoàn thành'],
  conclusion: ['Kết luận chi bộ', 'Chi bộ kết luận', 'Kết luận'],
  docSelfReview: ['Bản kiểm điểm', 'Bản tự kiểm điểm', 'Nộp bản kiểm điểm'],
  docResidence: ['Phiếu nhận xét nơi cư trú', 'Nhận xét nơi cư trú', 'Phiếu nhận xét của cấp ủy nơi cư trú'],
  docBiography: ['Phiếu bổ sung lý lịch', 'Bổ sung lý lịch', 'Phiếu BSLL'],
  outCeiling: ['Mức theo tiêu chí'],
  outByVotes: ['Mức theo phiếu'],
  outResult: ['Kết quả xếp loại'],
  outWarnings: ['Cảnh báo'],
  outExplanation: ['Giải thích'],
} as const;

export type ColumnKey = keyof typeof HEADERS;

/** How to fill each input column: shown when a value is wrong or a column is missing. */
export const COLUMN_HINTS: Partial<Record<ColumnKey, string>> = {
  name: 'Nhập đầy đủ họ và tên đảng viên.',
  leader: 'Nhập «Có» hoặc «Không» (hoặc đánh dấu ô chọn).',
  membership: 'Nhập «Chính thức» hoặc «Dự bị».',
  status:
    'Để trống nếu đảng viên sinh hoạt bình thường, hoặc nhập một trong: Vắng mặt; Miễn sinh hoạt; Đình chỉ sinh hoạt; Chưa đủ 6 tháng.',
  admissionDate: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/12/2023.',
  emulation:
    'Nhập một trong: HTXS (Hoàn thành xuất sắc nhiệm vụ), CSTĐCS (Chiến sĩ thi đua cơ sở), HTT, HT, HT-HC (Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực), KHT.',
  sickMonths: 'Nhập số tháng nghỉ ốm trong năm, từ 0 đến 12 (để trống nghĩa là 0).',
  discipline: 'Nhập «Có» nếu đảng viên đang chấp hành kỷ luật trong thời hạn 01 năm, ngược lại nhập «Không».',
  faults:
    'Để trống, hoặc nhập một hay nhiều khuyết điểm, cách nhau bằng dấu phẩy hoặc chấm phẩy: Không hoàn thành nhiệm vụ chi bộ giao; Vi phạm điều đảng viên không được làm; Không chấp hành phân công / gây mất đoàn kết; Suy thoái tư tưởng chính trị.',
  selfAssessment: 'Để trống hoặc nhập một mức: HTXS, HTT, HT, KHT.',
  committeeProposal: 'Để trống hoặc nhập một mức: HTXS, HTT, HT, KHT.',
  votesHTXS: 'Nhập số phiếu là số nguyên từ 0 trở lên (để trống nghĩa là 0).',
  votesHTT: 'Nhập số phiếu là số nguyên từ 0 trở lên (để trống nghĩa là 0).',
  votesHT: 'Nhập số phiếu là số nguyên từ 0 trở lên (để trống nghĩa là 0).',
  votesKHT: 'Nhập số phiếu là số nguyên từ 0 trở lên (để trống nghĩa là 0).',
  conclusion: 'Để trống hoặc nhập mức chi bộ đã quyết định: HTXS, HTT, HT, KHT.',
  docSelfReview: 'Đánh dấu ô chọn, hoặc nhập «Có»/«Không».',
  docResidence: 'Đánh dấu ô chọn, hoặc nhập «Có»/«Không».',
  docBiography: 'Đánh dấu ô chọn, hoặc nhập «Có»/«Không».',
};

export function headerOf(key: ColumnKey): string {
  return HEADERS[key][0];
}

/** Quoted value for messages; long values are cut so a message stays readable. */
export function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `«${short}»`;
}

export const MSG = {
  cellError: (row: number, column: string, value: string, problem: string, hint: string) =>
    `Dòng ${row}, cột «${column}»: ${value === '' ? 'ô đang để trống' : `giá trị ${quote(value)}`} ${problem}. ${hint}`.trim(),
  settingError: (label: string, value: string, problem: string, hint: string) =>
    `Cấu hình «${label}»: ${value === '' ? 'ô đang để trống' : `giá trị ${quote(value)}`} ${problem}. ${hint}`.trim(),
  missingColumn: (header: string, sheet: string) =>
    `Thiếu cột «${header}» trong trang «${sheet}». Hãy thêm một cột có tiêu đề «${header}» vào dòng tiêu đề (dòng 1), hoặc chạy «Phân loại → Tạo bảng mẫu» để có đủ các cột.`,
  duplicateColumn: (header: string, first: string, second: string) =>
    `Cột «${header}» xuất hiện hai lần (tiêu đề «${first}» và «${second}»). Hãy xóa hoặc đổi tên một cột.`,
  noHeader: (sheet: string) =>
    `Trang «${sheet}» không có dòng tiêu đề. Dòng 1 phải chứa tiêu đề các cột, ví dụ «Họ và tên», «Loại đảng viên», «Kết quả thi đua».`,
  noMembers: (sheet: string) => `Trang «${sheet}» chưa có đảng viên nào dưới dòng tiêu đề.`,
  noVotingBase:
    'Không có đảng viên chính thức nào đang sinh hoạt, nên không thể tính tỷ lệ phiếu. Hãy kiểm tra cột «Loại đảng viên» và «Tình trạng», hoặc nhập «Số đảng viên chính thức (mẫu số)» trong trang «Cấu hình».',

  problem: {
    required: 'nhưng đây là thông tin bắt buộc',
    notNumber: 'không phải là số',
    notWhole: 'phải là số nguyên (không có phần lẻ)',
    negative: 'không được là số âm',
    sickRange: 'phải nằm trong khoảng từ 0 đến 12',
    percentRange: 'phải là số nguyên từ 0 đến 100',
    notYesNo: 'không phải «Có» hoặc «Không»',
    notDate: 'không phải là một ngày có thật',
    notLevel: 'không phải là một mức xếp loại',
    notEmulation: 'không phải là một kết quả thi đua được chấp nhận',
    notMembership: 'không phải «Chính thức» hoặc «Dự bị»',
    notStatus: 'không phải là một tình trạng được chấp nhận',
    notFault: (part: string) => `có khuyết điểm ${quote(part)} không thuộc danh mục`,
    notTaskResult: 'không phải là một kết quả thực hiện nhiệm vụ được chấp nhận',
    notRank: 'không phải là một mức xếp loại từ 1 (cao nhất) đến 4 (thấp nhất)',
    notYear: 'không phải là một năm hợp lệ',
    notProfile: 'không phải là một bộ quy tắc đã có',
    tallyAboveBase: (base: number) => `lớn hơn số đảng viên chính thức được biểu quyết (${base})`,
    tallySumAboveBase: (sum: number, base: number, columns: string) =>
      `làm tổng số phiếu (${columns}) bằng ${sum}, lớn hơn số đảng viên chính thức được biểu quyết (${base})`,
  },
  hint: {
    tally: 'Hãy kiểm tra lại biên bản kiểm phiếu.',
    tallySum:
      'Mỗi đảng viên chính thức chỉ chọn một mức trên phiếu, nên tổng số phiếu không thể vượt quá số người biểu quyết. Hãy kiểm tra lại biên bản kiểm phiếu.',
    year: 'Nhập năm gồm 4 chữ số, ví dụ 2023.',
    text: '',
    date: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/12/2023.',
    yesNo: 'Nhập «Có» hoặc «Không».',
    percent: 'Nhập một số nguyên từ 0 đến 100, ví dụ 15.',
    votingBase: 'Nhập số nguyên lớn hơn 0, hoặc để trống để tự đếm từ danh sách.',
    level: 'Nhập một mức: HTXS, HTT, HT hoặc KHT.',
    taskResult: 'Nhập một trong: HTXS; HTT; HT; Không hoàn thành từ 02 nhiệm vụ.',
    rank: 'Nhập 1, 2, 3, 4, hoặc «Mức cao nhất», «Mức cao thứ hai», «Mức cao thứ ba», «Mức thấp nhất».',
    profile: (names: string) => `Các bộ quy tắc hiện có: ${names}.`,
  },
} as const;

/** Short warning labels for the «Cảnh báo» column, and sentences for «Giải thích». */
export const WARN = {
  absent: 'Vắng mặt',
  notClassifiedStatus: (status: string) => `Không xếp loại: ${status.toLowerCase()}`,
  rowError: 'Lỗi dữ liệu',
  missingEmulation: 'Thiếu kết quả thi đua',
  khtNotEnoughVotes: 'KHT chưa đủ phiếu',
  khtVotesWithoutFault: 'Có phiếu KHT nhưng chưa ghi khuyết điểm',
  notEnoughVotes: 'Chưa đủ phiếu',
  quotaDemoted: 'Hạ do hạn mức HTXS',
  quotaTie: 'Bằng phiếu tại ngưỡng HTXS',
  overrideAboveCeiling: 'Kết luận vượt mức tiêu chí',
  overrideNotSupported: 'Kết luận chưa đủ phiếu',
  overrideIgnored: 'Kết luận không áp dụng',
  quotaExceeded: 'Vượt hạn mức HTXS',
  missingDocuments: 'Thiếu hồ sơ',
  under6monthsByDate: 'Chưa đủ 6 tháng tuổi đảng',
} as const;

export const EXPLAIN = {
  notClassified: (status: string) =>
    `${status}: không xếp loại chất lượng, nhưng vẫn tham gia kiểm điểm.`,
  under6monthsByDate: (date: string, meeting: string) =>
    `Vào Đảng ngày ${date}, chưa đủ 6 tháng tính đến ngày họp ${meeting}: không xếp loại chất lượng, nhưng vẫn tham gia kiểm điểm.`,
  absent: 'Vắng mặt: đánh giá, phân loại vào cuộc họp chi bộ gần nhất khi đảng viên có mặt.',
  rowError: 'Dữ liệu của dòng này có lỗi nên chưa xếp loại; hãy sửa theo thông báo lỗi rồi chạy «Tính lại».',
  khtCriteria: (reasons: string) => `Thuộc diện không hoàn thành nhiệm vụ (${reasons}).`,
  disciplineReason: 'đang chấp hành kỷ luật',
  emulationKhtReason: 'kết quả thi đua ở mức Không hoàn thành nhiệm vụ',
  faultReason: (faults: string) => `khuyết điểm: ${faults}`,
  ceilingFromEmulation: (emulation: string, level: string) =>
    `Kết quả thi đua «${emulation}» cho phép tối đa mức ${level}.`,
  missingEmulation: 'Chưa có kết quả thi đua năm học nên chưa xác định được mức tối đa.',
  sickLeaveCap: (months: string) =>
    `Nghỉ ốm ${months} tháng (từ 03 tháng trở lên) nên không được xếp từ mức Hoàn thành tốt nhiệm vụ trở lên.`,
  votes: (level: string, votes: number, base: number, fraction: string) =>
    `Mức ${level} có ${votes}/${base} phiếu, trên ${fraction} số đảng viên chính thức.`,
  khtNotEnoughVotes: (votes: number, base: number) =>
    `Có khuyết điểm thuộc diện KHT nhưng chưa đủ phiếu (${votes}/${base}, cần trên 1/2): chi bộ xem xét, quyết định.`,
  khtVotesWithoutFault: (votes: number, base: number) =>
    `Có ${votes}/${base} phiếu Không hoàn thành nhiệm vụ (trên 1/2) nhưng chưa ghi khuyết điểm hay kỷ luật nào: hãy ghi rõ khuyết điểm vào cột «Khuyết điểm» hoặc chi bộ biểu quyết lại.`,
  notEnoughVotes: (base: number) =>
    `Chưa mức nào đạt đủ phiếu (trên 2/3 cho HTXS, trên 1/2 cho HTT và HT, trên tổng ${base} đảng viên chính thức) — biểu quyết lại.`,
  quotaDemoted: (allowed: number, percent: number, votes: number) =>
    allowed === 0
      ? `Hạ xuống Hoàn thành tốt nhiệm vụ vì vượt hạn mức HTXS (${percent}% số HTT): với số đảng viên hiện có, hạn mức chưa cho phép đồng chí nào đạt HTXS; số phiếu HTXS là ${votes}.`
      : `Hạ xuống Hoàn thành tốt nhiệm vụ vì vượt hạn mức HTXS (${percent}% số HTT, được tối đa ${allowed} đồng chí); số phiếu HTXS là ${votes}, thấp hơn những đồng chí được giữ.`,
  quotaTie: (votes: number, allowed: number) =>
    `Tạm xếp Hoàn thành tốt nhiệm vụ: bằng số phiếu HTXS (${votes}) với đồng chí khác tại ngưỡng hạn mức (${allowed} đồng chí); chi bộ cần chọn và ghi vào cột «Kết luận chi bộ».`,
  override: (level: string) => `Chi bộ kết luận: ${level}.`,
  overrideAboveCeiling: (ceiling: string) => `Kết luận này cao hơn mức cho phép theo tiêu chí (${ceiling}).`,
  overrideNotSupported: 'Kết luận này chưa được đủ phiếu tán thành theo quy định.',
  overrideIgnored: (status: string) =>
    `Cột «Kết luận chi bộ» có giá trị nhưng đảng viên thuộc diện không xếp loại (${status}) nên không áp dụng.`,
  overrideAbsent:
    'Cột «Kết luận chi bộ» có giá trị nhưng đảng viên đang «Vắng mặt» nên không áp dụng: khi đồng chí có mặt và chi bộ đã biểu quyết, hãy xóa tình trạng «Vắng mặt» rồi «Tính lại».',
  quotaExceeded: (used: number, allowed: number, percent: number) =>
    `Sau kết luận của chi bộ, số HTXS là ${used}, vượt hạn mức ${allowed} (${percent}% số HTT).`,
  missingDocuments: (documents: string) => `Thiếu hồ sơ: ${documents}.`,
  selfAndProposal: (self: string, proposal: string) =>
    [self && `tự xếp loại ${self}`, proposal && `chi ủy đề xuất ${proposal}`].filter(Boolean).join(', '),
  comparison: (text: string) => `Đối chiếu: ${text}.`,
  probationaryNote: 'Đảng viên dự bị: được xếp loại nhưng không biểu quyết.',
} as const;

export const DOCUMENT_NAMES = {
  docSelfReview: 'bản kiểm điểm',
  docResidence: 'phiếu nhận xét nơi cư trú',
  docBiography: 'phiếu bổ sung lý lịch',
} as const;

/** «Cấu hình» labels (column A), canonical text first, then aliases. */
export const SETTING_LABELS = {
  parentCommittee: ['Tên đảng bộ cấp trên', 'Đảng bộ cấp trên', 'Đảng bộ'],
  cellName: ['Tên chi bộ', 'Chi bộ'],
  year: ['Năm đánh giá', 'Năm'],
  schoolYear: ['Năm học thi đua', 'Năm học'],
  place: ['Địa danh', 'Nơi ký'],
  meetingDate: ['Ngày họp', 'Ngày họp chi bộ'],
  documentNumber: ['Số văn bản', 'Số báo cáo'],
  secretary: ['Bí thư', 'Họ tên bí thư'],
  profile: ['Bộ quy tắc', 'Quy tắc'],
  quotaPercent: ['Hạn mức HTXS (%)', 'Hạn mức HTXS', 'Tỷ lệ HTXS (%)'],
  outstanding: ['Chi bộ có thành tích đặc biệt xuất sắc', 'Thành tích đặc biệt xuất sắc'],
  votingBase: ['Số đảng viên chính thức (mẫu số)', 'Mẫu số', 'Số đảng viên chính thức'],
  cumulative: ['Cộng dồn phiếu'],
  separateHtxsBallot: ['Phiếu HTXS bầu riêng', 'Bầu HTXS riêng'],
  taskResult: ['Kết quả thực hiện nhiệm vụ của chi bộ', 'Kết quả thực hiện nhiệm vụ'],
  committeeUnited: ['Cấp ủy đoàn kết', 'Cấp uỷ đoàn kết', 'Tập thể cấp ủy đoàn kết'],
  committeeLevel: ['Xếp loại tập thể cấp ủy', 'Xếp loại tập thể cấp uỷ', 'Xếp loại cấp ủy'],
  meetsRegularly: ['Sinh hoạt đúng quy định', 'Chi bộ sinh hoạt đúng quy định'],
  schoolRank: ['Xếp loại nhà trường', 'Nhà trường'],
  youthRank: ['Xếp loại Đoàn Thanh niên', 'Đoàn Thanh niên', 'Xếp loại Đoàn TN'],
  unionRank: ['Xếp loại Công đoàn', 'Công đoàn'],
  corruptionDiscipline: [
    'Có đảng viên bị kỷ luật do tham nhũng, tiêu cực, suy thoái',
    'Kỷ luật do tham nhũng, tiêu cực, suy thoái',
  ],
  selfDetectedDiscipline: ['Kỷ luật do chi bộ chủ động phát hiện', 'Chủ động phát hiện'],
} as const;

export type SettingKey = keyof typeof SETTING_LABELS;

export const DEFAULT_PROFILE_NAME = 'Kế hoạch chi bộ 2023';

/** Chi bộ (cell) rule texts: conditions that failed for each higher level. */
export const CELL_TEXT = {
  missing: (labels: string) =>
    `Chưa xếp loại chi bộ vì thiếu tiêu chí trong trang «Cấu hình»: ${labels}.`,
  notReached: (level: string, conditions: string) => `Chưa đạt ${level}: ${conditions}.`,
  reached: (level: string) => `Đạt ${level}.`,
  needsDecision:
    'Không hoàn thành từ 02 nhiệm vụ trở lên nhưng không có khuyết điểm thuộc diện yếu kém: tạm xếp Hoàn thành nhiệm vụ, cấp ủy cấp trên xem xét, quyết định.',
  weakBecause: (reasons: string) => `Yếu kém vì không hoàn thành từ 02 nhiệm vụ trở lên và ${reasons}.`,
  cond: {
    taskHTXS: 'chi bộ chưa hoàn thành xuất sắc các nhiệm vụ được giao',
    taskHTT: 'chi bộ chưa hoàn thành tốt các nhiệm vụ được giao',
    united: 'tập thể cấp ủy chưa đoàn kết',
    committeeHTXS: 'tập thể cấp ủy chưa hoàn thành xuất sắc nhiệm vụ',
    committeeHTT: 'tập thể cấp ủy chưa hoàn thành tốt nhiệm vụ',
    regular: 'chi bộ chưa sinh hoạt đúng quy định',
    allAtLeastHT: (n: number) => `còn ${n} đảng viên xếp loại Không hoàn thành nhiệm vụ`,
    discipline: (n: number) => `có ${n} đảng viên đang chấp hành kỷ luật (không phải do chi bộ chủ động phát hiện)`,
    ranksTop: 'nhà trường, Đoàn Thanh niên và Công đoàn chưa cùng đạt mức cao nhất',
    ranksSecond: 'nhà trường, Đoàn Thanh niên hoặc Công đoàn chưa đạt mức cao thứ hai trở lên',
  },
  weak: {
    disunited: 'nội bộ cấp ủy mất đoàn kết',
    corruption: 'để xảy ra tham nhũng, tiêu cực, suy thoái đến mức có đảng viên phải kỷ luật',
    schoolLowest: 'nhà trường phân loại chất lượng mức thấp nhất',
    unionsLowest: 'có từ 02 tổ chức đoàn thể chính trị - xã hội phân loại chất lượng mức thấp nhất',
    halfKht: 'có trên 1/2 số đảng viên xếp loại Không hoàn thành nhiệm vụ',
  },
} as const;

/** Messages of the add-on shell and the command line. */
export const UI = {
  lockBusy:
    'Đang có một lần «Tính lại» khác chạy trên bảng tính này. Hãy đợi khoảng một phút rồi chạy lại; dữ liệu chưa bị thay đổi.',
  missingSheet: (name: string) =>
    `Không tìm thấy trang «${name}». Hãy chạy «Phân loại → Tạo bảng mẫu», hoặc đổi tên trang danh sách đảng viên thành «${name}».`,
  recomputed: (members: number, errors: number) =>
    errors === 0
      ? `Đã xếp loại ${members} đảng viên.`
      : `Đã xếp loại ${members} đảng viên; có ${errors} lỗi dữ liệu cần sửa.`,
  toastTitle: 'Phân loại',
  errorsTitle: 'Lỗi dữ liệu cần sửa',
  errorsIntro: 'Các dòng sau có lỗi và đang «Chưa xếp loại». Các dòng khác vẫn được xếp loại bình thường.',
  settingErrorsIntro: 'Trang «Cấu hình» có giá trị chưa hợp lệ; giá trị mặc định đang được dùng thay:',
  unexpected: (detail: string) =>
    `Có lỗi ngoài dự kiến, bảng tính chưa bị thay đổi. Chi tiết kỹ thuật: ${detail}`,
} as const;

/** Command-line messages (stderr and the summary table). */
export const CLI = {
  usage: [
    'Cách dùng:',
    '  phan-loai demo [--out THƯ_MỤC]',
    '  phan-loai classify TỆP.xlsx|TỆP.csv [--out THƯ_MỤC] [--json] [--quota-percent P] [--voting-base N]',
    '                     [--separate-htxs-ballot] [--no-cumulative] [--meeting-date YYYY-MM-DD]',
  ].join('\n'),
  unknownCommand: (cmd: string) => `Lệnh «${cmd}» không có. Dùng «demo» hoặc «classify».`,
  missingFile: 'Thiếu tên tệp danh sách cần xếp loại (.xlsx hoặc .csv).',
  fileNotFound: (file: string) => `Không tìm thấy tệp «${file}».`,
  badExtension: (file: string) => `Tệp «${file}» không phải .xlsx hoặc .csv.`,
  unreadableXlsx: (file: string, detail: string) => `Không đọc được tệp Excel «${file}»: ${detail}`,
  noRosterSheet: (file: string, sheets: string) =>
    `Tệp «${file}» không có trang «Danh sách». Các trang hiện có: ${sheets}. Hãy đổi tên trang danh sách đảng viên thành «Danh sách».`,
  badFlag: (flag: string, value: string, hint: string) => `Giá trị «${value}» của ${flag} không hợp lệ: ${hint}`,
  flagHint: {
    percent: 'cần một số nguyên từ 0 đến 100.',
    base: 'cần một số nguyên lớn hơn 0.',
    date: 'cần một ngày có thật theo dạng YYYY-MM-DD, ví dụ 2023-12-07.',
  },
  badArgs: (detail: string) => `Tham số dòng lệnh không hợp lệ: ${detail}`,
  cannotWrite: (dir: string, detail: string) => `Không ghi được vào thư mục «${dir}»: ${detail}`,
  summaryTitle: (name: string) => `Kết quả xếp loại: ${name}`,
  headLevel: 'Mức',
  headCount: 'Số lượng',
  votingBase: (n: number) => `Số đảng viên chính thức biểu quyết (N): ${n}`,
  quota: (p: number, base: number, allowed: number, used: number, exceeded: boolean) =>
    `Hạn mức HTXS: ${p}% số HTT — ${base} đảng viên HTXS/HTT, được tối đa ${allowed}, đã dùng ${used}${exceeded ? ' (VƯỢT HẠN MỨC)' : ''}`,
  cell: (level: string) => `Chi bộ: ${level}`,
  errors: (n: number) => `Lỗi dữ liệu: ${n}`,
  settingErrors: (n: number) => `Lỗi trong trang «Cấu hình»: ${n}`,
  warnings: (n: number) => `Đảng viên có cảnh báo: ${n}`,
  written: 'Đã ghi:',
  noSheets: '(không có)',
  previewStarted: (url: string) => `Bảng điều khiển (bản xem thử, dữ liệu mẫu): ${url}\nNhấn Ctrl+C để dừng.`,
  notFound: 'Không tìm thấy',
} as const;

/** The add-on menu, the help dialog and the template sheets. */
export const MENU = {
  title: 'Phân loại',
  setupTemplate: 'Tạo bảng mẫu',
  recompute: 'Tính lại',
  report: 'Tạo báo cáo',
  ballots: 'In phiếu đánh giá',
  reviewOrder: 'Trình tự kiểm điểm',
  exportPdf: 'Xuất PDF',
  sidebar: 'Mở bảng điều khiển',
  help: 'Hướng dẫn',
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
  alreadyThere: 'Các trang đã có sẵn; đã bổ sung tiêu đề còn thiếu, danh sách chọn và định dạng. Dữ liệu sẵn có không bị thay đổi.',
  validationHelp: {
    membership: 'Chọn «Chính thức» hoặc «Dự bị».',
    status: 'Để trống nếu sinh hoạt bình thường.',
    emulation: 'Kết quả thi đua năm học.',
    level: 'Một mức: HTXS, HTT, HT, KHT.',
    yesNo: 'Chọn «Có» hoặc «Không».',
  },
} as const;

export const HELP = {
  title: 'Hướng dẫn sử dụng Phân loại',
  paragraphs: [
    '1. Chọn «Phân loại → Tạo bảng mẫu» để có trang «Danh sách» (danh sách đảng viên) và trang «Cấu hình» (thông tin chi bộ). Các trang đã có dữ liệu sẽ không bị xóa.',
    '2. Bí thư nhập danh sách đảng viên: họ tên, loại đảng viên (Chính thức/Dự bị), tình trạng, kết quả thi đua năm học, số tháng nghỉ ốm, kỷ luật, khuyết điểm. Tiêu đề cột có thể viết hoa hay thường, có dấu hay không dấu.',
    '3. Sau khi kiểm phiếu, nhập số phiếu HTXS, HTT, HT, KHT của từng đồng chí rồi chọn «Phân loại → Tính lại». Năm cột kết quả ở bên phải được ghi lại; các cột nhập liệu không bao giờ bị thay đổi.',
    '4. Cột «Giải thích» cho biết vì sao mỗi đồng chí được xếp mức đó; cột «Cảnh báo» nêu những việc chi bộ cần xem xét. Nếu chi bộ quyết định khác, ghi mức vào cột «Kết luận chi bộ» rồi «Tính lại».',
    '5. Khi có lỗi dữ liệu, thông báo nêu rõ dòng, cột và cách sửa; các dòng khác vẫn được xếp loại.',
    'Ngưỡng phiếu: HTXS cần trên 2/3, HTT và HT cần trên 1/2 số đảng viên chính thức được biểu quyết. Số HTXS không vượt quá 15% số HTT (20% nếu chi bộ có thành tích đặc biệt xuất sắc).',
  ],
} as const;

/** Texts returned by the custom functions (in the cell, so short). */
export const FN = {
  badFraction: (text: string) => `Lỗi: tỷ lệ ${quote(text)} không hợp lệ, hãy viết dạng "2/3" hoặc "1/2".`,
  badNumber: (name: string, value: string) => `Lỗi: ${name} ${quote(value)} phải là số nguyên từ 0 trở lên.`,
  badCell: (message: string) => `Lỗi: ${message}`,
  shape: 'Lỗi: các vùng dữ liệu phải có cùng số dòng và số cột.',
  tallyOverBase: (n: number) => `Lỗi: tổng số phiếu lớn hơn mẫu số (${n}); hãy kiểm tra lại số phiếu.`,
  names: {
    votes: 'số phiếu',
    base: 'mẫu số',
    total: 'số HTXS và HTT',
    percent: 'phần trăm',
  },
} as const;

/** JSDoc of the custom functions: Sheets shows it in autocomplete. */
export const FN_DOCS = {
  XEPLOAI: {
    summary: 'Xếp loại chất lượng một đảng viên (hoặc cả một vùng) theo tiêu chí và số phiếu: trả về HTXS, HTT, HT, KHT hoặc CXL (chưa xếp loại).',
    params: {
      thi_dua: 'Kết quả thi đua năm học: HTXS, CSTĐCS, HTT, HT, HT-HC hoặc KHT (ô hoặc vùng).',
      nghi_om: 'Số tháng nghỉ ốm trong năm, từ 0 đến 12.',
      ky_luat: 'Đang chấp hành kỷ luật: Có hoặc Không.',
      khuyet_diem: 'Khuyết điểm thuộc diện KHT (để trống nếu không có).',
      phieu_htxs: 'Số phiếu Hoàn thành xuất sắc nhiệm vụ.',
      phieu_htt: 'Số phiếu Hoàn thành tốt nhiệm vụ.',
      phieu_ht: 'Số phiếu Hoàn thành nhiệm vụ.',
      phieu_kht: 'Số phiếu Không hoàn thành nhiệm vụ.',
      mau_so: 'Số đảng viên chính thức được biểu quyết (mẫu số).',
    },
    returns: 'Mức xếp loại, hoặc một vùng các mức nếu đầu vào là vùng.',
  },
  DATTYLE: {
    summary: 'Kiểm tra số phiếu có TRÊN một tỷ lệ của mẫu số hay không (ví dụ trên 2/3): trả về TRUE hoặc FALSE.',
    params: {
      phieu: 'Số phiếu tán thành (ô hoặc vùng).',
      mau_so: 'Số đảng viên chính thức được biểu quyết.',
      ty_le: 'Tỷ lệ, ví dụ "2/3" hoặc "1/2".',
    },
    returns: 'TRUE khi số phiếu vượt quá tỷ lệ (so sánh nghiêm ngặt, bằng số nguyên).',
  },
  HANMUC_HTXS: {
    summary: 'Số đảng viên HTXS tối đa được phép khi tổng số HTXS và HTT là so_htxs_va_htt, theo hạn mức phan_tram% số HTT.',
    params: {
      so_htxs_va_htt: 'Tổng số đảng viên xếp loại HTXS và HTT (ô hoặc vùng).',
      phan_tram: 'Hạn mức phần trăm, ví dụ 15 hoặc 20 (để trống là 15).',
    },
    returns: 'Số HTXS tối đa.',
  },
} as const;

/** Words of the generated sheets (report, ballots, review order). */
export const DOC = {
  dots: '……………',
  shortDots: '……',
  party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  rule: '───────────────',
  partyCommittee: (name: string) => (name ? (/^đảng bộ/i.test(name) ? name : `Đảng bộ ${name}`) : 'Đảng bộ ……………').toUpperCase(),
  cell: (name: string) => (name ? (/^chi bộ/i.test(name) ? name : `Chi bộ ${name}`) : 'Chi bộ ……………').toUpperCase(),
  star: '*',
  number: (n: string) => `Số: ${n || '……'}-BC/CB`,
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
  section4: 'IV. NHỮNG VẤN ĐỀ CẦN GIẢI QUYẾT',
  noWarnings: 'Không có.',
  warningLine: (name: string, row: number, text: string) => `- Đồng chí ${name || '(chưa có tên)'} (dòng ${row}): ${text}`,
  generalLine: (text: string) => `- ${text}`,
  recipientsTitle: 'Nơi nhận:',
  recipients: (parent: string) => [`- Ban Tổ chức ${parent || 'cấp ủy cấp trên'};`, '- Đảng viên chi bộ;', '- Lưu hồ sơ chi bộ.'],
  signFor: 'T/M CHI BỘ',
  secretary: 'BÍ THƯ',
  probationary: 'Dự bị',
  reason: {
    absent: 'vắng mặt',
    exempt: 'miễn sinh hoạt',
    suspended: 'đình chỉ sinh hoạt',
    under6months: 'chưa đủ 6 tháng',
    error: 'dữ liệu có lỗi',
    votes: 'chưa đủ phiếu',
    decision: 'chờ chi bộ quyết định',
    emulation: 'thiếu kết quả thi đua',
  },
  ballotTitle: (year: number) => `PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM ${year}`,
  ballotInstruction: 'Đánh một dấu X duy nhất trên mỗi dòng vào ô mức xếp loại mà đồng chí tán thành.',
  ballotHead: ['STT', 'Họ và tên', 'HTXS', 'HTT', 'HT', 'KHT'],
  ballotLegend: 'HTXS: Hoàn thành xuất sắc nhiệm vụ; HTT: Hoàn thành tốt nhiệm vụ; HT: Hoàn thành nhiệm vụ; KHT: Không hoàn thành nhiệm vụ.',
  htxsBallotTitle: (year: number) => `PHIẾU BIỂU QUYẾT ĐẢNG VIÊN HOÀN THÀNH XUẤT SẮC NHIỆM VỤ NĂM ${year}`,
  htxsBallotInstruction: 'Đánh dấu X vào ô «Đồng ý» hoặc «Không đồng ý» trên mỗi dòng.',
  htxsBallotHead: ['STT', 'Họ và tên', 'Đồng ý', 'Không đồng ý'],
  noHtxsProposal: 'Chưa có đảng viên nào được đề xuất mức Hoàn thành xuất sắc nhiệm vụ.',
  reviewTitle: (year: number) => `TRÌNH TỰ KIỂM ĐIỂM TẬP THỂ, CÁ NHÂN NĂM ${year}`,
  reviewNote: 'Kiểm điểm tập thể trước, cá nhân sau; người đứng đầu trước, cấp phó và các thành viên sau.',
  reviewHead: ['STT', 'Nội dung / Họ và tên', 'Chức vụ', 'Bản kiểm điểm', 'Phiếu nhận xét nơi cư trú', 'Phiếu bổ sung lý lịch', 'Ghi chú'],
  // Plan I.4.2.a: the leadership of the school and unions first, the party committee after.
  collectives: ['Kiểm điểm tập thể lãnh đạo, quản lý nhà trường', 'Kiểm điểm tập thể Chi ủy chi bộ'],
  collectiveGroup: 'A. Tập thể',
  leaderGroup: 'B. Cá nhân giữ chức vụ lãnh đạo, quản lý',
  memberGroup: 'C. Đảng viên',
  handedIn: '✓',
  missing: 'Thiếu',
} as const;

/** What the PDF export has written before its later steps (fetch, Drive) can fail. */
const PDF_WRITTEN =
  'Đã ghi vào bảng tính: các cột kết quả của trang «Danh sách» (tính lại) và trang «Báo cáo» (tạo lại); các trang khác không thay đổi.';
const PDF_RETRY = 'Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy dùng «Tệp → Tải xuống → PDF» trên trang «Báo cáo».';

/** Messages of the report, ballots, review order and PDF export. */
export const DOCS_UI = {
  reportDone: 'Đã tạo trang «Báo cáo». Hãy kiểm tra rồi chọn «Xuất PDF» để nộp.',
  ballotsDone: (n: number, separate: boolean) =>
    `Đã tạo trang «Phiếu đánh giá» cho ${n} đảng viên${separate ? ', kèm phiếu biểu quyết HTXS riêng' : ''}.`,
  reviewDone: 'Đã tạo trang «Trình tự kiểm điểm».',
  pdfTitle: 'Xuất báo cáo PDF',
  pdfReady: (name: string) => `Tệp ${name} đã sẵn sàng.`,
  pdfDownload: 'Tải tệp PDF về máy',
  pdfSaveToDrive: 'Lưu vào Google Drive',
  pdfSaved: (name: string) => `Đã lưu «${name}» vào Google Drive của bạn.`,
  pdfFailed: (code: number) => `Chưa xuất được PDF: Google trả về mã ${code}. ${PDF_WRITTEN} ${PDF_RETRY}`,
  pdfUnreachable: (reason: string) => `Chưa xuất được PDF: không gọi được dịch vụ xuất PDF của Google (${reason}). ${PDF_WRITTEN} ${PDF_RETRY}`,
  driveFailed: (name: string, reason: string) =>
    `Chưa lưu được «${name}» vào Google Drive (${reason}). ${PDF_WRITTEN} Không có tệp nào được lưu vào Drive; bạn vẫn có thể bấm «Tải tệp PDF về máy».`,
  pdfFileName: (year: number) => `bao-cao-xep-loai-${year}.pdf`,
  exportUnavailable: 'Chức năng xuất PDF chưa sẵn sàng trong môi trường này. Hãy dùng «Tệp → Tải xuống → PDF» trên trang «Báo cáo».',
} as const;

/** The sidebar «Bảng điều khiển». */
export const SIDEBAR = {
  title: 'Bảng điều khiển',
  loading: 'Đang tải…',
  busy: 'Đang xử lý, vui lòng chờ…',
  settingsHeading: 'Cấu hình',
  save: 'Lưu cấu hình',
  saved: 'Đã lưu cấu hình.',
  notSaved: 'Chưa lưu: hãy sửa các ô được đánh dấu.',
  summaryHeading: 'Tóm tắt',
  levelHead: 'Mức',
  countHead: 'Số lượng',
  votingBase: (n: number) => `Số đảng viên chính thức biểu quyết (N): ${n}`,
  quota: (p: number, allowed: number, used: number) => `Hạn mức HTXS ${p}%: tối đa ${allowed}, đã dùng ${used}`,
  quotaExceeded: 'Vượt hạn mức HTXS',
  quotaOk: 'Trong hạn mức',
  cell: (level: string) => `Chi bộ: ${level}`,
  openWarnings: (n: number) => `Cảnh báo cần xử lý: ${n}`,
  warningsHeading: 'Cảnh báo và lỗi',
  noWarnings: 'Không có cảnh báo nào.',
  rowLink: (row: number) => `Dòng ${row}`,
  settingsGroup: 'Cấu hình',
  errorsGroup: 'Lỗi dữ liệu',
  noticesGroup: 'Lưu ý chung',
  actionsHeading: 'Thao tác',
  recompute: 'Tính lại',
  report: 'Tạo báo cáo',
  ballots: 'In phiếu đánh giá',
  reviewOrder: 'Trình tự kiểm điểm',
  exportPdf: 'Xuất PDF',
  download: (name: string) => `Tải về ${name}`,
  failed: (message: string) => `Không thực hiện được: ${message}`,
  recomputed: (n: number) => `Đã tính lại cho ${n} đảng viên.`,
  selectYes: 'Có',
  selectNo: 'Không',
  selectBlank: '(để trống)',
  fieldHint: {
    year: 'Ví dụ 2023',
    quotaPercent: 'Để trống: 15%, hoặc 20% nếu chi bộ có thành tích đặc biệt xuất sắc',
    votingBase: 'Để trống để tự đếm từ danh sách',
  },
} as const;
