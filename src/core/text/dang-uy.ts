/**
 * Words of the đảng ủy's own spreadsheet (issue 13): its sheets, the headers and labels it
 * reads, its menu, help and messages. The sheets it writes take their words from
 * consolidation-report.ts, shared with the CLI. Not re-exported by index.ts: only the đảng
 * ủy's bundle needs them.
 */
import type { QuotaScope } from '../consolidate';
import { CONSOLIDATION_REPORT, CONSOLIDATION_SHEETS } from './consolidation-report';
import { DANG_UY_MENU } from './dang-uy-menu';
import { quote } from './messages';

export const DANG_UY_SHEETS = {
  chiBoList: 'Danh sách chi bộ',
  settings: 'Cấu hình đảng ủy',
  summary: CONSOLIDATION_SHEETS.summaryName,
  members: CONSOLIDATION_SHEETS.membersName,
  report: CONSOLIDATION_REPORT.sheetName,
  /** Before each chi bộ's name in the name of its decision sheet. */
  decisionPrefix: 'QĐ - ',
} as const;

/** Headers of «Danh sách chi bộ», canonical first, then accepted aliases. */
export const CHI_BO_LIST_WORDS = {
  number: { headers: ['STT', 'Số thứ tự', 'TT'] },
  name: { headers: ['Tên chi bộ', 'Chi bộ', 'Tên'] },
  link: {
    headers: ['Liên kết bảng tính', 'Liên kết', 'Đường dẫn', 'Đường link', 'Link', 'URL', 'Mã bảng tính', 'ID bảng tính'],
  },
} as const;

/** Labels of «Cấu hình đảng ủy», canonical first, then accepted aliases. */
export const DANG_UY_SETTING_WORDS = {
  dangUyName: { headers: ['Tên đảng ủy', 'Tên đảng uỷ', 'Đảng ủy', 'Tên đảng bộ'] },
  superior: { headers: ['Tên đảng bộ cấp trên', 'Đảng bộ cấp trên', 'Cấp ủy cấp trên'] },
  year: { headers: ['Năm đánh giá', 'Năm'] },
  documentNumber: { headers: ['Số văn bản', 'Số báo cáo'] },
  documentSymbol: { headers: ['Ký hiệu văn bản', 'Ký hiệu', 'Ký hiệu báo cáo'] },
  place: { headers: ['Địa danh', 'Nơi ký'] },
  date: { headers: ['Ngày ký', 'Ngày báo cáo', 'Ngày văn bản'] },
  signer: { headers: ['Người ký', 'Bí thư', 'Họ tên người ký'] },
  signerTitle: { headers: ['Chức vụ người ký', 'Chức vụ'] },
  profile: { headers: ['Bộ quy tắc', 'Quy tắc'] },
  quotaScope: { headers: ['Phạm vi hạn mức HTXS', 'Hạn mức HTXS tính theo'] },
  quotaPercent: { headers: ['Hạn mức HTXS (%)', 'Hạn mức HTXS', 'Tỷ lệ HTXS (%)'] },
  outstanding: { headers: ['Đảng bộ có thành tích xuất sắc, nổi trội', 'Thành tích xuất sắc, nổi trội'] },
  smallGroupOne: { headers: ['Nhóm nhỏ được 01 HTXS', 'Nhóm nhỏ được 1 HTXS'] },
} as const;

/** The two quota scopes, as the dropdown of «Phạm vi hạn mức HTXS» offers them, then accepted spellings. */
export const QUOTA_SCOPE_WORDS: Record<QuotaScope, readonly [string, ...string[]]> = {
  dangBo: ['Toàn đảng bộ', 'Đảng bộ', 'Cả đảng bộ', 'Theo đảng bộ'],
  chiBo: ['Từng chi bộ', 'Chi bộ', 'Theo chi bộ', 'Trong từng chi bộ'],
};

