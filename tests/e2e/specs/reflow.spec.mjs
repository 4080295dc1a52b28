// WCAG 2.2 checks over every screen and state of the tour (issue 11):
// reflow at 400% zoom (1280 x 1024 at 4x is 320 x 256 CSS px) with no
// sideways scrolling; text-spacing overrides (1.4.12) clip no text; and
// with reduced motion nothing moves.
import { test, expect } from '@playwright/test';
import { tour, TOUR_STOPS } from '../support/tour.mjs';

/** Sideways overflow of the widget and of the page, in CSS px. */
function overflow(page) {
  return page.evaluate(() => {
    const root = document.querySelector('trd-widget').shadowRoot.querySelector('.trd');
    return { widget: root.scrollWidth - root.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
  });
}

for (const lang of ['en', 'es']) {
  test(`reflow at 400% zoom (320 x 256 CSS px), ${lang}: no sideways scrolling on any screen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
    const bad = [];
    await tour(page, lang, async (stop) => {
      const o = await overflow(page);
      if (o.widget > 0 || o.page > 0) bad.push(`${stop}: ${JSON.stringify(o)}`);
    });
    expect(bad).toEqual([]);
  });

  test(`text spacing overrides (WCAG 1.4.12), ${lang}: no text clipped, nothing overflows`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
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
        return out;
      });
      const o = await overflow(page);
      if (clipped.length || o.widget > 0 || o.page > 0) bad.push(`${stop}: ${JSON.stringify({ clipped, o })}`);
    });
    expect(bad).toEqual([]);
  });
}

test('with reduced motion nothing in the widget moves', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const seen = [];
  const moving = [];
  await tour(page, 'en', async (stop) => {
    seen.push(stop);
    const found = await page.evaluate(() => {
      const root = document.querySelector('trd-widget').shadowRoot;
      const out = [];
      for (const el of root.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          const seconds = (v) => Math.max(...v.split(',').map((t) => parseFloat(t) || 0));
          if (seconds(s.transitionDuration) > 0 || (s.animationName !== 'none' && seconds(s.animationDuration) > 0)) {
            out.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo || ''}`);
          }
        }
      }
      return out;
    });
    if (found.length) moving.push(`${stop}: ${found.join(', ')}`);
  });
  expect(seen).toEqual(TOUR_STOPS);
  expect(moving).toEqual([]);
});
