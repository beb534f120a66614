/**
 * `npm run preview`: serves the built sidebar on localhost against the local backend.
 * google.script.run is bridged to the real server functions of Code.js: the page posts
 * to /rpc/<name> and the server calls that top-level function in the vm.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_FUNCTIONS } from '../addon/server-api';
import { CLI } from '../core/text';
import { loadGasRuntime, type GasRuntime } from './gas-runtime';
import type { LocalSpreadsheet } from './workbook';

/** Stands in for google.script.run in the browser: same chainable API, answers over fetch. */
const SHIM = `<script>(function(){
function runner(ok, fail){
  return new Proxy({}, { get: function(_, name){
    if (name === 'withSuccessHandler') return function(h){ return runner(h, fail); };
    if (name === 'withFailureHandler') return function(h){ return runner(ok, h); };
    return function(){
      var args = Array.prototype.slice.call(arguments);
      fetch('/rpc/' + encodeURIComponent(String(name)), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) })
        .then(function(r){ return r.json().then(function(body){ return { ok: r.ok, body: body }; }); })
        .then(function(res){ if (res.ok) { if (ok) ok(res.body.value); } else if (fail) fail(new Error(res.body.message)); })
        .catch(function(e){ if (fail) fail(e); });
    };
  }});
}
window.google = { script: { run: runner(null, null) } };
})();</script>`;

export interface Preview {
  readonly url: string;
  readonly runtime: GasRuntime;
  close(): Promise<void>;
}

function readBody(req: import('node:http').IncomingMessage): Promise<string> {
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

export async function startPreview(
  book: LocalSpreadsheet,
  port = 0,
  gasDir = join(process.cwd(), 'build', 'gas'),
): Promise<Preview> {
  const runtime = loadGasRuntime(book, gasDir);
  const page = () => readFileSync(join(gasDir, 'Sidebar.html'), 'utf8').replace('<head>', () => `<head>${SHIM}`);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page());
      return;
    }
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
  return {
    url: `http://127.0.0.1:${address.port}/`,
    runtime,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
