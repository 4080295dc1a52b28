// The configurator for clinic staff: options update the live preview and
// every snippet; a copied snippet pasted into a fresh page gives the same
// widget (the CDN snippet, with its integrity, served by a stand-in).
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { Widget } from '../support/widget.mjs';
import { integrity, wasmName, readmeFrameScript } from '../support/build.mjs';
import { axePageViolations } from '../support/axe.mjs';

const PACKAGE = new URL('../../../target/cdn/package/', import.meta.url);

test('options update the preview and every snippet; the copied snippet gives the same widget', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/configure.html');
  const preview = await new Widget(page, page.locator('#preview')).ready();
  const form = page.locator('#options');
  await form.getByLabel('Language').selectOption('es');
  await form.getByLabel('Clinic name').fill('Lyman Support Centers');
  await form.getByLabel('Clinic phone').fill('(303) 591-1960');
  await form.getByLabel('Booking link (https://…)').fill('https://clinic.example/book');
  await form.getByLabel('Region').selectOption('us');
  await form.getByLabel('Your crisis line 1').fill('Denver Health | (303) 602-7221');
  await form.getByLabel('Accent colour').fill('#006400');
  await form.getByLabel('Colours').selectOption('auto');
  await form.getByLabel("Offer to remember totals on the visitor's device").check();
  await form.getByLabel('Explainers').uncheck();

  await expect(preview.root).toHaveAttribute('lang', 'es');
  await expect(preview.crisisBlock().locator('a[href="tel:18444938255"]')).toHaveCount(0);
  await expect(preview.crisisBlock().locator('[data-clinic-line]')).toContainText('Denver Health');
  await expect.poll(() => preview.button('Comenzar').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(0, 100, 0)');
  await expect(preview.root.locator('button[data-learn]').locator('..')).toBeHidden();
  await expect(preview.root).toHaveAttribute('data-theme', 'auto');

  const snippet = (name) => page.locator(`[data-snippet="${name}"] textarea`);
  const cdn = await snippet('cdn').inputValue();
  expect(cdn).toContain(`integrity="${integrity()['trd-widget.js']}"`);
  expect(cdn).toContain('https://cdn.jsdelivr.net/npm/trd-widget@0.1.0/dist/trd-widget/trd-widget.js');
  expect(cdn).toContain('lang="es" clinic-name="Lyman Support Centers" clinic-phone="(303) 591-1960" booking-url="https://clinic.example/book" crisis-region="us" crisis-line-1="Denver Health | (303) 602-7221" theme="auto" accent-color="#006400" sections="phq9,staging" remember>');
  await expect(snippet('wordpress')).toHaveValue(
    '[trd_widget lang="es" clinic_name="Lyman Support Centers" clinic_phone="(303) 591-1960" booking_url="https://clinic.example/book" crisis_region="us" crisis_line_1="Denver Health | (303) 602-7221" theme="auto" accent_color="#006400" sections="phq9,staging" remember="true"]',
  );
  const framed = await snippet('frame').inputValue();
  expect(framed).toContain('frame.html?lang=es&clinic-name=Lyman%20Support%20Centers');
  expect(framed).toContain('&theme=auto&');
  expect(framed).not.toContain('remember');
  // The frame's sizing script is README's, word for word.
  expect(framed).toContain(readmeFrameScript());
  expect(await snippet('self').inputValue()).toContain('<trd-widget lang="es" clinic-name="Lyman Support Centers"');
  const violations = await axePageViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);

  await page.getByRole('button', { name: 'Copy the CDN snippet' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied. Paste it into your page.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(cdn);

  // Paste it into a fresh clinic page; the CDN is the packed package.
  const fresh = await browser.newPage();
  await fresh.route('https://cdn.jsdelivr.net/npm/trd-widget@0.1.0/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace('/npm/trd-widget@0.1.0/', '');
    route.fulfill({
      status: 200,
      headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': path.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' },
      body: readFileSync(new URL(path, PACKAGE)),
    });
  });
  await fresh.route('https://clinic.example/self-check', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><html lang="en"><body><h1>Self-check</h1>${copied}</body></html>` }),
  );
  await fresh.goto('https://clinic.example/self-check');
  const pasted = await new Widget(fresh, fresh.locator('trd-widget'), 'es').ready();
  await expect(pasted.root).toHaveAttribute('lang', 'es');
  await expect(pasted.crisisBlock().locator('[data-clinic-line]')).toContainText('Denver Health');
  await expect.poll(() => pasted.button('Comenzar').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(0, 100, 0)');
  await expect(pasted.root).toHaveAttribute('data-theme', 'auto');
  const attrs = (w) => w.host.evaluate((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`).filter((a) => !a.startsWith('id=')).sort());
  expect(await attrs(pasted)).toEqual(await attrs(preview));
  expect(wasmName()).toMatch(/wasm$/);
  await fresh.close();
});

test('the configurator works with the keyboard alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/configure.html');
  await new Widget(page, page.locator('#preview')).ready();
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (el.tagName === 'TRD-WIDGET') return 'widget';
      return ((el.labels && el.labels[0]) || el).textContent.trim();
    });
  const passed = [];
  /** Tab (only Tab) until the control named `name` has the focus. */
  const tabTo = async (name) => {
    for (let i = 0; i < 60 && (await focused()) !== name; i += 1) {
      await page.keyboard.press('Tab');
      passed.push(await focused());
    }
    expect(await focused()).toBe(name);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    expect(ring, `${name} shows its focus`).toBe('solid');
  };
  await tabTo('Language');
  await page.keyboard.press('ArrowDown'); // English
  await page.keyboard.press('ArrowDown'); // Español
  await tabTo('Clinic name');
  await page.keyboard.type('Lyman Support Centers');
  await tabTo('Colours');
  await page.keyboard.press('ArrowDown');
  await tabTo('Explainers');
  await page.keyboard.press('Space');
  await tabTo("Offer to remember totals on the visitor's device");
  await page.keyboard.press('Space');
  await tabTo('Copy the CDN snippet');
  // On the way the focus went through the live preview, in and out again.
  expect(passed).toContain('widget');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Copied. Paste it into your page.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('<trd-widget lang="es" clinic-name="Lyman Support Centers" theme="auto" sections="phq9,staging" remember>');
  await expect(page.locator('#preview')).toHaveAttribute('theme', 'auto');
});

test('without integrity.txt the CDN snippet says the integrity is unavailable, never an empty attribute', async ({ page }) => {
  await page.route('**/trd-widget/integrity.txt', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/configure.html');
  const cdn = page.locator('[data-snippet="cdn"] textarea');
  await expect(cdn).toHaveValue(/integrity unavailable/);
  expect(await cdn.inputValue()).not.toContain('integrity=""');
});
