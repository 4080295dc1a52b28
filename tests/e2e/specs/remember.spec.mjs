// "Remember on this device" (only with the clinic's `remember` option, only
// after the visitor ticks it): one namespaced key, totals over time as a
// chart with a text alternative and in the summary, "forget" removes it;
// blocked or corrupted storage is a calm message, never a broken widget.
import { test, expect } from '@playwright/test';
import { Widget, recordConsole } from '../support/widget.mjs';
import { axeViolations } from '../support/axe.mjs';
import { packsFor, wasmName } from '../support/build.mjs';

const KEY = 'trd-widget:remembered';

async function page_with_remember(page) {
  await page.goto('/e2e/dynamic.html');
  await page.evaluate(() => {
    const el = document.createElement('trd-widget');
    el.setAttribute('remember', '');
    el.setAttribute('lang', 'en');
    document.getElementById('slot').append(el);
  });
  return new Widget(page).ready();
}

async function complete(widget, values) {
  await widget.start();
  await widget.answerAll(values, { difficulty: values.some((v) => v > 0) ? 1 : null });
  await widget.seeResult();
}

test('opt-in remembers totals over time in one key; the chart and summary show them; forget removes it', async ({ page, context }) => {
  const console = recordConsole(page);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  // Two earlier visits, as the widget itself would have stored them.
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, JSON.stringify({ version: 1, phq9: [{ date: '2026-09-01', total: 21 }, { date: '2026-10-15', total: 16 }] }));
    }
  }, KEY);
  const widget = await page_with_remember(page);
  await complete(widget, [1, 1, 1, 1, 1, 1, 1, 1, 0]);
  const panel = widget.root.locator('[data-remember]');
  await expect(panel).toBeVisible();
  // Restored from the earlier visits: the visitor had opted in then.
  await expect(panel.getByRole('checkbox', { name: 'Remember my totals on this device' })).toBeChecked();
  const chart = panel.locator('[data-progress]');
  await expect(chart.locator('circle')).toHaveCount(3);
  await expect(chart.locator('desc')).toContainText('September 1, 2026: 21 (severe); October 15, 2026: 16 (moderately severe);');
  await expect(chart.locator('li')).toHaveCount(3);
  // Saving goes through the remembering pack (issue 17): wait for the write.
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key)).phq9.map((e) => e.total), KEY)).toEqual([21, 16, 8]);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);
  expect(stored.version).toBe(1);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([KEY]);
  const violations = await axeViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);

  await widget.button('Summary for my doctor').click();
  await expect(widget.root.locator('[data-summary] [data-progress] li')).toHaveCount(3);
  await widget.button('Back').click();

  await widget.root.locator('[data-forget]').click();
  await expect(panel.getByRole('checkbox')).not.toBeChecked();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(console.errors()).toEqual([]);
  // Privacy on the opted-in path: nothing but the page and the widget's files.
  expect(requests.filter((p) => !p.startsWith('/e2e/') && !p.startsWith('/trd-widget/'))).toEqual([]);
  // Each of the widget's files once: the first load, then the packs of the
  // screens opened and of the remembering code (issue 17).
  const widgetFiles = requests.filter((p) => p.startsWith('/trd-widget/')).map((p) => p.slice('/trd-widget/'.length));
  expect(widgetFiles.sort()).toEqual(['trd-widget.js', wasmName(), ...packsFor('answers', 'summary', 'storage')].sort());
});

test('nothing is stored until the visitor ticks the box', async ({ page }) => {
  const widget = await page_with_remember(page);
  await complete(widget, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const box = widget.root.getByRole('checkbox', { name: 'Remember my totals on this device' });
  await expect(box).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  // The first tick fetches the remembering code (issue 17), so the write
  // lands a moment after the click: wait for it, not a fixed time.
  await box.check();
  await expect
    .poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"phq9":[]}').phq9.length, KEY))
    .toBe(1);
  await box.uncheck();
  await expect.poll(() => page.evaluate(() => localStorage.length)).toBe(0);
});

test('a tick and an untick before the remembering code arrives leave nothing stored', async ({ page }) => {
  // Hold the remembering pack back until the visitor has changed their mind.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/trd-widget_storage-*.bin', async (route) => {
    await held;
    await route.continue();
  });
  // Every write and removal the page makes, in order: the signal that the
  // held operations have run, and what they did.
  await page.addInitScript(() => {
    window.__storageCalls = [];
    const { setItem, removeItem } = Storage.prototype;
    Storage.prototype.setItem = function (...args) {
      window.__storageCalls.push('set');
      return setItem.apply(this, args);
    };
    Storage.prototype.removeItem = function (...args) {
      window.__storageCalls.push('remove');
      return removeItem.apply(this, args);
    };
  });
  const widget = await page_with_remember(page);
  await complete(widget, [1, 0, 0, 0, 0, 0, 0, 0, 0]);
  const box = widget.root.getByRole('checkbox', { name: 'Remember my totals on this device' });
  await box.check();
  await box.uncheck();
  release();
  // Both operations run once the code is there, each deciding from the
  // visitor's last choice: two removals, and no write at any moment.
  await expect.poll(() => page.evaluate(() => window.__storageCalls.filter((c) => c === 'remove').length)).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => window.__storageCalls.filter((c) => c === 'set'))).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await expect(box).not.toBeChecked();
  await box.check();
  await expect.poll(() => page.evaluate(() => localStorage.length)).toBe(1);
});

