// Host pages that fight the widget (issue 10): a reset of every property,
// a fixed header over a transformed container, the snippet pasted twice
// with the page's own globals named like ours, a <base href> elsewhere,
// and a locked or frozen element registry. Each ends with a widget that
// works, or, where the page makes that impossible, the fallback and one
// clear console message; never a page error.
import { test, expect } from '@playwright/test';
import { Widget, recordConsole } from '../support/widget.mjs';

test('a reset of every property (* { all: unset !important }) and html at 62.5% leave the widget as it is', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/all-unset.html');
  const widget = await new Widget(page).ready();
  const look = await widget.root.evaluate((root) => {
    const style = getComputedStyle(root);
    return { fontSize: style.fontSize, display: style.display, fontFamily: style.fontFamily };
  });
  expect(look.fontSize).toBe('16px');
  expect(look.display).toBe('block');
  expect(look.fontFamily).toContain('system-ui');
  // The reset makes the host element inline (the page's !important beats
  // :host, on purpose: clinics may style the element's box); the widget's
  // block wrapper still takes the page's width, up to its own maximum.
  const widths = await widget.root.evaluate((root) => ({
    widget: root.getBoundingClientRect().width,
    page: document.body.getBoundingClientRect().width,
    max: parseFloat(getComputedStyle(root).maxWidth),
  }));
  expect(widths.max).toBe(672);
  expect(Math.abs(widths.widget - Math.min(widths.page, widths.max))).toBeLessThan(1);
  await widget.start();
  await expect(widget.radios()).toHaveCount(4);
  await expect(widget.radios().first()).toBeVisible();
  const fieldset = await widget.fieldset().evaluate((f) => getComputedStyle(f).display);
  expect(fieldset).toBe('block');
  await widget.answer(1);
  await widget.next();
  await expect(widget.heading()).toHaveText('Question 2 of 9');
  expect(console.errors()).toEqual([]);
});

test('a fixed header over a transformed container: the crisis panel comes into view below the header', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const console = recordConsole(page);
  await page.goto('/e2e/fixed-header.html');
  const widget = await new Widget(page).ready();
  await widget.toItemNine();
  // Scroll so the answers sit just under the header, the widget's top far above.
  await widget.radios().last().evaluate((radio) => {
    radio.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -110);
  });
  await widget.radios().nth(2).tap();
  await expect(widget.crisisPanel()).toBeInViewport();
  const box = await widget.crisisPanel().boundingBox();
  const header = await page.locator('.site-header').boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
  // What the header would hide is what matters: the panel's heading is not under it.
  const covered = await widget.crisisPanel().locator('h2').evaluate((h2) => {
    const r = h2.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + 2, r.top + 2);
    return top && top.closest('.site-header') !== null;
  });
  expect(covered).toBe(false);
  expect(console.errors()).toEqual([]);
  await context.close();
});

test('the snippet pasted twice, widgets before and after the script, host globals named like ours', async ({ page }) => {
  const console = recordConsole(page);
  // The second script is another build: its own wasm name and hash. It
  // must not fetch its wasm or define anything.
  const script = await (await page.request.get('/trd-widget/trd-widget.js')).text();
  const other = script.replace(/trd-widget_bg-[0-9a-f]{16}\.wasm/, 'trd-widget_bg-00000000000000v2.wasm');
  expect(other).not.toBe(script);
  await page.route('**/trd-widget/v2/trd-widget.js', (route) => route.fulfill({ contentType: 'text/javascript', body: other }));
  const wasm = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname);
  });
  await page.goto('/e2e/included-twice.html');
  const before = await new Widget(page, page.locator('#before')).ready();
  const after = await new Widget(page, page.locator('#after'), 'es').ready();
  await before.start();
  await after.start();
  await expect(before.heading()).toHaveText('Question 1 of 9');
  await expect(after.heading()).toHaveText('Pregunta 1 de 9');
  // One shadow root each, one widget each.
  const roots = await page.evaluate(() =>
    [...document.querySelectorAll('trd-widget')].map((el) => el.shadowRoot?.querySelectorAll('.trd').length),
  );
  expect(roots).toEqual([1, 1]);
  // The second copy says so once and does nothing else.
  const twice = console.warnings().filter((m) => m.text.includes('included more than once'));
  expect(twice).toHaveLength(1);
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/^\/trd-widget\/trd-widget_bg-[0-9a-f]{16}\.wasm$/);
  // The page's own globals are left alone, and we say why the API is off.
  const globals = await page.evaluate(() => ({ api: window.TrdWidget, glue: window.wasm_bindgen }));
  expect(globals).toEqual({ api: { mine: true }, glue: 'the host page owns this name' });
  expect(console.warnings().filter((m) => m.text.includes('window.TrdWidget is already defined'))).toHaveLength(1);
  expect(console.errors()).toEqual([]);
});

test('a <base href> pointing elsewhere changes nothing: the wasm comes from beside the script', async ({ page, baseURL }) => {
  const console = recordConsole(page);
  const elsewhere = [];
  await page.route('https://elsewhere.invalid/**', (route) => {
    elsewhere.push(route.request().url());
    route.abort();
  });
  await page.route('**/e2e/base-href.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Base elsewhere</title>
        <base href="https://elsewhere.invalid/pages/">
        <script src="${baseURL}/trd-widget/trd-widget.js" defer></script></head>
        <body><trd-widget lang="en">If you are in crisis, call or text 988.</trd-widget></body></html>`,
    }),
  );
  const wasm = page.waitForRequest((request) => request.url().endsWith('.wasm'));
  await page.goto('/e2e/base-href.html');
  expect(new URL((await wasm).url()).origin).toBe(new URL(baseURL).origin);
  const widget = await new Widget(page).ready();
  await widget.start();
  expect(elsewhere).toEqual([]);
  expect(console.errors()).toEqual([]);
});

test('a locked element registry: the fallback stays, one clear message, the page carries on', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/locked-registry.html');
  await page.waitForFunction(() => window.hostScriptRan === true);
  await expect(page.locator('trd-widget p')).toHaveText('If you are in crisis, call or text 988.');
  await expect(page.locator('trd-widget p')).toBeVisible();
  const errors = console.errors();
  expect(errors).toHaveLength(1);
  expect(errors[0].type).toBe('error');
  expect(errors[0].text).toContain('trd-widget: could not register <trd-widget>');
  expect(errors[0].text).toContain('fallback content stays visible');
});

test('a frozen registry with a wrapped define: the widget still works', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/frozen-registry.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  expect(await page.evaluate(() => window.definedByPage)).toEqual(['trd-widget']);
  expect(console.errors()).toEqual([]);
});

test('an element another script took with a closed shadow root: one message, its prefix once', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/closed-root.html');
  await expect.poll(() => console.errors().length).toBe(1);
  const [error] = console.errors();
  expect(error.text).toMatch(/^trd-widget: could not start \(could not attach a shadow root to <trd-widget>/);
  expect(error.text.split('trd-widget: ')).toHaveLength(2);
  await expect(page.locator('h1')).toBeVisible();
});
