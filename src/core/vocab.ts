/**
 * Closed vocabularies for coded cells: every accepted spelling of each code. Matching
 * goes through compactKey, so case, diacritics, spaces, hyphens and "sĩ"/"sỹ" don't matter.
 * Each lookup is built the first time a cell asks (Vocabulary in normalize.ts).
 */
import { foldKey, vocabulary } from './normalize';
import type { Level } from './levels';

export type Emulation = 'HTXS' | 'CSTDCS' | 'HTT' | 'HT' | 'HT-HC' | 'KHT';
export type Membership = 'official' | 'probationary';
export type Status = 'active' | 'absent' | 'exempt' | 'suspended' | 'under6months';
export type Fault = 'task' | 'violation' | 'disunity' | 'degradation' | 'exemplary' | 'corruption';
/** QĐ 366 peer groups: 2A leaders and managers, 2B other members, 2C outside the political system. */
export type PeerGroup = 'leader' | 'member' | 'outside';
export const PEER_GROUPS: readonly PeerGroup[] = ['leader', 'member', 'outside'];
export type TaskResult = 'HTXS' | 'HTT' | 'HT' | 'FAILED2';
/** 1 = the highest rank (mức cao nhất) … 4 = the lowest (mức thấp nhất). */
export type Rank = 1 | 2 | 3 | 4;

