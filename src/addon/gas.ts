/**
 * The subset of Apps Script the add-on uses, declared against @types/google-apps-script.
 * The shell only talks to these interfaces; the real services satisfy them (checked at
 * compile time in src/addon/gas-conformance.ts) and the local backend's classes
 * `implements` them (src/local), so both sides are checked by the compiler.
 * Where Google's type returns another wide Google type (builders, rules, blobs, HTML
 * output), the narrowed interface declares only the methods the shell calls.
 */
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export type CellValue = string | number | boolean | Date;
/** @types declares BorderStyle as an ambient numeric enum; the shell only passes SpreadsheetApp.BorderStyle.* on. */
export type BorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;

/** A built validation rule; the shell only hands it back to Range.setDataValidation. */
export type DataValidation = Pick<GoogleAppsScript.Spreadsheet.DataValidation, 'getAllowInvalid' | 'getHelpText'>;

export interface DataValidationBuilder {
  requireCheckbox(): DataValidationBuilder;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder;
  setHelpText(helpText: string): DataValidationBuilder;
  build(): DataValidation;
}

/** A built conditional-format rule; the shell only hands it back to Sheet.setConditionalFormatRules. */
export interface ConditionalFormatRule {
  getRanges(): Range[];
}

export interface ConditionalFormatRuleBuilder {
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder;
  whenCellNotEmpty(): ConditionalFormatRuleBuilder;
  setBackground(color: string | null): ConditionalFormatRuleBuilder;
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder;
  build(): ConditionalFormatRule;
}

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
  setDataValidation(rule: DataValidation | null): Range;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: BorderStyle | null,
  ): Range;
  merge(): Range;
  mergeAcross(): Range;
  breakApart(): Range;
  activate(): Range;
  clear(): Range;
}

/** Several rectangles of one sheet, named in A1 notation: one call gives all their Ranges, or borders them all. */
export interface RangeList {
  getRanges(): Range[];
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: BorderStyle | null,
  ): RangeList;
}

export interface Sheet
  extends Pick<GSheet, 'getName' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'getSheetId'> {
  getRange(row: number, column: number, numRows?: number, numColumns?: number): Range;
  getRangeList(a1Notations: string[]): RangeList;
  getDataRange(): Range;
  setFrozenRows(rows: number): void;
  setColumnWidth(column: number, width: number): Sheet;
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet;
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void;
  getConditionalFormatRules(): ConditionalFormatRule[];
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

export interface SpreadsheetApp extends Pick<GApp, 'flush'> {
  getActiveSpreadsheet(): Spreadsheet;
  getUi(): Ui;
  newDataValidation(): DataValidationBuilder;
  newConditionalFormatRule(): ConditionalFormatRuleBuilder;
  readonly BorderStyle: { readonly SOLID: BorderStyle };
}

export type Menu = Pick<GoogleAppsScript.Base.Menu, 'addToUi'> & { addItem(caption: string, functionName: string): Menu };
export interface HtmlOutput {
  setTitle(title: string): HtmlOutput;
  setWidth(width: number): HtmlOutput;
  setHeight(height: number): HtmlOutput;
}

export interface Ui {
  createMenu(caption: string): Menu;
  /** Google answers with the button pressed; the shell never reads it. */
  alert(prompt: string): void;
  showModalDialog(userInterface: HtmlOutput, title: string): void;
  showSidebar(userInterface: HtmlOutput): void;
}

export type Lock = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;
export interface LockService {
  getDocumentLock(): Lock | null;
}

export type FetchOptions = Pick<
  GoogleAppsScript.URL_Fetch.URLFetchRequestOptions,
  'headers' | 'muteHttpExceptions' | 'method' | 'contentType' | 'payload'
>;
export type HttpResponse = Pick<GoogleAppsScript.URL_Fetch.HTTPResponse, 'getResponseCode' | 'getContent' | 'getContentText'>;
export interface UrlFetchApp {
  fetch(url: string, params: FetchOptions): HttpResponse;
}

/** Like Google's Blob (which is a BlobSource): what Utilities.newBlob gives and DriveApp.createFile takes. */
export interface Blob extends Pick<GoogleAppsScript.Base.Blob, 'getBytes' | 'getContentType' | 'getName'> {
  getBlob(): Blob;
}
export interface BlobSource {
  getBlob(): Blob;
}

export type ScriptApp = Pick<GoogleAppsScript.Script.ScriptApp, 'getOAuthToken'>;
export interface Utilities {
  base64Encode(data: number[]): string;
  base64Decode(encoded: string): number[];
  newBlob(data: number[], contentType: string, name: string): Blob;
}
export interface DriveApp {
  /** Google answers with the new File; the shell never reads it. */
  createFile(blob: BlobSource): void;
}
export interface HtmlService {
  createHtmlOutput(html: string): HtmlOutput;
  createHtmlOutputFromFile(filename: string): HtmlOutput;
}

/** The Apps Script globals the shell uses, under their global names. */
export interface ServiceGlobals {
  readonly SpreadsheetApp: SpreadsheetApp;
  readonly LockService: LockService;
  readonly HtmlService: HtmlService;
  readonly UrlFetchApp: UrlFetchApp;
  readonly ScriptApp: ScriptApp;
  readonly Utilities: Utilities;
  readonly DriveApp: DriveApp;
}

/** The one mapping from the globals to the services the shell takes (Apps Script and the CLI). */
export function servicesFrom(g: ServiceGlobals): Services {
  let book: Spreadsheet | undefined;
  return {
    app: g.SpreadsheetApp,
    book: () => {
      book ??= g.SpreadsheetApp.getActiveSpreadsheet();
      return book;
    },
    lock: g.LockService,
    html: g.HtmlService,
    fetch: g.UrlFetchApp,
    script: g.ScriptApp,
    utilities: g.Utilities,
    drive: g.DriveApp,
  };
}

export interface Services {
  readonly app: SpreadsheetApp;
  /**
   * The active spreadsheet, asked of SpreadsheetApp on first use and kept: one
   * getActiveSpreadsheet per operation (a Services object lives for one call from Apps Script).
   */
  readonly book: () => Spreadsheet;
  readonly lock: LockService;
  readonly html: HtmlService;
  /** Only the PDF and Google Docs exports need these; absent where the shell never exports. */
  readonly fetch?: UrlFetchApp;
  readonly script?: ScriptApp;
  readonly utilities?: Utilities;
  readonly drive?: DriveApp;
}
