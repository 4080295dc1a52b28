// In a frame, for builders that strip scripts: frame.html from the package
// on another origin renders the widget from its query; the two-line host
// snippet makes the frame's height follow its content (origin-checked), so
// there is no second scrollbar.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { CDN_PORT } from '../playwright.config.mjs';
import { readmeFrameScript } from '../support/build.mjs';

const FRAME = `http://127.0.0.1:${CDN_PORT}/package/dist/trd-widget/frame.html`;

test('frame.html?lang=es renders the widget; the frame follows its content height', async ({ page }) => {
  await page.goto('/e2e/frame-host.html');
  const html = readFileSync(new URL('../hosts/frame-host.html', import.meta.url), 'utf8');
  expect(html.replace(/\n\s+/g, '\n')).toContain(readmeFrameScript().replace(/\n\s+/g, '\n'));
  await page.locator('iframe[data-trd-frame]').first().evaluate((f, src) => { f.src = src; }, `${FRAME}?lang=es&clinic-name=Lyman%20Support%20Centers&nonsense=1`);
  await page.locator('#second').evaluate((f, src) => { f.src = src; }, `${FRAME}?lang=en`);
  const frame = page.frameLocator('iframe[data-trd-frame] >> nth=0');
  const root = frame.locator('trd-widget .trd');
  await expect(root).toHaveAttribute('lang', 'es');
  const iframe = page.locator('iframe[data-trd-frame]').first();
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

  // The second frame on the page is sized too, to its own content (once in
  // view: Chromium does not render a cross-origin frame out of view, so
  // it reports its height when the visitor scrolls to it).
  const second = page.locator('#second');
  await second.scrollIntoViewIfNeeded();
  await expect(page.frameLocator('#second').locator('trd-widget .trd')).toHaveAttribute('lang', 'en');
  await expect.poll(async () => Math.abs((await second.evaluate((f) => f.getBoundingClientRect().height)) - (await page.frameLocator('#second').locator('html').evaluate((h) => h.getBoundingClientRect().height)))).toBeLessThanOrEqual(1);

  // A message from anywhere but the frame, or one that is not a number,
  // does not move it. Messages arrive in order: once the page has seen the
  // frame's last one (a probe), the snippet has handled those before it.
  const before = await iframe.evaluate((f) => f.style.height);
  await page.evaluate(() => {
    window.probed = false;
    addEventListener('message', (e) => { if (e.data && e.data.type === 'probe') window.probed = true; });
    window.postMessage({ type: 'trd-widget:height', height: 5 }, '*');
  });
  const inside = page.frames().find((f) => f.url().includes('lang=es'));
  await inside.evaluate(() => {
    for (const height of ['5', '5px', Infinity, NaN, null]) parent.postMessage({ type: 'trd-widget:height', height }, '*');
    parent.postMessage({ type: 'probe' }, '*');
  });
  await page.waitForFunction(() => window.probed);
  expect(await iframe.evaluate((f) => f.style.height)).toBe(before);
});