/** Why a value of «Cấu hình đảng ủy» is refused, and what to type. */
export const DANG_UY_SETTING_TEXT = {
  notScope: 'không phải là một phạm vi hạn mức đã có',
  scopeHint: `Chọn «${QUOTA_SCOPE_WORDS.dangBo[0]}» (hạn mức theo nhóm đối tượng trên toàn đảng bộ, theo QĐ 366) hoặc «${QUOTA_SCOPE_WORDS.chiBo[0]}».`,
  profileHint: (names: string) => `Các bộ quy tắc hiện có: ${names}; để trống thì dùng bộ quy tắc của các chi bộ.`,
  error: (row: number, label: string, value: string, problem: string, hint: string) =>
    `Trang «${DANG_UY_SHEETS.settings}», dòng ${row}, «${label}»: ${value === '' ? 'ô đang để trống' : `giá trị ${quote(value)}`} ${problem}. ${hint}`.trim(),
} as const;

/** The chi bộ a problem is about: its name when known, and its row in «Danh sách chi bộ». */
const WHERE = (name: string, row: number) =>
  name === ''
    ? `Chi bộ ở dòng ${row} của trang «${DANG_UY_SHEETS.chiBoList}»`
    : `Chi bộ «${name}» (dòng ${row} của trang «${DANG_UY_SHEETS.chiBoList}»)`;
const LINK = CHI_BO_LIST_WORDS.link.headers[0];
const NAME = CHI_BO_LIST_WORDS.name.headers[0];
const MENU_TITLE = DANG_UY_MENU.title;

