import { describe, expect, it } from 'vitest';
import { classifyChiBo, type ChiBoCriteria, type ChiBoRosterFacts } from '../../src/core/chi-bo';
import { CHI_BO_TEXT } from '../../src/core/text';
import { classify, person } from '../helpers';

/** Design §5: every criterion at its best. */
const BEST: ChiBoCriteria = {
  taskResult: 'HTXS',
  committeeUnited: true,
  committeeLevel: 'HTXS',
  meetsRegularly: true,
  schoolRank: 1,
  youthRank: 1,
  unionRank: 1,
  corruptionDiscipline: false,
  selfDetectedDiscipline: false,
};
const CLEAN: ChiBoRosterFacts = { members: 10, kht: 0, disciplined: 0, committeeDisciplined: 0 };

/** A solid HTT chi bộ: tasks HTT, united, committee HTT, ranks ≤ 2. */
const GOOD: ChiBoCriteria = { ...BEST, taskResult: 'HTT', committeeLevel: 'HTT', schoolRank: 2, youthRank: 1, unionRank: 2 };

/** Failed 02 tasks, everything else neutral (no weakness listed). */
const FAILED: ChiBoCriteria = { ...BEST, taskResult: 'FAILED2', committeeLevel: 'HT', schoolRank: 3, youthRank: 3, unionRank: 3 };

