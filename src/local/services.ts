/**
 * Local stand-ins for the Apps Script services, bound to one LocalSpreadsheet. The CLI
 * and the tests install them as globals (SpreadsheetApp, LockService, HtmlService, …)
 * so the very same shell code runs here and in Google.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Blob,
  BlobSource,
  BorderStyle,
  DriveApp,
  FetchOptions,
  HtmlOutput,
  HtmlService,
  HttpResponse,
  Lock,
  LockService,
  Menu,
  ScriptApp,
  SpreadsheetApp,
  Ui,
  Utilities,
} from '../addon/gas';
import { DRIVE_UPLOAD_URL } from '../addon/docs-request';
import type { DangUyUrlFetch, FetchRequest } from '../addon/dang-uy/gas';
import { LocalConditionalFormatRuleBuilder, LocalDataValidationBuilder } from './builders';
import type { CallCounter } from './call-counter';
import { LOCAL_OAUTH_TOKEN, LocalSheetsApi } from './sheets-api-fake';
import { LocalSpreadsheetRegistry } from './spreadsheet-registry';
import type { LocalSpreadsheet } from './workbook';

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string | null;
}

export interface RecordedMenu {
  readonly title: string;
  readonly items: MenuItem[];
}

export class LocalMenu implements Menu {
  readonly items: MenuItem[] = [];
  constructor(
    private readonly ui: LocalUi,
    readonly title: string,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.items.push({ caption: '—', functionName: null });
    return this;
  }
  addToUi(): void {
    this.ui.menus.push({ title: this.title, items: [...this.items] });
  }
}

export class LocalHtmlOutput implements HtmlOutput {
  title = '';
  width = 0;
  height = 0;
  constructor(private content: string) {}
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  append(html: string): this {
    this.content += html;
    return this;
  }
}

export interface Shown {
  readonly kind: 'alert' | 'dialog' | 'sidebar';
  readonly title: string;
  readonly body: string;
}

export class LocalUi implements Ui {
  readonly menus: RecordedMenu[] = [];
  readonly shown: Shown[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  constructor(private readonly counter: CallCounter) {}
  createMenu(title: string): LocalMenu {
    this.counter.count('Ui.createMenu');
    return new LocalMenu(this, title);
  }
  alert(titleOrPrompt: string, prompt?: string): string {
    this.counter.count('Ui.alert');
    this.shown.push(
      prompt === undefined
        ? { kind: 'alert', title: '', body: titleOrPrompt }
        : { kind: 'alert', title: titleOrPrompt, body: prompt },
    );
    return 'OK';
  }
  showModalDialog(html: LocalHtmlOutput, title: string): void {
    this.counter.count('Ui.showModalDialog');
    this.shown.push({ kind: 'dialog', title, body: html.getContent() });
  }
  showSidebar(html: LocalHtmlOutput): void {
    this.counter.count('Ui.showSidebar');
    this.shown.push({ kind: 'sidebar', title: html.title, body: html.getContent() });
  }
}

/** A document lock. Local code is single-threaded, so a held lock fails at once instead of waiting. */
export class LocalLock implements Lock {
  held = false;
  constructor(private readonly counter: CallCounter) {}
  tryLock(_timeoutMs: number): boolean {
    this.counter.count('Lock.tryLock');
    if (this.held) return false;
    this.held = true;
    return true;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.counter.count('Lock.releaseLock');
    this.held = false;
  }
  hasLock(): boolean {
    return this.held;
  }
}

/** The border styles by name. @types declares Google's enum as an ambient numeric enum, so
 *  the local values are the members' positions in that declaration (see borderStyleName). */
export const BORDER_STYLE_NAMES = ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'] as const;
export const BORDER_STYLE: Readonly<Record<(typeof BORDER_STYLE_NAMES)[number], BorderStyle>> = {
  DOTTED: 0,
  DASHED: 1,
  SOLID: 2,
  SOLID_MEDIUM: 3,
  SOLID_THICK: 4,
  DOUBLE: 5,
};

export const AUTH_MODE = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;

export class LocalProperties {
  private readonly data = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    this.data.set(key, value);
    return this;
  }
  deleteProperty(key: string): this {
    this.data.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}

/** A recorded fake of UrlFetchApp: every request is kept; the answer comes from `respond`. */
export interface FetchRecord {
  readonly url: string;
  readonly params: FetchOptions;
}

