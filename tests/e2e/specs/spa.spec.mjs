// A React single-page app as the host (react 19, react-dom, react-router
// from npm, bundled by esbuild): its routes mount and unmount the widget.
// Ten visits later there is exactly one widget, no listener left behind,
// the wasm's memory has not grown past the first visit's plus a margin,
// and answers lived only as long as the element.
import { test, expect } from '@playwright/test';
import { Widget, recordConsole } from '../support/widget.mjs';

test('navigating away and back 10 times in a React app: one widget, no leaks, answers only while it lives', async ({ page }) => {
  const console = recordConsole(page);
  const client = await page.context().newCDPSession(page);
  const listeners = async () => {
    const { result } = await client.send('Runtime.evaluate', { expression: 'document' });
    const found = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
    return found.listeners.length;
  };
  // After a full GC: backing stores (ArrayBuffers, the wasm's linear memory
  // among them), and every DOM node and JS event listener the page still
  // holds, attached or not (a widget left mounted keeps its detached shadow
  // tree alive through the wasm's references).
  const memory = async () => {
    await client.send('HeapProfiler.enable');
    // Several rounds: finalizers and Blink's own collector run after V8's.
    for (let round = 0; round < 3; round += 1) {
      await client.send('HeapProfiler.collectGarbage');
      await page.waitForTimeout(100);
    }
    const usage = await client.send('Runtime.getHeapUsage');
    const counters = await client.send('Memory.getDOMCounters');
    return { backing: usage.backingStorageSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
  };

  await page.goto('/spa/');
  await expect(page.getByRole('heading', { name: 'Welcome to the clinic' })).toBeVisible();
  const visit = async () => {
    await page.getByRole('link', { name: 'Self-check' }).click();
    const widget = await new Widget(page).ready();
    await expect(page.locator('trd-widget')).toHaveCount(1);
    await expect(page.locator('trd-widget .trd')).toHaveCount(1);
    // A fresh widget each time: the answers of the last visit are gone.
    await expect(widget.button('Start')).toBeVisible();
    await widget.start();
    await widget.answer(2);
    await widget.next();
    await expect(widget.heading()).toHaveText('Question 2 of 9');
    await page.getByRole('link', { name: 'About us' }).click();
    await expect(page.getByRole('heading', { name: 'About the clinic' })).toBeVisible();
    await expect(page.locator('trd-widget')).toHaveCount(0);
  };

  await visit();
  const firstListeners = await listeners();
  const first = await memory();
  expect(first.backing).toBeGreaterThan(0);
  for (let n = 2; n <= 10; n += 1) await visit();
  expect(await listeners()).toBe(firstListeners);
  const last = await memory();
  // The wasm's memory never shrinks, so a leak shows as growth. A margin
  // of one 64 KiB page per visit covers allocator slack, not a leaked widget.
  expect(last.backing - first.backing).toBeLessThanOrEqual(9 * 64 * 1024);
  // A widget is a few hundred nodes: nine leaked ones would be thousands.
  expect(last.listeners, JSON.stringify({ first, last })).toBeLessThanOrEqual(first.listeners);
  expect(last.nodes - first.nodes, JSON.stringify({ first, last })).toBeLessThan(100);
  expect(console.errors()).toEqual([]);

  // The browser's own Back button returns to the widget's route: a new widget, at the start.
  await page.goBack();
  const widget = await new Widget(page).ready();
  await expect(widget.button('Start')).toBeVisible();
  await expect(page.locator('trd-widget')).toHaveCount(1);
});