describe('classifyChiBo', () => {
  it('HTXS when every HTXS condition holds', () => {
    const cell = classifyChiBo(BEST, CLEAN);
    expect(cell).toEqual({ result: 'HTXS', reasons: ['Đạt Hoàn thành xuất sắc nhiệm vụ.'], needsDecision: false });
  });

  it('HTT when the committee is only HTT, with the failed HTXS condition listed', () => {
    const cell = classifyChiBo({ ...BEST, committeeLevel: 'HTT' }, CLEAN);
    expect(cell.result).toBe('HTT');
    expect(cell.reasons.join(' ')).toContain(CHI_BO_TEXT.cond.committeeHTXS);
  });

  it('HTT for a solid HTT chi bộ (ranks ≤ 2)', () => {
    const cell = classifyChiBo(GOOD, CLEAN);
    expect(cell.result).toBe('HTT');
    expect(cell.reasons.join(' ')).toContain(CHI_BO_TEXT.cond.ranksTop);
    expect(cell.reasons.join(' ')).toContain(CHI_BO_TEXT.cond.taskHTXS);
  });

  it('not HTXS when the chi bộ does not meet as regulated', () => {
    const cell = classifyChiBo({ ...BEST, meetsRegularly: false }, CLEAN);
    expect(cell.result).toBe('HTT');
    expect(cell.reasons.join(' ')).toContain(CHI_BO_TEXT.cond.regular);
  });

  it('not HTXS when a member is KHT', () => {
    const cell = classifyChiBo(BEST, { members: 10, kht: 1, disciplined: 0, committeeDisciplined: 0 });
    expect(cell.result).toBe('HTT');
    expect(cell.reasons.join(' ')).toContain(CHI_BO_TEXT.cond.allAtLeastHT(1));
  });

  it('not HTXS when one of the three organisations is below rank 1', () => {
    expect(classifyChiBo({ ...BEST, unionRank: 2 }, CLEAN).result).toBe('HTT');
    expect(classifyChiBo({ ...BEST, youthRank: 2 }, CLEAN).result).toBe('HTT');
    expect(classifyChiBo({ ...BEST, schoolRank: 2 }, CLEAN).result).toBe('HTT');
  });

  it('a disciplined member blocks HTT (→ HT) unless the chi bộ detected it itself', () => {
    const blocked = classifyChiBo(GOOD, { members: 10, kht: 0, disciplined: 1, committeeDisciplined: 0 });
    expect(blocked.result).toBe('HT');
    expect(blocked.reasons.join(' ')).toContain(CHI_BO_TEXT.cond.discipline(1));
    expect(
      classifyChiBo({ ...GOOD, selfDetectedDiscipline: true }, { members: 10, kht: 0, disciplined: 1, committeeDisciplined: 0 })
        .result,
    ).toBe('HTT');
  });

  it('HT when the committee is not united but tasks are done', () => {
    const cell = classifyChiBo({ ...GOOD, committeeUnited: false }, CLEAN);
    expect(cell.result).toBe('HT');
    expect(cell.needsDecision).toBe(false);
    expect(cell.reasons[0]).toBe('Đạt Hoàn thành nhiệm vụ.');
  });

  it('HT when tasks are only HT, with the failed HTT conditions listed', () => {
    const cell = classifyChiBo({ ...GOOD, taskResult: 'HT' }, CLEAN);
    expect(cell.result).toBe('HT');
    expect(cell.reasons.join(' ')).toContain(CHI_BO_TEXT.cond.taskHTT);
  });

  it('HT when a rank is 3', () => {
    const cell = classifyChiBo({ ...GOOD, schoolRank: 3 }, CLEAN);
    expect(cell.result).toBe('HT');
    expect(cell.reasons.join(' ')).toContain(CHI_BO_TEXT.cond.ranksSecond);
  });

  it.each([
    ['the committee is not united', { committeeUnited: false }, CLEAN, CHI_BO_TEXT.weak.disunited],
    ['corruption or degradation led to discipline', { corruptionDiscipline: true }, CLEAN, CHI_BO_TEXT.weak.corruption],
    ['the school is at the lowest rank', { schoolRank: 4 }, CLEAN, CHI_BO_TEXT.weak.schoolLowest],
    ['both unions are at the lowest rank', { youthRank: 4, unionRank: 4 }, CLEAN, CHI_BO_TEXT.weak.unionsLowest],
    [
      'more than 1/2 of the members are KHT',
      {},
      { members: 9, kht: 5, disciplined: 0, committeeDisciplined: 0 },
      CHI_BO_TEXT.weak.halfKht,
    ],
  ] as const)('Yếu kém (KHT): failed 02 tasks and %s', (_label, patch, facts, reason) => {
    const cell = classifyChiBo({ ...FAILED, ...patch }, facts);
    expect(cell.result).toBe('KHT');
    expect(cell.needsDecision).toBe(false);
    expect(cell.reasons[0]).toContain('Yếu kém vì không hoàn thành từ 02 nhiệm vụ trở lên');
    expect(cell.reasons[0]).toContain(reason);
  });

  it('failed 02 tasks but no weakness → HT with needsDecision', () => {
    const cell = classifyChiBo(FAILED, CLEAN);
    expect(cell.result).toBe('HT');
    expect(cell.needsDecision).toBe(true);
    expect(cell.reasons[0]).toBe(CHI_BO_TEXT.needsDecision);
  });

  it('failed 02 tasks with only one union at the lowest rank is not Yếu kém', () => {
    const cell = classifyChiBo({ ...FAILED, unionRank: 4 }, CLEAN);
    expect(cell.result).toBe('HT');
    expect(cell.needsDecision).toBe(true);
  });

  it('failed 02 tasks with exactly 1/2 of the members KHT is not Yếu kém', () => {
    const cell = classifyChiBo(FAILED, { members: 10, kht: 5, disciplined: 0, committeeDisciplined: 0 });
    expect(cell.result).toBe('HT');
    expect(cell.needsDecision).toBe(true);
  });

  it('Yếu kém needs failed 02 tasks: tasks HT with every weakness is HT', () => {
    const cell = classifyChiBo(
      {
        ...FAILED,
        taskResult: 'HT',
        committeeUnited: false,
        corruptionDiscipline: true,
        schoolRank: 4,
        youthRank: 4,
        unionRank: 4,
      },
      { members: 4, kht: 4, disciplined: 4, committeeDisciplined: 0 },
    );
    expect(cell.result).toBe('HT');
    expect(cell.needsDecision).toBe(false);
  });

  it('missing criteria → CXL listing each missing label', () => {
    const cell = classifyChiBo({ ...BEST, committeeUnited: null, unionRank: null }, CLEAN);
    expect(cell.result).toBe('CXL');
    expect(cell.reasons).toHaveLength(1);
    expect(cell.reasons[0]).toContain('«Cấp ủy đoàn kết»');
    expect(cell.reasons[0]).toContain('«Xếp loại Công đoàn»');
    expect(cell.reasons[0]).not.toContain('«Xếp loại nhà trường»');
  });

  it('every required criterion left blank is listed', () => {
    const none: ChiBoCriteria = {
      taskResult: null,
      committeeUnited: null,
      committeeLevel: null,
      meetsRegularly: null,
      schoolRank: null,
      youthRank: null,
      unionRank: null,
      corruptionDiscipline: false,
      selfDetectedDiscipline: false,
    };
    const cell = classifyChiBo(none, CLEAN);
    expect(cell.result).toBe('CXL');
    for (const label of [
      'Kết quả thực hiện nhiệm vụ của chi bộ',
      'Cấp ủy đoàn kết',
      'Xếp loại tập thể cấp ủy',
      'Sinh hoạt đúng quy định',
      'Xếp loại nhà trường',
      'Xếp loại Đoàn Thanh niên',
      'Xếp loại Công đoàn',
    ])
      expect(cell.reasons[0]).toContain(`«${label}»`);
  });
});

/** The «Cấu hình» labels for the chi bộ, filled as a secretary would type them. */
const BEST_SETTINGS = {
  'Kết quả thực hiện nhiệm vụ của chi bộ': 'Hoàn thành xuất sắc nhiệm vụ',
  'Cấp ủy đoàn kết': 'Có',
  'Xếp loại tập thể cấp ủy': 'HTXS',
  'Sinh hoạt đúng quy định': 'Có',
  'Xếp loại nhà trường': 'Mức cao nhất',
  'Xếp loại Đoàn Thanh niên': 1,
  'Xếp loại Công đoàn': '1',
};

