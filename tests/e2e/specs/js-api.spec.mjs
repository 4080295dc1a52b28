// The JavaScript API: TrdWidget.mount(element, options) with a handle
// (update, unmount); calls made before the script loaded are queued and
// replayed; unknown options warn once; TrdWidget is the only global.
import { test, expect } from '@playwright/test';
import { Widget, recordConsole } from '../support/widget.mjs';

test('queued calls are replayed; mount, update and unmount work after load', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/js-api.html');
  const early = await new Widget(page, page.locator('#early trd-widget'), 'es').ready();
  await expect(early.root).toHaveAttribute('lang', 'es');
  await expect(early.button('Comenzar')).toBeVisible();
  await expect.poll(() => early.button('Comenzar').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(0, 100, 0)');
  // The queued mount-then-unmount left nothing behind.
  await expect(page.locator('#gone trd-widget')).toHaveCount(0);

  // The handle of a queued call now drives the real widget.
  await early.start();
  await early.answer(1);
  await page.evaluate(() => window.earlyHandle.update({ lang: 'en' }));
  await expect(early.root).toHaveAttribute('lang', 'en');
  await expect(early.radios().nth(1)).toBeChecked();

  await page.evaluate(() => {
    window.lateHandle = TrdWidget.mount(document.getElementById('late'), { sections: 'learn', events: true, colour: 'red' });
  });
  const late = await new Widget(page, page.locator('#late trd-widget')).ready();
  await expect(late.root).toHaveAttribute('data-screen', 'learn');
  await expect(page.locator('#late trd-widget')).toHaveAttribute('events', '');
  expect(console.warnings().map((w) => w.text).filter((t) => t.includes('unknown option "colour"'))).toHaveLength(1);
  // camelCase keys, digits included, reach the widget (crisisLine1 is
  // crisis-line-1); an unknown camelCase key warns once.
  await page.evaluate(() => window.lateHandle.update({ crisisLine1: 'Denver Health | (303) 602-7221', crisisLine4: 'x' }));
  await expect(page.locator('#late trd-widget')).toHaveAttribute('crisis-line-1', 'Denver Health | (303) 602-7221');
  await expect(late.root.locator('a[href="tel:3036027221"]')).not.toHaveCount(0);
  expect(console.warnings().map((w) => w.text).filter((t) => t.includes('unknown option "crisisLine4"'))).toHaveLength(1);
  await page.evaluate(() => window.lateHandle.unmount());
  await expect(page.locator('#late trd-widget')).toHaveCount(0);

  // TrdWidget.check: the widget's own word on options, without a widget.
  const problems = await page.evaluate(() => TrdWidget.check({ clinicUrl: 'javascript:alert(1)', crisisLine1: 'no line here', lang: 'es' }));
  expect(problems.map((p) => p.option)).toEqual(['clinic-url', 'crisis-line-1']);
  expect(problems[0].message).toBe('trd-widget: <trd-widget clinic-url="javascript:alert(1)">: not accepted; use an https:// address (http:// only on localhost). The default is used.');
  expect(await page.evaluate(() => TrdWidget.check({ 'clinic-url': 'https://clinic.example', theme: 'auto' }))).toEqual([]);

  // Bad calls warn and do nothing.
  await page.evaluate(() => TrdWidget.mount('#not-an-element', {}));
  expect(console.warnings().some((w) => w.text.includes('TrdWidget.mount needs an element'))).toBe(true);

  // TrdWidget is the one global the widget adds (the page's own handles aside).
  const added = await page.evaluate(() => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const fresh = new Set(Object.keys(frame.contentWindow));
    frame.remove();
    return Object.keys(window).filter((k) => !fresh.has(k) && !['earlyHandle', 'lateHandle'].includes(k));
  });
  expect(added).toEqual(['TrdWidget']);
  expect(await page.evaluate(() => Object.isFrozen(window.TrdWidget))).toBe(true);
  expect(console.errors()).toEqual([]);
});
