/**
 * Headless Chromium from Debian's package, driven by playwright-core (which never
 * downloads a browser). Without /usr/bin/chromium the browser tests are skipped locally,
 * but fail under CI.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_BROWSER = existsSync(CHROMIUM);
export const IN_CI = Boolean(process.env.CI);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // This machine has no network beyond localhost: keep Chromium from reaching out.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
