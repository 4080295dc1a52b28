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

test('the widget adds no page landmark, shows focus on the language buttons, and its disclosures read in forced colours', async ({ browser }) => {
  const context = await browser.newContext({ forcedColors: 'active' });
  const page = await context.newPage();
  // The widget straight in <body>, where a <header> or <footer> would be
  // page-level landmarks.
  await page.goto('/e2e/dynamic.html');
  await page.evaluate(() => {
    document.querySelector('main').remove();
    const el = document.createElement('trd-widget');
    el.setAttribute('lang', 'en');
    document.body.append(el);
  });
  const widget = await new Widget(page).ready();
  // No second banner or contentinfo on the clinic's page, in Chromium's own
  // accessibility tree (what screen readers get).
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const landmarks = nodes.map((n) => n.role && n.role.value).filter((r) => r === 'banner' || r === 'contentinfo');
  expect(landmarks).toEqual([]);
  // The focus ring of "English" is not clipped by its container.
  await widget.root.getByRole('button', { name: 'English' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const ring = await widget.root.getByRole('button', { name: 'English' }).evaluate((b) => {
    const style = getComputedStyle(b);
    return { outline: style.outlineStyle, width: style.outlineWidth, clip: getComputedStyle(b.parentElement).overflow };
  });
  expect(ring).toEqual({ outline: 'solid', width: '3px', clip: 'visible' });
  // The staging cards' disclosure marker is a glyph (readable in forced colours), not a border shape.
  await widget.button('Check my treatment history').click();
  await widget.button('Start').click();
  await widget.button('See my results').click();
  const marker = await widget.root.locator('.trd-details summary').first().evaluate((s) => getComputedStyle(s, '::before').content);
  expect(marker).toContain('▸');
  await context.close();
});
