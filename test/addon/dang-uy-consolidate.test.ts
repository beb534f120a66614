/**
 * «Tổng hợp» from the đảng ủy's pushed bundle on the local backend: it writes every chi bộ and
 * every member («Tổng hợp», «Đảng viên»), the decision sheet of each chi bộ at its roster rows, and the report; any
 * problem stops it before the first write, with a message naming the chi bộ, its row and what
 * to do, leaving the đảng ủy's spreadsheet unchanged; the chi bộ spreadsheets are only read,
 * through the Sheets API (the local fake, src/local/sheets-api-fake.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/addon/gas';
import { fill } from '../../src/local/sample';
import { API_ERRORS } from '../../src/local/sheets-api-fake';
import type { LocalSpreadsheet } from '../../src/local/workbook';
import { grid, QD_HEADERS, qdPerson } from '../helpers';
import { chiBoId, chiBoName, dangBo, linkOf, loadDangUyBundle, snapshot, type DangBo } from './dang-uy-vm';

function sheetValues(book: LocalSpreadsheet, name: string): CellValue[][] {
  const sheet = book.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.values() as CellValue[][];
}

function run(world: DangBo) {
  const bundle = loadDangUyBundle(world);
  bundle.call('menuDangUyConsolidate');
  return bundle;
}

/** Runs «Tổng hợp» expecting it to stop: returns the problems shown; asserts nothing changed anywhere. */
function stops(world: DangBo): string {
  const before = snapshot(world.book);
  const chiBoBefore = world.chiBo.map(snapshot);
  const bundle = run(world);
  expect(snapshot(world.book)).toBe(before);
  expect(world.chiBo.map(snapshot)).toEqual(chiBoBefore);
  expect(world.book.toasts).toEqual([]);
  const shown = bundle.services.ui.shown;
  expect(shown).toHaveLength(1);
  expect(shown[0]).toMatchObject({ kind: 'dialog', title: 'Chưa tổng hợp được' });
  expect(shown[0]?.body).toContain('Chưa có gì được ghi');
  // No write call reached the đảng ủy's spreadsheet, none ever reaches a chi bộ's.
  const writes = Object.keys(world.counter.snapshot()).filter((k) => /\.(set|insert|clear|merge|breakApart)/.test(k));
  expect(writes).toEqual([]);
  return shown[0]?.body ?? '';
}