test('a corrupted value is a calm message and a fresh start', async ({ page }) => {
  const console = recordConsole(page);
  await page.addInitScript((key) => localStorage.setItem(key, '{"version":1,"phq9":"junk"'), KEY);
  const widget = await page_with_remember(page);
  await complete(widget, [2, 2, 2, 2, 2, 2, 2, 2, 0]);
  await expect(widget.root.locator('[data-remember] [role="status"]')).toHaveText('What was saved on this device could not be read, so the widget started fresh.');
  expect(console.errors()).toEqual([]);
  expect(await widget.result()).toMatchObject({ score: 16 });
});

test('blocked storage: a calm message, and everything else works', async ({ page }) => {
  const console = recordConsole(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const widget = await page_with_remember(page);
  await complete(widget, [1, 0, 0, 0, 0, 0, 0, 0, 0]);
  await expect(widget.root.locator('[data-remember] [role="status"]')).toHaveText('This browser does not allow saving here, so your answers cannot be remembered. Everything else works.');
  // Ticking cannot remember anything here: the box does not stay ticked.
  await widget.root.getByRole('checkbox', { name: 'Remember my totals on this device' }).click();
  await expect(widget.root.getByRole('checkbox', { name: 'Remember my totals on this device' })).not.toBeChecked();
  expect(console.errors()).toEqual([]);
  expect(await widget.result()).toMatchObject({ score: 1 });
});

test('without the clinic option there is no offer and no storage access', async ({ page }) => {
  await page.addInitScript(() => {
    window.__touched = false;
    const proto = Storage.prototype;
    for (const name of ['getItem', 'setItem', 'removeItem']) {
      const original = proto[name];
      proto[name] = function (...args) { window.__touched = true; return original.apply(this, args); };
    }
  });
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await complete(widget, [1, 1, 1, 1, 1, 1, 1, 1, 1]);
  await expect(widget.root.locator('[data-remember]')).toBeHidden();
  expect(await page.evaluate(() => window.__touched)).toBe(false);
});

test('a remembered treatment history comes back on the next visit, and is saved at the results', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, JSON.stringify({
        version: 1,
        phq9: [],
        history: {
          trials: [{ medicine: 'sertraline', weeks: 10, dose: 'amount', amount: 100000, outcome: 'no-help', dose_raised: false, duration_extended: false, augmented_with: null }],
          ect: [],
          months: 12500,
          severity: 3,
          other: [],
        },
      }));
    }
  }, KEY);
  await page.goto('/e2e/dynamic.html');
  await page.evaluate(() => {
    const el = document.createElement('trd-widget');
    el.setAttribute('remember', '');
    el.setAttribute('sections', 'staging');
    document.getElementById('slot').append(el);
  });
  const widget = await new Widget(page).ready();
  await widget.button('Start').click();
  await expect(widget.root.locator('[data-medicine="sertraline"]')).toContainText('Sertraline (Zoloft)');
  await expect(widget.root.getByLabel('How many months has this episode lasted?')).toHaveValue('12.5');
  await widget.button('See my results').click();
  await expect(widget.root.locator('[data-instrument="maudsley"]')).toHaveAttribute('data-score', '6');
  await expect(widget.root.locator('[data-remember]').getByRole('checkbox')).toBeChecked();
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key)).history?.trials.map((t) => t.medicine), KEY)).toEqual(['sertraline']);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);
  expect(stored.history.months).toBe(12500);
});

test('a full storage: the box does not stay ticked and a calm message says why', async ({ page }) => {
  const console = recordConsole(page);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  const widget = await page_with_remember(page);
  await complete(widget, [1, 1, 0, 0, 0, 0, 0, 0, 0]);
  await widget.root.getByRole('checkbox', { name: 'Remember my totals on this device' }).click();
  await expect(widget.root.locator('[data-remember] [role="status"]')).toHaveText('Your answers could not be saved on this device. It may be full. Everything else works.');
  await expect(widget.root.getByRole('checkbox', { name: 'Remember my totals on this device' })).not.toBeChecked();
  expect(console.errors()).toEqual([]);
});
