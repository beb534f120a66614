/**
 * «Biên bản hội nghị» and «Xuất bản Word/Google Docs» run from the built Code.js against the
 * local backend. The Google Docs export is checked against the recorded fake of UrlFetchApp:
 * one request, to Drive's files.create upload URI (an endpoint the scope drive.file allows),
 * POST, the OAuth token, a multipart body whose metadata asks for a Google Doc and whose
 * media is the report as HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINUTES_UI } from '../../src/core/text';
import { sampleWorkbook } from '../../src/local/sample';
import { sampleQd366Workbook } from '../../src/local/sample-qd366';
import type { FetchRecord } from '../../src/local/services';
import { loadBundle } from './gas-vm';
import { rosterBook } from './roster-factory';

/** The endpoints the add-on may call with its token: the sheet's own export and Drive's files.create upload. */
const ALLOWED = [
  /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[^/]+\/export\?/,
  /^https:\/\/www\.googleapis\.com\/upload\/drive\/v3\/files\?uploadType=multipart(&|$)/,
];

/** Decodes the numeric character references and entities of the uploaded HTML. */
function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '\n')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

interface Part {
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Splits a multipart/related body by the boundary of its Content-Type (RFC 2046). */
function parts(request: FetchRecord): Part[] {
  const contentType = request.params.contentType ?? '';
  const boundary = /^multipart\/related; boundary=(.+)$/.exec(contentType)?.[1];
  expect(boundary).toBeDefined();
  const payload = request.params.payload;
  expect(typeof payload).toBe('string');
  const text = typeof payload === 'string' ? payload : '';
  expect(text.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
  const chunks = text.split(`--${boundary}`).slice(1, -1);
  return chunks.map((chunk) => {
    const [head = '', ...rest] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
    const headers = Object.fromEntries(
      head.split('\r\n').map((line) => {
        const [name = '', ...value] = line.split(': ');
        return [name.toLowerCase(), value.join(': ')];
      }),
    );
    return { headers, body: rest.join('\r\n\r\n').replace(/\r\n$/, '') };
  });
}

describe('Biên bản hội nghị', () => {
  it('draws «Biên bản» and «Biên bản kiểm phiếu» in Times New Roman and says so', () => {
    const bundle = loadBundle(sampleWorkbook());
    bundle.call('menuMinutes');
    const book = bundle.services.book;
    for (const name of ['Biên bản', 'Biên bản kiểm phiếu']) {
      const sheet = book.sheet(name);
      expect(sheet?.cell(1, 1)?.style.fontFamily).toBe('Times New Roman');
      expect(sheet?.hiddenGridlines).toBe(true);
    }
    const values = book.sheet('Biên bản')?.values().flat() ?? [];
    expect(values).toContain('BIÊN BẢN');
    expect(values).toContain('- Chủ trì hội nghị: đồng chí Trần Thị Mai Hương.');
    expect(book.toasts.map((t) => t.message)).toEqual([MINUTES_UI.minutesDone(true)]);
    expect(bundle.services.ui.shown).toEqual([]);
  });

  it('under QĐ 366 without a vote: only «Biên bản», no vote-count sheet', () => {
    const bundle = loadBundle(sampleQd366Workbook());
    bundle.call('menuMinutes');
    expect(bundle.services.book.sheet('Biên bản')).toBeDefined();
    expect(bundle.services.book.sheet('Biên bản kiểm phiếu')).toBeUndefined();
    expect(bundle.services.book.toasts.map((t) => t.message)).toEqual([MINUTES_UI.minutesDone(false)]);
  });

  it('makes the same number of service calls for 10 and 2,000 members', () => {
    const counts = [10, 2000].map((n) => {
      const bundle = loadBundle(rosterBook(n));
      bundle.call('menuMinutes');
      expect(bundle.services.ui.shown.filter((s) => s.kind === 'alert')).toEqual([]);
      return bundle.services.counter.snapshot();
    });
    expect(counts[0]).toEqual(counts[1]);
  });

  it('a member named "=…" is written as text, never as a formula', () => {
    const book = sampleWorkbook();
    const danger = '=IMPORTXML("http://x","//a")';
    book.sheet('Danh sách')!.cellForWrite(2, 2).value = danger;
    loadBundle(book).call('menuMinutes');
    for (const name of ['Biên bản', 'Biên bản kiểm phiếu']) {
      const sheet = book.sheet(name)!;
      expect(sheet.rows.flatMap((row) => row ?? []).filter((c) => c?.formula !== undefined)).toEqual([]);
      expect(sheet.values().flat()).toContain(danger);
    }
  });
});

describe('Xuất bản Word/Google Docs', () => {
  it('sends one files.create multipart upload with the OAuth token, asking Drive for a Google Doc of the report', () => {
    const bundle = loadBundle(sampleWorkbook());
    bundle.call('menuExportDocs');
    const requests = bundle.services.urlFetch.requests;
    expect(requests).toHaveLength(1);
    const request = requests[0]!;
    const url = new URL(request.url);
    expect(url.origin + url.pathname).toBe('https://www.googleapis.com/upload/drive/v3/files');
    expect(Object.fromEntries(url.searchParams)).toEqual({ uploadType: 'multipart', fields: 'id,name,webViewLink' });
    expect(request.params.method).toBe('post');
    expect(request.params.headers).toEqual({ Authorization: 'Bearer local-oauth-token' });
    expect(request.params.muteHttpExceptions).toBe(true);

    const [metadata, media, ...more] = parts(request);
    expect(more).toEqual([]);
    expect(metadata?.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(JSON.parse(metadata?.body ?? '')).toEqual({
      name: 'Báo cáo xếp loại đảng viên và chi bộ năm 2023',
      mimeType: 'application/vnd.google-apps.document',
    });
    expect(media?.headers['content-type']).toBe('text/html; charset=UTF-8');
    // The whole body is ASCII: the Vietnamese text travels as character references and \u escapes.
    expect(/^[\x20-\x7e\r\n]*$/.test(String(request.params.payload))).toBe(true);
    const html = media?.body ?? '';
    expect(html).toContain('@page{size:A4;margin:20mm 15mm 20mm 30mm}');
    expect(html).toContain("font-family:'Times New Roman'");
    const text = htmlToText(html);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kết quả đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2023');
    for (const row of bundle.services.book.sheet('Danh sách')!.values().slice(1)) expect(text).toContain(String(row[1]));
    expect(text).toContain('71,43%');
    // The tables of the report keep their grid; the header halves have none.
    expect(html).toContain('border:1px solid #000000');
    expect(html).toContain('border:none');
  });

  it("calls only endpoints the manifest's scopes allow, and the manifest asks for no Docs or full Drive scope", () => {
    const bundle = loadBundle(sampleWorkbook());
    bundle.call('menuExportDocs');
    bundle.call('menuExportPdf');
    const urls = bundle.services.urlFetch.requests.map((r) => r.url);
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(ALLOWED.some((re) => re.test(url))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
    };
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/documents');
  });

  it('regenerates «Báo cáo» first and shows a dialog that opens the new Doc', () => {
    const bundle = loadBundle(sampleWorkbook());
    bundle.call('menuExportDocs');
    expect(bundle.services.book.sheet('Báo cáo')?.values().flat()).toContain('BÁO CÁO');
    const dialog = bundle.services.ui.shown.find((s) => s.kind === 'dialog');
    expect(dialog?.title).toBe('Xuất bản Word/Google Docs');
    expect(dialog?.body).toContain('href="https://docs.google.com/document/d/local-doc/edit" target="_blank"');
    expect(dialog?.body).toContain(MINUTES_UI.docsWordHint);
  });

  it('under QĐ 366 the Doc has the scores and the proposal to the đảng ủy', () => {
    const bundle = loadBundle(sampleQd366Workbook());
    bundle.call('menuExportDocs');
    const media = parts(bundle.services.urlFetch.requests[0]!)[1];
    const text = htmlToText(media?.body ?? '');
    expect(text).toContain('94,5');
    expect(text).toContain('Chi bộ đề nghị Đảng ủy xã An Bình xem xét, quyết định.');
  });

  it.each([
    ['a 403', () => ({ code: 403, content: new TextEncoder().encode('Forbidden') }), MINUTES_UI.docsFailed(403)],
    ['an answer without a file id', () => ({ code: 200, content: new TextEncoder().encode('{}') }), MINUTES_UI.docsNoFile()],
    [
      'a request that throws',
      () => {
        throw new Error('Address unavailable');
      },
      MINUTES_UI.docsUnreachable('Address unavailable'),
    ],
  ])('%s: an alert says what was written, and no dialog opens', (_, respond, message) => {
    const bundle = loadBundle(sampleWorkbook());
    bundle.services.urlFetch.respond = respond;
    bundle.call('menuExportDocs');
    expect(bundle.services.ui.shown).toEqual([{ kind: 'alert', title: '', body: message }]);
    expect(message).toContain('trang «Báo cáo» (tạo lại)');
  });

  it('makes the same number of service calls for 10 and 2,000 members: one request whatever the size', () => {
    const counts = [10, 2000].map((n) => {
      const bundle = loadBundle(rosterBook(n));
      bundle.call('menuExportDocs');
      expect(bundle.services.urlFetch.requests).toHaveLength(1);
      return bundle.services.counter.snapshot();
    });
    expect(counts[0]).toEqual(counts[1]);
  });
});
