// In a frame, for builders that strip scripts: frame.html from the package
// on another origin renders the widget from its query; the two-line host
// snippet makes the frame's height follow its content (origin-checked), so
// there is no second scrollbar.
import { test, expect } from '@playwright/test';
import { CDN_PORT } from '../playwright.config.mjs';

const FRAME = `http://127.0.0.1:${CDN_PORT}/package/dist/trd-widget/frame.html`;

test('frame.html?lang=es renders the widget; the frame follows its content height', async ({ page }) => {
  await page.goto('/e2e/frame-host.html');
  await page.locator('iframe[data-trd-frame]').evaluate((f, src) => { f.src = src; }, `${FRAME}?lang=es&clinic-name=Lyman%20Support%20Centers&nonsense=1`);
  const frame = page.frameLocator('iframe[data-trd-frame]');
  const root = frame.locator('trd-widget .trd');
  await expect(root).toHaveAttribute('lang', 'es');
  const iframe = page.locator('iframe[data-trd-frame]');
  const fits = async () => {
    const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.locator('html').evaluate((h) => h.getBoundingClientRect().height);
    const scrolls = await frame.locator('html').evaluate((h) => h.scrollHeight > h.clientHeight + 1);
    return Math.abs(outer - inner) <= 1 && !scrolls;
  };
  await expect.poll(fits).toBe(true);
  const first = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  await root.getByRole('button', { name: 'Comenzar' }).click();
  for (let n = 0; n < 8; n += 1) {
    await root.locator('fieldset').getByRole('radio').first().check();
    await root.getByRole('button', { name: 'Siguiente', exact: true }).click();
  }
  await root.locator('fieldset').getByRole('radio').nth(2).check();
  await expect(root.locator('[data-crisis-panel]')).toBeVisible();
  await expect.poll(fits).toBe(true);
  expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).not.toBe(first);

  // A message from anywhere but the frame does not move it.
  const before = await iframe.evaluate((f) => f.style.height);
  await page.evaluate(() => window.postMessage({ type: 'trd-widget:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  expect(await iframe.evaluate((f) => f.style.height)).toBe(before);
});
