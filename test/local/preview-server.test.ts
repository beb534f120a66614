/**
 * `npm run preview` answers only the page it served (issue 11): a per-run token in the page,
 * required on every POST, the server's own origin and host; anything else is 403 and
 * changes nothing. Run against the real server on 127.0.0.1, on an ephemeral port.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER, startPreview, type Preview } from '../../src/local/preview-server';
import { sampleWorkbook } from '../../src/local/sample';
import type { LocalSpreadsheet } from '../../src/local/workbook';

const GAS_DIR = join(__dirname, '..', '..', 'build', 'gas');

interface Reply {
  readonly status: number;
  readonly body: string;
}

/** node:http rather than fetch: it lets a test send any Host, as a rebound DNS name would. */
function send(url: string, method: string, path: string, headers: Record<string, string>, body = ''): Promise<Reply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the preview server only answers its own page', () => {
  let preview: Preview;
  let book: LocalSpreadsheet;
  let origin: string;
  let host: string;
  let token: string;
  const settings = () => JSON.stringify(book.sheet('Cấu hình')?.values());
  const save = JSON.stringify([{ quotaPercent: '20' }]);
  const post = (headers: Record<string, string>, body = save) =>
    send(preview.url, 'POST', '/rpc/sidebarSaveSettings', { 'Content-Type': 'application/json', ...headers }, body);

  beforeAll(async () => {
    book = sampleWorkbook();
    preview = await startPreview(book, 0, GAS_DIR);
    origin = preview.url.replace(/\/$/, '');
    host = new URL(preview.url).host;
    const page = await send(preview.url, 'GET', '/', { Host: host });
    expect(page.status).toBe(200);
    token = /var TOKEN = "([0-9a-f]{64})";/.exec(page.body)?.[1] ?? '';
  });

  afterAll(async () => {
    await preview?.close();
  });

  it('writes a 64-hex-digit token into the page it serves', () => {
    expect(token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a POST without the token, with a wrong one, or from another site, and changes nothing', async () => {
    const before = settings();
    const refused = [
      // A cross-site form or fetch from any page open in the browser: no token.
      await post({ Origin: 'http://evil.example', Host: host }),
      await post({ Origin: 'http://evil.example', Host: host, 'Content-Type': 'text/plain' }),
      // No Origin (a script outside the browser) and no token.
      await post({ Host: host }),
      await post({ Origin: origin, Host: host, [TOKEN_HEADER]: 'f'.repeat(64) }),
      await post({ Origin: origin, Host: host, [TOKEN_HEADER]: token.slice(0, 10) }),
      // The right token from the wrong origin.
      await post({ Origin: 'http://evil.example', Host: host, [TOKEN_HEADER]: token }),
      // A rebound DNS name pointing at 127.0.0.1: the Host is not this server's.
      await post({ Origin: 'http://evil.example:1', Host: 'evil.example:1', [TOKEN_HEADER]: token }),
    ];
    expect(refused.map((r) => r.status)).toEqual(refused.map(() => 403));
    expect(JSON.parse(refused[0]?.body ?? '{}').message).toContain('Yêu cầu bị từ chối');
    expect(settings()).toBe(before);
  });

  it('does not serve the page, and so the token, to another host name', async () => {
    const page = await send(preview.url, 'GET', '/', { Host: 'evil.example' });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(token);
  });

  it('answers the page’s own POSTs: same origin and host (127.0.0.1 or localhost), with the token', async () => {
    const before = settings();
    const state = await send(preview.url, 'POST', '/rpc/sidebarState', { Origin: origin, Host: host, [TOKEN_HEADER]: token });
    expect(state.status).toBe(200);
    expect(settings()).toBe(before);
    const saved = await post({ Origin: origin, Host: host, [TOKEN_HEADER]: token });
    expect(saved.status).toBe(200);
    expect(settings()).not.toBe(before);
    const port = new URL(preview.url).port;
    const viaLocalhost = await send(preview.url, 'POST', '/rpc/sidebarState', {
      Origin: `http://localhost:${port}`,
      Host: `localhost:${port}`,
      [TOKEN_HEADER]: token,
    });
    expect(viaLocalhost.status).toBe(200);
  });

  it('gives each run its own token', async () => {
    const other = await startPreview(sampleWorkbook(), 0, GAS_DIR);
    try {
      const page = await send(other.url, 'GET', '/', { Host: new URL(other.url).host });
      const second = /var TOKEN = "([0-9a-f]{64})";/.exec(page.body)?.[1];
      expect(second).toHaveLength(64);
      expect(second).not.toBe(token);
    } finally {
      await other.close();
    }
  });
});
