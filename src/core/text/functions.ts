/** The custom functions: their cell texts and their JSDoc. */
import { quote, type RuleNumbers } from './messages';

/** Texts returned by the custom functions (in the cell, so short). */
export const FN = {
  badFraction: (text: string) => `Lỗi: tỷ lệ ${quote(text)} không hợp lệ, hãy viết dạng "2/3" hoặc "1/2".`,
  badNumber: (name: string, value: string) => `Lỗi: ${name} ${quote(value)} phải là số nguyên từ 0 trở lên.`,
  badCell: (message: string) => `Lỗi: ${message}`,
  useScoreFunction: 'Lỗi: bộ quy tắc này chấm điểm, hãy dùng hàm XEPLOAI_DIEM.',
  tasksIncomplete: 'Lỗi: cần nhập cả số nhiệm vụ được giao và số nhiệm vụ hoàn thành, hoặc để trống cả hai.',
  scoreMissing: 'Lỗi: cần nhập điểm tiêu chí chung và điểm kết quả nhiệm vụ.',
  tasksInconsistent:
    'Lỗi: số nhiệm vụ hoàn thành không được lớn hơn số được giao; số chậm tiến độ và số vượt mức không được lớn hơn số hoàn thành.',
  leadersOnlyFault: 'Lỗi: khuyết điểm tham nhũng, lãng phí, tiêu cực chỉ áp dụng với nhóm lãnh đạo, quản lý.',
  badProfile: (value: string) => `Lỗi: không có bộ quy tắc ${quote(value)}; để trống hoặc dùng tên trong ô «Bộ quy tắc».`,
  shape: 'Lỗi: các vùng dữ liệu phải có cùng số dòng và số cột.',
  tallyOverBase: (n: number) => `Lỗi: tổng số phiếu lớn hơn mẫu số (${n}); hãy kiểm tra lại số phiếu.`,
  names: {
    votes: 'số phiếu',
    base: 'mẫu số',
    total: 'số HTXS và HTT',
    percent: 'phần trăm',
    profile: 'bộ quy tắc',
  },
} as const;

/** JSDoc of the custom functions: Sheets shows it in autocomplete. */
export const fnDocs = (r: RuleNumbers) => ({
  XEPLOAI: {
    summary:
      'Xếp loại chất lượng một đảng viên (hoặc cả một vùng) theo tiêu chí và số phiếu: trả về HTXS, HTT, HT, KHT hoặc CXL (chưa xếp loại).',
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
      bo_quy_tac: 'Tên bộ quy tắc, ví dụ ô «Bộ quy tắc» của trang «Cấu hình» (để trống là bộ quy tắc mặc định).',
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
  XEPLOAI_DIEM: {
    summary:
      'Xếp loại chất lượng một đảng viên (hoặc cả một vùng) theo Quy định 366-QĐ/TW: điểm, khung điểm và điều kiện về nhiệm vụ; trả về HTXS, HTT, HT, KHT hoặc CXL (cấp có thẩm quyền xem xét).',
    params: {
      diem_chung: 'Điểm tiêu chí chung đã thống nhất, từ 0 đến 30 (ô hoặc vùng).',
      diem_nhiem_vu: 'Điểm kết quả thực hiện nhiệm vụ đã thống nhất, từ 0 đến 70.',
      so_giao: 'Số nhiệm vụ được giao (để trống nếu không kiểm tra điều kiện về nhiệm vụ).',
      so_hoan_thanh: 'Số nhiệm vụ hoàn thành.',
      so_cham: 'Số nhiệm vụ chậm tiến độ (để trống là 0).',
      so_vuot_muc: 'Số nhiệm vụ hoàn thành vượt mức (để trống là 0).',
      khac_phuc: 'Đã khắc phục hạn chế kỳ trước: Có, Không, hoặc để trống nếu không có hạn chế.',
      ky_luat: 'Đang chấp hành kỷ luật: Có hoặc Không.',
      khuyet_diem: 'Khuyết điểm thuộc diện không hoàn thành nhiệm vụ (để trống nếu không có).',
      nhom: 'Nhóm đối tượng: Lãnh đạo, quản lý (2A); Không giữ chức vụ lãnh đạo, quản lý (2B); Không làm việc trong hệ thống chính trị (2C).',
    },
    returns: 'Mức xếp loại, hoặc một vùng các mức nếu đầu vào là vùng.',
  },
  HANMUC_HTXS: {
    summary: 'Số đảng viên HTXS tối đa được phép khi tổng số HTXS và HTT là so_htxs_va_htt, theo hạn mức phan_tram% số HTT.',
    params: {
      so_htxs_va_htt: 'Tổng số đảng viên xếp loại HTXS và HTT (ô hoặc vùng).',
      phan_tram: `Hạn mức phần trăm, ví dụ ${r.quotaPercent} hoặc ${r.outstandingQuotaPercent} (để trống là hạn mức của bộ quy tắc, ${r.quotaPercent} theo mặc định).`,
      bo_quy_tac: 'Tên bộ quy tắc, ví dụ ô «Bộ quy tắc» của trang «Cấu hình» (để trống là bộ quy tắc mặc định).',
    },
    returns: 'Số HTXS tối đa.',
  },
});
