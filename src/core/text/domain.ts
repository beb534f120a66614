/** Names of the domain's codes: levels, statuses, faults, results, yes/no. */
import type { Outcome } from '../levels';
import type { Emulation, Fault, Membership, PeerGroup, Status, TaskResult } from '../vocab';

export const LEVEL_NAMES: Record<Outcome, string> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  KHT: 'Không hoàn thành nhiệm vụ',
  KXL: 'Không xếp loại',
  CXL: 'Chưa xếp loại',
};

/** For the chi bộ itself, KHT reads "Yếu kém" in the default profile. */
export const CHI_BO_LEVEL_NAMES: Record<Outcome, string> = {
  ...LEVEL_NAMES,
  KHT: 'Yếu kém',
  CXL: 'Chưa xếp loại (thiếu tiêu chí)',
};

export const EMULATION_NAMES: Record<Emulation, string> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  CSTDCS: 'Chiến sĩ thi đua cơ sở',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  'HT-HC': 'Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực',
  KHT: 'Không hoàn thành nhiệm vụ',
};

export const MEMBERSHIP_NAMES: Record<Membership, string> = {
  official: 'Chính thức',
  probationary: 'Dự bị',
};

export const STATUS_NAMES: Record<Status, string> = {
  active: '',
  absent: 'Vắng mặt',
  exempt: 'Miễn sinh hoạt',
  suspended: 'Đình chỉ sinh hoạt',
  under6months: 'Chưa đủ 6 tháng',
};

export const FAULT_NAMES: Record<Fault, string> = {
  task: 'Không hoàn thành nhiệm vụ chi bộ giao',
  violation: 'Vi phạm điều đảng viên không được làm',
  disunity: 'Không chấp hành phân công / gây mất đoàn kết',
  degradation: 'Suy thoái tư tưởng chính trị',
  exemplary: 'Vi phạm trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín',
  corruption: 'Tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý bị xử lý kỷ luật',
};

/** QĐ 366 peer groups, as Mẫu 2A/2B/2C name them. */
export const PEER_GROUP_NAMES: Record<PeerGroup, string> = {
  leader: 'Lãnh đạo, quản lý',
  member: 'Không giữ chức vụ lãnh đạo, quản lý',
  outside: 'Không làm việc trong hệ thống chính trị',
};

/** Short group names for narrow columns. */
export const PEER_GROUP_SHORT: Record<PeerGroup, string> = {
  leader: '2A',
  member: '2B',
  outside: '2C',
};

export const TASK_RESULT_NAMES: Record<TaskResult, string> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  FAILED2: 'Không hoàn thành từ 02 nhiệm vụ trở lên',
};

export const YES = 'Có';
export const NO = 'Không';

export const DOCUMENT_NAMES = {
  docSelfReview: 'bản kiểm điểm',
  docResidence: 'phiếu nhận xét nơi cư trú',
  docBiography: 'phiếu bổ sung lý lịch',
} as const;

/** Display names of the rule profiles, by id. */
export const PROFILE_NAMES = {
  'ke-hoach-2023': 'Kế hoạch chi bộ 2023',
  'qd366-2025': 'QĐ 366-QĐ/TW (2025)',
} as const;

/** The chi bộ's level as each profile names it. */
export const CHI_BO_LEVEL_NAMES_BY_PROFILE: Record<keyof typeof PROFILE_NAMES, Record<Outcome, string>> = {
  'ke-hoach-2023': CHI_BO_LEVEL_NAMES,
  'qd366-2025': { ...LEVEL_NAMES, CXL: 'Chưa xếp loại' },
};
