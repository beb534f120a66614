/** SpreadsheetApp.openById / openByUrl of the local backend: counted, and throwing as Google does. */
import { describe, expect, it } from 'vitest';
import { CallCounter } from '../../src/local/call-counter';
import { createLocalServices } from '../../src/local/services';
import { LocalSpreadsheetRegistry, OPEN_ERRORS } from '../../src/local/spreadsheet-registry';
import { LocalSpreadsheet } from '../../src/local/workbook';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';

function setup() {
  const counter = new CallCounter();
  const other = new LocalSpreadsheet(new CallCounter(), 'Chi bộ A', 'Asia/Ho_Chi_Minh', ID);
  const hidden = new LocalSpreadsheet(new CallCounter(), 'Chi bộ B', 'Asia/Ho_Chi_Minh', `${ID.slice(0, -1)}e`);
  const registry = new LocalSpreadsheetRegistry().add(other).add(hidden, 'none');
  const { globals } = createLocalServices(new LocalSpreadsheet(counter), { htmlDir: '.', registry });
  return { app: globals.SpreadsheetApp, counter, other };
}

describe('openById and openByUrl', () => {
  it('open a registered spreadsheet by its id or its link, one counted call each', () => {
    const { app, counter, other } = setup();
    expect(app.openById(ID)).toBe(other);
    expect(app.openByUrl(`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`)).toBe(other);
    expect(other.getId()).toBe(ID);
    expect(counter.snapshot()).toEqual({ 'SpreadsheetApp.openById': 1, 'SpreadsheetApp.openByUrl': 1 });
  });

  it('throw for an unknown id, a spreadsheet not shared, and a link that is not a spreadsheet’s', () => {
    const { app } = setup();
    expect(() => app.openById('1NoSuchSpreadsheet'.padEnd(44, 'z'))).toThrow(OPEN_ERRORS.notFound);
    expect(() => app.openById(`${ID.slice(0, -1)}e`)).toThrow(OPEN_ERRORS.noAccess);
    expect(() => app.openByUrl('https://example.com/x')).toThrow(OPEN_ERRORS.badUrl);
  });

  it('without a registry nothing can be opened', () => {
    const { globals } = createLocalServices(new LocalSpreadsheet(new CallCounter()), { htmlDir: '.' });
    expect(() => globals.SpreadsheetApp.openById(ID)).toThrow(OPEN_ERRORS.notFound);
  });
});
