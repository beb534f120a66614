/**
 * The bundled sample: a fictional high-school chi bộ of 25 members with every kind of
 * case (sick leave, discipline, a fault without enough votes, absent, exempt,
 * probationary, under 6 months, quota pressure and a tie at the HTXS cut-off).
 * N = 21 official active members: HTXS needs ≥ 15 votes, HTT/HT/KHT ≥ 11.
 */
import type { CellValue } from '../addon/gas';
import { headerOf } from '../core/columns';
import { PLAN_2023 } from '../core/profiles';
import { SHEET_NAMES } from '../core/text/sheets';
import { CallCounter } from './call-counter';
import { LocalSpreadsheet } from './workbook';

/** Every input column of the default profile, in the template's order. */
const SAMPLE_HEADERS: string[] = PLAN_2023.columns.map(headerOf);

const d = (day: number, month: number, year: number) => new Date(year, month - 1, day);

type Row = [
  name: string,
  post: string,
  leader: string,
  membership: string,
  status: string,
  admitted: Date,
  emulation: string,
  sick: number | string,
  discipline: string,
  faults: string,
  self: string,
  proposal: string,
  htxs: number,
  htt: number,
  ht: number,
  kht: number,
  conclusion: string,
  docs: [boolean, boolean, boolean],
];

