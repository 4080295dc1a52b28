// Graceful degradation (issue 10): no WebAssembly, a slow wasm, and a
// connection that drops mid-download. The clinic's fallback (with the
// crisis line) is visible the whole time, a loading bar appears after a
// short delay rather than a page that looks finished, and nothing of the
// host page breaks.
import { test, expect } from '@playwright/test';
import { Widget, recordConsole } from '../support/widget.mjs';

/** Whether the element's own (light-DOM) content is rendered on the page. */
function fallbackShown(host) {
  return host.evaluate((element) =>
    [...element.childNodes].some((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return node.textContent.trim() !== '' && range.getClientRects().length > 0;
    }),
  );
}

async function hostStillWorks(page) {
  // The host page's own heading is there and its text can be selected and read.
  await expect(page.locator('h1').first()).toBeVisible();
  expect(await page.evaluate(() => document.title.length > 0)).toBe(true);
}

/** Holds every request for `pattern` until `release()` is called. */
async function holdBack(page, pattern, then = (route) => route.continue()) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await then(route);
  });
  return release;
}

test('a slow wasm: the fallback shows throughout, then a loading bar, then the widget', async ({ page }) => {
  const console = recordConsole(page);
  // The test drives the page's clock and the network: the loading bar's
  // 700 ms delay passes only when the test says so, and the wasm arrives
  // only when released, so no assertion races a timer (code review C11).
  const release = await holdBack(page, '**/*.wasm');
  await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
  await page.clock.pauseAt(new Date('2026-12-01T09:00:01'));
  const asked = page.waitForRequest('**/*.wasm');
  await page.goto('/e2e/clinic-en.html', { waitUntil: 'domcontentloaded' });
  await asked;
  const host = page.locator('trd-widget');
  const bar = host.locator('[data-loading]');
  // Just under the delay: the fallback, and no bar yet (a fast load never flashes one).
  await page.clock.runFor(690);
  expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
  expect(await fallbackShown(host)).toBe(true);
  // Past the delay: still the fallback, now with the bar under it.
  await page.clock.runFor(20);
  await expect(bar).toBeVisible();
  expect(await fallbackShown(host)).toBe(true);
  expect(await bar.getAttribute('aria-hidden')).toBe('true');
  await hostStillWorks(page);
  // Then the wasm arrives and the widget replaces both.
  await page.clock.resume();
  release();
  const widget = await new Widget(page).ready();
  await expect(bar).toHaveCount(0);
  expect(await fallbackShown(host)).toBe(false);
  await widget.start();
  expect(console.errors()).toEqual([]);
});

test('the connection drops mid-download: the fallback stays, the bar goes, one clear message', async ({ page }) => {
  const console = recordConsole(page);
  // Held until the bar has been seen, then half the bytes against the full
  // length: the browser sees the stream break.
  const release = await holdBack(page, '**/*.wasm', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({
      status: 200,
      headers: { 'content-type': 'application/wasm', 'content-length': String(body.length) },
      body: body.subarray(0, body.length >> 1),
    });
  });
  await page.goto('/e2e/clinic-en.html');
  const host = page.locator('trd-widget');
  await expect(host.locator('[data-loading]')).toBeVisible();
  release();
  // Ours: one message (the browser adds its own network error line).
  const ours = () => console.errors().filter((m) => m.text.startsWith('trd-widget:'));
  await expect.poll(() => ours().length, { timeout: 10_000 }).toBe(1);
  await expect(host.locator('[data-loading]')).toHaveCount(0);
  expect(await fallbackShown(host)).toBe(true);
  expect(ours()[0].text).toContain('trd-widget: could not load');
  expect(console.messages.filter((m) => m.type === 'pageerror')).toEqual([]);
  await hostStillWorks(page);
});

test('a failed load is not remembered: a widget added later loads the wasm again', async ({ page }) => {
  const console = recordConsole(page);
  let attempts = 0;
  await page.route('**/*.wasm', (route) => (attempts++ === 0 ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/e2e/clinic-en.html');
  await expect.poll(() => console.errors().filter((m) => m.text.startsWith('trd-widget: could not load')).length).toBe(1);
  expect(await fallbackShown(page.locator('trd-widget'))).toBe(true);
  // Connected again, the page adds a widget (a route change in an app).
  await page.evaluate(() => {
    const later = document.createElement('trd-widget');
    later.id = 'later';
    later.textContent = 'If you are in crisis, call or text 988.';
    document.querySelector('main').append(later);
  });
  const later = await new Widget(page, page.locator('#later')).ready();
  await later.start();
  expect(attempts).toBe(2);
});
