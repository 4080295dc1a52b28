// Focus is always visible (WCAG 2.4.7, 2.4.11): on every screen and state
// of the tour, Tab through every control of the widget, and each one, as
// the keyboard reaches it, draws a focus indicator (an outline of at least
// 2 px, or a box shadow) that is not hidden behind anything. A select drawn
// transparent over its face (layout.spec.mjs) must show the ring on the face.
import { test, expect } from '@playwright/test';
import { tour, TOUR_STOPS } from '../support/tour.mjs';

const FOCUSABLE = 'button, a[href], input, select, summary, [tabindex="0"]';

for (const lang of ['en', 'es']) {
  test(`every control shows where the keyboard focus is, on every screen (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const missing = [];
    let reached = 0;
    const seen = [];
    await tour(page, lang, async (stop) => {
      seen.push(stop);
      const count = await page.evaluate(
        (selector) => [...document.querySelector('trd-widget').shadowRoot.querySelectorAll(selector)].filter((el) => el.checkVisibility()).length,
        FOCUSABLE,
      );
      // Start just before the widget: the focus then enters it from the page.
      await page.evaluate(() => {
        const before = document.createElement('button');
        before.id = 'focus-start';
        before.textContent = 'start';
        document.querySelector('trd-widget').before(before);
        before.focus();
      });
      for (let i = 0; i < count; i += 1) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const host = document.querySelector('trd-widget');
          if (document.activeElement !== host) return null;
          const el = host.shadowRoot.activeElement;
          // A select drawn transparent over its face shows focus on the face.
          const ring = getComputedStyle(el).opacity === '0' ? el.parentElement.querySelector('[data-select-shows]') : el;
          const style = getComputedStyle(ring);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          const shadow = style.boxShadow !== 'none';
          const box = el.getBoundingClientRect();
          const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
          const top = host.shadowRoot.elementFromPoint(x, y);
          return {
            name: `${el.tagName.toLowerCase()} "${(el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
            visible: outline || shadow,
            covered: top !== null && top !== el && !el.contains(top) && !top.contains(el) && !(el.labels && [...el.labels].some((l) => l.contains(top))),
          };
        });
        if (!state) break;
        reached += 1;
        if (!state.visible) missing.push(`${stop}: ${state.name} has no visible focus indicator`);
        if (state.covered) missing.push(`${stop}: ${state.name} is covered`);
      }
      await page.evaluate(() => document.getElementById('focus-start').remove());
    });
    expect(seen).toEqual(TOUR_STOPS);
    expect(reached).toBeGreaterThan(150);
    expect(missing).toEqual([]);
  });
}
