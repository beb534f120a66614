/**
 * The đảng ủy's pushed bundle (build/gas-dang-uy/Code.js): every name Apps Script calls is a real
 * top-level function forwarding to the bundle, onOpen works in AuthMode.NONE, every menu
 * callback runs by name; and none of it is in the chi bộ add-on's build/gas/Code.js.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DANG_UY_BUNDLE_GLOBAL, DANG_UY_ENTRY_POINTS } from '../../src/addon/dang-uy/entrypoints';
import { DANG_UY_MENU_ITEMS } from '../../src/addon/dang-uy/menu-bar';
import { CallCounter } from '../../src/local/call-counter';
import { loadGasRuntime } from '../../src/local/gas-runtime';
import { LocalSpreadsheet } from '../../src/local/workbook';
import { DANG_UY_CODE_PATH, DANG_UY_GAS_DIR, dangBo, dangUySource, loadDangUyBundle, snapshot } from './dang-uy-vm';
import { bundleSource, deferredSourceFiles, moduleSyntaxCount, topLevelFunctions } from './gas-vm';

const source = ts.createSourceFile(DANG_UY_CODE_PATH, dangUySource(), ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);

describe('declarations in the đảng ủy’s pushed file', () => {
  it('has no ES module syntax, nor in the modules it compiles on first use', () => {
    const deferred = deferredSourceFiles(dangUySource());
    expect(deferred.length).toBeGreaterThan(0);
    const moduleSyntax = [source, ...deferred].reduce((sum, file) => sum + moduleSyntaxCount(file), 0);
    expect(moduleSyntax).toBe(0);
  });

  it('has one real top-level stub per entry point and per export, each `return PhanLoaiDangUy.<name>(<its parameters>)`', () => {
    const exported = loadDangUyBundle(dangBo(1)).context[DANG_UY_BUNDLE_GLOBAL] as Record<string, unknown>;
    const exports = Object.keys(exported).sort();
    const stubs = topLevelFunctions(source);
    expect([...stubs.keys()].sort()).toEqual(exports);
    expect(DANG_UY_ENTRY_POINTS.map((e) => e.name).sort()).toEqual(exports);
    for (const entry of DANG_UY_ENTRY_POINTS) {
      const fn = stubs.get(entry.name);
      const params = fn?.parameters.map((p) => p.name.getText(source)) ?? [];
      expect(params, entry.name).toEqual([...entry.params]);
      const body = fn?.body?.statements ?? [];
      expect(body, entry.name).toHaveLength(1);
      const call = body[0] && ts.isReturnStatement(body[0]) ? body[0].expression : undefined;
      expect(call && ts.isCallExpression(call), entry.name).toBe(true);
      if (call && ts.isCallExpression(call)) {
        expect(call.expression.getText(source)).toBe(`${DANG_UY_BUNDLE_GLOBAL}.${entry.name}`);
        expect(call.arguments.map((a) => a.getText(source))).toEqual(params);
      }
      expect(typeof exported[entry.name], entry.name).toBe('function');
    }
    // Every menu callback is among them.
    for (const [, name] of DANG_UY_MENU_ITEMS) expect(stubs.has(name), name).toBe(true);
  });
});

describe('the đảng ủy’s bundle in a fresh vm context', () => {
  it('onOpen in AuthMode.NONE builds «Phân loại — Đảng ủy» and touches nothing else', () => {
    const world = dangBo(2);
    const before = snapshot(world.book);
    const bundle = loadDangUyBundle(world);
    bundle.call('onOpen', { authMode: 'NONE' });
    const menu = bundle.services.ui.menus[0];
    expect(menu?.title).toBe('Phân loại — Đảng ủy');
    expect(menu?.items.map((i) => [i.caption, i.functionName])).toEqual([
      ['Tạo bảng mẫu', 'menuDangUySetupTemplate'],
      ['Tổng hợp', 'menuDangUyConsolidate'],
      ['Hướng dẫn', 'menuDangUyHelp'],
    ]);
    expect(Object.keys(world.counter.snapshot()).sort()).toEqual(['SpreadsheetApp.getUi', 'Ui.createMenu']);
    expect(world.chiBoCounter.total).toBe(0);
    expect(snapshot(world.book)).toBe(before);
  });

  it('onInstall builds the same menu', () => {
    const bundle = loadDangUyBundle(dangBo(1));
    bundle.call('onInstall', { authMode: 'FULL' });
    expect(bundle.services.ui.menus[0]?.items).toHaveLength(DANG_UY_MENU_ITEMS.length);
  });

  it('every menu callback runs by name: the template on a new spreadsheet, then «Tổng hợp», then the help', () => {
    const book = new LocalSpreadsheet(new CallCounter(), 'Đảng ủy mới');
    const bundle = loadGasRuntime(book, DANG_UY_GAS_DIR);
    bundle.call('menuDangUySetupTemplate');
    expect(book.sheets.map((s) => s.name)).toEqual(['Danh sách chi bộ', 'Cấu hình đảng ủy']);
    expect(book.toasts[0]?.message).toMatch(/^Đã tạo «Danh sách chi bộ», «Cấu hình đảng ủy»/);
    // An empty list stops «Tổng hợp» with a dialog saying what to fill in.
    bundle.call('menuDangUyConsolidate');
    expect(bundle.services.ui.shown[0]).toMatchObject({ kind: 'dialog', title: 'Chưa tổng hợp được' });
    expect(bundle.services.ui.shown[0]?.body).toContain('chưa có chi bộ nào');
    bundle.call('menuDangUyHelp');
    expect(bundle.services.ui.shown[1]).toMatchObject({ kind: 'dialog', title: 'Hướng dẫn tổng hợp của đảng ủy' });
    expect(bundle.services.ui.shown[1]?.body).toContain('Quyết định cấp trên');
  });
});

describe('two projects, two manifests', () => {
  it('the chi bộ add-on’s Code.js holds none of the đảng ủy’s code', () => {
    const code = bundleSource();
    for (const text of [
      DANG_UY_BUNDLE_GLOBAL,
      'openById',
      'openByUrl',
      'sheets.googleapis.com',
      'Danh sách chi bộ',
      'menuDangUy',
    ]) {
      expect(code.includes(text), text).toBe(false);
    }
  });

  it('the chi bộ add-on keeps its four narrow scopes, in the source and in build/gas', () => {
    const chiBoScopes = [
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.external_request',
      'https://www.googleapis.com/auth/drive.file',
    ];
    for (const path of ['appsscript.json', 'build/gas/appsscript.json']) {
      const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', path), 'utf8')) as { oauthScopes: string[] };
      expect(manifest.oauthScopes, path).toEqual(chiBoScopes);
    }
  });

  it('the đảng ủy’s project has exactly the scopes docs/architecture.md documents for it: read-only on other files', () => {
    const manifest = JSON.parse(readFileSync(join(DANG_UY_GAS_DIR, 'appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
      dependencies?: { enabledAdvancedServices?: unknown[] };
    };
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/spreadsheets.readonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.external_request',
    ]);
    // Never the full `spreadsheets` scope (the right to edit every spreadsheet of the user), nor Drive.
    expect(manifest.oauthScopes.some((s) => /\/auth\/(spreadsheets|drive)$/.test(s))).toBe(false);
    // The Sheets advanced service is enabled only to turn the API on in the default Cloud project.
    expect(manifest.dependencies?.enabledAdvancedServices).toEqual([
      { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
    ]);
    expect(dangUySource()).not.toMatch(/\bSheets\.Spreadsheets\b/);
    const docs = readFileSync(join(__dirname, '..', '..', 'docs', 'architecture.md'), 'utf8');
    const section = docs.slice(docs.indexOf("## The đảng ủy's project"));
    const table = section.slice(section.indexOf('| scope |'), section.indexOf('\n\n', section.indexOf('| scope |')));
    const documented = [...table.matchAll(/^\| `([a-z._]+)` \|/gm)].map((m) => `https://www.googleapis.com/auth/${m[1]}`);
    expect(documented.sort()).toEqual([...manifest.oauthScopes].sort());
  });
});
