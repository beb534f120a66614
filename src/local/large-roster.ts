/**
 * Deterministic rosters of any size for the benchmark and the scale tests. Member i
 * follows pattern i % 10, so every result can be worked out by hand:
 *   0 HTXS emulation, Phiếu HTXS = N − j (j-th such member): HTXS, subject to the quota
 *   1 HTT, 4/5 of N for HTT: HTT          2 HT, 3/5 for HT: HT
 *   3 HTT with 4 months' sick leave, 3/4 for HTT: HT (capped)
 *   4 under discipline, 3/5 for KHT: KHT  5 absent: CXL      6 exempt: KXL
 *   7 probationary HTT, 4/5 for HTT: HTT  8 HTT, only 2/5 for HTT: CXL (too few votes)
 *   9 CSTĐCS, exactly ⌊2N/3⌋ for HTXS: not above 2/3, so HTT
 * N (official, active) = the members of patterns 0–4, 8 and 9.
 */
import type { CellValue } from '../addon/gas';
import { headerOf } from '../core/columns';

const LARGE_HEADERS: string[] = (
  [
    'stt',
    'name',
    'post',
    'membership',
    'status',
    'emulation',
    'sickMonths',
    'discipline',
    'faults',
    'votesHTXS',
    'votesHTT',
    'votesHT',
    'votesKHT',
    'conclusion',
  ] as const
).map(headerOf);

export function votingBaseOf(n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (![5, 6, 7].includes(i % 10)) count++;
  return count;
}

export function largeRosterGrid(n: number): CellValue[][] {
  const base = votingBaseOf(n);
  const part = (num: number, den: number) => Math.floor((base * num) / den);
  const rows: CellValue[][] = [LARGE_HEADERS];
  let htxsIndex = 0;
  for (let i = 0; i < n; i++) {
    const p = i % 10;
    let emulation = 'HTT';
    let membership = 'Chính thức';
    let status = '';
    let sick = 0;
    let discipline = 'Không';
    let votes: [number, number, number, number] = [0, 0, 0, 0];
    switch (p) {
      case 0:
        emulation = 'HTXS';
        votes = [Math.max(base - htxsIndex++, 0), 0, 0, 0];
        break;
      case 1:
        votes = [0, part(4, 5), 0, 0];
        break;
      case 2:
        emulation = 'HT';
        votes = [0, 0, part(3, 5), 0];
        break;
      case 3:
        sick = 4;
        votes = [0, part(3, 4), 0, 0];
        break;
      case 4:
        emulation = 'HT';
        discipline = 'Có';
        votes = [0, 0, 0, part(3, 5)];
        break;
      case 5:
        status = 'Vắng mặt';
        break;
      case 6:
        status = 'Miễn sinh hoạt';
        break;
      case 7:
        membership = 'Dự bị';
        votes = [0, part(4, 5), 0, 0];
        break;
      case 8:
        votes = [0, part(2, 5), 0, 0];
        break;
      default:
        emulation = 'CSTĐCS';
        votes = [part(2, 3), 0, 0, 0];
        break;
    }
    rows.push([i + 1, `Đảng viên số ${i + 1}`, 'Giáo viên', membership, status, emulation, sick, discipline, '', ...votes, '']);
  }
  return rows;
}
