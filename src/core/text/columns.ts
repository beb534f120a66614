/**
 * The words of each roster column and «Cấu hình» label: the canonical header first, then
 * accepted aliases, and the hint shown when a value is wrong or the column is missing.
 * The compiler checks that every key of the registries (columns.ts, settings.ts) has its words.
 */
import type { ColumnKey } from '../columns';
import type { SettingKey } from '../settings';

export interface Words {
  readonly headers: readonly [string, ...string[]];
  readonly hint?: string;
  /** What the run assumes when a column that changes results is absent. */
  readonly absentMeans?: string;
}

export const COLUMN_WORDS = {
  stt: {
    headers: ['STT', 'Số TT', 'Số thứ tự', 'TT'],
  },
  name: {
    headers: ['Họ và tên', 'Họ tên', 'Tên đảng viên', 'Đảng viên'],
    hint: 'Nhập đầy đủ họ và tên đảng viên.',
  },
  post: {
    headers: ['Chức vụ', 'Chức vụ chính quyền', 'Chức vụ, đoàn thể'],
  },
  leader: {
    headers: ['Lãnh đạo, quản lý', 'Lãnh đạo quản lý', 'Cán bộ lãnh đạo, quản lý', 'LĐQL'],
    hint: 'Nhập «Có» hoặc «Không» (hoặc đánh dấu ô chọn).',
  },
  membership: {
    headers: ['Loại đảng viên', 'Đảng viên chính thức/dự bị', 'Chính thức/Dự bị', 'Loại ĐV'],
    hint: 'Nhập «Chính thức» hoặc «Dự bị».',
  },
  status: {
    headers: ['Tình trạng', 'Tình trạng sinh hoạt', 'Trạng thái'],
    hint: 'Để trống nếu đảng viên sinh hoạt bình thường, hoặc nhập một trong: Vắng mặt; Miễn sinh hoạt; Đình chỉ sinh hoạt; Chưa đủ 6 tháng.',
  },
  admissionDate: {
    headers: ['Ngày vào Đảng', 'Ngày kết nạp', 'Ngày vào đảng'],
    hint: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/12/2023.',
  },
  emulation: {
    headers: ['Kết quả thi đua', 'Thi đua', 'Kết quả thi đua năm học', 'Xếp loại thi đua'],
    hint: 'Nhập một trong: HTXS (Hoàn thành xuất sắc nhiệm vụ), CSTĐCS (Chiến sĩ thi đua cơ sở), HTT, HT, HT-HC (Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực), KHT.',
  },
  sickMonths: {
    headers: ['Số tháng nghỉ ốm', 'Nghỉ ốm (tháng)', 'Tháng nghỉ ốm', 'Nghỉ ốm'],
    absentMeans: 'không đảng viên nào nghỉ ốm',
    hint: 'Nhập số tháng nghỉ ốm trong năm, từ 0 đến 12 (để trống nghĩa là 0).',
  },
  discipline: {
    headers: ['Đang chấp hành kỷ luật', 'Kỷ luật', 'Đang bị kỷ luật'],
    absentMeans: 'không đảng viên nào đang chấp hành kỷ luật',
    hint: 'Nhập «Có» nếu đảng viên đang chấp hành kỷ luật trong thời hạn 01 năm, ngược lại nhập «Không».',
  },
  faults: {
    headers: ['Khuyết điểm', 'Khuyết điểm thuộc diện KHT', 'Vi phạm'],
    absentMeans: 'không đảng viên nào có khuyết điểm thuộc diện không hoàn thành nhiệm vụ',
    hint: 'Để trống, hoặc nhập một hay nhiều khuyết điểm, cách nhau bằng dấu phẩy hoặc chấm phẩy: Không hoàn thành nhiệm vụ chi bộ giao; Vi phạm điều đảng viên không được làm; Không chấp hành phân công / gây mất đoàn kết; Suy thoái tư tưởng chính trị.',
  },
  selfAssessment: {
    headers: ['Tự xếp loại', 'Tự đánh giá', 'Cá nhân tự xếp loại'],
    hint: 'Để trống hoặc nhập một mức: HTXS, HTT, HT, KHT.',
  },
  committeeProposal: {
    headers: ['Chi ủy đề xuất', 'Chi uỷ đề xuất', 'Đề xuất của chi ủy', 'Cấp ủy đề xuất'],
    hint: 'Để trống hoặc nhập một mức: HTXS, HTT, HT, KHT.',
  },
  votesHTXS: {
    headers: ['Phiếu HTXS', 'Số phiếu HTXS', 'Phiếu hoàn thành xuất sắc'],
    absentMeans: 'số phiếu HTXS của mọi đảng viên là 0',
    hint: 'Nhập số phiếu là số nguyên từ 0 trở lên (để trống nghĩa là 0).',
  },
  votesHTT: {
    headers: ['Phiếu HTT', 'Số phiếu HTT', 'Phiếu hoàn thành tốt'],
    absentMeans: 'số phiếu HTT của mọi đảng viên là 0',
    hint: 'Nhập số phiếu là số nguyên từ 0 trở lên (để trống nghĩa là 0).',
  },
  votesHT: {
    headers: ['Phiếu HT', 'Số phiếu HT', 'Phiếu hoàn thành'],
    absentMeans: 'số phiếu HT của mọi đảng viên là 0',
    hint: 'Nhập số phiếu là số nguyên từ 0 trở lên (để trống nghĩa là 0).',
  },
  votesKHT: {
    headers: ['Phiếu KHT', 'Số phiếu KHT', 'Phiếu không hoàn thành'],
    absentMeans: 'số phiếu KHT của mọi đảng viên là 0',
    hint: 'Nhập số phiếu là số nguyên từ 0 trở lên (để trống nghĩa là 0).',
  },
  conclusion: {
    headers: ['Kết luận chi bộ', 'Chi bộ kết luận', 'Kết luận'],
    hint: 'Để trống hoặc nhập mức chi bộ đã quyết định: HTXS, HTT, HT, KHT.',
  },
  upperDecision: {
    headers: ['Quyết định cấp trên', 'Cấp trên quyết định', 'Quyết định của cấp có thẩm quyền', 'Đảng ủy quyết định'],
    hint: 'Để trống, hoặc nhập mức mà cấp có thẩm quyền (đảng ủy) đã quyết định: HTXS, HTT, HT, KHT.',
  },
  peerGroup: {
    headers: ['Nhóm đối tượng', 'Đối tượng', 'Mẫu kiểm điểm'],
    hint: 'Để trống (tự lấy theo cột «Lãnh đạo, quản lý»), hoặc nhập một trong: Lãnh đạo, quản lý (2A); Không giữ chức vụ lãnh đạo, quản lý (2B); Không làm việc trong hệ thống chính trị (2C).',
  },
  generalScore: {
    headers: ['Điểm tiêu chí chung', 'Điểm nhóm tiêu chí chung', 'Tiêu chí chung'],
    hint: 'Nhập điểm đã thống nhất của nhóm tiêu chí chung, từ 0 đến 30, tối đa 2 chữ số thập phân (ví dụ 27,5).',
  },
  taskScore: {
    headers: ['Điểm kết quả nhiệm vụ', 'Điểm nhóm kết quả thực hiện nhiệm vụ', 'Điểm thực hiện nhiệm vụ', 'Kết quả nhiệm vụ'],
    hint: 'Nhập điểm đã thống nhất của nhóm kết quả thực hiện nhiệm vụ, từ 0 đến 70, tối đa 2 chữ số thập phân.',
  },
  totalScore: {
    headers: ['Tổng điểm', 'Tổng số điểm', 'Điểm tổng'],
    hint: 'Để trống nếu đã nhập hai phần điểm; nếu nhập, phải bằng tổng hai phần (từ 0 đến 100).',
  },
  selfScore: {
    headers: ['Điểm tự đánh giá', 'Tự chấm điểm', 'Điểm tự chấm'],
    hint: 'Điểm đảng viên tự chấm theo mẫu 2A/2B/2C, từ 0 đến 100 (chỉ để đối chiếu).',
  },
  tasksAssigned: {
    headers: ['Số nhiệm vụ được giao', 'Nhiệm vụ được giao', 'Số nhiệm vụ'],
    hint: 'Nhập số nguyên từ 0 trở lên; với người lãnh đạo, quản lý là số nhiệm vụ của lĩnh vực phụ trách.',
  },
  tasksDone: {
    headers: ['Số nhiệm vụ hoàn thành', 'Nhiệm vụ hoàn thành'],
    hint: 'Nhập số nguyên, không lớn hơn số nhiệm vụ được giao.',
  },
  tasksLate: {
    headers: ['Số nhiệm vụ chậm tiến độ', 'Nhiệm vụ chậm tiến độ', 'Chậm tiến độ'],
    hint: 'Số nhiệm vụ đã hoàn thành nhưng chậm tiến độ: số nguyên, không lớn hơn số nhiệm vụ hoàn thành (để trống là 0).',
  },
  tasksAbove: {
    headers: ['Số nhiệm vụ vượt mức', 'Nhiệm vụ vượt mức', 'Hoàn thành vượt mức'],
    hint: 'Số nhiệm vụ hoàn thành vượt yêu cầu: số nguyên, không lớn hơn số nhiệm vụ hoàn thành (để trống là 0).',
  },
  remedied: {
    headers: ['Khắc phục hạn chế kỳ trước', 'Khắc phục hạn chế', 'Đã khắc phục hạn chế kỳ trước'],
    hint: 'Nhập «Có» nếu đã khắc phục 100% hạn chế được chỉ ra ở kỳ trước, «Không» nếu chưa; để trống nếu kỳ trước không có hạn chế.',
  },
  lowConfidence: {
    headers: ['Tỷ lệ phiếu tín nhiệm thấp (%)', 'Tỷ lệ phiếu tín nhiệm thấp', 'Phiếu tín nhiệm thấp (%)'],
    hint: 'Chỉ với người lãnh đạo, quản lý: tỷ lệ phần trăm phiếu tín nhiệm thấp, từ 0 đến 100 (để trống nếu không lấy phiếu).',
  },
  unitsKht: {
    headers: [
      'Tỷ lệ đơn vị phụ trách KHT (%)',
      'Tỷ lệ đơn vị phụ trách không hoàn thành nhiệm vụ (%)',
      'Đơn vị phụ trách KHT (%)',
    ],
    hint: 'Chỉ với người lãnh đạo, quản lý: tỷ lệ phần trăm cơ quan, đơn vị phụ trách bị xếp loại không hoàn thành nhiệm vụ, từ 0 đến 100.',
  },
  maternity: {
    headers: ['Nghỉ thai sản', 'Thai sản'],
    hint: 'Nhập «Có» hoặc «Không».',
  },
  docSelfReview: {
    headers: ['Bản kiểm điểm', 'Bản tự kiểm điểm', 'Nộp bản kiểm điểm'],
    hint: 'Đánh dấu ô chọn, hoặc nhập «Có»/«Không».',
  },
  docResidence: {
    headers: ['Phiếu nhận xét nơi cư trú', 'Nhận xét nơi cư trú', 'Phiếu nhận xét của cấp ủy nơi cư trú'],
    hint: 'Đánh dấu ô chọn, hoặc nhập «Có»/«Không».',
  },
  docBiography: {
    headers: ['Phiếu bổ sung lý lịch', 'Bổ sung lý lịch', 'Phiếu BSLL'],
    hint: 'Đánh dấu ô chọn, hoặc nhập «Có»/«Không».',
  },
  outCeiling: {
    headers: ['Mức theo tiêu chí'],
  },
  outByVotes: {
    headers: ['Mức theo phiếu'],
  },
  outResult: {
    headers: ['Kết quả xếp loại'],
  },
  outWarnings: {
    headers: ['Cảnh báo'],
  },
  outScore: {
    headers: ['Điểm'],
  },
  outGroup: {
    headers: ['Nhóm'],
  },
  outExplanation: {
    headers: ['Giải thích'],
  },
} as const satisfies Record<ColumnKey, Words>;

