// Safety (clinical-spec 1.10 and 8): the crisis panel appears the moment
// item 9 is answered above 0, above the screen, without blocking; the
// compact crisis block is on every screen whatever the answers.
import { test, expect } from '@playwright/test';
import { Widget } from '../support/widget.mjs';

test('item 9 above 0 shows the crisis panel at once, above the question, before moving on', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.toItemNine();
  await expect(widget.crisisPanel()).toHaveCount(0);

  await widget.answer(1);
  const panel = widget.crisisPanel();
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('data-level', 'raised');
  await expect(widget.heading()).toHaveText('Question 9 of 9'); // no advance
  await expect(panel.getByRole('alert')).toContainText('Please talk to someone');
  await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
  await expect(panel.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  await expect(panel.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(panel.getByRole('link', { name: 'Call 1-844-493-8255' })).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Llame al 988 y oprima 2' })).toHaveAttribute('lang', 'es');
  await expect(panel.getByRole('link', { name: '(303) 591-1960' })).toHaveAttribute('href', 'tel:3035911960');

  // Right below the widget's header (its language switch), above the screen,
  // and above the question on screen.
  const panelFirst = (root) => root.querySelector('.trd-header').nextElementSibling.hasAttribute('data-crisis-panel') && root.querySelector('.trd-header') === root.firstElementChild;
  expect(await widget.root.evaluate(panelFirst)).toBe(true);
  const panelBox = await panel.boundingBox();
  const questionBox = await widget.fieldset().boundingBox();
  expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(questionBox.y);

  // While answering, it says the visitor can go on; after, only privacy.
  await expect(panel.locator('p.trd-small')).toHaveText('You can keep going with the questions. Your answers stay on this device.');

  // Stronger wording for "More than half the days" and "Nearly every day".
  await widget.answer(2);
  await expect(panel).toHaveAttribute('data-level', 'urgent');
  await expect(panel.getByRole('alert')).toContainText('Please reach out today');
  await widget.answer(3);
  await expect(panel).toHaveAttribute('data-level', 'urgent');

  // It never blocks: the visitor finishes and sees the numbers, panel still first.
  await widget.next();
  await widget.next(); // difficulty question, skipped
  await widget.seeResult();
  expect(await widget.result()).toEqual({ instrument: 'phq9', score: 3, level: 'none-minimal' });
  await expect(widget.crisisPanel()).toBeVisible();
  expect(await widget.root.evaluate(panelFirst)).toBe(true);
  await expect(widget.crisisPanel().locator('p.trd-small')).toHaveText('Your answers stay on this device.');
});

test('on a phone scrolled past the top of the widget, the panel is brought into view', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.toItemNine();
  // Scroll so the last answer is at the top of the screen.
  await widget.radios().last().evaluate((radio) => radio.scrollIntoView({ block: 'start' }));
  await widget.radios().nth(2).tap();
  await expect(widget.crisisPanel()).toBeInViewport();
  await context.close();
});

test('the crisis panel appears in Spanish too, with Spanish options first', async ({ page }) => {
  await page.goto('/e2e/clinic-es.html');
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  await widget.start();
  for (let n = 1; n <= 8; n += 1) {
    await widget.answer(0);
    await widget.next();
  }
  await widget.answer(1);
  const panel = widget.crisisPanel();
  await expect(panel.getByRole('alert')).toContainText('Gracias por decírnoslo');
  await expect(panel.getByRole('link', { name: 'Llame al 988 y oprima 2' })).toHaveAttribute('href', 'tel:988');
  await expect(panel.getByRole('link', { name: 'Envíe AYUDA al 741741' })).toHaveAttribute('href', 'sms:741741?body=AYUDA');
  await expect(panel.getByRole('link', { name: 'Llame al 988 y oprima 1' })).toHaveAttribute('href', 'tel:988');
  await expect(panel.getByRole('link', { name: 'Envíe un mensaje de texto al 838255' })).toHaveAttribute('href', 'sms:838255');
  // Decision 19: with the panel open, the block keeps 988 and 911 in view
  // and does not repeat the full list.
  await expect(widget.crisisBlock().getByRole('link', { name: 'Llame al 988 y oprima 2' })).toBeVisible();
  await expect(widget.crisisBlock().getByRole('link', { name: 'Llame al 911' })).toBeVisible();
  await expect(widget.crisisBlock().locator('[data-crisis-more]')).toHaveCount(0);
  await expect(widget.crisisBlock().getByRole('link', { name: 'Envíe un mensaje de texto al 838255' })).toHaveCount(0);
});

