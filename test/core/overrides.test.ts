import { describe, expect, it } from 'vitest';
import { FULL_HEADERS, classify, person, resultOf, type RowSpec } from '../helpers';

/** «Kết luận chi bộ» (design §4 step 8). N = 10 fixed unless said otherwise. */
const N10 = { overrides: { votingBase: 10 } } as const;

function one(spec: RowSpec) {
  const run = classify([person('Vũ Văn Kết', spec)], N10);
  expect(run.errors).toEqual([]);
  return resultOf(run, 'Vũ Văn Kết');
}

describe('Kết luận chi bộ', () => {
  it('becomes the final result, with no warning when criteria and votes back it', () => {
    const r = one({ 'Phiếu HTT': 8, 'Kết luận chi bộ': 'HT' });
    expect(r.ruleResult).toBe('HTT');
    expect(r.result).toBe('HT');
    expect(r.overridden).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(r.explanation.join(' ')).toContain('Chi bộ kết luận: Hoàn thành nhiệm vụ.');
  });

  it('is read in full words too («Hoàn thành tốt nhiệm vụ»)', () => {
    const r = one({ 'Phiếu HTT': 4, 'Phiếu HT': 4, 'Kết luận chi bộ': 'Hoàn thành tốt nhiệm vụ' });
    expect(r.member.conclusion).toBe('HTT');
    expect(r.result).toBe('HTT');
  });

  it('gets a warning when it is above the ceiling', () => {
    const r = one({ 'Kết quả thi đua': 'HT', 'Phiếu HTXS': 10, 'Kết luận chi bộ': 'HTT' });
    expect(r.ceiling).toBe('HT');
    expect(r.result).toBe('HTT');
    expect(r.warnings).toContain('overrideAboveCeiling');
    expect(r.warnings).not.toContain('overrideNotSupported');
  });

  it('gets a warning when the votes do not support it', () => {
    const r = one({ 'Phiếu HTT': 5, 'Kết luận chi bộ': 'HTT' });
    expect(r.ruleResult).toBe('CXL');
    expect(r.result).toBe('HTT');
    expect(r.warnings).toContain('overrideNotSupported');
    expect(r.warnings).not.toContain('overrideAboveCeiling');
  });

  it('gets both warnings when it is above the ceiling and not supported', () => {
    const r = one({ 'Kết quả thi đua': 'HT', 'Phiếu HTXS': 6, 'Kết luận chi bộ': 'HTXS' });
    expect(r.result).toBe('HTXS');
    expect(r.warnings).toEqual(expect.arrayContaining(['overrideAboveCeiling', 'overrideNotSupported']));
  });

  it('can set KHT for a member with a fault who lacked KHT votes (with the not-supported warning)', () => {
    const r = one({ 'Khuyết điểm': 'Suy thoái tư tưởng chính trị', 'Phiếu KHT': 5, 'Kết luận chi bộ': 'KHT' });
    expect(r.ruleResult).toBe('CXL');
    expect(r.result).toBe('KHT');
    expect(r.warnings).toContain('overrideNotSupported');
  });

  it('is ignored, with a warning, for a member who is not classified (KXL)', () => {
    const r = one({ 'Tình trạng': 'Miễn sinh hoạt', 'Kết luận chi bộ': 'HTT' });
    expect(r.result).toBe('KXL');
    expect(r.overridden).toBe(false);
    expect(r.warnings).toContain('overrideIgnored');
  });

  it('is ignored for a row with a data error', () => {
    const run = classify([person('Vũ Văn Kết', { 'Số tháng nghỉ ốm': 13, 'Kết luận chi bộ': 'HTT' })], N10);
    const r = resultOf(run, 'Vũ Văn Kết');
    expect(run.errors).toHaveLength(1);
    expect(r.result).toBe('CXL');
    expect(r.overridden).toBe(false);
  });

  it('resolves a quota tie: choosing one of the tied members gives HTXS without breaking the quota', () => {
    const rows: RowSpec[] = [
      person('Xuất sắc 1', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 10, 'Phiếu HTT': 1, 'Kết luận chi bộ': 'HTXS' }),
      person('Xuất sắc 2', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 10, 'Phiếu HTT': 1 }),
      ...Array.from({ length: 9 }, (_, i) => person(`Tốt ${i}`, { 'Phiếu HTT': 11 })),
    ];
    const run = classify(rows);
    expect(run.votingBase).toBe(11);
    expect(resultOf(run, 'Xuất sắc 1').result).toBe('HTXS');
    expect(resultOf(run, 'Xuất sắc 2').result).toBe('HTT');
    expect(run.quota).toMatchObject({ percent: 15, base: 11, allowed: 1, used: 1, exceeded: false });
    expect(resultOf(run, 'Xuất sắc 1').warnings).not.toContain('quotaExceeded');
  });

  it('an override that breaks the quota sets quota.exceeded and warns every HTXS row', () => {
    // 11 members, 5 HTXS by votes; the quota (15%) keeps 1; the chi bộ sets 2 more to HTXS.
    const n = 11;
    const htxs = [11, 10, 9, 9, 8];
    const rows: RowSpec[] = [
      ...htxs.map((v, i) =>
        person(`Xuất sắc ${i + 1}`, {
          'Kết quả thi đua': 'HTXS',
          'Phiếu HTXS': v,
          'Phiếu HTT': n - v,
          'Kết luận chi bộ': i === 1 || i === 2 ? 'HTXS' : '',
        }),
      ),
      ...Array.from({ length: 6 }, (_, i) => person(`Tốt ${i}`, { 'Phiếu HTT': n })),
    ];
    const run = classify(rows);
    expect(run.quota.exceeded).toBe(true);
    expect(run.quota.used).toBe(3);
    expect(run.quota.base).toBe(11);
    const htxsRows = run.results.filter((r) => r.result === 'HTXS');
    expect(htxsRows.map((r) => r.member.name)).toEqual(['Xuất sắc 1', 'Xuất sắc 2', 'Xuất sắc 3']);
    for (const r of htxsRows) {
      expect(r.warnings).toContain('quotaExceeded');
      expect(r.explanation.join(' ')).toContain('vượt hạn mức');
    }
    for (const r of run.results.filter((x) => x.result !== 'HTXS')) expect(r.warnings).not.toContain('quotaExceeded');
  });

  it('an override lowering a member from HTXS frees the quota for nobody else (engine decision stands)', () => {
    const rows: RowSpec[] = [
      person('Xuất sắc 1', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 11, 'Kết luận chi bộ': 'HTT' }),
      person('Xuất sắc 2', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 10, 'Phiếu HTT': 1 }),
      ...Array.from({ length: 9 }, (_, i) => person(`Tốt ${i}`, { 'Phiếu HTT': 11 })),
    ];
    const run = classify(rows);
    expect(resultOf(run, 'Xuất sắc 1').result).toBe('HTT');
    expect(resultOf(run, 'Xuất sắc 2').result).toBe('HTT');
    expect(run.quota.used).toBe(0);
    expect(run.quota.exceeded).toBe(false);
  });
});

