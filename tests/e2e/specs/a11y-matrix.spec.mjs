// axe-core on every screen and state of the tour (forms open, errors
// shown, panels and disclosures open), in both languages, at 320 and 1280
// px, in the light theme, in the dark theme (theme="auto" with a dark
// setting) and in forced colors (issue 11). Each run's results, stop by
// stop, go to target/a11y/ for scripts/a11y-report.mjs to print. The
// 320 px light tours also run the phone checks (support/phone.mjs: sideways
// overflow, 44 px targets, reduced motion), and the English light tours
// check that the language switch stays in one place on every screen, so
// one tour serves all of them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { axeReport } from '../support/axe.mjs';
import { tour, TOUR_STOPS } from '../support/tour.mjs';
import { phoneProblems, languageSwitchPlace } from '../support/phone.mjs';

for (const lang of ['en', 'es']) {
  for (const width of [320, 1280]) {
    for (const mode of ['light', 'dark', 'forced']) {
      test(`axe${width === 320 && mode === 'light' ? ' and the phone checks' : ''}: every screen and state, ${lang}, ${width} px, ${mode}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width, height: 800 });
        const phone = width === 320 && mode === 'light';
        await page.emulateMedia({
          colorScheme: mode === 'dark' ? 'dark' : 'light',
          forcedColors: mode === 'forced' ? 'active' : 'none',
          reducedMotion: phone ? 'reduce' : 'no-preference',
        });
        const seen = [];
        const failures = [];
        let first = null;
        const stops = {};
        await tour(
          page,
          lang,
          async (stop, widget) => {
            seen.push(stop);
            if (phone) failures.push(...(await phoneProblems(stop, widget)));
            if (mode === 'light' && lang === 'en') {
              const place = await languageSwitchPlace(widget);
              first ??= place;
              if (place !== first) failures.push(`${stop}: the language switch moved from ${first} to ${place}`);
            }
            const report = await axeReport(page);
            stops[stop] = report;
            if (report.violations.length) failures.push(`${stop}: ${report.violations.join('\n')}`);
          },
          mode === 'dark' ? 'theme-auto' : 'clinic',
        );
        const dir = new URL('../../../target/a11y/', import.meta.url);
        mkdirSync(dir, { recursive: true });
        writeFileSync(new URL(`${lang}-${width}-${mode}.json`, dir), JSON.stringify({ lang, width, mode, stops }, null, 1));
        expect(seen).toEqual(TOUR_STOPS);
        expect(failures).toEqual([]);
      });
    }
  }
}

test('theme="auto" follows a dark setting; without it the widget stays light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const look = async (path) => {
    await page.goto(path);
    const root = page.locator('trd-widget .trd');
    await expect(root).toBeVisible();
    return root.evaluate((el) => ({ theme: el.dataset.theme, background: getComputedStyle(el).backgroundColor, color: getComputedStyle(el).color }));
  };
  expect(await look('/e2e/theme-auto-en.html')).toEqual({ theme: 'auto', background: 'rgb(21, 25, 28)', color: 'rgb(230, 233, 236)' });
  expect(await look('/e2e/clinic-en.html')).toEqual({ theme: 'light', background: 'rgb(255, 255, 255)', color: 'rgb(29, 35, 39)' });
  await page.emulateMedia({ colorScheme: 'light' });
  expect((await look('/e2e/theme-auto-en.html')).background).toBe('rgb(255, 255, 255)');
});
