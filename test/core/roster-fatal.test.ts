/**
 * rosterFatal (the CLI's check before it changes anything) says what runClassification
 * says in `fatal`, from the settings and the header alone.
 */
import { describe, expect, it } from 'vitest';
import { QD366_2025 } from '../../src/core/profiles';
import { type CellGrid, rosterFatal, runClassification, type RunInput } from '../../src/core/run';
import { sampleRosterGrid, sampleSettingsGrid } from '../../src/local/sample';
import { sampleQd366RosterGrid, sampleQd366SettingsGrid } from '../../src/local/sample-qd366';

const TODAY = { year: 2023, month: 12, day: 7 };

const withoutColumn = (grid: CellGrid, header: string): unknown[][] => {
  const i = (grid[0] ?? []).indexOf(header);
  return grid.map((row) => row.filter((_, c) => c !== i));
};
const doubled = (grid: CellGrid, header: string): unknown[][] => {
  const i = (grid[0] ?? []).indexOf(header);
  return grid.map((row) => [...row, row[i]]);
};

const INPUTS: [string, RunInput][] = [
  ['the sample', { roster: sampleRosterGrid(), settings: sampleSettingsGrid(), today: TODAY }],
  ['no «Cấu hình»', { roster: sampleRosterGrid(), settings: null, today: TODAY }],
  ['a required column missing', { roster: withoutColumn(sampleRosterGrid(), 'Loại đảng viên'), settings: null, today: TODAY }],
  ['a column twice', { roster: doubled(sampleRosterGrid(), 'Tình trạng'), settings: null, today: TODAY }],
  [
    'no header',
    {
      roster: [
        ['a', 'b'],
        [1, 2],
      ],
      settings: null,
      today: TODAY,
    },
  ],
  ['nothing', { roster: [], settings: null, today: TODAY }],
  ['a title above the header', { roster: [['CHI BỘ'], [], ...sampleRosterGrid()], settings: null, today: TODAY }],
  ['QĐ 366 sample', { roster: sampleQd366RosterGrid(), settings: sampleQd366SettingsGrid(), today: TODAY }],
  [
    'QĐ 366 from --profile, the 2023 roster (no score columns)',
    { roster: sampleRosterGrid(), settings: sampleSettingsGrid(), today: TODAY, overrides: { profile: QD366_2025 } },
  ],
];

describe('rosterFatal', () => {
  for (const [name, input] of INPUTS) {
    it(`${name}: the same as the run's fatal`, () => {
      expect(rosterFatal(input)).toEqual(runClassification(input).fatal);
    });
  }

  it('the cases include unusable rosters', () => {
    expect(INPUTS.filter(([, input]) => rosterFatal(input).length > 0).length).toBeGreaterThanOrEqual(4);
  });
});