/** What stops «Tổng hợp» before anything is written, each naming where and what to do. */
export const DANG_UY_PROBLEMS = {
  noListSheet: `Không tìm thấy trang «${DANG_UY_SHEETS.chiBoList}». Hãy chọn «${MENU_TITLE} → Tạo bảng mẫu», rồi điền tên và liên kết bảng tính của từng chi bộ, mỗi chi bộ một dòng.`,
  noListHeader: `Trang «${DANG_UY_SHEETS.chiBoList}» chưa có cột «${LINK}». Dòng tiêu đề cần có «${NAME}» và «${LINK}»; hãy thêm, hoặc chọn «${MENU_TITLE} → Tạo bảng mẫu» để có sẵn.`,
  noChiBo: `Trang «${DANG_UY_SHEETS.chiBoList}» chưa có chi bộ nào. Hãy điền tên và liên kết bảng tính của từng chi bộ, mỗi chi bộ một dòng, dưới dòng tiêu đề.`,
  noLink: (row: number) =>
    `Dòng ${row} của trang «${DANG_UY_SHEETS.chiBoList}»: chưa có liên kết bảng tính. Hãy mở bảng tính của chi bộ, sao chép địa chỉ trên thanh trình duyệt và dán vào cột «${LINK}».`,
  badLink: (row: number, value: string) =>
    `Dòng ${row} của trang «${DANG_UY_SHEETS.chiBoList}», cột «${LINK}»: ${quote(value)} không phải là liên kết của một bảng tính Google. Liên kết đúng có dạng https://docs.google.com/spreadsheets/d/…/edit: hãy mở bảng tính của chi bộ, sao chép địa chỉ trên thanh trình duyệt và dán vào ô này. Nếu ô hiện tên tệp thay cho địa chỉ (Google đổi liên kết thành «chip»), hãy dán lại và không chọn đổi thành chip.`,
  sameLink: (row: number, first: number) =>
    `Dòng ${row} của trang «${DANG_UY_SHEETS.chiBoList}»: liên kết trùng với dòng ${first} (cùng một bảng tính). Hãy xóa một trong hai dòng, hoặc sửa lại liên kết.`,
  sameName: (row: number, first: number, name: string) =>
    `Dòng ${row} của trang «${DANG_UY_SHEETS.chiBoList}»: tên chi bộ «${name}» trùng với dòng ${first}. Hãy ghi tên khác nhau ở cột «${NAME}».`,
  cannotOpen: (name: string, row: number, detail: string) =>
    `${WHERE(name, row)}: không mở được bảng tính. Có thể liên kết sai, bảng tính đã bị xóa, hoặc chưa được chia sẻ cho tài khoản đang dùng. Hãy kiểm tra liên kết ở cột «${LINK}», và nhờ bí thư chi bộ chia sẻ bảng tính (ít nhất quyền xem) cho tài khoản này. (Google báo: ${detail})`,
  notShared: (name: string, row: number, detail: string) =>
    `${WHERE(name, row)}: tài khoản đang dùng chưa được chia sẻ bảng tính này (Google báo: ${detail}). Hãy nhờ bí thư chi bộ mở bảng tính, bấm «Chia sẻ» và thêm tài khoản của đảng ủy, chỉ cần quyền «Người xem»; rồi chọn lại «${MENU_TITLE} → Tổng hợp».`,
  notFound: (name: string, row: number, detail: string) =>
    `${WHERE(name, row)}: không có bảng tính nào ở liên kết này (Google báo: ${detail}). Có thể liên kết bị chép thiếu hoặc bảng tính đã bị xóa. Hãy mở bảng tính của chi bộ, sao chép địa chỉ trên thanh trình duyệt và dán lại vào dòng ${row}, cột «${LINK}» của trang «${DANG_UY_SHEETS.chiBoList}».`,
  apiDisabled: (detail: string) =>
    `Công cụ của đảng ủy chưa được bật Google Sheets API nên chưa đọc được bảng tính của các chi bộ (Google báo: ${detail}). Hãy báo người cài đặt công cụ: cần bật Google Sheets API cho dự án Apps Script của công cụ (mục «Dịch vụ» → «Google Sheets API»), rồi chạy lại «Tổng hợp».`,
  unreachable: (detail: string) =>
    `Không kết nối được tới Google để đọc bảng tính của các chi bộ (Google báo: ${detail}). Hãy kiểm tra kết nối mạng và thử lại sau ít phút.`,
  noPermission: (detail: string) =>
    `Công cụ của đảng ủy chưa được cấp quyền đọc bảng tính của chi bộ (Google báo: ${detail}). Hãy đóng bảng tính, mở lại, chọn «${MENU_TITLE} → Tổng hợp» và bấm «Cho phép» khi Google hỏi quyền; nếu vẫn lỗi, hãy báo người cài đặt công cụ.`,
  cannotRead: (name: string, row: number, detail: string) =>
    `${WHERE(name, row)}: không đọc được bảng tính (Google báo: ${detail}). Hãy thử lại sau ít phút.`,
  missingRoster: (name: string, row: number, sheet: string) =>
    `${WHERE(name, row)}: bảng tính không có trang «${sheet}». Hãy kiểm tra liên kết có đúng là bảng tính xếp loại của chi bộ, hoặc nhờ bí thư chi bộ đặt lại tên trang danh sách đảng viên là «${sheet}».`,
  inChiBo: (name: string, row: number, message: string) => `${WHERE(name, row)}: ${message}`,
} as const;

