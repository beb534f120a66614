/**
 * The subset of Apps Script the add-on uses, declared against @types/google-apps-script.
 * The shell only talks to these interfaces; the real services satisfy them (checked at
 * compile time in src/addon/gas-conformance.ts) and so does the local backend.
 */
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export type CellValue = string | number | boolean | Date;
export type BorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;

export interface Range
  extends Pick<GRange, 'getValues' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getA1Notation'> {
  setValues(values: CellValue[][]): Range;
  setFontWeight(weight: 'bold' | 'normal' | null): Range;
  setFontWeights(weights: ('bold' | 'normal' | null)[][]): Range;
  setFontStyle(style: 'italic' | 'normal' | null): Range;
  setFontStyles(styles: ('italic' | 'normal' | null)[][]): Range;
  setFontSizes(sizes: number[][]): Range;
  setHorizontalAlignments(alignments: ('left' | 'center' | 'normal' | 'right' | null)[][]): Range;
  setFontFamily(family: string | null): Range;
  setFontSize(size: number): Range;
  setFontColor(color: string | null): Range;
  setBackground(color: string | null): Range;
  setBackgrounds(colors: string[][]): Range;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range;
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range;
  setWrap(wrap: boolean): Range;
  setNumberFormat(format: string): Range;
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range;
  setBorder(
    top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null,
    vertical: boolean | null, horizontal: boolean | null, color: string | null, style: BorderStyle | null,
  ): Range;
  merge(): Range;
  mergeAcross(): Range;
  breakApart(): Range;
  activate(): Range;
  clear(): Range;
}

export interface Sheet extends Pick<GSheet, 'getName' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'getSheetId'> {
  getRange(row: number, column: number, numRows?: number, numColumns?: number): Range;
  getDataRange(): Range;
  setFrozenRows(rows: number): void;
  setColumnWidth(column: number, width: number): Sheet;
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void;
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  setHiddenGridlines(hide: boolean): Sheet;
  activate(): Sheet;
  clear(): Sheet;
}

export interface Spreadsheet extends Pick<GSpreadsheet, 'getId' | 'getName' | 'getSpreadsheetTimeZone'> {
  getSheetByName(name: string): Sheet | null;
  insertSheet(name: string): Sheet;
  getSheets(): Sheet[];
  toast(message: string, title?: string, timeoutSeconds?: number): void;
}

export interface SpreadsheetApp
  extends Pick<GApp, 'newDataValidation' | 'newConditionalFormatRule' | 'flush' | 'BorderStyle'> {
  getActiveSpreadsheet(): Spreadsheet;
  getUi(): Ui;
}

export type Ui = Pick<GoogleAppsScript.Base.Ui, 'createMenu' | 'alert' | 'showModalDialog' | 'showSidebar' | 'ButtonSet'>;

export type LockService = Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'>;
export type UrlFetchApp = Pick<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'fetch'>;
export type ScriptApp = Pick<GoogleAppsScript.Script.ScriptApp, 'getOAuthToken'>;
export type Utilities = Pick<GoogleAppsScript.Utilities.Utilities, 'base64Encode' | 'base64Decode' | 'newBlob'>;
export type DriveApp = Pick<GoogleAppsScript.Drive.DriveApp, 'createFile'>;
export type HtmlService = Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile'>;

/** Reads the Apps Script globals with their narrowed types. */
export interface Services {
  readonly app: SpreadsheetApp;
  readonly lock: LockService;
  readonly html: HtmlService;
  /** Only the PDF export needs these; absent where the shell never exports. */
  readonly fetch?: UrlFetchApp;
  readonly script?: ScriptApp;
  readonly utilities?: Utilities;
  readonly drive?: DriveApp;
}
