// WCAG 1.4.12 over every screen and state of the tour, at the narrowest
// width (320 CSS px): text-spacing overrides clip no text and push nothing
// sideways. Reflow at 400% zoom and reduced motion are checked on the same
// tour as the touch targets (layout.spec.mjs): sideways overflow depends on
// the width alone, so one 320 px tour a language covers both.
import { test, expect } from '@playwright/test';
import { tour } from '../support/tour.mjs';

/** Sideways overflow of the widget and of the page, in CSS px. */
function overflow(page) {
  return page.evaluate(() => {
    const root = document.querySelector('trd-widget').shadowRoot.querySelector('.trd');
    return { widget: root.scrollWidth - root.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
  });
}

for (const lang of ['en', 'es']) {
  test(`text spacing overrides (WCAG 1.4.12) at 320 px, ${lang}: no text clipped or cut at the widget's edge, nothing overflows`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    const bad = [];
    let applied = false;
    await tour(page, lang, async (stop) => {
      if (!applied) {
        // A user stylesheet as the bookmarklets testers use: inside the
        // shadow root, where the widget's own rules are.
        await page.evaluate(() => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(
            '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
              ' p { margin-bottom: 2em !important; }',
          );
          const root = document.querySelector('trd-widget').shadowRoot;
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        });
        applied = true;
      }
      const clipped = await page.evaluate(() => {
        const root = document.querySelector('trd-widget').shadowRoot;
        const out = [];
        for (const el of root.querySelectorAll('*')) {
          if (!el.getClientRects().length || !el.textContent.trim()) continue;
          const style = getComputedStyle(el);
          const hides = (v) => v === 'hidden' || v === 'clip';
          if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
            out.push(`${el.tagName.toLowerCase()}.${el.className}: "${el.textContent.trim().slice(0, 40)}"`);
          }
        }
        // Text past the widget's own edge is cut there even when a scroll
        // box inside keeps the widget itself from overflowing.
        const edge = root.querySelector('.trd').getBoundingClientRect().right;
        for (const el of root.querySelectorAll('td, th, dt, dd, li, p, a, button, label')) {
          const box = el.getBoundingClientRect();
          if (box.width && el.checkVisibility() && box.right > edge + 0.5) out.push(`${el.tagName.toLowerCase()}: "${el.textContent.trim().slice(0, 40)}" ends ${Math.round(box.right - edge)} px past the edge`);
        }
        return out;
      });
      const o = await overflow(page);
      if (clipped.length || o.widget > 0 || o.page > 0) bad.push(`${stop}: ${JSON.stringify({ clipped, o })}`);
    });
    expect(bad).toEqual([]);
  });
}