describe('«Tổng hợp» writes every chi bộ and every member', () => {
  const world = dangBo(4);
  const chiBoBefore = world.chiBo.map(snapshot);
  const inputsBefore = ['Danh sách chi bộ', 'Cấu hình đảng ủy'].map((name) => JSON.stringify(sheetValues(world.book, name)));
  const bundle = run(world);
  const members = world.chiBo.map((b) => (b.sheet('Danh sách')?.values().length ?? 1) - 1);

  it('says so in a toast, and writes the four kinds of sheet', () => {
    expect(bundle.services.ui.shown).toEqual([]);
    expect(world.book.toasts[0]?.message).toMatch(/^Đã tổng hợp 4 chi bộ, \d+ đảng viên/);
    expect(world.book.sheets.map((s) => s.name)).toEqual([
      'Danh sách chi bộ',
      'Cấu hình đảng ủy',
      'Tổng hợp',
      'Đảng viên',
      'QĐ - Chi bộ số 1',
      'QĐ - Chi bộ số 2',
      'QĐ - Chi bộ số 3',
      'QĐ - Chi bộ số 4',
      'Báo cáo tổng hợp',
    ]);
  });

  it('«Tổng hợp» has a row per chi bộ with its members and its link, and the sum', () => {
    const rows = sheetValues(world.book, 'Tổng hợp');
    const header = rows.find((r) => r[0] === 'STT') ?? [];
    const at = (name: string) => header.indexOf(name);
    for (const [k, n] of members.entries()) {
      const row = rows.find((r) => r[at('Chi bộ')] === chiBoName(k + 1));
      expect(row?.[at('Số đảng viên')], chiBoName(k + 1)).toBe(n);
      expect(row?.[at('Tệp')]).toBe(linkOf(chiBoId(k + 1)));
    }
    expect(rows.find((r) => r[0] === 'Cộng')?.[at('Số đảng viên')]).toBe(members.reduce((a, b) => a + b, 0));
  });

  it('«Đảng viên» has every member of every chi bộ, with chi bộ, row, name, group, score, proposal and decision', () => {
    const [header = [], ...rows] = sheetValues(world.book, 'Đảng viên');
    const at = (name: string) => header.indexOf(name);
    for (const name of [
      'Chi bộ',
      'Hàng trong «Danh sách»',
      'Họ và tên',
      'Nhóm',
      'Điểm',
      'Chi bộ đề nghị',
      'Đảng ủy xếp loại',
      'Thay đổi',
    ]) {
      expect(at(name), name).toBeGreaterThanOrEqual(0);
    }
    const expected = world.chiBo.flatMap((b, k) =>
      (b.sheet('Danh sách')?.values().slice(1) ?? []).map((r, i) => [chiBoName(k + 1), i + 2, r[1]]),
    );
    expect(rows.map((r) => [r[at('Chi bộ')], r[at('Hàng trong «Danh sách»')], r[at('Họ và tên')]])).toEqual(expected);
    const first = rows[0] ?? [];
    expect(['Nhóm', 'Điểm', 'Chi bộ đề nghị', 'Đảng ủy xếp loại'].map((name) => first[at(name)])).toEqual([
      '2B',
      94,
      'HTXS',
      'HTXS',
    ]);
  });

  it('each decision sheet puts every member on their own roster row, the decision in column F', () => {
    for (const [k, book] of world.chiBo.entries()) {
      const roster = book.sheet('Danh sách')?.values() ?? [];
      const decisions = sheetValues(world.book, `QĐ - ${chiBoName(k + 1)}`);
      for (let r = 1; r < roster.length; r++) {
        expect(decisions[r]?.[1], `chi bộ ${k + 1}, row ${r + 1}`).toBe(roster[r]?.[1]);
        expect(['HTXS', 'HTT', 'HT', 'KHT', '']).toContain(decisions[r]?.[5]);
      }
    }
  });

  it('the report names the đảng ủy and counts every chi bộ and member', () => {
    const text = sheetValues(world.book, 'Báo cáo tổng hợp').flat().join(' ');
    expect(text).toContain('ĐẢNG ỦY XÃ AN BÌNH');
    expect(text).toContain(`của 4 chi bộ trực thuộc với ${members.reduce((a, b) => a + b, 0)} đảng viên`);
    for (let i = 1; i <= 4; i++) expect(text).toContain(chiBoName(i));
  });

  it('leaves the input sheets and every chi bộ spreadsheet as they were, and only reads the chi bộ', () => {
    expect(['Danh sách chi bộ', 'Cấu hình đảng ủy'].map((name) => JSON.stringify(sheetValues(world.book, name)))).toEqual(
      inputsBefore,
    );
    expect(world.chiBo.map(snapshot)).toEqual(chiBoBefore);
    // Read through the Sheets API only: no SpreadsheetApp call on a chi bộ spreadsheet, and every
    // request a GET (no method, no payload) with the script's token.
    expect(world.chiBoCounter.total).toBe(0);
    const requests = bundle.services.urlFetch.requests;
    expect(requests).toHaveLength(8);
    for (const { url, params } of requests) {
      expect(url).toMatch(/^https:\/\/sheets\.googleapis\.com\/v4\/spreadsheets\/1ChiBo/);
      expect(params).toEqual({ headers: { Authorization: 'Bearer local-oauth-token' }, muteHttpExceptions: true });
    }
  });

  it('a second run gives the same sheets', () => {
    const first = snapshot(world.book);
    run(world);
    expect(snapshot(world.book)).toBe(first);
  });
});

