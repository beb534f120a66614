/** Messages about the user's data, warning labels and the sentences of «Giải thích». */
import type { TaskCondition, ScoreRules } from '../score';
import { pad2 } from '../normalize';
import type { Fault } from '../vocab';
import { FAULT_NAMES } from './domain';
import type { UnclassifiedReason, WarningCode } from '../warnings';

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
  missingOneOf: (sets: readonly (readonly string[])[], sheet: string) =>
    `Trang «${sheet}» chưa có cột điểm: cần ${sets.map((set) => set.map((h) => `«${h}»`).join(' và ')).join(', hoặc ')}. Hãy thêm các cột này vào dòng tiêu đề (dòng 1), hoặc chạy «Phân loại → Tạo bảng mẫu» để bổ sung các cột còn thiếu (dữ liệu sẵn có không bị thay đổi).`,
  noHeader: (sheet: string) =>
    `Trang «${sheet}» không có dòng tiêu đề. Dòng 1 phải chứa tiêu đề các cột, ví dụ «Họ và tên», «Loại đảng viên», «Kết quả thi đua».`,
  headerFound: (sheet: string, row: number, rows: number) =>
    rows > 1
      ? `Trang «${sheet}»: dòng ${row} và ${row + 1} được dùng làm dòng tiêu đề (tiêu đề gộp hai dòng); các dòng phía trên được bỏ qua.`
      : `Trang «${sheet}»: dòng ${row} được dùng làm dòng tiêu đề; các dòng phía trên (tên bảng, đơn vị…) được bỏ qua.`,
  numberingSkipped: (rows: readonly number[]) => `Dòng ${rows.join(', ')} là dòng đánh số cột «(1) (2) (3)…» nên được bỏ qua.`,
  groupRowsSkipped: (rows: readonly (readonly [number, string])[]) =>
    `Bỏ qua ${rows.length} dòng tên nhóm (chỉ có một ô và không có «Loại đảng viên»): ${rows.map(([row, text]) => `dòng ${row} ${quote(text)}`).join(', ')}. Nếu đó là đảng viên, hãy nhập «Loại đảng viên» cho dòng đó.`,
  headerTaken: (written: string, canonical: string) =>
    `Cột ${quote(written)} được hiểu là «${canonical}». Nếu không đúng, hãy đổi tên tiêu đề cột đó.`,
  headerSuggested: (written: string, canonical: string) =>
    `Cột ${quote(written)} chưa được nhận ra nên không được dùng. Nếu đó là cột «${canonical}», hãy đổi tiêu đề thành «${canonical}».`,
  userOutputName: (written: string, column: string) =>
    `Cột ${column} ${quote(written)} trùng tên với một cột kết quả nhưng nằm ngoài khối cột kết quả, nên được coi là cột riêng của bạn và không bị ghi đè.`,
  absentColumn: (header: string, assumption: string) => `Không có cột «${header}»: coi như ${assumption}.`,
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
    uncomputedFormula:
      'là công thức chưa có giá trị: tệp được lưu bằng một chương trình không tính công thức (như openpyxl, pandas)',
    notLevel: 'không phải là một mức xếp loại',
    notEmulation: 'không phải là một kết quả thi đua được chấp nhận',
    notMembership: 'không phải «Chính thức» hoặc «Dự bị»',
    notStatus: 'không phải là một tình trạng được chấp nhận',
    notPeerGroup: 'không phải là một nhóm đối tượng được chấp nhận',
    totalNotSum: (general: string, task: string, sum: string) => `không bằng tổng hai phần điểm (${general} + ${task} = ${sum})`,
    moreThan: (column: string, value: number) => `lớn hơn «${column}» (${value})`,
    leadersOnlyFault:
      'có khuyết điểm «tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý» nhưng đảng viên không thuộc nhóm lãnh đạo, quản lý',
    twoDecimals: 'có quá 2 chữ số thập phân',
    aboveMax: (max: number) => `vượt quá mức tối đa (${max})`,
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
    uncomputedFormula:
      'Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để công thức được tính, hoặc gõ thẳng giá trị (con số) vào ô.',
    yesNo: 'Nhập «Có» hoặc «Không».',
    percent: 'Nhập một số nguyên từ 0 đến 100, ví dụ 15.',
    votingBase: 'Nhập số nguyên lớn hơn 0, hoặc để trống để tự đếm từ danh sách.',
    level: 'Nhập một mức: HTXS, HTT, HT hoặc KHT.',
    taskResult: 'Nhập một trong: HTXS; HTT; HT; Không hoàn thành từ 02 nhiệm vụ.',
    rank: 'Nhập 1, 2, 3, 4, hoặc «Mức cao nhất», «Mức cao thứ hai», «Mức cao thứ ba», «Mức thấp nhất».',
    totalScore: 'Hãy sửa «Tổng điểm» cho bằng tổng hai phần, hoặc để trống «Tổng điểm».',
    bothParts: 'Hãy nhập cả «Điểm tiêu chí chung» và «Điểm kết quả nhiệm vụ», hoặc nhập «Tổng điểm».',
    score:
      'Hãy nhập điểm đã thống nhất: «Điểm tiêu chí chung» (0–30) và «Điểm kết quả nhiệm vụ» (0–70), hoặc «Tổng điểm» (0–100).',
    tasksDone: 'Đã nhập «Số nhiệm vụ được giao» thì cần nhập cả «Số nhiệm vụ hoàn thành».',
    tasksAssigned: 'Đã nhập «Số nhiệm vụ hoàn thành» thì cần nhập cả «Số nhiệm vụ được giao».',
    leadersOnlyFault:
      'Khuyết điểm này chỉ áp dụng với người lãnh đạo, quản lý: hãy kiểm tra cột «Khuyết điểm» hoặc «Nhóm đối tượng».',
    score30: 'Nhập điểm từ 0 đến 30, tối đa 2 chữ số thập phân (ví dụ 27,5).',
    score70: 'Nhập điểm từ 0 đến 70, tối đa 2 chữ số thập phân (ví dụ 63,25).',
    count: 'Nhập số nguyên từ 0 trở lên, hoặc để trống.',
    profile: (names: string) => `Các bộ quy tắc hiện có: ${names}.`,
  },
} as const;

