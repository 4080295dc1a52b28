// Embedding: several widgets, late insertion, removal, moving, a deep
// install folder, a missing .wasm, malformed attributes, hostile CSS.
import { test, expect } from '@playwright/test';
import { Widget, recordConsole } from '../support/widget.mjs';
import { wasmName } from '../support/build.mjs';

test('two widgets on one page keep separate answers and languages', async ({ page }) => {
  await page.goto('/e2e/two-widgets.html');
  const first = await new Widget(page, page.locator('#first'), 'en').ready();
  const second = await new Widget(page, page.locator('#second'), 'es').ready();
  await first.start();
  await second.start();
  await first.answerAll([3, 3, 3, 3, 3, 0, 0, 0, 0]);
  await second.answerAll([0, 1, 0, 0, 0, 0, 0, 0, 1]);
  await first.seeResult();
  await second.seeResult();
  expect(await first.result()).toMatchObject({ score: 15, level: 'moderately-severe' });
  expect(await second.result()).toMatchObject({ score: 2, level: 'none-minimal' });
  await expect(second.crisisPanel()).toBeVisible();
  await expect(first.crisisPanel()).toHaveCount(0);
  await expect(first.root).toHaveAttribute('lang', 'en');
  await expect(second.root).toHaveAttribute('lang', 'es');
});

test('widgets inserted after load mount; removed ones unmount; moved ones keep answers', async ({ page }) => {
  await page.goto('/e2e/dynamic.html');
  await page.waitForFunction(() => customElements.get('trd-widget'));
  await page.evaluate(() => {
    const widget = document.createElement('trd-widget');
    widget.setAttribute('lang', 'en');
    widget.textContent = 'If you are in crisis, call or text 988.';
    document.querySelector('#slot').append(widget);
  });
  const widget = await new Widget(page).ready();
  await widget.start();
  await widget.answer(2);

  // A move (as an SPA re-parenting a node) keeps the widget and its answer.
  await page.evaluate(() => document.querySelector('#other-slot').append(document.querySelector('trd-widget')));
  await expect(widget.heading()).toHaveText('Question 1 of 9');
  await expect(widget.radios().nth(2)).toBeChecked();

  // Removal unmounts: the shadow root is emptied, the answers are gone.
  const emptied = await page.evaluate(async () => {
    const element = document.querySelector('trd-widget');
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.__removed = element;
    return element.shadowRoot.childElementCount;
  });
  expect(emptied).toBe(0);

  // Re-inserting mounts it again, from the start.
  await page.evaluate(() => document.querySelector('#slot').append(window.__removed));
  await new Widget(page).ready();
  await expect(widget.root).toHaveAttribute('data-screen', 'intro');
  expect(await page.evaluate(() => document.querySelector('trd-widget').shadowRoot.querySelectorAll('.trd').length)).toBe(1);
});