// biome-ignore format: one sample member per line, read as a table
const ROWS: Row[] = [
  ['Trần Thị Mai Hương', 'Hiệu trưởng, Bí thư chi bộ', 'Có', 'Chính thức', '', d(12, 5, 2001), 'CSTĐCS', 0, 'Không', '', 'HTXS', 'HTXS', 20, 1, 0, 0, '', [true, true, true]],
  ['Nguyễn Văn Hùng', 'Phó Hiệu trưởng, Phó Bí thư', 'Có', 'Chính thức', '', d(3, 2, 2004), 'HTXS', 0, 'Không', '', 'HTXS', 'HTXS', 18, 3, 0, 0, '', [true, true, true]],
  ['Lê Thị Thu Trang', 'Phó Hiệu trưởng', 'Có', 'Chính thức', '', d(19, 5, 2008), 'HTXS', 0, 'Không', '', 'HTXS', 'HTXS', 18, 2, 1, 0, '', [true, true, true]],
  ['Phạm Minh Tuấn', 'Tổ trưởng tổ Toán - Tin', 'Có', 'Chính thức', '', d(2, 9, 2010), 'HTXS', 0, 'Không', '', 'HTXS', 'HTT', 16, 5, 0, 0, '', [true, true, true]],
  ['Võ Thị Ngọc Lan', 'Tổ trưởng tổ Ngữ văn', 'Có', 'Chính thức', '', d(30, 4, 2012), 'Chiến sỹ thi đua cơ sở', 0, 'Không', '', 'HTXS', 'HTT', 15, 6, 0, 0, '', [true, true, false]],
  ['Đặng Quốc Bảo', 'Giáo viên Vật lý', 'Không', 'Chính thức', '', d(6, 1, 2014), 'HTXS', 0, 'Không', '', 'HTXS', 'HTT', 10, 11, 0, 0, '', [true, true, true]],
  ['Huỳnh Thị Kim Oanh', 'Giáo viên Hóa học', 'Không', 'Chính thức', '', d(8, 3, 2013), 'HTT', 0, 'Không', '', 'HTT', 'HTT', 2, 17, 2, 0, '', [true, true, true]],
  ['Bùi Văn Thành', 'Giáo viên Sinh học', 'Không', 'Chính thức', '', d(27, 7, 2011), 'Hoàn thành tốt nhiệm vụ', 0, 'Không', '', 'HTT', 'HTT', 0, 18, 3, 0, '', [true, true, true]],
  ['Ngô Thị Hồng Nhung', 'Giáo viên Tiếng Anh', 'Không', 'Chính thức', '', d(20, 11, 2015), 'HTTNV', 0, 'Không', '', 'HTT', 'HTT', 1, 19, 1, 0, '', [true, false, true]],
  ['Đỗ Minh Khang', 'Giáo viên Lịch sử', 'Không', 'Chính thức', '', d(15, 6, 2016), 'HTT', 0, 'Không', '', 'HTT', 'HTT', 0, 16, 5, 0, '', [true, true, true]],
  ['Lý Thị Bích Ngọc', 'Giáo viên Địa lý', 'Không', 'Chính thức', '', d(9, 9, 2017), 'HTT', 0, 'Không', '', 'HTT', 'HTT', 0, 15, 6, 0, '', [true, true, true]],
  ['Trương Văn Lợi', 'Giáo viên Thể dục', 'Không', 'Chính thức', '', d(1, 10, 2009), 'HTT', 4, 'Không', '', 'HTT', 'HT', 0, 9, 12, 0, '', [true, true, true]],
  ['Phan Thị Thanh Thủy', 'Giáo viên Tin học', 'Không', 'Chính thức', '', d(22, 12, 2018), 'HTT', '2,5', 'Không', '', 'HTT', 'HTT', 0, 17, 4, 0, '', [true, true, true]],
  ['Mai Văn Đức', 'Giáo viên GDCD, Chủ tịch Công đoàn', 'Có', 'Chính thức', '', d(14, 2, 2007), 'HTT', 0, 'Không', '', 'HTT', 'HTT', 3, 16, 2, 0, '', [true, true, true]],
  ['Cao Thị Hoài Thương', 'Bí thư Đoàn trường', 'Có', 'Chính thức', '', d(26, 3, 2019), 'HTT', 0, 'Không', '', 'HTT', 'HTT', 0, 18, 3, 0, '', [true, true, true]],
  ['Tạ Quang Vinh', 'Giáo viên Toán', 'Không', 'Chính thức', '', d(5, 5, 2015), 'HT-HC', 0, 'Không', '', 'HT', 'HT', 0, 2, 17, 2, '', [true, true, true]],
  ['Hồ Văn Sang', 'Giáo viên Ngữ văn', 'Không', 'Chính thức', '', d(11, 11, 2010), 'HT', 0, 'Có', '', 'HT', 'KHT', 0, 0, 8, 13, '', [true, false, false]],
  ['Dương Thị Yến', 'Giáo viên Công nghệ', 'Không', 'Chính thức', '', d(19, 8, 2016), 'HT', 0, 'Không', 'Không hoàn thành nhiệm vụ chi bộ giao', 'HT', 'KHT', 0, 3, 10, 8, '', [true, true, true]],
  ['Châu Minh Nhật', 'Nhân viên thư viện', 'Không', 'Chính thức', '', d(2, 4, 2018), 'HT', 0, 'Không', '', 'HT', 'HT', 0, 4, 14, 0, '', [true, true, true]],
  ['Lưu Thị Phương', 'Giáo viên Tiếng Anh', 'Không', 'Chính thức', '', d(17, 6, 2020), 'HTT', 0, 'Không', '', 'HTXS', 'HTT', 0, 18, 2, 0, '', [true, true, true]],
  ['Kiều Văn Toàn', 'Kế toán', 'Không', 'Chính thức', '', d(8, 8, 2019), 'HT', 0, 'Không', '', 'HT', 'HT', 0, 6, 13, 0, '', [true, true, true]],
  ['Trịnh Thị Mỹ Duyên', 'Giáo viên Vật lý', 'Không', 'Dự bị', '', d(15, 3, 2023), 'HTT', 0, 'Không', '', 'HTT', 'HTT', 0, 17, 3, 0, '', [true, true, true]],
  ['Nguyễn Hoàng Phúc', 'Giáo viên Toán', 'Không', 'Dự bị', '', d(20, 8, 2023), 'HTT', 0, 'Không', '', '', '', 0, 0, 0, 0, '', [true, true, true]],
  ['La Văn Hòa', 'Giáo viên Hóa học', 'Không', 'Chính thức', 'Vắng mặt', d(4, 7, 2012), 'HTT', 0, 'Không', '', '', '', 0, 0, 0, 0, '', [false, false, false]],
  ['Tôn Nữ Diệu Hiền', 'Giáo viên Ngữ văn', 'Không', 'Chính thức', 'Miễn sinh hoạt', d(10, 10, 1995), 'HT', 0, 'Không', '', '', '', 0, 0, 0, 0, '', [true, true, true]],
];

