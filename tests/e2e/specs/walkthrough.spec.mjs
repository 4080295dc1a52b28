// Full walkthroughs, checked through the documented test contract and
// against the verbatim wording in the clinical spec.
import { test, expect } from '@playwright/test';
import { Widget, recordConsole } from '../support/widget.mjs';
import { PHQ9 } from '../support/spec.mjs';

test('English walkthrough on a clinic page: verbatim items, score and level', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await expect(widget.root).toHaveAttribute('lang', 'en');
  await expect(widget.root).toContainText('about 2 minutes');
  await expect(widget.root).toContainText('18 and older');
  await expect(widget.root).toContainText('not a diagnosis');
  await expect(widget.root).toContainText('Nothing you enter is sent or saved');
  await widget.start();

  // 2+1+2+1+0+1+1+2+0 = 10: the first total of the "moderate" band.
  const answers = [2, 1, 2, 1, 0, 1, 1, 2, 0];
  let item = 0;
  await widget.answerAll(answers, {
    difficulty: 2,
    onEachScreen: async () => {
      const legend = widget.fieldset().locator('legend');
      if (item < 9) {
        await expect(legend.locator('.trd-stem')).toHaveText(PHQ9.en.stem);
        await expect(legend.locator('.trd-item-text')).toHaveText(PHQ9.en.items[item]);
        await expect(widget.radios()).toHaveCount(4);
        for (const [value, label] of PHQ9.en.options.entries()) {
          await expect(widget.fieldset().getByRole('radio', { name: label, exact: true })).toHaveAttribute('value', String(value));
        }
      } else {
        await expect(legend).toHaveText(PHQ9.en.difficulty);
      }
      item += 1;
    },
  });
  await expect(widget.root.locator('.trd-review-row')).toHaveCount(10);
  await widget.seeResult();
  expect(await widget.result()).toEqual({ instrument: 'phq9', score: 10, level: 'moderate' });
  await expect(widget.resultCard()).toContainText('10 out of 27');
  await expect(widget.resultCard()).toContainText('moderate range (10 to 14)');
  await expect(widget.root.getByRole('link', { name: '(303) 591-1960' })).toHaveAttribute('href', 'tel:3035911960');
  await expect(widget.root).toContainText('Call Lyman Support Centers at (303) 591-1960.');
  await expect(widget.root.locator('.trd-attribution')).toContainText(PHQ9.en.attribution);
  await expect(widget.crisisPanel()).toHaveCount(0);
  expect(console.errors()).toEqual([]);
});

test('Spanish walkthrough on the demo page: official Spanish wording, score and level', async ({ page }) => {
  await page.goto('/');
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  await expect(widget.root).toHaveAttribute('lang', 'es');
  await widget.start();
  let item = 0;
  // Total 20: the first total of the "severe" band.
  await widget.answerAll([3, 3, 3, 3, 3, 3, 2, 0, 0], {
    difficulty: 3,
    onEachScreen: async () => {
      const legend = widget.fieldset().locator('legend');
      if (item < 9) {
        await expect(legend.locator('.trd-stem')).toHaveText(PHQ9.es.stem);
        await expect(legend.locator('.trd-item-text')).toHaveText(PHQ9.es.items[item]);
        await expect(widget.radios().first()).toHaveAccessibleName(PHQ9.es.options[0]);
        await expect(widget.radios().last()).toHaveAccessibleName(PHQ9.es.options[3]);
      } else {
        await expect(legend).toHaveText(PHQ9.es.difficulty);
      }
      item += 1;
    },
  });
  await widget.seeResult();
  expect(await widget.result()).toEqual({ instrument: 'phq9', score: 20, level: 'severe' });
  await expect(widget.resultCard()).toContainText('20 de 27');
  await expect(widget.resultCard()).toContainText('nuestra traducción');
  await expect(widget.root).toContainText('Llame a Lyman Support Centers al (303) 591-1960.');
  await expect(widget.root.locator('.trd-attribution')).toContainText(PHQ9.es.attribution);
});

