// JavaScript on, WebAssembly off: the clinic's fallback stays, with one
// console warning that says why. V8's --jitless mode (what hardened modes
// such as Edge's enhanced security and iOS Lockdown Mode run) has no
// WebAssembly at all; --noexpose_wasm no longer hides it in Chromium 156.
import { test, expect } from '@playwright/test';
import { recordConsole } from '../support/widget.mjs';
import { CHROMIUM_ARGS } from '../playwright.config.mjs';

test.use({
  launchOptions: { executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--js-flags=--jitless'] },
});

test('without WebAssembly the fallback stays and one warning says why', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/clinic-en.html');
  expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
  const host = page.locator('trd-widget');
  await expect(host).toHaveText('If you are in crisis, call or text 988.');
  expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
  await expect.poll(() => console.warnings().length).toBe(1);
  expect(console.warnings()[0].text).toContain('trd-widget: this browser cannot run the widget');
  expect(console.errors()).toEqual([]);
  // No loading bar that would never end.
  await page.waitForTimeout(1000);
  await expect(host.locator('[data-loading]')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText('Treatment-resistant depression');
});
