/**
 * The bundled đảng bộ of `phan-loai demo-dang-bo` (issue 13), and the generator of chi bộ
 * rosters the benchmark and the scale tests use. Every roster is generated, deterministically,
 * under the QĐ 366-QĐ/TW (2025) profile; member i of a chi bộ follows pattern i % 10 (block
 * k = ⌊i/10⌋), so every result can be worked out by hand:
 *
 *   0 2A, «Lãnh đạo, quản lý», score `leaderScores[k]` (86 when not given), tasks 10/10, 3 above
 *   1 2A, 84: HTT                        2 2B, score `memberScores[k]` (88 when not given)
 *   3 2B, 86: HTT                        4 2B, 78: HTT
 *   5 2B, 66: HT                         6 2B, 75 but 1 of 10 tasks late: HT
 *   7 2B probationary, 80: HTT           8 2B: absent (CXL) when k is even, disciplined (KHT) when odd
 *   9 2C retired, 82: HTT; exempt (KXL) when k is odd
 *
 * The demo's six chi bộ (90 members) are chosen so that, at P = 20 (worked out in
 * test/local/sample-dang-bo.test.ts):
 * - 2A: every chi bộ alone has T ≤ 4, so allows ⌊20·T/120⌋ = 0 and proposes no HTXS leader;
 *   across the đảng bộ T = 22 allows 3. The candidates score 96, 95, 93, 93, 91: the two 93
 *   (THCS and Mầm non, in two chi bộ) tie at the cut-off and are both held at HTT; 96 and 95
 *   become HTXS; 91 is demoted.
 * - 2B: the chi bộ alone allow 0 or 1 (4 in all) and propose 97, 91, 90, 94; across the
 *   đảng bộ T = 37 allows 6 of the 7 candidates (97, 95, 94, 92, 92, 91, 90): the 90 of
 *   Tiểu học, proposed HTXS, is demoted, and 95, 92 and 92, proposed HTT, become HTXS.
 * - The chi bộ: THPT 95, THCS 93, Tiểu học 91 (HTXS by their criteria), Mầm non 85, An Thành
 *   80, Cơ quan 76 (HTT): T = 6 allows ⌊20·6/120⌋ = 1 HTXS chi bộ, the THPT's.
 */
import type { CellValue } from '../addon/gas';
import { headerOf, type InputKey } from '../core/columns';
import { profileName, QD366_2025 } from '../core/profiles';
import { settingLabel, type SettingKey } from '../core/settings';
import { SHEET_NAMES, TEMPLATE } from '../core/text/sheets';
import { CallCounter } from './call-counter';
import { fill } from './sample';
import { LocalSpreadsheet } from './workbook';

/** The roster columns of a generated chi bộ: a compact QĐ 366 roster with «Quyết định cấp trên». */
const COLUMNS: readonly InputKey[] = [
  'stt',
  'name',
  'post',
  'peerGroup',
  'membership',
  'status',
  'generalScore',
  'taskScore',
  'tasksAssigned',
  'tasksDone',
  'tasksLate',
  'tasksAbove',
  'discipline',
  'upperDecision',
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Hữu', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Hòa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vân',
  'Yến',
];

/** Member i of chi bộ u: the (i mod 14, i mod 8, i mod 26) triple repeats only after 728 members. */
function nameOf(unit: number, i: number): string {
  return `${FAMILY[(i + unit) % FAMILY.length]} ${MIDDLE[(i + unit) % MIDDLE.length]} ${GIVEN[(i + 2 * unit) % GIVEN.length]}`;
}

export interface ChiBoSpec {
  /** «Tên chi bộ». */
  readonly name: string;
  /** The file the chi bộ would send (without the folder): «thpt-so-2.xlsx». */
  readonly file: string;
  readonly members: number;
  /** Scores of the 2A candidates (pattern 0), block by block; 86 beyond. */
  readonly leaderScores?: readonly number[];
  /** Scores of the 2B candidates (pattern 2), block by block; 88 beyond. */
  readonly memberScores?: readonly number[];
  /** The chi bộ's own score (general + task), whole points. */
  readonly chiBoScore: number;
  readonly secretary: string;
}

/** A score in whole points as its two parts: general ≤ 30, task ≤ 70. */
function parts(score: number): [number, number] {
  const general = Math.min(30, Math.floor((score * 3) / 10));
  return [general, score - general];
}

function memberRow(spec: ChiBoSpec, unit: number, i: number): Partial<Record<InputKey, CellValue>> {
  const p = i % 10;
  const k = Math.floor(i / 10);
  const odd = k % 2 === 1;
  const scores = [spec.leaderScores?.[k] ?? 86, 84, spec.memberScores?.[k] ?? 88, 86, 78, 66, 75, 80, 80, 82] as const;
  const [general, task] = parts(scores[p] ?? 80);
  const row: Partial<Record<InputKey, CellValue>> = {
    stt: i + 1,
    name: i === 0 ? spec.secretary : nameOf(unit, i),
    post: i === 0 ? 'Bí thư chi bộ' : p === 0 ? 'Tổ trưởng' : p === 1 ? 'Tổ phó' : p === 9 ? 'Nghỉ hưu' : 'Giáo viên',
    peerGroup: p <= 1 ? '2A' : p === 9 ? '2C' : '2B',
    membership: p === 7 ? 'Dự bị' : 'Chính thức',
    status: p === 8 && !odd ? 'Vắng mặt' : p === 9 && odd ? 'Miễn sinh hoạt' : '',
    generalScore: general,
    taskScore: task,
    tasksAssigned: 10,
    tasksDone: 10,
    tasksLate: p === 6 ? 1 : 0,
    tasksAbove: p === 0 || p === 2 ? 3 : 0,
    discipline: p === 8 && odd ? 'Có' : 'Không',
  };
  return row;
}