describe('the quota across the đảng bộ changes a proposal, and the sheets say so', () => {
  it('two chi bộ of 5 (2B): each proposes no HTXS (⌊20·5/120⌋ = 0); across the đảng bộ T = 10 allows 1, the best score', () => {
    const world = dangBo(2, { members: () => 5 });
    const rows = (top: number) => [
      qdPerson(`Đứng đầu ${top}`, top),
      ...[1, 2, 3, 4].map((m) => qdPerson(`Thành viên ${top}.${m}`, 75)),
    ];
    fill(world.chiBo[0] as LocalSpreadsheet, 'Danh sách', grid(rows(98), QD_HEADERS) as CellValue[][]);
    fill(world.chiBo[1] as LocalSpreadsheet, 'Danh sách', grid(rows(96), QD_HEADERS) as CellValue[][]);
    run(world);
    const [header = [], ...members] = sheetValues(world.book, 'Đảng viên');
    const at = (name: string) => header.indexOf(name);
    expect(
      members
        .filter((r) => r[at('Thay đổi')] === 'Có')
        .map((r) => [r[at('Họ và tên')], r[at('Chi bộ đề nghị')], r[at('Đảng ủy xếp loại')]]),
    ).toEqual([['Đứng đầu 98', 'HTT', 'HTXS']]);
    expect(sheetValues(world.book, 'QĐ - Chi bộ số 1')[1]?.slice(4, 6)).toEqual(['HTT', 'HTXS']);
    expect(sheetValues(world.book, 'QĐ - Chi bộ số 2')[1]?.slice(4, 6)).toEqual(['HTT', 'HTT']);
  });
});

