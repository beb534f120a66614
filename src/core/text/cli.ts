/** Command-line messages (stderr and the summary table). */
import { PROFILE_NAMES } from './domain';

const profileChoice = (id: string, name: string) => `${id} («${name}»)`;

export const CLI = {
  usage: [
    'Cách dùng:',
    '  phan-loai demo [--out THƯ_MỤC] [--profile BỘ_QUY_TẮC] [TÙY_CHỌN…]',
    '  phan-loai classify TỆP.xlsx|TỆP.csv [--out THƯ_MỤC] [--profile BỘ_QUY_TẮC] [TÙY_CHỌN…]',
    '  phan-loai consolidate THƯ_MỤC|TỆP.xlsx… [--out THƯ_MỤC] [--profile BỘ_QUY_TẮC] [TÙY_CHỌN_ĐẢNG_ỦY…]',
    '  phan-loai demo-dang-bo [--out THƯ_MỤC] [TÙY_CHỌN_ĐẢNG_ỦY…]',
    '  phan-loai --help',
    '',
    '  demo            xếp loại bảng mẫu có sẵn (để xem thử)',
    '  classify        xếp loại danh sách trong tệp Excel (.xlsx, trang «Danh sách») hoặc .csv',
    '  consolidate     đảng ủy tổng hợp các chi bộ: mọi tệp .xlsx trong THƯ_MỤC (hoặc các tệp ghi ra), mỗi tệp một chi bộ',
    '  demo-dang-bo    tổng hợp đảng bộ mẫu có sẵn (6 chi bộ, để xem thử)',
    '',
    'Kết quả: THƯ_MỤC/ket-qua.xlsx, bao-cao.pdf, bao-cao.docx (báo cáo sửa được) và bien-ban.docx (biên bản hội nghị); mặc định THƯ_MỤC là «out».',
    '',
    'TÙY_CHỌN (thay cho giá trị trong trang «Cấu hình»):',
    '  --json                     chỉ in kết quả dạng JSON',
    '  --quota-percent P          hạn mức HTXS, số nguyên từ 0 đến 100 (%)',
    '  --voting-base N            số đảng viên chính thức (mẫu số), số nguyên từ 1 đến 1.000.000',
    '  --separate-htxs-ballot     phiếu HTXS bầu riêng',
    '  --no-cumulative            không cộng dồn phiếu',
    '  --meeting-date YYYY-MM-DD  ngày họp chi bộ',
    '',
    'Kết quả tổng hợp: THƯ_MỤC/tong-hop.xlsx, bao-cao-tong-hop.pdf, bao-cao-tong-hop.docx và quyet-dinh/TÊN_TỆP.xlsx',
    '  (danh sách quyết định của từng chi bộ, cùng hàng với trang «Danh sách» để chép sang cột «Quyết định cấp trên»).',
    '',
    'TÙY_CHỌN_ĐẢNG_ỦY:',
    '  --json                       chỉ in kết quả tổng hợp dạng JSON',
    '  --quota-scope dang-bo|chi-bo  hạn mức HTXS tính theo nhóm trong toàn đảng bộ (mặc định) hay riêng từng chi bộ',
    '  --quota-percent P            hạn mức HTXS của đảng viên, số nguyên từ 0 đến 100 (%)',
    '  --outstanding                đảng bộ có thành tích xuất sắc, nổi trội (hạn mức cao hơn)',
    '  --small-group-one            nhóm nhỏ được 01 HTXS',
    '  --party-committee TÊN        tên đảng ủy (mặc định: «Tên đảng bộ cấp trên» của các chi bộ)',
    '  --upper-body TÊN             đảng bộ cấp trên của đảng ủy, ví dụ «Huyện ủy Phù Cát»',
    '  --document-number SỐ         số báo cáo, ví dụ «05» hoặc «05-BC/ĐU»',
    '  --place TÊN                  địa danh (mặc định: «Địa danh» của các chi bộ)',
    '  --report-date YYYY-MM-DD     ngày báo cáo',
    '  --signer TÊN                 người ký (mặc định: để trống để ký tay)',
    '  --signer-title CHỨC_VỤ       chức vụ người ký, mặc định «BÍ THƯ»',
    '',
    `BỘ_QUY_TẮC: ${Object.entries(PROFILE_NAMES)
      .map(([id, name]) => profileChoice(id, name))
      .join(' hoặc ')}.`,
    '  Không ghi thì theo «Bộ quy tắc» trong trang «Cấu hình»; có ghi thì thay cho giá trị đó.',
    '  «demo --profile qd366-2025» chạy bảng mẫu riêng của bộ quy tắc QĐ 366.',
  ].join('\n'),
  unknownCommand: (cmd: string) => `Lệnh «${cmd}» không có. Dùng «demo», «classify», «consolidate» hoặc «demo-dang-bo».`,
  missingFile: 'Thiếu tên tệp danh sách cần xếp loại (.xlsx hoặc .csv).',
  noRosterSheet: (file: string, sheets: string) =>
    `Tệp «${file}» không có trang «Danh sách». Các trang hiện có: ${sheets}. Hãy đổi tên trang danh sách đảng viên thành «Danh sách».`,
  badFlag: (flag: string, value: string, hint: string) => `Giá trị «${value}» của ${flag} không hợp lệ: ${hint}`,
  flagHint: {
    percent: 'cần một số nguyên từ 0 đến 100.',
    base: 'cần một số nguyên từ 1 đến 1.000.000.',
    date: 'cần một ngày có thật theo dạng YYYY-MM-DD, ví dụ 2023-12-07.',
    profile: (known: string) => `cần tên hoặc mã của một bộ quy tắc: ${known}.`,
  },
  profileChoice,
  badArgs: (detail: string) => `Tham số dòng lệnh không hợp lệ: ${detail}`,
  cannotWrite: (dir: string, detail: string) => `Không ghi được vào thư mục «${dir}»: ${detail}`,
  summaryTitle: (name: string) => `Kết quả xếp loại: ${name}`,
  headLevel: 'Mức',
  headCount: 'Số lượng',
  votingBase: (n: number) => `Số đảng viên chính thức biểu quyết (N): ${n}`,
  quota: (p: number, base: number, allowed: number, used: number, exceeded: boolean) =>
    `Hạn mức HTXS: ${p}% số HTT — ${base} đảng viên HTXS/HTT, được tối đa ${allowed}, đã dùng ${used}${exceeded ? ' (VƯỢT HẠN MỨC)' : ''}`,
  quotaGroup: (group: string, base: number, allowed: number, used: number, exceeded: boolean) =>
    `Nhóm «${group}»: ${base} đảng viên HTXS/HTT, được tối đa ${allowed}, đã dùng ${used}${exceeded ? ' (VƯỢT HẠN MỨC)' : ''}`,
  chiBo: (level: string) => `Chi bộ: ${level}`,
  errors: (n: number) => `Lỗi dữ liệu: ${n}`,
  settingErrors: (n: number) => `Lỗi trong trang «Cấu hình»: ${n}`,
  warnings: (n: number) => `Đảng viên có cảnh báo: ${n}`,
  written: 'Đã ghi:',
  noSheets: '(không có)',
  previewStarted: (url: string) => `Bảng điều khiển (bản xem thử, dữ liệu mẫu): ${url}\nNhấn Ctrl+C để dừng.`,
  notFound: 'Không tìm thấy',
  helpHint: 'Xem cách dùng: phan-loai --help',
  unknownOption: (option: string) => `Không có tùy chọn «${option}». Xem các tùy chọn bằng «phan-loai --help».`,
  missingValue: (option: string) =>
    `Thiếu giá trị sau ${option}: hãy viết giá trị ngay sau nó, ví dụ «${option} GIÁ_TRỊ» (giá trị bắt đầu bằng dấu «-» thì viết liền: «${option}=-…»).`,
  noValueExpected: (option: string, value: string) =>
    `Tùy chọn ${option} không nhận giá trị (đã ghi «${option}=${value}»): hãy chỉ ghi «${option}».`,
  unexpectedArgument: (arg: string) =>
    `Thừa tham số «${arg}». Mỗi lần chỉ xếp loại một tệp (demo không nhận tên tệp); tên tệp có dấu cách thì đặt trong ngoặc kép.`,
  outputIsInput: (file: string, output: string) =>
    `Tệp kết quả «${output}» chính là tệp danh sách «${file}»: ghi vào đó sẽ mất tệp gốc. Hãy chọn thư mục khác bằng --out, ví dụ «--out ket-qua-moi». Không có tệp nào được ghi.`,
  notWritten: (dir: string, detail: string) =>
    `Không ghi được kết quả vào thư mục «${dir}». Không có tệp nào bị thay đổi: kết quả cũ (nếu có) vẫn giữ nguyên. Hãy đóng các tệp kết quả nếu đang mở (ví dụ trong Excel), kiểm tra quyền ghi và chỗ trống trên ổ đĩa, hoặc chọn thư mục khác bằng --out. Chi tiết: ${detail}`,
  notRestored: (dir: string, detail: string, kept: string | undefined) =>
    `Không ghi trọn được kết quả vào thư mục «${dir}» và không đặt lại được hết kết quả cũ: các tệp trong thư mục có thể không cùng một lần chạy.${kept ? ` Bản cũ còn giữ trong «${kept}»: hãy chép các tệp đó về «${dir}», hoặc chạy lại.` : ' Hãy chạy lại.'} Chi tiết: ${detail}`,
  outputLocked: (lock: string) =>
    `Một lần chạy khác đang ghi kết quả vào cùng thư mục (tệp khóa «${lock}»). Không có tệp nào bị thay đổi. Hãy đợi lần chạy đó xong rồi chạy lại; nếu không có lần chạy nào khác, hãy xóa tệp «${lock}».`,
  unexpected: (detail: string) =>
    `Lỗi không lường trước trong phan-loai; không có tệp nào được ghi. Hãy chạy lại; nếu lỗi vẫn còn, hãy báo lỗi kèm tệp danh sách và chi tiết này. Chi tiết kỹ thuật: ${detail}`,
  crashed: (detail: string) =>
    `Lỗi không lường trước, phan-loai đã dừng giữa chừng. Hãy xem lại thư mục kết quả và chạy lại; nếu lỗi vẫn còn, hãy báo lỗi kèm chi tiết này. Chi tiết kỹ thuật: ${detail}`,
  /** ket-qua.xlsx could not carry some content of the user's file (named by CONTENT_KIND_NAMES). */
  notCarried: (kinds: string) => `Tệp kết quả không giữ được: ${kinds}; tệp gốc của bạn không bị thay đổi.`,
  contentKinds: {
    comments: 'ghi chú',
    hyperlinks: 'liên kết',
    richText: 'chữ nhiều định dạng trong một ô',
    images: 'hình ảnh',
    charts: 'biểu đồ',
    shapes: 'hình vẽ, nút bấm',
    tables: 'bảng (Table)',
    pivotTables: 'bảng tổng hợp (PivotTable)',
    externalLinks: 'liên kết tới tệp khác',
    macros: 'macro',
    definedNames: 'tên vùng',
    conditionalFormats: 'định dạng có điều kiện của bạn',
    validations: 'quy tắc kiểm tra dữ liệu của bạn',
    hiddenSheets: 'trang ẩn (sẽ hiện ra)',
    hiddenColumns: 'cột ẩn',
    rowHeights: 'chiều cao hàng',
    autoFilter: 'bộ lọc',
    frozenColumns: 'cột cố định',
    tabColors: 'màu thẻ trang',
    protection: 'bảo vệ trang',
    printSetup: 'thiết lập in',
  },
  previewForbidden:
    'Yêu cầu bị từ chối: chỉ trang xem thử do máy chủ này mở (tại địa chỉ của nó) mới được gọi máy chủ. Hãy mở lại địa chỉ in ra khi chạy «npm run preview».',
} as const;

/** Words the local PDF printer adds to what it prints. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export const PDF_TEXT = {
  /** After a cell cut short: how long it was, how much is printed. */
  cut: (chars: number, printed: number) => `[ô quá dài: ${thousands(chars)} ký tự, chỉ in ${thousands(printed)} ký tự đầu]`,
};
