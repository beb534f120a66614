import { describe, expect, it } from 'vitest';
import { classify, person, resultOf, type RowSpec } from '../helpers';

/** N = 10 fixed, so "trên 1/2" needs 6 votes. */
const N10 = { overrides: { votingBase: 10 } } as const;

function one(spec: RowSpec) {
  const run = classify([person('Phạm Văn Lỗi', spec)], N10);
  expect(run.errors).toEqual([]);
  return resultOf(run, 'Phạm Văn Lỗi');
}

const CRITERIA: ReadonlyArray<readonly [string, RowSpec]> = [
  ["discipline 'Đang chấp hành kỷ luật' = Có", { 'Đang chấp hành kỷ luật': 'Có' }],
  ['fault: Không hoàn thành nhiệm vụ chi bộ giao', { 'Khuyết điểm': 'Không hoàn thành nhiệm vụ chi bộ giao' }],
  ['fault: Vi phạm điều đảng viên không được làm', { 'Khuyết điểm': 'Vi phạm điều đảng viên không được làm' }],
  ['fault: Không chấp hành phân công / gây mất đoàn kết', { 'Khuyết điểm': 'Không chấp hành phân công / gây mất đoàn kết' }],
  ['fault: Suy thoái tư tưởng chính trị', { 'Khuyết điểm': 'Suy thoái tư tưởng chính trị' }],
  ['emulation KHT', { 'Kết quả thi đua': 'KHT' }],
  ['emulation "Không hoàn thành nhiệm vụ"', { 'Kết quả thi đua': 'Không hoàn thành nhiệm vụ' }],
];

describe('KHT criteria', () => {
  it.each(CRITERIA)('%s with 6 of 10 Phiếu KHT gives KHT', (_label, spec) => {
    const r = one({ ...spec, 'Phiếu KHT': 6 });
    expect(r.meetsKhtCriteria).toBe(true);
    expect(r.ceiling).toBe('KHT');
    expect(r.result).toBe('KHT');
    expect(r.warnings).toEqual([]);
  });

  it.each(CRITERIA)('%s with only 5 of 10 Phiếu KHT gives CXL with a warning', (_label, spec) => {
    const r = one({ ...spec, 'Phiếu KHT': 5, 'Phiếu HT': 5 });
    expect(r.meetsKhtCriteria).toBe(true);
    expect(r.result).toBe('CXL');
    expect(r.warnings).toContain('khtNotEnoughVotes');
    expect(r.explanation.join(' ')).toContain('chưa đủ phiếu (5/10, cần trên 1/2)');
  });

  it('a member with a fault is never lifted by votes: all 10 HTT votes still give CXL', () => {
    const r = one({ 'Khuyết điểm': 'Suy thoái tư tưởng chính trị', 'Phiếu HTT': 10 });
    expect(r.byVotes).toBe('HTT');
    expect(r.result).toBe('CXL');
    expect(r.warnings).toContain('khtNotEnoughVotes');
  });

  it('several faults separated by "," and ";" are all read and explained', () => {
    const r = one({
      'Khuyết điểm': 'Không hoàn thành nhiệm vụ chi bộ giao; Vi phạm điều đảng viên không được làm, Suy thoái tư tưởng chính trị',
      'Đang chấp hành kỷ luật': 'Có',
      'Phiếu KHT': 7,
    });
    expect(r.member.faults).toEqual(['task', 'violation', 'degradation']);
    expect(r.result).toBe('KHT');
    const text = r.explanation.join(' ');
    expect(text).toContain('đang chấp hành kỷ luật');
    expect(text).toContain('suy thoái tư tưởng chính trị');
  });

  it('KHT criteria win over an HTXS emulation result', () => {
    const r = one({ 'Kết quả thi đua': 'HTXS', 'Đang chấp hành kỷ luật': 'Có', 'Phiếu KHT': 6 });
    expect(r.ceiling).toBe('KHT');
    expect(r.result).toBe('KHT');
  });

  it('discipline = Không is not a KHT criterion', () => {
    const r = one({ 'Đang chấp hành kỷ luật': 'Không', 'Phiếu HTT': 6 });
    expect(r.meetsKhtCriteria).toBe(false);
    expect(r.result).toBe('HTT');
  });

  it('without KHT criteria, more than 1/2 Phiếu KHT gives CXL asking to record the fault', () => {
    const r = one({ 'Phiếu KHT': 6 });
    expect(r.meetsKhtCriteria).toBe(false);
    expect(r.result).toBe('CXL');
    expect(r.warnings).toContain('khtVotesWithoutFault');
    expect(r.explanation.join(' ')).toContain('«Khuyết điểm»');
  });

  it('without KHT criteria, exactly 1/2 Phiếu KHT (5 of 10) is not treated as KHT votes', () => {
    const r = one({ 'Phiếu KHT': 5, 'Phiếu HTT': 5 });
    expect(r.warnings).not.toContain('khtVotesWithoutFault');
    expect(r.warnings).toContain('notEnoughVotes');
    expect(r.result).toBe('CXL');
  });

  it("no level passing its threshold gives CXL 'Chưa đủ phiếu' and asks for a new vote", () => {
    const r = one({ 'Phiếu HTXS': 2, 'Phiếu HTT': 1, 'Phiếu HT': 2, 'Phiếu KHT': 3 });
    expect(r.byVotes).toBeNull();
    expect(r.result).toBe('CXL');
    expect(r.warnings).toEqual(['notEnoughVotes']);
    expect(r.explanation.join(' ')).toContain('biểu quyết lại');
  });

  it('votes above the ceiling fall to the highest passing level at or below it', () => {
    // HT emulation: 7 HTXS votes pass HTXS by votes, but the ceiling is HT.
    const r = one({ 'Kết quả thi đua': 'HT', 'Phiếu HTXS': 7 });
    expect(r.byVotes).toBe('HTXS');
    expect(r.ceiling).toBe('HT');
    expect(r.result).toBe('HT');
  });
});