/** Short warning labels for the «Cảnh báo» column, the sidebar and the report. */
export const WARNING_LABELS: Readonly<Record<WarningCode, string>> = {
  absent: 'Vắng mặt',
  rowError: 'Lỗi dữ liệu',
  missingEmulation: 'Thiếu kết quả thi đua',
  khtNotEnoughVotes: 'KHT chưa đủ phiếu',
  khtVotesWithoutFault: 'Có phiếu KHT nhưng chưa ghi khuyết điểm',
  notEnoughVotes: 'Chưa đủ phiếu',
  quotaDemoted: 'Hạ do hạn mức HTXS',
  quotaTie: 'Bằng phiếu tại ngưỡng HTXS',
  quotaTieByScore: 'Bằng điểm tại ngưỡng HTXS',
  overrideAboveCeiling: 'Kết luận vượt mức tiêu chí',
  overrideNotSupported: 'Kết luận chưa đủ phiếu',
  overrideIgnored: 'Kết luận không áp dụng',
  quotaExceeded: 'Vượt hạn mức HTXS',
  missingDocuments: 'Thiếu hồ sơ',
  under6monthsByDate: 'Chưa đủ 6 tháng tuổi đảng',
  openCase: 'Cấp có thẩm quyền quyết định',
  tasksUnchecked: 'Chưa kiểm tra điều kiện nhiệm vụ',
};

