/**
 * Vitest global setup: builds build/ (CLI, preview, bench and the Apps Script files in build/gas)
 * once before any test, so `npx vitest run` never tests a stale bundle, with or without `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(__dirname, '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