/** The «Danh sách» of a generated chi bộ. */
export function chiBoRosterGrid(spec: ChiBoSpec, unit: number): CellValue[][] {
  const rows = Array.from({ length: spec.members }, (_, i) => memberRow(spec, unit, i));
  return [COLUMNS.map(headerOf), ...rows.map((row) => COLUMNS.map((key) => row[key] ?? ''))];
}

/** «Cấu hình» of a generated chi bộ: QĐ 366, no vote at the meeting, its own score and tasks. */
export function chiBoSettingsGrid(spec: ChiBoSpec, unit: number): CellValue[][] {
  const [general, task] = parts(spec.chiBoScore);
  const values: Partial<Record<SettingKey, CellValue>> = {
    parentCommittee: 'Đảng bộ xã An Bình',
    chiBoName: spec.name,
    year: 2025,
    place: 'An Bình',
    meetingDate: new Date(2025, 11, 10 + (unit % 10)),
    documentNumber: String(20 + unit),
    documentSymbol: 'BC/CB',
    secretary: spec.secretary,
    profile: profileName(QD366_2025),
    votesAtMeeting: 'Không',
    quotaByGroup: 'Có',
    chiBoGeneralScore: general,
    chiBoTaskScore: task,
    chiBoTasksAssigned: 12,
    chiBoTasksDone: 12,
    chiBoTasksLate: 0,
    chiBoTasksAbove: 4,
  };
  return [
    [...TEMPLATE.settingsHeader],
    ...QD366_2025.settings.filter((key) => values[key] !== undefined).map((key) => [settingLabel(key), values[key] ?? '']),
  ];
}

/** A fresh in-memory workbook of one chi bộ: «Danh sách» and «Cấu hình». */
export function chiBoWorkbook(spec: ChiBoSpec, unit: number, counter = new CallCounter()): LocalSpreadsheet {
  const book = new LocalSpreadsheet(counter, spec.name);
  fill(book, SHEET_NAMES.roster, chiBoRosterGrid(spec, unit));
  fill(book, SHEET_NAMES.settings, chiBoSettingsGrid(spec, unit));
  return book;
}

/** The demo's six chi bộ of Đảng bộ xã An Bình (see the file comment for what each shows). */
export const DEMO_DANG_BO: readonly ChiBoSpec[] = [
  {
    name: 'Chi bộ Trường THPT Số 2 An Bình',
    file: 'thpt-so-2-an-binh.xlsx',
    members: 20,
    leaderScores: [96, 88],
    memberScores: [97, 92],
    chiBoScore: 95,
    secretary: 'Trần Thị Mai Hương',
  },
  {
    name: 'Chi bộ Trường THCS An Bình',
    file: 'thcs-an-binh.xlsx',
    members: 18,
    leaderScores: [93, 86],
    memberScores: [91, 89],
    chiBoScore: 93,
    secretary: 'Nguyễn Văn Hùng',
  },
  {
    name: 'Chi bộ Trường Tiểu học An Bình',
    file: 'tieu-hoc-an-binh.xlsx',
    members: 16,
    leaderScores: [95, 85],
    memberScores: [90, 88],
    chiBoScore: 91,
    secretary: 'Lê Thị Thu Trang',
  },
  {
    name: 'Chi bộ Trường Mầm non An Bình',
    file: 'mam-non-an-binh.xlsx',
    members: 12,
    leaderScores: [93, 84],
    memberScores: [92],
    chiBoScore: 85,
    secretary: 'Võ Thị Ngọc Lan',
  },
  {
    name: 'Chi bộ Thôn An Thành',
    file: 'thon-an-thanh.xlsx',
    members: 14,
    leaderScores: [91, 86],
    memberScores: [94],
    chiBoScore: 80,
    secretary: 'Phạm Minh Tuấn',
  },
  {
    name: 'Chi bộ Cơ quan Ủy ban nhân dân xã',
    file: 'co-quan-ubnd-xa.xlsx',
    members: 10,
    leaderScores: [87],
    memberScores: [95],
    chiBoScore: 76,
    secretary: 'Mai Văn Đức',
  },
];

/** Chi bộ number u of a generated đảng bộ (the benchmark's): `members` members, scores varied by u. */
export function generatedChiBo(unit: number, members: number): ChiBoSpec {
  const blocks = Math.ceil(members / 10);
  return {
    name: `Chi bộ số ${unit + 1}`,
    file: `chi-bo-${String(unit + 1).padStart(4, '0')}.xlsx`,
    members,
    leaderScores: Array.from({ length: blocks }, (_, k) => 84 + ((7 * unit + 3 * k) % 14)),
    memberScores: Array.from({ length: blocks }, (_, k) => 84 + ((5 * unit + 7 * k) % 15)),
    chiBoScore: 74 + ((11 * unit) % 23),
    secretary: nameOf(unit, 0),
  };
}
