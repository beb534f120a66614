import { describe, expect, it } from 'vitest';
import { classify, officials, person, resultOf, type RowSpec } from '../helpers';

/**
 * Design §4 step 4 / HD 21-HD/BTCTW: 3 months of sick leave or more caps the ceiling at HT.
 * The roster has N = 10: the target plus nine HTT members, so that one HTXS fits the 15%
 * quota (T = 10 → k = ⌊150/115⌋ = 1) and the final result shows the ceiling directly.
 */
function run(target: RowSpec) {
  const others = officials(9, { 'Phiếu HTT': 10 });
  return classify([person('Lê Văn Ốm', target), ...others]);
}

const ALL_HTXS_VOTES = { 'Phiếu HTXS': 10 };

describe('sick leave', () => {
  it('2.9 months does not cap: HTXS emulation with all HTXS votes stays HTXS', () => {
    const r = resultOf(run({ 'Kết quả thi đua': 'HTXS', 'Số tháng nghỉ ốm': 2.9, ...ALL_HTXS_VOTES }), 'Lê Văn Ốm');
    expect(r.ceiling).toBe('HTXS');
    expect(r.result).toBe('HTXS');
  });

  it('3 months caps at HT: HTXS emulation with all HTXS votes gets HT', () => {
    const r = resultOf(run({ 'Kết quả thi đua': 'HTXS', 'Số tháng nghỉ ốm': 3, ...ALL_HTXS_VOTES }), 'Lê Văn Ốm');
    expect(r.ceiling).toBe('HT');
    expect(r.byVotes).toBe('HTXS');
    expect(r.result).toBe('HT');
    expect(r.explanation.join(' ')).toContain('Nghỉ ốm 3 tháng');
  });

  it('"2,9" typed with a decimal comma does not cap', () => {
    const r = resultOf(run({ 'Kết quả thi đua': 'HTXS', 'Số tháng nghỉ ốm': '2,9', ...ALL_HTXS_VOTES }), 'Lê Văn Ốm');
    expect(r.member.sickMonths).toBe(2.9);
    expect(r.result).toBe('HTXS');
  });

  it('"3,0" typed with a decimal comma caps at HT', () => {
    const r = resultOf(run({ 'Kết quả thi đua': 'HTXS', 'Số tháng nghỉ ốm': '3,0', ...ALL_HTXS_VOTES }), 'Lê Văn Ốm');
    expect(r.member.sickMonths).toBe(3);
    expect(r.result).toBe('HT');
  });

  it('"3,5" months caps at HT and the explanation shows the decimal comma', () => {
    const r = resultOf(run({ 'Kết quả thi đua': 'CSTĐCS', 'Số tháng nghỉ ốm': '3,5', ...ALL_HTXS_VOTES }), 'Lê Văn Ốm');
    expect(r.result).toBe('HT');
    expect(r.explanation.join(' ')).toContain('Nghỉ ốm 3,5 tháng');
  });

  it('2.9 months with HTT emulation and all HTT votes stays HTT', () => {
    const r = resultOf(run({ 'Số tháng nghỉ ốm': 2.9, 'Phiếu HTT': 10 }), 'Lê Văn Ốm');
    expect(r.result).toBe('HTT');
  });

  it('3 months with HTT emulation and all HTT votes gets HT', () => {
    const r = resultOf(run({ 'Số tháng nghỉ ốm': 3, 'Phiếu HTT': 10 }), 'Lê Văn Ốm');
    expect(r.ceiling).toBe('HT');
    expect(r.result).toBe('HT');
  });

  it('12 months with HTT emulation gets HT', () => {
    const r = resultOf(run({ 'Số tháng nghỉ ốm': 12, 'Phiếu HTT': 10 }), 'Lê Văn Ốm');
    expect(r.result).toBe('HT');
  });

  it('sick leave does not lift an HT emulation and adds no cap sentence', () => {
    const r = resultOf(run({ 'Kết quả thi đua': 'HT', 'Số tháng nghỉ ốm': 6, 'Phiếu HTT': 10 }), 'Lê Văn Ốm');
    expect(r.result).toBe('HT');
    expect(r.explanation.join(' ')).not.toContain('Nghỉ ốm');
  });

  it('capped at HT still needs more than 1/2 of N: 5 of 10 votes is CXL', () => {
    const r = resultOf(run({ 'Kết quả thi đua': 'HTXS', 'Số tháng nghỉ ốm': 4, 'Phiếu HTXS': 5 }), 'Lê Văn Ốm');
    expect(r.result).toBe('CXL');
    expect(r.warnings).toContain('notEnoughVotes');
  });

  it('a member capped at HT is not counted in the quota base T', () => {
    const capped = run({ 'Kết quả thi đua': 'HTXS', 'Số tháng nghỉ ốm': 3, ...ALL_HTXS_VOTES });
    expect(capped.quota.base).toBe(9);
    expect(capped.quota.used).toBe(0);
  });
});
