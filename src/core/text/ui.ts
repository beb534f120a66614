/** The add-on shell: menu, help, dialogs, toasts, the sidebar. */
import { fractionText, type RuleNumbers } from './messages';

/** Messages of the add-on shell and the command line. */
export const UI = {
  lockBusy:
    'Đang có một lần «Tính lại» khác chạy trên bảng tính này. Hãy đợi khoảng một phút rồi chạy lại; dữ liệu chưa bị thay đổi.',
  missingSheet: (name: string) =>
    `Không tìm thấy trang «${name}». Hãy chạy «Phân loại → Tạo bảng mẫu», hoặc đổi tên trang danh sách đảng viên thành «${name}».`,
  noRoomForColumns: (sheet: string, count: number) =>
    `Trang «${sheet}» không còn ${count} cột trống để ghi kết quả: có dữ liệu ở tận cột cuối cùng (XFD). Hãy xoá các ô thừa ở bên phải bảng rồi chạy lại; dữ liệu chưa bị thay đổi.`,
  tooManyCells: (sheet: string, lastCell: string, rows: number, columns: number) =>
    `Trang «${sheet}» quá lớn: dữ liệu kéo dài đến hàng ${rows} và cột ${columns} (ô ${lastCell}), hơn 10 triệu ô, giới hạn của Google Trang tính. Có lẽ có ô thừa ở xa bảng: hãy xoá các hàng, cột thừa rồi chạy lại.`,
  recomputed: (members: number, errors: number) =>
    errors === 0 ? `Đã xếp loại ${members} đảng viên.` : `Đã xếp loại ${members} đảng viên; có ${errors} lỗi dữ liệu cần sửa.`,
  toastTitle: 'Phân loại',
  errorsTitle: 'Lỗi dữ liệu cần sửa',
  errorsIntro: 'Các dòng sau có lỗi và đang «Chưa xếp loại». Các dòng khác vẫn được xếp loại bình thường.',
  settingErrorsIntro: 'Trang «Cấu hình» có giá trị chưa hợp lệ; giá trị mặc định đang được dùng thay:',
  unexpected: (detail: string) => `Có lỗi ngoài dự kiến, bảng tính chưa bị thay đổi. Chi tiết kỹ thuật: ${detail}`,
} as const;

/** The add-on menu's captions live in menu.ts (onOpen needs nothing else); the help dialog and the template sheets follow. */
export { MENU } from './menu';

export const HELP = {
  title: 'Hướng dẫn sử dụng Phân loại',
  paragraphs: [
    '1. Chọn «Phân loại → Tạo bảng mẫu» để có trang «Danh sách» (danh sách đảng viên) và trang «Cấu hình» (thông tin chi bộ). Các trang đã có dữ liệu sẽ không bị xóa.',
    '2. Bí thư nhập danh sách đảng viên: họ tên, loại đảng viên (Chính thức/Dự bị), tình trạng, kết quả thi đua năm học, số tháng nghỉ ốm, kỷ luật, khuyết điểm. Tiêu đề cột có thể viết hoa hay thường, có dấu hay không dấu.',
    '3. Sau khi kiểm phiếu, nhập số phiếu HTXS, HTT, HT, KHT của từng đồng chí rồi chọn «Phân loại → Tính lại». Năm cột kết quả ở bên phải được ghi lại; các cột nhập liệu không bao giờ bị thay đổi.',
    '4. Cột «Giải thích» cho biết vì sao mỗi đồng chí được xếp mức đó; cột «Cảnh báo» nêu những việc chi bộ cần xem xét. Nếu chi bộ quyết định khác, ghi mức vào cột «Kết luận chi bộ» rồi «Tính lại».',
    '5. Khi có lỗi dữ liệu, thông báo nêu rõ dòng, cột và cách sửa; các dòng khác vẫn được xếp loại.',
  ],
  /** The rule numbers of the sheet's profile. */
  rules: (r: RuleNumbers, profile: string) =>
    `Bộ quy tắc «${profile}». Ngưỡng phiếu: HTXS cần trên ${fractionText(r.htxsThreshold)}, HTT và HT cần trên ${fractionText(r.passThreshold)} số đảng viên chính thức được biểu quyết. Số HTXS không vượt quá ${r.quotaPercent}% số HTT (${r.outstandingQuotaPercent}% nếu chi bộ có thành tích đặc biệt xuất sắc).`,
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
  pdfUnreachable: (reason: string) =>
    `Chưa xuất được PDF: không gọi được dịch vụ xuất PDF của Google (${reason}). ${PDF_WRITTEN} ${PDF_RETRY}`,
  driveFailed: (name: string, reason: string) =>
    `Chưa lưu được «${name}» vào Google Drive (${reason}). ${PDF_WRITTEN} Không có tệp nào được lưu vào Drive; bạn vẫn có thể bấm «Tải tệp PDF về máy».`,
  pdfFileName: (year: number) => `bao-cao-xep-loai-${year}.pdf`,
  exportUnavailable:
    'Chức năng xuất PDF chưa sẵn sàng trong môi trường này. Hãy dùng «Tệp → Tải xuống → PDF» trên trang «Báo cáo».',
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
  quotaGroupsHeading: 'Theo nhóm đối tượng:',
  quotaGroupName: (group: string) => `${group}:`,
  /** `base`: the group's members at HTXS or HTT (T of the quota). */
  quotaGroup: (base: number, allowed: number, used: number) => `tối đa ${allowed}, đã dùng ${used} (${base} HTT trở lên)`,
  quotaWhole: 'Cả chi bộ',
  profile: (name: string) => `Bộ quy tắc: ${name}`,
  chiBo: (level: string) => `Chi bộ: ${level}`,
  chiBoReasons: 'Căn cứ',
  unusableTitle: 'Chưa xếp loại được',
  unusableHelp:
    'Hãy sửa theo hướng dẫn trên rồi bấm «Tính lại». Nếu chọn nhầm bộ quy tắc, hãy chọn lại «Bộ quy tắc» trong phần «Cấu hình» bên dưới rồi bấm «Lưu cấu hình».',
  noResultsYet: 'Chưa có kết quả xếp loại nên chưa có cảnh báo (xem mục «Tóm tắt»).',
  profileSaved: (name: string) =>
    `Đã lưu cấu hình. Bộ quy tắc mới: ${name}. Phần «Cấu hình» bên dưới nay theo bộ quy tắc này; hãy điền các thông số mới rồi lưu lại.`,
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
  /** The blank choice of a Có/Không setting that has a default. */
  selectBlankMeans: (value: string) => `(để trống: ${value})`,
  fieldHint: {
    year: () => 'Ví dụ 2023',
    quotaPercent: (r: RuleNumbers, outstandingLabel: string) =>
      `Để trống: ${r.quotaPercent}%, hoặc ${r.outstandingQuotaPercent}% nếu «${outstandingLabel}» là Có`,
    votingBase: () => 'Để trống để tự đếm từ danh sách',
  },
} as const;
