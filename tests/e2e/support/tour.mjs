// A tour of every screen and state a visitor can reach, in one language:
// forms open, errors shown, panels and disclosures open. `visit(name)` runs
// at each stop. Used by the accessibility matrix and by `make gallery`.
import { expect } from '@playwright/test';
import { Widget } from './widget.mjs';
import { Staging, STAGING_COPY } from './staging.mjs';

const COPY = {
  en: { summary: 'Summary for my doctor', cancel: 'Cancel', allTopics: 'All topics' },
  es: { summary: 'Resumen para mi médico', cancel: 'Cancelar', allTopics: 'Todos los temas' },
};

export const TOUR_STOPS = [
  'intro', 'intro-more-lines', 'question-notice', 'question-9-crisis-panel', 'review', 'result',
  'history', 'staging-results-empty', 'medicine-form-errors', 'ect-form-errors', 'staging-results', 'summary', 'explainer-term-open', 'learn',
];

/** `host`: the host page's name prefix (clinic, or theme-auto for the dark theme's opt-in). */
export async function tour(page, lang, visit, host = 'clinic') {
  const c = COPY[lang];
  const s = STAGING_COPY[lang];
  await page.goto(`/e2e/${host}-${lang}.html`);
  const widget = await new Widget(page, page.locator('trd-widget'), lang).ready();
  await visit('intro', widget);
  await widget.crisisBlock().locator('[data-crisis-more] summary').click();
  await visit('intro-more-lines', widget);
  await widget.start();
  await widget.next();
  await visit('question-notice', widget);
  for (let n = 1; n <= 8; n += 1) {
    await widget.answer(n % 3);
    await widget.next();
  }
  await widget.answer(2);
  await expect(widget.crisisPanel()).toBeVisible();
  await visit('question-9-crisis-panel', widget);
  await widget.next();
  await widget.answer(1);
  await widget.next();
  await expect(widget.root).toHaveAttribute('data-screen', 'review');
  await visit('review', widget);
  await widget.seeResult();
  await visit('result', widget);

  const staging = new Staging(widget);
  await staging.open();
  await visit('history', widget);
  // No medicines yet: the results with every card's "how this is
  // calculated" and "which medicines counted" open (review 3: the empty
  // verdict list was a <p> inside a <ul>).
  await staging.seeResults();
  const results = widget.root.locator('.trd-staging-results');
  for (const summary of await results.locator('details > summary').all()) await summary.click();
  await expect(results.locator('details:not([open])')).toHaveCount(0);
  await visit('staging-results-empty', widget);
  await widget.button(s.editHistory).click();
  await widget.button(s.addMedicine).click();
  await widget.button(s.save).click();
  await visit('medicine-form-errors', widget);
  await widget.button(c.cancel).click();
  await staging.addMedicine({ id: 'sertraline', weeks: 10, dose: 150, outcome: 'partial' });
  await staging.addMedicine({ id: 'bupropion', weeks: 'unsure', dose: 'full', outcome: 'none' });
  await widget.button(s.addEct).click();
  await widget.button(s.saveEct).click();
  await visit('ect-form-errors', widget);
  await widget.button(c.cancel).click();
  await staging.episode(20, 'moderate');
  await staging.seeResults();
  await visit('staging-results', widget);
  await widget.button(c.summary).click();
  await expect(widget.root).toHaveAttribute('data-screen', 'summary');
  await visit('summary', widget);
  await widget.button(widget.copy.back).click();
  await widget.root.locator('button.trd-learn-link[data-topic="what-is-trd"]').first().click();
  await expect(widget.root).toHaveAttribute('data-screen', 'explainer');
  await widget.root.locator('article button[data-term]').first().click();
  await visit('explainer-term-open', widget);
  await widget.button(c.allTopics).click();
  await expect(widget.root).toHaveAttribute('data-screen', 'learn');
  await visit('learn', widget);
}
