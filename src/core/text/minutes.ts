/**
 * Words of the minutes of the chi bộ's review meeting («Biên bản»), of the vote-count
 * minutes («Biên bản kiểm phiếu»), of the Word files the CLI writes and of the Google Docs
 * export. The procedure sentences follow the chi bộ's plan (Kế hoạch, part B.I.4.2 and
 * III.1); the results are filled in from the run.
 */

/**
 * The dotted blank of the generated sheets (DOTS in sheets.ts), written out rather than
 * imported: a top-level use of DOC would keep all of DOC in the sidebar's bundle, which
 * imports this folder only for its own words.
 */
const DOTS = '……………';

/** The sheets the minutes are drawn in. */
export const MINUTES_SHEET_NAMES = {
  minutes: 'Biên bản',
  voteCount: 'Biên bản kiểm phiếu',
} as const;

/** A line of dots across the page, for what is written by hand (discussion, other opinions). */
const DOTTED_LINE =
  '......................................................................................................................................................';

export const MINUTES = {
  title: 'BIÊN BẢN',
  subtitle: (year: number) => `Hội nghị chi bộ kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm ${year}`,
  dottedLine: DOTTED_LINE,
  section1: 'I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN',
  time: (day: string, month: string, year: string) =>
    `- Thời gian: bắt đầu lúc …… giờ …… phút, ngày ${day || '……'} tháng ${month || '……'} năm ${year || '……'}.`,
  /** «Địa danh» is the town; the room is written by hand. */
  place: (place: string) => `- Địa điểm: ${place ? `${DOTS}, ${place}` : DOTS}.`,
  chair: (name: string) => `- Chủ trì hội nghị: đồng chí ${name || DOTS}.`,
  minuteTaker: (name: string) => `- Thư ký hội nghị: đồng chí ${name || DOTS}.`,
  guests: '- Đại biểu cấp trên dự hội nghị: …………….',
  total: (n: number, official: number, probationary: number) =>
    `- Tổng số đảng viên của chi bộ: ${n} đồng chí (chính thức: ${official}, dự bị: ${probationary}).`,
  attendance: (present: number, absent: number) => `- Có mặt: ${present} đồng chí; vắng mặt: ${absent} đồng chí.`,
  notActiveIntro: 'Đảng viên vắng mặt hoặc không sinh hoạt bình thường:',
  notActiveHead: ['STT', 'Họ và tên', 'Tình trạng', 'Lý do'],
  votingBase: (n: number) => `- Số đảng viên chính thức có quyền biểu quyết (N): ${n} đồng chí.`,
  noVote: '- Chi bộ không biểu quyết xếp loại tại hội nghị; kết quả dưới đây là đề nghị của chi bộ.',

  section2: 'II. NỘI DUNG HỘI NGHỊ',
  opening:
    'Đồng chí chủ trì nêu mục đích, yêu cầu của hội nghị, thông qua chương trình và trình tự kiểm điểm: kiểm điểm tập thể trước, cá nhân sau; người đứng đầu trước, cấp phó và các thành viên sau.',
  collective:
    '1. Kiểm điểm tập thể: người đứng đầu hoặc người được ủy quyền trình bày báo cáo kiểm điểm của tập thể; từng thành viên trong tập thể tham gia góp ý và làm rõ vai trò, trách nhiệm cá nhân đối với những ưu, khuyết điểm của tập thể.',
  individual:
    '2. Kiểm điểm cá nhân: cá nhân trình bày bản tự kiểm điểm; từng thành viên trong tập thể góp ý, phê bình; người chủ trì kết luận những ưu, khuyết điểm của từng cá nhân; cá nhân tiếp thu, hoàn thiện bản tự kiểm điểm.',
  discussion: 'Ý kiến thảo luận, góp ý:',
  results: '3. Kết quả đánh giá, xếp loại đảng viên',
  votedIntro: (n: number) =>
    `Chi bộ biểu quyết bằng phiếu kín; số đảng viên chính thức có quyền biểu quyết: ${n} đồng chí. Số phiếu của từng đồng chí (theo Biên bản kiểm phiếu) và kết quả xếp loại:`,
  proposedIntro: 'Điểm và kết quả xếp loại chi bộ đề nghị của từng đồng chí:',
  memberHead: { stt: 'STT', name: 'Họ và tên', group: 'Nhóm', score: 'Điểm', result: 'Xếp loại' },
  legend:
    'HTXS: Hoàn thành xuất sắc nhiệm vụ; HTT: Hoàn thành tốt nhiệm vụ; HT: Hoàn thành nhiệm vụ; KHT: Không hoàn thành nhiệm vụ; KXL: Không xếp loại; CXL: Chưa xếp loại.',
  figuresIntro: 'Tổng hợp kết quả:',
  figuresHead: ['Mức xếp loại', 'Số lượng', 'Tỷ lệ'],
  chiBo: '4. Tự đánh giá, xếp loại chi bộ',
  chiBoScores: (general: string, task: string, total: string) =>
    `Điểm tự đánh giá của chi bộ: nhóm tiêu chí chung ${general}/30; nhóm tiêu chí về kết quả thực hiện nhiệm vụ ${task}/70; tổng ${total}/100.`,
  proposals: '5. Kiến nghị, đề xuất',
  otherOpinions: 'Ý kiến khác:',
  closing:
    'Hội nghị kết thúc lúc …… giờ …… phút cùng ngày. Biên bản đã được đọc lại trước hội nghị và được các đồng chí dự họp nhất trí thông qua.',
  signLeft: 'THƯ KÝ HỘI NGHỊ',
  signRight: 'CHỦ TRÌ HỘI NGHỊ',
} as const;

