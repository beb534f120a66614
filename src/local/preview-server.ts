/**
 * `npm run preview`: serves the built sidebar on localhost against the local backend.
 * google.script.run is bridged to the real server functions of Code.js: the page posts
 * to /rpc/<name> and the server calls that top-level function in the vm.
 *
 * Only the page this server served may call it: any web page open in the same browser
 * could otherwise post to 127.0.0.1 and change the settings. Every request must name this
 * server in Host (so a rebound DNS name can't read the page), and every POST must come
 * from this origin (Origin, when the client sends one) and carry the per-run token that
 * is written into the served page, in a header no cross-site form can set; otherwise 403.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_FUNCTIONS } from '../addon/server-api';
import { CLI } from '../core/text/cli';
import { loadGasRuntime, type GasRuntime } from './gas-runtime';
import type { LocalSpreadsheet } from './workbook';

/** The header that carries the token; a custom header also makes a cross-origin fetch need a preflight, which this server never grants. */
export const TOKEN_HEADER = 'x-preview-token';

/** Stands in for google.script.run in the browser: same chainable API, answers over fetch. */
function shim(token: string): string {
  return `<script>(function(){
var TOKEN = ${JSON.stringify(token)};
function runner(ok, fail){
  return new Proxy({}, { get: function(_, name){
    if (name === 'withSuccessHandler') return function(h){ return runner(h, fail); };
    if (name === 'withFailureHandler') return function(h){ return runner(ok, h); };
    return function(){
      var args = Array.prototype.slice.call(arguments);
      fetch('/rpc/' + encodeURIComponent(String(name)), { method: 'POST', headers: { 'Content-Type': 'application/json', '${TOKEN_HEADER}': TOKEN }, body: JSON.stringify(args) })
        .then(function(r){ return r.json().then(function(body){ return { ok: r.ok, body: body }; }); })
        .then(function(res){ if (res.ok) { if (ok) ok(res.body.value); } else if (fail) fail(new Error(res.body.message)); })
        .catch(function(e){ if (fail) fail(e); });
    };
  }});
}
window.google = { script: { run: runner(null, null) } };
})();</script>`;
}

export interface Preview {
  readonly url: string;
  readonly runtime: GasRuntime;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** This server by name: 127.0.0.1 or localhost, on its own port. */
function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A POST from the served page: same origin (when the client says), with the token of this run. */
function isOwnPost(req: IncomingMessage, port: number, token: string): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return false;
  const sent = req.headers[TOKEN_HEADER];
  return typeof sent === 'string' && sameText(sent, token);
}

export async function startPreview(
  book: LocalSpreadsheet,
  port = 0,
  gasDir = join(process.cwd(), 'build', 'gas'),
): Promise<Preview> {
  const runtime = loadGasRuntime(book, gasDir);
  const token = randomBytes(32).toString('hex');
  const page = () => readFileSync(join(gasDir, 'Sidebar.html'), 'utf8').replace('<head>', () => `<head>${shim(token)}`);
  let own = 0;
  const refuse = (res: ServerResponse) => {
    res.writeHead(403, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ message: CLI.previewForbidden }));
  };
  const server: Server = createServer((req, res) => {
    if (!isOwnHost(req.headers.host, own)) return refuse(res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(page());
      return;
    }
    if (req.method === 'POST' && !isOwnPost(req, own, token)) return refuse(res);
    const match = /^\/rpc\/([A-Za-z]+)$/.exec(url.pathname);
    if (req.method === 'POST' && match && (SERVER_FUNCTIONS as readonly string[]).includes(match[1] ?? '')) {
      void readBody(req).then((body) => {
        try {
          const args = JSON.parse(body || '[]') as unknown[];
          const value = runtime.call(match[1] as string, ...args);
          res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ value: value ?? null }));
        } catch (error) {
          res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ message: error instanceof Error ? error.message : String(error) }));
        }
      });
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(CLI.notFound);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  own = address.port;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    runtime,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