/** Why a member is not classified, as the report counts them. */
export const UNCLASSIFIED_REASONS: Readonly<Record<UnclassifiedReason, string>> = {
  absent: 'vắng mặt',
  exempt: 'miễn sinh hoạt',
  suspended: 'đình chỉ sinh hoạt',
  under6months: 'chưa đủ 6 tháng',
  error: 'dữ liệu có lỗi',
  votes: 'chưa đủ phiếu',
  decision: 'chờ chi bộ quyết định',
  emulation: 'thiếu kết quả thi đua',
  openCase: 'chờ cấp có thẩm quyền quyết định',
};

/** "2/3" for a fraction, as the rules write it. */
export function fractionText(f: { readonly num: number; readonly den: number }): string {
  return `${f.num}/${f.den}`;
}

/** The rule numbers a sentence may quote, from the profile. */
export interface RuleNumbers {
  readonly htxsThreshold: { readonly num: number; readonly den: number };
  readonly passThreshold: { readonly num: number; readonly den: number };
  readonly khtThreshold: { readonly num: number; readonly den: number };
  readonly sickLeaveMonths: number;
  readonly quotaPercent: number;
  readonly outstandingQuotaPercent: number;
}

export const EXPLAIN = {
  notClassified: (status: string) => `${status}: không xếp loại chất lượng, nhưng vẫn tham gia kiểm điểm.`,
  under6monthsByDate: (date: string, meeting: string) =>
    `Vào Đảng ngày ${date}, chưa đủ 6 tháng tính đến ngày họp ${meeting}: không xếp loại chất lượng, nhưng vẫn tham gia kiểm điểm.`,
  under6monthsShort: 'chưa đủ 6 tháng tuổi đảng',
  absent: 'Vắng mặt: đánh giá, phân loại vào cuộc họp chi bộ gần nhất khi đảng viên có mặt.',
  rowError: 'Dữ liệu của dòng này có lỗi nên chưa xếp loại; hãy sửa theo thông báo lỗi rồi chạy «Tính lại».',
  khtCriteria: (reasons: string) => `Thuộc diện không hoàn thành nhiệm vụ (${reasons}).`,
  disciplineReason: 'đang chấp hành kỷ luật',
  emulationKhtReason: 'kết quả thi đua ở mức Không hoàn thành nhiệm vụ',
  faultReason: (faults: string) => `khuyết điểm: ${faults}`,
  ceilingFromEmulation: (emulation: string, level: string) => `Kết quả thi đua «${emulation}» cho phép tối đa mức ${level}.`,
  missingEmulation: 'Chưa có kết quả thi đua năm học nên chưa xác định được mức tối đa.',
  sickLeaveCap: (months: string, cap: number) =>
    `Nghỉ ốm ${months} tháng (từ ${pad2(cap)} tháng trở lên) nên không được xếp từ mức Hoàn thành tốt nhiệm vụ trở lên.`,
  votes: (level: string, votes: number, base: number, fraction: string) =>
    `Mức ${level} có ${votes}/${base} phiếu, trên ${fraction} số đảng viên chính thức.`,
  khtNotEnoughVotes: (votes: number, base: number, rules: RuleNumbers) =>
    `Có khuyết điểm thuộc diện KHT nhưng chưa đủ phiếu (${votes}/${base}, cần trên ${fractionText(rules.khtThreshold)}): chi bộ xem xét, quyết định.`,
  khtVotesWithoutFault: (votes: number, base: number, rules: RuleNumbers) =>
    `Có ${votes}/${base} phiếu Không hoàn thành nhiệm vụ (trên ${fractionText(rules.khtThreshold)}) nhưng chưa ghi khuyết điểm hay kỷ luật nào: hãy ghi rõ khuyết điểm vào cột «Khuyết điểm» hoặc chi bộ biểu quyết lại.`,
  notEnoughVotes: (base: number, rules: RuleNumbers) =>
    `Chưa mức nào đạt đủ phiếu (trên ${fractionText(rules.htxsThreshold)} cho HTXS, trên ${fractionText(rules.passThreshold)} cho HTT và HT, trên tổng ${base} đảng viên chính thức) — biểu quyết lại.`,
  quotaDemoted: (allowed: number, percent: number, votes: number) =>
    allowed === 0
      ? `Hạ xuống Hoàn thành tốt nhiệm vụ vì vượt hạn mức HTXS (${percent}% số HTT): với số đảng viên hiện có, hạn mức chưa cho phép đồng chí nào đạt HTXS; số phiếu HTXS là ${votes}.`
      : `Hạ xuống Hoàn thành tốt nhiệm vụ vì vượt hạn mức HTXS (${percent}% số HTT, được tối đa ${allowed} đồng chí); số phiếu HTXS là ${votes}, thấp hơn những đồng chí được giữ.`,
  quotaTie: (votes: number, allowed: number) =>
    `Tạm xếp Hoàn thành tốt nhiệm vụ: bằng số phiếu HTXS (${votes}) với đồng chí khác tại ngưỡng hạn mức (${allowed} đồng chí); chi bộ cần chọn và ghi vào cột «Kết luận chi bộ».`,
  quotaDemotedByScore: (allowed: number, percent: number, score: string, group: string) =>
    allowed === 0
      ? `Hạ xuống Hoàn thành tốt nhiệm vụ vì vượt hạn mức HTXS (${percent}% số HTT${group}): hạn mức chưa cho phép đồng chí nào đạt HTXS; điểm là ${score}.`
      : `Hạ xuống Hoàn thành tốt nhiệm vụ vì vượt hạn mức HTXS (${percent}% số HTT${group}, được tối đa ${allowed} đồng chí); điểm là ${score}, thấp hơn những đồng chí được giữ.`,
  quotaTieByScore: (score: string, allowed: number) =>
    `Tạm xếp Hoàn thành tốt nhiệm vụ: bằng điểm (${score}) với đồng chí khác tại ngưỡng hạn mức (${allowed} đồng chí); cấp có thẩm quyền xem xét, quyết định (ghi vào cột «Quyết định cấp trên»).`,
  /** The pool of the đảng ủy's consolidation (a group across every chi bộ, or the whole đảng bộ), after "số HTT". */
  inPool: (group: string, acrossDangBo: boolean) =>
    acrossDangBo ? (group ? `, nhóm ${group} trong toàn đảng bộ` : ', toàn đảng bộ') : group ? `, nhóm ${group}` : '',
  /** The same pool after "số HTXS". */
  ofPool: (group: string, acrossDangBo: boolean) =>
    acrossDangBo ? (group ? ` của nhóm ${group} trong toàn đảng bộ` : ' của toàn đảng bộ') : group ? ` của nhóm ${group}` : '',
  override: (level: string) => `Chi bộ kết luận: ${level}.`,
  tieSettled:
    'Việc bằng nhau tại ngưỡng hạn mức đã được giải quyết: đồng chí khác đã được quyết định, đồng chí giữ mức Hoàn thành tốt nhiệm vụ.',
  settled: (warnings: string, column: string) => `Đã giải quyết bằng cột «${column}»: ${warnings}.`,
  overrideAboveCeiling: (ceiling: string) => `Kết luận này cao hơn mức cho phép theo tiêu chí (${ceiling}).`,
  overrideNotSupported: 'Kết luận này chưa được đủ phiếu tán thành theo quy định.',
  overrideIgnored: (status: string, column: string) =>
    `Cột «${column}» có giá trị nhưng đảng viên thuộc diện không xếp loại (${status}) nên không áp dụng.`,
  overrideAbsent: (column: string) =>
    `Cột «${column}» có giá trị nhưng đảng viên đang «Vắng mặt» nên không áp dụng: khi đồng chí có mặt và chi bộ đã biểu quyết, hãy xóa tình trạng «Vắng mặt» rồi «Tính lại».`,
  /** `pool`: EXPLAIN.ofPool(…). */
  quotaExceededGroup: (used: number, allowed: number, percent: number, pool: string) =>
    `Sau quyết định, số HTXS${pool} là ${used}, vượt hạn mức ${allowed} (${percent}% số HTT).`,
  quotaExceeded: (used: number, allowed: number, percent: number) =>
    `Sau kết luận của chi bộ, số HTXS là ${used}, vượt hạn mức ${allowed} (${percent}% số HTT).`,
  missingDocuments: (documents: string) => `Thiếu hồ sơ: ${documents}.`,
  selfAndProposal: (self: string, proposal: string) =>
    [self && `tự xếp loại ${self}`, proposal && `chi ủy đề xuất ${proposal}`].filter(Boolean).join(', '),
  comparison: (text: string) => `Đối chiếu: ${text}.`,
} as const;