export function sampleRosterGrid(): CellValue[][] {
  return [
    SAMPLE_HEADERS,
    ...ROWS.map((r, i) => {
      const [
        name,
        post,
        leader,
        membership,
        status,
        admitted,
        emulation,
        sick,
        discipline,
        faults,
        self,
        proposal,
        htxs,
        htt,
        ht,
        kht,
        conclusion,
        docs,
      ] = r;
      return [
        i + 1,
        name,
        post,
        leader,
        membership,
        status,
        admitted,
        emulation,
        sick,
        discipline,
        faults,
        self,
        proposal,
        htxs,
        htt,
        ht,
        kht,
        conclusion,
        ...docs,
      ];
    }),
  ];
}

export function sampleSettingsGrid(): CellValue[][] {
  return [
    ['Thông số', 'Giá trị'],
    ['Tên đảng bộ cấp trên', 'Đảng bộ huyện An Bình'],
    ['Tên chi bộ', 'Chi bộ Trường THPT Số 2 An Bình'],
    ['Năm đánh giá', 2023],
    ['Năm học thi đua', '2022-2023'],
    ['Địa danh', 'An Bình'],
    ['Ngày họp', d(7, 12, 2023)],
    ['Số văn bản', '15'],
    ['Ký hiệu văn bản', 'BC/CBTHPTAB2'],
    ['Căn cứ', 'Kế hoạch số 60-KH/HU ngày 22/11/2023 của Huyện ủy An Bình'],
    ['Cơ quan nhận báo cáo', 'Ban Tổ chức Huyện ủy An Bình'],
    ['Bí thư', 'Trần Thị Mai Hương'],
    ['Chủ trì hội nghị', 'Trần Thị Mai Hương'],
    ['Thư ký hội nghị', 'Ngô Thị Hồng Nhung'],
    ['Bộ quy tắc', 'Kế hoạch chi bộ 2023'],
    ['Hạn mức HTXS (%)', ''],
    ['Chi bộ có thành tích đặc biệt xuất sắc', 'Không'],
    ['Số đảng viên chính thức (mẫu số)', ''],
    ['Cộng dồn phiếu', 'Có'],
    ['Phiếu HTXS bầu riêng', 'Không'],
    ['Kết quả thực hiện nhiệm vụ của chi bộ', 'HTT'],
    ['Cấp ủy đoàn kết', 'Có'],
    ['Xếp loại tập thể cấp ủy', 'HTT'],
    ['Sinh hoạt đúng quy định', 'Có'],
    ['Xếp loại nhà trường', 'Mức cao thứ hai'],
    ['Xếp loại Đoàn Thanh niên', 1],
    ['Xếp loại Công đoàn', 1],
    ['Có đảng viên bị kỷ luật do tham nhũng, tiêu cực, suy thoái', 'Không'],
    ['Kỷ luật do chi bộ chủ động phát hiện', 'Có'],
  ];
}

/** A fresh in-memory workbook holding the sample's two input sheets. */
export function sampleWorkbook(counter = new CallCounter()): LocalSpreadsheet {
  const book = new LocalSpreadsheet(counter, 'Mẫu chi bộ THPT Số 2 An Bình');
  fill(book, SHEET_NAMES.roster, sampleRosterGrid());
  fill(book, SHEET_NAMES.settings, sampleSettingsGrid());
  return book;
}

export function fill(book: LocalSpreadsheet, name: string, grid: readonly (readonly CellValue[])[]): void {
  const sheet = book.sheet(name) ?? book.addSheet(name);
  for (const [r, row] of grid.entries()) {
    for (const [c, value] of row.entries()) {
      if (value !== '') sheet.cellForWrite(r + 1, c + 1).value = value;
    }
  }
}