describe('documents and comparison columns (step 9: never change the level)', () => {
  it('a missing document adds «Thiếu hồ sơ» and keeps the level', () => {
    const run = classify(
      [
        person('Đủ', { 'Phiếu HTT': 2, 'Bản kiểm điểm': 'Có', 'Phiếu nhận xét nơi cư trú': true, 'Phiếu bổ sung lý lịch': 'x' }),
        person('Thiếu', {
          'Phiếu HTT': 2,
          'Bản kiểm điểm': 'Có',
          'Phiếu nhận xét nơi cư trú': false,
          'Phiếu bổ sung lý lịch': '',
        }),
      ],
      { headers: FULL_HEADERS },
    );
    expect(run.errors).toEqual([]);
    expect(resultOf(run, 'Đủ').warnings).toEqual([]);
    const r = resultOf(run, 'Thiếu');
    expect(r.result).toBe('HTT');
    expect(r.warnings).toEqual(['missingDocuments']);
    expect(r.explanation.join(' ')).toContain('phiếu nhận xét nơi cư trú, phiếu bổ sung lý lịch');
  });

  it('self-assessment and committee proposal are shown but do not change the level', () => {
    const run = classify([person('A', { 'Phiếu HTT': 1, 'Tự xếp loại': 'HTXS', 'Chi ủy đề xuất': 'HT' })], {
      headers: FULL_HEADERS,
    });
    const r = resultOf(run, 'A');
    expect(r.result).toBe('HTT');
    expect(r.explanation.join(' ')).toContain('tự xếp loại HTXS, chi ủy đề xuất HT');
  });
});

describe('Kết luận chi bộ for an absent member', () => {
  it('a conclusion for an absent member is not applied, with a warning to clear the status first', () => {
    const run = classify([
      person('Vắng', { 'Tình trạng': 'Vắng mặt', 'Kết quả thi đua': 'HT', 'Số tháng nghỉ ốm': 5, 'Kết luận chi bộ': 'HTXS' }),
      person('B', { 'Phiếu HTT': 3 }),
      person('C', { 'Phiếu HTT': 3 }),
      person('D', { 'Phiếu HTT': 3 }),
    ]);
    const absent = resultOf(run, 'Vắng');
    expect(absent.result).toBe('CXL');
    expect(absent.overridden).toBe(false);
    expect(absent.warnings).toEqual(['absent', 'overrideIgnored']);
    expect(absent.explanation.join(' ')).toContain('xóa tình trạng «Vắng mặt»');
    expect(run.counts.HTXS).toBe(0);
  });
});

describe('a tie settled through «Kết luận chi bộ»', () => {
  // N = 11, HTT 9 at HTT: T = 11, k = ⌊15·11/115⌋ = 1; A and B tie at 10 Phiếu HTXS → both HTT, warned.
  const rows = (conclusionA: string) => [
    person('A', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 10, 'Phiếu HTT': 1, 'Kết luận chi bộ': conclusionA }),
    person('B', { 'Kết quả thi đua': 'HTXS', 'Phiếu HTXS': 10, 'Phiếu HTT': 1 }),
    ...Array.from({ length: 9 }, (_, i) => person(`C${i}`, { 'Phiếu HTT': 11 })),
  ];

  it('before: both tied members are warned', () => {
    const run = classify(rows(''));
    expect(resultOf(run, 'A').warnings).toContain('quotaTie');
    expect(resultOf(run, 'B').warnings).toContain('quotaTie');
  });

  it('after: the chosen one is HTXS, neither keeps the tie warning, and the explanation says how it was settled', () => {
    const run = classify(rows('HTXS'));
    const a = resultOf(run, 'A');
    const b = resultOf(run, 'B');
    expect([a.result, b.result]).toEqual(['HTXS', 'HTT']);
    expect(a.warnings).toEqual([]);
    expect(b.warnings).toEqual([]);
    expect(a.explanation.join(' ')).toContain('Đã giải quyết bằng cột «Kết luận chi bộ»');
    expect(b.explanation.join(' ')).toContain('đã được giải quyết');
    expect(run.quota.exceeded).toBe(false);
  });
});