/** The three passing levels, shared by member levels, emulation results and task results. */
const PASS_SPELLINGS: ReadonlyArray<readonly ['HTXS' | 'HTT' | 'HT', readonly string[]]> = [
  ['HTXS', ['HTXS', 'HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành xuất sắc', 'Xuất sắc']],
  ['HTT', ['HTT', 'HTTNV', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt', 'Tốt']],
  ['HT', ['HT', 'HTNV', 'Hoàn thành nhiệm vụ', 'Hoàn thành']],
];

const LEVEL_SPELLINGS: ReadonlyArray<readonly [Level, readonly string[]]> = [
  ...PASS_SPELLINGS,
  ['KHT', ['KHT', 'KHTNV', 'Không hoàn thành nhiệm vụ', 'Không hoàn thành', 'Yếu kém']],
];

export const LEVEL_VOCAB = vocabulary<Level>(LEVEL_SPELLINGS);

export const EMULATION_VOCAB = vocabulary<Emulation>([
  ...PASS_SPELLINGS,
  ['KHT', ['KHT', 'KHTNV', 'Không hoàn thành nhiệm vụ', 'Không hoàn thành']],
  ['CSTDCS', ['CSTĐCS', 'CSTĐ', 'Chiến sĩ thi đua cơ sở', 'Chiến sĩ thi đua cấp cơ sở', 'CSTDCCS']],
  [
    'HT-HC',
    [
      'HT-HC',
      'HTHC',
      'HTNV-HC',
      'HTNVHC',
      'Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực',
      'Hoàn thành nhiệm vụ nhưng còn hạn chế',
      'Hoàn thành nhiệm vụ còn hạn chế về năng lực',
    ],
  ],
]);

export const MEMBERSHIP_VOCAB = vocabulary<Membership>([
  ['official', ['Chính thức', 'CT', 'ĐVCT', 'Đảng viên chính thức']],
  ['probationary', ['Dự bị', 'DB', 'ĐVDB', 'Đảng viên dự bị']],
]);

export const STATUS_VOCAB = vocabulary<Status>([
  ['active', ['Đang sinh hoạt', 'Bình thường', 'Sinh hoạt', 'Hoạt động']],
  ['absent', ['Vắng mặt', 'Vắng', 'Vắng có lý do', 'Vắng mặt có lý do']],
  ['exempt', ['Miễn sinh hoạt', 'Miễn SH', 'Miễn sinh hoạt đảng', 'Miễn công tác và sinh hoạt', 'Miễn']],
  ['suspended', ['Đình chỉ sinh hoạt', 'Đình chỉ', 'Đình chỉ SH', 'Đình chỉ sinh hoạt đảng']],
  ['under6months', ['Chưa đủ 6 tháng', 'Chưa đủ 06 tháng', 'Dưới 6 tháng', 'Dưới 06 tháng', 'Mới kết nạp']],
]);

/**
 * Faults are written out in full, so each is matched by how it begins (on foldKey text,
 * after an optional "đảng viên"). Anchoring keeps "Không vi phạm" or "Đoàn kết tốt" from
 * reading as a fault: an entry that matches none is a row error, never a guess.
 */
export const FAULT_PATTERNS: ReadonlyArray<readonly [Fault, RegExp]> = [
  // Before 'violation': "Vi phạm trách nhiệm nêu gương" also begins with "vi phạm".
  ['exemplary', /^(dang vien )?vi pham (trach nhiem )?neu guong/],
  ['corruption', /^(dang vien )?(de xay ra )?tham nhung/],
  ['task', /^(dang vien )?khong hoan thanh (cac )?nhiem vu (duoc )?chi bo/],
  ['violation', /^(dang vien )?vi pham\b/],
  ['disunity', /^(dang vien )?(khong chap hanh (su )?phan cong|(la nguyen nhan )?gay mat doan ket|mat doan ket)/],
  ['degradation', /^(dang vien )?(co bieu hien )?(suy thoai|tu dien bien|tu chuyen hoa)/],
];

/** Faults whose full wording has commas: a following part that names no fault continues it. */
export const FAULTS_WITH_COMMAS: ReadonlySet<Fault> = new Set(['exemplary', 'corruption', 'degradation']);

export const PEER_GROUP_VOCAB = vocabulary<PeerGroup>([
  ['leader', ['Lãnh đạo, quản lý', 'Lãnh đạo quản lý', 'LĐQL', '2A', 'Mẫu 2A', 'Cán bộ lãnh đạo, quản lý']],
  [
    'member',
    [
      'Không giữ chức vụ lãnh đạo, quản lý',
      'Không giữ chức vụ lãnh đạo quản lý',
      'Không giữ chức vụ',
      '2B',
      'Mẫu 2B',
      'Đảng viên',
    ],
  ],
  ['outside', ['Không làm việc trong hệ thống chính trị', 'Ngoài hệ thống chính trị', '2C', 'Mẫu 2C', 'Nghỉ hưu', 'Hưu trí']],
]);

/** A post of the chi ủy as «Chức vụ» writes it: Bí thư, Phó Bí thư, Chi ủy viên (foldKey text). */
// «Bí thư Đoàn trường» or «Bí thư chi đoàn» is the Youth Union's secretary, not the chi ủy's.
const COMMITTEE_POST = /\b((pho )?bi thu(?! (chi )?doan)|chi uy vien|uy vien chi uy|cap uy vien)\b/;

/** Posts repeat down a roster («Giáo viên», «Tổ trưởng»): each is folded and matched once. */
function postMatcher(pattern: RegExp): (post: string) => boolean {
  const seen = new Map<string, boolean>();
  return (post) => {
    const known = seen.get(post);
    if (known !== undefined) return known;
    const found = pattern.test(foldKey(post));
    if (seen.size < 1000) seen.set(post, found);
    return found;
  };
}

export const isCommitteePost = postMatcher(COMMITTEE_POST);

/**
 * A leadership post as «Chức vụ» writes it, for rosters without a «Lãnh đạo, quản lý» column:
 * the school's and the party's heads and deputies, heads of departments and groups.
 */
const LEADER_POST =
  /\b(bi thu(?! (chi )?doan)|hieu truong|hieu pho|giam doc|pho giam doc|truong phong|truong khoa|truong ban|to truong|to pho|chu tich|chi uy vien)\b/;

export const isLeaderPost = postMatcher(LEADER_POST);

export const TASK_RESULT_VOCAB = vocabulary<TaskResult>([
  ...PASS_SPELLINGS,
  ['HT', ['Cơ bản hoàn thành', 'Cơ bản hoàn thành nhiệm vụ']],
  [
    'FAILED2',
    [
      'Không hoàn thành từ 02 nhiệm vụ',
      'Không hoàn thành từ 2 nhiệm vụ',
      'Không hoàn thành từ 02 nhiệm vụ trở lên',
      'Không hoàn thành từ 2 nhiệm vụ trở lên',
      'Không hoàn thành từ 02 nhiệm vụ được giao',
      'Không hoàn thành',
      'KHT',
    ],
  ],
]);

export const RANK_VOCAB = vocabulary<Rank>([
  [
    1,
    [
      '1',
      'Mức cao nhất',
      'Cao nhất',
      'Mức 1',
      'HTXS',
      'Hoàn thành xuất sắc nhiệm vụ',
      'Vững mạnh',
      'Trong sạch vững mạnh',
      'Xuất sắc',
    ],
  ],
  [2, ['2', 'Mức cao thứ hai', 'Cao thứ hai', 'Mức cao thứ 2', 'Mức 2', 'HTT', 'Hoàn thành tốt nhiệm vụ', 'Khá']],
  [3, ['3', 'Mức cao thứ ba', 'Cao thứ ba', 'Mức cao thứ 3', 'Mức 3', 'HT', 'Hoàn thành nhiệm vụ', 'Trung bình']],
  [4, ['4', 'Mức thấp nhất', 'Thấp nhất', 'Mức 4', 'KHT', 'Không hoàn thành nhiệm vụ', 'Yếu kém', 'Yếu']],
]);