const CONDITION_TEXT = (c: TaskCondition, r: ScoreRules): string => {
  switch (c) {
    case 'notAllDone':
      return 'chưa hoàn thành 100% nhiệm vụ được giao';
    case 'late':
      return 'có nhiệm vụ chậm tiến độ';
    case 'tooLate':
      return `có trên ${r.latePercent}% nhiệm vụ chậm tiến độ`;
    case 'notEnoughAbove':
      return `chưa có từ ${r.abovePercent}% nhiệm vụ hoàn thành vượt mức`;
    case 'notRemedied':
      return 'chưa khắc phục 100% hạn chế được chỉ ra ở kỳ trước';
  }
};

/** Sentences of the QĐ 366 profile (member and chi bộ). */
export const QD366_TEXT = {
  notReviewed: (status: string) => `${status}: không thuộc đối tượng kiểm điểm, xếp loại.`,
  notReviewedByDate: (date: string, meeting: string) =>
    `Vào Đảng ngày ${date}, chưa đủ 6 tháng tính đến ngày họp ${meeting}: không thuộc đối tượng kiểm điểm, xếp loại.`,
  badChiBoTasks: (problem: string) => `Chưa xếp loại chi bộ: số nhiệm vụ trong trang «Cấu hình» chưa hợp lý (${problem}).`,
  score: (score: string) => `Tổng điểm đã thống nhất: ${score}/100.`,
  trigger: {
    faults: (faults: readonly Fault[]) => `khuyết điểm: ${faults.map((f) => FAULT_NAMES[f].toLowerCase()).join('; ')}`,
    notDone: (notDone: number, assigned: number, percent: number) =>
      `không hoàn thành ${notDone}/${assigned} nhiệm vụ được giao (trên ${percent}%)`,
    areaUnderDone: (done: number, assigned: number, percent: number) =>
      `lĩnh vực phụ trách chỉ hoàn thành ${done}/${assigned} nhiệm vụ (dưới ${percent}%)`,
    lowConfidence: (share: string, percent: number) => `phiếu tín nhiệm thấp ${share}% (trên ${percent}%)`,
    unitsKht: (share: string, percent: number) =>
      `${share}% cơ quan, đơn vị phụ trách xếp loại không hoàn thành nhiệm vụ (trên ${percent}%)`,
    lowScore: (score: string, min: number) => `tổng điểm ${score}, dưới ${min} điểm`,
  },
  selfReported:
    'Nếu khuyết điểm do đảng viên tự phát hiện, tự báo cáo và đã khắc phục, cấp có thẩm quyền xem xét khi quyết định.',
  tasksUnchecked: 'Chưa nhập số nhiệm vụ nên chưa kiểm tra điều kiện về nhiệm vụ; mức xếp loại lấy theo khung điểm.',
  band: (level: string) => `Điểm đạt khung ${level}.`,
  conditionsFailed: (level: string, conditions: readonly TaskCondition[], rules: ScoreRules) =>
    `Chưa đạt điều kiện mức ${level}: ${conditions.map((c) => CONDITION_TEXT(c, rules)).join('; ')}.`,
  openCase: 'Không đáp ứng điều kiện của mức nào — cấp có thẩm quyền xem xét, quyết định.',
  actualWork: (months: number) =>
    `Nghỉ ốm từ ${pad2(months)} tháng trở lên hoặc nghỉ thai sản: xếp loại căn cứ kết quả làm việc thực tế.`,
  criteriaLevel: (level: string) => `Mức theo tiêu chí: ${level} (chi bộ không biểu quyết).`,
  noTaskColumns:
    'Trang «Danh sách» không có cột số nhiệm vụ («Số nhiệm vụ được giao», «Số nhiệm vụ hoàn thành»…) nên chưa kiểm tra điều kiện về nhiệm vụ; mức xếp loại lấy theo khung điểm.',
  quotaAboveNormal: (percent: number, normal: number) =>
    `Hạn mức HTXS đang đặt ${percent}%, cao hơn mức ${normal}% dành cho đơn vị có thành tích xuất sắc, nổi trội: hãy kiểm tra lại «Hạn mức HTXS (%)».`,
  upperDecision: (level: string) => `Cấp có thẩm quyền quyết định: ${level}.`,
  proposal: (level: string) => `Chi bộ đề nghị: ${level}.`,
} as const;

