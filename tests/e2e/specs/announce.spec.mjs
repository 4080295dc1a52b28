// What a screen reader is told (issue 11), read from the accessibility
// tree with Playwright's ariaSnapshot and accessible names/descriptions:
// the "choose an answer" notice and the crisis panel's message are alerts
// (announced once, when they appear); progress is each question's heading,
// which takes the focus; a field's error is its accessible description; the picture has a name; live regions are used sparingly.
import { test, expect } from '@playwright/test';
import { Widget } from '../support/widget.mjs';
import { Staging } from '../support/staging.mjs';

test('notices, the crisis panel and field errors reach a screen reader', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  // Nothing is announced before the visitor does anything.
  await expect(widget.root.getByRole('alert')).toHaveCount(0);
  await expect(widget.root.locator('[aria-live]')).toHaveCount(0);
  await widget.start();
  // Progress: each question's heading says where the visitor is and takes
  // the focus, so it is read out; the bar beside it is hidden (said once).
  await expect(widget.root.getByRole('heading', { name: 'Question 1 of 9', level: 2 })).toBeFocused();
  await expect(widget.root.locator('progress')).toHaveAttribute('aria-hidden', 'true');
  await widget.next();
  await expect(widget.root.getByRole('alert')).toMatchAriaSnapshot('- alert: Please choose an answer to go on.');
  for (let n = 1; n <= 8; n += 1) {
    await widget.answer(0);
    await widget.next();
    await expect(widget.root.getByRole('heading', { name: `Question ${n + 1} of 9`, level: 2 })).toBeFocused();
  }
  await widget.answer(1);
  const panel = widget.crisisPanel();
  await expect(panel).toMatchAriaSnapshot(`
    - alert:
      - heading "You do not have to go through this alone" [level=2]
      - paragraph
  `);
  // One alert at a time: the panel's message, not every line under it.
  await expect(widget.root.getByRole('alert')).toHaveCount(1);
  await widget.next();
  await widget.next();
  await widget.seeResult();
  await expect(widget.resultCard().getByRole('img')).toHaveAccessibleName(/^A scale from 0 to 27 in five ranges/);

  const staging = new Staging(widget);
  await staging.open();
  await widget.button(staging.copy.addMedicine).click();
  await widget.root.getByLabel(staging.copy.weeks).fill('abc');
  await widget.button(staging.copy.save).click();
  await expect(widget.root.getByLabel(staging.copy.weeks)).toHaveAccessibleDescription('Please enter a number, like 8.');
  await expect(widget.root.getByLabel(staging.copy.medicine, { exact: true })).toHaveAccessibleDescription('Please choose one.');
  await expect(staging.group(staging.copy.outcomeGroup)).toHaveAccessibleDescription('Please choose one.');
});