describe('any problem stops «Tổng hợp» before it writes, naming the chi bộ, its row and what to do', () => {
  it('a link that is not a spreadsheet link', () => {
    const world = dangBo(2, {
      listRows: [
        [1, chiBoName(1), linkOf(chiBoId(1))],
        [2, chiBoName(2), 'bảng tính của chi bộ 2'],
      ],
    });
    const body = stops(world);
    expect(body).toContain('Dòng 3 của trang «Danh sách chi bộ», cột «Liên kết bảng tính»');
    expect(world.counter.snapshot()['UrlFetchApp.fetchAll']).toBeUndefined();
  });

  it('a spreadsheet not shared with the đảng ủy (403): share it, viewing is enough', () => {
    const body = stops(dangBo(3, { access: (i) => (i === 2 ? 'none' : 'view') }));
    expect(body).toContain(
      'Chi bộ «Chi bộ số 2» (dòng 3 của trang «Danh sách chi bộ»): tài khoản đang dùng chưa được chia sẻ bảng tính này',
    );
    expect(body).toContain('bấm «Chia sẻ» và thêm tài khoản của đảng ủy, chỉ cần quyền «Người xem»');
    expect(body).toContain('The caller does not have permission');
    expect(body.match(/<li>/g)).toHaveLength(1);
  });

  it('a link to a spreadsheet that does not exist or was deleted (404): check the link in its row', () => {
    const world = dangBo(2, {
      listRows: [
        [1, chiBoName(1), linkOf(chiBoId(1))],
        [2, chiBoName(2), linkOf(chiBoId(99))],
      ],
    });
    const body = stops(world);
    expect(body).toContain('Chi bộ «Chi bộ số 2» (dòng 3 của trang «Danh sách chi bộ»): không có bảng tính nào ở liên kết này');
    expect(body).toContain('dán lại vào dòng 3, cột «Liên kết bảng tính» của trang «Danh sách chi bộ»');
    expect(body.match(/<li>/g)).toHaveLength(1);
  });

  it('Google busy (429) or failing (500, 503): try again later, naming each chi bộ', () => {
    const world = dangBo(4);
    const bundle = loadDangUyBundle(world);
    bundle.services.sheetsApi.failures.set(chiBoId(1), API_ERRORS.rateLimited);
    bundle.services.sheetsApi.failures.set(chiBoId(2), API_ERRORS.internal);
    bundle.services.sheetsApi.failures.set(chiBoId(3), API_ERRORS.unavailable);
    const before = snapshot(world.book);
    bundle.call('menuDangUyConsolidate');
    expect(snapshot(world.book)).toBe(before);
    const body = bundle.services.ui.shown[0]?.body ?? '';
    for (const [i, said] of [
      [1, 'Quota exceeded for quota metric'],
      [2, 'Internal error encountered.'],
      [3, 'The service is currently unavailable.'],
    ] as const) {
      expect(body).toContain(
        `Chi bộ «Chi bộ số ${i}» (dòng ${i + 1} của trang «Danh sách chi bộ»): không đọc được bảng tính (Google báo: ${said}`,
      );
    }
    expect(body.match(/Hãy thử lại sau ít phút/g)).toHaveLength(3);
    expect(body).not.toContain('Chi bộ số 4');
  });

  it('a refusal of the project itself (scope, Sheets API switched off, no network) is said once, alone', () => {
    const cases = [
      [API_ERRORS.scopeInsufficient, 'chưa được cấp quyền đọc bảng tính của chi bộ'],
      [API_ERRORS.serviceDisabled, 'chưa được bật Google Sheets API'],
    ] as const;
    for (const [error, words] of cases) {
      const world = dangBo(3);
      const bundle = loadDangUyBundle(world);
      for (let i = 1; i <= 3; i++) bundle.services.sheetsApi.failures.set(chiBoId(i), error);
      bundle.call('menuDangUyConsolidate');
      const body = bundle.services.ui.shown[0]?.body ?? '';
      expect(body).toContain(words);
      expect(body.match(/<li>/g)).toHaveLength(1);
      expect(world.book.toasts).toEqual([]);
    }
    const world = dangBo(2);
    const bundle = loadDangUyBundle(world);
    bundle.services.urlFetch.unreachable = 'Address unavailable: https://sheets.googleapis.com/v4/spreadsheets/…';
    bundle.call('menuDangUyConsolidate');
    expect(bundle.services.ui.shown[0]?.body).toContain('Không kết nối được tới Google để đọc bảng tính của các chi bộ');
    // Apps Script's own refusal when a scope is missing from the manifest.
    bundle.services.urlFetch.unreachable =
      'You do not have permission to call UrlFetchApp.fetchAll. Required permissions: https://www.googleapis.com/auth/script.external_request';
    bundle.call('menuDangUyConsolidate');
    expect(bundle.services.ui.shown[1]?.body).toContain('chưa được cấp quyền đọc bảng tính của chi bộ');
    expect(world.book.sheets.map((s) => s.name)).toEqual(['Danh sách chi bộ', 'Cấu hình đảng ủy']);
  });

  it('«Danh sách» and «Cấu hình» named loosely are found, as the chi bộ add-on finds them', () => {
    const world = dangBo(2);
    world.chiBo[0]?.sheet('Danh sách')?.rename('DANH SACH');
    world.chiBo[1]?.sheet('Cấu hình')?.rename(' cấu  hình ');
    const bundle = run(world);
    expect(bundle.services.ui.shown).toEqual([]);
    expect(world.book.toasts[0]?.message).toMatch(/^Đã tổng hợp 2 chi bộ/);
  });

  it('a chi bộ spreadsheet without «Danh sách»', () => {
    const world = dangBo(2);
    world.chiBo[1]?.sheet('Danh sách')?.rename('Danh sach dang vien 2025');
    const body = stops(world);
    expect(body).toContain('Chi bộ «Chi bộ số 2» (dòng 3 của trang «Danh sách chi bộ»): bảng tính không có trang «Danh sách»');
  });

  it('a roster the engine refuses (no «Họ và tên» column)', () => {
    const world = dangBo(2);
    world.chiBo[0]!.sheet('Danh sách')!.cellForWrite(1, 2).value = 'Tên';
    const body = stops(world);
    expect(body).toContain('Chi bộ «Chi bộ số 1» (dòng 2 của trang «Danh sách chi bộ»)');
    expect(body).toContain('Thiếu cột «Họ và tên»');
  });

  it('two chi bộ with one name, in the list or in their own «Cấu hình»', () => {
    expect(
      stops(
        dangBo(2, {
          listRows: [
            [1, 'Chi bộ Giáo viên', linkOf(chiBoId(1))],
            [2, 'chi bo giao vien', linkOf(chiBoId(2))],
          ],
        }),
      ),
    ).toContain('Dòng 3 của trang «Danh sách chi bộ»: tên chi bộ «chi bo giao vien» trùng với dòng 2');
    const world = dangBo(2, {
      listRows: [
        [1, '', linkOf(chiBoId(1))],
        [2, '', linkOf(chiBoId(2))],
      ],
    });
    world.chiBo[1]!.sheet('Cấu hình')!.cellForWrite(3, 2).value = chiBoName(1);
    expect(stops(world)).toContain('Dòng 3 của trang «Danh sách chi bộ»: tên chi bộ «Chi bộ số 1» trùng với dòng 2');
  });

  it('a refused value of «Cấu hình đảng ủy»', () => {
    const world = dangBo(1, { settings: [['Phạm vi hạn mức HTXS', 'cả tỉnh']] });
    expect(stops(world)).toContain('Trang «Cấu hình đảng ủy», dòng 1, «Phạm vi hạn mức HTXS»: giá trị «cả tỉnh»');
  });

  it('no «Danh sách chi bộ» at all', () => {
    const world = dangBo(1);
    world.book.sheet('Danh sách chi bộ')?.rename('Ghi chép');
    expect(stops(world)).toContain('Không tìm thấy trang «Danh sách chi bộ»');
  });

  it('every problem of one run at once: a spreadsheet not shared, another one’s roster refused', () => {
    const world = dangBo(4, { access: (i) => (i === 4 ? 'none' : 'view') });
    world.chiBo[0]!.sheet('Danh sách')!.cellForWrite(1, 2).value = 'Tên';
    const body = stops(world);
    expect(body).toContain('Chi bộ «Chi bộ số 4» (dòng 5 của trang «Danh sách chi bộ»): tài khoản đang dùng chưa được chia sẻ');
    expect(body).toContain('Chi bộ «Chi bộ số 1» (dòng 2 của trang «Danh sách chi bộ»)');
    expect(body).toContain('Thiếu cột «Họ và tên»');
  });
});

describe('while another run holds the lock', () => {
  it('«Tổng hợp» says so and writes nothing', () => {
    const world = dangBo(2);
    const bundle = loadDangUyBundle(world);
    bundle.services.lock.held = true;
    const before = snapshot(world.book);
    bundle.call('menuDangUyConsolidate');
    expect(bundle.services.ui.shown[0]?.body).toContain('Đang có một lần «Tổng hợp»');
    expect(snapshot(world.book)).toBe(before);
    expect(world.counter.snapshot()['UrlFetchApp.fetchAll']).toBeUndefined();
  });
});

describe('text that looks like a formula', () => {
  it('a chi bộ named «=HYPERLINK(…)» is written as text in every sheet', () => {
    const world = dangBo(1, { listRows: [[1, '=HYPERLINK("http://x","bấm")', linkOf(chiBoId(1))]] });
    run(world);
    const formulas = world.book.sheets.flatMap((s) =>
      s.rows.flatMap((row) => (row ?? []).filter((cell) => cell?.formula !== undefined).map(() => s.name)),
    );
    expect(formulas).toEqual([]);
    expect(sheetValues(world.book, 'Tổng hợp').some((r) => r[1] === '=HYPERLINK("http://x","bấm")')).toBe(true);
  });
});
