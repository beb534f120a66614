import { describe, expect, it } from 'vitest';
import { sampleWorkbook } from '../../src/local/sample';
import type { LocalSpreadsheet } from '../../src/local/workbook';
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

describe('the state after a save', () => {
  /** Saves, then checks the answer against a fresh read, and that nothing was read after the first write. */
  function saveAndCompare(book: LocalSpreadsheet, values: Record<string, string>) {
    const bundle = loadBundle(book);
    bundle.services.counter.reset();
    const saved = bundle.call('sidebarSaveSettings', values) as { saved: boolean; state: unknown };
    expect(saved.saved).toBe(true);
    expect(bundle.services.counter.readsAfterFirstWrite).toEqual([]);
    expect(saved.state).toEqual(bundle.call('sidebarState'));
    return saved.state as { quota: { percent: number }; problems: string[] };
  }

  it('is the one a fresh read gives: changed values, a date, a number', () => {
    const state = saveAndCompare(sampleWorkbook(), { quotaPercent: '20', place: 'Phù Mỹ', meetingDate: '2023-12-20' });
    expect(state.quota.percent).toBe(20);
  });

  it('is the one a fresh read gives when labels are appended, or «Cấu hình» is created', () => {
    const book = sampleWorkbook();
    const settings = book.sheet('Cấu hình')!;
    settings.rows.splice(5);
    saveAndCompare(book, { quotaPercent: '10', chiBoName: 'Chi bộ Trường', secretary: 'Nguyễn Văn A' });
    const bare = sampleWorkbook();
    bare.sheets.splice(bare.sheets.indexOf(bare.sheet('Cấu hình')!), 1);
    saveAndCompare(bare, { quotaPercent: '10', place: 'Phù Mỹ' });
  });

  it('is the unusable state a fresh read gives when the roster cannot be read', () => {
    const book = sampleWorkbook();
    book.sheet('Danh sách')!.rename('Khác');
    const { problems } = saveAndCompare(book, { place: 'Phù Mỹ' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('«Danh sách»');
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