test('no listener outlives a removed widget', async ({ page }) => {
  await page.goto('/e2e/dynamic.html');
  await page.waitForFunction(() => customElements.get('trd-widget'));
  const client = await page.context().newCDPSession(page);
  const countListeners = async (expression) => {
    const { result } = await client.send('Runtime.evaluate', { expression });
    const { listeners } = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
    return listeners.length;
  };
  const before = await countListeners('document');
  await page.evaluate(() => {
    for (let i = 0; i < 5; i += 1) {
      const widget = document.createElement('trd-widget');
      widget.setAttribute('lang', 'en');
      document.querySelector('#slot').append(widget);
    }
  });
  await expect(page.locator('trd-widget .trd')).toHaveCount(5);
  const mounted = await countListeners('document');
  expect(mounted).toBeGreaterThan(before);
  await page.evaluate(async () => {
    window.__kept = [...document.querySelectorAll('trd-widget')];
    window.__kept.forEach((element) => element.remove());
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  // The detached elements are still reachable from window.__kept; their
  // shadow trees must hold no listeners.
  const { result } = await client.send('Runtime.evaluate', { expression: 'window.__kept[0]' });
  const { listeners } = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
  expect(listeners).toEqual([]);
  expect(await countListeners('document')).toBe(before);
});

test('the widget finds its files relative to its own URL in a deep folder', async ({ page }) => {
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/e2e/deep-path.html');
  await new Widget(page).ready();
  expect(requests).toContain('/vendor/cms/assets/trd-widget/trd-widget.js');
  expect(requests).toContain(`/vendor/cms/assets/trd-widget/${wasmName()}`);
  expect(requests.filter((path) => path.startsWith('/trd-widget/'))).toEqual([]);
});

test('a missing .wasm leaves the fallback content visible with one clear console message', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/missing-wasm.html');
  const fallback = page.locator('trd-widget .fallback');
  await expect.poll(() => console.errors().some((m) => m.text.startsWith('trd-widget: could not load'))).toBe(true);
  await expect(fallback).toBeVisible();
  await expect(fallback).toHaveText('If you are in crisis, call or text 988.');
  // No widget inside (a slow failure may have shown the loading bar's slot).
  expect(await page.evaluate(() => document.querySelector('trd-widget').shadowRoot?.querySelector('.trd') ?? null)).toBeNull();
  const ours = console.errors().filter((m) => m.text.startsWith('trd-widget:'));
  expect(ours).toHaveLength(1);
  expect(ours[0].text).toContain(`/missing/trd-widget/${wasmName()}`);
  expect(ours[0].text).toContain('missing');
  expect(ours[0].text).toContain('fallback content');
});

test('malformed attributes: one warning each, sensible defaults, no broken page', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/hostile.html');
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  // lang="klingon" on a Spanish page: the page's language is the default.
  await expect(widget.root).toHaveAttribute('lang', 'es');
  const warnings = console.warnings().map((m) => m.text).filter((text) => text.startsWith('trd-widget:'));
  expect(warnings).toHaveLength(2);
  expect(warnings[0]).toContain('lang="klingon"');
  expect(warnings[0]).toContain('accepted values are en, es');
  expect(warnings[1]).toContain('clinic-phone="call us!"');
  expect(console.errors()).toEqual([]);
  await widget.start();
  await widget.answerAll([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  await widget.seeResult();
  // No clinic phone: the generic next step, and no tel: link but the crisis ones.
  await expect(widget.root).toContainText('Hable de sus respuestas con su médico');
});

test('a changed lang attribute switches the language; an unknown one warns and keeps it', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  await widget.answer(1);
  await page.locator('trd-widget').evaluate((element) => element.setAttribute('lang', 'es'));
  await expect(widget.root).toHaveAttribute('lang', 'es');
  await expect(widget.radios().nth(1)).toBeChecked();
  await page.locator('trd-widget').evaluate((element) => element.setAttribute('lang', 'xx'));
  await expect.poll(() => console.warnings().some((m) => m.text.includes('lang="xx"'))).toBe(true);
  await expect(widget.root).toHaveAttribute('lang', 'es');
});

test("hostile host CSS does not reach the widget, and the widget's CSS does not reach the page", async ({ page }) => {
  await page.goto('/e2e/hostile.html');
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  await widget.start();
  const inside = await widget.fieldset().locator('.trd-item-text').evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      fontFamily: style.fontFamily,
      color: style.color,
      textTransform: style.textTransform,
      letterSpacing: style.letterSpacing,
      direction: style.direction,
      display: style.display,
    };
  });
  expect(inside.fontFamily).toContain('system-ui');
  expect(inside.fontFamily).not.toContain('Comic Sans');
  expect(inside.color).toBe('rgb(29, 35, 39)');
  expect(inside.textTransform).toBe('none');
  expect(inside.letterSpacing).toBe('normal');
  expect(inside.direction).toBe('ltr');
  expect(inside.display).toBe('block');
  await expect(widget.radios().first()).toBeVisible();
  const rootFontSize = await widget.root.evaluate((element) => getComputedStyle(element).fontSize);
  expect(rootFontSize).toBe('16px');

  // Host elements that share the widget's class names keep the host's look.
  const host = await page.evaluate(() => {
    const button = getComputedStyle(document.querySelector('#host-button'));
    const div = getComputedStyle(document.querySelector('#host-div'));
    return { buttonBackground: button.backgroundColor, divBorder: div.borderTopWidth, divPadding: div.paddingTop };
  });
  expect(host.buttonBackground).not.toBe('rgb(20, 90, 141)');
  expect(host.divBorder).toBe('0px');
  expect(host.divPadding).toBe('0px');
});

test('blocked storage (every storage API throws) changes nothing: the widget never needs it', async ({ page }) => {
  const console = recordConsole(page);
  await page.addInitScript(() => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) {
      Object.defineProperty(window, name, { get: blocked, configurable: true });
    }
    Object.defineProperty(Document.prototype, 'cookie', { get: blocked, set: blocked, configurable: true });
  });
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  await widget.answerAll([2, 2, 2, 2, 2, 0, 0, 0, 0]);
  await widget.seeResult();
  expect(await widget.result()).toEqual({ instrument: 'phq9', score: 10, level: 'moderate' });
  expect(console.errors()).toEqual([]);
});
