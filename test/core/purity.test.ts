import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The core is pure: no Apps Script globals, no Node APIs, no I/O, no clock. The type
 * check (tsconfig.core.json, no Node or Apps Script types) is the main guard; this test
 * also catches uses that would type-check through `globalThis` or a Date without arguments.
 */
const ROOT = join(__dirname, '..', '..', 'src');
const files = ['core', 'layout'].flatMap((dir) => listTs(join(ROOT, dir)));

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTs(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const FORBIDDEN: [RegExp, string][] = [
  [
    /\b(SpreadsheetApp|LockService|HtmlService|UrlFetchApp|ScriptApp|DriveApp|PropertiesService|Utilities)\b/,
    'an Apps Script service',
  ],
  [/from ['"]node:|require\(|\bprocess\.|\bBuffer\b/, 'a Node API'],
  [/new Date\(\)|Date\.now\(\)|performance\.now/, 'the clock'],
  [/\bfetch\(|XMLHttpRequest|\bdocument\./, 'I/O'],
];

describe('the core is pure', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s uses no service, Node API, clock or I/O', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const [pattern, what] of FORBIDDEN) expect(pattern.test(code), `${what} in ${file}`).toBe(false);
  });
});
