// The phone checks of every stop of the tour (no sideways scrolling at
// 320 px, 44 px targets, nothing moving with reduced motion) run on the
// accessibility matrix's 320 px light tours (a11y-matrix.spec.mjs, with
// support/phone.mjs), one tour for all of them, and so does the language
// switch staying put (the English light tours). Here: the selects at 320 px.
import { test, expect } from '@playwright/test';
import { Widget } from '../support/widget.mjs';
import { Staging } from '../support/staging.mjs';

// A closed select shows one line and cuts what does not fit
// ("Dextromethorphan-bupropion (Auvelity)" at 320 px). Each choice, once
// made, must be readable in full where the visitor sees it.
for (const lang of ['en', 'es']) {
  test(`at 320 px every choice of every select shows in full once chosen (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`/e2e/clinic-${lang}.html`);
    const widget = await new Widget(page, page.locator('trd-widget'), lang).ready();
    const staging = new Staging(widget);
    await staging.open();
    await widget.button(staging.copy.addMedicine).click();
    const selects = widget.root.locator('select');
    await expect(selects).toHaveCount(2);
    const cut = [];
    let checked = 0;
    for (const select of await selects.all()) {
      const values = await select.evaluate((s) => [...s.options].map((o) => o.value));
      for (const value of values) {
        await select.selectOption(value);
        // What the visitor sees: the select's own line, or (when the select
        // is drawn transparent over it) the element that shows its choice.
        const shown = await select.evaluate((s) => {
          const label = s.selectedOptions[0].textContent.trim();
          const style = getComputedStyle(s);
          if (style.opacity !== '0') {
            const canvas = document.createElement('canvas').getContext('2d');
            canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
            return { label, text: label, fits: canvas.measureText(label).width <= room };
          }
          const face = s.parentElement.querySelector('[data-select-shows]');
          if (!face) return { label, text: '', fits: false };
          const box = face.getBoundingClientRect();
          const over = s.getBoundingClientRect();
          return {
            label,
            text: face.textContent.trim(),
            fits: face.scrollWidth <= face.clientWidth && face.scrollHeight <= face.clientHeight + 1 && Math.abs(box.height - over.height) < 1,
          };
        });
        checked += 1;
        if (shown.text !== shown.label || !shown.fits) cut.push(`${shown.label} (shows "${shown.text}")`);
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(cut).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`select-320-${lang}.png`), fullPage: true });
    await context.close();
  });
}
