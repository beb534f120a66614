/**
 * XEPLOAI_DIEM from the built Code.js, against the engine under the QĐ 366 profile: the same
 * members at the boundaries (bands 90 / 70 / 50, 30% above, 20% late, 50% not done, a leader's
 * 70%) give the same level whether classified on the roster, one call per member, or one call
 * over whole ranges (2D arrays, as Sheets passes them). Each case also states its expected
 * level, so the test fails if both sides drift together.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/core/levels';
import { classifyQd, resultOf, type RowSpec } from '../helpers';
import { bundleSource, CODE_PATH, loadBundle } from './gas-vm';

type Value = string | number;

interface Case {
  readonly name: string;
  /** diem_chung, diem_nhiem_vu, so_giao, so_hoan_thanh, so_cham, so_vuot_muc, khac_phuc, ky_luat, khuyet_diem, nhom */
  readonly args: readonly [Value, Value, Value, Value, Value, Value, Value, Value, Value, Value];
  readonly expected: Outcome;
}

interface Options {
  readonly assigned?: Value;
  readonly done?: Value;
  readonly late?: Value;
  readonly above?: Value;
  readonly remedied?: Value;
  readonly discipline?: Value;
  readonly faults?: Value;
  readonly group?: Value;
}

/** By default 10 tasks, all done on time, 3 above (exactly 30%), no earlier shortcoming, 2B. */
const ok = (general: Value, task: Value, o: Options = {}): Case['args'] => [
  general,
  task,
  o.assigned ?? 10,
  o.done ?? 10,
  o.late ?? 0,
  o.above ?? 3,
  o.remedied ?? '',
  o.discipline ?? 'Không',
  o.faults ?? '',
  o.group ?? '2B',
];

const CASES: readonly Case[] = [
  // Bands: S in hundredths, 9000 / 7000 / 5000.
  { name: 'S 90 = 27 + 63', args: ok(27, 63), expected: 'HTXS' },
  { name: 'S 89,99 = 27 + 62,99', args: ok('27', '62,99'), expected: 'HTT' },
  { name: 'S 89,99 as numbers 27,5 + 62,49', args: ok(27.5, 62.49), expected: 'HTT' },
  { name: 'S 70 = 20 + 50', args: ok(20, 50), expected: 'HTT' },
  { name: 'S 69,99 = 20 + 49,99', args: ok(20, '49,99'), expected: 'HT' },
  { name: 'S 50 = 15 + 35', args: ok(15, 35), expected: 'HT' },
  { name: 'S 49,99 = 15 + 34,99 (a KHT trigger)', args: ok(15, '34,99'), expected: 'KHT' },
  // Above requirements: 10·vượt ≥ 3·giao.
  { name: '95, 3 of 10 above (30%)', args: ok(28, 67), expected: 'HTXS' },
  { name: '95, 2 of 10 above (20%)', args: ok(28, 67, { above: 2 }), expected: 'HTT' },
  // Late: none for HTT, 5·chậm ≤ giao for HT, else the open case.
  { name: '95, 2 of 10 late (20%)', args: ok(28, 67, { late: 2 }), expected: 'HT' },
  { name: '95, 3 of 10 late (30%): the open case', args: ok(28, 67, { late: 3 }), expected: 'CXL' },
  // Not done: 2·(giao − hoàn thành) > giao is a trigger; exactly half is the open case.
  { name: '80, 5 of 10 done', args: ok(25, 55, { done: 5, above: 0 }), expected: 'CXL' },
  { name: '80, 4 of 10 done', args: ok(25, 55, { done: 4, above: 0 }), expected: 'KHT' },
  // A leader: 100·hoàn thành < 70·giao is a trigger for 2A only.
  { name: 'leader 95, 6 of 10 done (60%)', args: ok(28, 67, { done: 6, above: 0, group: '2A' }), expected: 'KHT' },
  { name: 'member 95, 6 of 10 done (60%)', args: ok(28, 67, { done: 6, above: 0 }), expected: 'CXL' },
  { name: 'leader 95, 7 of 10 done (70%)', args: ok(28, 67, { done: 7, above: 0, group: '2A' }), expected: 'CXL' },
  {
    name: 'leader 95, corruption fault',
    args: ok(28, 67, { faults: 'Tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý bị xử lý kỷ luật', group: '2A' }),
    expected: 'KHT',
  },
  // Other triggers, and the earlier shortcoming.
  { name: '99 under discipline', args: ok(29, 70, { discipline: 'Có' }), expected: 'KHT' },
  {
    name: '99, a fault with commas of its own',
    args: ok(29, 70, { faults: 'Vi phạm trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín' }),
    expected: 'KHT',
  },
  { name: 'no score, under discipline', args: ok('', '', { discipline: 'Có' }), expected: 'KHT' },
  { name: '95, shortcoming not remedied', args: ok(28, 67, { remedied: 'Không' }), expected: 'HTT' },
  { name: '95, shortcoming remedied', args: ok(28, 67, { remedied: 'Có' }), expected: 'HTXS' },
  // No task counts: the band decides.
  {
    name: '95, tasks blank',
    args: ok(28, 67, { assigned: '', done: '', late: '', above: '' }),
    expected: 'HTXS',
  },
  { name: '2C member 91', args: ok(27, 64, { group: '2C' }), expected: 'HTXS' },
];

