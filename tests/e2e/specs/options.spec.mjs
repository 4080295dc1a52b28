// The clinic's options (issue 8): links, crisis lines for the region, the
// accent colour with its contrast kept, which sections are offered, host
// events that carry no answers, live attribute changes, and bad values
// that warn once and fall back, never rendering a javascript: or data: URL.
import { test, expect } from '@playwright/test';
import { Widget, recordConsole, recordCspViolations } from '../support/widget.mjs';
import { Staging } from '../support/staging.mjs';
import { axeViolations } from '../support/axe.mjs';
import { contrast } from '../support/colour.mjs';

/** Collects every trd-widget:* event the page sees, from before load. */
async function recordEvents(page) {
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ['ready', 'started', 'completed']) {
      document.addEventListener(`trd-widget:${name}`, (event) => {
        window.__events.push({ type: event.type, detail: JSON.parse(JSON.stringify(event.detail)) });
      });
    }
  });
  return () => page.evaluate(() => window.__events);
}

test('every option works together under a strict CSP, and events carry no answers', async ({ page }) => {
  const csp = await recordCspViolations(page);
  const events = await recordEvents(page);
  const console = recordConsole(page);
  await page.goto('/e2e/csp-options.html');
  const widget = await new Widget(page).ready();
  // Crisis region "us": no Colorado line; the clinic's three lines come before 911.
  const block = widget.crisisBlock();
  await expect(block.locator('a[href="tel:18444938255"]')).toHaveCount(0);
  const own = block.locator('[data-clinic-line]');
  await expect(own).toHaveCount(3);
  await block.getByText('More crisis lines').click();
  await expect(own.nth(0).getByRole('link', { name: 'Call (303) 602-7221' })).toHaveAttribute('href', 'tel:3036027221');
  await expect(own.nth(1).getByRole('link', { name: 'Text 303-555-0100' })).toHaveAttribute('href', 'sms:3035550100');
  await expect(own.nth(2).getByRole('link', { name: 'Open their website' })).toHaveAttribute('href', 'https://clinic.example/walk-in');
  const kinds = (lines) => lines.map((l) => l.hasAttribute('data-clinic-line') ? 'own' : l.classList.contains('trd-emergency') ? '911' : 'default');
  // In view: 988, its Spanish option, 911 last. Under "More crisis lines": the defaults, then the clinic's own.
  expect(await block.locator(':scope > ul .trd-crisis-line').evaluateAll(kinds)).toEqual(['default', 'default', '911']);
  const more = await block.locator('[data-crisis-more] .trd-crisis-line').evaluateAll(kinds);
  expect(more.slice(-3)).toEqual(['own', 'own', 'own']);

  // Accent colour: a light gold, with dark text on it and darkened link text.
  const start = widget.button('Start');
  const fill = await start.evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(fill).toBe('rgb(255, 215, 0)');
  const ink = await start.evaluate((b) => getComputedStyle(b).color);
  expect(contrast(fill, ink)).toBeGreaterThanOrEqual(4.5);
  const link = widget.root.locator('a').first();
  const linkColour = await link.evaluate((a) => getComputedStyle(a).color);
  expect(contrast(linkColour, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5);

  await widget.start();
  await widget.answerAll([1, 1, 1, 1, 1, 1, 1, 1, 0], { difficulty: 1 });
  await widget.seeResult();
  await expect(widget.root.getByRole('link', { name: 'Book a visit' })).toHaveAttribute('href', 'https://clinic.example/book');
  await expect(widget.root.getByRole('link', { name: "The clinic's website" })).toHaveAttribute('href', 'https://clinic.example/');
  const violations = await axeViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);

  const seen = await events();
  expect(seen.map((e) => `${e.type} ${e.detail.section ?? ''}`.trim())).toEqual([
    'trd-widget:ready',
    'trd-widget:started phq9',
    'trd-widget:completed phq9',
  ]);
  // Only the section name, ever: no answers, scores or stages.
  for (const event of seen) {
    expect(Object.keys(event.detail).filter((k) => k !== 'section')).toEqual([]);
    if (event.type !== 'trd-widget:ready') expect(['phq9', 'staging', 'learn']).toContain(event.detail.section);
  }
  expect(await csp()).toEqual([]);
  expect(console.errors()).toEqual([]);
  expect(console.warnings()).toEqual([]);
});