export class LocalBlob implements Blob {
  constructor(
    readonly bytes: Uint8Array,
    readonly contentType: string,
    readonly name: string,
  ) {}
  getBytes(): number[] {
    return [...this.bytes];
  }
  getName(): string {
    return this.name;
  }
  getContentType(): string {
    return this.contentType;
  }
  getBlob(): LocalBlob {
    return this;
  }
}

/** What the fake answers by default: a new file's metadata for a Drive upload, else a PDF. */
function defaultAnswer(url: string): { code: number; content: Uint8Array } {
  if (url.startsWith(DRIVE_UPLOAD_URL)) {
    const file = { id: 'local-doc', name: 'local', webViewLink: 'https://docs.google.com/document/d/local-doc/edit' };
    return { code: 200, content: new TextEncoder().encode(JSON.stringify(file)) };
  }
  return { code: 200, content: new TextEncoder().encode('%PDF-1.4\n% local fake\n') };
}

/**
 * UrlFetchApp: a request to the Sheets API goes to the fake (sheets-api-fake.ts), any other
 * to `respond`. fetchAll is one call (counted once), whatever the requests it carries; the
 * fake counts each of them. As in Apps Script, an HTTP error throws unless
 * muteHttpExceptions is set, and nothing answers while `unreachable`.
 */
export class LocalUrlFetch implements DangUyUrlFetch {
  readonly requests: FetchRecord[] = [];
  respond: (url: string) => { code: number; content: Uint8Array } = defaultAnswer;
  /** When set, every call throws this, as a network failure does in Apps Script. */
  unreachable: string | null = null;
  constructor(
    private readonly counter: CallCounter,
    private readonly sheetsApi: LocalSheetsApi,
  ) {}

  fetch(url: string, params: FetchOptions = {}): HttpResponse & { getBlob(): LocalBlob } {
    this.counter.count('UrlFetchApp.fetch');
    if (this.unreachable !== null) throw new Error(this.unreachable);
    return this.answer(url, params);
  }

  fetchAll(requests: FetchRequest[]): (HttpResponse & { getBlob(): LocalBlob })[] {
    this.counter.count('UrlFetchApp.fetchAll');
    if (this.unreachable !== null) throw new Error(this.unreachable);
    return requests.map(({ url, ...params }) => this.answer(url, params));
  }

  private sheetsAnswer(url: string, params: FetchOptions): { code: number; content: Uint8Array } {
    const { code, body } = this.sheetsApi.get(url, params.headers);
    return { code, content: new TextEncoder().encode(body) };
  }