test('the compact crisis block is on every screen, whatever the answers', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const checkBlock = async () => {
    const block = widget.crisisBlock();
    await expect(block).toBeVisible();
    await expect(block).toContainText("If you're thinking about suicide or are in crisis, you're not alone.");
    // Decision 19: 988 (call, text, chat), its Spanish option and 911 always in view.
    await expect(block.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
    await expect(block.getByRole('link', { name: 'Text 988', exact: true })).toBeVisible();
    await expect(block.getByRole('link', { name: 'Chat at 988lifeline.org' })).toHaveAttribute('href', 'https://988lifeline.org/');
    await expect(block.getByRole('link', { name: 'Llame al 988 y oprima 2' })).toBeVisible();
    await expect(block.getByRole('link', { name: 'Envíe AYUDA al 988' })).toBeVisible();
    await expect(block.getByRole('link', { name: 'Call 911' })).toBeVisible();
    // Decision 14: the Veterans option is in every block (one tap away).
    await expect(block.getByRole('link', { name: 'Call 988 and press 1' })).toHaveAttribute('href', 'tel:988');
    await expect(block.getByRole('link', { name: 'Text 838255' })).toHaveAttribute('href', 'sms:838255');
    expect((await block.textContent()).toLowerCase()).not.toContain('press 3');
  };
  // The other lines are one tap away in a native disclosure, closed at first.
  const more = widget.crisisBlock().locator('[data-crisis-more]');
  await expect(more.getByRole('link', { name: 'Text HOME to 741741' })).toBeHidden();
  await more.getByText('More crisis lines').click();
  await expect(more.getByRole('link', { name: 'Text HOME to 741741' })).toBeVisible();
  await expect(more.getByRole('link', { name: 'Text TALK to 38255' })).toBeVisible();
  await expect(more.getByRole('link', { name: 'Text 838255' })).toBeVisible();
  await checkBlock(); // intro
  await widget.start();
  await widget.answerAll([1, 0, 0, 0, 0, 0, 0, 0, 0], { onEachScreen: checkBlock });
  await checkBlock(); // review
  await widget.seeResult();
  await checkBlock(); // result
  await expect(widget.crisisPanel()).toHaveCount(0);
});

test('decision 19: nothing of section 8 is lost — every line in the open block, and in the panel', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  // Every way to reach help in clinical-spec section 8's display block,
  // with decision 14's Veterans option.
  const SECTION_8 = [
    'tel:988', 'sms:988', 'https://988lifeline.org/', 'sms:988?body=AYUDA', 'sms:838255',
    'sms:741741?body=HOME', 'sms:741741?body=AYUDA', 'tel:18444938255', 'sms:38255?body=TALK', 'tel:911',
  ];
  const visibleHrefs = (scope) =>
    scope.locator('a[href]').evaluateAll((links) => links.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')));
  const block = widget.crisisBlock();
  const closed = await visibleHrefs(block);
  expect(closed).toEqual(expect.arrayContaining(['tel:988', 'sms:988', 'https://988lifeline.org/', 'sms:988?body=AYUDA', 'tel:911']));
  expect(closed).not.toContain('sms:741741?body=HOME');
  await block.getByText('More crisis lines').click();
  expect(await visibleHrefs(block)).toEqual(expect.arrayContaining(SECTION_8));
  // The panel shows every line, open, and the block then no longer repeats them.
  await widget.toItemNine();
  await widget.answer(1);
  expect(await visibleHrefs(widget.crisisPanel())).toEqual(expect.arrayContaining(SECTION_8));
  await expect(block.locator('[data-crisis-more]')).toHaveCount(0);
});
