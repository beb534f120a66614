import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnForHeader } from '../../src/core/columns';
import { parseRoster } from '../../src/core/roster';
import { runClassification } from '../../src/core/run';
import { COLUMN_WORDS } from '../../src/core/text';
import { INPUT_KEYS, type ColumnKey } from '../../src/core/columns';
import { PLAN_2023 } from '../../src/core/profiles';
import * as cells from '../../src/core/schema';
import { TODAY } from '../helpers';

const INPUT_HEADERS = INPUT_KEYS.map((key) => COLUMN_WORDS[key].headers[0]);

/** Any value a sheet or a file could hand over, including the nasty ones. */
const anyCell = fc.oneof(
  fc.string(),
  fc.string({ minLength: 10_000, maxLength: 10_000 }),
  fc.constantFrom(
    '',
    ' ',
    'HTXS',
    'Có',
    'Không',
    'Chính thức',
    'Dự bị',
    'Vắng mặt',
    '3,5',
    '-1',
    '31/02/2023',
    '07/12/2023',
    '=1+1',
    'NaN',
  ),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE, 1e300, -0, 2 ** 53 + 1),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, undefined),
);

const REQUIRED = ['Họ và tên', 'Loại đảng viên', 'Kết quả thi đua'];
const OPTIONAL = INPUT_HEADERS.filter((h) => !REQUIRED.includes(h));

// Mostly usable headers (the three required columns plus some others, in any order), so
// that most runs reach the row checks; sometimes any subset, none, or random text.
const header = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .shuffledSubarray(OPTIONAL)
      .chain((h) => fc.shuffledSubarray([...REQUIRED, ...h, 'Cột lạ'], { minLength: REQUIRED.length + h.length + 1 })),
  },
  fc.shuffledSubarray(INPUT_HEADERS, { minLength: 0 }).chain((h) => fc.constant([...h, 'Cột lạ'])),
  fc.constant([] as string[]),
  fc.array(fc.oneof(fc.string(), fc.constantFrom('', null)), { maxLength: 6 }),
);

const grid = header.chain((h) =>
  fc
    .array(fc.array(anyCell, { minLength: h.length, maxLength: h.length + 2 }), { maxLength: 12 })
    .map((rows) => [h as unknown[], ...rows]),
);

const SCHEMAS: Partial<Record<ColumnKey, { safeParse(v: unknown): { success: boolean } }>> = {
  name: cells.requiredText,
  membership: cells.membership,
  status: cells.status,
  admissionDate: cells.date,
  emulation: cells.emulation,
  sickMonths: cells.sickMonths,
  discipline: cells.yesNo,
  leader: cells.yesNo,
  faults: cells.faults,
  selfAssessment: cells.level,
  committeeProposal: cells.level,
  conclusion: cells.level,
  votesHTXS: cells.tally,
  votesHTT: cells.tally,
  votesHT: cells.tally,
  votesKHT: cells.tally,
  docSelfReview: cells.yesNoOrBlank,
  docResidence: cells.yesNoOrBlank,
  docBiography: cells.yesNoOrBlank,
};

describe('fuzzing the roster parser with arbitrary grids', () => {
  it('never throws, and the whole engine never throws either', () => {
    fc.assert(
      fc.property(grid, (g) => {
        expect(() => parseRoster(g, 'Danh sách', PLAN_2023)).not.toThrow();
        expect(() => runClassification({ roster: g, settings: g, today: TODAY })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('turns every bad cell of a known column into a row error naming its row and column', () => {
    let checkedRows = 0;
    fc.assert(
      fc.property(grid, (g) => {
        const parsed = parseRoster(g, 'Danh sách', PLAN_2023);
        if (parsed.fatal.length > 0) {
          expect(parsed.members).toEqual([]);
          return;
        }
        const memberRows = new Set(parsed.members.map((m) => m.row));
        const errorKeys = new Set(parsed.errors.map((e) => `${e.row}|${e.column}`));
        for (const e of parsed.errors) {
          expect(memberRows.has(e.row)).toBe(true);
          expect(e.message).toMatch(/^Dòng \d+, cột «/);
        }
        const head = g[0] ?? [];
        for (const row of memberRows) {
          checkedRows++;
          const line = g[row - 1] ?? [];
          head.forEach((h, c) => {
            const key = columnForHeader(h);
            const schema = key ? SCHEMAS[key] : undefined;
            if (!schema || schema.safeParse(line[c]).success) return;
            expect(errorKeys.has(`${row}|${String(h).trim()}`), `row ${row}, column ${String(h)}`).toBe(true);
          });
        }
      }),
      { numRuns: 300 },
    );
    // Most runs must reach the row checks, or the property says little.
    expect(checkedRows).toBeGreaterThan(600);
  });

  it('an empty header row is a clear fatal error, not a crash', () => {
    const parsed = parseRoster([[], ['Nguyễn Văn A', 'Chính thức']], 'Danh sách', PLAN_2023);
    expect(parsed.fatal).toEqual([
      'Trang «Danh sách» không có dòng tiêu đề. Dòng 1 phải chứa tiêu đề các cột, ví dụ «Họ và tên», «Loại đảng viên», «Kết quả thi đua».',
    ]);
  });
});