export const VOTE_COUNT = {
  title: 'BIÊN BẢN KIỂM PHIẾU',
  subtitle: (year: number) => `Biểu quyết đánh giá, xếp loại chất lượng đảng viên năm ${year}`,
  board: 'Ban kiểm phiếu gồm các đồng chí:',
  boardLines: ['1. Đồng chí …………… – Trưởng ban;', '2. Đồng chí …………… – Thành viên;', '3. Đồng chí …………… – Thành viên.'],
  base: (n: number) => `- Số đảng viên chính thức có quyền biểu quyết: ${n} đồng chí.`,
  issued: '- Số phiếu phát ra: ……; số phiếu thu vào: ……',
  valid: '- Số phiếu hợp lệ: ……; số phiếu không hợp lệ: ……',
  resultIntro: 'Kết quả kiểm phiếu từng đồng chí như sau:',
  head: ['STT', 'Họ và tên', 'HTXS', 'HTT', 'HT', 'KHT', 'Ghi chú'],
  separateHtxs: 'Cột HTXS ghi số phiếu «Đồng ý» của phiếu biểu quyết HTXS riêng.',
  closing: 'Biên bản kiểm phiếu lập xong lúc …… giờ …… phút cùng ngày và được công bố trước hội nghị.',
  signLeft: 'CÁC THÀNH VIÊN',
  signRight: 'TRƯỞNG BAN KIỂM PHIẾU',
} as const;

/** What «Xuất bản Google Docs» has written before the upload can fail. */
const DOCS_WRITTEN =
  'Đã ghi vào bảng tính: các cột kết quả của trang «Danh sách» (tính lại) và trang «Báo cáo» (tạo lại); các trang khác không thay đổi.';
const DOCS_RETRY = 'Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy dùng «Xuất PDF».';

/** The toasts and dialogs of the minutes and of the Google Docs export (their menu captions: menu.ts). */
export const MINUTES_UI = {
  minutesDone: (voteCount: boolean) =>
    voteCount
      ? `Đã tạo trang «${MINUTES_SHEET_NAMES.minutes}» và trang «${MINUTES_SHEET_NAMES.voteCount}». Hãy kiểm tra, bổ sung phần thảo luận rồi in.`
      : `Đã tạo trang «${MINUTES_SHEET_NAMES.minutes}». Hãy kiểm tra, bổ sung phần thảo luận rồi in.`,
  docsTitle: 'Xuất bản Word/Google Docs',
  /** The name of the Google Doc in Drive, and the title of `bao-cao.docx`. */
  docName: (year: number) => `Báo cáo xếp loại đảng viên và chi bộ năm ${year}`,
  /** The title of `bien-ban.docx`. */
  minutesDocName: (year: number) => `Biên bản hội nghị kiểm điểm, đánh giá, xếp loại năm ${year}`,
  docsReady: (name: string) =>
    `Đã tạo tài liệu Google Docs «${name}» trong Google Drive của bạn. Hãy bổ sung ưu điểm, khuyết điểm, đề nghị trước khi ký.`,
  docsOpen: 'Mở tài liệu Google Docs',
  docsWordHint: 'Cần tệp Word: trong Google Docs chọn «Tệp → Tải xuống → Microsoft Word (.docx)».',
  docsFailed: (code: number) => `Chưa tạo được tài liệu Google Docs: Google trả về mã ${code}. ${DOCS_WRITTEN} ${DOCS_RETRY}`,
  docsNoFile: () =>
    `Chưa tạo được tài liệu Google Docs: câu trả lời của Google Drive không có mã tệp. ${DOCS_WRITTEN} ${DOCS_RETRY}`,
  docsUnreachable: (reason: string) =>
    `Chưa tạo được tài liệu Google Docs: không gọi được Google Drive (${reason}). ${DOCS_WRITTEN} ${DOCS_RETRY}`,
  docsUnavailable: 'Chức năng xuất Google Docs chưa sẵn sàng trong môi trường này. Hãy dùng «Xuất PDF».',
} as const;