/** The menu, the help dialog and the toasts of the đảng ủy's spreadsheet. */
export const DANG_UY_UI = {
  menuTitle: MENU_TITLE,
  setupTemplate: DANG_UY_MENU.setupTemplate,
  consolidate: DANG_UY_MENU.consolidate,
  help: DANG_UY_MENU.help,
  lockBusy:
    'Đang có một lần «Tổng hợp» hoặc «Tạo bảng mẫu» khác chạy trên bảng tính này. Hãy đợi khoảng một phút rồi chạy lại; bảng tính chưa bị thay đổi.',
  templateCreated: (sheets: string) =>
    `Đã tạo ${sheets}. Hãy điền tên và liên kết bảng tính của từng chi bộ vào «${DANG_UY_SHEETS.chiBoList}», thông tin của đảng ủy vào «${DANG_UY_SHEETS.settings}», rồi chọn «${MENU_TITLE} → Tổng hợp». Dữ liệu sẵn có không bị thay đổi.`,
  templateThere: (columns: number, labels: number) =>
    columns + labels === 0
      ? `Các trang «${DANG_UY_SHEETS.chiBoList}» và «${DANG_UY_SHEETS.settings}» đã đủ; đã cập nhật danh sách chọn và định dạng. Dữ liệu sẵn có không bị thay đổi.`
      : `Đã bổ sung ${columns} cột vào «${DANG_UY_SHEETS.chiBoList}» và ${labels} thông số vào «${DANG_UY_SHEETS.settings}». Dữ liệu sẵn có không bị thay đổi.`,
  done: (chiBo: number, members: number, changed: number) =>
    `Đã tổng hợp ${chiBo} chi bộ, ${members} đảng viên; ${changed} đảng viên có kết quả khác đề nghị của chi bộ. Xem các trang «${DANG_UY_SHEETS.summary}», «${DANG_UY_SHEETS.members}», «${DANG_UY_SHEETS.report}» và trang «${DANG_UY_SHEETS.decisionPrefix}…» của từng chi bộ.`,
  toastTitle: MENU_TITLE,
  problemsTitle: 'Chưa tổng hợp được',
  problemsIntro: `Chưa tổng hợp được vì các lỗi dưới đây. Chưa có gì được ghi: bảng tính của đảng ủy giữ nguyên, và bảng tính của các chi bộ không bao giờ bị ghi vào. Hãy sửa rồi chọn lại «${MENU_TITLE} → Tổng hợp».`,
  writeFailed: (written: string, detail: string) =>
    `Có lỗi khi ghi kết quả (Google báo: ${detail}). Đã ghi xong: ${written || 'chưa trang nào'}; các trang còn lại chưa được ghi lại. Các trang nhập liệu và bảng tính của chi bộ không bị thay đổi. Hãy chạy lại «Tổng hợp».`,
  unexpected: (detail: string) => `Có lỗi ngoài dự kiến, bảng tính chưa bị thay đổi. Chi tiết kỹ thuật: ${detail}`,
} as const;

export const DANG_UY_HELP = {
  title: 'Hướng dẫn tổng hợp của đảng ủy',
  paragraphs: [
    `1. Chọn «${MENU_TITLE} → Tạo bảng mẫu» để có trang «${DANG_UY_SHEETS.chiBoList}» và trang «${DANG_UY_SHEETS.settings}». Dữ liệu sẵn có không bị xóa.`,
    `2. Ở «${DANG_UY_SHEETS.chiBoList}», mỗi chi bộ một dòng: tên chi bộ và liên kết bảng tính xếp loại của chi bộ (mở bảng tính của chi bộ, sao chép địa chỉ trên thanh trình duyệt). Bí thư chi bộ cần chia sẻ bảng tính cho tài khoản của đảng ủy, chỉ cần quyền xem.`,
    `3. Ở «${DANG_UY_SHEETS.settings}», điền tên đảng ủy, năm, số văn bản, người ký, phạm vi hạn mức HTXS (toàn đảng bộ hay từng chi bộ) và thành tích của đảng bộ.`,
    `4. Chọn «${MENU_TITLE} → Tổng hợp». Công cụ chỉ đọc bảng tính của các chi bộ, không bao giờ ghi vào đó. Nếu có lỗi (liên kết sai, chưa được chia sẻ, thiếu trang, danh sách sai), thông báo nêu rõ chi bộ, dòng và cách sửa, và chưa có gì được ghi.`,
    `5. Kết quả: «${DANG_UY_SHEETS.summary}» (theo chi bộ, theo mức, hạn mức), «${DANG_UY_SHEETS.members}» (từng đảng viên: chi bộ đề nghị, đảng ủy quyết định), «${DANG_UY_SHEETS.report}», và mỗi chi bộ một trang «${DANG_UY_SHEETS.decisionPrefix}<tên chi bộ>».`,
    `6. Gửi kết quả về chi bộ: trang «${DANG_UY_SHEETS.decisionPrefix}<tên chi bộ>» có cột quyết định xếp đúng dòng như trang «Danh sách» của chi bộ. Bí thư chi bộ sao chép cả cột đó và dán vào cột «Quyết định cấp trên» (chọn «Dán đặc biệt → Chỉ giá trị»), rồi chọn «Phân loại → Tính lại».`,
  ],
} as const;