test('bad option values: one warning each naming option, value and what is accepted; no unsafe link', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/dynamic.html');
  await page.evaluate(() => {
    const el = document.createElement('trd-widget');
    el.setAttribute('booking-url', 'javascript:alert(1)');
    el.setAttribute('clinic-url', 'data:text/html,<b>x</b>');
    el.setAttribute('crisis-region', 'mars');
    el.setAttribute('crisis-line-1', 'Bad | javascript:alert(2)');
    el.setAttribute('accent-color', 'blue');
    el.setAttribute('sections', 'quiz');
    el.setAttribute('start', 'nowhere');
    el.setAttribute('events', 'sure');
    document.getElementById('slot').append(el);
  });
  const widget = await new Widget(page).ready();
  await expect.poll(() => console.warnings().length).toBe(8);
  const texts = console.warnings().map((w) => w.text);
  for (const [option, value] of [
    ['booking-url', 'javascript:alert(1)'],
    ['clinic-url', 'data:text/html,<b>x</b>'],
    ['crisis-region', 'mars'],
    ['crisis-line-1', 'Bad | javascript:alert(2)'],
    ['accent-color', 'blue'],
    ['sections', 'quiz'],
    ['start', 'nowhere'],
    ['events', 'sure'],
  ]) {
    const matching = texts.filter((t) => t.includes(`${option}="${value}"`));
    expect(matching, option).toHaveLength(1);
    expect(matching[0]).toMatch(/^trd-widget: .*use .*The default is used\.$/);
  }
  // Defaults: every section, the Colorado line, the widget's own colour.
  await expect(widget.crisisBlock().locator('a[href="tel:18444938255"]')).toHaveCount(1);
  await widget.start();
  await widget.answerAll([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  await widget.seeResult();
  const hrefs = await widget.root.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.filter((h) => /^(javascript|data):/i.test(h))).toEqual([]);
  await expect(widget.root.getByRole('link', { name: 'Book a visit' })).toHaveCount(0);
  // A later change to another attribute does not repeat these warnings;
  // a bad new value is said once.
  await widget.host.evaluate((el) => el.setAttribute('clinic-name', 'Lyman Support Centers'));
  await widget.host.evaluate((el) => el.setAttribute('booking-url', 'ftp://clinic.example/'));
  await expect.poll(() => console.warnings().length).toBe(9);
  expect(console.warnings()[8].text).toContain('booking-url="ftp://clinic.example/"');
  expect(console.errors()).toEqual([]);
});

test('changing attributes on a live element updates the widget and keeps the answers', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  await widget.answer(2);
  await widget.host.evaluate((el) => {
    el.setAttribute('accent-color', '#145a8d');
    el.setAttribute('booking-url', 'https://clinic.example/book');
    el.setAttribute('crisis-region', 'us');
    el.setAttribute('crisis-line-1', 'Our line | 303-555-0199');
  });
  await expect(widget.crisisBlock().locator('a[href="tel:18444938255"]')).toHaveCount(0);
  await expect(widget.crisisBlock().locator('[data-clinic-line]')).toContainText('Our line');
  await expect(widget.radios().nth(2)).toBeChecked();
  await widget.host.evaluate((el) => el.setAttribute('accent-color', '#006400'));
  await expect.poll(() => widget.button('Next').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(0, 100, 0)');
  await widget.host.evaluate((el) => el.removeAttribute('crisis-region'));
  await expect(widget.crisisBlock().locator('a[href="tel:18444938255"]')).toHaveCount(1);
});

