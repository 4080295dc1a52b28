// Keyboard only (WCAG 2.1.1, 2.4.3): the explainers with their glossary and
// the psilocybin checklist, and the summary with print and both downloads,
// reached and used with Tab, Enter and Space alone; each new screen puts the
// focus on its heading. (The PHQ-9: a11y.spec.mjs; a medicine and an ECT
// course: staging.spec.mjs; the configurator: configure.spec.mjs.)
import { test, expect } from '@playwright/test';
import { Widget, keyboard } from '../support/widget.mjs';
import { Staging } from '../support/staging.mjs';

test('the explainers, their glossary and the psilocybin checklist work with the keyboard alone', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const { tabTo } = keyboard(page);
  // From the top of the clinic's page into the widget.
  await tabTo('button:Learn about TRD');
  await page.keyboard.press('Enter');
  await expect(widget.root).toHaveAttribute('data-screen', 'learn');
  await expect(widget.heading()).toBeFocused();

  await tabTo('button:What is treatment-resistant depression?');
  await page.keyboard.press('Enter');
  await expect(widget.heading()).toHaveText('What is treatment-resistant depression?');
  await expect(widget.heading()).toBeFocused();
  // A glossary term opens and closes in place.
  const term = widget.root.locator('article button[data-term="antidepressant"]');
  await tabTo(`button:${(await term.textContent()).trim()}`);
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(widget.root.locator(`#${await term.getAttribute('aria-controls')}`)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(term).toHaveAttribute('aria-expanded', 'false');

  await tabTo('button:All topics');
  await page.keyboard.press('Enter');
  await expect(widget.root).toHaveAttribute('data-screen', 'learn');
  await expect(widget.heading()).toBeFocused();
  await tabTo('button:Psilocybin: what research shows');
  await page.keyboard.press('Enter');
  await expect(widget.heading()).toBeFocused();
  await tabTo('input:I take lithium.', 80);
  await page.keyboard.press('Space');
  await expect(widget.root.getByRole('checkbox', { name: 'I take lithium.' })).toBeChecked();
  await expect(widget.root.locator('[data-point="lithium"]')).toBeVisible();

  await tabTo('button:All topics', 80);
  await page.keyboard.press('Enter');
  await tabTo('button:Back to where I was');
  await page.keyboard.press('Enter');
  await expect(widget.root).toHaveAttribute('data-screen', 'intro');
  await expect(widget.heading()).toBeFocused();
});

test('the summary, print and both downloads work with the keyboard alone', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  // Getting there is tested elsewhere; here the summary's own controls.
  await widget.start();
  await widget.answerAll([2, 1, 2, 1, 0, 1, 1, 2, 0], { difficulty: 1 });
  await widget.seeResult();
  const staging = new Staging(widget);
  await staging.open();
  await staging.addMedicine({ id: 'sertraline', weeks: 10, dose: 150, outcome: 'partial' });
  await staging.episode(20, 'moderate');
  await staging.seeResults();
  await expect(widget.heading()).toBeFocused();

  const { tabTo } = keyboard(page);
  await tabTo('button:Summary for my doctor', 80);
  await page.keyboard.press('Enter');
  await expect(widget.root).toHaveAttribute('data-screen', 'summary');
  await expect(widget.heading()).toBeFocused();

  await tabTo('button:Print');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.frame({ name: 'trd-print-frame' })?.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Summary for your doctor');

  await tabTo('button:Download the summary (HTML)');
  const [html] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(html.suggestedFilename()).toMatch(/^trd-widget-summary-.*\.html$/);
  await tabTo('button:Download the PHQ-9 for health records (FHIR JSON)');
  const [fhir] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(fhir.suggestedFilename()).toMatch(/^phq9-fhir-bundle-.*\.json$/);

  // Back where the visitor came from, with the focus on its heading.
  await tabTo(`button:${widget.copy.back}`);
  await page.keyboard.press('Enter');
  await expect(widget.root).toHaveAttribute('data-screen', 'staging-results');
  await expect(widget.heading()).toBeFocused();
});