describe('«Khuyết điểm» that means none', () => {
  it.each(['Không', 'không có', '0', '-', 'ko'])('«Khuyết điểm» = %j means no fault', (text) => {
    const run = classify([person('A', { 'Khuyết điểm': text, 'Phiếu HTT': 1 })]);
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'A').meetsKhtCriteria).toBe(false);
    expect(resultOf(run, 'A').result).toBe('HTT');
  });
});

describe('faults are read by how they begin, so negations are not faults', () => {
  it.each(['Không vi phạm', 'Đoàn kết tốt', 'Hoàn thành nhiệm vụ chi bộ giao', 'Không suy thoái'])(
    '%j is a row error, not a KHT fault',
    (text) => {
      const run = classify([person('A', { 'Khuyết điểm': text, 'Phiếu HTT': 1 })]);
      expect(run.errors.map((e) => [e.row, e.column])).toEqual([[2, 'Khuyết điểm']]);
      expect(resultOf(run, 'A').meetsKhtCriteria).toBe(false);
    },
  );

  it.each([
    ['Đảng viên không hoàn thành nhiệm vụ chi bộ giao', 'task'],
    ['Vi phạm quy định về những điều đảng viên không được làm', 'violation'],
    ['Không chấp hành phân công của tổ chức hoặc là nguyên nhân gây mất đoàn kết nội bộ', 'disunity'],
    ['Gây mất đoàn kết', 'disunity'],
    ['Có biểu hiện suy thoái về tư tưởng chính trị', 'degradation'],
  ])("the plan's wording %j is the fault %s", (text, fault) => {
    const run = classify([person('A', { 'Khuyết điểm': text, 'Phiếu KHT': 1 })]);
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'A').member.faults).toEqual([fault]);
    expect(resultOf(run, 'A').result).toBe('KHT');
  });
});
