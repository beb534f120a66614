/**
 * The bundled sample of the QĐ 366-QĐ/TW (2025) profile (`phan-loai demo --profile
 * qd366-2025`): a fictional high-school chi bộ of 26 members in the three peer groups
 * (9 leaders 2A, 13 teachers and staff 2B, 4 retired members 2C) with every KHT trigger,
 * the open case, a tie at a group's quota cut-off, both kinds of decision, sick leave,
 * maternity leave and an exempt member. The chi bộ votes are not used («Biểu quyết tại chi
 * bộ» = Không). Every result is derived by hand in test/local/sample-qd366-golden.test.ts.
 */
import type { CellValue } from '../addon/gas';
import { headerOf, type InputKey } from '../core/columns';
import { profileName, QD366_2025 } from '../core/profiles';
import { settingLabel, type SettingKey } from '../core/settings';
import { SHEET_NAMES, TEMPLATE } from '../core/text/sheets';
import { CallCounter } from './call-counter';
import { fill } from './sample';
import { LocalSpreadsheet } from './workbook';

const d = (day: number, month: number, year: number) => new Date(year, month - 1, day);

/** One member: the cells they fill, by column key; every other column is blank. */
type SampleRow = Partial<Record<InputKey, CellValue>>;

const CO = 'Có';
const KHONG = 'Không';
const DOCS: SampleRow = { docSelfReview: true, docResidence: true, docBiography: true };

/** A reviewed member: name, post, «Lãnh đạo, quản lý», «Nhóm đối tượng», the two score parts, tasks (giao, hoàn thành, chậm, vượt mức). */
function member(
  name: string,
  post: string,
  leader: string,
  peerGroup: string,
  general: CellValue,
  task: CellValue,
  tasks: readonly [number, number, number, number],
  admitted: Date,
  extra: SampleRow = {},
): SampleRow {
  const [tasksAssigned, tasksDone, tasksLate, tasksAbove] = tasks;
  return {
    name,
    post,
    leader,
    peerGroup,
    membership: 'Chính thức',
    admissionDate: admitted,
    generalScore: general,
    taskScore: task,
    tasksAssigned,
    tasksDone,
    tasksLate,
    tasksAbove,
    ...DOCS,
    ...extra,
  };
}

// biome-ignore format: one sample member per line, read as a table
const ROWS: readonly SampleRow[] = [
  // 2A: leaders and managers.
  member('Trần Thị Mai Hương', 'Hiệu trưởng, Bí thư chi bộ', CO, '', 28.5, 66, [10, 10, 0, 4], d(12, 5, 2001), { totalScore: 94.5, selfScore: 95 }),
  member('Nguyễn Văn Hùng', 'Phó Hiệu trưởng, Phó Bí thư chi bộ', CO, 'Lãnh đạo, quản lý', 28, 65, [12, 12, 0, 3], d(3, 2, 2004), { selfScore: 94 }),
  member('Lê Thị Thu Trang', 'Phó Hiệu trưởng', CO, '2A', 24, 52, [10, 9, 0, 0], d(19, 5, 2008), { unitsKht: '66,67' }),
  member('Phạm Minh Tuấn', 'Tổ trưởng tổ Toán - Tin', CO, '2A', 22, 45, [10, 6, 0, 0], d(2, 9, 2010)),
  member('Võ Thị Ngọc Lan', 'Tổ trưởng tổ Ngữ văn', CO, '2A', 25, 55, [10, 10, 0, 1], d(30, 4, 2012), { lowConfidence: 55 }),
  member('Huỳnh Thị Kim Oanh', 'Tổ trưởng tổ Hóa - Sinh, Chi ủy viên', CO, '2A', 27, 64.5, [10, 10, 0, 4], d(8, 3, 2013), { selfScore: 92 }),
  member('Mai Văn Đức', 'Tổ trưởng tổ Sử - Địa - GDCD', CO, '2A', 26, '60,25', [9, 9, 0, 2], d(14, 2, 2007)),
  member('Cao Thị Hoài Thương', 'Bí thư Đoàn trường', CO, '2A', 25.5, 58, [8, 8, 0, 1], d(26, 3, 2019)),
  member('Kiều Văn Toàn', 'Tổ trưởng tổ Văn phòng', CO, '2A', 24, 54, [6, 6, 0, 0], d(8, 8, 2015)),
  // 2B: teachers and staff without a leading post.
  member('Đặng Quốc Bảo', 'Giáo viên Vật lý', KHONG, '', 29, '60,75', [8, 8, 0, 3], d(6, 1, 2014)),
  member('Bùi Văn Thành', 'Giáo viên Sinh học', KHONG, '', '27,5', '64,5', [10, 10, 0, 3], d(27, 7, 2011), { selfScore: 93 }),
  member('Ngô Thị Hồng Nhung', 'Giáo viên Tiếng Anh', KHONG, '2B', 28, 64, [10, 10, 0, 5], d(20, 11, 2015), { selfScore: 92 }),
  member('Đỗ Minh Khang', 'Giáo viên Lịch sử', KHONG, '2B', 27, 63.5, [10, 10, 0, 4], d(15, 6, 2016), { remedied: KHONG }),
  member('Lý Thị Bích Ngọc', 'Giáo viên Địa lý', KHONG, '', 24, 56.5, [9, 9, 0, 1], d(9, 9, 2017)),
  member('Trương Văn Lợi', 'Giáo viên Thể dục', KHONG, '', 23, 50, [6, 6, 0, 0], d(1, 10, 2009), { sickMonths: 5 }),
  member('Phan Thị Thanh Thủy', 'Giáo viên Tin học', KHONG, '', 24, 60, [8, 8, 1, 0], d(22, 12, 2018), { maternity: CO }),
  member('Tạ Quang Vinh', 'Giáo viên Toán', KHONG, '', 22, 58, [10, 8, 0, 0], d(5, 5, 2015)),
  member('Hồ Văn Sang', 'Giáo viên Ngữ văn', KHONG, '', 21, 52, [10, 10, 0, 0], d(11, 11, 2010), { discipline: CO }),
  member('Dương Thị Yến', 'Giáo viên Công nghệ', KHONG, '', 20, 38, [10, 4, 0, 0], d(19, 8, 2016)),
  member('Lưu Thị Phương', 'Giáo viên Tiếng Anh', KHONG, '', 23, 55, [10, 10, 0, 0], d(17, 6, 2020), { faults: 'Vi phạm trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín' }),
  member('Châu Minh Nhật', 'Nhân viên thư viện', KHONG, '', 25, 52.75, [8, 8, 0, 0], d(2, 4, 2018), { conclusion: 'HT' }),
  member('Trịnh Thị Mỹ Duyên', 'Giáo viên Vật lý', KHONG, '', 25, 60, [8, 8, 0, 2], d(15, 3, 2024), { membership: 'Dự bị' }),
  // 2C: retired members, outside the political system.
  member('Nguyễn Thị Lệ', 'Nguyên giáo viên (nghỉ hưu)', KHONG, 'Không làm việc trong hệ thống chính trị', '', '', [4, 4, 0, 1], d(4, 7, 1990), { totalScore: 88 }),
  member('Phạm Văn Tư', 'Nguyên Phó Hiệu trưởng (nghỉ hưu)', KHONG, '2C', 24, 56, [5, 5, 2, 0], d(10, 3, 1988), { conclusion: 'HTT', upperDecision: 'HT' }),
  member('Lê Văn Sáu', 'Nguyên nhân viên bảo vệ (nghỉ hưu)', KHONG, 'Nghỉ hưu', 18, 29.5, [4, 4, 0, 0], d(19, 5, 1995)),
  { name: 'Tôn Nữ Diệu Hiền', post: 'Nguyên giáo viên (nghỉ hưu)', leader: KHONG, peerGroup: '2C', membership: 'Chính thức', status: 'Miễn sinh hoạt', admissionDate: d(10, 10, 1985), ...DOCS },
];