/** The chi bộ's own level: conditions that failed for each higher level. */
export const CHI_BO_TEXT = {
  missing: (labels: string) => `Chưa xếp loại chi bộ vì thiếu tiêu chí trong trang «Cấu hình»: ${labels}.`,
  notReached: (level: string, conditions: string) => `Chưa đạt ${level}: ${conditions}.`,
  reached: (level: string) => `Đạt ${level}.`,
  needsDecision:
    'Không hoàn thành từ 02 nhiệm vụ trở lên nhưng không có khuyết điểm thuộc diện yếu kém: tạm xếp Hoàn thành nhiệm vụ, cấp ủy cấp trên xem xét, quyết định.',
  weakBecause: (reasons: string) => `Yếu kém vì không hoàn thành từ 02 nhiệm vụ trở lên và ${reasons}.`,
  khtBecause: (reasons: string) => `Không hoàn thành nhiệm vụ vì ${reasons}.`,
  qd366: {
    score: (general: string, task: string, total: string) =>
      `Điểm tự đánh giá: tiêu chí chung ${general}/30, kết quả thực hiện nhiệm vụ ${task}/70, tổng ${total}/100.`,
    lowScore: (min: number) => `tổng điểm dưới ${min}`,
    underDone: (done: number, assigned: number, percent: number) =>
      `chỉ hoàn thành ${done}/${assigned} nhiệm vụ được giao (dưới ${percent}%)`,
    tasksDoneWithoutAssigned: 'đã nhập số nhiệm vụ hoàn thành nhưng chưa nhập số nhiệm vụ được giao',
    tasksAssignedWithoutDone: 'đã nhập số nhiệm vụ được giao nhưng chưa nhập số nhiệm vụ hoàn thành',
    countAbove: (what: string, value: number, limit: string, limitValue: number) =>
      `${what} (${value}) lớn hơn ${limit} (${limitValue})`,
    cadreViolation: 'có sai phạm trong công tác cán bộ hoặc mất đoàn kết nội bộ',
    committeeDisciplined: 'có thành viên chi ủy bị kỷ luật liên quan đến chức trách, nhiệm vụ được giao',
    committeeDegraded:
      'có thành viên chi ủy bị kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa"',
    tasksUnchecked: 'Chưa nhập số nhiệm vụ của chi bộ nên chưa kiểm tra điều kiện về nhiệm vụ.',
    committeeMemberDisciplined: (n: number) =>
      `Chưa đạt Hoàn thành xuất sắc nhiệm vụ: có ${n} thành viên chi ủy đang chấp hành kỷ luật (theo cột «Chức vụ» và «Đang chấp hành kỷ luật»).`,
  },
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