test('the language follows the page, then the browser, when the snippet has no lang', async ({ browser }) => {
  const spanishPage = await browser.newPage();
  await spanishPage.goto('/e2e/clinic-es.html');
  await expect(new Widget(spanishPage).root).toHaveAttribute('lang', 'es');
  await spanishPage.close();

  const context = await browser.newContext({ locale: 'es-MX' });
  const frenchPage = await context.newPage();
  await frenchPage.goto('/e2e/french-page.html');
  await expect(new Widget(frenchPage).root).toHaveAttribute('lang', 'es');
  await context.close();
});

test('switching language mid-way keeps every answer and the position', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  await widget.answer(3);
  await widget.next();
  await widget.answer(1);
  await widget.next();
  await expect(widget.heading()).toHaveText('Question 3 of 9');

  await widget.root.getByRole('button', { name: 'Español' }).click();
  widget.lang = 'es';
  await expect(widget.root).toHaveAttribute('lang', 'es');
  await expect(widget.heading()).toHaveText('Pregunta 3 de 9');
  await expect(widget.fieldset().locator('.trd-item-text')).toHaveText(PHQ9.es.items[2]);
  await widget.back();
  await expect(widget.radios().nth(1)).toBeChecked();
  await widget.back();
  await expect(widget.radios().nth(3)).toBeChecked();

  await widget.root.getByRole('button', { name: 'English' }).click();
  widget.lang = 'en';
  await expect(widget.heading()).toHaveText('Question 1 of 9');
  await expect(widget.radios().nth(3)).toBeChecked();
  await expect(widget.root.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
});

test('review lets the visitor change an answer, and the score follows', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  // Total 4: the top of "none-minimal"...
  await widget.answerAll([1, 1, 1, 1, 0, 0, 0, 0, 0]);
  await widget.seeResult();
  expect(await widget.result()).toMatchObject({ score: 4, level: 'none-minimal' });

  // ...and one more point makes it 5, the bottom of "mild".
  await widget.button('Change my answers').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'review');
  await widget.button('Change answer to question 5').click();
  await expect(widget.heading()).toHaveText('Question 5 of 9');
  await widget.answer(1);
  await widget.next();
  await expect(widget.root).toHaveAttribute('data-screen', 'review');
  await widget.seeResult();
  expect(await widget.result()).toMatchObject({ score: 5, level: 'mild' });

  await widget.button('Start over').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'intro');
  await widget.start();
  await expect(widget.radios().first()).not.toBeChecked();
});

test('a required question cannot be skipped; the difficulty question can', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  await widget.next();
  const notice = widget.root.getByRole('alert');
  await expect(notice).toHaveText('Please choose an answer to go on.');
  await expect(widget.fieldset()).toHaveAttribute('aria-describedby', 'trd-notice');
  await expect(widget.heading()).toHaveText('Question 1 of 9');
  await widget.answer(0);
  await expect(notice).toHaveCount(0);

  await widget.next();
  for (let n = 2; n <= 9; n += 1) {
    await widget.answer(n === 9 ? 0 : 1);
    await widget.next();
  }
  await expect(widget.heading()).toHaveText('One more question. It does not change your score.');
  await widget.next();
  await expect(widget.root).toHaveAttribute('data-screen', 'review');
  await expect(widget.root.locator('.trd-review-row').last()).toContainText('Not answered');
});

test('all answers "Not at all": no difficulty question, score 0, no reassurance', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  await widget.answerAll([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  await expect(widget.root.locator('.trd-review-row')).toHaveCount(9);
  await widget.seeResult();
  expect(await widget.result()).toEqual({ instrument: 'phq9', score: 0, level: 'none-minimal' });
  const text = (await widget.root.innerText()).toLowerCase();
  for (const reassurance of ['not at risk', "don't have depression", 'do not have depression', 'you are fine']) {
    expect(text).not.toContain(reassurance);
  }
  await expect(widget.crisisBlock()).toBeVisible();
});
