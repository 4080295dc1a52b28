// Accessibility: axe-core (WCAG 2.2 AA + best practices) reports nothing on
// any screen, in either language; the questionnaire can be completed with
// the keyboard alone, and focus lands on each new screen.
import { test, expect } from '@playwright/test';
import { Widget } from '../support/widget.mjs';
import { axeViolations } from '../support/axe.mjs';

for (const [lang, path] of [['en', '/e2e/clinic-en.html'], ['es', '/e2e/clinic-es.html']]) {
  test(`axe-core finds no violation on any screen (${lang})`, async ({ page }) => {
    await page.goto(path);
    const widget = await new Widget(page, page.locator('trd-widget'), lang).ready();
    const screens = [];
    const check = async (name) => {
      const violations = await axeViolations(page);
      screens.push(name);
      expect(violations, `${name}: ${violations.join('\n')}`).toEqual([]);
    };
    await check('intro');
    await widget.start();
    await widget.next(); // the "choose an answer" notice
    await check('question with notice');
    let n = 0;
    await widget.answerAll([1, 0, 2, 0, 3, 0, 1, 0, 2], {
      onEachScreen: async () => {
        n += 1;
        if (n === 1 || n === 9 || n === 10) await check(`question ${n}`);
      },
    });
    await check('review with crisis panel');
    await widget.seeResult();
    await check('result with crisis panel');
    expect(screens).toHaveLength(7);
  });
}

test('the whole questionnaire can be completed with the keyboard alone', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const focused = () =>
    page.evaluate(() => {
      const active = document.activeElement?.shadowRoot?.activeElement;
      return active ? `${active.tagName.toLowerCase()}:${active.textContent.trim() || active.getAttribute('value')}` : 'outside';
    });

  // Tab from the top of the page into the widget, to its Start button.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 30 && (await focused()) !== 'button:Start'; i += 1) {
    await page.keyboard.press('Tab');
  }
  expect(await focused()).toBe('button:Start');
  await page.keyboard.press('Enter');
  await expect(widget.heading()).toBeFocused();

  const answers = [2, 1, 0, 3, 1, 0, 2, 1, 0];
  for (const [index, value] of answers.entries()) {
    await expect(widget.heading()).toHaveText(`Question ${index + 1} of 9`);
    await expect(widget.heading()).toBeFocused();
    // Tab into the radio group, move with arrow keys, select with Space.
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^input:/);
    for (let step = 0; step < value; step += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(widget.radios().nth(value)).toBeChecked();
    // Arrow keys never advance the screen.
    await expect(widget.heading()).toHaveText(`Question ${index + 1} of 9`);
    // Tab past the radio group to Back, then Next.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button:Next');
    await page.keyboard.press('Enter');
  }
  // The difficulty question: Next without an answer.
  await expect(widget.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('button:Next');
  await page.keyboard.press('Enter');

  await expect(widget.root).toHaveAttribute('data-screen', 'review');
  await expect(widget.heading()).toBeFocused();
  await widget.button('See my result').focus();
  await page.keyboard.press('Enter');
  expect(await widget.result()).toEqual({ instrument: 'phq9', score: 10, level: 'moderate' });
  await expect(widget.heading()).toBeFocused();
});

test('the widget does not take focus from the host page on load', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  await new Widget(page).ready();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});
