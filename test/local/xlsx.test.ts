import { describe, expect, it } from 'vitest';
import { CallCounter } from '../../src/local/call-counter';
import { createLocalServices } from '../../src/local/services';
import { LocalSpreadsheet } from '../../src/local/workbook';
import { loadXlsx, saveXlsx } from '../../src/local/xlsx';

describe('XLSX round trip of the in-memory workbook', () => {
  it('keeps values, dates, merges, fonts, fills, number formats, widths, frozen rows and data validation', async () => {
    const book = new LocalSpreadsheet(new CallCounter());
    const { globals } = createLocalServices(book);
    const sheet = book.addSheet('Báo cáo');
    sheet.getRange(1, 1, 2, 3).setValues([
      ['Tiêu đề', 12.5, true],
      [new Date(2023, 11, 7), '', 'Đặng Quốc Bảo'],
    ]);
    sheet.getRange(1, 1, 1, 3).merge();
    sheet
      .getRange(1, 1)
      .setFontWeight('bold')
      .setFontFamily('Times New Roman')
      .setFontSize(14)
      .setFontColor('#ff0000')
      .setBackground('#cfe2f3')
      .setHorizontalAlignment('center');
    sheet.getRange(2, 1).setNumberFormat('dd/mm/yyyy');
    sheet.getRange(2, 3).setFontStyle('italic').setWrap(true);
    sheet
      .getRange(3, 1, 2, 1)
      .setDataValidation(
        globals.SpreadsheetApp.newDataValidation().requireValueInList(['Có', 'Không'], true).setAllowInvalid(false).build(),
      );
    sheet.getRange(3, 2).setDataValidation(globals.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    sheet.getRange(2, 1, 1, 3).setBorder(true, true, true, true, true, true, '#000000', globals.SpreadsheetApp.BorderStyle.SOLID);
    sheet.setColumnWidth(3, 210);
    sheet.setFrozenRows(1);

    const again = await loadXlsx(await saveXlsx(book));
    const s = again.sheet('Báo cáo')!;
    // As in Sheets, merging A1:C1 kept only the upper-left value.
    expect(book.sheet('Báo cáo')?.values()[0]).toEqual(['Tiêu đề', '', '']);
    expect(s.values()).toEqual([
      ['Tiêu đề', '', ''],
      [new Date(2023, 11, 7), '', 'Đặng Quốc Bảo'],
    ]);
    expect(s.merges).toEqual([{ row: 1, column: 1, numRows: 1, numColumns: 3 }]);
    expect(s.cell(1, 1)?.style).toMatchObject({
      bold: true,
      fontFamily: 'Times New Roman',
      fontSize: 14,
      fontColor: '#ff0000',
      background: '#cfe2f3',
      hAlign: 'center',
    });
    expect(s.cell(2, 1)?.style.numberFormat).toBe('dd/mm/yyyy');
    expect(s.cell(2, 3)?.style).toMatchObject({ italic: true, wrap: true });
    expect(s.cell(2, 2)?.style.border).toMatchObject({ top: true, bottom: true, left: true, right: true });
    expect(s.cell(4, 1)?.validation).toEqual({ kind: 'list', values: ['Có', 'Không'], allowInvalid: false });
    expect(s.cell(3, 2)?.validation).toEqual({ kind: 'checkbox' });
    expect(s.columnWidths.get(3)).toBe(210);
    expect(s.frozenRows).toBe(1);
  });

  it('getValues gives "" for empty cells and setValues refuses a grid of the wrong size', () => {
    const book = new LocalSpreadsheet(new CallCounter());
    const sheet = book.addSheet('A');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
    sheet.getRange(2, 2).setValues([[5]]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['', ''],
      ['', 5],
    ]);
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(/number of rows/);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(2);
  });
});