test('a clinic can offer only some sections and choose where the widget starts', async ({ page }) => {
  await page.goto('/e2e/dynamic.html');
  await page.evaluate(() => {
    const el = document.createElement('trd-widget');
    el.setAttribute('sections', 'staging, learn');
    el.setAttribute('start', 'staging');
    document.getElementById('slot').append(el);
  });
  const widget = await new Widget(page).ready();
  await expect(widget.root).toHaveAttribute('data-screen', 'staging-intro');
  await expect(widget.button('Back to the questionnaire')).toBeHidden();
  const staging = new Staging(widget);
  await widget.button('Start').click();
  await staging.addMedicine({ id: 'sertraline', weeks: 8, dose: 'full', outcome: 'none' });
  await staging.seeResults();
  await expect(widget.root.locator('[data-instrument="phq9"]')).toHaveCount(0);
  await expect(widget.button('Answer the 9 symptom questions')).toHaveCount(0);
  await expect(widget.button('Back to the questionnaire')).toBeHidden();
  await widget.root.getByRole('button', { name: 'Learn: why TRD can happen' }).click();
  await widget.button('Back to where I was').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'staging-results');

  await page.evaluate(() => {
    const el = document.createElement('trd-widget');
    el.setAttribute('sections', 'learn');
    document.getElementById('other-slot').append(el);
  });
  const learnOnly = await new Widget(page, page.locator('#other-slot trd-widget')).ready();
  await expect(learnOnly.root).toHaveAttribute('data-screen', 'learn');
  await expect(learnOnly.button('Back to where I was')).toBeHidden();
  await learnOnly.button('Why TRD can happen').click();
  await expect(learnOnly.button('Back to where I was')).toBeHidden();
  await learnOnly.button('All topics').click();
  await expect(learnOnly.root).toHaveAttribute('data-screen', 'learn');
});

test('without the events option, the host page hears nothing', async ({ page }) => {
  const events = await recordEvents(page);
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  await widget.answerAll([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  await widget.seeResult();
  expect(await events()).toEqual([]);
});

test('"Getting help now" lists every line from the crisis data: tappable, with the region and the clinic\'s own lines', async ({ page }) => {
  // Clinical review 3: the page's "Right now" list was plain text. It now
  // renders the same lines as the crisis block, so the two cannot disagree.
  await page.goto('/e2e/csp-options.html');
  const widget = await new Widget(page).ready();
  await widget.button('Learn about TRD').click();
  await widget.button('Getting help now').click();
  const list = widget.root.locator('article[data-topic="getting-help"] [data-page-crisis-lines]');
  const hrefs = () => list.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(await hrefs()).toEqual([
    'tel:988', 'sms:988', 'https://988lifeline.org/',
    'tel:988', 'sms:988?body=AYUDA',
    'tel:988', 'sms:838255',
    'sms:741741?body=HOME', 'sms:741741?body=AYUDA',
    // crisis-region="us": no Colorado line; the clinic's own, then 911.
    'tel:3036027221', 'sms:3035550100', 'https://clinic.example/walk-in',
    'tel:911',
  ]);
  // The full list is on the page, so the block below keeps only its lines
  // in view, without the disclosure that would repeat them (decision 19).
  await expect(widget.crisisBlock().locator('[data-crisis-more]')).toHaveCount(0);
  await widget.root.getByRole('button', { name: 'Español' }).click();
  await expect(list.getByRole('link', { name: 'Llame al 988 y oprima 2' })).toHaveAttribute('href', 'tel:988');
  await expect(list.getByRole('link', { name: 'Envíe AYUDA al 741741' })).toHaveAttribute('href', 'sms:741741?body=AYUDA');
  await expect(list.locator('a[href="tel:911"]')).toHaveCount(1);
  // No date: the numbers are not yet re-checked on the live sites (13.8).
  await expect(widget.root.locator('[data-checked]')).toHaveCount(0);
  const violations = await axeViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);
  // Leaving the page brings the disclosure back.
  await widget.button('Todos los temas').click();
  await expect(widget.crisisBlock().locator('[data-crisis-more]')).toHaveCount(1);
});