const HEADER_OF_ARG = [
  'Điểm tiêu chí chung',
  'Điểm kết quả nhiệm vụ',
  'Số nhiệm vụ được giao',
  'Số nhiệm vụ hoàn thành',
  'Số nhiệm vụ chậm tiến độ',
  'Số nhiệm vụ vượt mức',
  'Khắc phục hạn chế kỳ trước',
  'Đang chấp hành kỷ luật',
  'Khuyết điểm',
  'Nhóm đối tượng',
] as const;

function rowOf(c: Case): RowSpec {
  const row: RowSpec = { 'Họ và tên': c.name, 'Loại đảng viên': 'Chính thức' };
  for (const [i, header] of HEADER_OF_ARG.entries()) row[header] = c.args[i] ?? '';
  return row;
}

/** The whole roster under QĐ 366: every case's level before the quota (what XEPLOAI_DIEM returns). */
const run = classifyQd(CASES.map(rowOf));
const engineLevel = (c: Case): Outcome => resultOf(run, c.name).ruleResult;

/** One argument as a range: a column (n × 1) or a row (1 × n). */
const column = (cases: readonly Case[], i: number): Value[][] => cases.map((c) => [c.args[i] ?? '']);
const row = (cases: readonly Case[], i: number): Value[][] => [cases.map((c) => c.args[i] ?? '')];

describe('XEPLOAI_DIEM in the built Code.js agrees with the engine (QĐ 366)', () => {
  const bundle = loadBundle();

  it('the roster classifies every case without a row error', () => {
    expect(run.fatal).toEqual([]);
    expect(run.errors).toEqual([]);
    expect(CASES.map((c) => [c.name, engineLevel(c)])).toEqual(CASES.map((c) => [c.name, c.expected]));
  });

  it.each(CASES.map((c) => [c.name, c] as const))('one call: %s', (_name, c) => {
    expect(bundle.call('XEPLOAI_DIEM', ...c.args)).toBe(c.expected);
    expect(bundle.call('XEPLOAI_DIEM', ...c.args)).toBe(engineLevel(c));
  });

  it('one call over whole columns spills one level per row, the same as the engine', () => {
    const ranges = HEADER_OF_ARG.map((_, i) => column(CASES, i));
    expect(bundle.call('XEPLOAI_DIEM', ...ranges)).toEqual(CASES.map((c) => [engineLevel(c)]));
  });

  it('one call over a row range gives a row of levels', () => {
    const ranges = HEADER_OF_ARG.map((_, i) => row(CASES, i));
    expect(bundle.call('XEPLOAI_DIEM', ...ranges)).toEqual([CASES.map(engineLevel)]);
  });

  it('scores as ranges with the other arguments as single values broadcast over them', () => {
    // The band cases share 10/10 done, 0 late, 3 above, no shortcoming, 2B.
    const bands = CASES.slice(0, 7);
    const out = bundle.call('XEPLOAI_DIEM', column(bands, 0), column(bands, 1), 10, 10, 0, 3, '', 'Không', '', '2B');
    expect(out).toEqual(bands.map((c) => [engineLevel(c)]));
    expect(out).toEqual([['HTXS'], ['HTT'], ['HTT'], ['HTT'], ['HT'], ['HT'], ['KHT']]);
  });

  it('a bad cell gives an error in that cell only; a row blank in every argument stays blank', () => {
    const range = (a: Value, b: Value): Value[][] => [[a], [b], ['']];
    const out = bundle.call(
      'XEPLOAI_DIEM',
      range(27, 31),
      range(63, 60),
      range(10, 10),
      range(10, 10),
      range(0, 0),
      range(3, 3),
      '',
      '',
      '',
      '',
    );
    expect(out).toEqual([['HTXS'], [expect.stringMatching(/^Lỗi: Điểm tiêu chí chung .*30/)], ['']]);
    expect(bundle.call('XEPLOAI_DIEM', '', '', '', '', '', '', '', '', '', '')).toBe('');
  });
});

describe('XEPLOAI_DIEM is declared for Sheets', () => {
  const source = ts.createSourceFile(CODE_PATH, bundleSource(), ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const fn = source.statements.find(
    (s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === 'XEPLOAI_DIEM',
  );
  const jsDoc = fn ? ts.getJSDocCommentsAndTags(fn).filter(ts.isJSDoc)[0] : undefined;
  const tags: readonly ts.JSDocTag[] = jsDoc?.tags ?? [];
  /** The signature of the design: =XEPLOAI_DIEM(diem_chung; …; nhom). */
  const PARAMS = [
    'diem_chung',
    'diem_nhiem_vu',
    'so_giao',
    'so_hoan_thanh',
    'so_cham',
    'so_vuot_muc',
    'khac_phuc',
    'ky_luat',
    'khuyet_diem',
    'nhom',
  ];

  it('is a top-level function whose parameters are the 10 named arguments, in order', () => {
    expect(fn).toBeDefined();
    expect(fn?.parameters.map((p) => p.name.getText(source))).toEqual(PARAMS);
  });

  it('has @customfunction and one described @param per argument, in order', () => {
    expect(tags.some((t) => t.tagName.text === 'customfunction')).toBe(true);
    const params = tags.filter((t): t is ts.JSDocParameterTag => ts.isJSDocParameterTag(t));
    expect(params.map((t) => t.name.getText(source))).toEqual(PARAMS);
    for (const p of params) expect(ts.getTextOfJSDocComment(p.comment)?.trim() ?? '', p.name.getText(source)).not.toBe('');
    expect(ts.getTextOfJSDocComment(jsDoc?.comment) ?? '').toContain('366-QĐ/TW');
  });
});
