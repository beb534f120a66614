import { describe, expect, it } from 'vitest';
import { runClassification } from '../../src/core/run';
import { grid, officials, TODAY } from '../helpers';

describe('smoke', () => {
  it('classifies a tiny roster', () => {
    const rows = officials(3, { 'Phiếu HTT': 3 });
    const run = runClassification({ roster: grid(rows), settings: null, today: TODAY });
    expect(run.fatal).toEqual([]);
    expect(run.votingBase).toBe(3);
    expect(run.results.map((r) => r.result)).toEqual(['HTT', 'HTT', 'HTT']);
    expect(run.chiBo.result).toBe('CXL');
  });
});
