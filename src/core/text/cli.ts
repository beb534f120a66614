/** Command-line messages (stderr and the summary table). */
import { PROFILE_NAMES } from './domain';

const profileChoice = (id: string, name: string) => `${id} («${name}»)`;

export const CLI = {
  usage: [
    'Cách dùng:',
    '  phan-loai demo [--out THƯ_MỤC] [--profile BỘ_QUY_TẮC]',
    '  phan-loai classify TỆP.xlsx|TỆP.csv [--out THƯ_MỤC] [--json] [--quota-percent P] [--voting-base N]',
    '                     [--separate-htxs-ballot] [--no-cumulative] [--meeting-date YYYY-MM-DD]',
    '                     [--profile BỘ_QUY_TẮC]',
    '',
    `BỘ_QUY_TẮC: ${Object.entries(PROFILE_NAMES)
      .map(([id, name]) => profileChoice(id, name))
      .join(' hoặc ')}.`,
    '  Không ghi thì theo «Bộ quy tắc» trong trang «Cấu hình»; có ghi thì thay cho giá trị đó.',
    '  «demo --profile qd366-2025» chạy bảng mẫu riêng của bộ quy tắc QĐ 366.',
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
  previewForbidden:
    'Yêu cầu bị từ chối: chỉ trang xem thử do máy chủ này mở (tại địa chỉ của nó) mới được gọi máy chủ. Hãy mở lại địa chỉ in ra khi chạy «npm run preview».',
} as const;

/** Words the local PDF printer adds to what it prints. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export const PDF_TEXT = {
  /** After a cell cut short: how long it was, how much is printed. */
  cut: (chars: number, printed: number) => `[ô quá dài: ${thousands(chars)} ký tự, chỉ in ${thousands(printed)} ký tự đầu]`,
};
