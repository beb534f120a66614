import { describe, expect, it } from 'vitest';
import { sampleWorkbook } from '../../src/local/sample';
import { loadBundle } from './gas-vm';

/** The sidebar's server functions: saving «Cấu hình» (formats, formulas, invalid values) and the actions. */
describe('sidebar settings', () => {
  it('the sidebar shows a percent-formatted quota cell (0.15) as 15 and saves other settings', () => {
    const book = sampleWorkbook();
    const settings = book.sheet('Cấu hình')!;
    const quotaRow = settings.values().findIndex((r) => r[0] === 'Hạn mức HTXS (%)') + 1;
    settings.cellForWrite(quotaRow, 2).value = 0.15;
    const bundle = loadBundle(book);
    const state = bundle.call('sidebarState') as { fields: { key: string; value: string }[] };
    const values = Object.fromEntries(state.fields.map((f) => [f.key, f.value]));
    expect(values.quotaPercent).toBe('15');
    const saved = bundle.call('sidebarSaveSettings', { ...values, place: 'Phù Mỹ' }) as { saved: boolean; errors: object };
    expect(saved).toMatchObject({ saved: true, errors: {} });
    expect(settings.cell(quotaRow, 2)?.value).toBe(0.15);
  });

  it('saving settings from the sidebar keeps a formula in another setting cell', () => {
    const book = sampleWorkbook();
    const settings = book.sheet('Cấu hình')!;
    const yearRow = settings.values().findIndex((r) => r[0] === 'Năm đánh giá') + 1;
    const yearCell = settings.cellForWrite(yearRow, 2);
    yearCell.formula = '=YEAR(TODAY())-3';
    yearCell.value = 2023;
    const bundle = loadBundle(book);
    const result = bundle.call('sidebarSaveSettings', { place: 'Phù Mỹ', year: '2023' }) as { saved: boolean };
    expect(result.saved).toBe(true);
    expect(settings.cell(yearRow, 2)?.formula).toBe('=YEAR(TODAY())-3');
    expect(settings.values().find((r) => r[0] === 'Địa danh')?.[1]).toBe('Phù Mỹ');
  });

  it('the server refuses an invalid setting too, writing nothing', () => {
    const book = sampleWorkbook();
    const before = JSON.stringify(book.sheet('Cấu hình')?.values());
    const result = loadBundle(book).call('sidebarSaveSettings', { quotaPercent: '0.155', place: 'X' }) as {
      saved: boolean;
      errors: Record<string, string>;
    };
    expect(result.saved).toBe(false);
    expect(result.errors.quotaPercent).toContain('phải là số nguyên từ 0 đến 100');
    expect(JSON.stringify(book.sheet('Cấu hình')?.values())).toBe(before);
  });
});

describe('sidebar actions', () => {
  it.each(['sidebarReport', 'sidebarBallots', 'sidebarReviewOrder', 'sidebarRecompute', 'sidebarExportPdf'])(
    '%s reads each sheet once and answers with the state of that same run',
    (name) => {
      const bundle = loadBundle(sampleWorkbook());
      bundle.services.counter.reset();
      const result = bundle.call(name) as { state: { counts: Record<string, number> } };
      expect(bundle.services.counter.snapshot()['Range.getValues']).toBe(2);
      expect(result.state.counts).toEqual({ HTXS: 1, HTT: 15, HT: 4, KHT: 1, KXL: 2, CXL: 2 });
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    },
  );
});
