/**
 * The compiled parse plan (issue 14) against the parse as it was before it
 * (test/core/roster-before.ts): the same members, field for field and in the same key order,
 * the same row errors word for word, the same group rows, on fuzzed grids under both
 * profiles, on the benchmark roster and on the samples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputKey } from '../../src/core/columns';
import { PLAN_2023, QD366_2025, type Profile } from '../../src/core/profiles';
import { parseRoster } from '../../src/core/roster';
import { COLUMN_WORDS } from '../../src/core/text';
import { MSG } from '../../src/core/text/messages';
import { largeRosterGrid } from '../../src/local/large-roster';
import { sampleRosterGrid } from '../../src/local/sample';
import { sampleQd366RosterGrid } from '../../src/local/sample-qd366';
import { parseRosterBefore } from './roster-before';

function expectSameParse(grid: readonly (readonly unknown[])[], profile: Profile): number {
  const now = parseRoster(grid, 'Danh sách', profile);
  const before = parseRosterBefore(grid, 'Danh sách', profile);
  expect(now.members).toStrictEqual(before.members);
  expect(now.members.map((m) => Object.keys(m))).toStrictEqual(before.members.map((m) => Object.keys(m)));
  expect(now.errors).toStrictEqual(before.errors);
  if (before.groupRows.length > 0) expect(now.notices).toContain(MSG.groupRowsSkipped(before.groupRows));
  return now.members.length;
}

/** Values a cell may hold: codes in any spelling, numbers as typed, dates, boxes, formulas without a value, junk. */
const anyCell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'HTXS',
    'htt ',
    'Hoàn thành tốt nhiệm vụ',
    'HOÀN THÀNH XUẤT SẮC NHIỆM VỤ'.normalize('NFD'),
    'Chiến sỹ thi đua cơ sở',
    'Giỏi',
    'Chính thức',
    'dự bị',
    'Vắng mặt',
    'Miễn SH',
    'Đang sinh hoạt',
    'Có',
    'x',
    'không',
    '✓',
    '3,5',
    '2.75',
    '27,555',
    '51%',
    '-1',
    '0',
    '14',
    '07/12/2023',
    '31/02/2023',
    '2023-12-07',
    'Vi phạm trách nhiệm nêu gương, tự phê bình',
    'Tham nhũng, lãng phí, tiêu cực',
    'Không hoàn thành nhiệm vụ được chi bộ giao; mất đoàn kết',
    'đi muộn',
    '-',
    '2A',
    'Mẫu 2C',
    'Lãnh đạo, quản lý',
    'Bí thư chi bộ',
    'Tổ trưởng',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 60 }),
  fc.double({ min: -2, max: 120, noNaN: false }),
  fc.constantFrom(0.5, 0.15, 1e300, Number.NaN, Number.POSITIVE_INFINITY, -0, 45266),
  fc.boolean(),
  fc.date({ min: new Date(1890, 0, 1), max: new Date(2250, 0, 1), noInvalidDate: false }),
  fc.constantFrom(null, undefined, { formula: '=ROW()-1' }, { formula: '=B2+C2' }),
);

/** Each column's canonical header or one of its aliases. */
const headerOf = (key: InputKey) => fc.constantFrom(...COLUMN_WORDS[key].headers);

/** The required columns (and one complete set of requiredAnyOf), others at random, in any order. */
function headers(profile: Profile) {
  const needed = [...profile.requiredColumns, ...(profile.requiredAnyOf[0] ?? [])];
  const others = profile.columns.filter((key) => !needed.includes(key));
  return fc
    .shuffledSubarray(others)
    .chain((picked) => fc.shuffledSubarray([...needed, ...picked], { minLength: needed.length + picked.length }))
    .chain((keys) => fc.tuple(...keys.map(headerOf)))
    .map((hs) => [...hs, 'Cột lạ']);
}

function grids(profile: Profile) {
  return headers(profile).chain((head) =>
    fc
      .array(
        fc.oneof(
          { weight: 8, arbitrary: fc.array(anyCell, { minLength: head.length, maxLength: head.length + 1 }) },
          // A group row («Tổ Toán»), a blank row, a row of unchecked boxes.
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              ['Tổ Toán'],
              [],
              head.map(() => false),
            ),
          },
        ),
        { maxLength: 12 },
      )
      .map((rows) => [head as unknown[], ...rows]),
  );
}

describe('the compiled parse plan reads a roster as the per-cell parse did', () => {
  for (const profile of [PLAN_2023, QD366_2025]) {
    it(`fuzzed grids under ${profile.id}: same members, same errors`, () => {
      let members = 0;
      fc.assert(
        fc.property(grids(profile), (g) => {
          members += expectSameParse(g, profile);
        }),
        { numRuns: 400 },
      );
      // Most grids must have members, or the property says little.
      expect(members).toBeGreaterThan(1000);
    });
  }

  it('the benchmark roster of 5,000 members', () => {
    expect(expectSameParse(largeRosterGrid(5000), PLAN_2023)).toBe(5000);
  });

  it('the samples, under both profiles', () => {
    for (const grid of [sampleRosterGrid(), sampleQd366RosterGrid()]) {
      for (const profile of [PLAN_2023, QD366_2025]) expectSameParse(grid, profile);
    }
  });
});
