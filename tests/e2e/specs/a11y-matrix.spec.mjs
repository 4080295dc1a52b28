// axe-core on every screen and state of the tour (forms open, errors
// shown, panels and disclosures open), in both languages, at 320 and 1280
// px, in the light theme and in forced colors (issue 11).
import { test, expect } from '@playwright/test';
import { axeViolations } from '../support/axe.mjs';
import { tour, TOUR_STOPS } from '../support/tour.mjs';

for (const lang of ['en', 'es']) {
  for (const width of [320, 1280]) {
    for (const forcedColors of ['none', 'active']) {
      test(`axe: every screen and state, ${lang}, ${width} px, forced colors ${forcedColors}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ forcedColors });
        const seen = [];
        const failures = [];
        await tour(page, lang, async (stop) => {
          seen.push(stop);
          const violations = await axeViolations(page);
          if (violations.length) failures.push(`${stop}: ${violations.join('\n')}`);
        });
        expect(seen).toEqual(TOUR_STOPS);
        expect(failures).toEqual([]);
      });
    }
  }
}