export const SETTING_WORDS = {
  parentCommittee: { headers: ['Tên đảng bộ cấp trên', 'Đảng bộ cấp trên', 'Đảng bộ'] },
  chiBoName: { headers: ['Tên chi bộ', 'Chi bộ'] },
  year: { headers: ['Năm đánh giá', 'Năm'] },
  schoolYear: { headers: ['Năm học thi đua', 'Năm học'] },
  place: { headers: ['Địa danh', 'Nơi ký'] },
  meetingDate: { headers: ['Ngày họp', 'Ngày họp chi bộ'] },
  documentNumber: { headers: ['Số văn bản', 'Số báo cáo'] },
  documentSymbol: { headers: ['Ký hiệu văn bản', 'Ký hiệu', 'Ký hiệu báo cáo'] },
  basis: { headers: ['Căn cứ', 'Thực hiện', 'Văn bản căn cứ'] },
  receivingBody: { headers: ['Cơ quan nhận báo cáo', 'Nơi nhận báo cáo', 'Gửi báo cáo đến'] },
  secretary: { headers: ['Bí thư', 'Họ tên bí thư'] },
  meetingChair: { headers: ['Chủ trì hội nghị', 'Người chủ trì', 'Chủ trì'] },
  minuteTaker: { headers: ['Thư ký hội nghị', 'Thư ký', 'Người ghi biên bản'] },
  profile: { headers: ['Bộ quy tắc', 'Quy tắc'] },
  quotaPercent: { headers: ['Hạn mức HTXS (%)', 'Hạn mức HTXS', 'Tỷ lệ HTXS (%)'] },
  outstanding: { headers: ['Chi bộ có thành tích đặc biệt xuất sắc', 'Thành tích đặc biệt xuất sắc'] },
  votingBase: { headers: ['Số đảng viên chính thức (mẫu số)', 'Mẫu số', 'Số đảng viên chính thức'] },
  cumulative: { headers: ['Cộng dồn phiếu'] },
  separateHtxsBallot: { headers: ['Phiếu HTXS bầu riêng', 'Bầu HTXS riêng'] },
  taskResult: { headers: ['Kết quả thực hiện nhiệm vụ của chi bộ', 'Kết quả thực hiện nhiệm vụ'] },
  committeeUnited: { headers: ['Cấp ủy đoàn kết', 'Cấp uỷ đoàn kết', 'Tập thể cấp ủy đoàn kết'] },
  committeeLevel: { headers: ['Xếp loại tập thể cấp ủy', 'Xếp loại tập thể cấp uỷ', 'Xếp loại cấp ủy'] },
  meetsRegularly: { headers: ['Sinh hoạt đúng quy định', 'Chi bộ sinh hoạt đúng quy định'] },
  schoolRank: { headers: ['Xếp loại nhà trường', 'Nhà trường'] },
  youthRank: { headers: ['Xếp loại Đoàn Thanh niên', 'Đoàn Thanh niên', 'Xếp loại Đoàn TN'] },
  unionRank: { headers: ['Xếp loại Công đoàn', 'Công đoàn'] },
  corruptionDiscipline: {
    headers: ['Có đảng viên bị kỷ luật do tham nhũng, tiêu cực, suy thoái', 'Kỷ luật do tham nhũng, tiêu cực, suy thoái'],
  },
  selfDetectedDiscipline: { headers: ['Kỷ luật do chi bộ chủ động phát hiện', 'Chủ động phát hiện'] },
  votesAtMeeting: { headers: ['Biểu quyết tại chi bộ', 'Chi bộ biểu quyết', 'Bỏ phiếu tại chi bộ'] },
  quotaByGroup: { headers: ['Tính hạn mức theo nhóm đối tượng', 'Hạn mức theo nhóm đối tượng'] },
  smallGroupOne: { headers: ['Nhóm nhỏ được 01 HTXS', 'Nhóm nhỏ được 1 HTXS'] },
  outstandingUnit: { headers: ['Đơn vị có thành tích xuất sắc, nổi trội', 'Thành tích xuất sắc, nổi trội'] },
  chiBoGeneralScore: { headers: ['Điểm tiêu chí chung của chi bộ'] },
  chiBoTaskScore: { headers: ['Điểm kết quả nhiệm vụ của chi bộ'] },
  chiBoTasksAssigned: { headers: ['Số nhiệm vụ của chi bộ được giao'] },
  chiBoTasksDone: { headers: ['Số nhiệm vụ của chi bộ hoàn thành'] },
  chiBoTasksLate: { headers: ['Số nhiệm vụ của chi bộ chậm tiến độ'] },
  chiBoTasksAbove: { headers: ['Số nhiệm vụ của chi bộ vượt mức'] },
  chiBoRemedied: { headers: ['Khắc phục hạn chế kỳ trước của chi bộ'] },
  cadreViolation: { headers: ['Sai phạm trong công tác cán bộ, mất đoàn kết nội bộ', 'Sai phạm công tác cán bộ, mất đoàn kết'] },
  committeeDisciplined: {
    headers: ['Thành viên chi ủy bị kỷ luật liên quan chức trách', 'Chi ủy viên bị kỷ luật liên quan chức trách'],
  },
  committeeDegraded: { headers: ['Thành viên chi ủy bị kết luận suy thoái', 'Chi ủy viên bị kết luận suy thoái'] },
} as const satisfies Record<SettingKey, Words>;

/** The assumption made when `key` is absent, for the columns that change results. */
export function absentMeans(key: ColumnKey): string | undefined {
  const words: Words = COLUMN_WORDS[key];
  return words.absentMeans;
}

export function settingLabel(key: SettingKey): string {
  return SETTING_WORDS[key].headers[0];
}