/** The roster, under every input column of the profile in the template's order. */
export function sampleQd366RosterGrid(): CellValue[][] {
  const keys = QD366_2025.columns;
  return [keys.map(headerOf), ...ROWS.map((row, i) => keys.map((key) => (key === 'stt' ? i + 1 : (row[key] ?? ''))))];
}

/** «Cấu hình»: every label of the profile, in the template's order. */
const SETTINGS: Partial<Record<SettingKey, CellValue>> = {
  parentCommittee: 'Đảng bộ xã An Bình',
  chiBoName: 'Chi bộ Trường THPT Số 2 An Bình',
  year: 2025,
  place: 'An Bình',
  meetingDate: d(15, 12, 2025),
  documentNumber: '21',
  documentSymbol: 'BC/CB',
  basis: 'Hướng dẫn số 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương',
  secretary: 'Trần Thị Mai Hương',
  meetingChair: 'Trần Thị Mai Hương',
  minuteTaker: 'Ngô Thị Hồng Nhung',
  profile: profileName(QD366_2025),
  votesAtMeeting: KHONG,
  outstandingUnit: KHONG,
  quotaByGroup: CO,
  smallGroupOne: KHONG,
  cumulative: CO,
  separateHtxsBallot: KHONG,
  chiBoGeneralScore: '26,5',
  chiBoTaskScore: 62,
  chiBoTasksAssigned: 12,
  chiBoTasksDone: 12,
  chiBoTasksLate: 0,
  chiBoTasksAbove: 3,
  chiBoRemedied: CO,
  cadreViolation: KHONG,
  committeeDisciplined: KHONG,
  committeeDegraded: KHONG,
};

export function sampleQd366SettingsGrid(): CellValue[][] {
  return [[...TEMPLATE.settingsHeader], ...QD366_2025.settings.map((key) => [settingLabel(key), SETTINGS[key] ?? ''])];
}

/** A fresh in-memory workbook holding the sample's two input sheets. */
export function sampleQd366Workbook(counter = new CallCounter()): LocalSpreadsheet {
  const book = new LocalSpreadsheet(counter, 'Mẫu chi bộ THPT Số 2 An Bình (QĐ 366)');
  fill(book, SHEET_NAMES.roster, sampleQd366RosterGrid());
  fill(book, SHEET_NAMES.settings, sampleQd366SettingsGrid());
  return book;
}
