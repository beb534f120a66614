/**
 * A formula saved without its value (openpyxl, pandas), which the local XLSX loader hands
 * over as an UncomputedFormula: a row error naming the formula, never 0 votes (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { isUncomputedFormula, type UncomputedFormula } from '../../src/core/normalize';
import { runClassification } from '../../src/core/run';
import { grid, officials, person, resultOf, settingsGrid, TODAY } from '../helpers';

const formula = (text: string): UncomputedFormula => ({ formula: text });

describe('uncomputed formulas', () => {
  it('recognises only a plain object with a formula', () => {
    expect(isUncomputedFormula(formula('=1+1'))).toBe(true);
    for (const value of ['=1+1', 0, '', null, undefined, new Date(2023, 0, 1), { result: 1 }, { formula: 3 }]) {
      expect(isUncomputedFormula(value)).toBe(false);
    }
  });

  it('makes a tally cell a row error that names the formula and says how to fix it', () => {
    const rows = [...officials(9, { 'Phiếu HTT': 8 }), person('Trần Thị Bình', { 'Phiếu HTT': formula('=SUM(K2:K5)') })];
    const run = runClassification({ roster: grid(rows), settings: null, today: TODAY });
    expect(run.errors).toHaveLength(1);
    const error = run.errors[0];
    expect(error?.row).toBe(11);
    expect(error?.columns).toEqual(['votesHTT']);
    expect(error?.value).toBe('=SUM(K2:K5)');
    expect(error?.message).toContain('«=SUM(K2:K5)» là công thức chưa có giá trị');
    expect(error?.message).toContain('Excel hoặc LibreOffice');
    // Not read as 0 votes (which would have made her HT by too few votes): unclassified until fixed.
    expect(resultOf(run, 'Trần Thị Bình').result).toBe('CXL');
    expect(resultOf(run, 'Trần Thị Bình').ruleReason).toBe('error');
  });

  it('is no error in «STT», which no rule reads, and a row of nothing but such formulas is blank', () => {
    const roster = grid(officials(3, { 'Phiếu HTT': 3 }));
    for (const row of roster.slice(1)) row[0] = formula('=ROW()-1');
    const filledDown = (roster[0] ?? []).map((h) => (h === 'STT' || h === 'Phiếu HTT' ? formula('=0+0') : ''));
    const run = runClassification({ roster: [...roster, filledDown], settings: null, today: TODAY });
    expect(run.errors).toEqual([]);
    expect(run.results).toHaveLength(3);
    expect(run.results.map((r) => r.result)).toEqual(['HTT', 'HTT', 'HTT']);
  });

  it('makes a setting a setting error with the same advice', () => {
    const run = runClassification({
      roster: grid(officials(3)),
      settings: settingsGrid({ 'Hạn mức HTXS (%)': formula('=10+5') }),
      today: TODAY,
    });
    expect(run.settingErrors).toHaveLength(1);
    expect(run.settingErrors[0]?.message).toContain('«=10+5» là công thức chưa có giá trị');
    expect(run.settingErrors[0]?.message).toContain('Excel hoặc LibreOffice');
  });
});