  private answer(url: string, params: FetchOptions): HttpResponse & { getBlob(): LocalBlob } {
    this.requests.push({ url, params });
    const { code, content } = LocalSheetsApi.handles(url) ? this.sheetsAnswer(url, params) : this.respond(url);
    if (code >= 400 && !params.muteHttpExceptions) {
      const text = new TextDecoder().decode(content).slice(0, 200);
      throw new Error(
        `Request failed for ${new URL(url).origin} returned code ${code}. Truncated server response: ${text} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return {
      getResponseCode: () => code,
      getContent: () => [...content],
      getContentText: () => new TextDecoder().decode(content),
      getBlob: () => new LocalBlob(content, 'application/pdf', 'export.pdf'),
    };
  }
}

/** Google's SpreadsheetApp as the local backend offers it: openById / openByUrl over the registry too. */
export interface LocalSpreadsheetApp extends SpreadsheetApp {
  /** Throws when the id names no spreadsheet the user may open. */
  openById(id: string): LocalSpreadsheet;
  openByUrl(url: string): LocalSpreadsheet;
}

export interface LocalServices {
  readonly book: LocalSpreadsheet;
  readonly counter: CallCounter;
  readonly ui: LocalUi;
  readonly lock: LocalLock;
  readonly urlFetch: LocalUrlFetch;
  /** The Sheets REST API over `LocalServiceOptions.registry`, which the đảng ủy reads through. */
  readonly sheetsApi: LocalSheetsApi;
  readonly driveFiles: LocalBlob[];
  /** The globals Apps Script would provide, ready to install on globalThis or a vm context. */
  readonly globals: {
    /** With openById / openByUrl over `LocalServiceOptions.registry`, as Google's has them. */
    SpreadsheetApp: LocalSpreadsheetApp;
    LockService: LockService;
    HtmlService: HtmlService;
    PropertiesService: {
      getDocumentProperties(): LocalProperties;
      getUserProperties(): LocalProperties;
      getScriptProperties(): LocalProperties;
    };
    Logger: { log(...args: unknown[]): void };
    UrlFetchApp: DangUyUrlFetch;
    ScriptApp: ScriptApp;
    Utilities: Utilities;
    DriveApp: DriveApp;
  };
}

function toBytes(data: number[] | Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : Uint8Array.from(data);
}

export interface LocalServiceOptions {
  /** Where createHtmlOutputFromFile finds its files: the pushed build folder. */
  readonly htmlDir: string;
  /** The other spreadsheets openById / openByUrl and the Sheets API fake can open; none when absent. */
  readonly registry?: LocalSpreadsheetRegistry;
}

export function createLocalServices(
  book: LocalSpreadsheet,
  options: LocalServiceOptions = { htmlDir: join(process.cwd(), 'build', 'gas') },
): LocalServices {
  const counter = book.counter;
  const ui = new LocalUi(counter);
  const lock = new LocalLock(counter);
  const documentProps = new LocalProperties();
  const userProps = new LocalProperties();
  const scriptProps = new LocalProperties();
  const registry = options.registry ?? new LocalSpreadsheetRegistry();
  const app: LocalSpreadsheetApp & { readonly AuthMode: typeof AUTH_MODE } = {
    getActiveSpreadsheet: () => {
      counter.count('SpreadsheetApp.getActiveSpreadsheet');
      return book;
    },
    openById: (id: string) => {
      counter.count('SpreadsheetApp.openById');
      return registry.openById(id);
    },
    openByUrl: (url: string) => {
      counter.count('SpreadsheetApp.openByUrl');
      return registry.openByUrl(url);
    },
    getUi: () => {
      counter.count('SpreadsheetApp.getUi');
      return ui;
    },
    flush: () => {
      counter.count('SpreadsheetApp.flush', 'flush');
    },
    newDataValidation: () => new LocalDataValidationBuilder(),
    newConditionalFormatRule: () => new LocalConditionalFormatRuleBuilder(),
    BorderStyle: BORDER_STYLE,
    AuthMode: AUTH_MODE,
  };
  const html = {
    createHtmlOutput: (content?: string) => new LocalHtmlOutput(content ?? ''),
    // As in Apps Script, the file name is given without ".html".
    createHtmlOutputFromFile: (name: string) => new LocalHtmlOutput(readFileSync(join(options.htmlDir, `${name}.html`), 'utf8')),
  } satisfies HtmlService;
  const sheetsApi = new LocalSheetsApi(registry, counter);
  const urlFetch = new LocalUrlFetch(counter, sheetsApi);
  const driveFiles: LocalBlob[] = [];
  const utilities = {
    base64Encode: (data: number[] | Uint8Array | string) => Buffer.from(toBytes(data)).toString('base64'),
    base64Decode: (text: string) => [...Buffer.from(text, 'base64')],
    newBlob: (data: number[] | Uint8Array | string, contentType?: string, name?: string) =>
      new LocalBlob(toBytes(data), contentType ?? '', name ?? ''),
  } satisfies Utilities;
  const lockService: LockService = {
    getDocumentLock: () => {
      counter.count('LockService.getDocumentLock');
      return lock;
    },
  };
  const script: ScriptApp = {
    getOAuthToken: () => {
      counter.count('ScriptApp.getOAuthToken');
      return LOCAL_OAUTH_TOKEN;
    },
  };
  const drive: DriveApp = {
    createFile: (source: BlobSource) => {
      counter.count('DriveApp.createFile');
      const blob = source.getBlob();
      driveFiles.push(
        blob instanceof LocalBlob
          ? blob
          : new LocalBlob(Uint8Array.from(blob.getBytes()), blob.getContentType() ?? '', blob.getName() ?? ''),
      );
    },
  };
  return {
    book,
    counter,
    ui,
    lock,
    urlFetch,
    sheetsApi,
    driveFiles,
    globals: {
      SpreadsheetApp: app,
      LockService: lockService,
      HtmlService: html,
      PropertiesService: {
        getDocumentProperties: () => documentProps,
        getUserProperties: () => userProps,
        getScriptProperties: () => scriptProps,
      },
      Logger: { log: () => undefined },
      UrlFetchApp: urlFetch,
      ScriptApp: script,
      Utilities: utilities,
      DriveApp: drive,
    },
  };
}

export type { Ui };