describe('chi bộ rules through «Cấu hình» and runClassification', () => {
  const members = [person('A', { 'Phiếu HTT': 3 }), person('B', { 'Phiếu HTT': 3 }), person('C', { 'Phiếu HTT': 3 })];

  it('reads the labels and gives HTXS', () => {
    const run = classify(members, { settings: BEST_SETTINGS });
    expect(run.settingErrors).toEqual([]);
    expect(run.settings).toMatchObject(BEST);
    expect(run.chiBo.result).toBe('HTXS');
    expect(run.results.map((r) => r.result)).toEqual(['HTT', 'HTT', 'HTT']);
  });

  it('a disciplined member on the roster blocks HTT for the chi bộ', () => {
    const run = classify([...members, person('D', { 'Đang chấp hành kỷ luật': 'Có', 'Phiếu KHT': 3 })], {
      settings: BEST_SETTINGS,
    });
    expect(run.chiBo.result).toBe('HT');
    expect(run.chiBo.reasons.join(' ')).toContain(CHI_BO_TEXT.cond.discipline(1));
  });

  it("'Kỷ luật do chi bộ chủ động phát hiện' = Có lifts that block, but a KHT member still blocks HTXS", () => {
    const run = classify([...members, person('D', { 'Đang chấp hành kỷ luật': 'Có', 'Phiếu KHT': 3 })], {
      settings: { ...BEST_SETTINGS, 'Kỷ luật do chi bộ chủ động phát hiện': 'Có' },
    });
    expect(run.counts.KHT).toBe(1);
    expect(run.chiBo.result).toBe('HTT');
  });

  it('rank words and Vietnamese task text are read: HTT chi bộ', () => {
    const run = classify(members, {
      settings: {
        ...BEST_SETTINGS,
        'Kết quả thực hiện nhiệm vụ của chi bộ': 'Hoàn thành tốt nhiệm vụ',
        'Xếp loại tập thể cấp ủy': 'Hoàn thành tốt nhiệm vụ',
        'Xếp loại nhà trường': 'Mức cao thứ hai',
      },
    });
    expect(run.settings.schoolRank).toBe(2);
    expect(run.chiBo.result).toBe('HTT');
  });

  it('Yếu kém when failed 02 tasks and more than 1/2 of the members are KHT on the roster', () => {
    const roster = [
      person('A', { 'Phiếu HTT': 3 }),
      person('B', { 'Khuyết điểm': 'Suy thoái tư tưởng chính trị', 'Phiếu KHT': 2 }),
      person('C', { 'Khuyết điểm': 'Vi phạm điều đảng viên không được làm', 'Phiếu KHT': 2 }),
    ];
    const run = classify(roster, {
      settings: {
        ...BEST_SETTINGS,
        'Kết quả thực hiện nhiệm vụ của chi bộ': 'Không hoàn thành từ 02 nhiệm vụ',
        'Xếp loại nhà trường': 3,
        'Xếp loại Đoàn Thanh niên': 3,
        'Xếp loại Công đoàn': 3,
      },
    });
    expect(run.counts.KHT).toBe(2);
    expect(run.chiBo.result).toBe('KHT');
    expect(run.chiBo.reasons[0]).toContain(CHI_BO_TEXT.weak.halfKht);
  });

  it('failed 02 tasks with no weakness → HT needing the higher committee decision', () => {
    const run = classify(members, {
      settings: { ...BEST_SETTINGS, 'Kết quả thực hiện nhiệm vụ của chi bộ': 'Không hoàn thành từ 02 nhiệm vụ trở lên' },
    });
    expect(run.chiBo.result).toBe('HT');
    expect(run.chiBo.needsDecision).toBe(true);
  });

  it('a blank criterion gives CXL for the chi bộ while members are still classified', () => {
    const { 'Sinh hoạt đúng quy định': _omitted, ...rest } = BEST_SETTINGS;
    const run = classify(members, { settings: rest });
    expect(_omitted).toBe('Có');
    expect(run.chiBo.result).toBe('CXL');
    expect(run.chiBo.reasons[0]).toContain('«Sinh hoạt đúng quy định»');
    expect(run.results.map((r) => r.result)).toEqual(['HTT', 'HTT', 'HTT']);
  });

  it('a bad rank value is a setting error naming the label, and the chi bộ is CXL', () => {
    const run = classify(members, { settings: { ...BEST_SETTINGS, 'Xếp loại Công đoàn': 'rất tốt' } });
    expect(run.settingErrors).toHaveLength(1);
    expect(run.settingErrors[0]?.label).toBe('Xếp loại Công đoàn');
    expect(run.settingErrors[0]?.row).toBe(7);
    expect(run.settingErrors[0]?.message).toContain('«Xếp loại Công đoàn»');
    expect(run.chiBo.result).toBe('CXL');
  });
});
